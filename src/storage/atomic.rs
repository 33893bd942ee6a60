//! Crash-safe file writes: temp file in the same directory, fsync, rename,
//! fsync of the directory. A reader sees the old content or the new, never a
//! mix, and after a crash at any point the old content is still there.

use anyhow::{Context, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Prefix of temp files made here; sweepers and listings skip these names.
pub const TEMP_PREFIX: &str = ".tmp-";

/// Write `data` to `path` atomically with the given mode, durably.
pub fn write(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    write_with(path, data, mode, true)
}

/// Write atomically; `durable: false` skips the fsyncs, for records that
/// do not outlive a crash anyway (the state of `--rm` containers): a
/// reader still sees the old or the new content, never a mix.
pub fn write_with(path: &Path, data: &[u8], mode: u32, durable: bool) -> Result<()> {
    let tmp = temp_sibling(path);
    let result = (|| -> Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .custom_flags(libc::O_CLOEXEC)
            .open(&tmp)
            .with_context(|| format!("creating {}", tmp.display()))?;
        f.write_all(data)
            .with_context(|| format!("writing {}", tmp.display()))?;
        if durable {
            f.sync_all()
                .with_context(|| format!("syncing {}", tmp.display()))?;
        }
        std::fs::rename(&tmp, path)
            .with_context(|| format!("renaming {} to {}", tmp.display(), path.display()))?;
        if durable {
            sync_parent(path)?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Serialize `value` as pretty JSON and write it atomically (0600).
pub fn write_json<T: Serialize + ?Sized>(path: &Path, value: &T) -> Result<()> {
    write_json_with(path, value, true)
}

pub fn write_json_with<T: Serialize + ?Sized>(path: &Path, value: &T, durable: bool) -> Result<()> {
    let mut data = serde_json::to_vec_pretty(value).context("encoding JSON")?;
    data.push(b'\n');
    write_with(path, &data, 0o600, durable)
}

/// Read and decode a JSON file; `Ok(None)` if it does not exist.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    let data = match std::fs::read(path) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    serde_json::from_slice(&data)
        .with_context(|| format!("decoding {}", path.display()))
        .map(Some)
}

/// fsync the directory holding `path`, so a rename in it is durable.
pub fn sync_parent(path: &Path) -> Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    sync_dir(parent)
}

pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("syncing directory {}", dir.display()))
}

/// Make the file `path` by writing a temp sibling with `fill`, syncing it
/// and renaming it into place: a failure leaves no half-written file under
/// that name (the temp is removed).
pub fn create_with(
    path: &Path,
    fill: impl FnOnce(&std::fs::File) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    use anyhow::Context;
    let tmp = temp_sibling(path);
    let result = (|| {
        let f =
            std::fs::File::create(&tmp).with_context(|| format!("creating {}", path.display()))?;
        fill(&f)?;
        f.sync_all()
            .with_context(|| format!("writing {}", path.display()))?;
        std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// `dir/.tmp-<pid>-<random>-<name>`: unique, and recognisable as a temp.
pub fn temp_sibling(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = format!(
        "{TEMP_PREFIX}{}-{}-{name}",
        std::process::id(),
        super::random_hex(4)
    );
    path.with_file_name(tmp)
}

/// Remove temp files left in `dir` by processes that are gone. A temp file
/// names its writer's pid; if that pid no longer exists the write can never
/// finish. (A reused pid only delays the cleanup.)
pub fn sweep_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
            continue;
        };
        let pid: Option<i32> = rest.split('-').next().and_then(|p| p.parse().ok());
        let alive = pid.is_some_and(|p| Path::new(&format!("/proc/{p}")).exists());
        if !alive {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        write_json(&p, &vec![1, 2]).unwrap();
        write_json(&p, &vec![3]).unwrap();
        let v: Vec<i32> = read_json(&p).unwrap().unwrap();
        assert_eq!(v, vec![3]);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn sweep_removes_dead_writers_only() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(".tmp-999999999-ab-x");
        let live = dir.path().join(format!(".tmp-{}-ab-x", std::process::id()));
        std::fs::write(&dead, b"").unwrap();
        std::fs::write(&live, b"").unwrap();
        sweep_temp_files(dir.path());
        assert!(!dead.exists());
        assert!(live.exists());
    }
}
