//! Container commands: run, create, start, ps, stop, kill, rm, wait, logs,
//! inspect, container prune/exists, and the `container` group.

use super::Globals;
use super::format::{self, Columns, Format};
use crate::container::select::{self, Selection, Target};
use crate::container::spec::{self, CreateOptions};
use crate::container::{self as ctr, ContainerConfig, ContainerState, ContainerStore, Status, ops};
use crate::error::ExitError;
use crate::image::store::ImageStore;
use crate::runtime::monitor::{self, Attach};
use crate::util::{time, units};
use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Subcommand};
use serde_json::json;
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
        ContainerCommand::Unpause(a) => super::running::unpause(g, &a),
        ContainerCommand::Restart(a) => super::running::restart(g, &a),
        ContainerCommand::Rename(a) => super::running::rename(g, &a),
        ContainerCommand::Port(a) => super::running::port(g, &a),
    }
}

/// Stores for container commands; rootless users first enter their user
/// namespace (container files belong to subordinate IDs).
pub(crate) struct Stores {
    pub(crate) images: ImageStore,
    pub(crate) containers: ContainerStore,
    pub(crate) networks: crate::network::NetworkStore,
    /// containers.conf, merged.
    pub(crate) conf: crate::config::Config,
    /// The runtime name new containers are created for.
    pub(crate) runtime: String,
    /// `--default-mounts-file` entries.
    pub(crate) default_mounts: Vec<(PathBuf, String)>,
}

pub(crate) fn open(g: &Globals, userns: bool) -> Result<Stores> {
    let paths = g.paths()?;
    if userns {
        crate::runtime::userns::enter_if_rootless(&paths)?;
    }
    Ok(Stores {
        images: ImageStore::open(&paths)?,
        containers: ContainerStore::open(&paths)?,
        networks: g.networks()?,
        conf: g.conf.clone(),
        runtime: g.runtime.clone(),
        default_mounts: g.default_mounts.clone(),
    })
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
    /// Logging driver: k8s-file (default), json-file, none
    #[arg(long)]
    pub log_driver: Option<String>,
    /// Restart policy: no, always, on-failure[:N], unless-stopped
    #[arg(long)]
    pub restart: Option<String>,
    /// Replace a container of the same name (podman)
    #[arg(long)]
    pub replace: bool,
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
        }
    }
}

/// Create a container record; returns its config.
fn do_create(s: &Stores, a: &CreateArgs) -> Result<ContainerConfig> {
    let mut o = a.options();
    if o.userns.as_deref() == Some("keep-id") && s.containers.paths.rootless {
        o.keep_id = Some(keep_id(&s.containers.paths)?);
    }
    if let Some(n) = &o.name {
        ctr::names::validate(n)?;
    }
    let img = super::registry::image_for_run(
        &s.images,
        &o.image,
        &a.pull,
        &a.registry,
        &a.platform,
        a.quiet,
    )?;
    let image_config = s.images.config(&img)?;
    o.image_full_name = crate::image::store::full_name(&img, &o.image);
    o.conf = s.conf.containers.clone();
    o.runtime.clone_from(&s.runtime);
    if o.userns.is_none() && o.conf.userns.as_deref().is_some_and(|u| u != "host") {
        o.userns.clone_from(&o.conf.userns);
    }
    if o.userns.as_deref() == Some("keep-id") && o.keep_id.is_none() && s.containers.paths.rootless
    {
        o.keep_id = Some(keep_id(&s.containers.paths)?);
    }
    o.mounts = requested_mounts(s, a)?;
    let (mode, net) = network_settings(s, a, &image_config)?;
    o.network = Some(mode);
    o.net = net;
    if let (Some(name), true) = (&o.name, a.replace)
        && let Ok(old) = s.containers.find(name)
    {
        ops::remove(
            &s.containers,
            &old.id,
            ops::RemoveOptions {
                force: true,
                timeout: None,
            },
        )?;
    }
    let id = ctr::new_id();
    let name = if let Some(n) = &o.name {
        n.clone()
    } else {
        let index = s.containers.list()?;
        ctr::names::generate(|n| index.iter().any(|e| e.name == n))
    };
    let config = spec::build(&s.images, &img, &image_config, &o, id, name)?;
    let paths = &s.containers.paths;
    if paths.rootless && config.keep_id.is_none() {
        let m = crate::runtime::userns::Mapping::for_current_user(paths.uid, paths.gid);
        let u = &config.process.user;
        if !m.is_full() && (u.uid != 0 || u.gid != 0 || !u.additional_gids.is_empty()) {
            return Err(anyhow!(
                "user {}:{} cannot exist in the container: your user has no subordinate ID ranges, so only root is mapped",
                u.uid,
                u.gid
            ))
            .map_err(|e| crate::error::HintedError::wrap(e, "add ranges for your user to /etc/subuid and /etc/subgid (e.g. with usermod --add-subuids 100000-165535 --add-subgids 100000-165535)".into()));
        }
    }
    let state = ContainerState {
        status: Status::Created,
        ..Default::default()
    };
    // Hold the image store's lock (shared) while the container starts to
    // pin the image, so a concurrent rmi cannot collect its layers.
    let _pin = s.images.lock(crate::storage::lock::Mode::Shared)?;
    for l in &config.layers {
        if !s.images.has_layer(l) {
            bail!(
                "{}: image was removed while the container was being created",
                o.image
            );
        }
    }
    let mut config = config;
    // vfs: the container's own copy of the image, made before the volumes
    // (which are filled from it) and moved in with the record.
    let vfs_copy = match s.containers.paths.driver {
        crate::storage::Driver::Vfs => {
            let t = crate::storage::tmp::TempDir::new(&s.containers.paths.tmp_dir(), "vfs")?;
            let root = t.path().join(ctr::vfs::ROOTFS);
            crate::storage::ensure_dir(&root, 0o755)?;
            ctr::vfs::populate(
                &s.images,
                &config.layers,
                &root,
                s.containers.paths.rootless,
            )
            .context("copying the image for the container (vfs)")?;
            Some((t, root))
        }
        crate::storage::Driver::Overlay => None,
    };
    let rootfs = vfs_copy.as_ref().map(|(_, r)| r.as_path());
    if config.mounts.is_empty() {
        s.containers.add(&config, &state, rootfs)?;
    } else {
        // Volumes are made (and filled from the image) and the record
        // written under the volumes lock: a concurrent `volume rm` sees
        // either no container or one that uses them.
        let vs = crate::volume::VolumeStore::open(&s.containers.paths)?;
        let vlock = vs.lock()?;
        let ctx = ctr::mounts::PrepareContext {
            layers_root: &s.images.paths.root.join("layers"),
            image_layers: match rootfs {
                // One absolute directory: the copy itself.
                Some(r) => vec![r.to_path_buf()],
                None => config
                    .layers
                    .iter()
                    .rev()
                    .map(|c| std::path::PathBuf::from(c.hex()).join("diff"))
                    .collect(),
            },
            user: (config.process.user.uid, config.process.user.gid),
            rootless: s.containers.paths.rootless,
            scratch: s
                .containers
                .paths
                .runroot
                .join(format!("view-{}", &config.id[..12])),
        };
        let created = ctr::mounts::prepare(&mut config.mounts, &vs, &vlock, &ctx)?;
        if let Err(e) = s.containers.add(&config, &state, rootfs) {
            for v in created {
                let _ = vs.remove(&vlock, &v);
            }
            return Err(e);
        }
    }
    if let Some(f) = &a.cidfile {
        write_cidfile(f, &config.id)?;
    }
    Ok(config)
}

