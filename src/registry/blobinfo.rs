//! What we learned about blobs on registries, kept between commands (like
//! containers/image's blob-info cache): which compressed blob a stored blob
//! became when we compressed it for a push (so the next push can ask the
//! registry by digest before compressing again), and in which
//! repositories a blob is known to exist (the source of a cross-repository
//! mount). Only hints: every one is checked with the registry before use.
//!
//! `<root>/cache/blob-info.json`, replaced atomically under
//! `<root>/cache/blob-info.lock`.

use crate::image::digest::Digest;
use crate::storage::{atomic, ensure_dir, lock};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Repositories remembered per blob.
const MAX_LOCATIONS: usize = 16;
/// Blobs remembered at most (oldest entries are dropped first).
const MAX_ENTRIES: usize = 20_000;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Compressed {
    pub digest: Digest,
    pub size: u64,
}

#[derive(Default, Serialize, Deserialize)]
struct File {
    /// source blob → algorithm → what it compressed to.
    #[serde(default)]
    compressed: BTreeMap<String, BTreeMap<String, Compressed>>,
    /// blob → `host/repo` where it exists, most recent first.
    #[serde(default)]
    locations: BTreeMap<String, Vec<String>>,
}

pub struct BlobInfo {
    dir: PathBuf,
}

impl BlobInfo {
    pub fn new(root: &Path) -> BlobInfo {
        BlobInfo {
            dir: root.join("cache"),
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.join("blob-info.json")
    }

    fn read(&self) -> File {
        atomic::read_json(&self.path())
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    fn update(&self, f: impl FnOnce(&mut File)) -> Result<()> {
        ensure_dir(&self.dir, 0o700)?;
        let _g = lock::lock(&self.dir.join("blob-info.lock"), lock::Mode::Exclusive)?;
        let mut file = self.read();
        f(&mut file);
        while file.locations.len() > MAX_ENTRIES {
            let Some(k) = file.locations.keys().next().cloned() else {
                break;
            };
            file.locations.remove(&k);
        }
        while file.compressed.len() > MAX_ENTRIES {
            let Some(k) = file.compressed.keys().next().cloned() else {
                break;
            };
            file.compressed.remove(&k);
        }
        atomic::write_json_with(&self.path(), &file, false)
    }

    pub fn compressed(&self, source: &Digest, algorithm: &str) -> Option<Compressed> {
        self.read()
            .compressed
            .get(source.as_str())
            .and_then(|m| m.get(algorithm))
            .cloned()
    }

    pub fn record_compressed(&self, source: &Digest, algorithm: &str, c: Compressed) -> Result<()> {
        self.update(|f| {
            f.compressed
                .entry(source.to_string())
                .or_default()
                .insert(algorithm.to_string(), c);
        })
    }

    /// Repositories (`host/repo`) on `host` known to hold `blob`.
    pub fn locations(&self, blob: &Digest, host: &str) -> Vec<String> {
        let prefix = format!("{host}/");
        self.read()
            .locations
            .get(blob.as_str())
            .map(|v| {
                v.iter()
                    .filter_map(|l| l.strip_prefix(&prefix).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Remember that `blobs` exist in `host/repo`.
    pub fn record_locations<'a>(
        &self,
        blobs: impl IntoIterator<Item = &'a Digest>,
        host: &str,
        repo: &str,
    ) -> Result<()> {
        let loc = format!("{host}/{repo}");
        let blobs: Vec<&Digest> = blobs.into_iter().collect();
        self.update(|f| {
            for b in blobs {
                let v = f.locations.entry(b.to_string()).or_default();
                v.retain(|l| *l != loc);
                v.insert(0, loc.clone());
                v.truncate(MAX_LOCATIONS);
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_compression_and_locations() {
        let d = tempfile::tempdir().unwrap();
        let bi = BlobInfo::new(d.path());
        let a = Digest::of(b"a");
        let b = Digest::of(b"b");
        assert!(bi.compressed(&a, "gzip").is_none());
        bi.record_compressed(
            &a,
            "gzip",
            Compressed {
                digest: b.clone(),
                size: 3,
            },
        )
        .unwrap();
        assert_eq!(bi.compressed(&a, "gzip").unwrap().digest, b);
        bi.record_locations([&a, &b], "h:5000", "x/y").unwrap();
        bi.record_locations([&a], "h:5000", "z").unwrap();
        bi.record_locations([&a], "other", "z").unwrap();
        assert_eq!(bi.locations(&a, "h:5000"), vec!["z", "x/y"]);
        assert_eq!(bi.locations(&b, "h:5000"), vec!["x/y"]);
        // A corrupt file is only a lost hint.
        std::fs::write(d.path().join("cache/blob-info.json"), "garbage").unwrap();
        assert!(bi.locations(&a, "h:5000").is_empty());
        bi.record_locations([&a], "h", "r").unwrap();
        assert_eq!(bi.locations(&a, "h"), vec!["r"]);
    }
}
