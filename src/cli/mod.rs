//! The command line: clap types for every command, and the dispatch from a
//! parsed command to the engine. No business logic lives here: handlers
//! turn flags into the engine's typed requests and its results into
//! output; they take no locks, write no records and build no JSON shapes
//! (those are `engine::views`).

pub mod build;
pub mod container;
pub mod files;
pub mod format;
pub mod image;
pub mod inspect;
pub mod network;
pub mod registry;
pub mod running;
pub mod system;
pub mod volume;
pub mod yaml;

use crate::error::{EXIT_FAILURE, Report, WithHint};
use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

const AFTER_HELP: &str = "Storage: root /var/lib/skiff and /run/skiff; other users $XDG_DATA_HOME/skiff and $XDG_RUNTIME_DIR/skiff.";

#[derive(Parser, Debug)]
#[command(
    name = "skiff",
    about = "Manage containers and images without a daemon",
    long_about = "skiff is a daemonless container engine: docker's and podman's command line, one binary, rootless first.",
    disable_version_flag = true,
    after_help = AFTER_HELP,
    max_term_width = 100,
    args_override_self = true
)]
pub struct Cli {
    /// Persistent storage directory (images, containers, volumes)
    #[arg(long, global = true, value_name = "DIR", env = "SKIFF_ROOT")]
    pub root: Option<PathBuf>,
    /// Runtime state directory (on tmpfs)
    #[arg(long, global = true, value_name = "DIR", env = "SKIFF_RUNROOT")]
    pub runroot: Option<PathBuf>,
    /// Directory of network definitions (default /etc/skiff/networks, or
    /// ~/.config/skiff/networks for other users)
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "SKIFF_NETWORK_CONFIG_DIR"
    )]
    pub network_config_dir: Option<PathBuf>,
    /// Log messages above specified level (trace, debug, info, warn,
    /// warning, error, fatal, panic)
    #[arg(long, global = true, value_name = "LEVEL", default_value = "warn")]
    pub log_level: String,
    /// Select which storage driver is used to manage storage of images and
    /// containers: overlay (default) or vfs
    #[arg(long, global = true, value_name = "DRIVER", env = "STORAGE_DRIVER")]
    pub storage_driver: Option<String>,
    /// Used to pass an option to the storage driver
    /// (overlay.mountopt=OPTS, overlay.ignore_chown_errors=BOOL,
    /// vfs.ignore_chown_errors=BOOL)
    #[arg(long, global = true, value_name = "OPTION")]
    pub storage_opt: Vec<String>,
    /// Path to the volume directory in which volume data is stored
    #[arg(long, global = true, value_name = "DIR")]
    pub volumepath: Option<PathBuf>,
    /// Path to the 'run directory' where all state information is stored,
    /// as --runroot when that is not given
    #[arg(long, global = true, value_name = "DIR")]
    pub tmpdir: Option<PathBuf>,
    /// Do not output to stdout
    #[arg(long, global = true)]
    pub noout: bool,
    /// The OCI runtime: skiff's own, which answers to crun, runc and skiff
    /// (or a path ending in one of them)
    #[arg(long, global = true, value_name = "RUNTIME")]
    pub runtime: Option<String>,
    /// Add global flags for the container runtime (the built-in runtime
    /// takes none: each is reported as ignored)
    #[arg(long, global = true, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,
    /// Events backend to use ("file"|"journald"|"none")
    #[arg(long, global = true, value_name = "BACKEND")]
    pub events_backend: Option<String>,
    /// Cgroup manager to use ("cgroupfs"|"systemd"; skiff writes cgroup
    /// files itself either way)
    #[arg(long, global = true, value_name = "MANAGER")]
    pub cgroup_manager: Option<String>,
    /// Path to the command for configuring the network (the slirp4netns
    /// binary)
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<PathBuf>,
    /// Path to a file of default mounts (SOURCE:DESTINATION lines) for
    /// every container
    #[arg(long, global = true, value_name = "FILE")]
    pub default_mounts_file: Option<PathBuf>,
    /// Access a remote service (not supported: skiff is local and
    /// daemonless)
    #[arg(short = 'r', long)]
    pub remote: bool,
    /// URL of a remote service (not supported, see --remote)
    #[arg(long, value_name = "URL", env = "CONTAINER_HOST")]
    pub url: Option<String>,
    /// Connection to a remote service (not supported, see --remote)
    #[arg(short = 'c', long, value_name = "NAME", env = "CONTAINER_CONNECTION")]
    pub connection: Option<String>,
    /// SSH identity for a remote service (not supported, see --remote)
    #[arg(long, value_name = "FILE", env = "CONTAINER_SSHKEY")]
    pub identity: Option<String>,
    /// Print the version and exit
    #[arg(short = 'v', long = "version")]
    pub version: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum Command {
    /// Create and run a new container
    #[command(disable_help_flag = true)]
    Run(container::RunArgs),
    /// Create a new container
    #[command(disable_help_flag = true)]
    Create(container::CreateArgs),
    /// Start one or more containers
    Start(container::StartArgs),
    /// List containers
    Ps(container::PsArgs),
    /// Stop one or more running containers
    Stop(container::StopArgs),
    /// Kill one or more running containers with a signal
    Kill(container::KillArgs),
    /// Remove one or more containers
    Rm(container::RmArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(container::WaitArgs),
    /// Show the logs of a container
    Logs(container::LogsArgs),
    /// Run a command in a running container
    #[command(disable_help_flag = true)]
    Exec(running::ExecArgs),
    /// Attach to a running container
    Attach(running::AttachArgs),
    /// Display the running processes of a container
    Top(running::TopArgs),
    /// Pause all processes within one or more containers
    Pause(running::NamesArgs),
    /// Unpause all processes within one or more containers
    Unpause(running::NamesArgs),
    /// Display a live stream of container resource usage statistics
    Stats(running::StatsArgs),
    /// Update the cgroup configuration of containers
    Update(running::UpdateArgs),
    /// Restart one or more containers
    Restart(running::RestartArgs),
    /// Rename a container
    Rename(running::RenameArgs),
    /// List port mappings of a container
    Port(running::PortArgs),
    /// Copy files between a container and the host
    Cp(files::CpArgs),
    /// Show the changes to a container's file system
    Diff(files::DiffArgs),
    /// Create an image from a container's changes
    Commit(files::CommitArgs),
    /// Build an image from a Containerfile or Dockerfile
    Build(Box<build::BuildArgs>),
    /// Manage builds (docker's `builder build`)
    Builder {
        #[command(subcommand)]
        command: BuilderCommand,
    },
    /// Docker Buildx: `buildx build`
    Buildx {
        #[command(subcommand)]
        command: BuilderCommand,
    },
    /// Export a container's file system as a tar archive
    Export(files::ExportArgs),
    /// Mount a container's root file system where the host can see it
    Mount(files::MountArgs),
    /// Unmount a container's root file system
    #[command(visible_alias = "unmount")]
    Umount(files::UmountArgs),
    /// Manage containers
    Container {
        #[command(subcommand)]
        command: container::ContainerCommand,
    },
    /// List images
    #[command(visible_alias = "image-ls")]
    Images(image::ImagesArgs),
    /// Manage images
    Image {
        #[command(subcommand)]
        command: image::ImageCommand,
    },
    /// Remove one or more images
    Rmi(image::RmiArgs),
    /// Add names to an image
    Tag(image::TagArgs),
    /// Remove names from an image
    Untag(image::UntagArgs),
    /// Load images from an archive (docker-archive or OCI)
    Load(image::LoadArgs),
    /// Save images to an archive
    Save(image::SaveArgs),
    /// Create an image from a root file system tarball
    Import(image::ImportArgs),
    /// Show the history of an image
    History(image::HistoryArgs),
    /// Pull images from a registry
    Pull(registry::PullArgs),
    /// Push an image to a registry
    Push(registry::PushArgs),
    /// Search registries for images
    Search(registry::SearchArgs),
    /// Log in to a registry
    Login(registry::LoginArgs),
    /// Log out of a registry
    Logout(registry::LogoutArgs),
    /// Display detailed information on images
    Inspect(inspect::InspectArgs),
    /// Manage networks
    Network {
        #[command(subcommand)]
        command: network::NetworkCommand,
    },
    /// Manage volumes
    Volume {
        #[command(subcommand)]
        command: volume::VolumeCommand,
    },
    /// Show the skiff version
    Version(system::VersionArgs),
    /// Display system-wide information
    Info(system::InfoArgs),
    /// Show skiff events
    Events(system::EventsArgs),
    /// Manage health checks on containers
    Healthcheck {
        #[command(subcommand)]
        command: running::HealthcheckCommand,
    },
    /// Manage skiff itself
    System {
        #[command(subcommand)]
        command: system::SystemCommand,
    },
    /// Generate shell completion scripts
    Completion(system::CompletionArgs),
    /// Run a command in the rootless user namespace
    Unshare(system::UnshareArgs),
}

/// `builder` and `buildx` subcommands.
#[derive(Subcommand, Debug)]
pub enum BuilderCommand {
    /// Build an image from a Containerfile or Dockerfile
    Build(Box<build::BuildArgs>),
    /// Remove the build cache
    Prune(build::BuilderPruneArgs),
}

/// Everything a handler needs from the global flags and containers.conf:
/// the engine's options.
pub type Globals = crate::engine::EngineOptions;

/// The runtimes skiff's built-in one answers to.
const RUNTIME_NAMES: &[&str] = &["crun", "runc", "skiff", "oci"];

/// Turn the global flags into [`Globals`], checking each as podman does.
fn globals(cli: &Cli) -> Result<Globals> {
    use crate::error::{Kind, classified};
    if cli.remote || cli.url.is_some() || cli.connection.is_some() || cli.identity.is_some() {
        return Err(classified(
            Kind::NotImplemented,
            "remote connections are not supported: skiff is daemonless and runs containers on this machine",
        ))
        .hint("drop --remote/--url/--connection (and unset CONTAINER_HOST/CONTAINER_CONNECTION); for a socket that docker clients can use, see the REST API service");
    }
    let rootless = !nix::unistd::geteuid().is_root() || crate::storage::unshare_ids().is_some();
    let mut conf = crate::config::Config::load(rootless)?;
    // [engine] env: skiff's own environment (proxies for pulls...). Set
    // before any thread exists.
    for e in &conf.engine.env {
        if let Some((k, v)) = e.split_once('=') {
            crate::runtime::sys::set_env_single_threaded(k, v);
        }
    }
    let runtime = cli
        .runtime
        .clone()
        .or_else(|| conf.engine.runtime.clone())
        .unwrap_or_else(|| crate::container::spec::DEFAULT_RUNTIME.to_string());
    let base = std::path::Path::new(&runtime)
        .file_name()
        .map_or(runtime.as_str(), |n| n.to_str().unwrap_or(""))
        .to_string();
    if !RUNTIME_NAMES.contains(&base.as_str()) {
        return Err(classified(
            Kind::Invalid,
            format!("default OCI runtime {runtime:?} not found: invalid argument"),
        ))
        .hint("skiff runs containers itself; it answers to --runtime crun, runc or skiff");
    }
    for f in &cli.runtime_flag {
        crate::warn!("--runtime-flag {f:?} is ignored: skiff's built-in runtime takes no flags");
    }
    let events = cli
        .events_backend
        .clone()
        .or_else(|| conf.engine.events_logger.clone());
    if let Some(e) = &events
        && !matches!(e.as_str(), "file" | "journald" | "none")
    {
        return Err(classified(
            Kind::Invalid,
            format!("configuring runtime: {e:?} is not a valid events backend: invalid argument"),
        ));
    }
    conf.engine.events_logger = events;
    let manager = cli
        .cgroup_manager
        .clone()
        .or_else(|| conf.engine.cgroup_manager.clone());
    if let Some(m) = &manager
        && !matches!(m.as_str(), "cgroupfs" | "systemd")
    {
        return Err(classified(
            Kind::Invalid,
            "configuring runtime: cgroup manager must be one of cgroupfs and systemd: invalid argument",
        ));
    }
    let driver = match &cli.storage_driver {
        Some(d) => crate::storage::Driver::parse(d)?,
        None => crate::storage::Driver::Overlay,
    };
    let mut mount_opts = Vec::new();
    for o in &cli.storage_opt {
        let (k, v) = o.split_once('=').unwrap_or((o.as_str(), ""));
        match k {
            "overlay.mountopt" | "overlay2.mountopt" => {
                mount_opts.extend(v.split(',').filter(|x| !x.is_empty()).map(String::from));
            }
            // skiff maps owners it cannot keep (a single-ID user namespace)
            // to the user already; the option asks for exactly that.
            "overlay.ignore_chown_errors" | "vfs.ignore_chown_errors" => {
                if !matches!(v, "true" | "false" | "1" | "0") {
                    return Err(classified(
                        Kind::Invalid,
                        format!("invalid --storage-opt {o:?}: want true or false"),
                    ));
                }
            }
            _ => {
                return Err(classified(
                    Kind::Invalid,
                    format!("unsupported --storage-opt {o:?}"),
                ))
                .hint("skiff understands overlay.mountopt, overlay.ignore_chown_errors and vfs.ignore_chown_errors");
            }
        }
    }
    let mut default_mounts = Vec::new();
    if let Some(f) = &cli.default_mounts_file {
        let text = std::fs::read_to_string(f).map_err(|e| {
            classified(
                Kind::Invalid,
                format!("reading {}: {}", f.display(), crate::error::io_reason(&e)),
            )
        })?;
        for l in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (src, dst) = l.split_once(':').unwrap_or((l, l));
            default_mounts.push((PathBuf::from(src), dst.to_string()));
        }
    }
    if let Some(p) = &cli.network_cmd_path {
        if !p.is_file() {
            return Err(classified(
                Kind::Invalid,
                format!("--network-cmd-path {}: no such file", p.display()),
            ));
        }
        crate::runtime::sys::set_env_single_threaded(
            crate::network::pasta::NETWORK_CMD_ENV,
            &p.to_string_lossy(),
        );
    }
    let runroot = cli.runroot.clone().or_else(|| cli.tmpdir.clone());
    Ok(Globals {
        root: cli.root.clone(),
        runroot,
        network_config_dir: cli.network_config_dir.clone(),
        volumepath: cli.volumepath.clone(),
        driver,
        mount_opts,
        runtime: base,
        conf,
        default_mounts,
    })
}