/// `-v`, `--mount`, `--tmpfs` and `--volumes-from`, parsed.
/// The network mode and settings a create asks for, checked against the
/// network definitions and other containers.
fn network_settings(
    s: &Stores,
    a: &CreateArgs,
    image_config: &crate::image::spec::ImageConfig,
) -> Result<(String, spec::NetSettings)> {
    use crate::network::ports;
    let rootless = s.containers.paths.rootless;
    // containers.conf's netns: the mode when none is asked for ("private",
    // podman's default, is a bridge for root and user-mode networking for
    // everyone else).
    let configured = s
        .conf
        .containers
        .netns
        .as_deref()
        .filter(|n| *n != "private");
    let raw = match (&a.network, configured) {
        (Some(n), _) => n.clone(),
        (None, Some(n)) => n.to_string(),
        (None, None) if rootless => crate::network::pasta::default_mode()?.to_string(),
        (None, None) => "bridge".to_string(),
    };
    let mut net = spec::NetSettings {
        dns: a.dns.clone(),
        dns_search: a.dns_search.clone(),
        dns_options: a.dns_option.clone(),
        add_hosts: a.add_host.clone(),
        ..Default::default()
    };
    for h in &a.add_host {
        let ok = h
            .split_once(':')
            .is_some_and(|(n, ip)| !n.is_empty() && ip.parse::<std::net::IpAddr>().is_ok());
        if !ok {
            bail!("invalid --add-host {h:?}: want HOST:IP");
        }
    }
    for d in &a.dns {
        if d.parse::<std::net::IpAddr>().is_err() {
            bail!("invalid --dns {d:?}: not an IP address");
        }
    }
    let mode = match raw.as_str() {
        "none" | "host" | "private" => raw.clone(),
        "pasta" if !rootless => bail!("--network pasta is for rootless containers"),
        "pasta" => {
            if crate::network::pasta::find_in_path("pasta").is_none() {
                return Err(crate::error::HintedError::wrap(
                    anyhow!("pasta is not installed"),
                    "install it: apt-get install passt".into(),
                ));
            }
            raw.clone()
        }
        r if r == "slirp4netns" || r.starts_with("slirp4netns:") => {
            if crate::network::pasta::find_in_path("slirp4netns").is_none() {
                return Err(crate::error::HintedError::wrap(
                    anyhow!("slirp4netns is not installed"),
                    "install it: apt-get install slirp4netns".into(),
                ));
            }
            if let Some(opts) = r.strip_prefix("slirp4netns:") {
                net.slirp_options = crate::network::slirp::parse_options(opts)?;
            }
            "slirp4netns".to_string()
        }
        r if r.starts_with("container:") => {
            let other = s.containers.find(&r["container:".len()..])?;
            format!("container:{}", other.id)
        }
        r => {
            let names: Vec<&str> = if r == "bridge" || r == "default" {
                vec![crate::network::DEFAULT_NETWORK]
            } else {
                r.split(',').collect()
            };
            for n in &names {
                let def = s.networks.find(n)?;
                net.networks.push(spec::NetworkRequest {
                    name: def.name.clone(),
                    definition: Some(def),
                    ..Default::default()
                });
            }
            "bridge".to_string()
        }
    };
    if let Some(first) = net.networks.first_mut() {
        first.aliases.clone_from(&a.network_alias);
        if let Some(ip) = &a.ip {
            ip.parse::<std::net::Ipv4Addr>()
                .map_err(|_| anyhow!("invalid --ip {ip:?}: not an IPv4 address"))?;
            first.ip = Some(ip.clone());
        }
        if let Some(ip) = &a.ip6 {
            ip.parse::<std::net::Ipv6Addr>()
                .map_err(|_| anyhow!("invalid --ip6 {ip:?}: not an IPv6 address"))?;
            first.ip6 = Some(ip.clone());
        }
        if let Some(m) = &a.mac_address {
            crate::network::bridge::parse_mac(m)?;
            first.mac = Some(m.clone());
        }
        for l in &a.link {
            // The other container, known to this one under the alias too
            // (docker's links on user-defined networks).
            let (name, alias) = l.split_once(':').unwrap_or((l, l));
            let other = s.containers.find(name)?;
            first.links.push((other.id, alias.to_string()));
        }
    } else if !a.network_alias.is_empty()
        || a.ip.is_some()
        || a.ip6.is_some()
        || a.mac_address.is_some()
    {
        bail!("--network-alias, --ip, --ip6 and --mac-address need a bridge network");
    }
    for p in &a.publish {
        net.ports.extend(ports::parse_publish(p)?);
    }
    if a.publish_all {
        let mut exposed: Vec<String> = image_config
            .config
            .as_ref()
            .and_then(|c| c.exposed_ports.as_ref())
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        exposed.extend(a.expose.iter().cloned());
        for e in exposed {
            for p in ports::parse_exposed(&e)? {
                if !net
                    .ports
                    .iter()
                    .any(|x| x.container_port == p.container_port && x.protocol == p.protocol)
                {
                    net.ports.push(p);
                }
            }
        }
    }
    if !net.ports.is_empty() && !matches!(mode.as_str(), "bridge" | "pasta" | "slirp4netns") {
        // podman's words, a plain line: the ports go, the container is
        // made.
        crate::log::print_plain(
            "Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use",
        );
        net.ports.clear();
    }
    if mode == "none" && !(a.dns.is_empty() && a.dns_search.is_empty() && a.dns_option.is_empty()) {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "conflicting options: dns and the network mode: none"
        ));
    }
    Ok((mode, net))
}

