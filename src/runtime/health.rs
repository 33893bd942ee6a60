//! Running a container's healthcheck: the check's process is exec'd into
//! the running container (as `exec` does), its output (stdout and stderr
//! together) read up to docker's limit until it ends or its timeout passes;
//! the result goes into the container's `State.Health` under its lock,
//! with a `health_status` event. The container's monitor calls [`check`]
//! in a forked child at every interval; `healthcheck run` calls it
//! directly.

use super::exec::{ExecRequest, spawn_helper};
use super::sys;
use crate::container::health::{self, HealthResult};
use crate::container::{ContainerStore, Status};
use crate::error::{Kind, classified};
use crate::storage::events::Event;
use crate::util::time::Timestamp;
use anyhow::{Context, Result};
use std::os::fd::{AsFd, OwnedFd};
use std::time::{Duration, Instant};

/// A check's verdict: the container's health afterwards and the check's
/// own exit code.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub status: String,
    pub exit_code: i32,
}

impl Verdict {
    pub fn healthy(&self) -> bool {
        self.exit_code == 0
    }
}

/// Run the healthcheck of container `id` once and record it.
pub fn check(cs: &ContainerStore, id: &str) -> Result<Verdict> {
    let config = cs.config(id)?;
    let Some(hc) = config.healthcheck.clone() else {
        return Err(classified(
            Kind::Invalid,
            format!("container {id} has no defined healthcheck"),
        ));
    };
    let state = crate::container::ops::state(cs, id)?;
    if state.status != Status::Running {
        return Err(classified(
            Kind::Invalid,
            format!("container {id} is not running"),
        ));
    }
    let start = Timestamp::now();
    let (exit_code, output) = probe(cs, id, &hc)?;
    let result = HealthResult {
        start: start.rfc3339_nano(),
        end: Timestamp::now().rfc3339_nano(),
        exit_code,
        output,
    };
    // Record it, unless the container stopped meanwhile.
    let status = {
        let _lock = cs.lock(id)?;
        let mut s = cs.state(id)?;
        if s.status != Status::Running {
            return Err(classified(
                Kind::Invalid,
                format!("container {id} is not running"),
            ));
        }
        let started = s
            .started_at
            .as_deref()
            .and_then(Timestamp::parse_rfc3339)
            .unwrap_or_default();
        let in_start = started.elapsed() < Duration::from_nanos(hc.start_period);
        let h = s.health.get_or_insert_with(Default::default);
        if h.status.is_empty() {
            h.restart();
        }
        h.record(result, &hc, in_start);
        let status = h.status.clone();
        cs.write_state_with(id, &s, !config.auto_remove)?;
        status
    };
    let mut e = Event::container("health_status", &config);
    e.health_status = Some(status.clone());
    cs.event(&e);
    Ok(Verdict { status, exit_code })
}

/// Run the check's process: its exit code and output (-1 and docker's
/// message when it timed out).
fn probe(cs: &ContainerStore, id: &str, hc: &health::HealthConfig) -> Result<(i32, String)> {
    let req = ExecRequest {
        args: hc.command(),
        env: Vec::new(),
        user: None,
        workdir: None,
        tty: false,
        interactive: false,
        detach: false,
        privileged: false,
        detach_keys: Vec::new(),
        winsize_file: None,
    };
    let null = std::fs::File::open("/dev/null").context("opening /dev/null")?;
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let w2 = w.try_clone().context("duplicating a pipe")?;
    let helper = spawn_helper(cs, id, &req, [OwnedFd::from(null), w, w2])?;
    let pid = helper.pid;
    let timeout = hc.timeout();
    let (output, timed_out) = read_until(&r, Instant::now() + timeout);
    drop(r);
    if timed_out {
        // The process runs as the helper's child (it had to fork into the
        // container's pid namespace): both go.
        for child in children(pid) {
            let _ = sys::kill_raw(child, libc::SIGKILL);
        }
        let _ = sys::kill_raw(pid, libc::SIGKILL);
        let _ = helper.wait();
        return Ok((
            -1,
            format!(
                "Health check exceeded timeout ({})",
                crate::util::time::go_duration(timeout)
            ),
        ));
    }
    let mut text = health::clip_output(&output);
    let code = match helper.wait() {
        Ok(code) => code,
        Err(e) => {
            // Could not be run (not found, not executable): docker shows
            // why as the output.
            let r = crate::error::Report::from_error(&e);
            if text.is_empty() {
                text = r.message;
            }
            r.code
        }
    };
    Ok((code, text))
}

/// Read `fd` until its writers are gone or `deadline`; (data kept, timed
/// out). Keeps reading past docker's limit so the process never blocks on
/// a full pipe.
fn read_until(fd: &OwnedFd, deadline: Instant) -> (Vec<u8>, bool) {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return (out, true);
        }
        let ms = u16::try_from(left.as_millis().min(1000)).unwrap_or(1000);
        let mut p = [PollFd::new(fd.as_fd(), PollFlags::POLLIN)];
        match poll(&mut p, PollTimeout::from(ms)) {
            Ok(0) | Err(nix::errno::Errno::EINTR) => continue,
            Ok(_) => {}
            Err(_) => return (out, false),
        }
        match nix::unistd::read(fd.as_fd(), &mut buf) {
            Ok(0) | Err(_) => return (out, false),
            Ok(n) => {
                if out.len() < health::MAX_OUTPUT {
                    out.extend_from_slice(&buf[..n]);
                }
            }
        }
    }
}

/// The children of process `pid` (from /proc).
fn children(pid: i32) -> Vec<i32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect()
}