/// The clap command tree (for completions and man pages).
pub fn command() -> clap::Command {
    Cli::command()
}

/// Parse argv, run the command, and return the process exit code.
pub fn main() -> i32 {
    let mut cli = match parse(std::env::args_os().collect()) {
        Ok(c) => c,
        Err(e) => return clap_error(&e),
    };
    // podman checks the log level first: its own message, no `Error:`, 1.
    let Some(level) = crate::log::Level::parse(&cli.log_level) else {
        crate::log::print_plain(&format!(
            "Log Level {:?} is not supported, choose from: trace, debug, info, warn, warning, error, fatal, panic",
            cli.log_level
        ));
        return 1;
    };
    crate::log::set_level(level);
    if cli.noout {
        format::set_noout();
    }
    if cli.version {
        format::outln(&format!("skiff version {}", env!("CARGO_PKG_VERSION")));
        return 0;
    }
    let Some(command) = cli.command.take() else {
        let _ = command().print_help();
        crate::log::print_error("missing command 'skiff COMMAND'", &[]);
        return EXIT_FAILURE;
    };
    let result = globals(&cli).and_then(|g| dispatch(command, &g));
    match result {
        Ok(code) => code,
        Err(e) => {
            let r = Report::from_error(&e);
            if !r.message.is_empty() {
                crate::log::print_error(&r.message, &r.hints);
            }
            r.code
        }
    }
}