fn requested_mounts(s: &Stores, a: &CreateArgs) -> Result<Vec<ctr::mounts::Mount>> {
    use ctr::mounts::{self as m, MountKind};
    let mut out = Vec::new();
    for v in &a.volume {
        out.push(m::parse_volume(v)?);
    }
    for x in &a.mount {
        out.push(m::parse_mount(x)?);
    }
    for t in &a.tmpfs {
        out.push(m::parse_tmpfs(t)?);
    }
    // --default-mounts-file: read-only binds of what exists (podman's
    // mounts.conf).
    for (src, dst) in &s.default_mounts {
        if src.exists() && !out.iter().any(|x| x.destination == *dst) {
            out.push(m::parse_volume(&format!("{}:{dst}:ro", src.display()))?);
        }
    }
    // podman: identical duplicates are one mount; different ones at the
    // same destination an error.
    let mut unique: Vec<ctr::mounts::Mount> = Vec::new();
    for x in out {
        if !unique.contains(&x) {
            unique.push(x);
        }
    }
    let mut out = unique;
    m::order(&mut out.clone())?;
    for spec in &a.volumes_from {
        let (name, ro) = m::parse_volumes_from(spec)?;
        let src = s.containers.find(&name)?;
        for mut mnt in s.containers.config(&src.id)?.mounts {
            if mnt.kind == MountKind::Tmpfs || out.iter().any(|x| x.destination == mnt.destination)
            {
                continue;
            }
            // Shared, not owned: `rm -v` of this container keeps it.
            mnt.anonymous = false;
            mnt.chown = false;
            if let Some(ro) = ro {
                mnt.readonly = ro;
            }
            out.push(mnt);
        }
    }
    Ok(out)
}

/// The invoking user for `--userns=keep-id`.
fn keep_id(paths: &crate::storage::StorePaths) -> Result<spec::KeepId> {
    let m = crate::runtime::userns::Mapping::for_current_user(paths.uid, paths.gid);
    let (Some(su), Some(sg)) = (m.subuid, m.subgid) else {
        bail!("--userns=keep-id needs subordinate ID ranges in /etc/subuid and /etc/subgid");
    };
    if su.count <= paths.uid || sg.count <= paths.gid {
        bail!(
            "--userns=keep-id needs subordinate ranges larger than your uid {} and gid {} (have {} and {})",
            paths.uid,
            paths.gid,
            su.count,
            sg.count
        );
    }
    let pw = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(paths.uid))
        .ok()
        .flatten();
    Ok(spec::KeepId {
        uid: paths.uid,
        gid: paths.gid,
        name: pw
            .as_ref()
            .map_or_else(|| format!("user{}", paths.uid), |u| u.name.clone()),
        home: pw
            .as_ref()
            .map_or_else(|| "/".to_string(), |u| u.dir.display().to_string()),
        uid_count: su.count,
        gid_count: sg.count,
    })
}

fn write_cidfile(f: &std::path::Path, id: &str) -> Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(f)
        .with_context(|| {
            format!(
                "container ID file {} cannot be created (does it exist already?)",
                f.display()
            )
        })?;
    file.write_all(id.as_bytes())
        .with_context(|| format!("writing {}", f.display()))
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
    let c = do_create(&s, &a.create)?;
    if a.detach {
        monitor::start(&s.containers, &s.images, &c.id, Attach::Detached)?;
        format::outln(&c.id);
        return Ok(0);
    }
    foreground(&s, &c, a.create.interactive, a.sig_proxy, &a.detach_keys)
}

/// Run attached: the container's stdio is ours; signals are forwarded;
/// our exit status is the container's.
fn foreground(
    s: &Stores,
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
    let result = monitor::start(
        &s.containers,
        &s.images,
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
                    ops::signal_process(started.pid, pid_start, sig);
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
        let targets = targets(&s, &sel, |_| true)?;
        if targets.len() != 1 {
            bail!("you cannot start and attach multiple containers at once");
        }
        let c = s.containers.config(&targets[0].entry.id)?;
        return foreground(
            &s,
            &c,
            a.interactive && c.process.stdin,
            a.sig_proxy,
            &a.detach_keys,
        );
    }
    let targets = targets(&s, &sel, |st| !st.status.is_active())?;
    each_target(&targets, Command::Start, |t| {
        let st = ops::state(&s.containers, &t.entry.id)?;
        // podman prints nothing for a container that already runs.
        if st.status.is_active() {
            return Ok(false);
        }
        monitor::start(&s.containers, &s.images, &t.entry.id, Attach::Detached)?;
        Ok(true)
    })
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

/// The one container a command acts on: the name given, or with
/// `--latest` the one created last.
pub(crate) fn one(
    s: &Stores,
    name: Option<&str>,
    latest: bool,
    cmd: &str,
) -> Result<crate::container::IndexEntry> {
    match (name, latest) {
        (Some(_), true) => bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "--latest and containers cannot be used together"
        )),
        (Some(n), false) => s.containers.find(n),
        (None, true) => s.containers.list()?.into_iter().next().ok_or_else(|| {
            crate::error::classified(crate::error::Kind::NotFound, "no containers to act on")
        }),
        (None, false) => bail!(select::need_one(cmd)),
    }
}

