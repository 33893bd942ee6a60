//! Container commands: run, create, start, ps, stop, kill, rm, wait, logs,
//! inspect, container prune/exists, and the `container` group.

use super::Globals;
use super::format::{self, Columns, Format};
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
        ContainerCommand::Inspect(a) => {
            inspect_containers(g, &a.names, a.format.as_deref(), true).map(|()| 0)
        }
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
    /// Overwrite the image's entrypoint
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
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// User namespace: host, keep-id
    #[arg(long)]
    pub userns: Option<String>,
    /// Logging driver: json-file (default), k8s-file, none
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
    o.mounts = requested_mounts(s, a)?;
    let (mode, net) = network_settings(s, a, &image_config)?;
    o.network = Some(mode);
    o.net = net;
    if let (Some(name), true) = (&o.name, a.replace)
        && let Ok(old) = s.containers.find(name)
    {
        ops::remove(&s.containers, &old.id, true)?;
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
    if config.mounts.is_empty() {
        s.containers.add(&config, &state)?;
    } else {
        // Volumes are made (and filled from the image) and the record
        // written under the volumes lock: a concurrent `volume rm` sees
        // either no container or one that uses them.
        let vs = crate::volume::VolumeStore::open(&s.containers.paths)?;
        let vlock = vs.lock()?;
        let ctx = ctr::mounts::PrepareContext {
            layers_root: &s.images.paths.root.join("layers"),
            image_layers: config
                .layers
                .iter()
                .rev()
                .map(|c| std::path::PathBuf::from(c.hex()).join("diff"))
                .collect(),
            user: (config.process.user.uid, config.process.user.gid),
            rootless: s.containers.paths.rootless,
            scratch: s
                .containers
                .paths
                .runroot
                .join(format!("view-{}", &config.id[..12])),
        };
        let created = ctr::mounts::prepare(&mut config.mounts, &vs, &vlock, &ctx)?;
        if let Err(e) = s.containers.add(&config, &state) {
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
    let raw = match &a.network {
        Some(n) => n.clone(),
        None if rootless => crate::network::pasta::default_mode()?.to_string(),
        None => "bridge".to_string(),
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
        "slirp4netns" if !rootless => bail!("--network slirp4netns is for rootless containers"),
        "slirp4netns" => {
            if crate::network::pasta::find_in_path("slirp4netns").is_none() {
                return Err(crate::error::HintedError::wrap(
                    anyhow!("slirp4netns is not installed"),
                    "install it: apt-get install slirp4netns".into(),
                ));
            }
            raw.clone()
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
        if mode == "host" {
            crate::warn!("port mappings are ignored with --network host");
            net.ports.clear();
        } else {
            bail!("published ports need a bridge network (--network {mode} has none)");
        }
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
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
    /// Attach stdout/stderr and forward signals
    #[arg(short, long)]
    pub attach: bool,
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
    if a.attach || a.interactive {
        if a.containers.len() > 1 {
            bail!("you cannot start and attach multiple containers at once");
        }
        let e = s.containers.find(&a.containers[0])?;
        let c = s.containers.config(&e.id)?;
        return foreground(
            &s,
            &c,
            a.interactive && c.process.stdin,
            a.sig_proxy,
            &a.detach_keys,
        );
    }
    each(&a.containers, |name| {
        let e = s.containers.find(name)?;
        let st = ops::state(&s.containers, &e.id)?;
        if !st.status.is_active() {
            monitor::start(&s.containers, &s.images, &e.id, Attach::Detached)?;
        }
        format::outln(name);
        Ok(())
    })
}

/// Apply `f` to each argument; report every failure, return the last code.
#[allow(clippy::unnecessary_wraps)] // the commands' common signature
pub(crate) fn each(items: &[String], mut f: impl FnMut(&str) -> Result<()>) -> Result<i32> {
    let mut code = 0;
    for i in items {
        if let Err(e) = f(i) {
            let r = crate::error::Report::from_error(&e);
            crate::log::print_error(&r.message, &r.hints);
            code = if format!("{e:#}").contains("no such container") {
                1
            } else {
                r.code
            };
        }
    }
    Ok(code)
}

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Containers to stop
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    pub time: Option<u32>,
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors for containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
}

fn all_ids(s: &Stores, running_only: bool) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for e in s.containers.list()? {
        if !running_only || ops::state(&s.containers, &e.id).is_ok_and(|st| st.status.is_active()) {
            out.push(e.id);
        }
    }
    Ok(out)
}

pub fn stop(g: &Globals, a: &StopArgs) -> Result<i32> {
    // Rootless: signals are sent from outside any user namespace of ours,
    // where we hold CAP_KILL over every container's namespace (a process
    // running as a subordinate ID cannot be signalled from a sibling
    // namespace).
    let s = open(g, false)?;
    let targets = if a.all {
        all_ids(&s, true)?
    } else {
        a.containers.clone()
    };
    if targets.is_empty() && !a.all {
        bail!("stop requires at least one container name or ID (or --all)");
    }
    each(&targets, |name| {
        let e = match s.containers.find(name) {
            Ok(e) => e,
            Err(_) if a.ignore => return Ok(()),
            Err(e) => return Err(e),
        };
        ops::stop(&s.containers, &e.id, a.time)?;
        format::outln(name);
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Containers to signal
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
    /// Signal to send (name or number)
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
}

pub fn kill(g: &Globals, a: &KillArgs) -> Result<i32> {
    let sig = crate::runtime::signals::parse(&a.signal)?;
    let s = open(g, false)?; // see stop
    each(&a.containers, |name| {
        let e = s.containers.find(name)?;
        ops::kill(&s.containers, &e.id, sig)?;
        format::outln(name);
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Containers to remove
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Force removal of running containers (they are killed)
    #[arg(short, long)]
    pub force: bool,
    /// Remove anonymous volumes of the container
    #[arg(short, long)]
    pub volumes: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors for containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
}

pub fn rm(g: &Globals, a: &RmArgs) -> Result<i32> {
    let s = open(g, false)?;
    let targets = if a.all {
        all_ids(&s, false)?
    } else {
        a.containers.clone()
    };
    if targets.is_empty() && !a.all {
        bail!("rm requires at least one container name or ID (or --all)");
    }
    if a.force {
        // Kill first, from outside our user namespace (see stop); the
        // removal below reports any failure.
        for name in &targets {
            if let Ok(e) = s.containers.find(name) {
                let _ = ops::stop(&s.containers, &e.id, Some(0));
            }
        }
    }
    // Container files belong to subordinate IDs.
    crate::runtime::userns::enter_if_rootless(&s.containers.paths)?;
    each(&targets, |name| {
        let e = match s.containers.find(name) {
            Ok(e) => e,
            Err(_) if a.ignore => return Ok(()),
            Err(e) => return Err(e),
        };
        let mounts = s
            .containers
            .config(&e.id)
            .map(|c| c.mounts)
            .unwrap_or_default();
        ops::remove(&s.containers, &e.id, a.force)?;
        if a.volumes {
            ops::remove_anonymous_volumes(&s.containers, &mounts)?;
        }
        format::outln(name);
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Containers to wait for
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
    /// Condition to wait for: not-running (default), next-exit, removed, running, paused, created
    #[arg(long, default_value = "not-running")]
    pub condition: String,
}

pub fn wait(g: &Globals, a: &WaitArgs) -> Result<i32> {
    let s = open(g, false)?;
    each(&a.containers, |name| {
        let e = s.containers.find(name)?;
        let poll_for = |want: &[Status]| -> Result<ctr::ContainerState> {
            loop {
                let st = ops::state(&s.containers, &e.id)?;
                if want.contains(&st.status) {
                    return Ok(st);
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        };
        let st = match a.condition.as_str() {
            // docker's conditions
            "not-running" | "stopped" | "exited" => ops::wait_inactive(&s.containers, &e.id, None)?,
            "next-exit" => {
                // The current run's exit, even if a restart policy brings
                // it back.
                let before = ops::state(&s.containers, &e.id)?;
                loop {
                    let st = ops::state(&s.containers, &e.id)?;
                    let new_exit = st.finished_at.is_some() && st.finished_at != before.finished_at;
                    if new_exit || (!st.status.is_active() && before.status != Status::Created) {
                        break st;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
            }
            "removed" => {
                let st = ops::wait_inactive(&s.containers, &e.id, None)?;
                while s.containers.dir(&e.id).exists() {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                st
            }
            // podman's
            "running" => poll_for(&[Status::Running])?,
            "paused" => poll_for(&[Status::Paused])?,
            "created" => poll_for(&[Status::Created])?,
            "restarting" => poll_for(&[Status::Restarting])?,
            other => bail!(
                "invalid wait condition {other:?} (not-running, next-exit, removed, running, paused, created, stopped, exited)"
            ),
        };
        format::outln(&st.exit_code.to_string());
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Follow log output
    #[arg(short, long)]
    pub follow: bool,
    /// Number of lines to show from the end of the logs (or "all")
    #[arg(short = 'n', long, default_value = "all")]
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
}

pub fn logs(g: &Globals, a: &LogsArgs) -> Result<i32> {
    use crate::container::logs::{self, Stream};
    use std::io::Write;
    let s = open(g, false)?;
    let e = s.containers.find(&a.container)?;
    let c = s.containers.config(&e.id)?;
    if c.log_driver == "none" {
        bail!("configured logging driver does not support reading");
    }
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
    let path = s.containers.log_path(&e.id);
    let (mut records, mut offset) = logs::read_from(&path, 0)?;
    records.retain(|r| since.is_none_or(|t| r.time >= t) && until.is_none_or(|t| r.time <= t));
    if let Some(n) = tail {
        let skip = records.len().saturating_sub(n);
        records.drain(..skip);
    }
    let emit = |records: &[logs::Record]| {
        let mut out = std::io::stdout().lock();
        let mut err = std::io::stderr().lock();
        for r in records {
            let w: &mut dyn Write = if r.stream == Stream::Stderr {
                &mut err
            } else {
                &mut out
            };
            if a.timestamps {
                let _ = write!(w, "{} ", r.time.rfc3339_nano());
            }
            let _ = w.write_all(&r.text);
        }
        let _ = out.flush();
        let _ = err.flush();
    };
    emit(&records);
    if a.follow {
        loop {
            let running = ops::state(&s.containers, &e.id).is_ok_and(|st| st.status.is_active());
            let (more, off) = logs::read_from(&path, offset)?;
            offset = off;
            let more: Vec<_> = more
                .into_iter()
                .filter(|r| until.is_none_or(|t| r.time <= t))
                .collect();
            emit(&more);
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
    /// Show all containers (default shows just running)
    #[arg(short, long)]
    pub all: bool,
    /// Only display container IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Show the latest created container
    #[arg(short, long)]
    pub latest: bool,
    /// Show the n last created containers
    #[arg(short = 'n', long)]
    pub last: Option<usize>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Display total file sizes
    #[arg(short, long)]
    pub size: bool,
    /// Filter output (status=, name=, id=, label=, ancestor=, exited=, before=, since=)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output with a Go template, 'table TEMPLATE' or 'json'
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print column headings
    #[arg(long)]
    pub noheading: bool,
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
        ("Size", "SIZE"),
        ("State", "STATE"),
        ("Labels", "LABELS"),
        ("Mounts", "MOUNTS"),
        ("Networks", "NETWORKS"),
        ("Pid", "PID"),
    ],
};

/// docker's STATUS column.
fn status_text(st: &ContainerState) -> String {
    let since = |t: &Option<String>| {
        t.as_deref()
            .and_then(time::Timestamp::parse_rfc3339)
            .unwrap_or_default()
    };
    match st.status {
        Status::Created => "Created".into(),
        Status::Running => format!(
            "Up {}",
            time::human_duration(since(&st.started_at).elapsed())
        ),
        Status::Paused => format!(
            "Up {} (Paused)",
            time::human_duration(since(&st.started_at).elapsed())
        ),
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
        Status::Removing => "Removal In Progress".into(),
        Status::Dead => "Dead".into(),
    }
}

/// Go's strconv.Quote for the COMMAND column.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn ellipsis(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

struct Filters {
    status: Vec<String>,
    name: Vec<String>,
    id: Vec<String>,
    label: Vec<(String, Option<String>)>,
    ancestor: Vec<String>,
    exited: Vec<i32>,
    before: Option<String>,
    since: Option<String>,
}

fn parse_ps_filters(specs: &[String]) -> Result<Filters> {
    let mut f = Filters {
        status: vec![],
        name: vec![],
        id: vec![],
        label: vec![],
        ancestor: vec![],
        exited: vec![],
        before: None,
        since: None,
    };
    for s in specs {
        let (k, v) = s
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid filter {s:?}: want key=value"))?;
        match k {
            "status" => {
                let valid = [
                    "created",
                    "restarting",
                    "running",
                    "removing",
                    "paused",
                    "exited",
                    "dead",
                ];
                if !valid.contains(&v) {
                    bail!(
                        "invalid filter {s:?}: status is one of {}",
                        valid.join(", ")
                    );
                }
                f.status.push(v.into());
            }
            "name" => f.name.push(v.into()),
            "id" => f.id.push(v.into()),
            "label" => f.label.push(match v.split_once('=') {
                Some((a, b)) => (a.into(), Some(b.into())),
                None => (v.into(), None),
            }),
            "ancestor" => f.ancestor.push(v.into()),
            "exited" => f.exited.push(
                v.parse()
                    .map_err(|_| anyhow!("invalid filter {s:?}: exited takes a number"))?,
            ),
            "before" => f.before = Some(v.into()),
            "since" => f.since = Some(v.into()),
            _ => bail!(
                "invalid filter {k:?} (supported: status, name, id, label, ancestor, exited, before, since)"
            ),
        }
    }
    Ok(f)
}

pub fn ps(g: &Globals, a: &PsArgs) -> Result<i32> {
    let s = open(g, false)?;
    let f = parse_ps_filters(&a.filter)?;
    let index = s.containers.list()?;
    let images = s.images.images()?;
    let created_of = |name: &str| -> Result<String> {
        let e = s.containers.find(name)?;
        Ok(e.created)
    };
    let before = f.before.as_deref().map(created_of).transpose()?;
    let since = f.since.as_deref().map(created_of).transpose()?;
    let all = a.all || !f.status.is_empty() || !f.exited.is_empty() || a.latest || a.last.is_some();
    let mut rows = Vec::new();
    for e in &index {
        let (Ok(c), Ok(st)) = (s.containers.config(&e.id), ops::state(&s.containers, &e.id)) else {
            continue;
        };
        if !all && !st.status.is_active() {
            continue;
        }
        if !f.status.is_empty() && !f.status.iter().any(|x| x == st.status.as_str()) {
            continue;
        }
        if !f.name.is_empty()
            && !f
                .name
                .iter()
                .any(|n| c.name.contains(n.trim_start_matches('/')))
        {
            continue;
        }
        if !f.id.is_empty() && !f.id.iter().any(|i| c.id.starts_with(i)) {
            continue;
        }
        if !f.label.iter().all(|(k, v)| match v {
            Some(v) => c.labels.get(k) == Some(v),
            None => c.labels.contains_key(k),
        }) {
            continue;
        }
        if !f.ancestor.is_empty()
            && !f.ancestor.iter().any(|an| {
                crate::image::store::find(&images, an)
                    .ok()
                    .flatten()
                    .is_some_and(|i| i.id == c.image_id)
                    || *an == c.image
            })
        {
            continue;
        }
        if !(f.exited.is_empty() || st.status == Status::Exited && f.exited.contains(&st.exit_code))
        {
            continue;
        }
        if before.as_ref().is_some_and(|b| c.created >= *b)
            || since.as_ref().is_some_and(|b| c.created <= *b)
        {
            continue;
        }
        let created = time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
        let command = c.process.args.join(" ");
        let command = if a.no_trunc {
            go_quote(&command)
        } else {
            go_quote(&ellipsis(&command, 20))
        };
        let size = if a.size {
            let upper = dir_size(&s.containers.dir(&c.id).join("upper"));
            let image_size = images
                .iter()
                .find(|i| i.id == c.image_id)
                .map_or(0, |i| i.size);
            format!(
                "{} (virtual {})",
                units::human_size(upper),
                units::human_size(upper + image_size)
            )
        } else {
            String::new()
        };
        let labels = c
            .labels
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(",");
        rows.push(json!({
            "ID": if a.no_trunc { c.id.clone() } else { c.id[..12].to_string() },
            "Image": c.image,
            "Command": command,
            "CreatedAt": created.go_string_local(),
            "RunningFor": time::ago(created),
            "Status": status_text(&st),
            "State": st.status.as_str(),
            "Ports": crate::network::ports::ps_column(&st.ports),
            "Names": c.name,
            "Labels": labels,
            "Mounts": c.mounts.iter().filter(|m| m.kind != ctr::mounts::MountKind::Tmpfs).map(|m| m.source.clone()).collect::<Vec<_>>().join(","),
            "Networks": if c.network == "bridge" {
                c.net.networks.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(",")
            } else if c.network == "private" {
                String::new()
            } else {
                c.network.clone()
            },
            "Size": size,
            "Pid": st.pid,
        }));
        if a.latest {
            break;
        }
    }
    if let Some(n) = a.last {
        rows.truncate(n);
    }
    if a.quiet {
        let text: String = rows
            .iter()
            .map(|r| format!("{}\n", r["ID"].as_str().unwrap_or_default()))
            .collect();
        format::out(&text);
        return Ok(0);
    }
    let mut cols_default: Vec<(&str, &str)> = PS_COLUMNS.default.to_vec();
    if a.size {
        cols_default.push(("Size", "SIZE"));
    }
    let cols = Columns {
        default: &cols_default,
        extra: PS_COLUMNS.extra,
    };
    format::print_rows(
        &Format::parse(a.format.as_deref()),
        &rows,
        &cols,
        a.noheading,
    )?;
    Ok(0)
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
    #[arg(value_name = "CONTAINER", required = true)]
    pub names: Vec<String>,
    /// Format output with a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Display total file sizes
    #[arg(short, long)]
    pub size: bool,
}

/// docker's container inspect JSON.
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
    Ok(json!({
        "Id": c.id,
        "Created": c.created,
        "Path": c.process.args.first().cloned().unwrap_or_default(),
        "Args": c.process.args.iter().skip(1).collect::<Vec<_>>(),
        "State": {
            "Status": st.status.as_str(),
            "Running": st.status == Status::Running || st.status == Status::Paused,
            "Paused": st.status == Status::Paused,
            "Restarting": st.status == Status::Restarting,
            "OOMKilled": st.oom_killed,
            "Dead": st.status == Status::Dead,
            "Pid": st.pid,
            "ExitCode": st.exit_code,
            "Error": st.error,
            "StartedAt": st.started_at.clone().unwrap_or_else(|| zero.clone()),
            "FinishedAt": st.finished_at.clone().unwrap_or_else(|| zero.clone()),
        },
        "Image": c.image_id.to_string(),
        "ResolvConfPath": userdata.join("resolv.conf"),
        "HostnamePath": userdata.join("hostname"),
        "HostsPath": userdata.join("hosts"),
        "LogPath": s.log_path(id),
        "Name": format!("/{}", c.name),
        "RestartCount": st.restart_count,
        "Driver": "overlay",
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "ExecIDs": null,
        "HostConfig": {
            "Binds": binds_of(&c),
            "Tmpfs": tmpfs_of(&c),
            "ContainerIDFile": "",
            "LogConfig": {"Type": c.log_driver, "Config": {}},
            "NetworkMode": if c.network == "private" { "private" } else { c.network.as_str() },
            "PortBindings": crate::network::ports::inspect_map(&c.net.ports),
            "Dns": c.net.dns,
            "DnsSearch": c.net.dns_search,
            "DnsOptions": c.net.dns_options,
            "ExtraHosts": c.net.add_hosts,
            "RestartPolicy": {"Name": c.restart.name, "MaximumRetryCount": c.restart.max_retries},
            "AutoRemove": c.auto_remove,
            "CapAdd": c.security.cap_add,
            "CapDrop": c.security.cap_drop,
            "Dns": [],
            "GroupAdd": c.process.user.additional_gids,
            "Privileged": c.security.privileged,
            "ReadonlyRootfs": c.security.readonly_rootfs,
            "SecurityOpt": c.security.security_opt,
            "UsernsMode": c.userns,
            "Init": c.init,
            "Ulimits": c.rlimits.iter().map(|r| json!({"Name": r.name, "Soft": r.soft, "Hard": r.hard})).collect::<Vec<_>>(),
        },
        "GraphDriver": {
            "Data": {
                "LowerDir": lower.join(":"),
                "MergedDir": s.run_dir(id).join("merged"),
                "UpperDir": dir.join("upper"),
                "WorkDir": dir.join("work"),
            },
            "Name": "overlay",
        },
        "Mounts": mounts_json(&s.paths, &c),
        "Config": {
            "Hostname": c.hostname,
            "Domainname": c.domainname,
            "User": c.process.user.spec,
            "AttachStdin": c.process.stdin,
            "AttachStdout": true,
            "AttachStderr": true,
            "ExposedPorts": c.exposed_ports,
            "Tty": c.process.terminal,
            "OpenStdin": c.process.stdin,
            "StdinOnce": false,
            "Env": c.process.env,
            "Cmd": c.cmd,
            "Image": c.image,
            "Volumes": if c.volumes.is_empty() { serde_json::Value::Null } else { json!(c.volumes) },
            "WorkingDir": c.process.cwd,
            "Entrypoint": if c.entrypoint.is_empty() { serde_json::Value::Null } else { json!(c.entrypoint) },
            "OnBuild": null,
            "Labels": c.labels,
            "StopSignal": c.stop_signal,
            "StopTimeout": c.stop_timeout,
        },
        "NetworkSettings": network_settings_json(&c, &st),
    }))
}

/// inspect's `NetworkSettings`, docker's shape (the first network's
/// address at the top level too).
fn network_settings_json(c: &ContainerConfig, st: &ContainerState) -> serde_json::Value {
    let mut nets = serde_json::Map::new();
    for r in &c.net.networks {
        let a = st.networks.iter().find(|a| a.network == r.name);
        nets.insert(
            r.name.clone(),
            json!({
                "NetworkID": r.definition.as_ref().map(|d| d.id.clone()).unwrap_or_default(),
                "Aliases": r.aliases,
                "IPAddress": a.map(|a| a.ip.to_string()).unwrap_or_default(),
                "IPPrefixLen": a.map_or(0, |a| a.prefix),
                "Gateway": a.map(|a| a.gateway.to_string()).unwrap_or_default(),
                "GlobalIPv6Address": a.and_then(|a| a.ip6).map(|ip| ip.to_string()).unwrap_or_default(),
                "GlobalIPv6PrefixLen": a.map_or(0, |a| a.prefix6),
                "IPv6Gateway": a.and_then(|a| a.gateway6).map(|ip| ip.to_string()).unwrap_or_default(),
                "MacAddress": a.map(|a| a.mac.clone()).unwrap_or_default(),
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
        "Bridge": first.map(|a| a.bridge.clone()).unwrap_or_default(),
        "SandboxID": "",
        "Ports": ports,
        "SandboxKey": if st.pid > 0 { format!("/proc/{}/ns/net", st.pid) } else { String::new() },
        "Networks": nets,
        "IPAddress": first.map(|a| a.ip.to_string()).unwrap_or_default(),
        "IPPrefixLen": first.map_or(0, |a| a.prefix),
        "Gateway": first.map(|a| a.gateway.to_string()).unwrap_or_default(),
        "GlobalIPv6Address": first.and_then(|a| a.ip6).map(|ip| ip.to_string()).unwrap_or_default(),
        "GlobalIPv6PrefixLen": first.map_or(0, |a| a.prefix6),
        "IPv6Gateway": first.and_then(|a| a.gateway6).map(|ip| ip.to_string()).unwrap_or_default(),
        "MacAddress": first.map(|a| a.mac.clone()).unwrap_or_default(),
    })
}

/// Print container inspect JSON; `strict`: every name must be a container.
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
                "Mode": m.mode(),
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
    if t.is_empty() {
        serde_json::Value::Null
    } else {
        t.into()
    }
}

pub fn inspect_containers(
    g: &Globals,
    names: &[String],
    format: Option<&str>,
    strict: bool,
) -> Result<()> {
    let s = open(g, false)?;
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for n in names {
        match s.containers.find(n) {
            Ok(e) => items.push(inspect_value(&s.containers, &s.images, &e.id)?),
            Err(e) if strict => errors.push(e),
            Err(e) => errors.push(e),
        }
    }
    if !items.is_empty() || errors.is_empty() {
        format::print_inspect(format, &items)?;
    }
    if let Some(e) = errors.pop() {
        for other in errors {
            crate::log::print_error(&format!("{other:#}"), &[]);
        }
        return Err(e);
    }
    Ok(())
}

/// Does `name` name a container (for `inspect` without --type)?
pub fn is_container(g: &Globals, name: &str) -> bool {
    g.paths()
        .and_then(|p| ContainerStore::open(&p))
        .and_then(|s| s.find(name))
        .is_ok()
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
            "WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ",
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
    let mut freed = 0;
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
        freed += dir_size(&s.containers.dir(&e.id).join("upper"));
        ops::remove(&s.containers, &e.id, false)?;
        deleted.push(e.id);
    }
    if !deleted.is_empty() {
        text.push_str("Deleted Containers:\n");
        for d in deleted {
            text.push_str(&d);
            text.push('\n');
        }
        text.push('\n');
    }
    text.push_str(&format!(
        "Total reclaimed space: {}\n",
        units::human_size(freed)
    ));
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
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
