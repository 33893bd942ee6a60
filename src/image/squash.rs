//! Several layers as one (`build --squash`, `--squash-all`): what the
//! file system of the stack shows, as one tar stream. Each path comes
//! from the highest layer that has it; what a higher layer deletes (a
//! `.wh.` whiteout, an opaque directory, a file over a directory) is
//! gone from the layers below. A whiteout stays in the result only when
//! what it deletes is in the layers left below (`--squash`): overlayfs
//! shows whiteouts in a directory no lower layer has.

use super::store::{ImageStore, LayerRef};
use anyhow::{Context, Result};
use std::collections::HashSet;
use std::io::Write;

const WHITEOUT: &str = ".wh.";
const OPAQUE: &str = ".wh..wh..opq";

/// An entry's path without `./`, leading or trailing slashes.
fn clean(p: &str) -> String {
    p.trim_start_matches("./")
        .trim_start_matches('/')
        .trim_end_matches('/')
        .to_string()
}

fn parent_and_name(p: &str) -> (&str, &str) {
    p.rsplit_once('/').unwrap_or(("", p))
}

/// `p` itself or one of its ancestors is in `set`.
fn self_or_ancestor_in(set: &HashSet<String>, p: &str) -> bool {
    let mut cur = p;
    loop {
        if set.contains(cur) {
            return true;
        }
        match cur.rsplit_once('/') {
            Some((up, _)) => cur = up,
            None => return false,
        }
    }
}

/// One of `p`'s ancestors (not `p`) is in `set`.
fn ancestor_in(set: &HashSet<String>, p: &str) -> bool {
    match p.rsplit_once('/') {
        Some((up, _)) => self_or_ancestor_in(set, up),
        None => set.contains(""),
    }
}

/// Write `layers` (bottom first) as one layer to `out`; `below` says
/// whether a path exists in the layers under them.
pub fn squash(
    store: &ImageStore,
    layers: &[LayerRef],
    below: &dyn Fn(&str) -> bool,
    out: impl Write,
) -> Result<()> {
    let entries = |l: &LayerRef| -> Result<tar::Archive<Box<dyn std::io::Read>>> {
        let blob = store.open_blob(&l.blob)?;
        Ok(tar::Archive::new(super::layer::decompress(blob)?))
    };
    // Top down: which layer each path comes from.
    let mut winners: Vec<HashSet<String>> = vec![HashSet::new(); layers.len()];
    let (mut seen, mut gone, mut opaque) = (HashSet::new(), HashSet::new(), HashSet::new());
    for (i, l) in layers.iter().enumerate().rev() {
        let (mut layer_gone, mut layer_opaque) = (Vec::new(), Vec::new());
        let mut a = entries(l)?;
        for e in a.entries().context("reading a layer")? {
            let e = e.context("reading a layer")?;
            let path = clean(&String::from_utf8_lossy(&e.path_bytes()));
            if path.is_empty() || self_or_ancestor_in(&gone, &path) || ancestor_in(&opaque, &path) {
                continue;
            }
            let (dir, name) = parent_and_name(&path);
            // Whether the entry goes into the result.
            let keep = if name == OPAQUE {
                layer_opaque.push(dir.to_string());
                below(dir)
            } else if let Some(target) = name.strip_prefix(WHITEOUT) {
                let target = if dir.is_empty() {
                    target.to_string()
                } else {
                    format!("{dir}/{target}")
                };
                let keep = below(&target);
                layer_gone.push(target);
                keep
            } else {
                if !e.header().entry_type().is_dir() {
                    // A file over a directory hides what was below it.
                    layer_gone.push(path.clone());
                }
                true
            };
            if keep && seen.insert(path.clone()) {
                winners[i].insert(path);
            }
        }
        gone.extend(layer_gone);
        opaque.extend(layer_opaque);
    }
    // Bottom up: the winners, so that hard links follow their targets.
    let mut b = tar::Builder::new(out);
    for (i, l) in layers.iter().enumerate() {
        if winners[i].is_empty() {
            continue;
        }
        let mut a = entries(l)?;
        for e in a.entries().context("reading a layer")? {
            let mut e = e.context("reading a layer")?;
            let path = clean(&String::from_utf8_lossy(&e.path_bytes()));
            if !winners[i].remove(&path) {
                continue;
            }
            let mut h = e.header().clone();
            let kind = h.entry_type();
            match kind {
                tar::EntryType::Symlink | tar::EntryType::Link => {
                    let target = e
                        .link_name()
                        .context("reading a layer")?
                        .unwrap_or_default()
                        .into_owned();
                    b.append_link(&mut h, &path, target)
                }
                _ => {
                    let name = if kind.is_dir() {
                        format!("{path}/")
                    } else {
                        path.clone()
                    };
                    b.append_data(&mut h, name, &mut e)
                }
            }
            .with_context(|| format!("writing {path}"))?;
        }
    }
    b.into_inner()?
        .flush()
        .context("writing the squashed layer")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_ancestors() {
        assert_eq!(clean("./a/b/"), "a/b");
        let set: HashSet<String> = ["a".to_string()].into();
        assert!(self_or_ancestor_in(&set, "a/b/c"));
        assert!(self_or_ancestor_in(&set, "a"));
        assert!(!self_or_ancestor_in(&set, "ab"));
        assert!(ancestor_in(&set, "a/b"));
        assert!(!ancestor_in(&set, "a"));
    }
}
