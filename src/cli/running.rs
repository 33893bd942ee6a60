//! Commands for running containers: exec, attach, top, pause, unpause,
//! restart, rename, port.

use super::Globals;
use super::container::{Command, RawMode, each_target, open};
use super::format;
use crate::container::select::Selection;
use crate::container::{Status, spec};
use crate::engine::container::ExecIo;
use crate::engine::running::Attached;
use crate::runtime::attach::{self, AttachEnd, AttachOptions};
use crate::runtime::exec::ExecRequest;
use crate::runtime::monitor::Attach;
use anyhow::{Result, bail};
use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Args, Debug)]
#[command(disable_help_flag = true)]
pub struct ExecArgs {
    /// The container (left out with --latest)
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Command and arguments
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
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
    // With --latest every word is the command.
    let (name, command) = if a.latest {
        let mut c: Vec<String> = a.container.iter().cloned().collect();
        c.extend(a.command.iter().cloned());
        (None, c)
    } else {
        (a.container.as_deref(), a.command.clone())
    };
    if name.is_none() && !a.latest {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "exec requires the name or ID of a container or the --latest flag"
        ));
    }
    if command.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "exec requires at least 2 arguments: a container and a command"
        ));
    }
    let e = s.one(name, a.latest, "exec")?;
    let mut env = Vec::new();
    for f in &a.env_file {
        env.extend(spec::read_env_file(f)?);
    }
    env.extend(a.env.iter().filter_map(|e| spec::expand_env(e)));
    let req = ExecRequest {
        args: command,
        env,
        user: a.user.clone(),
        workdir: a.workdir.clone(),
        tty: a.tty,
        interactive: a.interactive,
        detach: a.detach,
        privileged: a.privileged,
        detach_keys: crate::runtime::detach::parse(&a.detach_keys)?,
        winsize_file: None,
    };
    let _raw = if a.tty && a.interactive && std::io::stdin().is_terminal() {
        Some(RawMode::enter()?)
    } else {
        None
    };
    s.exec(&e.id, &req, ExecIo::Inherit)
}

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
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
    let e = s.one(a.container.as_deref(), a.latest, "attach")?;
    let Attached {
        config: c,
        state: st,
        socket: sock,
    } = s.attach(&e.id)?;
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
        AttachEnd::Closed => Ok(s
            .wait_inactive(&e.id, Some(std::time::Duration::from_secs(10)))
            .map_or(0, |s| s.exit_code)),
    }
}

#[derive(Args, Debug)]
pub struct TopArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
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
    let e = s
        .one(a.container.as_deref(), a.latest, "top")
        .map_err(|e| e.context("unable to look up requested container"))?;
    let args: Vec<String> = if a.ps_args.is_empty() {
        vec!["-ef".into()]
    } else {
        a.ps_args.clone()
    };
    format::out(&s.top(&e.id, &args)?);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct NamesArgs {
    /// Containers
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Act on all running (pause) or paused (unpause) containers
    #[arg(short, long)]
    pub all: bool,
    /// Read the container ID from the file
    #[arg(long, value_name = "CIDFILE")]
    pub cidfile: Vec<PathBuf>,
    /// Filter the containers to act on
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

impl NamesArgs {
    fn selection(&self) -> Result<Selection> {
        let sel = Selection {
            names: self.containers.clone(),
            all: self.all,
            latest: self.latest,
            filters: self.filter.clone(),
            cidfiles: self.cidfile.clone(),
            ignore: false,
        };
        if sel.is_empty() {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                "you must provide at least one name or id"
            ));
        }
        Ok(sel)
    }
}

pub fn pause(g: &Globals, a: &NamesArgs) -> Result<i32> {
    let s = open(g, true)?;
    let targets = s.select(&a.selection()?, |st| st.status == Status::Running)?;
    each_target(&targets, Command::Pause, |t| {
        s.pause(&t.entry.id)?;
        Ok(true)
    })
}

pub fn unpause(g: &Globals, a: &NamesArgs) -> Result<i32> {
    let s = open(g, true)?;
    let targets = s.select(&a.selection()?, |st| st.status == Status::Paused)?;
    each_target(&targets, Command::Unpause, |t| {
        s.unpause(&t.entry.id)?;
        Ok(true)
    })
}

