//! The build cache. Every image a build step makes stays in the store
//! with the key of the step that made it (`ImageRecord::build_key`) and its
//! parent; a later step with the same key, in any build, reuses that image
//! instead of doing the work again. A key is the digest of the parent
//! image's ID and of everything else the step's result depends on: the
//! instruction, the build arguments in effect, the config it makes, the
//! content of a COPY's sources, the creation time. Cache images are
//! ordinary unnamed images: `images -a` shows them, `rmi` of a build's
//! result removes the chain it leaves dangling, `image prune` removes
//! the dangling ones (see `image::store::Family`).

use crate::image::digest::{Digest, Hasher};
use crate::image::store::ImageRecord;
use std::collections::HashMap;

/// The images that carry a build key, by key.
#[derive(Default)]
pub struct Cache {
    by_key: HashMap<String, ImageRecord>,
}

impl Cache {
    /// The cache in `images` (the newest image of a key wins).
    pub fn new(images: Vec<ImageRecord>) -> Cache {
        let mut by_key = HashMap::new();
        for i in images {
            if let Some(k) = i.build_key.clone() {
                by_key.insert(k, i);
            }
        }
        Cache { by_key }
    }

    pub fn get(&self, key: &str) -> Option<&ImageRecord> {
        self.by_key.get(key)
    }

    pub fn insert(&mut self, key: &str, image: &ImageRecord) {
        self.by_key.insert(key.to_string(), image.clone());
    }
}

/// The key of a step on `parent` (`None`: `scratch`) whose result depends
/// on `parts`.
pub fn key(parent: Option<&Digest>, parts: &[&[u8]]) -> String {
    let mut h = Hasher::new();
    let mut field = |d: &[u8]| {
        h.update(&(d.len() as u64).to_le_bytes());
        h.update(d);
    };
    field(parent.map_or(&b"scratch"[..], |p| p.as_str().as_bytes()));
    for p in parts {
        field(p);
    }
    h.finish().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_tell_parents_and_parts_apart() {
        let p = Digest::of(b"parent");
        let k = key(Some(&p), &[b"RUN a", b"b"]);
        assert_eq!(k, key(Some(&p), &[b"RUN a", b"b"]));
        assert_ne!(k, key(None, &[b"RUN a", b"b"]));
        assert_ne!(k, key(Some(&Digest::of(b"other")), &[b"RUN a", b"b"]));
        // Field boundaries count: "RUN a"+"b" is not "RUN "+"ab".
        assert_ne!(k, key(Some(&p), &[b"RUN ", b"ab"]));
        assert_ne!(k, key(Some(&p), &[b"RUN a", b"b", b""]));
    }
}
