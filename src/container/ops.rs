//! Lifecycle operations on existing containers: reconcile stale state,
//! stop, kill, remove, wait. None of them holds a container's lock while
//! waiting for its processes (the monitor needs the lock to record the
//! exit).

use super::{ContainerState, ContainerStore, Status, boot_id, process_alive};
use crate::runtime::sys;
use crate::storage::events::Event;
use crate::util::time::Timestamp;
use anyhow::{Context, Result, bail};
use std::os::fd::AsFd;
use std::time::{Duration, Instant};

/// If a container claims to run but its monitor is gone (killed, or the
/// machine rebooted), make the record say the truth. The caller holds the
/// container's lock.
pub fn reconcile(
    cs: &ContainerStore,
    id: &str,
    mut state: ContainerState,
) -> Result<ContainerState> {
    if !state.status.is_active() {
        return Ok(state);
    }
    let same_boot = state.boot_id == boot_id();
    if same_boot && process_alive(state.monitor_pid, state.monitor_start) {
        return Ok(state);
    }
    // The monitor is gone. Its death killed the container's init
    // (PDEATHSIG) and with it the pid namespace; make sure.
    if same_boot && process_alive(state.pid, state.pid_start) {
        signal_process(state.pid, state.pid_start, libc::SIGKILL);
        wait_process_gone(state.pid, state.pid_start, Duration::from_secs(5));
    }
    state.status = Status::Exited;
    state.exit_code = 137;
    state.error = if same_boot {
        "the container's monitor exited unexpectedly".into()
    } else {
        "the machine was restarted".into()
    };
    state.pid = 0;
    state.monitor_pid = 0;
    state.finished_at = Some(Timestamp::now().rfc3339_nano());
    release_networks(cs, id, &mut state);
    // The monitor's cgroup, which it did not live to remove.
    if let Some(cg) = state.cgroup.take()
        && same_boot
    {
        cg.kill_all();
        cg.remove();
    }
    cs.write_state(id, &state)?;
    if let Ok(c) = cs.config(id)
        && c.auto_remove
    {
        remove_auto(cs, id, &c.mounts)?;
    }
    Ok(state)
}

/// Give back what a container that is no longer running held on its
/// networks (addresses, veths, port rules, hosts entries).
pub fn release_networks(cs: &ContainerStore, id: &str, state: &mut ContainerState) {
    crate::network::pasta::stop(&cs.run_dir(id).join("pasta.pid"), &state.ports);
    if state.networks.is_empty() {
        return;
    }
    let r = crate::network::bridge::Place::for_store(&cs.paths)
        .and_then(|place| crate::network::bridge::detach(id, &place));
    if let Err(e) = r {
        crate::warn!(
            "releasing the network of container {}: {e:#}",
            &id[..id.len().min(12)]
        );
    }
    state.networks.clear();
    state.ports.clear();
}

/// The current state, reconciled (taking the lock only when needed).
pub fn state(cs: &ContainerStore, id: &str) -> Result<ContainerState> {
    let s = cs.state(id)?;
    if !s.status.is_active()
        || (s.boot_id == boot_id() && process_alive(s.monitor_pid, s.monitor_start))
    {
        return Ok(s);
    }
    let _lock = cs.lock(id)?;
    reconcile(cs, id, cs.state(id)?)
}

/// Send `sig` to a process if it is still the one that started at `start`.
pub fn signal_process(pid: i32, start: u64, sig: i32) -> bool {
    let Ok(fd) = sys::pidfd_open(pid) else {
        return false;
    };
    // The pidfd pins the process: check it is the right one, then signal
    // it without a race against pid reuse.
    if super::process_start_time(pid) != Some(start) {
        return false;
    }
    sys::pidfd_send_signal(fd.as_fd(), sig).is_ok()
}

/// Wait until the process is gone; false on timeout.
pub fn wait_process_gone(pid: i32, start: u64, timeout: Duration) -> bool {
    let Ok(fd) = sys::pidfd_open(pid) else {
        return true;
    };
    if super::process_start_time(pid) != Some(start) {
        return true;
    }
    let deadline = Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let ms = u16::try_from(left.as_millis().min(10_000)).unwrap_or(10_000);
        let mut p = [nix::poll::PollFd::new(
            fd.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        match nix::poll::poll(&mut p, nix::poll::PollTimeout::from(ms)) {
            Ok(n) if n > 0 => return true,
            Ok(_) if left.is_zero() => return false,
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(_) => return !process_alive(pid, start),
        }
    }
}

/// Wait until the container is no longer active (its monitor recorded the
/// exit); returns the final state.
pub fn wait_inactive(
    cs: &ContainerStore,
    id: &str,
    timeout: Option<Duration>,
) -> Result<ContainerState> {
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        let s = match state(cs, id) {
            Ok(s) => s,
            // Removed meanwhile (--rm).
            Err(_) if !cs.dir(id).exists() => {
                return Ok(ContainerState {
                    status: Status::Exited,
                    ..Default::default()
                });
            }
            Err(e) => return Err(e),
        };
        if !s.status.is_active() {
            return Ok(s);
        }
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        if left.is_some_and(|l| l.is_zero()) {
            bail!("timed out waiting for the container to exit");
        }
        // The monitor exits right after recording the exit.
        let step = left
            .unwrap_or(Duration::from_secs(60))
            .min(Duration::from_secs(60));
        if !wait_process_gone(s.monitor_pid, s.monitor_start, step) {
            continue;
        }
        // Give the record a moment if the monitor died without it.
        let s = state(cs, id)?;
        if !s.status.is_active() {
            return Ok(s);
        }
    }
}

