//! Rootless mode: the invoking user becomes root in a user namespace that
//! maps their own ID to 0 and their `/etc/subuid` and `/etc/subgid` ranges
//! to 1..N, so that image files can belong to many users. One namespace
//! per store, kept by a holder process and joined by every command (see
//! `enter_rootless`).
//!
//! The whole skiff process enters the namespace (as podman does with its
//! re-exec): after that, unpacking, chown, removal of layer files and later
//! mounts all simply work as "root". Entering needs a helper outside the
//! namespace to run the setuid `newuidmap`/`newgidmap` against our pid, so
//! we fork one first: the parent unshares, tells the helper, and waits for
//! its verdict (crun `uidgidmap_helper` checks the helpers' exit status;
//! youki does not — style.md 1.1).

use anyhow::{Context, Result};
use nix::sched::CloneFlags;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::WithHint;

static ENTERED: AtomicBool = AtomicBool::new(false);
static FULL_MAPPING: AtomicBool = AtomicBool::new(false);

/// A contiguous ID range from /etc/subuid or /etc/subgid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdRange {
    pub start: u32,
    pub count: u32,
}

/// The ID mapping of a rootless user namespace.
#[derive(Clone, Debug)]
pub struct Mapping {
    pub uid: u32,
    pub gid: u32,
    pub subuid: Option<IdRange>,
    pub subgid: Option<IdRange>,
}

impl Mapping {
    /// The mapping for the current user, from /etc/subuid and /etc/subgid.
    pub fn for_current_user(uid: u32, gid: u32) -> Mapping {
        let name = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
            .ok()
            .flatten()
            .map(|u| u.name);
        let read = |file: &str| {
            std::fs::read_to_string(file)
                .ok()
                .and_then(|t| parse_subid(&t, name.as_deref(), uid))
        };
        Mapping {
            uid,
            gid,
            subuid: read("/etc/subuid"),
            subgid: read("/etc/subgid"),
        }
    }

    pub fn is_full(&self) -> bool {
        self.subuid.is_some() && self.subgid.is_some()
    }

    /// uid_map lines: our uid → 0, the subordinate range → 1..
    pub fn uid_lines(&self) -> Vec<(u32, u32, u32)> {
        lines(self.uid, self.subuid)
    }

    pub fn gid_lines(&self) -> Vec<(u32, u32, u32)> {
        lines(self.gid, self.subgid)
    }

    /// The host uid that container uid `inside` maps to.
    pub fn host_uid(&self, inside: u32) -> Option<u32> {
        map_one(&self.uid_lines(), inside)
    }

    pub fn host_gid(&self, inside: u32) -> Option<u32> {
        map_one(&self.gid_lines(), inside)
    }
}

fn lines(own: u32, range: Option<IdRange>) -> Vec<(u32, u32, u32)> {
    let mut v = vec![(0, own, 1)];
    if let Some(r) = range {
        v.push((1, r.start, r.count));
    }
    v
}

fn map_one(lines: &[(u32, u32, u32)], inside: u32) -> Option<u32> {
    lines
        .iter()
        .find_map(|&(ns, host, n)| (inside >= ns && inside - ns < n).then(|| host + (inside - ns)))
}

/// First `name:start:count` (or `uid:start:count`) line for this user.
pub fn parse_subid(text: &str, name: Option<&str>, uid: u32) -> Option<IdRange> {
    let uid_s = uid.to_string();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .find_map(|l| {
            let mut it = l.split(':');
            let who = it.next()?;
            let start: u32 = it.next()?.trim().parse().ok()?;
            let count: u32 = it.next()?.trim().parse().ok()?;
            ((Some(who) == name || who == uid_s) && count > 0).then_some(IdRange { start, count })
        })
}

/// Whether files can be given the owners recorded in images: true as real
/// root and in a user namespace with subordinate ranges.
pub fn can_chown() -> bool {
    if ENTERED.load(Ordering::Relaxed) {
        FULL_MAPPING.load(Ordering::Relaxed)
    } else {
        nix::unistd::geteuid().is_root()
    }
}

pub fn entered() -> bool {
    ENTERED.load(Ordering::Relaxed)
}

/// Become root in the store's user namespace, if we are not root
/// already. Must be called before any thread is started.
pub fn enter_if_rootless(paths: &crate::storage::StorePaths) -> Result<()> {
    if !paths.rootless {
        return Ok(());
    }
    enter_rootless(paths)
}

