//! Commands for running containers: exec, attach, top, pause, unpause,
//! restart, rename, port.

use super::Globals;
use super::container::{RawMode, each, open};
use super::format;
use crate::container::{ops, spec};
use crate::runtime::attach::{self, AttachEnd, AttachOptions};
use crate::runtime::exec::{self as rexec, ExecRequest};
use crate::runtime::monitor::{self, Attach};
use anyhow::{Context, Result, anyhow, bail};
use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Args, Debug)]
#[command(disable_help_flag = true)]
pub struct ExecArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Command and arguments
    #[arg(
        value_name = "COMMAND",
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
    /// Keep STDIN open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short, long)]
    pub tty: bool,
    /// Run the command in the background
    #[arg(short, long)]
    pub detach: bool,
    /// Set environment variables
    #[arg(short, long, value_name = "ENV")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short, long)]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Give extended privileges to the command
    #[arg(long)]
    pub privileged: bool,
    /// Key sequence that detaches from the command (-it)
    #[arg(long, default_value = crate::runtime::detach::DEFAULT)]
    pub detach_keys: String,
    /// Print help
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
}

pub fn exec(g: &Globals, a: &ExecArgs) -> Result<i32> {
    // No user namespace of our own: exec joins the container's.
    let s = open(g, false)?;
    let e = s.containers.find(&a.container)?;
    let mut env = Vec::new();
    for f in &a.env_file {
        env.extend(spec::read_env_file(f)?);
    }
    env.extend(a.env.iter().filter_map(|e| spec::expand_env(e)));
    let req = ExecRequest {
        args: a.command.clone(),
        env,
        user: a.user.clone(),
        workdir: a.workdir.clone(),
        tty: a.tty,
        interactive: a.interactive,
        detach: a.detach,
        privileged: a.privileged,
        detach_keys: crate::runtime::detach::parse(&a.detach_keys)?,
    };
    let _raw = if a.tty && a.interactive && std::io::stdin().is_terminal() {
        Some(RawMode::enter()?)
    } else {
        None
    };
    rexec::exec(&s.containers, &e.id, &req)
}

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Do not attach STDIN
    #[arg(long)]
    pub no_stdin: bool,
    /// Proxy received signals to the container (without a terminal)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub sig_proxy: bool,
    /// Key sequence that detaches from the container
    #[arg(long, default_value = crate::runtime::detach::DEFAULT)]
    pub detach_keys: String,
}

pub fn attach_cmd(g: &Globals, a: &AttachArgs) -> Result<i32> {
    let s = open(g, false)?;
    let e = s.containers.find(&a.container)?;
    let c = s.containers.config(&e.id)?;
    let st = ops::state(&s.containers, &e.id)?;
    if !st.status.is_active() {
        bail!("you cannot attach to a stopped container, start it first");
    }
    let sock = monitor::connect_attach(&s.containers, &e.id)
        .with_context(|| format!("attaching to {}", c.name))?;
    let stdin = !a.no_stdin && c.process.stdin;
    let _raw = if c.process.terminal && stdin && std::io::stdin().is_terminal() {
        Some(RawMode::enter()?)
    } else {
        None
    };
    let end = attach::attach(
        &sock,
        &AttachOptions {
            stdin,
            tty: c.process.terminal,
            detach_keys: crate::runtime::detach::parse(&a.detach_keys)?,
            sig_proxy: a.sig_proxy,
            pid: st.pid,
            pid_start: st.pid_start,
        },
    )?;
    match end {
        AttachEnd::Exited(code) => Ok(code),
        AttachEnd::Detached => Ok(0),
        // The monitor closed without a code (an old one, or it died): the
        // record says how the container ended.
        AttachEnd::Closed => Ok(ops::wait_inactive(
            &s.containers,
            &e.id,
            Some(std::time::Duration::from_secs(10)),
        )
        .map_or(0, |s| s.exit_code)),
    }
}

#[derive(Args, Debug)]
pub struct TopArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Options for ps (default: -ef)
    #[arg(
        value_name = "PS_OPTIONS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub ps_args: Vec<String>,
}

