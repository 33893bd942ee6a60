//! Container commands: run, create, start, ps, stop, kill, rm, wait, logs,
//! inspect, container prune/exists, and the `container` group.

use super::Globals;
use super::format::{self, Columns, Format};
use crate::container::select::{Selection, Target};
use crate::container::spec::{self, CreateOptions};
use crate::container::{self as ctr, ContainerConfig, ContainerState};
use crate::engine::container::{Condition, CreateRequest, ListRequest, LogsRequest, RemoveRequest};
use crate::engine::image::{PullPolicy, PullRequest};
use crate::engine::{Engine, views};
use crate::error::ExitError;
use crate::registry::progress::Progress;
use crate::runtime::monitor::{self, Attach};
use crate::util::time;
use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ContainerCommand {
    /// Create and run a new container
    #[command(disable_help_flag = true)]
    Run(RunArgs),
    /// Create a new container
    #[command(disable_help_flag = true)]
    Create(CreateArgs),
    /// Start one or more containers
    Start(StartArgs),
    /// List containers
    #[command(visible_aliases = ["list", "ps"])]
    Ls(PsArgs),
    /// Stop one or more running containers
    Stop(StopArgs),
    /// Kill one or more running containers with a signal
    Kill(KillArgs),
    /// Remove one or more containers
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(WaitArgs),
    /// Show the logs of a container
    Logs(LogsArgs),
    /// Display detailed information on containers
    Inspect(ContainerInspectArgs),
    /// Remove all stopped containers
    Prune(ContainerPruneArgs),
    /// Check if a container exists (exit status 0 if it does, 1 if not)
    Exists(ExistsArgs),
    /// Copy files between a container and the host
    Cp(super::files::CpArgs),
    /// Show the changes to a container's file system
    Diff(super::files::DiffArgs),
    /// Create an image from a container's changes
    Commit(super::files::CommitArgs),
    /// Export a container's file system as a tar archive
    Export(super::files::ExportArgs),
    /// Mount a container's root file system where the host can see it
    Mount(super::files::MountArgs),
    /// Unmount a container's root file system
    #[command(visible_alias = "unmount")]
    Umount(super::files::UmountArgs),
    /// Run a command in a running container
    #[command(disable_help_flag = true)]
    Exec(super::running::ExecArgs),
    /// Attach to a running container
    Attach(super::running::AttachArgs),
    /// Display the running processes of a container
    Top(super::running::TopArgs),
    /// Pause all processes within one or more containers
    Pause(super::running::NamesArgs),
    /// Display a live stream of container resource usage statistics
    Stats(super::running::StatsArgs),
    /// Update the cgroup configuration of containers
    Update(super::running::UpdateArgs),
    /// Unpause all processes within one or more containers
    Unpause(super::running::NamesArgs),
    /// Restart one or more containers
    Restart(super::running::RestartArgs),
    /// Rename a container
    Rename(super::running::RenameArgs),
    /// List port mappings of a container
    Port(super::running::PortArgs),
}

pub fn dispatch(g: &Globals, c: ContainerCommand) -> Result<i32> {
    match c {
        ContainerCommand::Run(a) => run(g, &a),
        ContainerCommand::Create(a) => create(g, &a),
        ContainerCommand::Start(a) => start(g, &a),
        ContainerCommand::Ls(a) => ps(g, &a),
        ContainerCommand::Stop(a) => stop(g, &a),
        ContainerCommand::Kill(a) => kill(g, &a),
        ContainerCommand::Rm(a) => rm(g, &a),
        ContainerCommand::Wait(a) => wait(g, &a),
        ContainerCommand::Logs(a) => logs(g, &a),
        ContainerCommand::Inspect(a) => super::inspect::run(
            g,
            super::inspect::Type::Container,
            &a.names,
            a.latest,
            a.format.as_deref(),
        ),
        ContainerCommand::Prune(a) => prune(g, &a),
        ContainerCommand::Exists(a) => exists(g, &a),
        ContainerCommand::Cp(a) => super::files::cp(g, &a),
        ContainerCommand::Diff(a) => super::files::diff(g, &a),
        ContainerCommand::Commit(a) => super::files::commit(g, &a),
        ContainerCommand::Export(a) => super::files::export(g, &a),
        ContainerCommand::Mount(a) => super::files::mount(g, &a),
        ContainerCommand::Umount(a) => super::files::umount(g, &a),
        ContainerCommand::Exec(a) => super::running::exec(g, &a),
        ContainerCommand::Attach(a) => super::running::attach_cmd(g, &a),
        ContainerCommand::Top(a) => super::running::top(g, &a),
        ContainerCommand::Pause(a) => super::running::pause(g, &a),
        ContainerCommand::Stats(a) => super::running::stats(g, &a),
        ContainerCommand::Update(a) => super::running::update(g, &a),
        ContainerCommand::Unpause(a) => super::running::unpause(g, &a),
        ContainerCommand::Restart(a) => super::running::restart(g, &a),
        ContainerCommand::Rename(a) => super::running::rename(g, &a),
        ContainerCommand::Port(a) => super::running::port(g, &a),
    }
}

/// The engine for a command; with `userns`, rootless users first enter
/// the store's user namespace (container files belong to subordinate IDs).
pub(crate) fn open(g: &Globals, userns: bool) -> Result<Engine> {
    if userns {
        Engine::open_in_userns(g)
    } else {
        Engine::open(g)
    }
}