fn dispatch(command: Command, g: &Globals) -> Result<i32> {
    match command {
        Command::Run(a) => container::run(g, &a),
        Command::Create(a) => container::create(g, &a),
        Command::Start(a) => container::start(g, &a),
        Command::Ps(a) => container::ps(g, &a),
        Command::Stop(a) => container::stop(g, &a),
        Command::Kill(a) => container::kill(g, &a),
        Command::Rm(a) => container::rm(g, &a),
        Command::Wait(a) => container::wait(g, &a),
        Command::Logs(a) => container::logs(g, &a),
        Command::Exec(a) => running::exec(g, &a),
        Command::Attach(a) => running::attach_cmd(g, &a),
        Command::Top(a) => running::top(g, &a),
        Command::Pause(a) => running::pause(g, &a),
        Command::Unpause(a) => running::unpause(g, &a),
        Command::Stats(a) => running::stats(g, &a),
        Command::Update(a) => running::update(g, &a),
        Command::Restart(a) => running::restart(g, &a),
        Command::Rename(a) => running::rename(g, &a),
        Command::Port(a) => running::port(g, &a),
        Command::Cp(a) => files::cp(g, &a),
        Command::Diff(a) => files::diff(g, &a),
        Command::Commit(a) => files::commit(g, &a),
        Command::Build(a) => build::build(g, &a),
        Command::Builder { command } | Command::Buildx { command } => match command {
            BuilderCommand::Build(a) => build::build(g, &a),
            BuilderCommand::Prune(a) => build::prune(g, &a),
        },
        Command::Export(a) => files::export(g, &a),
        Command::Mount(a) => files::mount(g, &a),
        Command::Umount(a) => files::umount(g, &a),
        Command::Container { command } => container::dispatch(g, command),
        Command::Images(a) => image::images(g, &a),
        Command::Image { command } => image::dispatch(g, command),
        Command::Rmi(a) => image::rmi(g, &a),
        Command::Tag(a) => image::tag(g, &a),
        Command::Untag(a) => image::untag(g, &a),
        Command::Load(a) => image::load(g, &a),
        Command::Save(a) => image::save(g, &a),
        Command::Import(a) => image::import(g, &a),
        Command::History(a) => image::history(g, &a),
        Command::Pull(a) => registry::pull(g, &a),
        Command::Push(a) => registry::push(g, &a),
        Command::Search(a) => registry::search(g, &a),
        Command::Login(a) => registry::login(g, &a),
        Command::Logout(a) => registry::logout(g, &a),
        Command::Inspect(a) => inspect::inspect(g, &a),
        Command::Volume { command } => volume::dispatch(g, command),
        Command::Network { command } => network::dispatch(g, command),
        Command::Version(a) => system::version(&a),
        Command::Info(a) => system::info(g, &a),
        Command::Events(a) => system::events(g, &a),
        Command::System { command } => system::dispatch(g, command),
        Command::Healthcheck { command } => running::healthcheck(g, command),
        Command::Completion(a) => system::completion(&a),
        Command::Unshare(a) => system::unshare(g, &a),
    }
}

