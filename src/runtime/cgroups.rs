//! cgroups: detection, a cgroup per container (limits, pause, stats).
//!
//! A host counts as cgroup v2 only when /sys/fs/cgroup itself is a cgroup2
//! mount. Hybrid hosts (v1 controllers under /sys/fs/cgroup/*, a cgroup2
//! at /sys/fs/cgroup/unified) are treated as v1, where crun refuses them.
//!
//! A container's cgroup is `skiff-<id>` under `--cgroup-parent` or the
//! default place: on v1, beneath our own cgroup in each hierarchy
//! (freezer, memory, cpu, cpuacct, cpuset, pids, blkio); on v2, `/skiff`
//! for root, and for other users the subtree delegated to them (the
//! highest cgroup above their own that they own), with the controllers
//! enabled on the ancestors. The child joins it before it is released
//! (it writes itself into the join files). When we may not create one (a
//! user without delegation, v1 hierarchies for unprivileged users), the
//! container runs without: no limits (an error if some were asked for on
//! v2), no stats, and `pause` says why it cannot work.

use crate::container::resources::Resources;
use anyhow::{Context, Result, bail};
use nix::sys::statfs::{CGROUP2_SUPER_MAGIC, statfs};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
}

pub fn version() -> Version {
    match statfs("/sys/fs/cgroup") {
        Ok(s) if s.filesystem_type() == CGROUP2_SUPER_MAGIC => Version::V2,
        _ => Version::V1,
    }
}

/// A container's cgroup, as recorded in its state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cgroup {
    /// 1 (v1 hierarchies) or 2 (unified).
    pub version: u8,
    /// v2: the cgroup; v1: the freezer's.
    pub path: PathBuf,
    /// v1: every hierarchy's cgroup of the container (controller, path).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub v1: Vec<(String, PathBuf)>,
}

/// The v1 hierarchies a container gets a cgroup in.
const V1_CONTROLLERS: [&str; 7] = [
    "freezer", "memory", "cpu", "cpuacct", "cpuset", "pids", "blkio",
];
/// The v2 controllers enabled on the ancestors.
const V2_CONTROLLERS: [&str; 5] = ["cpuset", "cpu", "io", "memory", "pids"];

/// Our own cgroup path in the hierarchy holding `controller` (v1), or the
/// unified one (`None`), from /proc/self/cgroup.
fn own_path(controller: Option<&str>) -> Option<String> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    own_path_in(&text, controller)
}

fn own_path_in(text: &str, controller: Option<&str>) -> Option<String> {
    text.lines().find_map(|l| {
        let mut f = l.splitn(3, ':');
        let _id = f.next()?;
        let ctrls = f.next()?;
        let path = f.next()?;
        let hit = match controller {
            None => ctrls.is_empty(),
            Some(c) => ctrls.split(',').any(|x| x == c),
        };
        hit.then(|| path.to_string())
    })
}

/// Where the v1 hierarchy with `controller` is mounted.
pub fn v1_mount(controller: &str) -> Option<PathBuf> {
    v1_mount_in(
        &std::fs::read_to_string("/proc/self/mountinfo").ok()?,
        controller,
    )
}

/// Where the v1 hierarchy with `controller` is mounted, from mountinfo.
fn v1_mount_in(mountinfo: &str, controller: &str) -> Option<PathBuf> {
    mountinfo.lines().find_map(|l| {
        let (left, right) = l.split_once(" - ")?;
        let mut r = right.split_whitespace();
        if r.next()? != "cgroup" {
            return None;
        }
        let _src = r.next()?;
        let opts = r.next()?;
        opts.split(',')
            .any(|o| o == controller)
            .then(|| left.split_whitespace().nth(4).map(PathBuf::from))?
    })
}

/// The name of a container's cgroup.
pub fn name_for(id: &str) -> String {
    format!("skiff-{id}")
}

fn refused(e: &std::io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EACCES | libc::EPERM | libc::EROFS | libc::ENOENT)
    )
}

/// Make `dir` and its missing parents (v1 cpuset ones get their parent's
/// CPUs and memory nodes, without which nothing may join them).
fn mkdirs(dir: &Path, cpuset: bool) -> std::io::Result<()> {
    match std::fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(p) = dir.parent() {
                mkdirs(p, cpuset)?;
            }
            match std::fs::create_dir(dir) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
                Err(e) => return Err(e),
            }
        }
        Err(e) => return Err(e),
    }
    if cpuset && let Some(p) = dir.parent() {
        for f in ["cpuset.cpus", "cpuset.mems"] {
            let v = std::fs::read_to_string(p.join(f)).unwrap_or_default();
            let _ = std::fs::write(dir.join(f), v.trim());
        }
    }
    Ok(())
}

