//! Volumes: data that outlives containers.
//!
//! Owns: `<root>/volumes/<name>/volume.json` (the record) and
//! `<root>/volumes/<name>/_data` (the data, docker's layout), and the
//! `<root>/volumes.lock` that serialises creating, using and removing them.
//! Never: decides where a container mounts a volume (`container::mounts`)
//! or mounts anything (`runtime::spawn`).
//!
//! Driver `local` only, with docker's options: none (a directory), or
//! `type`/`device`/`o` (mounted at the destination when a container
//! starts: `type=tmpfs`, `type=none,o=bind,device=/path`, a block device
//! for root...). Whether a volume is in use is derived from the container
//! records, never stored.

use crate::storage::lock::{self, LockGuard, Mode};
use crate::storage::{StorePaths, atomic, ensure_dir};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub const DRIVER: &str = "local";

/// One volume's record.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Volume {
    pub name: String,
    pub driver: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The local driver's options: `type`, `device`, `o`.
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    pub created: String,
    /// Made for one container (`-v /path`, an image's VOLUME): removed
    /// with it by `rm -v` and `--rm`.
    #[serde(default)]
    pub anonymous: bool,
    /// No container has used it yet: the first fills it from its image
    /// (podman's `NeedsCopyUp`) and gives it its user (`NeedsChown`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub needs_copy_up: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub needs_chown: bool,
}

impl Volume {
    pub fn new(name: &str, anonymous: bool) -> Volume {
        Volume {
            name: name.to_string(),
            driver: DRIVER.into(),
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            created: Timestamp::now().rfc3339_nano(),
            anonymous,
            needs_copy_up: true,
            needs_chown: true,
        }
    }

    /// A volume whose content lives elsewhere (a tmpfs, a device, a bind):
    /// mounted at the destination instead of `_data`.
    pub fn is_mounted_fs(&self) -> bool {
        self.options.contains_key("type") || self.options.contains_key("device")
    }
}

pub struct VolumeStore {
    pub paths: StorePaths,
    root: PathBuf,
}

/// podman's rule for volume names (`[a-zA-Z0-9][a-zA-Z0-9_.-]*`; one
/// character is a name), at most a file name's length.
pub fn validate_name(name: &str) -> Result<()> {
    let b = name.as_bytes();
    let ok = !b.is_empty()
        && b.len() <= 255
        && b[0].is_ascii_alphanumeric()
        && b[1..]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'-');
    if !ok {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "running volume create option: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument"
        ));
    }
    Ok(())
}

/// `--opt key=value` of the local driver: `type`, `device`, `o`.
pub fn parse_options(opts: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for o in opts {
        let (k, v) = o
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid volume option {o:?}: expected KEY=VALUE"))?;
        match k {
            "type" | "device" | "o" => {
                out.insert(k.to_string(), v.to_string());
            }
            other => {
                bail!("invalid volume option {other:?} for the local driver (type, device, o)")
            }
        }
    }
    if out.contains_key("device") && !out.contains_key("type") {
        bail!("volume option device needs type (e.g. type=none,o=bind for a directory)");
    }
    if out.get("type").is_some_and(|t| t == "none")
        && !out
            .get("o")
            .is_some_and(|o| o.split(',').any(|x| x == "bind" || x == "rbind"))
    {
        bail!("volume option type=none needs o=bind");
    }
    Ok(out)
}

impl VolumeStore {
    pub fn open(paths: &StorePaths) -> Result<VolumeStore> {
        paths.create()?;
        let root = paths.volumes.clone();
        ensure_dir(&root, 0o700)?;
        Ok(VolumeStore {
            paths: paths.clone(),
            root,
        })
    }

    /// The lock held while volumes are created, put in use or removed.
    pub fn lock(&self) -> Result<LockGuard> {
        lock::lock(&self.paths.root.join("volumes.lock"), Mode::Exclusive)
    }