/// docker `top`: the host's `ps` with the given options, rows limited to
/// the container's processes (those in its pid namespace).
pub fn top(g: &Globals, a: &TopArgs) -> Result<i32> {
    let s = open(g, false)?;
    let e = s.containers.find(&a.container)?;
    let c = s.containers.config(&e.id)?;
    let st = ops::state(&s.containers, &e.id)?;
    if !st.status.is_active() {
        bail!("container {} is not running", c.name);
    }
    let pids = container_pids(st.pid)?;
    let args: Vec<String> = if a.ps_args.is_empty() {
        vec!["-ef".into()]
    } else {
        a.ps_args.clone()
    };
    let out = std::process::Command::new("ps")
        .args(&args)
        .output()
        .map_err(|e| anyhow!("running ps: {e}"))
        .map_err(|e| crate::error::HintedError::wrap(e, "install the procps package".into()))?;
    if !out.status.success() {
        bail!(
            "ps {}: {}",
            args.join(" "),
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
    format::out(&result);
    Ok(0)
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

#[derive(Args, Debug)]
pub struct NamesArgs {
    /// Containers
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn pause(g: &Globals, a: &NamesArgs) -> Result<i32> {
    let s = open(g, true)?;
    each(&a.containers, |n| {
        let e = s.containers.find(n)?;
        ops::pause(&s.containers, &e.id)?;
        format::outln(n);
        Ok(())
    })
}

pub fn unpause(g: &Globals, a: &NamesArgs) -> Result<i32> {
    let s = open(g, true)?;
    each(&a.containers, |n| {
        let e = s.containers.find(n)?;
        ops::unpause(&s.containers, &e.id)?;
        format::outln(n);
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct RestartArgs {
    /// Containers
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    pub time: Option<u32>,
}

pub fn restart(g: &Globals, a: &RestartArgs) -> Result<i32> {
    // Stop from outside our user namespace (see container::stop), then
    // enter it to start.
    let s = open(g, false)?;
    let mut stopped = Vec::new();
    let code = each(&a.containers, |n| {
        let e = s.containers.find(n)?;
        ops::stop(&s.containers, &e.id, a.time)?;
        stopped.push((n.to_string(), e.id));
        Ok(())
    })?;
    crate::runtime::userns::enter_if_rootless(&s.containers.paths)?;
    let mut started = 0;
    let names: Vec<String> = stopped.iter().map(|(n, _)| n.clone()).collect();
    let code2 = each(&names, |n| {
        let id = &stopped[started].1;
        started += 1;
        monitor::start(&s.containers, &s.images, id, Attach::Detached)?;
        format::outln(n);
        Ok(())
    })?;
    Ok(if code != 0 { code } else { code2 })
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Its new name
    #[arg(value_name = "NEW_NAME")]
    pub new_name: String,
}

pub fn rename(g: &Globals, a: &RenameArgs) -> Result<i32> {
    let s = open(g, false)?;
    let e = s.containers.find(&a.container)?;
    s.containers
        .rename(&e.id, a.new_name.trim_start_matches('/'))?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct PortArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// A private port (and protocol) to look up
    #[arg(value_name = "PRIVATE_PORT[/PROTO]")]
    pub port: Option<String>,
}

/// docker `port`: the container's published ports. Containers have only a
/// private loopback network so far, so nothing is published.
pub fn port(g: &Globals, a: &PortArgs) -> Result<i32> {
    let s = open(g, false)?;
    let e = s.containers.find(&a.container)?;
    let st = ops::state(&s.containers, &e.id)?;
    let host = |p: &crate::network::nft::PortMapping| {
        format!(
            "{}:{}",
            if p.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                &p.host_ip
            },
            p.host_port
        )
    };
    if let Some(p) = &a.port {
        let (num, proto) = p.split_once('/').unwrap_or((p, "tcp"));
        let Ok(n) = num.parse::<u16>() else {
            bail!("invalid port {p:?}");
        };
        if !matches!(proto, "tcp" | "udp" | "sctp") {
            bail!("invalid port {p:?}");
        }
        let found: Vec<String> = st
            .ports
            .iter()
            .filter(|m| m.container_port == n && m.protocol == proto)
            .map(host)
            .collect();
        if found.is_empty() {
            bail!("no public port '{num}/{proto}' published for {}", e.name);
        }
        format::out(&(found.join("\n") + "\n"));
        return Ok(0);
    }
    let mut text = String::new();
    for m in &st.ports {
        text.push_str(&format!(
            "{}/{} -> {}\n",
            m.container_port,
            m.protocol,
            host(m)
        ));
    }
    format::out(&text);
    Ok(0)
}