#[derive(Args, Debug)]
pub struct RestartArgs {
    /// Containers
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    pub time: Option<u32>,
    /// Restart all non-running containers
    #[arg(short, long)]
    pub all: bool,
    /// Restart only running containers (with --all)
    #[arg(long)]
    pub running: bool,
    /// Read the container ID from the file
    #[arg(long, value_name = "CIDFILE")]
    pub cidfile: Vec<PathBuf>,
    /// Filter the containers to restart
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

pub fn restart(g: &Globals, a: &RestartArgs) -> Result<i32> {
    // Stop from outside our user namespace (see container::stop), then
    // enter it to start.
    let s = open(g, false)?;
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        filters: a.filter.clone(),
        cidfiles: a.cidfile.clone(),
        ignore: false,
    };
    if sel.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "you must provide at least one name or id"
        ));
    }
    let running_only = a.running;
    let targets = s.select(&sel, |st| !running_only || st.status.is_active())?;
    let mut stopped = Vec::new();
    let code = each_target(&targets, Command::Restart, |t| {
        s.stop(&t.entry.id, a.time)?;
        stopped.push(t.clone());
        Ok(false)
    })?;
    let code2 = each_target(&stopped, Command::Restart, |t| {
        s.start(&t.entry.id, Attach::Detached)?;
        Ok(true)
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
    s.rename(&a.container, &a.new_name)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct PortArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Display port information for all containers
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
    /// A private port (and protocol) to look up
    #[arg(value_name = "PRIVATE_PORT[/PROTO]")]
    pub port: Option<String>,
}

/// docker `port`: the container's published ports. Containers have only a
/// private loopback network so far, so nothing is published.
pub fn port(g: &Globals, a: &PortArgs) -> Result<i32> {
    let s = open(g, false)?;
    if a.all {
        if a.container.is_some() || a.latest {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                "the --all and --latest options and a container name cannot be used together"
            ));
        }
        // podman: each container with published ports, its short ID first.
        let mut text = String::new();
        for (id, ports) in s.all_ports()? {
            text.push_str(&id[..12]);
            text.push('\n');
            text.push_str(&port_lines(&ports));
        }
        format::out(&text);
        return Ok(0);
    }
    let e = s.one(a.container.as_deref(), a.latest, "port")?;
    let ports = s.ports(&e.id)?;
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
        let found: Vec<String> = ports
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
    format::out(&port_lines(&ports));
    Ok(0)
}

/// `80/tcp -> 0.0.0.0:8080` lines.
fn port_lines(ports: &[crate::network::nft::PortMapping]) -> String {
    let mut text = String::new();
    for m in ports {
        text.push_str(&format!(
            "{}/{} -> {}:{}\n",
            m.container_port,
            m.protocol,
            if m.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                &m.host_ip
            },
            m.host_port
        ));
    }
    text
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Containers (default: all)
    #[arg(value_name = "CONTAINER")]
    pub names: Vec<String>,
    /// Show all containers. Only running containers are shown by default. The default is false
    #[arg(short, long)]
    pub all: bool,
    /// Pretty-print container statistics to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Time in seconds between stats reports
    #[arg(short, long, default_value_t = 5)]
    pub interval: u64,
    /// Disable resetting the screen between intervals
    #[arg(long)]
    pub no_reset: bool,
    /// Disable streaming stats and only pull the first result, default setting is false
    #[arg(long)]
    pub no_stream: bool,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

const STATS_COLUMNS: format::Columns<'static> = format::Columns {
    default: &[
        ("ID", "ID"),
        ("Name", "NAME"),
        ("CPUPerc", "CPU %"),
        ("MemUsage", "MEM USAGE / LIMIT"),
        ("MemPerc", "MEM %"),
        ("NetIO", "NET IO"),
        ("BlockIO", "BLOCK IO"),
        ("PIDS", "PIDS"),
        ("UpTime", "CPU TIME"),
        ("AVGCPU", "AVG CPU %"),
    ],
    extra: &[
        ("Container", "CONTAINER"),
        ("PIDs", "PIDS"),
        ("MemUsageBytes", "MEM USAGE / LIMIT"),
    ],
};

use crate::util::units::human_size_compact as stats_size;