#[derive(Args, Debug, Clone)]
pub struct CreateArgs {
    /// The image to run
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Command and arguments (default: the image's)
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables (NAME=value, or NAME to copy the host's)
    #[arg(short, long, value_name = "ENV")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Overwrite the image's entrypoint: a command, or a JSON array
    /// (`["sh","-c"]`)
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short, long)]
    pub user: Option<String>,
    /// Additional groups to join
    #[arg(long, value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Container host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Container NIS domain name
    #[arg(long)]
    pub domainname: Option<String>,
    /// Ulimit options (name=soft[:hard])
    #[arg(long, value_name = "ULIMIT")]
    pub ulimit: Vec<String>,
    /// Run an init inside the container that forwards signals and reaps processes
    #[arg(long)]
    pub init: bool,
    /// Keep STDIN open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short, long)]
    pub tty: bool,
    /// Signal to stop the container
    #[arg(long)]
    pub stop_signal: Option<String>,
    /// Seconds to wait before killing the container on stop
    #[arg(long)]
    pub stop_timeout: Option<u32>,
    /// Set metadata on the container (key=value)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Read labels from a file
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Write the container ID to a file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,
    /// Bind mount a host path or mount a volume: [SOURCE:]DESTINATION[:OPTIONS]
    #[arg(short = 'v', long = "volume", value_name = "[SOURCE:]DEST[:OPTS]")]
    pub volume: Vec<String>,
    /// Attach a mount: type=bind|volume|tmpfs,source=...,destination=...[,readonly,...]
    #[arg(long, value_name = "MOUNT")]
    pub mount: Vec<String>,
    /// Mount a tmpfs: PATH[:OPTIONS] (size=, mode=, ro, exec...)
    #[arg(long, value_name = "PATH[:OPTS]")]
    pub tmpfs: Vec<String>,
    /// Mount the volumes of another container: CONTAINER[:ro|rw]
    #[arg(long, value_name = "CONTAINER[:ro|rw]")]
    pub volumes_from: Vec<String>,
    /// Pull the image: missing (if not stored), always, newer (if the registry's differs), never
    #[arg(long, default_value = "missing", value_parser = ["missing", "Missing", "ifnotpresent", "IfNotPresent", "never", "Never", "always", "Always", "newer", "Newer", "ifnewer", "IfNewer"])]
    pub pull: String,
    #[command(flatten)]
    pub registry: super::registry::RegistryFlags,
    #[command(flatten)]
    pub platform: super::registry::PlatformFlags,
    /// Network: bridge (the default network; default for root), NAME[,NAME],
    /// none, host, container:NAME, private (loopback only; default for
    /// other users)
    #[arg(long, visible_alias = "net")]
    pub network: Option<String>,
    /// Another name for the container on its networks (repeatable)
    #[arg(
        long = "network-alias",
        visible_alias = "net-alias",
        value_name = "ALIAS"
    )]
    pub network_alias: Vec<String>,
    /// The container's IPv4 address on its network
    #[arg(long)]
    pub ip: Option<String>,
    /// The container's IPv6 address on its network (an --ipv6 network)
    #[arg(long)]
    pub ip6: Option<String>,
    /// The container's MAC address on its network
    #[arg(long)]
    pub mac_address: Option<String>,
    /// Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] (ranges allowed)
    #[arg(short = 'p', long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// Publish every exposed port on a random host port
    #[arg(short = 'P', long)]
    pub publish_all: bool,
    /// Expose a port (or range) without publishing it
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// DNS server for the container's resolv.conf (repeatable)
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// DNS search domain (repeatable)
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// DNS resolver option (repeatable)
    #[arg(long = "dns-option", visible_alias = "dns-opt", value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Add a host entry: HOST:IP (repeatable)
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Link to another container: NAME[:ALIAS] (docker's legacy form)
    #[arg(long, value_name = "NAME[:ALIAS]")]
    pub link: Vec<String>,
    /// Add Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Give extended privileges to the container
    #[arg(long)]
    pub privileged: bool,
    /// Security options (no-new-privileges[=false], seccomp=unconfined|FILE, label=...)
    #[arg(long, value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Mount the container's root file system read-only
    #[arg(long)]
    pub read_only: bool,
    /// Set the container's time zone: a zone such as Europe/Berlin, or
    /// local for the host's
    #[arg(long, value_name = "TIMEZONE")]
    pub tz: Option<String>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// User namespace: host, keep-id
    #[arg(long)]
    pub userns: Option<String>,
    /// Logging driver: k8s-file (default), json-file, journald, syslog,
    /// fluentd, none, passthrough
    #[arg(long)]
    pub log_driver: Option<String>,
    /// Logging driver options (KEY=VALUE, repeatable): max-size, max-file,
    /// compress, tag, syslog-*, fluentd-*
    #[arg(long = "log-opt", value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,
    /// Restart policy: no, always, on-failure[:N], unless-stopped
    #[arg(long)]
    pub restart: Option<String>,
    /// Replace a container of the same name (podman)
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub resources: ResourceArgs,
    #[command(flatten)]
    pub health: HealthArgs,
    /// Optional parent cgroup for the container
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")
    #[arg(long, value_name = "MODE")]
    pub cgroups: Option<String>,
    /// cgroup namespace to use (private, host)
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// Tune the host's OOM preferences (-1000 to 1000)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub oom_score_adj: Option<i32>,
    /// Disable OOM Killer (cgroup v1)
    #[arg(long)]
    pub oom_kill_disable: bool,
    /// Kernel memory limit (accepted and ignored, as docker and podman do)
    #[arg(long, value_name = "SIZE")]
    pub kernel_memory: Option<String>,
    /// Suppress pull output
    #[arg(short, long)]
    pub quiet: bool,
    /// Print help (`-h` is --hostname, as in docker)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Run in the background and print the container ID
    #[arg(short, long)]
    pub detach: bool,
    /// Key sequence that detaches from the container (foreground -it)
    #[arg(long, default_value = crate::runtime::detach::DEFAULT)]
    pub detach_keys: String,
    /// Proxy received signals to the container (foreground runs)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub sig_proxy: bool,
    #[command(flatten)]
    pub create: CreateArgs,
}

