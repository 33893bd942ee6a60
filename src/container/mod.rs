//! Containers: their records, names, and state machine.
//!
//! Layout (under the store root):
//! ```text
//! containers.lock               flock: create, rename and remove
//! containers.json               index: id, name, image, layers (for GC pins)
//! containers/<id>/config.json   ContainerConfig (written at create)
//! containers/<id>/state.json    ContainerState (monitor and commands)
//! containers/<id>/lock          flock: one state transition at a time
//! containers/<id>/upper, work   overlay upper and work dirs
//! containers/<id>/merged        rootfs mount point (mounted only inside
//!                               the container's mount namespace)
//! containers/<id>/userdata/     hostname, hosts, resolv.conf
//! containers/<id>/ctr.log       the container log
//! ```
//! Lock order: store, then containers.lock, then a container's lock.
//! Never: talk to the kernel about processes (that is `runtime`).

pub mod logs;
pub mod names;
pub mod ops;
pub mod spec;

use crate::image::digest::Digest;
use crate::image::store::Pins;
use crate::storage::lock::{self, LockGuard, Mode};
use crate::storage::{StorePaths, atomic, ensure_dir};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use spec::ContainerConfig;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Created,
    Running,
    Paused,
    Restarting,
    Exited,
    Removing,
    Dead,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Running => "running",
            Status::Paused => "paused",
            Status::Restarting => "restarting",
            Status::Exited => "exited",
            Status::Removing => "removing",
            Status::Dead => "dead",
        }
    }

    /// A process of the container exists (or should).
    pub fn is_active(self) -> bool {
        matches!(self, Status::Running | Status::Paused | Status::Restarting)
    }
}

/// The mutable part of a container, in `state.json`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ContainerState {
    pub status: Status,
    /// Host pid of the container's init, and its start time (clock ticks
    /// since boot, from /proc/<pid>/stat) to detect pid reuse.
    #[serde(default)]
    pub pid: i32,
    #[serde(default)]
    pub pid_start: u64,
    #[serde(default)]
    pub monitor_pid: i32,
    #[serde(default)]
    pub monitor_start: u64,
    #[serde(default)]
    pub exit_code: i32,
    #[serde(default)]
    pub error: String,
    #[serde(default)]
    pub oom_killed: bool,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub finished_at: Option<String>,
    #[serde(default)]
    pub restart_count: u32,
    /// The kernel boot this state belongs to: after a reboot no process of
    /// the container can exist.
    #[serde(default)]
    pub boot_id: String,
    /// Set by `stop`/`kill` so the restart policy does not restart it.
    #[serde(default)]
    pub stopped_by_user: bool,
}

/// One entry of containers.json.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
    pub image_id: Digest,
    #[serde(default)]
    pub layers: Vec<Digest>,
    pub created: String,
}

pub struct ContainerStore {
    pub paths: StorePaths,
    root: PathBuf,
}

impl ContainerStore {
    pub fn open(paths: &StorePaths) -> Result<ContainerStore> {
        paths.create()?;
        let root = paths.root.join("containers");
        ensure_dir(&root, 0o700)?;
        Ok(ContainerStore {
            paths: paths.clone(),
            root,
        })
    }

    pub fn dir(&self, id: &str) -> PathBuf {
        self.root.join(id)
    }

    /// Runtime files of a container (on tmpfs).
    pub fn run_dir(&self, id: &str) -> PathBuf {
        self.paths.runroot.join("containers").join(id)
    }

    pub fn lock_index(&self) -> Result<LockGuard> {
        lock::lock(&self.paths.root.join("containers.lock"), Mode::Exclusive)
    }

    pub fn lock(&self, id: &str) -> Result<LockGuard> {
        lock::lock(&self.dir(id).join("lock"), Mode::Exclusive)
    }

    fn index_path(&self) -> PathBuf {
        self.paths.root.join("containers.json")
    }

    /// The index; no lock needed to read (replaced atomically).
    pub fn index(&self) -> Result<Vec<IndexEntry>> {
        Ok(atomic::read_json(&self.index_path())?.unwrap_or_default())
    }