/// One `stats` row: podman's template fields (and docker's names).
fn stats_row(
    s: &crate::engine::resources::Sample,
    f: &crate::engine::resources::Figures,
    trunc: bool,
) -> serde_json::Value {
    let id = if trunc {
        &s.id[..12.min(s.id.len())]
    } else {
        &s.id
    };
    let pair = |a: u64, b: u64| format!("{} / {}", stats_size(a), stats_size(b));
    let cpu_time =
        crate::util::time::go_duration(std::time::Duration::from_micros(f.cpu_ns / 1000));
    serde_json::json!({
        "ID": id,
        "Container": id,
        "Name": s.name,
        "CPUPerc": format!("{:.2}%", f.cpu_percent),
        "AVGCPU": format!("{:.2}%", f.avg_cpu_percent),
        "MemUsage": pair(f.mem_usage, f.mem_limit),
        "MemUsageBytes": pair(f.mem_usage, f.mem_limit),
        "MemPerc": format!("{:.2}%", f.mem_percent),
        "NetIO": pair(f.net_rx, f.net_tx),
        "BlockIO": pair(f.block_read, f.block_write),
        "PIDS": f.pids.to_string(),
        "PIDs": f.pids.to_string(),
        "UpTime": cpu_time,
    })
}

/// podman's `--format json` object of a row.
fn stats_json(r: &serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "id": r["ID"], "name": r["Name"], "cpu_time": r["UpTime"],
        "cpu_percent": r["CPUPerc"], "avg_cpu": r["AVGCPU"], "mem_usage": r["MemUsage"],
        "mem_percent": r["MemPerc"], "net_io": r["NetIO"], "block_io": r["BlockIO"],
        "pids": r["PIDS"],
    })
}

pub fn stats(g: &Globals, a: &StatsArgs) -> Result<i32> {
    let s = open(g, true)?;
    if a.interval == 0 {
        bail!("stats: invalid interval, must be a positive number");
    }
    let fmt = format::Format::parse(a.format.as_deref());
    let terminal = std::io::stdout().is_terminal();
    let mut prev: Vec<crate::engine::resources::Sample> = Vec::new();
    loop {
        // podman lists every container (stopped ones with zeros).
        let names = if a.latest {
            // list() is newest first.
            s.list(&crate::engine::container::ListRequest {
                all: true,
                ..Default::default()
            })?
            .iter()
            .max_by(|x, y| x.config.created.cmp(&y.config.created))
            .map(|l| vec![l.config.id.clone()])
            .unwrap_or_default()
        } else {
            a.names.clone()
        };
        let samples = s.stats(&names, true, false)?;
        let rows: Vec<serde_json::Value> = samples
            .iter()
            .map(|x| {
                let p = prev.iter().find(|p| p.id == x.id);
                stats_row(x, &x.figures(p), !a.no_trunc)
            })
            .collect();
        if !a.no_stream && terminal && !a.no_reset {
            format::out("\x1b[2J\x1b[H");
        }
        if fmt == format::Format::Json {
            let j: Vec<_> = rows.iter().map(stats_json).collect();
            format::out(&format::json_indented(&j, 1)?);
        } else {
            format::print_rows(&fmt, &rows, &STATS_COLUMNS, false)?;
        }
        if a.no_stream {
            return Ok(0);
        }
        prev = samples;
        std::thread::sleep(std::time::Duration::from_secs(a.interval));
    }
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Containers
    #[arg(value_name = "CONTAINER", required = true)]
    pub names: Vec<String>,
    #[command(flatten)]
    pub resources: super::container::ResourceArgs,
    /// Restart policy: no, always, on-failure[:N], unless-stopped
    #[arg(long)]
    pub restart: Option<String>,
    /// Kernel memory limit (accepted and ignored, as docker and podman do)
    #[arg(long, value_name = "SIZE")]
    pub kernel_memory: Option<String>,
}

pub fn update(g: &Globals, a: &UpdateArgs) -> Result<i32> {
    let s = open(g, true)?;
    let mut flags = a.resources.flags();
    flags.kernel_memory.clone_from(&a.kernel_memory);
    for n in &a.names {
        let id = s.update(n, &flags, a.restart.as_deref())?;
        format::outln(&id);
    }
    Ok(0)
}

#[derive(clap::Subcommand, Debug)]
pub enum HealthcheckCommand {
    /// Run the health check of a container
    Run(HealthcheckRunArgs),
}

#[derive(Args, Debug)]
pub struct HealthcheckRunArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

/// `healthcheck run`: podman's exit codes (0 healthy, 1 unhealthy with
/// "unhealthy" printed, 125 no healthcheck or not running).
pub fn healthcheck(g: &Globals, c: HealthcheckCommand) -> Result<i32> {
    match c {
        HealthcheckCommand::Run(a) => {
            let s = open(g, false)?;
            let v = s.healthcheck_run(&a.container)?;
            if v.healthy() {
                Ok(0)
            } else {
                format::outln("unhealthy");
                Ok(1)
            }
        }
    }
}