    fn dir(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// Where a volume's data is (docker's `Mountpoint`).
    pub fn mountpoint(&self, name: &str) -> PathBuf {
        self.dir(name).join("_data")
    }

    pub fn get(&self, name: &str) -> Result<Option<Volume>> {
        if validate_name(name).is_err() {
            return Ok(None);
        }
        atomic::read_json(&self.dir(name).join("volume.json"))
    }

    /// A volume by exact name, or a unique prefix of one (as podman).
    pub fn find(&self, input: &str) -> Result<Volume> {
        if let Some(v) = self.get(input)? {
            return Ok(v);
        }
        let matches: Vec<Volume> = self
            .list()?
            .into_iter()
            .filter(|v| v.name.starts_with(input))
            .collect();
        match matches.len() {
            1 => Ok(matches.into_iter().next().expect("one")),
            0 => Err(no_such_volume(input)),
            _ => bail!("more than one volume matches {input:?}"),
        }
    }

    /// Every volume, sorted by name.
    pub fn list(&self) -> Result<Vec<Volume>> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(&self.root).context("listing volumes")? {
            let e = e?;
            let name = e.file_name().to_string_lossy().into_owned();
            if validate_name(&name).is_err() || !e.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            match atomic::read_json::<Volume>(&e.path().join("volume.json")) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {}
                Err(err) => crate::warn!("skipping volume {name}: {err:#}"),
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Create a volume; the caller holds [`VolumeStore::lock`]. The record
    /// and `_data` appear together (made in a temp dir, then renamed).
    pub fn create(&self, _lock: &LockGuard, v: &Volume) -> Result<()> {
        validate_name(&v.name)?;
        let dir = self.dir(&v.name);
        if dir.join("volume.json").exists() {
            bail!(crate::error::classified(
                crate::error::Kind::Conflict,
                format!(
                    "volume with name {} already exists: volume already exists",
                    v.name
                )
            ));
        }
        let tmp = self
            .root
            .join(format!(".tmp-{}-{}", v.name, crate::storage::random_hex(4)));
        let result = (|| -> Result<()> {
            std::fs::create_dir(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
            let data = tmp.join("_data");
            std::fs::create_dir(&data).with_context(|| format!("creating {}", data.display()))?;
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755))?;
            atomic::write_json(&tmp.join("volume.json"), v)?;
            if dir.exists() {
                // A directory without volume.json: a leftover of a crash.
                crate::storage::tmp::remove_tree(&dir);
            }
            std::fs::rename(&tmp, &dir).with_context(|| format!("creating volume {}", v.name))?;
            atomic::sync_dir(&self.root)
        })();
        match &result {
            Ok(()) => self.event("create", &v.name),
            Err(_) => crate::storage::tmp::remove_tree(&tmp),
        }
        result
    }

    fn event(&self, status: &str, name: &str) {
        use crate::storage::events::{Event, Type, emit};
        emit(&self.paths, &Event::named(Type::Volume, status, name, name));
    }

    /// A container uses the volume: it no longer needs copying up or
    /// chowning (the caller holds the lock).
    pub fn mark_used(&self, _lock: &LockGuard, name: &str) -> Result<()> {
        let Some(mut v) = self.get(name)? else {
            return Ok(());
        };
        if !v.needs_copy_up && !v.needs_chown {
            return Ok(());
        }
        v.needs_copy_up = false;
        v.needs_chown = false;
        atomic::write_json(&self.dir(name).join("volume.json"), &v)
    }

    /// Remove a volume and its data; the caller holds the lock and checked
    /// that no container uses it.
    pub fn remove(&self, _lock: &LockGuard, name: &str) -> Result<()> {
        let dir = self.dir(name);
        ensure_dir(&self.paths.tmp_dir(), 0o700)?;
        let doomed = self
            .paths
            .tmp_dir()
            .join(format!("vol-{name}-{}", crate::storage::random_hex(4)));
        match std::fs::rename(&dir, &doomed) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(no_such_volume(name)),
            Err(e) => return Err(e).with_context(|| format!("removing volume {name}")),
        }
        crate::storage::tmp::remove_tree(&doomed);
        self.event("remove", name);
        Ok(())
    }

    /// Whether a volume's data directory is empty (copy-up fills only
    /// empty volumes, as docker).
    pub fn is_empty(&self, name: &str) -> bool {
        std::fs::read_dir(self.mountpoint(name)).is_ok_and(|mut d| d.next().is_none())
    }
}

/// A volume's data directory, without opening the store.
pub fn mountpoint_in(paths: &StorePaths, name: &str) -> PathBuf {
    paths.volumes.join(name).join("_data")
}

pub fn no_such_volume(name: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotFound,
        format!("no volume with name {name:?} found: no such volume"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_options() {
        for ok in ["db", "my_vol-1.x", "a1", "a"] {
            validate_name(ok).unwrap();
        }
        for bad in ["", "-x", "a/b", "../x", "x y", ".x"] {
            assert!(validate_name(bad).is_err(), "{bad}");
        }
        let o = parse_options(&[
            "type=tmpfs".into(),
            "device=tmpfs".into(),
            "o=size=1m".into(),
        ])
        .unwrap();
        assert_eq!(o["o"], "size=1m");
        assert!(parse_options(&["bogus=1".into()]).is_err());
        assert!(parse_options(&["device=/x".into()]).is_err());
        assert!(parse_options(&["type=none".into(), "device=/x".into()]).is_err());
        assert!(parse_options(&["noequals".into()]).is_err());
    }

    #[test]
    fn create_find_remove() {
        let d = tempfile::tempdir().unwrap();
        let paths = StorePaths {
            root: d.path().join("root"),
            runroot: d.path().join("run"),
            rootless: false,
            uid: 0,
            gid: 0,
            volumes: d.path().join("root/volumes"),
            driver: crate::storage::Driver::Overlay,
            mount_opts: Vec::new(),
            events: false,
        };
        let s = VolumeStore::open(&paths).unwrap();
        let g = s.lock().unwrap();
        s.create(&g, &Volume::new("data", false)).unwrap();
        assert!(s.create(&g, &Volume::new("data", false)).is_err());
        assert!(s.mountpoint("data").is_dir());
        assert!(s.is_empty("data"));
        assert_eq!(s.find("da").unwrap().name, "data");
        s.create(&g, &Volume::new("dat2", false)).unwrap();
        assert!(s.find("da").is_err(), "ambiguous prefix");
        assert_eq!(s.list().unwrap().len(), 2);
        s.remove(&g, "data").unwrap();
        assert!(s.get("data").unwrap().is_none());
        assert!(s.remove(&g, "data").is_err());
    }
}