impl CreateArgs {
    /// The engine's request; `--creds` without a password is asked for
    /// here.
    fn request(&self) -> Result<CreateRequest> {
        Ok(CreateRequest {
            options: self.options(),
            pull: PullPolicy::parse(&self.pull)?,
            registry: PullRequest {
                client: self.registry.client_options()?,
                platform: self.platform.platform()?,
                all_tags: false,
            },
            network_alias: self.network_alias.clone(),
            ip: self.ip.clone(),
            ip6: self.ip6.clone(),
            mac_address: self.mac_address.clone(),
            publish: self.publish.clone(),
            publish_all: self.publish_all,
            expose: self.expose.clone(),
            dns: self.dns.clone(),
            dns_search: self.dns_search.clone(),
            dns_option: self.dns_option.clone(),
            add_host: self.add_host.clone(),
            link: self.link.clone(),
            volume: self.volume.clone(),
            mount: self.mount.clone(),
            tmpfs: self.tmpfs.clone(),
            volumes_from: self.volumes_from.clone(),
            replace: self.replace,
            cidfile: self.cidfile.clone(),
        })
    }

    fn options(&self) -> CreateOptions {
        CreateOptions {
            image: self.image.clone(),
            command: self.command.clone(),
            entrypoint: self.entrypoint.clone(),
            env: self.env.clone(),
            env_files: self.env_file.clone(),
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            group_add: self.group_add.clone(),
            hostname: self.hostname.clone(),
            domainname: self.domainname.clone(),
            name: self.name.clone(),
            ulimits: self.ulimit.clone(),
            init: self.init,
            interactive: self.interactive,
            tty: self.tty,
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            labels: self.label.clone(),
            label_files: self.label_file.clone(),
            network: self.network.clone(),
            net: spec::NetSettings::default(),
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            privileged: self.privileged,
            security_opt: self.security_opt.clone(),
            read_only: self.read_only,
            rm: self.rm,
            userns: self.userns.clone(),
            keep_id: None,
            log_driver: self.log_driver.clone(),
            log_opts: self.log_opt.clone(),
            restart: self.restart.clone(),
            mounts: Vec::new(),
            image_full_name: String::new(),
            create_command: std::env::args().collect(),
            runtime: String::new(),
            umask: None,
            tz: self.tz.clone(),
            annotations: Vec::new(),
            sysctls: Vec::new(),
            conf: crate::config::Containers::default(),
            resources: {
                let mut r = self.resources.flags();
                r.oom_kill_disable = self.oom_kill_disable.then_some(true);
                r.kernel_memory.clone_from(&self.kernel_memory);
                r
            },
            cgroup_parent: self.cgroup_parent.clone(),
            cgroups: self.cgroups.clone(),
            cgroupns: self.cgroupns.clone(),
            oom_score_adj: self.oom_score_adj,
            cgroup: Default::default(),
            health: self.health.flags(),
        }
    }
}

/// The healthcheck flags of create and run (podman's, and docker's
/// --health-start-interval).
#[derive(Args, Debug, Clone, Default)]
pub struct HealthArgs {
    /// set a healthcheck command for the container ('none' disables the existing healthcheck)
    #[arg(long, value_name = "string", allow_hyphen_values = true)]
    pub health_cmd: Option<String>,
    /// set an interval for the healthcheck (a value of disable results in no automatic timer setup) (default "30s")
    #[arg(long, value_name = "string", allow_hyphen_values = true)]
    pub health_interval: Option<String>,
    /// action to take once the container turns unhealthy (none, kill, restart, stop) (default "none")
    #[arg(long, value_name = "string", allow_hyphen_values = true)]
    pub health_on_failure: Option<String>,
    /// the number of retries allowed before a healthcheck is considered to be unhealthy (default 3)
    #[arg(long, value_name = "uint")]
    pub health_retries: Option<u32>,
    /// the initialization time needed for a container to bootstrap (default "0s")
    #[arg(long, value_name = "string", allow_hyphen_values = true)]
    pub health_start_period: Option<String>,
    /// the time between checks during the start period (default "5s")
    #[arg(long, value_name = "string", allow_hyphen_values = true)]
    pub health_start_interval: Option<String>,
    /// the maximum time allowed to complete the healthcheck before an interval is considered failed (default "30s")
    #[arg(long, value_name = "string", allow_hyphen_values = true)]
    pub health_timeout: Option<String>,
    /// Disable healthchecks on container
    #[arg(long)]
    pub no_healthcheck: bool,
}

impl HealthArgs {
    pub fn flags(&self) -> crate::container::health::HealthFlags {
        crate::container::health::HealthFlags {
            cmd: self.health_cmd.clone(),
            interval: self.health_interval.clone(),
            timeout: self.health_timeout.clone(),
            retries: self.health_retries,
            start_period: self.health_start_period.clone(),
            start_interval: self.health_start_interval.clone(),
            on_failure: self.health_on_failure.clone(),
            none: self.no_healthcheck,
        }
    }
}