/// The containers named (or the latest), every name looked up first;
/// `empty` is podman's message when there are none.
fn named_targets(s: &Stores, names: &[String], latest: bool, empty: &str) -> Result<Vec<Target>> {
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
    targets(s, &sel, |_| true)
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

/// Resolve the containers of a command (see `container::select`).
pub(crate) fn targets(
    s: &Stores,
    sel: &Selection,
    keep: impl Fn(&ContainerState) -> bool,
) -> Result<Vec<Target>> {
    let images = if sel.filters.is_empty() {
        Vec::new()
    } else {
        s.images.images()?
    };
    select::select(&s.containers, &images, sel, keep)
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
    let targets = targets(&s, &sel, |st| st.status.is_active())?;
    each_target(&targets, Command::Stop, |t| {
        ops::stop(&s.containers, &t.entry.id, a.time)?;
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
    let targets = targets(&s, &sel, |st| st.status.is_active())?;
    each_target(&targets, Command::Kill, |t| {
        ops::kill(&s.containers, &t.entry.id, sig)?;
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
    let mut targets = targets(&s, &sel, |_| true).map_err(|e| failed(Command::Rm, e))?;
    if a.depend {
        // Dependents first, each printed by ID (podman).
        let mut ordered: Vec<Target> = Vec::new();
        fn add(s: &Stores, t: Target, out: &mut Vec<Target>) -> Result<()> {
            for d in select::dependents(&s.containers, &t.entry.id)? {
                if out.iter().any(|x| x.entry.id == d) {
                    continue;
                }
                if let Ok(e) = s.containers.find(&d) {
                    add(
                        s,
                        Target {
                            label: e.id.clone(),
                            entry: e,
                        },
                        out,
                    )?;
                }
            }
            if !out.iter().any(|x| x.entry.id == t.entry.id) {
                out.push(Target {
                    label: t.entry.id.clone(),
                    entry: t.entry,
                });
            }
            Ok(())
        }
        for t in targets {
            add(&s, t, &mut ordered)?;
        }
        targets = ordered;
    }
    // A container others join may not go first (podman refuses before
    // stopping anything).
    let mut code = 0;
    let mut ok = Vec::new();
    for t in targets {
        let deps: Vec<String> = select::dependents(&s.containers, &t.entry.id)?
            .into_iter()
            .filter(|d| !ok.iter().any(|x: &Target| x.entry.id == *d))
            .collect();
        // Without --force a running one is refused for running first.
        let running = !a.force
            && ops::state(&s.containers, &t.entry.id).is_ok_and(|st| st.status.is_active());
        if deps.is_empty() || running {
            ok.push(t);
        } else {
            crate::log::print_error(
                &format!(
                    "container {} has dependent containers which must be removed before it: {}: container already exists",
                    t.entry.id,
                    deps.join(", ")
                ),
                &[],
            );
            code = crate::error::EXIT_FAILURE;
        }
    }
    let opts = ops::RemoveOptions {
        force: a.force,
        timeout: a.time,
    };
    if a.force {
        // Stop first, from outside our user namespace (see stop); the
        // removal below reports any failure.
        for t in &ok {
            let _ = match a.time {
                Some(tm) => ops::stop(&s.containers, &t.entry.id, Some(tm)),
                None => ops::stop(&s.containers, &t.entry.id, Some(0)),
            };
        }
    }
    // Container files belong to subordinate IDs.
    crate::runtime::userns::enter_if_rootless(&s.containers.paths)?;
    let code2 = each_target(&ok, Command::Rm, |t| {
        let mounts = s
            .containers
            .config(&t.entry.id)
            .map(|c| c.mounts)
            .unwrap_or_default();
        ops::remove(&s.containers, &t.entry.id, opts)?;
        if a.volumes {
            ops::remove_anonymous_volumes(&s.containers, &mounts)?;
        }
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

/// One `wait --condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Condition {
    /// The container is in this state.
    State(Status),
    /// It is not running (docker's not-running; podman's stopped/exited).
    NotRunning,
    /// Its current run ends (docker's next-exit).
    NextExit,
    /// It is gone (docker's removed).
    Removed,
}

impl Condition {
    fn parse(s: &str) -> Result<Condition> {
        Ok(match s {
            "not-running" | "stopped" | "exited" => Condition::NotRunning,
            "next-exit" => Condition::NextExit,
            "removed" => Condition::Removed,
            "running" => Condition::State(Status::Running),
            "paused" => Condition::State(Status::Paused),
            "created" | "configured" => Condition::State(Status::Created),
            "restarting" => Condition::State(Status::Restarting),
            "stopping" => Condition::State(Status::Stopping),
            "removing" => Condition::State(Status::Removing),
            "dead" => Condition::State(Status::Dead),
            other => bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                format!("unknown container state: {other}: invalid argument")
            )),
        })
    }
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
        match wait_one(&s.containers, &t.entry.id, &conditions, interval) {
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

/// Wait until one condition holds; the exit code to print (podman prints
/// -1 when the condition met is not an exit).
fn wait_one(
    cs: &ContainerStore,
    id: &str,
    conditions: &[Condition],
    interval: std::time::Duration,
) -> Result<i32> {
    if conditions.iter().all(|c| *c == Condition::NotRunning) {
        return Ok(ops::wait_inactive(cs, id, None)?.exit_code);
    }
    let before = ops::state(cs, id)?;
    loop {
        let gone = !cs.dir(id).exists();
        let st = if gone {
            None
        } else {
            match ops::state(cs, id) {
                Ok(st) => Some(st),
                Err(_) if !cs.dir(id).exists() => None,
                Err(e) => return Err(e),
            }
        };
        for c in conditions {
            match (c, &st) {
                (Condition::Removed, None) => return Ok(before.exit_code),
                (_, None) => {
                    bail!(crate::container::no_such_container(id))
                }
                (Condition::NotRunning, Some(st)) if !st.status.is_active() => {
                    return Ok(st.exit_code);
                }
                (Condition::NextExit, Some(st))
                    if st.finished_at.is_some() && st.finished_at != before.finished_at =>
                {
                    return Ok(st.exit_code);
                }
                (Condition::State(want), Some(st)) if st.status == *want => {
                    return Ok(if st.status == Status::Exited {
                        st.exit_code
                    } else {
                        -1
                    });
                }
                _ => {}
            }
        }
        std::thread::sleep(interval);
    }
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
    use crate::container::logs::{self, Stream};
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
    let since = parse_time(&a.since, "since")?;
    let until = parse_time(&a.until, "until")?;
    let tail: Option<usize> = match a.tail.as_str() {
        "all" | "-1" => None,
        n => Some(
            n.parse()
                .map_err(|_| anyhow!("invalid --tail value {n:?}"))?,
        ),
    };
    // Several containers: every line carries whose it is (the short ID, or
    // the name with --names), lines of all of them in time order.
    let several = targets.len() > 1;
    struct Source {
        id: String,
        prefix: String,
        color: &'static str,
        path: PathBuf,
        offset: u64,
    }
    let mut sources = Vec::new();
    for (i, t) in targets.iter().enumerate() {
        let c = s.containers.config(&t.entry.id)?;
        if c.log_driver == "none" {
            bail!(
                "{}: configured logging driver does not support reading",
                c.name
            );
        }
        let prefix = if !several {
            String::new()
        } else if a.names {
            format!("{} ", c.name)
        } else {
            format!("{} ", &c.id[..12])
        };
        sources.push(Source {
            id: t.entry.id.clone(),
            prefix,
            color: LOG_COLORS[i % LOG_COLORS.len()],
            path: s.containers.log_path(&t.entry.id),
            offset: 0,
        });
    }
    let emit = |records: &[(usize, logs::Record)], sources: &[Source]| {
        let mut out = std::io::stdout().lock();
        let mut err = std::io::stderr().lock();
        for (i, r) in records {
            let w: &mut dyn Write = if r.stream == Stream::Stderr {
                &mut err
            } else {
                &mut out
            };
            let src = &sources[*i];
            let mut line = Vec::with_capacity(r.text.len() + 48);
            if a.color {
                line.extend_from_slice(format!("\x1b[{}m", src.color).as_bytes());
            }
            line.extend_from_slice(src.prefix.as_bytes());
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
    let mut all: Vec<(usize, logs::Record)> = Vec::new();
    for (i, src) in sources.iter_mut().enumerate() {
        let (mut records, offset) = logs::read_from(&src.path, 0)?;
        src.offset = offset;
        records.retain(|r| since.is_none_or(|t| r.time >= t) && until.is_none_or(|t| r.time <= t));
        if let Some(n) = tail {
            let skip = records.len().saturating_sub(n);
            records.drain(..skip);
        }
        all.extend(records.into_iter().map(|r| (i, r)));
    }
    all.sort_by_key(|x| x.1.time);
    emit(&all, &sources);
    if a.follow {
        loop {
            let mut running = false;
            let mut more = Vec::new();
            for (i, src) in sources.iter_mut().enumerate() {
                running |= ops::state(&s.containers, &src.id).is_ok_and(|st| st.status.is_active());
                let (recs, off) = logs::read_from(&src.path, src.offset)?;
                src.offset = off;
                more.extend(
                    recs.into_iter()
                        .filter(|r| until.is_none_or(|t| r.time <= t))
                        .map(|r| (i, r)),
                );
            }
            more.sort_by_key(|x| x.1.time);
            emit(&more, &sources);
            if !running {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
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

/// podman's STATUS column (its template `.State` says the same).
pub(crate) fn status_text(st: &ContainerState) -> String {
    let since = |t: &Option<String>| {
        t.as_deref()
            .and_then(time::Timestamp::parse_rfc3339)
            .unwrap_or_default()
    };
    match st.status {
        Status::Created => "Created".into(),
        Status::Running => format!(
            "Up {} ago",
            time::human_duration(since(&st.started_at).elapsed())
        ),
        Status::Paused => "Paused".into(),
        Status::Stopping => "Stopping".into(),
        Status::Restarting => format!(
            "Restarting ({}) {} ago",
            st.exit_code,
            time::human_duration(since(&st.finished_at).elapsed())
        ),
        Status::Exited => format!(
            "Exited ({}) {} ago",
            st.exit_code,
            time::human_duration(since(&st.finished_at).elapsed())
        ),
        Status::Removing => "Removing".into(),
        Status::Dead => "Dead".into(),
    }
}

/// podman's COMMAND column: the command line, cut to 20 characters.
fn command_column(args: &[String], no_trunc: bool) -> String {
    let cmd = args.join(" ");
    if no_trunc || cmd.chars().count() <= 20 {
        cmd
    } else {
        let mut t: String = cmd.chars().take(17).collect();
        t.push_str("...");
        t
    }
}

/// A time as Go's `time.Time.String()` prints it (podman's CreatedAt).
fn go_time(rfc3339: Option<&str>) -> String {
    rfc3339
        .and_then(time::Timestamp::parse_rfc3339)
        .map_or_else(
            || "0001-01-01 00:00:00 +0000 UTC".to_string(),
            |t| t.go_string_local(),
        )
}

/// Unix seconds of a recorded time; Go's zero time when there is none.
fn unix_or_zero(rfc3339: Option<&str>) -> i64 {
    rfc3339
        .and_then(time::Timestamp::parse_rfc3339)
        .map_or(-62_135_596_800, |t| t.secs)
}

/// The namespace inode numbers of a running process, for `ps --ns`.
fn ns_inodes(pid: i32) -> Vec<(&'static str, String)> {
    use std::os::unix::fs::MetadataExt;
    [
        ("CGROUPNS", "cgroup"),
        ("IPC", "ipc"),
        ("MNT", "mnt"),
        ("NET", "net"),
        ("PIDNS", "pid"),
        ("USERNS", "user"),
        ("UTS", "uts"),
    ]
    .into_iter()
    .map(|(col, ns)| {
        let v = if pid > 0 {
            std::fs::metadata(format!("/proc/{pid}/ns/{ns}"))
                .map(|m| m.ino().to_string())
                .unwrap_or_default()
        } else {
            String::new()
        };
        (col, v)
    })
    .collect()
}

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

fn ps_once(s: &Stores, a: &PsArgs) -> Result<i32> {
    let f = select::Filters::parse(&a.filter)?;
    let index = s.containers.list()?;
    let images = s.images.images()?;
    let all = a.all || f.wants_stopped() || a.latest || a.last.is_some();
    let mut items = Vec::new();
    for e in &index {
        let (Ok(c), Ok(st)) = (s.containers.config(&e.id), ops::state(&s.containers, &e.id)) else {
            continue;
        };
        if !all && !st.status.is_active() {
            continue;
        }
        if !f.matches(&c, &st, &index, &images)? {
            continue;
        }
        items.push((c, st));
        if a.latest {
            break;
        }
    }
    if let Some(n) = a.last {
        items.truncate(n);
    }
    // podman lists the oldest first (its "created" order); the other
    // orders keep that among equals.
    items.reverse();
    let size_of = |c: &ContainerConfig| {
        let image_size = images
            .iter()
            .find(|i| i.id == c.image_id)
            .map_or(0, |i| i.size);
        match s.containers.paths.driver {
            crate::storage::Driver::Overlay => {
                let upper = dir_size(&s.containers.dir(&c.id).join("upper"));
                (upper, upper + image_size)
            }
            crate::storage::Driver::Vfs => {
                let rootfs = s.containers.dir(&c.id).join(ctr::vfs::ROOTFS);
                let rw = ctr::rootfs::changes(&s.containers, &s.images, c)
                    .map_or(0, |ch| ctr::vfs::changes_size(&rootfs, &ch));
                (rw, rw + image_size)
            }
        }
    };
    let sizes: Vec<(u64, u64)> = if a.size || a.sort == "size" {
        items.iter().map(|(c, _)| size_of(c)).collect()
    } else {
        vec![(0, 0); items.len()]
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    match a.sort.as_str() {
        "command" => order.sort_by_key(|&i| items[i].0.process.args.join(" ")),
        "id" => order.sort_by(|&x, &y| items[x].0.id.cmp(&items[y].0.id)),
        "image" => order.sort_by(|&x, &y| items[x].0.image.cmp(&items[y].0.image)),
        "names" => order.sort_by(|&x, &y| items[x].0.name.cmp(&items[y].0.name)),
        "status" => order.sort_by_key(|&i| status_text(&items[i].1)),
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
            .map(|&i| ps_json(&items[i].0, &items[i].1, a.size.then_some(sizes[i])))
            .collect();
        format::out(&format::json_indented(&rows, 2)?);
        return Ok(0);
    }
    let mut rows = Vec::new();
    for &i in &order {
        let (c, st) = &items[i];
        let mut row = json!({
            "ID": if a.no_trunc { c.id.clone() } else { c.id[..12].to_string() },
            "Image": c.image_name(),
            "ImageID": c.image_id.hex(),
            "Command": command_column(&c.process.args, a.no_trunc),
            "CreatedAt": go_time(Some(&c.created)),
            "Created": go_time(Some(&c.created)),
            "RunningFor": time::ago(time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default()),
            "Status": status_text(st),
            "State": status_text(st),
            "Ports": crate::network::ports::ps_column(&st.ports),
            "Names": c.name,
            "Labels": c.labels,
            "Mounts": c.mounts.iter().filter(|m| m.kind != ctr::mounts::MountKind::Tmpfs).map(|m| m.destination.clone()).collect::<Vec<_>>(),
            "Networks": ps_networks(c).join(","),
            "Pid": st.pid,
            "ExitCode": st.exit_code,
            "Exited": st.status == Status::Exited,
            "ExitedAt": unix_or_zero(st.finished_at.as_deref()),
            "StartedAt": unix_or_zero(st.started_at.as_deref()),
            "AutoRemove": c.auto_remove,
            "IsInfra": false,
            "Pod": "",
            "PodName": "",
        });
        if a.size {
            let (rw, virt) = sizes[i];
            row["Size"] = json!(format!(
                "{} (virtual {})",
                units::human_size(rw),
                units::human_size(virt)
            ));
        }
        if a.ns {
            for (k, v) in ns_inodes(st.pid) {
                row[k] = json!(v);
            }
        }
        rows.push(row);
    }
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

/// The networks a container is on, as podman lists them.
fn ps_networks(c: &ContainerConfig) -> Vec<String> {
    if c.network == "bridge" {
        c.net.networks.iter().map(|n| n.name.clone()).collect()
    } else {
        Vec::new()
    }
}

/// One container of `ps --format json`, podman's `ListContainer`.
fn ps_json(
    c: &ContainerConfig,
    st: &ContainerState,
    size: Option<(u64, u64)>,
) -> serde_json::Value {
    let created = time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
    let ports: Vec<serde_json::Value> = st
        .ports
        .iter()
        .map(|p| {
            json!({
                "host_ip": p.host_ip,
                "container_port": p.container_port,
                "host_port": p.host_port,
                "range": 1,
                "protocol": p.protocol,
            })
        })
        .collect();
    json!({
        "AutoRemove": c.auto_remove,
        "Command": c.process.args,
        "CreatedAt": time::ago(created),
        "Exited": st.status == Status::Exited,
        "ExitedAt": unix_or_zero(st.finished_at.as_deref()),
        "ExitCode": st.exit_code,
        "Id": c.id,
        "Image": c.image_name(),
        "ImageID": c.image_id.hex(),
        "IsInfra": false,
        "Labels": if c.labels.is_empty() { serde_json::Value::Null } else { json!(c.labels) },
        "Mounts": c.mounts.iter().filter(|m| m.kind != ctr::mounts::MountKind::Tmpfs).map(|m| m.destination.clone()).collect::<Vec<_>>(),
        "Names": [c.name],
        "Namespaces": {},
        "Networks": ps_networks(c),
        "Pid": st.pid,
        "Pod": "",
        "PodName": "",
        "Ports": if ports.is_empty() { serde_json::Value::Null } else { json!(ports) },
        "Size": size.map_or(serde_json::Value::Null, |(rw, root)| json!({"rwSize": rw, "rootFsSize": root})),
        "StartedAt": unix_or_zero(st.started_at.as_deref()),
        "State": st.status.as_str(),
        "Status": status_text(st),
        "Created": created.secs,
    })
}

fn dir_size(p: &std::path::Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![p.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            if let Ok(m) = e.metadata() {
                if m.is_dir() {
                    stack.push(e.path());
                } else {
                    total += m.len();
                }
            }
        }
    }
    total
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

/// podman's container inspect JSON (with docker's few extra keys, such as
/// `LogPath`; where the two disagree on a field's form, podman's: `Name`
/// without a `/`, `Config.Entrypoint` as one string, `Config.StopSignal` as
/// a number).
pub fn inspect_value(
    s: &ContainerStore,
    images: &ImageStore,
    id: &str,
) -> Result<serde_json::Value> {
    let c = s.config(id)?;
    let st = ops::state(s, id)?;
    let dir = s.dir(id);
    let zero = ctr::zero_time();
    let lower: Vec<String> = c
        .layers
        .iter()
        .rev()
        .map(|l| images.layer_diff(l).display().to_string())
        .collect();
    let userdata = s.run_dir(id).join("userdata");
    let image_digest = images
        .images()
        .ok()
        .and_then(|all| all.into_iter().find(|i| i.id == c.image_id))
        .map(|i| i.manifest.to_string())
        .unwrap_or_default();
    let stop_signal = crate::runtime::signals::parse(&c.stop_signal).unwrap_or(15);
    let ulimits: Vec<serde_json::Value> = c
        .rlimits
        .iter()
        .map(|r| {
            json!({
                "Name": format!("RLIMIT_{}", r.name.to_ascii_uppercase()),
                "Soft": r.soft,
                "Hard": r.hard,
            })
        })
        .collect();
    let dependencies: Vec<String> = c
        .network
        .strip_prefix("container:")
        .map(|d| vec![d.to_string()])
        .unwrap_or_default();
    Ok(json!({
        "Id": c.id,
        "Created": c.created,
        "Path": c.process.args.first().cloned().unwrap_or_default(),
        "Args": c.process.args.iter().skip(1).collect::<Vec<_>>(),
        "State": {
            "OciVersion": oci_spec::runtime::Spec::default().version(),
            "Status": st.status.as_str(),
            // podman: only a running container is Running (not a paused
            // or stopping one).
            "Running": st.status == Status::Running,
            "Paused": st.status == Status::Paused,
            "Restarting": st.status == Status::Restarting,
            "OOMKilled": st.oom_killed,
            "Dead": st.status == Status::Dead,
            "Pid": st.pid,
            "ConmonPid": st.monitor_pid,
            "ExitCode": st.exit_code,
            "Error": st.error,
            "StartedAt": st.started_at.clone().unwrap_or_else(|| zero.clone()),
            "FinishedAt": st.finished_at.clone().unwrap_or_else(|| zero.clone()),
            "Health": {"Status": "", "FailingStreak": 0, "Log": null},
            "CgroupPath": st.cgroup.as_ref().map(|g| g.path.display().to_string()).unwrap_or_default(),
            "CheckpointedAt": zero,
            "RestoredAt": zero,
        },
        "Image": c.image_id.hex(),
        "ImageDigest": image_digest,
        "ImageName": c.image_name(),
        "Rootfs": "",
        "Pod": "",
        "ResolvConfPath": userdata.join("resolv.conf"),
        "HostnamePath": userdata.join("hostname"),
        "HostsPath": userdata.join("hosts"),
        "StaticDir": dir,
        "OCIConfigPath": dir.join("config.json"),
        "OCIRuntime": c.runtime_name(),
        "ConmonPidFile": "",
        "PidFile": "",
        "LogPath": s.log_path(id),
        "Name": c.name,
        "RestartCount": st.restart_count,
        "Driver": s.paths.driver.as_str(),
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "EffectiveCaps": c.security.caps,
        "BoundingCaps": c.security.caps,
        "ExecIDs": [],
        "GraphDriver": match s.paths.driver {
            crate::storage::Driver::Overlay => json!({
                "Name": "overlay",
                "Data": {
                    "LowerDir": lower.join(":"),
                    "MergedDir": s.run_dir(id).join("merged"),
                    "UpperDir": dir.join("upper"),
                    "WorkDir": dir.join("work"),
                },
            }),
            crate::storage::Driver::Vfs => json!({"Name": "vfs", "Data": null}),
        },
        "Mounts": mounts_json(&s.paths, &c),
        "Dependencies": dependencies,
        "NetworkSettings": network_settings_json(&c, &st),
        "Namespace": "",
        "IsInfra": false,
        "IsService": false,
        "Config": {
            "Hostname": c.hostname,
            "Domainname": c.domainname,
            "User": c.process.user.spec,
            "AttachStdin": c.process.stdin,
            "AttachStdout": false,
            "AttachStderr": false,
            "ExposedPorts": c.exposed_ports,
            "Tty": c.process.terminal,
            "OpenStdin": c.process.stdin,
            "StdinOnce": false,
            "Env": c.process.env,
            "Cmd": c.cmd,
            "Image": c.image_name(),
            "Volumes": if c.volumes.is_empty() { serde_json::Value::Null } else { json!(c.volumes) },
            "WorkingDir": c.process.cwd,
            "Entrypoint": c.entrypoint.join(" "),
            "OnBuild": null,
            "Labels": if c.labels.is_empty() { serde_json::Value::Null } else { json!(c.labels) },
            "Annotations": c.annotations(),
            "StopSignal": stop_signal,
            "HealthcheckOnFailureAction": "none",
            "CreateCommand": c.create_command,
            "Umask": c.umask_string(),
            "Timeout": 0,
            "StopTimeout": c.stop_timeout,
            "Passwd": true,
            "sdNotifyMode": "container",
        },
        "HostConfig": {
            "Binds": binds_of(&c),
            "CgroupManager": "cgroupfs",
            "CgroupMode": "private",
            "ContainerIDFile": "",
            "LogConfig": {
                "Type": c.log_driver,
                "Config": null,
                "Path": s.log_path(id),
                "Tag": "",
                "Size": "0B",
            },
            "NetworkMode": if c.network == "private" { "private" } else { c.network.as_str() },
            "PortBindings": crate::network::ports::inspect_map(&c.net.ports),
            "RestartPolicy": {
                "Name": if c.restart.is_no() { "" } else { c.restart.name.as_str() },
                "MaximumRetryCount": c.restart.max_retries,
            },
            "AutoRemove": c.auto_remove,
            "VolumeDriver": "",
            "VolumesFrom": null,
            "CapAdd": c.security.cap_add,
            "CapDrop": c.security.cap_drop,
            "Dns": c.net.dns,
            "DnsOptions": c.net.dns_options,
            "DnsSearch": c.net.dns_search,
            "ExtraHosts": c.net.add_hosts,
            "GroupAdd": c.process.user.additional_gids,
            "IpcMode": "shareable",
            "Cgroup": "",
            "Cgroups": "default",
            "Links": null,
            "OomScoreAdj": 0,
            "PidMode": "private",
            "Privileged": c.security.privileged,
            "PublishAllPorts": false,
            "ReadonlyRootfs": c.security.readonly_rootfs,
            "SecurityOpt": c.security.security_opt,
            "Tmpfs": tmpfs_of(&c),
            "UTSMode": "private",
            "UsernsMode": c.userns,
            "ShmSize": 65_536_000,
            "Runtime": "oci",
            "ConsoleSize": [0, 0],
            "Isolation": "",
            "Init": c.init,
            "CpuShares": 0,
            "Memory": 0,
            "NanoCpus": 0,
            "CgroupParent": "",
            "BlkioWeight": 0,
            "BlkioWeightDevice": null,
            "BlkioDeviceReadBps": null,
            "BlkioDeviceWriteBps": null,
            "BlkioDeviceReadIOps": null,
            "BlkioDeviceWriteIOps": null,
            "CpuPeriod": 0,
            "CpuQuota": 0,
            "CpuRealtimePeriod": 0,
            "CpuRealtimeRuntime": 0,
            "CpusetCpus": "",
            "CpusetMems": "",
            "Devices": [],
            "DiskQuota": 0,
            "KernelMemory": 0,
            "MemoryReservation": 0,
            "MemorySwap": 0,
            "MemorySwappiness": 0,
            "OomKillDisable": false,
            "PidsLimit": 0,
            "Ulimits": ulimits,
            "CpuCount": 0,
            "CpuPercent": 0,
            "IOMaximumIOps": 0,
            "IOMaximumBandwidth": 0,
            "CgroupConf": null,
        },
    }))
}

/// inspect's `NetworkSettings`, podman's shape (the first network's
/// address at the top level too; each network's aliases end with the
/// short container ID, which resolves too).
fn network_settings_json(c: &ContainerConfig, st: &ContainerState) -> serde_json::Value {
    let mut nets = serde_json::Map::new();
    for r in &c.net.networks {
        let a = st.networks.iter().find(|a| a.network == r.name);
        let mut aliases = r.aliases.clone();
        aliases.push(c.id[..12].to_string());
        nets.insert(
            r.name.clone(),
            json!({
                "EndpointID": "",
                "Gateway": a.map(|a| a.gateway.to_string()).unwrap_or_default(),
                "IPAddress": a.map(|a| a.ip.to_string()).unwrap_or_default(),
                "IPPrefixLen": a.map_or(0, |a| a.prefix),
                "IPv6Gateway": a.and_then(|a| a.gateway6).map(|ip| ip.to_string()).unwrap_or_default(),
                "GlobalIPv6Address": a.and_then(|a| a.ip6).map(|ip| ip.to_string()).unwrap_or_default(),
                "GlobalIPv6PrefixLen": a.map_or(0, |a| a.prefix6),
                "MacAddress": a.map(|a| a.mac.clone()).unwrap_or_default(),
                "NetworkID": r.name,
                "DriverOpts": null,
                "IPAMConfig": null,
                "Links": null,
                "Aliases": aliases,
            }),
        );
    }
    let first = st.networks.first();
    let ports = if st.status.is_active() {
        crate::network::ports::inspect_map(&st.ports)
    } else {
        json!({})
    };
    json!({
        "EndpointID": "",
        "Gateway": first.map(|a| a.gateway.to_string()).unwrap_or_default(),
        "IPAddress": first.map(|a| a.ip.to_string()).unwrap_or_default(),
        "IPPrefixLen": first.map_or(0, |a| a.prefix),
        "IPv6Gateway": first.and_then(|a| a.gateway6).map(|ip| ip.to_string()).unwrap_or_default(),
        "GlobalIPv6Address": first.and_then(|a| a.ip6).map(|ip| ip.to_string()).unwrap_or_default(),
        "GlobalIPv6PrefixLen": first.map_or(0, |a| a.prefix6),
        "MacAddress": first.map(|a| a.mac.clone()).unwrap_or_default(),
        "Bridge": first.map(|a| a.bridge.clone()).unwrap_or_default(),
        "SandboxID": "",
        "HairpinMode": false,
        "LinkLocalIPv6Address": "",
        "LinkLocalIPv6PrefixLen": 0,
        "Ports": ports,
        "SandboxKey": if st.pid > 0 { format!("/proc/{}/ns/net", st.pid) } else { String::new() },
        "Networks": if nets.is_empty() { serde_json::Value::Null } else { nets.into() },
    })
}

/// inspect's `Mounts`, in docker's shape.
fn mounts_json(paths: &crate::storage::StorePaths, c: &ContainerConfig) -> serde_json::Value {
    use ctr::mounts::MountKind;
    c.mounts
        .iter()
        .map(|m| {
            let mut v = json!({
                "Type": m.kind.as_str(),
                "Source": match m.kind {
                    MountKind::Volume => crate::volume::mountpoint_in(paths, &m.source).display().to_string(),
                    MountKind::Bind => m.source.clone(),
                    MountKind::Tmpfs => String::new(),
                },
                "Destination": m.destination,
                "Driver": "",
                "Mode": m.mode(),
                "Options": m.options,
                "RW": !m.readonly,
                "Propagation": if m.kind == MountKind::Bind { m.propagation_or_default() } else { "" },
            });
            if m.kind == MountKind::Volume {
                v["Name"] = json!(m.source);
                v["Driver"] = json!(crate::volume::DRIVER);
            }
            v
        })
        .collect::<Vec<_>>()
        .into()
}

/// HostConfig.Binds: the bind and named volume mounts as `-v` strings.
fn binds_of(c: &ContainerConfig) -> serde_json::Value {
    use ctr::mounts::MountKind;
    let b: Vec<String> = c
        .mounts
        .iter()
        .filter(|m| m.kind == MountKind::Bind || (m.kind == MountKind::Volume && !m.anonymous))
        .map(|m| {
            let mode = m.mode();
            if mode.is_empty() {
                format!("{}:{}", m.source, m.destination)
            } else {
                format!("{}:{}:{mode}", m.source, m.destination)
            }
        })
        .collect();
    if b.is_empty() {
        serde_json::Value::Null
    } else {
        json!(b)
    }
}

/// HostConfig.Tmpfs: destination → options.
fn tmpfs_of(c: &ContainerConfig) -> serde_json::Value {
    let t: serde_json::Map<String, serde_json::Value> = c
        .mounts
        .iter()
        .filter(|m| m.kind == ctr::mounts::MountKind::Tmpfs)
        .map(|m| (m.destination.clone(), json!(m.options.join(","))))
        .collect();
    t.into()
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
    let s = open(g, true)?;
    let mut until = None;
    let mut labels = Vec::new();
    for f in &a.filter {
        match f.split_once('=') {
            Some(("until", v)) => {
                until = Some(
                    time::Timestamp::parse_user_time(v)
                        .ok_or_else(|| anyhow!("invalid filter {f:?}"))?,
                );
            }
            Some(("label", v)) => {
                labels.push(v.split_once('=').map_or((v.to_string(), None), |(k, v)| {
                    (k.to_string(), Some(v.to_string()))
                }));
            }
            _ => bail!("invalid filter {f:?} (supported: until, label)"),
        }
    }
    let mut text = String::new();
    let mut deleted = Vec::new();
    for e in s.containers.list()? {
        let (Ok(c), Ok(st)) = (s.containers.config(&e.id), ops::state(&s.containers, &e.id)) else {
            continue;
        };
        if st.status.is_active() {
            continue;
        }
        let created = time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
        if until.is_some_and(|u| created >= u) {
            continue;
        }
        if !labels.iter().all(|(k, v)| match v {
            Some(v) => c.labels.get(k) == Some(v),
            None => c.labels.contains_key(k),
        }) {
            continue;
        }
        ops::remove(&s.containers, &e.id, ops::RemoveOptions::default())?;
        deleted.push(e.id);
    }
    // podman prints the IDs of the containers it removed.
    for d in deleted {
        text.push_str(&d);
        text.push('\n');
    }
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
    match s.containers.find(&a.container) {
        Ok(_) => Ok(0),
        Err(_) => Err(ExitError::silent(1).into()),
    }
}

/// Image pins for the image commands (layers and images containers use).
pub fn pins(paths: &crate::storage::StorePaths) -> crate::image::store::Pins {
    ContainerStore::open(paths)
        .and_then(|s| s.pins())
        .unwrap_or_default()
}
