//! cgroups: detection, and a freezer cgroup per container for pause.
//!
//! A host counts as cgroup v2 only when /sys/fs/cgroup itself is a cgroup2
//! mount. Hybrid hosts (v1 controllers under /sys/fs/cgroup/*, a cgroup2
//! at /sys/fs/cgroup/unified) are treated as v1, where crun refuses them.
//!
//! Containers get a cgroup *beneath our own* (never elsewhere in the
//! machine's hierarchy): `<own cgroup>/skiff-<id>`, in the v2 hierarchy
//! (`cgroup.freeze`) or the v1 freezer. When we may not create one (a user
//! without delegation, v1 hierarchies for unprivileged users), the
//! container runs without, and `pause` says why it cannot work.

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
    /// 1 (v1 freezer hierarchy) or 2 (unified).
    pub version: u8,
    pub path: PathBuf,
}

/// Our own cgroup path in the hierarchy holding `controller` (v1), or the
/// unified one (`None`), from /proc/self/cgroup.
fn own_path(controller: Option<&str>) -> Option<String> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
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
fn v1_mount(controller: &str) -> Option<PathBuf> {
    let text = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    text.lines().find_map(|l| {
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

/// Create the container's cgroup; `Ok(None)` when we may not.
pub fn create(id: &str) -> Result<Option<Cgroup>> {
    let name = format!("skiff-{}", &id[..id.len().min(12)]);
    let (version, base) = match version() {
        Version::V2 => {
            let Some(own) = own_path(None) else {
                return Ok(None);
            };
            (
                2,
                Path::new("/sys/fs/cgroup").join(own.trim_start_matches('/')),
            )
        }
        Version::V1 => {
            let (Some(mount), Some(own)) = (v1_mount("freezer"), own_path(Some("freezer"))) else {
                return Ok(None);
            };
            (1, mount.join(own.trim_start_matches('/')))
        }
    };
    let path = base.join(name);
    match std::fs::create_dir(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e)
            if matches!(
                e.raw_os_error(),
                Some(libc::EACCES | libc::EPERM | libc::EROFS | libc::ENOENT)
            ) =>
        {
            crate::debug!("no cgroup for the container: {}: {e}", path.display());
            return Ok(None);
        }
        Err(e) => return Err(e).with_context(|| format!("creating cgroup {}", path.display())),
    }
    Ok(Some(Cgroup { version, path }))
}

impl Cgroup {
    /// A file for a *single-threaded* process to write "0" (itself) into
    /// later, from inside another mount namespace. On v1 that is `tasks`:
    /// moving one's own only thread skips the global threadgroup lock
    /// that a write to `cgroup.procs` takes, whose RCU grace period cost
    /// 10-20 ms per container start here whenever no other cgroup move
    /// had just happened. On v2 it is `cgroup.procs` (`cgroup.threads`
    /// only moves threads within a threaded subtree).
    pub fn self_join_file(&self) -> Result<std::fs::File> {
        let name = if self.version == 1 {
            "tasks"
        } else {
            "cgroup.procs"
        };
        std::fs::OpenOptions::new()
            .write(true)
            .open(self.path.join(name))
            .with_context(|| format!("opening {}/{name}", self.path.display()))
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

    /// Remove the (empty) cgroup; processes may take a moment to leave.
    pub fn remove(&self) {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            match std::fs::remove_dir(&self.path) {
                Ok(()) => return,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
                Err(e) if e.raw_os_error() == Some(libc::EBUSY) && Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => {
                    crate::warn!("removing cgroup {}: {e}", self.path.display());
                    return;
                }
            }
        }
    }
}