/// `stop`: the stop signal, then SIGKILL after `timeout` seconds (the
/// container's own stop timeout when `None`; 0 kills at once). The
/// container reads as `stopping` meanwhile. Returns false if it was not
/// running.
pub fn stop(cs: &ContainerStore, id: &str, timeout: Option<u32>) -> Result<bool> {
    let config = cs.config(id)?;
    let s = {
        let _lock = cs.lock(id)?;
        let mut s = reconcile(cs, id, cs.state(id)?)?;
        if !s.status.is_active() {
            return Ok(false);
        }
        s.stopped_by_user = true;
        let before = s.clone();
        if matches!(s.status, Status::Running | Status::Paused) {
            s.status = Status::Stopping;
        }
        cs.write_state(id, &s)?;
        before
    };
    let sig = crate::runtime::signals::parse(&config.stop_signal)?;
    let timeout = timeout.unwrap_or(config.stop_timeout);
    if timeout > 0 {
        signal_process(s.pid, s.pid_start, sig);
    }
    thaw_if_paused(cs, id, &s);
    // A monitor waiting out a restart backoff learns of the stop now.
    if s.status == Status::Restarting {
        signal_process(s.monitor_pid, s.monitor_start, libc::SIGTERM);
    }
    if timeout == 0
        || !wait_process_gone(s.pid, s.pid_start, Duration::from_secs(u64::from(timeout)))
    {
        if timeout > 0 {
            crate::warn!(
                "StopSignal {} failed to stop container {} in {timeout} seconds, resorting to SIGKILL",
                config.stop_signal,
                config.name
            );
        }
        signal_process(s.pid, s.pid_start, libc::SIGKILL);
        wait_process_gone(s.pid, s.pid_start, Duration::from_secs(10));
    }
    wait_inactive(cs, id, Some(Duration::from_secs(30)))?;
    cs.event(&Event::container("stop", &config));
    Ok(true)
}

/// docker `pause`: freeze every process of the container.
pub fn pause(cs: &ContainerStore, id: &str) -> Result<()> {
    let config = cs.config(id)?;
    let _lock = cs.lock(id)?;
    let mut s = reconcile(cs, id, cs.state(id)?)?;
    match s.status {
        Status::Running => {}
        Status::Paused => bail!(improper(format!("{id:?} is already paused"))),
        other => bail!(improper(format!(
            "{:?} is not running, can't pause",
            other.as_str()
        ))),
    }
    if cs.paths.rootless
        && crate::runtime::cgroups::version() == crate::runtime::cgroups::Version::V1
    {
        bail!(crate::error::classified(
            crate::error::Kind::Permission,
            "pause is not supported for cgroupv1 rootless containers"
        ));
    }
    let Some(cg) = &s.cgroup else {
        return Err(anyhow::anyhow!(
            "cannot pause container {}: it has no cgroup with a freezer",
            config.name
        ))
        .map_err(|e| {
            crate::error::HintedError::wrap(
                e,
                if cs.paths.rootless {
                    "rootless pause needs cgroup v2 with a delegated cgroup (cgroup v1 hierarchies cannot be delegated to ordinary users)".into()
                } else {
                    "the cgroup freezer is not available on this host".into()
                },
            )
        });
    };
    cg.freeze()
        .with_context(|| format!("pausing container {}", config.name))?;
    s.status = Status::Paused;
    cs.write_state(id, &s)?;
    cs.event(&Event::container("pause", &config));
    Ok(())
}

/// docker `unpause`.
pub fn unpause(cs: &ContainerStore, id: &str) -> Result<()> {
    let config = cs.config(id)?;
    let _lock = cs.lock(id)?;
    let mut s = reconcile(cs, id, cs.state(id)?)?;
    if s.status != Status::Paused {
        if cs.paths.rootless
            && crate::runtime::cgroups::version() == crate::runtime::cgroups::Version::V1
        {
            bail!(crate::error::classified(
                crate::error::Kind::Permission,
                "unpause is not supported for cgroupv1 rootless containers"
            ));
        }
        bail!(improper(format!("{id:?} is not paused, can't unpause")));
    }
    if let Some(cg) = &s.cgroup {
        cg.thaw()
            .with_context(|| format!("unpausing container {}", config.name))?;
    }
    s.status = Status::Running;
    cs.write_state(id, &s)?;
    cs.event(&Event::container("unpause", &config));
    Ok(())
}