/// The resource limit flags of create, run and update (podman's).
#[derive(Args, Debug, Clone, Default)]
pub struct ResourceArgs {
    /// Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))
    #[arg(long, value_name = "<number>[<unit>]")]
    pub memory: Option<String>,
    /// Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))
    #[arg(long, value_name = "<number>[<unit>]")]
    pub memory_reservation: Option<String>,
    /// Swap limit equal to memory plus swap: '-1' to enable unlimited swap
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Tune container memory swappiness (0 to 100, or -1 for system default)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub memory_swappiness: Option<i64>,
    /// Number of CPUs. The default is 0.000 which means no limit
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub cpus: Option<f64>,
    /// Limit the CPU CFS (Completely Fair Scheduler) period
    #[arg(long, value_name = "N")]
    pub cpu_period: Option<u64>,
    /// Limit the CPU CFS (Completely Fair Scheduler) quota
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub cpu_quota: Option<i64>,
    /// CPU shares (relative weight)
    #[arg(long, value_name = "N")]
    pub cpu_shares: Option<u64>,
    /// Limit the CPU real-time period in microseconds
    #[arg(long, value_name = "N")]
    pub cpu_rt_period: Option<u64>,
    /// Limit the CPU real-time runtime in microseconds
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub cpu_rt_runtime: Option<i64>,
    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long, value_name = "CPUS")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems.
    #[arg(long, value_name = "NODES")]
    pub cpuset_mems: Option<String>,
    /// Tune container pids limit (set -1 for unlimited)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub pids_limit: Option<i64>,
    /// Block IO weight (relative weight) accepts a weight value between 10 and 1000.
    #[arg(long, value_name = "N")]
    pub blkio_weight: Option<u16>,
    /// Block IO weight (relative device weight, format: DEVICE_NAME:WEIGHT)
    #[arg(long, value_name = "DEVICE_NAME:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_iops: Vec<String>,
    /// Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_iops: Vec<String>,
    /// Configure cgroup v2 (key=value)
    #[arg(long, value_name = "KEY=VALUE")]
    pub cgroup_conf: Vec<String>,
}

impl ResourceArgs {
    pub fn flags(&self) -> crate::container::resources::ResourceFlags {
        crate::container::resources::ResourceFlags {
            memory: self.memory.clone(),
            memory_reservation: self.memory_reservation.clone(),
            memory_swap: self.memory_swap.clone(),
            memory_swappiness: self.memory_swappiness,
            oom_kill_disable: None,
            kernel_memory: None,
            cpus: self.cpus,
            cpu_period: self.cpu_period,
            cpu_quota: self.cpu_quota,
            cpu_shares: self.cpu_shares,
            cpu_rt_period: self.cpu_rt_period,
            cpu_rt_runtime: self.cpu_rt_runtime,
            cpuset_cpus: self.cpuset_cpus.clone(),
            cpuset_mems: self.cpuset_mems.clone(),
            pids_limit: self.pids_limit,
            blkio_weight: self.blkio_weight,
            blkio_weight_device: self.blkio_weight_device.clone(),
            device_read_bps: self.device_read_bps.clone(),
            device_write_bps: self.device_write_bps.clone(),
            device_read_iops: self.device_read_iops.clone(),
            device_write_iops: self.device_write_iops.clone(),
            cgroup_conf: self.cgroup_conf.clone(),
        }
    }
}

/// Create a container through the engine, pull progress on stderr.
fn do_create(e: &Engine, a: &CreateArgs) -> Result<ContainerConfig> {
    e.create(&a.request()?, &Progress::new(a.quiet))
}

pub fn create(g: &Globals, a: &CreateArgs) -> Result<i32> {
    let s = open(g, true)?;
    let c = do_create(&s, a)?;
    format::outln(&c.id);
    Ok(0)
}

pub fn run(g: &Globals, a: &RunArgs) -> Result<i32> {
    if a.create.tty && a.create.interactive && !std::io::stdin().is_terminal() {
        crate::warn!(
            "The input device is not a TTY. The --tty and --interactive flags might not work properly"
        );
    }
    let s = open(g, true)?;
    if a.detach && a.create.rm && a.create.restart.is_some() {
        bail!("conflicting options: --rm and --restart");
    }
    if a.detach && a.create.log_driver.as_deref() == Some("passthrough") {
        bail!(
            "the 'passthrough' log driver cannot be used with --detach: the container's stdio is the caller's"
        );
    }
    let c = do_create(&s, &a.create)?;
    if a.detach {
        s.start(&c.id, Attach::Detached)?;
        format::outln(&c.id);
        return Ok(0);
    }
    foreground(&s, &c, a.create.interactive, a.sig_proxy, &a.detach_keys)
}

/// Run attached: the container's stdio is ours; signals are forwarded;
/// our exit status is the container's.
fn foreground(
    s: &Engine,
    c: &ContainerConfig,
    interactive: bool,
    sig_proxy: bool,
    detach_keys: &str,
) -> Result<i32> {
    let detach_keys = crate::runtime::detach::parse(detach_keys)?;
    let raw = if c.process.terminal && interactive && std::io::stdin().is_terminal() {
        Some(RawMode::enter()?)
    } else {
        None
    };
    // Block the proxied signals before the monitor exists: the container's
    // output reaches our stdout directly, so a caller can react to it (and
    // signal us) before `start` returns. Blocked, they wait in the queue
    // for the signalfd.
    let old_mask = sig_proxy.then(|| crate::runtime::sys::block_signals(&PROXIED_SIGNALS));
    let result = s
        .start(
            &c.id,
            Attach::Foreground {
                stdin: interactive,
                detach_keys,
            },
        )
        .and_then(|mut started| {
            if sig_proxy {
                proxy_signals(&mut started)
            } else {
                started.wait()
            }
        });
    if let Some(old) = old_mask {
        crate::runtime::sys::set_signal_mask(&old);
    }
    drop(raw);
    match result? {
        monitor::Outcome::Exited(code) => Ok(code),
        monitor::Outcome::Detached => Ok(0),
    }
}