    pub fn write_index(&self, _lock: &LockGuard, entries: &[IndexEntry]) -> Result<()> {
        atomic::write_json(&self.index_path(), entries)
    }

    pub fn config(&self, id: &str) -> Result<ContainerConfig> {
        atomic::read_json(&self.dir(id).join("config.json"))?
            .ok_or_else(|| anyhow!("container {id} has no configuration"))
    }

    pub fn write_config(&self, c: &ContainerConfig) -> Result<()> {
        atomic::write_json(&self.dir(&c.id).join("config.json"), c)
    }

    pub fn state(&self, id: &str) -> Result<ContainerState> {
        Ok(atomic::read_json(&self.dir(id).join("state.json"))?.unwrap_or_default())
    }

    /// Replace the state. Callers hold the container's lock (or are its
    /// monitor, which inherited it).
    pub fn write_state(&self, id: &str, s: &ContainerState) -> Result<()> {
        atomic::write_json(&self.dir(id).join("state.json"), s)
    }

    /// Find a container by full ID, name, or unique ID prefix.
    pub fn find(&self, input: &str) -> Result<IndexEntry> {
        let index = self.index()?;
        find_in(&index, input)?
            .cloned()
            .ok_or_else(|| no_such_container(input))
    }

    /// Add a new container under the index lock; the name must be free.
    pub fn add(&self, config: &ContainerConfig, state: &ContainerState) -> Result<()> {
        let guard = self.lock_index()?;
        let mut index = self.index()?;
        if let Some(other) = index.iter().find(|e| e.name == config.name) {
            bail!(
                "the container name \"{}\" is already in use by container {}. You have to remove (or rename) that container to be able to reuse that name",
                config.name,
                other.id
            );
        }
        let dir = self.dir(&config.id);
        std::fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        for sub in ["upper", "work", "merged", "userdata"] {
            std::fs::create_dir(dir.join(sub))
                .with_context(|| format!("creating {}/{sub}", dir.display()))?;
        }
        self.write_config(config)?;
        self.write_state(&config.id, state)?;
        index.push(IndexEntry {
            id: config.id.clone(),
            name: config.name.clone(),
            image_id: config.image_id.clone(),
            layers: config.layers.clone(),
            created: config.created.clone(),
        });
        self.write_index(&guard, &index)
    }

    /// Remove a container's record and files. The caller made sure no
    /// process of it is left.
    pub fn remove(&self, id: &str) -> Result<()> {
        let guard = self.lock_index()?;
        let mut index = self.index()?;
        index.retain(|e| e.id != id);
        // Rename first, so a crash mid-removal never leaves a half
        // directory under a live name.
        let dir = self.dir(id);
        let doomed = self
            .paths
            .tmp_dir()
            .join(format!("rm-{id}-{}", crate::storage::random_hex(4)));
        ensure_dir(&self.paths.tmp_dir(), 0o700)?;
        match std::fs::rename(&dir, &doomed) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", dir.display())),
        }
        self.write_index(&guard, &index)?;
        drop(guard);
        crate::storage::tmp::remove_tree(&doomed);
        crate::storage::tmp::remove_tree(&self.run_dir(id));
        Ok(())
    }

    /// Change a container's name.
    pub fn rename(&self, id: &str, new_name: &str) -> Result<()> {
        names::validate(new_name)?;
        let guard = self.lock_index()?;
        let mut index = self.index()?;
        if let Some(other) = index.iter().find(|e| e.name == new_name && e.id != id) {
            bail!(
                "the container name \"{new_name}\" is already in use by container {}",
                other.id
            );
        }
        let Some(e) = index.iter_mut().find(|e| e.id == id) else {
            bail!(no_such_container(id));
        };
        e.name = new_name.to_string();
        let mut c = self.config(id)?;
        c.name = new_name.to_string();
        self.write_config(&c)?;
        self.write_index(&guard, &index)
    }

    /// What containers keep alive in the image store.
    pub fn pins(&self) -> Result<Pins> {
        let mut pins = Pins::default();
        for e in self.index()? {
            pins.layers.extend(e.layers.iter().cloned());
            pins.images
                .entry(e.image_id.clone())
                .or_insert_with(|| e.name.clone());
        }
        Ok(pins)
    }

    pub fn log_path(&self, id: &str) -> PathBuf {
        self.dir(id).join("ctr.log")
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

pub fn no_such_container(input: &str) -> anyhow::Error {
    anyhow!("no such container: {input}")
}

/// Full ID, exact name, or unique ID prefix (docker's order).
pub fn find_in<'a>(index: &'a [IndexEntry], input: &str) -> Result<Option<&'a IndexEntry>> {
    if input.is_empty() {
        return Ok(None);
    }
    if let Some(e) = index.iter().find(|e| e.id == input) {
        return Ok(Some(e));
    }
    let name = input.strip_prefix('/').unwrap_or(input);
    if let Some(e) = index.iter().find(|e| e.name == name) {
        return Ok(Some(e));
    }
    if input.bytes().all(|c| c.is_ascii_hexdigit()) {
        let mut hits = index.iter().filter(|e| e.id.starts_with(input));
        if let Some(first) = hits.next() {
            if hits.next().is_some() {
                bail!("multiple containers match {input:?}: use more of the ID");
            }
            return Ok(Some(first));
        }
    }
    Ok(None)
}