/// Join the user namespace every command of this store shares (podman's
/// pause process): a holder process sleeps in it, its pid and start time
/// in `<runroot>/userns.pid`. Without a live holder, make the namespace
/// (newuidmap/newgidmap) and a holder for it, under `<runroot>/userns.lock`.
/// Sharing one namespace is what lets one command signal, join and
/// network another command's containers.
pub fn enter_rootless(paths: &crate::storage::StorePaths) -> Result<()> {
    if ENTERED.load(Ordering::Relaxed) {
        return Ok(());
    }
    if in_unshare() {
        // `skiff unshare` put us there already.
        let lines = std::fs::read_to_string("/proc/self/uid_map").unwrap_or_default();
        ENTERED.store(true, Ordering::Relaxed);
        FULL_MAPPING.store(lines.lines().count() > 1, Ordering::Relaxed);
        return Ok(());
    }
    let (uid, gid) = (paths.uid, paths.gid);
    let mapping = Mapping::for_current_user(uid, gid);
    crate::storage::ensure_dir(&paths.runroot, 0o700)?;
    let pid_file = paths.runroot.join("userns.pid");
    let _lock = crate::storage::lock::lock(
        &paths.runroot.join("userns.lock"),
        crate::storage::lock::Mode::Exclusive,
    )?;
    if let Some(pid) = live_holder(&pid_file) {
        join(pid)?;
    } else {
        // The pasta that connected the previous holder's network namespace
        // (if that holder died) serves nobody now; a new one comes with the
        // next bridge.
        crate::network::pasta::stop(&paths.runroot.join("netns-pasta.pid"), &[]);
        if mapping.is_full() {
            enter_with_helpers(&mapping)?;
        } else {
            crate::warn!(
                "no subordinate ID ranges for uid {uid} in /etc/subuid and /etc/subgid: only your own ID is mapped, files of other owners in images will belong to root"
            );
            enter_single(&mapping)?;
        }
        start_holder(&pid_file)?;
    }
    ENTERED.store(true, Ordering::Relaxed);
    FULL_MAPPING.store(mapping.is_full(), Ordering::Relaxed);
    Ok(())
}

/// Whether this command runs inside `skiff unshare` (in the store's user
/// namespace, in a mount namespace of that session).
pub fn in_unshare() -> bool {
    crate::storage::unshare_ids().is_some()
}

/// The store's holder process, if it runs.
pub fn holder(paths: &crate::storage::StorePaths) -> Option<i32> {
    live_holder(&paths.runroot.join("userns.pid"))
}

/// The holder recorded in `pid_file`, if it is still that process.
fn live_holder(pid_file: &std::path::Path) -> Option<i32> {
    let text = std::fs::read_to_string(pid_file).ok()?;
    let mut it = text.split_whitespace();
    let pid: i32 = it.next()?.parse().ok()?;
    let start: u64 = it.next()?.parse().ok()?;
    // A zombie holder (its parent has not reaped it yet) has no namespaces.
    crate::container::process_alive(pid, start).then_some(pid)
}

fn join(pid: i32) -> Result<()> {
    let ns = std::fs::File::open(format!("/proc/{pid}/ns/user"))
        .context("opening the store's user namespace")?;
    nix::sched::setns(&ns, CloneFlags::CLONE_NEWUSER).context("joining the store's user namespace")
}

/// Fork the process that keeps the namespace we are in alive (and
/// findable) after this command exits.
fn start_holder(pid_file: &std::path::Path) -> Result<()> {
    let (ready_r, ready_w) = pipe()?;
    let (r_raw, w_raw) = (ready_r.as_raw_fd(), ready_w.as_raw_fd());
    let holder = crate::runtime::sys::fork_run(|| {
        let _ = nix::unistd::setsid();
        let _ = nix::unistd::chdir("/");
        // The store's network namespace (its bridges, for rootless bridge
        // networks) is the holder's too.
        let ok = nix::sched::unshare(CloneFlags::CLONE_NEWNET).is_ok()
            && crate::runtime::sys::loopback_up().is_ok();
        crate::runtime::sys::write_all_raw(w_raw, if ok { b"1" } else { b"0" });
        crate::runtime::sys::close_fds_except(&[]);
        let _ = r_raw;
        loop {
            nix::unistd::pause();
        }
    })
    .context("starting the user namespace holder")?;
    drop(ready_w);
    let mut b = [0u8; 1];
    let _ = std::fs::File::from(ready_r).read_exact(&mut b);
    let pid = holder.as_raw();
    let start = crate::container::process_start_time(pid).unwrap_or(0);
    crate::storage::atomic::write_with(
        pid_file,
        format!("{pid} {start}\n").as_bytes(),
        0o600,
        false,
    )
}

fn unshare_user() -> Result<()> {
    nix::sched::unshare(CloneFlags::CLONE_NEWUSER)
        .context("creating a user namespace")
        .hint("check that unprivileged user namespaces are enabled (sysctl user.max_user_namespaces, kernel.unprivileged_userns_clone)")
}

