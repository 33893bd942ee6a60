//! Containers: their records, names, and state machine.
//!
//! Layout (under the store root):
//! ```text
//! containers/<id>/config.json   ContainerConfig (written at create)
//! containers/<id>/state.json    ContainerState (monitor and commands)
//! containers/<id>/lock          flock: one state transition at a time
//! containers/<id>/upper, work   overlay upper and work dirs
//! containers/<id>/ctr.log       the container log
//! <runroot>/containers/<id>/merged     rootfs mount point (mounted in the
//!                                      container's mount namespace; on the
//!                                      host only by `skiff mount`)
//! <runroot>/containers/<id>/mount.count  `skiff mount`s not yet unmounted
//! <runroot>/containers/<id>/userdata/  hostname, hosts, resolv.conf
//! container-names/<name> -> id  symlink: reserves a name atomically
//! ```
//! There is no global index to rewrite: the directory listing is the list
//! of containers, and `symlink(2)` failing with EEXIST is the name check,
//! so any number of creates and removes run in parallel.
//! Lock order: the image store, then a container's lock.
//! Never: talk to the kernel about processes (that is `runtime`).

pub mod commit;
pub mod copy;
pub mod health;
pub mod logs;
pub mod mount;
pub mod mounts;
pub mod names;
pub mod ops;
pub mod resources;
pub mod rootfs;
pub mod select;
pub mod spec;
pub mod vfs;

use crate::image::digest::Digest;
use crate::image::store::Pins;
use crate::storage::events::Event;
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
    /// `stop` sent the stop signal and waits for the exit.
    Stopping,
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
            Status::Stopping => "stopping",
        }
    }

    /// A process of the container exists (or should).
    pub fn is_active(self) -> bool {
        matches!(
            self,
            Status::Running | Status::Paused | Status::Restarting | Status::Stopping
        )
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
    /// The container's cgroup while it runs (for pause and exec).
    #[serde(default)]
    pub cgroup: Option<crate::runtime::cgroups::Cgroup>,
    /// The networks the running container is on (addresses, veths).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<crate::network::bridge::Attachment>,
    /// Its published ports, host ports chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<crate::network::nft::PortMapping>,
    /// docker's `State.Health`, for a container with a healthcheck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<health::Health>,
}

/// What listing and lookup need of a container.
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
    names: PathBuf,
}

impl ContainerStore {
    pub fn open(paths: &StorePaths) -> Result<ContainerStore> {
        paths.create()?;
        let root = paths.root.join("containers");
        let names = paths.root.join("container-names");
        ensure_dir(&root, 0o700)?;
        ensure_dir(&names, 0o700)?;
        Ok(ContainerStore {
            paths: paths.clone(),
            root,
            names,
        })
    }

    pub fn dir(&self, id: &str) -> PathBuf {
        self.root.join(id)
    }

    /// Runtime files of a container (on tmpfs).
    pub fn run_dir(&self, id: &str) -> PathBuf {
        self.paths.runroot.join("containers").join(id)
    }

    pub fn lock(&self, id: &str) -> Result<LockGuard> {
        let dir = self.dir(id);
        if !dir.exists() {
            bail!(no_such_container(id));
        }
        lock::lock(&dir.join("lock"), Mode::Exclusive)
    }