/// This boot's ID (a reboot means no old container process can exist).
pub fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// The start time of a process (field 22 of /proc/<pid>/stat), or None if
/// it does not exist.
pub fn process_start_time(pid: i32) -> Option<u64> {
    if pid <= 0 {
        return None;
    }
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = stat.rsplit_once(')')?.1;
    rest.split_whitespace().nth(19)?.parse().ok()
}

/// Is the process `pid` that started at `start` still there (and not a
/// zombie)?
pub fn process_alive(pid: i32, start: u64) -> bool {
    if pid <= 0 {
        return false;
    }
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return false;
    };
    let mut f = rest.split_whitespace();
    let state = f.next().unwrap_or("");
    let st: Option<u64> = f.nth(18).and_then(|s| s.parse().ok());
    state != "Z" && state != "X" && st == Some(start)
}

/// docker's State block for inspect.
pub fn zero_time() -> String {
    Timestamp::zero().rfc3339_nano()
}

/// A fresh container ID: 64 random hex digits.
pub fn new_id() -> String {
    crate::storage::random_hex(32)
}

/// Labels from `--label k=v` and `--label-file`.
pub fn parse_labels(labels: &[String], files: &[PathBuf]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for f in files {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for line in text.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            out.insert(k.to_string(), v.to_string());
        }
    }
    for l in labels {
        let (k, v) = l.split_once('=').unwrap_or((l, ""));
        if k.is_empty() {
            bail!("invalid label {l:?}: empty key");
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, name: &str) -> IndexEntry {
        IndexEntry {
            id: id.into(),
            name: name.into(),
            image_id: Digest::of(b"x"),
            layers: vec![],
            created: String::new(),
        }
    }

    #[test]
    fn lookup_by_id_name_prefix() {
        let idx = vec![entry("abc123", "web"), entry("abd456", "db")];
        assert_eq!(find_in(&idx, "web").unwrap().unwrap().id, "abc123");
        assert_eq!(find_in(&idx, "/db").unwrap().unwrap().id, "abd456");
        assert_eq!(find_in(&idx, "abc").unwrap().unwrap().id, "abc123");
        assert!(find_in(&idx, "ab").is_err());
        assert!(find_in(&idx, "zzz").unwrap().is_none());
        assert!(find_in(&idx, "").unwrap().is_none());
    }

    #[test]
    fn own_process_is_alive() {
        let pid = std::process::id() as i32;
        let st = process_start_time(pid).unwrap();
        assert!(process_alive(pid, st));
        assert!(!process_alive(pid, st + 1));
        assert!(!process_alive(-1, 0));
    }
}