fn enter_single(m: &Mapping) -> Result<()> {
    unshare_user()?;
    // A process may map just its own IDs into a namespace it created; for
    // gid_map it must first give up setgroups (CVE-2014-8989).
    std::fs::write("/proc/self/setgroups", "deny").context("writing /proc/self/setgroups")?;
    std::fs::write("/proc/self/uid_map", format!("0 {} 1\n", m.uid))
        .context("writing /proc/self/uid_map")?;
    std::fs::write("/proc/self/gid_map", format!("0 {} 1\n", m.gid))
        .context("writing /proc/self/gid_map")?;
    Ok(())
}

/// Run `newuidmap` and `newgidmap` for process `pid` (both at once: each
/// is a setuid exec of a millisecond or more); returns their complaint.
pub fn write_maps_with_helpers(pid: i32, m: &Mapping) -> Result<()> {
    let mut children = Vec::new();
    for (helper, lines) in [("newuidmap", m.uid_lines()), ("newgidmap", m.gid_lines())] {
        let mut cmd = std::process::Command::new(helper);
        cmd.arg(pid.to_string())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        for (ns, host, n) in lines {
            cmd.args([ns.to_string(), host.to_string(), n.to_string()]);
        }
        match cmd.spawn() {
            Ok(c) => children.push((helper, c)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(anyhow::anyhow!("{helper} not found"))
                    .hint("install the uidmap package (apt-get install uidmap)");
            }
            Err(e) => return Err(e).with_context(|| format!("running {helper}")),
        }
    }
    let mut failure = None;
    for (helper, child) in children {
        let out = child
            .wait_with_output()
            .with_context(|| format!("waiting for {helper}"))?;
        if !out.status.success() && failure.is_none() {
            let err = String::from_utf8_lossy(&out.stderr);
            failure = Some(anyhow::anyhow!(
                "`{helper}` exited with {}: {}",
                out.status,
                err.trim()
            ));
        }
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn enter_with_helpers(m: &Mapping) -> Result<()> {
    let (go_r, go_w) = pipe()?;
    let (res_r, res_w) = pipe()?;
    let parent = std::process::id() as i32;
    let (go_w_raw, res_r_raw) = (go_w.as_raw_fd(), res_r.as_raw_fd());
    // The closure owns the child's ends: in the parent they are closed when
    // fork_run drops it; the child closes its copies of the parent's ends.
    let helper = crate::runtime::sys::fork_run(move || {
        crate::runtime::sys::close_raw(go_w_raw);
        crate::runtime::sys::close_raw(res_r_raw);
        let mut go = std::fs::File::from(go_r);
        let mut b = [0u8; 1];
        if go.read_exact(&mut b).is_err() {
            return 1;
        }
        let mut res = std::fs::File::from(res_w);
        match write_maps_with_helpers(parent, m) {
            Ok(()) => 0,
            Err(e) => {
                let _ = res.write_all(format!("{e:#}").as_bytes());
                1
            }
        }
    })
    .context("starting the ID-mapping helper")?;
    let unshared = unshare_user();
    let mut go = std::fs::File::from(go_w);
    if unshared.is_ok() {
        let _ = go.write_all(b"1");
    }
    drop(go);
    let mut msg = String::new();
    let _ = std::fs::File::from(res_r).read_to_string(&mut msg);
    let status =
        nix::sys::wait::waitpid(helper, None).context("waiting for the ID-mapping helper")?;
    unshared?;
    if !matches!(status, nix::sys::wait::WaitStatus::Exited(_, 0)) {
        return Err(anyhow::anyhow!("setting up the user namespace: {}", msg.trim()))
            .hint("check your ranges in /etc/subuid and /etc/subgid and that newuidmap/newgidmap are setuid root (package uidmap)");
    }
    Ok(())
}

fn pipe() -> Result<(OwnedFd, OwnedFd)> {
    nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subid_parsing() {
        let t = "# comment\nalice:100000:65536\n1001:200000:1000\nbob:x:1\n";
        assert_eq!(
            parse_subid(t, Some("alice"), 1000),
            Some(IdRange {
                start: 100_000,
                count: 65536
            })
        );
        assert_eq!(
            parse_subid(t, Some("carol"), 1001),
            Some(IdRange {
                start: 200_000,
                count: 1000
            })
        );
        assert_eq!(parse_subid(t, Some("bob"), 5), None);
        let m = Mapping {
            uid: 1000,
            gid: 1000,
            subuid: Some(IdRange {
                start: 100_000,
                count: 65536,
            }),
            subgid: None,
        };
        assert_eq!(m.host_uid(0), Some(1000));
        assert_eq!(m.host_uid(1), Some(100_000));
        assert_eq!(m.host_uid(65536), Some(165_535));
        assert_eq!(m.host_uid(65537), None);
        assert_eq!(m.host_gid(5), None);
    }
}