/// Where a container's cgroup goes, and whether a limit needs it.
pub struct Placement<'a> {
    pub id: &'a str,
    /// `--cgroup-parent` (empty: the default place).
    pub parent: &'a str,
    pub rootless: bool,
    /// Limits were asked for: failing to place them is an error.
    pub limits: bool,
}

/// Create the container's cgroup; `Ok(None)` when we may not (and no
/// limit needs one).
pub fn create(p: &Placement) -> Result<Option<Cgroup>> {
    match version() {
        Version::V2 => create_v2(p),
        Version::V1 => create_v1(p),
    }
}

fn no_cgroup(p: &Placement, why: &str) -> Result<Option<Cgroup>> {
    if p.limits {
        return Err(anyhow::anyhow!("cannot set the container's resource limits: {why}")
            .context("hint: run as root, or in a cgroup delegated to you (systemd: Delegate=yes), or drop the limits"));
    }
    crate::debug!("no cgroup for the container: {why}");
    Ok(None)
}

fn create_v1(p: &Placement) -> Result<Option<Cgroup>> {
    if p.rootless {
        // Unprivileged users own nothing in the v1 hierarchies (podman:
        // limits are ignored with a warning at create).
        return Ok(None);
    }
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let mut dirs: Vec<(String, PathBuf)> = Vec::new();
    for ctrl in V1_CONTROLLERS {
        let Some(mount) = v1_mount_in(&mountinfo, ctrl) else {
            continue;
        };
        if let Some((_, d)) = dirs.iter().find(|(_, d)| d.starts_with(&mount)) {
            let d = d.clone();
            dirs.push((ctrl.to_string(), d));
            continue;
        }
        let base = if p.parent.is_empty() {
            let Some(o) = own_path_in(&own, Some(ctrl)) else {
                continue;
            };
            mount.join(o.trim_start_matches('/'))
        } else {
            mount.join(p.parent.trim_start_matches('/'))
        };
        let dir = base.join(name_for(p.id));
        match mkdirs(&dir, ctrl == "cpuset") {
            Ok(()) => dirs.push((ctrl.to_string(), dir)),
            Err(e) if refused(&e) && ctrl != "freezer" && !p.limits => {
                crate::debug!("no {ctrl} cgroup: {}: {e}", dir.display());
            }
            Err(e) if refused(&e) && ctrl == "freezer" && dirs.is_empty() => {
                return no_cgroup(p, &format!("{}: {e}", dir.display()));
            }
            Err(e) => {
                let cg = Cgroup {
                    version: 1,
                    path: PathBuf::new(),
                    v1: dirs,
                };
                cg.remove();
                return Err(e).with_context(|| format!("creating cgroup {}", dir.display()));
            }
        }
    }
    let Some((_, freezer)) = dirs.iter().find(|(c, _)| c == "freezer").cloned() else {
        return no_cgroup(p, "no v1 freezer hierarchy");
    };
    Ok(Some(Cgroup {
        version: 1,
        path: freezer,
        v1: dirs,
    }))
}

/// Enable the controllers in `dir`'s subtree_control that its parent
/// gives it; false when some could not be.
fn enable_controllers(dir: &Path) -> bool {
    let have = std::fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
    let avail = std::fs::read_to_string(dir.join("cgroup.controllers")).unwrap_or_default();
    let missing: Vec<String> = V2_CONTROLLERS
        .iter()
        .filter(|c| avail.split_whitespace().any(|a| a == **c))
        .filter(|c| !have.split_whitespace().any(|a| a == **c))
        .map(|c| format!("+{c}"))
        .collect();
    if missing.is_empty() {
        return true;
    }
    match std::fs::write(dir.join("cgroup.subtree_control"), missing.join(" ")) {
        Ok(()) => true,
        Err(e) => {
            crate::debug!("enabling {missing:?} in {}: {e}", dir.display());
            false
        }
    }
}