/// What `--sig-proxy` forwards (docker forwards everything it can catch).
const PROXIED_SIGNALS: [libc::c_int; 9] = [
    libc::SIGINT,
    libc::SIGTERM,
    libc::SIGHUP,
    libc::SIGQUIT,
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGWINCH,
    libc::SIGCONT,
    libc::SIGALRM,
];

/// Forward signals to the container until it exits (`--sig-proxy`). The
/// caller has blocked them.
fn proxy_signals(started: &mut monitor::Started) -> Result<monitor::Outcome> {
    use crate::runtime::sys;
    use std::os::fd::AsFd;
    let sigfd = sys::signalfd(&PROXIED_SIGNALS).context("creating a signalfd")?;
    let pid_start = ctr::process_start_time(started.pid).unwrap_or(0);
    loop {
        let mut p = [
            nix::poll::PollFd::new(started.status_fd(), nix::poll::PollFlags::POLLIN),
            nix::poll::PollFd::new(sigfd.as_fd(), nix::poll::PollFlags::POLLIN),
        ];
        match nix::poll::poll(&mut p, nix::poll::PollTimeout::NONE) {
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => break Err(anyhow!("waiting for the container: {e}")),
        }
        if p[1].revents().is_some_and(|r| !r.is_empty()) {
            while let Some(sig) = sys::read_signalfd(sigfd.as_fd()) {
                if sig == libc::SIGWINCH {
                    let _ = sys::kill_raw(started.monitor_pid, libc::SIGWINCH);
                } else {
                    crate::engine::container::forward_signal(started.pid, pid_start, sig);
                }
            }
        }
        if p[0].revents().is_some_and(|r| !r.is_empty()) {
            break started.wait();
        }
    }
}

/// The terminal in raw mode for `-it`, restored on drop.
pub(crate) struct RawMode {
    saved: nix::sys::termios::Termios,
}

impl RawMode {
    pub(crate) fn enter() -> Result<RawMode> {
        use nix::sys::termios;
        let stdin = std::io::stdin();
        let saved = termios::tcgetattr(&stdin).context("reading terminal settings")?;
        let mut raw = saved.clone();
        termios::cfmakeraw(&mut raw);
        termios::tcsetattr(&stdin, termios::SetArg::TCSANOW, &raw)
            .context("setting the terminal to raw mode")?;
        Ok(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = nix::sys::termios::tcsetattr(
            std::io::stdin(),
            nix::sys::termios::SetArg::TCSANOW,
            &self.saved,
        );
    }
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Containers to start
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Attach stdout/stderr and forward signals
    #[arg(short, long)]
    pub attach: bool,
    /// Start all containers regardless of their state or configuration
    #[arg(long)]
    pub all: bool,
    /// Filter the containers to start (name=, id=, label=, status=...)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
    /// Attach stdin
    #[arg(short, long)]
    pub interactive: bool,
    /// Proxy received signals to the container (with --attach)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub sig_proxy: bool,
    /// Key sequence that detaches from the container
    #[arg(long, default_value = crate::runtime::detach::DEFAULT)]
    pub detach_keys: String,
}

pub fn start(g: &Globals, a: &StartArgs) -> Result<i32> {
    let s = open(g, true)?;
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        filters: a.filter.clone(),
        ..Default::default()
    };
    if sel.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "start requires at least one argument"
        ));
    }
    if a.attach || a.interactive {
        let targets = s.select(&sel, |_| true)?;
        if targets.len() != 1 {
            bail!("you cannot start and attach multiple containers at once");
        }
        let c = s.config(&targets[0].entry.id)?;
        return foreground(
            &s,
            &c,
            a.interactive && c.process.stdin,
            a.sig_proxy,
            &a.detach_keys,
        );
    }
    let targets = s.select(&sel, |st| !st.status.is_active())?;
    // podman prints nothing for a container that already runs.
    each_target(&targets, Command::Start, |t| s.start_detached(&t.entry.id))
}

/// The command an error is reported for (podman's exit codes differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Command {
    Start,
    Stop,
    Kill,
    Rm,
    Pause,
    Unpause,
    Restart,
    Wait,
    Other,
}

/// podman's exit code for a failure of `cmd`: `rm` says 1 for a missing
/// container and 2 for a running one; everything else is 125.
pub(crate) fn exit_code(cmd: Command, e: &anyhow::Error) -> i32 {
    use crate::error::Kind;
    let r = crate::error::Report::from_error(e);
    if r.code != crate::error::EXIT_FAILURE {
        return r.code;
    }
    match (cmd, crate::error::kind_of(e)) {
        (Command::Rm, Kind::NotFound) => 1,
        (Command::Rm, Kind::BadState) => 2,
        _ => crate::error::EXIT_FAILURE,
    }
}

/// The containers named (or the latest), every name looked up first;
/// `empty` is podman's message when there are none.
fn named_targets(s: &Engine, names: &[String], latest: bool, empty: &str) -> Result<Vec<Target>> {
    let sel = Selection {
        names: names.to_vec(),
        latest,
        ..Default::default()
    };
    if sel.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            empty.to_string()
        ));
    }
    s.select(&sel, |_| true)
}

/// An error of `cmd` with podman's exit code for it.
pub(crate) fn failed(cmd: Command, e: anyhow::Error) -> anyhow::Error {
    let code = exit_code(cmd, &e);
    if code == crate::error::EXIT_FAILURE {
        e
    } else {
        let r = crate::error::Report::from_error(&e);
        anyhow::Error::new(ExitError::new(code, r.message))
    }
}