/// Parse argv. podman's flags (pflag) take booleans as `--rm=false` and
/// `-d=true`; clap's switches take no value, so a parse that fails on such
/// a token is retried with it rewritten (`--rm`, or left out for false).
/// Only tokens clap itself reports are touched: a container's own
/// arguments after the image never are.
fn parse(mut args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    for _ in 0..64 {
        let e = match Cli::try_parse_from(&args) {
            Ok(c) => return Ok(c),
            Err(e) => e,
        };
        if !rewrite_bool_flag(&e, &mut args) {
            return Err(e);
        }
    }
    Cli::try_parse_from(&args)
}

/// pflag's spellings of a boolean value.
fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// Rewrite the `--flag=BOOL` or `-x=BOOL` token that `e` is about; false if
/// there is none.
fn rewrite_bool_flag(e: &clap::Error, args: &mut Vec<std::ffi::OsString>) -> bool {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let long = match e.kind() {
        // `--rm=false`: clap names the flag (`--rm`) and the value.
        ErrorKind::TooManyValues | ErrorKind::UnknownArgument => ctx(ContextKind::InvalidArg),
        _ => None,
    };
    let Some(arg) = long else { return false };
    for i in 1..args.len() {
        let Some(tok) = args[i].to_str() else {
            continue;
        };
        if tok == "--" {
            break;
        }
        // A long flag: `--rm=false` (clap reports `--rm`, or for a flag
        // with an alias, the name typed).
        if let Some(flag) = arg.strip_prefix("--")
            && let Some(v) = tok
                .strip_prefix("--")
                .and_then(|t| t.strip_prefix(flag))
                .and_then(|t| t.strip_prefix('='))
            && let Some(b) = parse_bool(v)
        {
            if b {
                args[i] = format!("--{flag}").into();
            } else {
                args.remove(i);
            }
            return true;
        }
        // A short cluster with a value: `-d=false`, `-it=true` (clap
        // reports `-=`): the value belongs to the last letter.
        if arg == "-="
            && let Some((cluster, v)) = tok.strip_prefix('-').and_then(|t| t.split_once('='))
            && !cluster.is_empty()
            && !cluster.starts_with('-')
            && cluster.chars().all(|c| c.is_ascii_alphanumeric())
            && let Some(b) = parse_bool(v)
        {
            let keep = if b {
                cluster.to_string()
            } else {
                cluster[..cluster.len() - 1].to_string()
            };
            if keep.is_empty() {
                args.remove(i);
            } else {
                args[i] = format!("-{keep}").into();
            }
            return true;
        }
    }
    false
}