/// Let a paused container's processes run again (so a signal can act).
fn thaw_if_paused(cs: &ContainerStore, id: &str, s: &ContainerState) {
    if s.status == Status::Paused
        && let Some(cg) = &s.cgroup
    {
        let _ = cg.thaw();
        let _lock = cs.lock(id);
        if let Ok(mut now) = cs.state(id)
            && now.status == Status::Paused
        {
            now.status = Status::Running;
            let _ = cs.write_state(id, &now);
        }
    }
}

/// docker `kill`.
pub fn kill(cs: &ContainerStore, id: &str, sig: i32) -> Result<()> {
    let config = cs.config(id)?;
    let lock = cs.lock(id)?;
    let mut s = reconcile(cs, id, cs.state(id)?)?;
    if !s.status.is_active() {
        bail!(improper(format!(
            "can only kill running containers. {id} is in state {}",
            s.status.as_str()
        )));
    }
    if !s.stopped_by_user {
        s.stopped_by_user = true;
        cs.write_state(id, &s)?;
    }
    if s.status == Status::Restarting {
        signal_process(s.monitor_pid, s.monitor_start, libc::SIGTERM);
        return Ok(());
    }
    if !signal_process(s.pid, s.pid_start, sig) {
        bail!("cannot kill container {}: its process is gone", config.name);
    }
    drop(lock);
    thaw_if_paused(cs, id, &s);
    let mut e = Event::container("kill", &config);
    e.attributes.insert("signal".into(), sig.to_string());
    cs.event(&e);
    Ok(())
}

/// docker `rm`: refuse a running container unless `force` (then kill it).
/// `--rm`: the container goes, and its anonymous volumes with it (docker).
pub fn remove_auto(cs: &ContainerStore, id: &str, mounts: &[super::mounts::Mount]) -> Result<()> {
    cs.remove(id)?;
    remove_anonymous_volumes(cs, mounts)
}

/// Remove the anonymous volumes of a removed container (`rm -v`, `--rm`)
/// that no other container uses.
pub fn remove_anonymous_volumes(
    cs: &ContainerStore,
    mounts: &[super::mounts::Mount],
) -> Result<()> {
    if !mounts.iter().any(|m| m.anonymous) {
        return Ok(());
    }
    let vs = crate::volume::VolumeStore::open(&cs.paths)?;
    let users = volume_users(cs)?;
    super::mounts::remove_anonymous(&vs, mounts, |name| users.contains_key(name))
}

/// Volume name → the containers that mount it.
pub fn volume_users(
    cs: &ContainerStore,
) -> Result<std::collections::BTreeMap<String, Vec<String>>> {
    let mut out: std::collections::BTreeMap<String, Vec<String>> =
        std::collections::BTreeMap::new();
    for e in cs.list()? {
        let Ok(c) = cs.config(&e.id) else { continue };
        for m in c.mounts {
            if m.kind == super::mounts::MountKind::Volume {
                out.entry(m.source).or_default().push(e.id.clone());
            }
        }
    }
    Ok(out)
}

/// podman's "container state improper" errors.
pub fn improper(what: impl std::fmt::Display) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::BadState,
        format!("{what}: container state improper"),
    )
}

/// How `rm` treats a running container.
#[derive(Clone, Copy, Debug, Default)]
pub struct RemoveOptions {
    /// Stop it first (`-f`).
    pub force: bool,
    /// Stop it with this timeout (`-t`); `None` with `force` kills at once
    /// (docker's `rm -f`).
    pub timeout: Option<u32>,
}

/// `rm` of one container. A container that disappears meanwhile (its own
/// `--rm`, another `rm`) counts as removed.
pub fn remove(cs: &ContainerStore, id: &str, opts: RemoveOptions) -> Result<()> {
    let r = remove_inner(cs, id, opts);
    match r {
        Err(_) if !cs.dir(id).exists() => Ok(()),
        r => r,
    }
}

fn remove_inner(cs: &ContainerStore, id: &str, opts: RemoveOptions) -> Result<()> {
    let s = {
        let _lock = cs.lock(id)?;
        reconcile(cs, id, cs.state(id)?)?
    };
    if s.status.is_active() {
        if !opts.force {
            bail!(improper(format!(
                "cannot remove container {id} as it is running - running or paused containers cannot be removed without force"
            )));
        }
        if let Some(t) = opts.timeout {
            stop(cs, id, Some(t))?;
        } else {
            {
                let _lock = cs.lock(id)?;
                let mut s = cs.state(id)?;
                s.stopped_by_user = true;
                cs.write_state(id, &s)?;
            }
            signal_process(s.pid, s.pid_start, libc::SIGKILL);
            thaw_if_paused(cs, id, &s);
            if s.status == Status::Restarting {
                signal_process(s.monitor_pid, s.monitor_start, libc::SIGTERM);
            }
            wait_process_gone(s.pid, s.pid_start, Duration::from_secs(10));
        }
        let name = cs.config(id).map_or_else(|_| id.to_string(), |c| c.name);
        wait_inactive(cs, id, Some(Duration::from_secs(30)))
            .with_context(|| format!("waiting for container {name} to exit"))?;
    }
    if !cs.dir(id).exists() {
        // --rm got there first.
        return Ok(());
    }
    cs.remove(id)
}