/// Apply `f` to each target; print its label when `f` says it acted,
/// report every failure, and return the last failure's exit code.
#[allow(clippy::unnecessary_wraps)] // the commands' common signature
pub(crate) fn each_target(
    targets: &[Target],
    cmd: Command,
    mut f: impl FnMut(&Target) -> Result<bool>,
) -> Result<i32> {
    let mut code = 0;
    for t in targets {
        match f(t) {
            Ok(true) => format::outln(&t.label),
            Ok(false) => {}
            Err(e) => {
                let r = crate::error::Report::from_error(&e);
                crate::log::print_error(&r.message, &r.hints);
                code = exit_code(cmd, &e);
            }
        }
    }
    Ok(code)
}

/// Apply `f` to each argument; report every failure, return the last code.
#[allow(clippy::unnecessary_wraps)] // the commands' common signature
pub(crate) fn each(items: &[String], mut f: impl FnMut(&str) -> Result<()>) -> Result<i32> {
    let mut code = 0;
    for i in items {
        if let Err(e) = f(i) {
            let r = crate::error::Report::from_error(&e);
            crate::log::print_error(&r.message, &r.hints);
            code = exit_code(Command::Other, &e);
        }
    }
    Ok(code)
}

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Containers to stop
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    pub time: Option<u32>,
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Read the container ID from the file
    #[arg(long, value_name = "CIDFILE")]
    pub cidfile: Vec<PathBuf>,
    /// Filter the containers to stop
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Ignore errors when a specified container is missing
    #[arg(short, long)]
    pub ignore: bool,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

pub fn stop(g: &Globals, a: &StopArgs) -> Result<i32> {
    // Rootless: signals are sent from outside any user namespace of ours,
    // where we hold CAP_KILL over every container's namespace (a process
    // running as a subordinate ID cannot be signalled from a sibling
    // namespace).
    let s = open(g, false)?;
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        filters: a.filter.clone(),
        cidfiles: a.cidfile.clone(),
        ignore: a.ignore,
    };
    if sel.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "you must provide at least one name or id"
        ));
    }
    let targets = s.select(&sel, |st| st.status.is_active())?;
    each_target(&targets, Command::Stop, |t| {
        s.stop(&t.entry.id, a.time)?;
        Ok(true)
    })
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Containers to signal
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Signal to send (name or number)
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
    /// Signal all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Read the container ID from the file
    #[arg(long, value_name = "CIDFILE")]
    pub cidfile: Vec<PathBuf>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

pub fn kill(g: &Globals, a: &KillArgs) -> Result<i32> {
    let sig = crate::runtime::signals::parse(&a.signal)?;
    let s = open(g, false)?; // see stop
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        cidfiles: a.cidfile.clone(),
        ..Default::default()
    };
    if sel.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "you must provide at least one name or id"
        ));
    }
    let targets = s.select(&sel, |st| st.status.is_active())?;
    each_target(&targets, Command::Kill, |t| {
        s.kill(&t.entry.id, sig)?;
        Ok(true)
    })
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Containers to remove
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Force removal of a running or unusable container
    #[arg(short, long)]
    pub force: bool,
    /// Remove anonymous volumes associated with the container
    #[arg(short, long)]
    pub volumes: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors when a specified container is missing
    #[arg(short, long)]
    pub ignore: bool,
    /// Seconds to wait for stop before killing the container (with -f:
    /// without it a running container is killed at once)
    #[arg(short = 't', long = "time")]
    pub time: Option<u32>,
    /// Remove the container and all containers that depend on it
    #[arg(long)]
    pub depend: bool,
    /// Read the container ID from the file
    #[arg(long, value_name = "CIDFILE")]
    pub cidfile: Vec<PathBuf>,
    /// Filter the containers to remove
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

pub fn rm(g: &Globals, a: &RmArgs) -> Result<i32> {
    let s = open(g, false)?;
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        filters: a.filter.clone(),
        cidfiles: a.cidfile.clone(),
        // podman: --force removes what exists and ignores the rest.
        ignore: a.ignore || a.force,
    };
    if sel.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "you must provide at least one name or id"
        ));
    }
    let targets = s
        .select(&sel, |_| true)
        .map_err(|e| failed(Command::Rm, e))?;
    // A container others join may not go first (podman refuses before
    // stopping anything).
    let (ok, refused) = s.removal_order(targets, a.depend, a.force)?;
    let mut code = 0;
    for e in &refused {
        let r = crate::error::Report::from_error(e);
        crate::log::print_error(&r.message, &r.hints);
        code = crate::error::EXIT_FAILURE;
    }
    let req = RemoveRequest {
        force: a.force,
        timeout: a.time,
        volumes: a.volumes,
    };
    let mut results = s.remove(&ok, req)?.into_iter();
    let code2 = each_target(&ok, Command::Rm, |_| {
        results.next().unwrap_or(Ok(()))?;
        Ok(true)
    })?;
    Ok(if code2 != 0 { code2 } else { code })
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Containers to wait for
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Condition to wait on (repeatable; podman's states: created, running,
    /// paused, stopped, exited, stopping, removing..., docker's
    /// not-running, next-exit, removed)
    #[arg(long, value_delimiter = ',', default_value = "stopped")]
    pub condition: Vec<String>,
    /// Time interval to wait before polling for completion
    #[arg(short, long, default_value = "250ms")]
    pub interval: String,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

pub fn wait(g: &Globals, a: &WaitArgs) -> Result<i32> {
    let conditions: Vec<Condition> = a
        .condition
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| Condition::parse(c))
        .collect::<Result<_>>()?;
    let interval = parse_interval(&a.interval)?;
    let s = open(g, false)?;
    let targets = named_targets(
        &s,
        &a.containers,
        a.latest,
        "you must provide at least one container name or id",
    )?;
    let mut code = 0;
    for t in &targets {
        match s.wait(&t.entry.id, &conditions, interval) {
            Ok(c) => format::outln(&c.to_string()),
            Err(e) => {
                let r = crate::error::Report::from_error(&e);
                crate::log::print_error(&r.message, &r.hints);
                code = exit_code(Command::Wait, &e);
            }
        }
    }
    Ok(code)
}