/// Usage errors: help and version go to stdout with status 0; everything
/// else is one `Error:` line and status 125, as docker and podman do.
fn clap_error(e: &clap::Error) -> i32 {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let rendered = e.render().to_string();
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(u)) => u.to_string(),
        _ => String::new(),
    };
    // `Usage: skiff run [OPTIONS] <IMAGE>...` → `skiff run`.
    let command = rendered
        .lines()
        .chain(usage.lines())
        .find_map(|l| l.trim().strip_prefix("Usage: "))
        .map(|u| {
            u.split_whitespace()
                .take_while(|w| !w.starts_with(['-', '<', '[']))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|c| c.contains(' '))
        .unwrap_or_else(command_path_from_argv);
    let ctx = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let see = format!("See '{command} --help'");
    let (msg, second): (String, Option<String>) = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            format::out(&rendered);
            return 0;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            format::out(&rendered);
            crate::log::print_error(&format!("missing command '{command} COMMAND'"), &[]);
            return EXIT_FAILURE;
        }
        ErrorKind::InvalidSubcommand => (
            format!(
                "unrecognized command `{command} {}`",
                ctx(ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            Some(format!("Try '{command} --help' for more information")),
        ),
        ErrorKind::UnknownArgument => {
            let arg = ctx(ContextKind::InvalidArg).unwrap_or_default();
            if arg.starts_with('-') {
                (format!("unknown flag: {arg}"), Some(see))
            } else {
                (format!("`{command}` takes no arguments"), Some(see))
            }
        }
        ErrorKind::InvalidValue => {
            let arg = ctx(ContextKind::InvalidArg).unwrap_or_default();
            let flag = arg
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            let value = ctx(ContextKind::InvalidValue).unwrap_or_default();
            let valid = match e.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(v)) => Some(v.join(", ")),
                _ => None,
            };
            let why = match valid {
                Some(v) => format!("{value:?} is not a valid value.  Choose from: {v:?}"),
                None => clap_reason(&rendered),
            };
            (
                format!("invalid argument {value:?} for {flag:?} flag: {why}"),
                Some(see),
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let given = 0;
            (
                format!("requires at least 1 arg(s), only received {given}"),
                Some(see),
            )
        }
        _ => (clap_reason(&rendered), Some(see)),
    };
    let mut hints = Vec::new();
    if let Some(s) = ctx(ContextKind::SuggestedArg) {
        hints.push(format!("did you mean {s}?"));
    }
    crate::log::print_error(&msg, &hints);
    if let Some(l) = second {
        crate::log::print_plain(&l);
    }
    EXIT_FAILURE
}

/// `skiff ps` for `skiff --root x ps --bogus`: the subcommands named in
/// argv (for errors whose text carries no usage line).
fn command_path_from_argv() -> String {
    let mut cmd = command();
    cmd.build();
    let mut path = vec!["skiff".to_string()];
    let mut cur = &cmd;
    for a in std::env::args().skip(1) {
        if a.starts_with('-') {
            continue;
        }
        // Values of global options (`--root DIR`) are passed over.
        if let Some(sub) = cur
            .get_subcommands()
            .find(|c| c.get_name() == a || c.get_all_aliases().any(|x| x == a))
        {
            path.push(sub.get_name().to_string());
            cur = sub;
        }
    }
    path.join(" ")
}

/// clap's own first line, without its `error: ` prefix.
fn clap_reason(rendered: &str) -> String {
    let first = rendered
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid arguments")
        .trim();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}
