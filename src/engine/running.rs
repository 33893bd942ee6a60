//! Running containers: attach, top, pause, unpause, rename, ports.

use super::Engine;
use crate::container::{ContainerConfig, ContainerState, ops};
use crate::network::nft::PortMapping;
use crate::runtime::monitor;
use anyhow::{Context, Result, anyhow, bail};
use std::os::fd::OwnedFd;

/// A connection to a running container's attach socket.
pub struct Attached {
    pub config: ContainerConfig,
    pub state: ContainerState,
    /// The monitor's attach socket (see `runtime::attach`).
    pub socket: OwnedFd,
}

/// A client of a container's stdio from now on: connected to its
/// monitor while it runs, or waiting for its next start (docker attaches
/// before it starts a container, and must see all of its output).
pub struct Subscription<'e> {
    engine: &'e Engine,
    id: String,
    waiting: Option<monitor::Waiting>,
    conn: Option<OwnedFd>,
}

impl Subscription<'_> {
    /// The monitor's attach socket, once connected.
    pub fn connection(&self) -> Option<&OwnedFd> {
        self.conn.as_ref()
    }

    /// What to poll while waiting (readable when the monitor connects).
    pub fn wait_fd(&self) -> Option<std::os::fd::BorrowedFd<'_>> {
        self.waiting.as_ref().map(monitor::Waiting::fd)
    }

    /// Look again: true once connected. A container that started
    /// without seeing the registration (it raced with it) is connected to
    /// directly.
    pub fn check(&mut self) -> Result<bool> {
        if self.conn.is_some() {
            return Ok(true);
        }
        let Some(w) = &self.waiting else {
            return Ok(false);
        };
        if let Some(fd) = w.accept() {
            self.conn = Some(fd);
            self.waiting = None;
            return Ok(true);
        }
        if !w.taken()
            && ops::state(&self.engine.containers, &self.id)?
                .status
                .is_active()
        {
            self.waiting = None;
            self.conn = Some(monitor::connect_attach(&self.engine.containers, &self.id)?);
            return Ok(true);
        }
        Ok(false)
    }

    /// Take the connection.
    pub fn take_conn(&mut self) -> Option<OwnedFd> {
        self.conn.take()
    }
}

impl Engine {
    /// Subscribe to a container's stdio: now if it runs, else from its
    /// next start (see [`Subscription`]).
    pub fn subscribe(&self, id: &str) -> Result<Subscription<'_>> {
        let entry = self.containers.find(id)?;
        let id = entry.id;
        let waiting = monitor::Waiting::register(&self.containers, &id)?;
        let mut s = Subscription {
            engine: self,
            id,
            waiting: Some(waiting),
            conn: None,
        };
        s.check()?;
        Ok(s)
    }

    /// Connect to a running container's stdio.
    pub fn attach(&self, id: &str) -> Result<Attached> {
        let config = self.containers.config(id)?;
        let state = ops::state(&self.containers, id)?;
        if !state.status.is_active() {
            bail!(ops::improper("you can only attach to running containers"));
        }
        let socket = monitor::connect_attach(&self.containers, id)
            .with_context(|| format!("attaching to {}", config.name))?;
        Ok(Attached {
            config,
            state,
            socket,
        })
    }

    /// Wait (at most `timeout`) until a container is not running; its
    /// state then.
    pub fn wait_inactive(
        &self,
        id: &str,
        timeout: Option<std::time::Duration>,
    ) -> Result<ContainerState> {
        ops::wait_inactive(&self.containers, id, timeout)
    }

    /// docker `top`: the host's `ps` with `ps_args`, rows limited to the
    /// container's processes (those in its pid namespace).
    pub fn top(&self, id: &str, ps_args: &[String]) -> Result<String> {
        let st = ops::state(&self.containers, id)?;
        if !st.status.is_active() {
            bail!(ops::improper("top can only be used on running containers"));
        }
        let pids = container_pids(st.pid)?;
        let out = std::process::Command::new("ps")
            .args(ps_args)
            .output()
            .map_err(|e| anyhow!("running ps: {e}"))
            .map_err(|e| crate::error::HintedError::wrap(e, "install the procps package".into()))?;
        if !out.status.success() {
            bail!(
                "ps {}: {}",
                ps_args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        let Some(pid_col) = header.split_whitespace().position(|h| h == "PID") else {
            bail!("couldn't find the PID field in ps output (give ps options that print it)");
        };
        let mut result = String::from(header);
        result.push('\n');
        for l in lines {
            let pid: Option<i32> = l
                .split_whitespace()
                .nth(pid_col)
                .and_then(|p| p.parse().ok());
            if pid.is_some_and(|p| pids.contains(&p)) {
                result.push_str(l);
                result.push('\n');
            }
        }
        Ok(result)
    }

    /// Freeze a running container.
    pub fn pause(&self, id: &str) -> Result<()> {
        self.enter_userns()?;
        ops::pause(&self.containers, id)
    }

    /// Thaw a paused container.
    pub fn unpause(&self, id: &str) -> Result<()> {
        self.enter_userns()?;
        ops::unpause(&self.containers, id)
    }

    /// Give a container another name.
    pub fn rename(&self, name: &str, new_name: &str) -> Result<()> {
        let e = self.containers.find(name)?;
        self.containers
            .rename(&e.id, new_name.trim_start_matches('/'))
    }

    /// A container's published ports.
    pub fn ports(&self, id: &str) -> Result<Vec<PortMapping>> {
        Ok(ops::state(&self.containers, id)?.ports)
    }

    /// Every running container with published ports: (ID, ports).
    pub fn all_ports(&self) -> Result<Vec<(String, Vec<PortMapping>)>> {
        let mut out = Vec::new();
        for e in self.containers.list()? {
            let st = ops::state(&self.containers, &e.id)?;
            if st.ports.is_empty() || !st.status.is_active() {
                continue;
            }
            out.push((e.id, st.ports));
        }
        Ok(out)
    }
}

/// Host pids of every process in the pid namespace of `init`.
fn container_pids(init: i32) -> Result<Vec<i32>> {
    use std::os::unix::fs::MetadataExt;
    let ns = std::fs::metadata(format!("/proc/{init}/ns/pid"))
        .map(|m| m.ino())
        .context("reading the container's pid namespace")?;
    let mut pids = Vec::new();
    for e in std::fs::read_dir("/proc")
        .context("listing /proc")?
        .flatten()
    {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        if std::fs::metadata(format!("/proc/{pid}/ns/pid")).is_ok_and(|m| m.ino() == ns) {
            pids.push(pid);
        }
    }
    Ok(pids)
}