/// `250ms`, `2s`, or a number of milliseconds.
fn parse_interval(s: &str) -> Result<std::time::Duration> {
    let bad = || {
        crate::error::classified(
            crate::error::Kind::Invalid,
            format!("invalid interval {s:?}: want a duration such as 250ms or 1s"),
        )
    };
    if let Ok(ms) = s.parse::<u64>() {
        return Ok(std::time::Duration::from_millis(ms));
    }
    let d = time::parse_go_duration(s).ok_or_else(bad)?;
    if d.is_zero() {
        return Err(bad());
    }
    Ok(d)
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// The containers
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Follow log output
    #[arg(short, long)]
    pub follow: bool,
    /// Output the container name in the log (podman's -n; docker's -n is
    /// --tail)
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Output the containers with different colors in the log
    #[arg(long)]
    pub color: bool,
    /// Number of lines to show from the end of the logs (or "all", -1)
    #[arg(long, default_value = "all", allow_hyphen_values = true)]
    pub tail: String,
    /// Show logs since a time (RFC 3339, Unix seconds, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Show logs before a time
    #[arg(long)]
    pub until: Option<String>,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

/// podman's colours for `logs --color`, by argument position.
const LOG_COLORS: [&str; 7] = ["37", "31", "33", "34", "35", "36", "32"];

pub fn logs(g: &Globals, a: &LogsArgs) -> Result<i32> {
    use crate::container::logs::{Record, Stream};
    use std::io::Write;
    let s = open(g, false)?;
    let targets = named_targets(
        &s,
        &a.containers,
        a.latest,
        "specify at least one container name or ID to log",
    )?;
    let parse_time = |t: &Option<String>, what: &str| -> Result<Option<time::Timestamp>> {
        t.as_deref()
            .map(|v| {
                time::Timestamp::parse_user_time(v)
                    .ok_or_else(|| anyhow!("invalid --{what} value {v:?}"))
            })
            .transpose()
    };
    let req = LogsRequest {
        since: parse_time(&a.since, "since")?,
        until: parse_time(&a.until, "until")?,
        tail: match a.tail.as_str() {
            "all" | "-1" => None,
            n => Some(
                n.parse()
                    .map_err(|_| anyhow!("invalid --tail value {n:?}"))?,
            ),
        },
        follow: a.follow,
    };
    let ids: Vec<String> = targets.iter().map(|t| t.entry.id.clone()).collect();
    let mut reader = s.logs(&ids, req)?;
    // Several containers: every line carries whose it is (the short ID, or
    // the name with --names), lines of all of them in time order.
    let several = ids.len() > 1;
    let prefixes: Vec<(String, &str)> = reader
        .sources()
        .iter()
        .enumerate()
        .map(|(i, src)| {
            let prefix = if !several {
                String::new()
            } else if a.names {
                format!("{} ", src.name)
            } else {
                format!("{} ", &src.id[..12])
            };
            (prefix, LOG_COLORS[i % LOG_COLORS.len()])
        })
        .collect();
    let emit = |records: &[(usize, Record)]| {
        let mut out = std::io::stdout().lock();
        let mut err = std::io::stderr().lock();
        for (i, r) in records {
            let w: &mut dyn Write = if r.stream == Stream::Stderr {
                &mut err
            } else {
                &mut out
            };
            let (prefix, color) = &prefixes[*i];
            let mut line = Vec::with_capacity(r.text.len() + 48);
            if a.color {
                line.extend_from_slice(format!("\x1b[{color}m").as_bytes());
            }
            line.extend_from_slice(prefix.as_bytes());
            if a.timestamps {
                line.extend_from_slice(format!("{} ", r.time.rfc3339_nano()).as_bytes());
            }
            let text = r.text.strip_suffix(b"\n").unwrap_or(&r.text);
            line.extend_from_slice(text);
            if a.color {
                line.extend_from_slice(b"\x1b[0m");
            }
            if r.text.ends_with(b"\n") {
                line.push(b'\n');
            }
            let _ = w.write_all(&line);
        }
        let _ = out.flush();
        let _ = err.flush();
    };
    while let Some(batch) = reader.next_batch()? {
        emit(&batch);
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all the containers, default is only running containers
    #[arg(short, long)]
    pub all: bool,
    /// Print container IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
    /// Print the n last created containers (all states)
    #[arg(short = 'n', long)]
    pub last: Option<usize>,
    /// Display the extended information
    #[arg(long)]
    pub no_trunc: bool,
    /// Display the total file sizes
    #[arg(short, long)]
    pub size: bool,
    /// Filter output (id=, name=, label=, status=, exited=, ancestor=,
    /// before=, since=, until=, volume=, network=)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Pretty-print containers to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
    /// Show containers in storage not controlled by skiff (there are
    /// none: skiff has no storage shared with other tools)
    #[arg(long)]
    pub external: bool,
    /// Sort output by: command, created, id, image, names, runningfor,
    /// size, status
    #[arg(long, default_value = "created", value_parser = ["command", "created", "id", "image", "names", "runningfor", "size", "status"])]
    pub sort: String,
    /// Display namespace information
    #[arg(long)]
    pub ns: bool,
    /// Sync container state with the runtime (skiff always reads the
    /// current state)
    #[arg(long)]
    pub sync: bool,
    /// Watch the ps output on an interval in seconds
    #[arg(short, long, value_name = "SECONDS")]
    pub watch: Option<u64>,
}

const PS_COLUMNS: Columns<'static> = Columns {
    default: &[
        ("ID", "CONTAINER ID"),
        ("Image", "IMAGE"),
        ("Command", "COMMAND"),
        ("RunningFor", "CREATED"),
        ("Status", "STATUS"),
        ("Ports", "PORTS"),
        ("Names", "NAMES"),
    ],
    extra: &[
        ("CreatedAt", "CREATED AT"),
        ("Created", "CREATED"),
        ("Size", "SIZE"),
        ("State", "STATE"),
        ("Labels", "LABELS"),
        ("Mounts", "MOUNTS"),
        ("Networks", "NETWORKS"),
        ("Pid", "PID"),
        ("ExitCode", "EXIT CODE"),
        ("Pod", "POD ID"),
        ("PodName", "PODNAME"),
        ("CGROUPNS", "CGROUPNS"),
        ("IPC", "IPC"),
        ("MNT", "MNT"),
        ("NET", "NET"),
        ("PIDNS", "PIDNS"),
        ("USERNS", "USERNS"),
        ("UTS", "UTS"),
    ],
};

pub fn ps(g: &Globals, a: &PsArgs) -> Result<i32> {
    let s = open(g, false)?;
    let Some(secs) = a.watch else {
        return ps_once(&s, a);
    };
    if a.quiet || matches!(Format::parse(a.format.as_deref()), Format::Json) {
        bail!("--watch can only be used with the default table or a table template");
    }
    loop {
        // Clear the screen and go home, as podman does.
        format::out("\x1b[2J\x1b[H");
        ps_once(&s, a)?;
        std::thread::sleep(std::time::Duration::from_secs(secs.max(1)));
    }
}

fn ps_once(s: &Engine, a: &PsArgs) -> Result<i32> {
    let listed = s.list(&ListRequest {
        all: a.all,
        latest: a.latest,
        last: a.last,
        filters: a.filter.clone(),
        sizes: a.size || a.sort == "size",
    })?;
    let items: Vec<(&ContainerConfig, &ContainerState)> =
        listed.iter().map(|l| (&l.config, &l.state)).collect();
    let sizes: Vec<(u64, u64)> = listed.iter().map(|l| l.size.unwrap_or((0, 0))).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    match a.sort.as_str() {
        "command" => order.sort_by_key(|&i| items[i].0.process.args.join(" ")),
        "id" => order.sort_by(|&x, &y| items[x].0.id.cmp(&items[y].0.id)),
        "image" => order.sort_by(|&x, &y| items[x].0.image.cmp(&items[y].0.image)),
        "names" => order.sort_by(|&x, &y| items[x].0.name.cmp(&items[y].0.name)),
        "status" => order.sort_by_key(|&i| views::status_text(items[i].1)),
        "size" => order.sort_by_key(|&i| sizes[i].0),
        // created, runningfor: the oldest first, as listed.
        _ => {}
    }
    if a.quiet {
        let text: String = order
            .iter()
            .map(|&i| {
                let id = &items[i].0.id;
                format!("{}\n", if a.no_trunc { id } else { &id[..12] })
            })
            .collect();
        format::out(&text);
        return Ok(0);
    }
    let format = Format::parse(a.format.as_deref());
    if format == Format::Json {
        let rows: Vec<serde_json::Value> = order
            .iter()
            .map(|&i| views::ps_json(items[i].0, items[i].1, a.size.then_some(sizes[i])))
            .collect();
        format::out(&format::json_indented(&rows, 2)?);
        return Ok(0);
    }
    let rows: Vec<serde_json::Value> = order
        .iter()
        .map(|&i| {
            views::ps_row(
                items[i].0,
                items[i].1,
                a.no_trunc,
                a.size.then_some(sizes[i]),
                a.ns,
            )
        })
        .collect();
    let mut cols_default: Vec<(&str, &str)> = PS_COLUMNS.default.to_vec();
    if a.ns {
        cols_default = vec![
            ("ID", "CONTAINER ID"),
            ("Names", "NAMES"),
            ("Pid", "PID"),
            ("CGROUPNS", "CGROUPNS"),
            ("IPC", "IPC"),
            ("MNT", "MNT"),
            ("NET", "NET"),
            ("PIDNS", "PIDNS"),
            ("USERNS", "USERNS"),
            ("UTS", "UTS"),
        ];
    } else if a.size {
        cols_default.push(("Size", "SIZE"));
    }
    let cols = Columns {
        default: &cols_default,
        extra: PS_COLUMNS.extra,
    };
    format::print_rows(&format, &rows, &cols, a.noheading)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ContainerInspectArgs {
    /// Containers
    #[arg(value_name = "CONTAINER")]
    pub names: Vec<String>,
    /// Format the output to a Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Display total file size
    #[arg(short, long)]
    pub size: bool,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

#[derive(Args, Debug)]
pub struct ContainerPruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Filter (until=, label=)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

pub fn prune(g: &Globals, a: &ContainerPruneArgs) -> Result<i32> {
    if !a.force
        && !super::system::confirm(
            "WARNING! This will remove all non running containers.\nAre you sure you want to continue? [y/N] ",
        )?
    {
        return Ok(0);
    }
    let s = open(g, false)?;
    // podman prints the IDs of the containers it removed.
    let text: String = s
        .prune(&a.filter)?
        .into_iter()
        .map(|id| format!("{id}\n"))
        .collect();
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Check external containers too (skiff's store is its own: there are
    /// none)
    #[arg(long)]
    pub external: bool,
}

pub fn exists(g: &Globals, a: &ExistsArgs) -> Result<i32> {
    let s = open(g, false)?;
    match s.find(&a.container) {
        Ok(_) => Ok(0),
        Err(_) => Err(ExitError::silent(1).into()),
    }
}
