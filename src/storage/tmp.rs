//! Temporary directories inside the store that belong to one live process.
//!
//! Work that takes long (unpacking a layer, spooling an archive) happens in
//! `<root>/tmp/<id>/` on the same file system as its destination, so that it
//! can be renamed into place at the end. The owner holds an exclusive flock
//! on `<root>/tmp/<id>.lock`; a sweeper that can take that lock knows the
//! owner is gone and removes both. A crash therefore leaves nothing that a
//! later command trips over, and the next sweep reclaims the space.

use super::lock::{self, LockGuard, Mode};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// An owned temp dir, removed (with whatever is left in it) on drop.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
    lock_path: PathBuf,
    _lock: Option<LockGuard>,
}

impl TempDir {
    pub fn new(tmp_root: &Path, purpose: &str) -> Result<TempDir> {
        super::ensure_dir(tmp_root, 0o700)?;
        let id = format!("{purpose}-{}", super::random_hex(8));
        let lock_path = tmp_root.join(format!("{id}.lock"));
        let guard = lock::lock(&lock_path, Mode::Exclusive)?;
        let path = tmp_root.join(&id);
        std::fs::create_dir(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(TempDir {
            path,
            lock_path,
            _lock: Some(guard),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        remove_tree(&self.path);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// A file with no name in `tmp_root` (`O_TMPFILE`): gone with its last
/// descriptor, whatever happens (a spooled request body).
pub fn anonymous_file(tmp_root: &Path) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    super::ensure_dir(tmp_root, 0o700)?;
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_TMPFILE)
        .mode(0o600)
        .open(tmp_root)
        .with_context(|| format!("creating a temporary file in {}", tmp_root.display()))
}

/// Remove a tree, ignoring "not found". Errors are logged, not returned:
/// callers use this for cleanup that must not mask the real error.
pub fn remove_tree(path: &Path) {
    match std::fs::remove_dir_all(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => crate::warn!("removing {}: {e}", path.display()),
    }
}

/// Remove temp dirs whose owners are gone. Entries younger than a minute are
/// left alone: their owner may not have taken its lock yet.
pub fn sweep(tmp_root: &Path) {
    let Ok(entries) = std::fs::read_dir(tmp_root) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let path = e.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.ends_with(".lock") {
            continue;
        }
        if !older_than_a_minute(&e, now) {
            continue;
        }
        let lock_path = tmp_root.join(format!("{name}.lock"));
        if let Ok(Some(_g)) = lock::try_lock(&lock_path, Mode::Exclusive) {
            crate::debug!("removing stale temp dir {}", path.display());
            remove_tree(&path);
            let _ = std::fs::remove_file(&lock_path);
        }
    }
    // Lock files whose directory is gone (crash between the two removals).
    let Ok(entries) = std::fs::read_dir(tmp_root) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if let Some(stem) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".lock"))
            && !tmp_root.join(stem).exists()
            && older_than_a_minute(&e, now)
            && let Ok(Some(_g)) = lock::try_lock(&path, Mode::Exclusive)
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn older_than_a_minute(e: &std::fs::DirEntry, now: SystemTime) -> bool {
    e.metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| now.duration_since(t).ok())
        .is_some_and(|age| age >= Duration::from_secs(60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_dir_is_removed_on_drop() {
        let root = tempfile::tempdir().unwrap();
        let t = TempDir::new(root.path(), "x").unwrap();
        std::fs::write(t.path().join("f"), b"1").unwrap();
        let p = t.path().to_path_buf();
        drop(t);
        assert!(!p.exists());
        assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 0);
    }
}