    /// Every container, newest first. Records that cannot be read (a crash
    /// while an ephemeral container was created) are skipped with a
    /// warning; `rm` still removes them by ID.
    pub fn list(&self) -> Result<Vec<IndexEntry>> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(&self.root).context("listing containers")? {
            let e = e?;
            let id = e.file_name().to_string_lossy().into_owned();
            if id.len() != 64 || !id.bytes().all(|c| c.is_ascii_hexdigit()) {
                continue;
            }
            // Only what the index needs: the rest of the record is skipped.
            #[derive(Deserialize)]
            struct Brief {
                name: String,
                image_id: Digest,
                #[serde(default)]
                layers: Vec<Digest>,
                created: String,
            }
            let brief = atomic::read_json::<Brief>(&self.dir(&id).join("config.json"))
                .and_then(|b| b.ok_or_else(|| anyhow!("container {id} has no configuration")));
            match brief {
                Ok(c) => out.push(IndexEntry {
                    id,
                    name: c.name,
                    image_id: c.image_id,
                    layers: c.layers,
                    created: c.created,
                }),
                Err(err) => {
                    // A container still being created has no config yet.
                    if self.dir(&id).join("config.json").exists() {
                        crate::warn!("skipping container {id}: {err:#}");
                    }
                }
            }
        }
        out.sort_by(|a, b| b.created.cmp(&a.created));
        Ok(out)
    }

    pub fn config(&self, id: &str) -> Result<ContainerConfig> {
        atomic::read_json(&self.dir(id).join("config.json"))?
            .ok_or_else(|| anyhow!("container {id} has no configuration"))
    }

    pub fn write_config(&self, c: &ContainerConfig) -> Result<()> {
        atomic::write_json_with(&self.dir(&c.id).join("config.json"), c, !c.auto_remove)
    }

    pub fn state(&self, id: &str) -> Result<ContainerState> {
        Ok(atomic::read_json(&self.dir(id).join("state.json"))?.unwrap_or_default())
    }

    /// Replace the state. Callers hold the container's lock (or are its
    /// monitor, which inherited it).
    pub fn write_state(&self, id: &str, s: &ContainerState) -> Result<()> {
        atomic::write_json(&self.dir(id).join("state.json"), s)
    }

    /// As [`write_state`], without fsync when `durable` is false (the
    /// states of `--rm` containers, which do not survive a crash anyway).
    pub fn write_state_with(&self, id: &str, s: &ContainerState, durable: bool) -> Result<()> {
        atomic::write_json_with(&self.dir(id).join("state.json"), s, durable)
    }

    /// The container a name is reserved for, if any.
    fn name_owner(&self, name: &str) -> Option<String> {
        std::fs::read_link(self.names.join(name))
            .ok()
            .map(|t| t.to_string_lossy().into_owned())
    }

    /// Find a container by full ID, name, or unique ID prefix.
    pub fn find(&self, input: &str) -> Result<IndexEntry> {
        let entry = |id: &str| -> Result<IndexEntry> {
            let c = self.config(id)?;
            Ok(IndexEntry {
                id: id.to_string(),
                name: c.name,
                image_id: c.image_id,
                layers: c.layers,
                created: c.created,
            })
        };
        if input.is_empty()
            || input.contains('/') && !input.starts_with('/')
            || input.contains('\0')
        {
            bail!(no_such_container(input));
        }
        if input.len() == 64 && self.dir(input).join("config.json").exists() {
            return entry(input);
        }
        let name = input.strip_prefix('/').unwrap_or(input);
        if !name.is_empty()
            && !name.contains('/')
            && let Some(id) = self.name_owner(name)
            && self.dir(&id).exists()
        {
            return entry(&id);
        }
        let list = self.list()?;
        find_in(&list, input)?
            .cloned()
            .ok_or_else(|| no_such_container(input))
    }

    /// Reserve `name` for `id`; a name left behind by a container that no
    /// longer exists (a crash) is taken over.
    fn reserve_name(&self, name: &str, id: &str) -> Result<()> {
        let link = self.names.join(name);
        for _ in 0..3 {
            match std::os::unix::fs::symlink(id, &link) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let Some(owner) = self.name_owner(name) else {
                        continue;
                    };
                    if self.dir(&owner).exists() {
                        bail!(crate::error::classified(
                            crate::error::Kind::Conflict,
                            format!(
                                "creating container storage: the container name \"{name}\" is already in use by {owner}. You have to remove that container to be able to reuse that name: that name is already in use"
                            )
                        ));
                    }
                    // Stale: replace it atomically, then check we won.
                    let tmp = atomic::temp_sibling(&link);
                    std::os::unix::fs::symlink(id, &tmp)
                        .with_context(|| format!("reserving name {name}"))?;
                    std::fs::rename(&tmp, &link)
                        .with_context(|| format!("reserving name {name}"))?;
                    if self.name_owner(name).as_deref() == Some(id) {
                        return Ok(());
                    }
                }
                Err(e) => return Err(e).with_context(|| format!("reserving name {name}")),
            }
        }
        bail!("could not reserve the container name {name}")
    }

    fn release_name(&self, name: &str, id: &str) {
        if self.name_owner(name).as_deref() == Some(id) {
            let _ = std::fs::remove_file(self.names.join(name));
        }
    }

    /// Add a new container; the name must be free.
    ///
    /// `rootfs`: the vfs driver's copy of the image, moved in before the
    /// record is written (so no container exists without its file system);
    /// without it, the overlay's upper and work directories are made.
    pub fn add(
        &self,
        config: &ContainerConfig,
        state: &ContainerState,
        rootfs: Option<&Path>,
    ) -> Result<()> {
        let durable = !config.auto_remove;
        let dir = self.dir(&config.id);
        std::fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let result = (|| -> Result<()> {
            if let Some(r) = rootfs {
                let to = dir.join(vfs::ROOTFS);
                std::fs::rename(r, &to)
                    .with_context(|| format!("moving {} to {}", r.display(), to.display()))?;
            } else {
                for sub in ["upper", "work"] {
                    std::fs::create_dir(dir.join(sub))
                        .with_context(|| format!("creating {}/{sub}", dir.display()))?;
                }
            }
            self.write_config(config)?;
            self.write_state_with(&config.id, state, durable)?;
            self.reserve_name(&config.name, &config.id)?;
            if durable {
                atomic::sync_dir(&self.root)?;
                atomic::sync_dir(&self.names)?;
            }
            Ok(())
        })();
        match &result {
            Ok(()) => self.event(&Event::container("create", config)),
            Err(_) => crate::storage::tmp::remove_tree(&dir),
        }
        result
    }

    /// Log an event of this store's.
    pub fn event(&self, e: &Event) {
        crate::storage::events::emit(&self.paths, e);
    }

    /// Remove a container's record and files. The caller made sure no
    /// process of it is left.
    pub fn remove(&self, id: &str) -> Result<()> {
        let config = self.config(id).ok();
        let name = config.as_ref().map(|c| c.name.clone());
        // Not through a mount: the removal below would walk into it.
        mount::check_not_mounted_elsewhere(self, id)?;
        mount::release(self, id);
        // Rename first, so a crash mid-removal never leaves a half
        // directory under a live ID.
        let dir = self.dir(id);
        ensure_dir(&self.paths.tmp_dir(), 0o700)?;
        let doomed = self
            .paths
            .tmp_dir()
            .join(format!("rm-{id}-{}", crate::storage::random_hex(4)));
        match std::fs::rename(&dir, &doomed) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", dir.display())),
        }
        if let Some(name) = name {
            self.release_name(&name, id);
        }
        crate::storage::tmp::remove_tree(&doomed);
        crate::storage::tmp::remove_tree(&self.run_dir(id));
        if let Some(c) = &config {
            self.event(&Event::container("remove", c));
        }
        Ok(())
    }

    /// Change a container's name.
    pub fn rename(&self, id: &str, new_name: &str) -> Result<()> {
        names::validate(new_name)?;
        let _lock = self.lock(id)?;
        let mut c = self.config(id)?;
        if c.name == new_name {
            return Ok(());
        }
        self.reserve_name(new_name, id)?;
        let old = std::mem::replace(&mut c.name, new_name.to_string());
        if let Err(e) = self.write_config(&c) {
            self.release_name(new_name, id);
            return Err(e);
        }
        self.release_name(&old, id);
        self.event(&Event::container("rename", &c));
        Ok(())
    }

    /// What containers keep alive in the image store.
    pub fn pins(&self) -> Result<Pins> {
        let mut pins = Pins::default();
        for e in self.list()? {
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
    crate::error::classified(
        crate::error::Kind::NotFound,
        format!("no container with name or ID {input:?} found: no such container"),
    )
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
    // It cannot change while we run.
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    })
    .clone()
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
