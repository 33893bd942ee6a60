//! File locks with `flock(2)`.
//!
//! flock locks belong to the open file description, so they are released
//! when the process dies (no stale locks after a crash or SIGKILL) and they
//! exclude other descriptors in the same process too (unlike POSIX `fcntl`
//! locks, which any close drops; containers/storage `lockfile.go`). Lock
//! files are opened `O_CLOEXEC`; callers must still drop locks before fork,
//! or a long-lived child holds them (style.md, pitfall 12).
//!
//! Lock order, when more than one is held: store, then image, then container.

use anyhow::{Context, Result};
use nix::fcntl::{Flock, FlockArg};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// A held lock; released on drop.
#[derive(Debug)]
pub struct LockGuard {
    _flock: Flock<File>,
    path: PathBuf,
}

impl LockGuard {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Shared,
    Exclusive,
}

fn open(path: &Path) -> Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_CLOEXEC)
        .open(path)
        .with_context(|| format!("opening lock file {}", path.display()))
}

fn arg(mode: Mode, block: bool) -> FlockArg {
    match (mode, block) {
        (Mode::Shared, true) => FlockArg::LockShared,
        (Mode::Shared, false) => FlockArg::LockSharedNonblock,
        (Mode::Exclusive, true) => FlockArg::LockExclusive,
        (Mode::Exclusive, false) => FlockArg::LockExclusiveNonblock,
    }
}

/// Take a lock, waiting as long as it takes. flock cannot go stale (the
/// kernel drops it with its holder), so waiting is always bounded by another
/// live skiff process finishing its step.
pub fn lock(path: &Path, mode: Mode) -> Result<LockGuard> {
    if let Some(g) = try_lock(path, mode)? {
        return Ok(g);
    }
    crate::debug!("waiting for lock on {}", path.display());
    let mut file = open(path)?;
    loop {
        match Flock::lock(file, arg(mode, true)) {
            Ok(flock) => {
                return Ok(LockGuard {
                    _flock: flock,
                    path: path.to_path_buf(),
                });
            }
            Err((f, nix::errno::Errno::EINTR)) => file = f,
            Err((_, e)) => return Err(e).with_context(|| format!("locking {}", path.display())),
        }
    }
}

/// Try once; `None` if someone else holds it.
pub fn try_lock(path: &Path, mode: Mode) -> Result<Option<LockGuard>> {
    let file = open(path)?;
    match Flock::lock(file, arg(mode, false)) {
        Ok(flock) => Ok(Some(LockGuard {
            _flock: flock,
            path: path.to_path_buf(),
        })),
        Err((_, nix::errno::Errno::EWOULDBLOCK)) => Ok(None),
        Err((_, e)) => Err(e).with_context(|| format!("locking {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusive_excludes_within_one_process() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("l");
        let g = lock(&p, Mode::Exclusive).unwrap();
        assert!(try_lock(&p, Mode::Shared).unwrap().is_none());
        drop(g);
        let s1 = try_lock(&p, Mode::Shared).unwrap();
        let s2 = try_lock(&p, Mode::Shared).unwrap();
        assert!(s1.is_some() && s2.is_some());
        assert!(try_lock(&p, Mode::Exclusive).unwrap().is_none());
    }
}