/// The highest cgroup above (and including) `own` that we own: the
/// subtree delegated to us.
fn delegated_root(root: &Path, own: &str) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let uid = nix::unistd::geteuid().as_raw();
    let mut best = None;
    let mut dir = root.join(own.trim_start_matches('/'));
    while dir.starts_with(root) && dir != root {
        match std::fs::metadata(dir.join("cgroup.procs")) {
            Ok(m) if m.uid() == uid => best = Some(dir.clone()),
            _ => break,
        }
        if !dir.pop() {
            break;
        }
    }
    best
}

fn create_v2(p: &Placement) -> Result<Option<Cgroup>> {
    let root = Path::new("/sys/fs/cgroup");
    let (top, parent) = if !p.parent.is_empty() {
        (
            root.to_path_buf(),
            root.join(p.parent.trim_start_matches('/')),
        )
    } else if !p.rootless {
        (root.to_path_buf(), root.join("skiff"))
    } else {
        let Some(own) = own_path(None) else {
            return no_cgroup(p, "no cgroup v2 membership in /proc/self/cgroup");
        };
        match delegated_root(root, &own) {
            Some(d) => (d.clone(), d),
            None => {
                return no_cgroup(
                    p,
                    &format!("no cgroup is delegated to this user ({own} is not theirs)"),
                );
            }
        }
    };
    if let Err(e) = mkdirs(&parent, false) {
        if refused(&e) {
            return no_cgroup(p, &format!("{}: {e}", parent.display()));
        }
        return Err(e).with_context(|| format!("creating cgroup {}", parent.display()));
    }
    // Controllers on every ancestor from `top` down to the parent.
    let mut chain = vec![parent.clone()];
    let mut d = parent.clone();
    while d != top && d.pop() && d.starts_with(&top) {
        chain.push(d.clone());
    }
    for d in chain.iter().rev() {
        enable_controllers(d);
    }
    let dir = parent.join(name_for(p.id));
    match std::fs::create_dir(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) if refused(&e) => return no_cgroup(p, &format!("{}: {e}", dir.display())),
        Err(e) => return Err(e).with_context(|| format!("creating cgroup {}", dir.display())),
    }
    Ok(Some(Cgroup {
        version: 2,
        path: dir,
        v1: Vec::new(),
    }))
}

impl Cgroup {
    /// The directory of `controller` (v2: the one cgroup).
    pub fn dir(&self, controller: &str) -> Option<&Path> {
        if self.version == 2 {
            return Some(&self.path);
        }
        self.v1
            .iter()
            .find(|(c, _)| c == controller)
            .map(|(_, p)| p.as_path())
    }

    /// Every distinct directory (v1: one per hierarchy).
    fn dirs(&self) -> Vec<&Path> {
        let mut out: Vec<&Path> = vec![];
        if self.v1.is_empty() {
            out.push(&self.path);
        }
        for (_, d) in &self.v1 {
            if !out.contains(&d.as_path()) {
                out.push(d);
            }
        }
        out
    }

    /// Files for a *single-threaded* process to write "0" (itself) into
    /// later, from inside another mount namespace. On v1 that is `tasks`:
    /// moving one's own only thread skips the global threadgroup lock
    /// that a write to `cgroup.procs` takes, whose RCU grace period cost
    /// 10-20 ms per container start here whenever no other cgroup move
    /// had just happened. On v2 it is `cgroup.procs` (`cgroup.threads`
    /// only moves threads within a threaded subtree).
    pub fn join_files(&self) -> Result<Vec<std::fs::File>> {
        let name = if self.version == 1 {
            "tasks"
        } else {
            "cgroup.procs"
        };
        self.dirs()
            .into_iter()
            .map(|d| {
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(d.join(name))
                    .with_context(|| format!("opening {}/{name}", d.display()))
            })
            .collect()
    }

    fn write(&self, controller: &str, file: &str, value: &str) -> Result<()> {
        let Some(dir) = self.dir(controller) else {
            bail!("cannot set {file}: the container has no {controller} cgroup");
        };
        let path = dir.join(file);
        std::fs::write(&path, value).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound
                || e.kind() == std::io::ErrorKind::PermissionDenied
            {
                anyhow::anyhow!(
                    "cannot set {file}: the {controller} controller is not available for {}: {e}",
                    dir.display()
                )
            } else {
                anyhow::anyhow!("writing {value:?} to {}: {e}", path.display())
            }
        })
    }

    /// Write the limits into the cgroup (at start, and for `update`).
    /// Unset values are written as "no limit", so that an update can
    /// lift one; in a `fresh` cgroup they are that already and are not
    /// written (each write costs a path walk).
    pub fn apply(&self, r: &Resources, fresh: bool) -> Result<()> {
        if self.version == 2 {
            self.apply_v2(r, fresh)
        } else {
            self.apply_v1(r, fresh)
        }
    }

    fn apply_v2(&self, r: &Resources, fresh: bool) -> Result<()> {
        let max = |n: i64| {
            if n > 0 {
                n.to_string()
            } else {
                "max".to_string()
            }
        };
        let has = |f: &str| !fresh && self.path.join(f).exists();
        if r.memory > 0 || has("memory.max") {
            self.write("memory", "memory.max", &max(r.memory))?;
        }
        if r.memory_reservation > 0 || has("memory.low") {
            self.write(
                "memory",
                "memory.low",
                &r.memory_reservation.max(0).to_string(),
            )?;
        }
        let swap = r.effective_swap();
        if (swap != 0 || r.memory > 0) && has("memory.swap.max") {
            let v = if swap > 0 {
                (swap - r.memory).max(0).to_string()
            } else {
                "max".into()
            };
            self.write("memory", "memory.swap.max", &v)?;
        }
        if r.memory_swappiness.is_some() || r.oom_kill_disable {
            crate::warn!(
                "memory swappiness and --oom-kill-disable are cgroup v1 settings: ignored on cgroup v2"
            );
        }
        let (quota, period) = r.cfs();
        if quota.is_some() || period.is_some() || has("cpu.max") {
            let q = quota
                .filter(|q| *q > 0)
                .map_or("max".to_string(), |q| q.to_string());
            self.write(
                "cpu",
                "cpu.max",
                &format!("{q} {}", period.unwrap_or(100_000)),
            )?;
        }
        if r.cpu_shares > 0 || has("cpu.weight") {
            // crun's mapping of shares (2..262144) onto weights (1..10000).
            let w = if r.cpu_shares == 0 {
                100
            } else {
                let s = r.cpu_shares.clamp(2, 262_144);
                1 + ((s - 2) * 9999) / 262_142
            };
            self.write("cpu", "cpu.weight", &w.to_string())?;
        }
        if r.cpu_rt_period != 0 || r.cpu_rt_runtime != 0 {
            crate::warn!("realtime CPU limits are cgroup v1 settings: ignored on cgroup v2");
        }
        if !r.cpuset_cpus.is_empty() {
            self.write("cpuset", "cpuset.cpus", &r.cpuset_cpus)?;
        }
        if !r.cpuset_mems.is_empty() {
            self.write("cpuset", "cpuset.mems", &r.cpuset_mems)?;
        }
        if r.pids_limit != 0 || has("pids.max") {
            self.write("pids", "pids.max", &max(r.pids_limit))?;
        }
        if r.blkio_weight > 0 {
            if has("io.bfq.weight") {
                self.write("io", "io.bfq.weight", &r.blkio_weight.to_string())?;
            } else {
                let w = 1 + (u64::from(r.blkio_weight) - 10) * 9999 / 990;
                self.write("io", "io.weight", &format!("default {w}"))?;
            }
        }
        for d in &r.blkio_weight_device {
            self.write(
                "io",
                "io.weight",
                &format!("{}:{} {}", d.major, d.minor, d.value),
            )?;
        }
        for (list, key) in [
            (&r.device_read_bps, "rbps"),
            (&r.device_write_bps, "wbps"),
            (&r.device_read_iops, "riops"),
            (&r.device_write_iops, "wiops"),
        ] {
            for d in list {
                self.write(
                    "io",
                    "io.max",
                    &format!("{}:{} {key}={}", d.major, d.minor, d.value),
                )?;
            }
        }
        for (k, v) in &r.unified {
            self.write("unified", k, v)?;
        }
        Ok(())
    }

    fn apply_v1(&self, r: &Resources, fresh: bool) -> Result<()> {
        let unl = |n: i64| {
            if n > 0 {
                n.to_string()
            } else {
                "-1".to_string()
            }
        };
        let swap = r.effective_swap();
        if fresh && r.memory <= 0 && swap <= 0 {
            // Nothing to write: unlimited already.
        } else if let Some(m) = self.dir("memory") {
            let limit = unl(r.memory);
            let memsw = m.join("memory.memsw.limit_in_bytes").exists();
            // The swap limit may not go below the memory limit, nor the
            // memory limit above it: when the first write fails, the
            // other order works.
            let both = |first: bool| -> Result<()> {
                let mut order: Vec<(&str, String)> = vec![("memory.limit_in_bytes", limit.clone())];
                if memsw {
                    order.push(("memory.memsw.limit_in_bytes", unl(swap)));
                }
                if !first {
                    order.reverse();
                }
                for (f, v) in order {
                    self.write("memory", f, &v)?;
                }
                Ok(())
            };
            if both(true).is_err() {
                both(false)?;
            }
        } else if r.memory > 0 {
            bail!("cannot set a memory limit: no memory cgroup hierarchy");
        }
        if self.dir("memory").is_some() {
            if !fresh || r.memory_reservation > 0 {
                self.write(
                    "memory",
                    "memory.soft_limit_in_bytes",
                    &unl(r.memory_reservation),
                )?;
            }
            if let Some(s) = r.memory_swappiness {
                self.write("memory", "memory.swappiness", &s.to_string())?;
            }
            if r.oom_kill_disable {
                self.write("memory", "memory.oom_control", "1")?;
            }
        } else if r.memory > 0 || r.memory_reservation > 0 {
            bail!("cannot set a memory limit: no memory cgroup hierarchy");
        }
        let (quota, period) = r.cfs();
        if self.dir("cpu").is_some() {
            if !fresh || quota.is_some() || period.is_some() {
                self.write(
                    "cpu",
                    "cpu.cfs_period_us",
                    &period.unwrap_or(100_000).to_string(),
                )?;
                self.write(
                    "cpu",
                    "cpu.cfs_quota_us",
                    &quota.filter(|q| *q > 0).unwrap_or(-1).to_string(),
                )?;
            }
            if !fresh || r.cpu_shares > 0 {
                let shares = if r.cpu_shares == 0 {
                    1024
                } else {
                    r.cpu_shares.max(2)
                };
                self.write("cpu", "cpu.shares", &shares.to_string())?;
            }
            if r.cpu_rt_period != 0 {
                self.write("cpu", "cpu.rt_period_us", &r.cpu_rt_period.to_string())?;
            }
            if r.cpu_rt_runtime != 0 {
                self.write("cpu", "cpu.rt_runtime_us", &r.cpu_rt_runtime.to_string())?;
            }
        } else if quota.is_some() || r.cpu_shares > 0 {
            bail!("cannot set a CPU limit: no cpu cgroup hierarchy");
        }
        if !r.cpuset_cpus.is_empty() {
            self.write("cpuset", "cpuset.cpus", &r.cpuset_cpus)?;
        }
        if !r.cpuset_mems.is_empty() {
            self.write("cpuset", "cpuset.mems", &r.cpuset_mems)?;
        }
        if self.dir("pids").is_some() && (!fresh || r.pids_limit > 0) {
            self.write(
                "pids",
                "pids.max",
                &if r.pids_limit > 0 {
                    r.pids_limit.to_string()
                } else {
                    "max".into()
                },
            )?;
        } else if self.dir("pids").is_none() && r.pids_limit > 0 {
            bail!("cannot set a pids limit: no pids cgroup hierarchy");
        }
        if r.blkio_weight > 0 {
            match self.dir("blkio").map(|d| d.join("blkio.weight")) {
                Some(f) if f.exists() => {
                    self.write("blkio", "blkio.weight", &r.blkio_weight.to_string())?;
                }
                _ => crate::warn!(
                    "Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded."
                ),
            }
        }
        for d in &r.blkio_weight_device {
            self.write(
                "blkio",
                "blkio.weight_device",
                &format!("{}:{} {}", d.major, d.minor, d.value),
            )?;
        }
        for (list, file) in [
            (&r.device_read_bps, "blkio.throttle.read_bps_device"),
            (&r.device_write_bps, "blkio.throttle.write_bps_device"),
            (&r.device_read_iops, "blkio.throttle.read_iops_device"),
            (&r.device_write_iops, "blkio.throttle.write_iops_device"),
        ] {
            for d in list {
                self.write(
                    "blkio",
                    file,
                    &format!("{}:{} {}", d.major, d.minor, d.value),
                )?;
            }
        }
        Ok(())
    }

    /// How many times the kernel's OOM killer struck in the cgroup.
    pub fn oom_kills(&self) -> u64 {
        let (file, key) = if self.version == 2 {
            ("memory.events", "oom_kill")
        } else {
            ("memory.oom_control", "oom_kill")
        };
        let Some(d) = self.dir("memory") else {
            return 0;
        };
        let text = std::fs::read_to_string(d.join(file)).unwrap_or_default();
        keyed(&text, key).unwrap_or(0)
    }

    /// The counters `stats` shows.
    /// The counters; without `detail` only what `stats` prints is read
    /// (CPU time, memory, pids, block I/O: each file costs a kernfs open),
    /// with it also the user/system split, throttling, pid limit and OOM
    /// kills the REST API reports.
    pub fn stats(&self, detail: bool) -> Stats {
        let read = |ctrl: &str, f: &str| {
            self.dir(ctrl)
                .and_then(|d| std::fs::read_to_string(d.join(f)).ok())
                .unwrap_or_default()
        };
        let num = |ctrl: &str, f: &str| read(ctrl, f).trim().parse::<u64>().ok();
        let mut s = Stats::default();
        if self.version == 2 {
            let cpu = read("cpu", "cpu.stat");
            s.cpu_ns = keyed(&cpu, "usage_usec").unwrap_or(0) * 1000;
            s.cpu_user_ns = keyed(&cpu, "user_usec").unwrap_or(0) * 1000;
            s.cpu_system_ns = keyed(&cpu, "system_usec").unwrap_or(0) * 1000;
            s.periods = keyed(&cpu, "nr_periods").unwrap_or(0);
            s.throttled_periods = keyed(&cpu, "nr_throttled").unwrap_or(0);
            s.throttled_ns = keyed(&cpu, "throttled_usec").unwrap_or(0) * 1000;
            s.memory = num("memory", "memory.current").unwrap_or(0);
            s.memory_limit = num("memory", "memory.max").unwrap_or(0);
            let ms = read("memory", "memory.stat");
            s.memory_inactive_file = keyed(&ms, "inactive_file").unwrap_or(0);
            s.memory_stat = ms;
            s.pids = num("pids", "pids.current")
                .unwrap_or_else(|| count_lines(&read("pids", "cgroup.procs")));
            if detail {
                s.pids_limit = num("pids", "pids.max").unwrap_or(0);
            }
            for l in read("io", "io.stat").lines() {
                s.io_read += keyed_words(l, "rbytes=");
                s.io_write += keyed_words(l, "wbytes=");
            }
        } else {
            s.cpu_ns = num("cpuacct", "cpuacct.usage").unwrap_or(0);
            if detail {
                let ticks = clock_ticks();
                let acct = read("cpuacct", "cpuacct.stat");
                s.cpu_user_ns = keyed(&acct, "user").unwrap_or(0) * 1_000_000_000 / ticks;
                s.cpu_system_ns = keyed(&acct, "system").unwrap_or(0) * 1_000_000_000 / ticks;
                let cpu = read("cpu", "cpu.stat");
                s.periods = keyed(&cpu, "nr_periods").unwrap_or(0);
                s.throttled_periods = keyed(&cpu, "nr_throttled").unwrap_or(0);
                s.throttled_ns = keyed(&cpu, "throttled_time").unwrap_or(0);
            }
            s.memory = num("memory", "memory.usage_in_bytes").unwrap_or(0);
            let ms = read("memory", "memory.stat");
            // memory.stat has the limit too (the lowest on the way up,
            // which is what binds).
            let limit = keyed(&ms, "hierarchical_memory_limit")
                .or_else(|| num("memory", "memory.limit_in_bytes"))
                .unwrap_or(0);
            // v1 says "no limit" with the largest page-aligned number.
            s.memory_limit = if limit >= (i64::MAX as u64) & !0xfff {
                0
            } else {
                limit
            };
            s.memory_inactive_file = keyed(&ms, "total_inactive_file").unwrap_or(0);
            s.memory_stat = ms;
            s.pids = num("pids", "pids.current")
                .unwrap_or_else(|| count_lines(&read("freezer", "tasks")));
            if detail {
                s.pids_limit = num("pids", "pids.max").unwrap_or(0);
            }
            for l in read("blkio", "blkio.throttle.io_service_bytes_recursive").lines() {
                let w: Vec<&str> = l.split_whitespace().collect();
                if let [_, op, v] = w[..] {
                    let v: u64 = v.parse().unwrap_or(0);
                    match op {
                        "Read" => s.io_read += v,
                        "Write" => s.io_write += v,
                        _ => {}
                    }
                }
            }
        }
        if detail {
            s.oom_kills = self.oom_kills();
        }
        s
    }

    /// Kill every process left in it (v2's `cgroup.kill`; v1: SIGKILL to
    /// each task).
    pub fn kill_all(&self) {
        if self.version == 2 && std::fs::write(self.path.join("cgroup.kill"), "1").is_ok() {
            return;
        }
        // Every process of the container is in all of its v1 hierarchies
        // (it joined them before it was released): one list is enough.
        for d in self.dirs().into_iter().take(1) {
            let tasks = std::fs::read_to_string(d.join(if self.version == 2 {
                "cgroup.procs"
            } else {
                "tasks"
            }))
            .unwrap_or_default();
            for pid in tasks.lines().filter_map(|l| l.trim().parse::<i32>().ok()) {
                let _ = crate::runtime::sys::kill_raw(pid, libc::SIGKILL);
            }
        }
    }

    pub fn freeze(&self) -> Result<()> {
        self.set_frozen(true)
    }

    pub fn thaw(&self) -> Result<()> {
        self.set_frozen(false)
    }

    fn set_frozen(&self, frozen: bool) -> Result<()> {
        let (file, value, check_file, want): (&str, &str, &str, &str) = match (self.version, frozen)
        {
            (2, true) => ("cgroup.freeze", "1", "cgroup.events", "frozen 1"),
            (2, false) => ("cgroup.freeze", "0", "cgroup.events", "frozen 0"),
            (_, true) => ("freezer.state", "FROZEN", "freezer.state", "FROZEN"),
            (_, false) => ("freezer.state", "THAWED", "freezer.state", "THAWED"),
        };
        std::fs::write(self.path.join(file), value)
            .with_context(|| format!("writing {}/{file}", self.path.display()))?;
        // The freeze completes asynchronously; wait until it has.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let now = std::fs::read_to_string(self.path.join(check_file)).unwrap_or_default();
            if now.lines().any(|l| l.trim() == want) {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!(
                    "the container's processes did not become {}",
                    if frozen { "frozen" } else { "thawed" }
                );
            }
            if self.version == 1 && frozen && now.trim() == "FREEZING" {
                // v1 can stall in FREEZING; asking again moves it on.
                let _ = std::fs::write(self.path.join(file), value);
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    pub fn is_frozen(&self) -> bool {
        let (file, want) = if self.version == 2 {
            ("cgroup.events", "frozen 1")
        } else {
            ("freezer.state", "FROZEN")
        };
        std::fs::read_to_string(self.path.join(file))
            .is_ok_and(|s| s.lines().any(|l| l.trim() == want))
    }

    /// Remove the cgroup (every hierarchy's); processes may take a moment
    /// to leave.
    pub fn remove(&self) {
        for d in self.dirs() {
            remove_dir(d);
        }
    }
}

fn remove_dir(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        match std::fs::remove_dir(path) {
            Ok(()) => return,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) if e.raw_os_error() == Some(libc::EBUSY) && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => {
                crate::warn!("removing cgroup {}: {e}", path.display());
                return;
            }
        }
    }
}

/// A cgroup's counters (`stats`, the API's stats).
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub cpu_ns: u64,
    pub cpu_user_ns: u64,
    pub cpu_system_ns: u64,
    pub periods: u64,
    pub throttled_periods: u64,
    pub throttled_ns: u64,
    pub memory: u64,
    /// 0: no limit.
    pub memory_limit: u64,
    pub memory_inactive_file: u64,
    /// memory.stat as the kernel wrote it.
    pub memory_stat: String,
    pub pids: u64,
    pub pids_limit: u64,
    pub io_read: u64,
    pub io_write: u64,
    pub oom_kills: u64,
}

/// `key value` lines (cpu.stat, memory.events, memory.stat).
pub fn keyed(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| v.trim().parse().ok())?
    })
}

fn keyed_words(line: &str, prefix: &str) -> u64 {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(prefix))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn count_lines(s: &str) -> u64 {
    s.lines().filter(|l| !l.trim().is_empty()).count() as u64
}

fn clock_ticks() -> u64 {
    nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .and_then(|n| u64::try_from(n).ok())
        .filter(|n| *n > 0)
        .unwrap_or(100)
}
