//! Containers: create, start, stop, kill, remove, wait, logs, list,
//! prune, inspect, exec, and choosing the containers a request names.

use super::Engine;
use crate::container::logs::{self, Record};
use crate::container::select::{self, Selection, Target};
use crate::container::spec::{self, CreateOptions};
use crate::container::{
    self as ctr, ContainerConfig, ContainerState, ContainerStore, IndexEntry, Status, ops,
};
use crate::image::store::ImageRecord;
use crate::registry::progress::Progress;
use crate::runtime::exec::ExecRequest;
use crate::runtime::monitor::{self, Attach};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use std::path::PathBuf;

/// Everything `create` (and `run`) asks for.
#[derive(Clone, Debug, Default)]
pub struct CreateRequest {
    /// The container's settings; `options.network` is the mode asked for.
    pub options: CreateOptions,
    /// When to pull the image.
    pub pull: super::image::PullPolicy,
    /// How to pull it.
    pub registry: super::image::PullRequest,
    pub network_alias: Vec<String>,
    pub ip: Option<String>,
    pub ip6: Option<String>,
    pub mac_address: Option<String>,
    pub publish: Vec<String>,
    pub publish_all: bool,
    pub expose: Vec<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    pub add_host: Vec<String>,
    pub link: Vec<String>,
    /// `-v` specs.
    pub volume: Vec<String>,
    /// `--mount` specs.
    pub mount: Vec<String>,
    pub tmpfs: Vec<String>,
    pub volumes_from: Vec<String>,
    /// Remove a container of the same name first.
    pub replace: bool,
    /// Write the new container's ID here (it must not exist).
    pub cidfile: Option<PathBuf>,
}

/// How to remove containers.
#[derive(Clone, Copy, Debug, Default)]
pub struct RemoveRequest {
    /// Running ones too (stopped first).
    pub force: bool,
    /// Seconds to wait for a forced stop (none: kill at once).
    pub timeout: Option<u32>,
    /// Their anonymous volumes too.
    pub volumes: bool,
}

/// What `list` shows.
#[derive(Clone, Debug, Default)]
pub struct ListRequest {
    /// Stopped containers too.
    pub all: bool,
    /// Only the newest.
    pub latest: bool,
    /// The `n` newest.
    pub last: Option<usize>,
    /// podman's `--filter` expressions.
    pub filters: Vec<String>,
    /// Compute sizes (slow).
    pub sizes: bool,
}

/// One listed container.
pub struct Listed {
    pub config: ContainerConfig,
    pub state: ContainerState,
    /// (writable layer, writable layer + image), when asked for.
    pub size: Option<(u64, u64)>,
}

/// Which log records to read.
#[derive(Clone, Copy, Debug, Default)]
pub struct LogsRequest {
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// Only the last `n` records of each container.
    pub tail: Option<usize>,
    /// Keep reading while any of the containers runs.
    pub follow: bool,
}

/// A container whose log a [`LogReader`] reads.
pub struct LogSource {
    pub id: String,
    pub name: String,
    reader: logs::Reader,
}

/// The records of one or more containers' logs, in time order, in
/// batches: the stored ones first, then (following) what is written next.
pub struct LogReader<'e> {
    engine: &'e Engine,
    sources: Vec<LogSource>,
    req: LogsRequest,
    started: bool,
}

/// Where an exec'd process's standard streams go.
pub enum ExecIo {
    /// This process's own stdio. The process joins the container itself
    /// (no extra fork): only for a process that ends afterwards, as the
    /// CLI.
    Inherit,
    /// These descriptors, from a helper process; the caller stays where
    /// it is. The caller must be single-threaded (it forks).
    Fds {
        stdin: std::os::fd::OwnedFd,
        stdout: std::os::fd::OwnedFd,
        stderr: std::os::fd::OwnedFd,
    },
}

impl Engine {
    /// Create a container record; returns its config.
    /// A create's cgroup settings from its flags, checked before anything
    /// is made (containers.conf `pids_limit` is the default for root).
    fn cgroup_config(&self, o: &CreateOptions) -> Result<ctr::resources::CgroupConfig> {
        use crate::runtime::cgroups::{Version, version};
        let v2 = version() == Version::V2;
        let mut c = ctr::resources::CgroupConfig {
            parent: o.cgroup_parent.clone().unwrap_or_default(),
            mode: o.cgroups.clone().unwrap_or_default(),
            namespace: o.cgroupns.clone().unwrap_or_default(),
            oom_score_adj: o.oom_score_adj,
            resources: Default::default(),
        };
        c.resources.apply(&o.resources, v2)?;
        if o.resources.pids_limit.is_none()
            && !self.containers.paths.rootless
            && !c.disabled()
            && let Some(n) = self.conf.containers.pids_limit.filter(|n| *n > 0)
        {
            c.resources.pids_limit = n;
        }
        ctr::resources::check_modes(&c)?;
        if self.containers.paths.rootless && !v2 && c.resources.any() {
            crate::warn!(
                "Resource limits are not supported and ignored on cgroups V1 rootless systems"
            );
            c.resources = Default::default();
        }
        Ok(c)
    }

    pub fn create(&self, r: &CreateRequest, progress: &Progress) -> Result<ContainerConfig> {
        self.enter_userns()?;
        let mut o = r.options.clone();
        if o.userns.as_deref() == Some("keep-id") && self.containers.paths.rootless {
            o.keep_id = Some(keep_id(&self.containers.paths)?);
        }
        if let Some(n) = &o.name {
            ctr::names::validate(n)?;
        }
        o.cgroup = self.cgroup_config(&o)?;
        let img = self.image_for_run(&o.image, r.pull, &r.registry, progress)?;
        let image_config = self.images.config(&img)?;
        o.image_full_name = crate::image::store::full_name(&img, &o.image);
        o.conf = self.conf.containers.clone();
        o.runtime.clone_from(&self.runtime);
        if o.userns.is_none() && o.conf.userns.as_deref().is_some_and(|u| u != "host") {
            o.userns.clone_from(&o.conf.userns);
        }
        if o.userns.as_deref() == Some("keep-id")
            && o.keep_id.is_none()
            && self.containers.paths.rootless
        {
            o.keep_id = Some(keep_id(&self.containers.paths)?);
        }
        o.mounts = self.requested_mounts(r)?;
        let (mode, net) = self.network_settings(r, &image_config)?;
        o.network = Some(mode);
        o.net = net;
        if let (Some(name), true) = (&o.name, r.replace)
            && let Ok(old) = self.containers.find(name)
        {
            ops::remove(
                &self.containers,
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
            let index = self.containers.list()?;
            ctr::names::generate(|n| index.iter().any(|e| e.name == n))
        };
        let config = spec::build(&self.images, &img, &image_config, &o, id, name)?;
        let paths = &self.containers.paths;
        if paths.rootless && config.keep_id.is_none() {
            let m = crate::runtime::userns::Mapping::for_current_user(paths.uid, paths.gid);
            let u = &config.process.user;
            if !m.is_full()
                && (u.uid != 0 || u.gid != 0 || u.additional_gids.iter().any(|&g| g != 0))
            {
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
        let _pin = self.images.lock(crate::storage::lock::Mode::Shared)?;
        for l in &config.layers {
            if !self.images.has_layer(l) {
                bail!(
                    "{}: image was removed while the container was being created",
                    o.image
                );
            }
        }
        let mut config = config;
        // vfs: the container's own copy of the image, made before the volumes
        // (which are filled from it) and moved in with the record.
        let vfs_copy = match self.containers.paths.driver {
            crate::storage::Driver::Vfs => {
                let t = crate::storage::tmp::TempDir::new(&self.containers.paths.tmp_dir(), "vfs")?;
                let root = t.path().join(ctr::vfs::ROOTFS);
                crate::storage::ensure_dir(&root, 0o755)?;
                ctr::vfs::populate(
                    &self.images,
                    &config.layers,
                    &root,
                    self.containers.paths.rootless,
                )
                .context("copying the image for the container (vfs)")?;
                Some((t, root))
            }
            crate::storage::Driver::Overlay => None,
        };
        let rootfs = vfs_copy.as_ref().map(|(_, r)| r.as_path());
        if config.mounts.is_empty() {
            self.containers.add(&config, &state, rootfs)?;
        } else {
            // Volumes are made (and filled from the image) and the record
            // written under the volumes lock: a concurrent `volume rm` sees
            // either no container or one that uses them.
            let vs = crate::volume::VolumeStore::open(&self.containers.paths)?;
            let vlock = vs.lock()?;
            let ctx = ctr::mounts::PrepareContext {
                layers_root: &self.images.paths.root.join("layers"),
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
                rootless: self.containers.paths.rootless,
                scratch: self
                    .containers
                    .paths
                    .runroot
                    .join(format!("view-{}", &config.id[..12])),
            };
            let created = ctr::mounts::prepare(&mut config.mounts, &vs, &vlock, &ctx)?;
            if let Err(e) = self.containers.add(&config, &state, rootfs) {
                for v in created {
                    let _ = vs.remove(&vlock, &v);
                }
                return Err(e);
            }
        }
        if let Some(f) = &r.cidfile {
            write_cidfile(f, &config.id)?;
        }
        Ok(config)
    }

    /// `-v`, `--mount`, `--tmpfs` and `--volumes-from`, parsed.
    /// The network mode and settings a create asks for, checked against the
    /// network definitions and other containers.
    fn network_settings(
        &self,
        a: &CreateRequest,
        image_config: &crate::image::spec::ImageConfig,
    ) -> Result<(String, spec::NetSettings)> {
        use crate::network::ports;
        let rootless = self.containers.paths.rootless;
        // containers.conf's netns: the mode when none is asked for ("private",
        // podman's default, is a bridge for root and user-mode networking for
        // everyone else).
        let configured = self
            .conf
            .containers
            .netns
            .as_deref()
            .filter(|n| *n != "private");
        let raw = match (&a.options.network, configured) {
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
                let other = self.containers.find(&r["container:".len()..])?;
                format!("container:{}", other.id)
            }
            r => {
                let names: Vec<&str> = if r == "bridge" || r == "default" {
                    vec![crate::network::DEFAULT_NETWORK]
                } else {
                    r.split(',').collect()
                };
                for n in &names {
                    let def = self.networks.find(n)?;
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
                let other = self.containers.find(name)?;
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
        if mode == "none"
            && !(a.dns.is_empty() && a.dns_search.is_empty() && a.dns_option.is_empty())
        {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                "conflicting options: dns and the network mode: none"
            ));
        }
        Ok((mode, net))
    }

    fn requested_mounts(&self, a: &CreateRequest) -> Result<Vec<ctr::mounts::Mount>> {
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
        for (src, dst) in &self.default_mounts {
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
            let src = self.containers.find(&name)?;
            for mut mnt in self.containers.config(&src.id)?.mounts {
                if mnt.kind == MountKind::Tmpfs
                    || out.iter().any(|x| x.destination == mnt.destination)
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

    /// Start a created or stopped container, attached as asked.
    pub fn start(&self, id: &str, attach: Attach) -> Result<monitor::Started> {
        self.enter_userns()?;
        monitor::start(&self.containers, &self.images, id, attach)
    }

    /// Start a container unless it runs already; whether it was started.
    pub fn start_detached(&self, id: &str) -> Result<bool> {
        self.enter_userns()?;
        if ops::state(&self.containers, id)?.status.is_active() {
            return Ok(false);
        }
        monitor::start(&self.containers, &self.images, id, Attach::Detached)?;
        Ok(true)
    }

    /// Every container's ID, newest first.
    pub fn container_ids(&self) -> Result<Vec<String>> {
        Ok(self.containers.list()?.into_iter().map(|e| e.id).collect())
    }

    /// A container by name or ID (or unique ID prefix).
    pub fn find(&self, name: &str) -> Result<IndexEntry> {
        self.containers.find(name)
    }

    pub fn config(&self, id: &str) -> Result<ContainerConfig> {
        self.containers.config(id)
    }

    /// The container's state, reconciled with its processes.
    pub fn state(&self, id: &str) -> Result<ContainerState> {
        ops::state(&self.containers, id)
    }

    /// The containers a selection names (see `container::select`), kept
    /// by state.
    pub fn select(
        &self,
        sel: &Selection,
        keep: impl Fn(&ContainerState) -> bool,
    ) -> Result<Vec<Target>> {
        let images = if sel.filters.is_empty() {
            Vec::new()
        } else {
            self.images.images()?
        };
        select::select(&self.containers, &images, sel, keep)
    }

    /// The one container a command acts on: the name given, or with
    /// `latest` the one created last.
    pub fn one(&self, name: Option<&str>, latest: bool, cmd: &str) -> Result<IndexEntry> {
        match (name, latest) {
            (Some(_), true) => bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                "--latest and containers cannot be used together"
            )),
            (Some(n), false) => self.containers.find(n),
            (None, true) => self.containers.list()?.into_iter().next().ok_or_else(|| {
                crate::error::classified(crate::error::Kind::NotFound, "no containers to act on")
            }),
            (None, false) => bail!(select::need_one(cmd)),
        }
    }

    /// Stop a container: its stop signal, then after `timeout` seconds
    /// (its own by default) SIGKILL. Sent from the host's user namespace,
    /// which holds CAP_KILL over every container of the user's.
    pub fn stop(&self, id: &str, timeout: Option<u32>) -> Result<bool> {
        ops::stop(&self.containers, id, timeout)
    }

    /// Send a signal to a running container.
    pub fn kill(&self, id: &str, sig: i32) -> Result<()> {
        ops::kill(&self.containers, id, sig)
    }

    /// The order to remove `targets` in and the ones refused: with
    /// `depend`, each one's dependents first (labelled by ID, as podman);
    /// a container others join (`--network container:`) is refused unless
    /// they go first (or it runs and `force` is off: then the removal
    /// itself reports it running).
    pub fn removal_order(
        &self,
        targets: Vec<Target>,
        depend: bool,
        force: bool,
    ) -> Result<(Vec<Target>, Vec<anyhow::Error>)> {
        let mut targets = targets;
        if depend {
            fn add(cs: &ContainerStore, t: Target, out: &mut Vec<Target>) -> Result<()> {
                for d in select::dependents(cs, &t.entry.id)? {
                    if out.iter().any(|x| x.entry.id == d) {
                        continue;
                    }
                    if let Ok(e) = cs.find(&d) {
                        add(
                            cs,
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
            let mut ordered: Vec<Target> = Vec::new();
            for t in targets {
                add(&self.containers, t, &mut ordered)?;
            }
            targets = ordered;
        }
        let mut ok: Vec<Target> = Vec::new();
        let mut refused = Vec::new();
        for t in targets {
            let deps: Vec<String> = select::dependents(&self.containers, &t.entry.id)?
                .into_iter()
                .filter(|d| !ok.iter().any(|x| x.entry.id == *d))
                .collect();
            let running = !force
                && ops::state(&self.containers, &t.entry.id).is_ok_and(|st| st.status.is_active());
            if deps.is_empty() || running {
                ok.push(t);
            } else {
                refused.push(crate::error::classified(
                    crate::error::Kind::Conflict,
                    format!(
                        "container {} has dependent containers which must be removed before it: {}: container already exists",
                        t.entry.id,
                        deps.join(", ")
                    ),
                ));
            }
        }
        Ok((ok, refused))
    }

    /// Remove containers, in order; each one's result. A forced removal
    /// stops them all first, from the host's user namespace (see
    /// [`Engine::stop`]).
    pub fn remove(&self, targets: &[Target], r: RemoveRequest) -> Result<Vec<Result<()>>> {
        if r.force {
            for t in targets {
                let _ = ops::stop(&self.containers, &t.entry.id, Some(r.timeout.unwrap_or(0)));
            }
        }
        // Container files belong to subordinate IDs.
        self.enter_userns()?;
        let opts = ops::RemoveOptions {
            force: r.force,
            timeout: r.timeout,
        };
        Ok(targets
            .iter()
            .map(|t| {
                let mounts = self
                    .containers
                    .config(&t.entry.id)
                    .map(|c| c.mounts)
                    .unwrap_or_default();
                ops::remove(&self.containers, &t.entry.id, opts)?;
                if r.volumes {
                    ops::remove_anonymous_volumes(&self.containers, &mounts)?;
                }
                Ok(())
            })
            .collect())
    }

    /// Remove the stopped containers that match `filters` (`until=`,
    /// `label=`); their IDs.
    pub fn prune(&self, filters: &[String]) -> Result<Vec<String>> {
        self.enter_userns()?;
        let mut until = None;
        let mut labels = Vec::new();
        for f in filters {
            match f.split_once('=') {
                Some(("until", v)) => {
                    until = Some(
                        Timestamp::parse_user_time(v)
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
        let mut deleted = Vec::new();
        for e in self.containers.list()? {
            let (Ok(c), Ok(st)) = (
                self.containers.config(&e.id),
                ops::state(&self.containers, &e.id),
            ) else {
                continue;
            };
            if st.status.is_active() {
                continue;
            }
            let created = Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
            if until.is_some_and(|u| created >= u) {
                continue;
            }
            if !labels.iter().all(|(k, v)| match v {
                Some(v) => c.labels.get(k) == Some(v),
                None => c.labels.contains_key(k),
            }) {
                continue;
            }
            ops::remove(&self.containers, &e.id, ops::RemoveOptions::default())?;
            deleted.push(e.id);
        }
        Ok(deleted)
    }

    /// Wait until one of `conditions` holds; the exit code (podman's -1
    /// when the condition met is not an exit).
    pub fn wait(
        &self,
        id: &str,
        conditions: &[Condition],
        interval: std::time::Duration,
    ) -> Result<i32> {
        wait_one(&self.containers, id, conditions, interval)
    }

    /// The containers podman's `ps` lists, oldest first.
    pub fn list(&self, r: &ListRequest) -> Result<Vec<Listed>> {
        let f = select::Filters::parse(&r.filters)?;
        let index = self.containers.list()?;
        let images = self.images.images()?;
        let all = r.all || f.wants_stopped() || r.latest || r.last.is_some();
        let mut items = Vec::new();
        for e in &index {
            let (Ok(c), Ok(st)) = (
                self.containers.config(&e.id),
                ops::state(&self.containers, &e.id),
            ) else {
                continue;
            };
            if !all && !st.status.is_active() {
                continue;
            }
            if !f.matches(&c, &st, &index, &images)? {
                continue;
            }
            items.push((c, st));
            if r.latest {
                break;
            }
        }
        if let Some(n) = r.last {
            items.truncate(n);
        }
        // podman lists the oldest first (its "created" order).
        items.reverse();
        Ok(items
            .into_iter()
            .map(|(config, state)| {
                let size = r.sizes.then(|| self.size_of(&config, &images));
                Listed {
                    config,
                    state,
                    size,
                }
            })
            .collect())
    }

    /// (writable layer, writable layer + image) of a container.
    fn size_of(&self, c: &ContainerConfig, images: &[ImageRecord]) -> (u64, u64) {
        let image_size = images
            .iter()
            .find(|i| i.id == c.image_id)
            .map_or(0, |i| i.size);
        match self.containers.paths.driver {
            crate::storage::Driver::Overlay => {
                let upper = crate::storage::tree_size(&self.containers.dir(&c.id).join("upper"));
                (upper, upper + image_size)
            }
            crate::storage::Driver::Vfs => {
                let rootfs = self.containers.dir(&c.id).join(ctr::vfs::ROOTFS);
                let rw = ctr::rootfs::changes(&self.containers, &self.images, c)
                    .map_or(0, |ch| ctr::vfs::changes_size(&rootfs, &ch));
                (rw, rw + image_size)
            }
        }
    }

    /// podman's container inspect JSON.
    pub fn inspect(&self, id: &str) -> Result<serde_json::Value> {
        super::views::container_inspect(&self.containers, &self.images, id)
    }

    /// Read the logs of containers (see [`LogReader`]).
    pub fn logs(&self, ids: &[String], req: LogsRequest) -> Result<LogReader<'_>> {
        let mut sources = Vec::new();
        for id in ids {
            let c = self.containers.config(id)?;
            let reader =
                logs::Reader::open(&c.log_driver, &self.containers.log_path(&c.id), &c.id)?;
            sources.push(LogSource {
                id: c.id.clone(),
                name: c.name.clone(),
                reader,
            });
        }
        Ok(LogReader {
            engine: self,
            sources,
            req,
            started: false,
        })
    }

    /// Start a process in a running container from a helper process with
    /// `stdio`: the caller pumps the other ends, then waits.
    pub fn exec_spawn(
        &self,
        id: &str,
        req: &ExecRequest,
        stdio: [std::os::fd::OwnedFd; 3],
    ) -> Result<crate::runtime::exec::Helper> {
        let h = crate::runtime::exec::spawn_helper(&self.containers, id, req, stdio)?;
        self.exec_event(id, req);
        Ok(h)
    }

    /// podman's `exec` event: the container's, with the command.
    fn exec_event(&self, id: &str, req: &ExecRequest) {
        if let Ok(c) = self.containers.config(id) {
            let mut e = crate::storage::events::Event::container("exec", &c);
            e.attributes
                .insert("execCommand".into(), req.args.join(" "));
            self.event(&e);
        }
    }

    /// `healthcheck run`: check a container's health now.
    pub fn healthcheck_run(&self, name: &str) -> Result<crate::runtime::health::Verdict> {
        let e = self.containers.find(name).map_err(|e| {
            let kind = crate::error::kind_of(&e);
            crate::error::classified(
                kind,
                format!("unable to look up {name} to perform a health check: {e}"),
            )
        })?;
        crate::runtime::health::check(&self.containers, &e.id)
    }

    /// Run a process in a running container; its exit code.
    pub fn exec(&self, id: &str, req: &ExecRequest, io: ExecIo) -> Result<i32> {
        self.exec_event(id, req);
        match io {
            ExecIo::Inherit => crate::runtime::exec::exec(&self.containers, id, req),
            ExecIo::Fds {
                stdin,
                stdout,
                stderr,
            } => crate::runtime::exec::exec_in_helper(
                &self.containers,
                id,
                req,
                [stdin, stdout, stderr],
            ),
        }
    }
}

impl LogReader<'_> {
    /// The containers, in the order their records refer to them.
    pub fn sources(&self) -> &[LogSource] {
        &self.sources
    }

    /// The next records, as (source index, record), in time order; `None`
    /// when there are no more (not following, or every container stopped).
    pub fn next_batch(&mut self) -> Result<Option<Vec<(usize, Record)>>> {
        let r = self.req;
        if !self.started {
            self.started = true;
            let mut all = Vec::new();
            for (i, src) in self.sources.iter_mut().enumerate() {
                let mut records = src.reader.read()?;
                records.retain(|x| {
                    r.since.is_none_or(|t| x.time >= t) && r.until.is_none_or(|t| x.time <= t)
                });
                if let Some(n) = r.tail {
                    let skip = records.len().saturating_sub(n);
                    records.drain(..skip);
                }
                all.extend(records.into_iter().map(|x| (i, x)));
            }
            all.sort_by_key(|x| x.1.time);
            return Ok(Some(all));
        }
        if !r.follow {
            return Ok(None);
        }
        loop {
            let mut running = false;
            let mut more = Vec::new();
            for (i, src) in self.sources.iter_mut().enumerate() {
                running |= ops::state(&self.engine.containers, &src.id)
                    .is_ok_and(|st| st.status.is_active());
                let recs = src.reader.read()?;
                more.extend(
                    recs.into_iter()
                        .filter(|x| r.until.is_none_or(|t| x.time <= t))
                        .map(|x| (i, x)),
                );
            }
            more.sort_by_key(|x| x.1.time);
            if !running {
                // Whatever came last, then the end.
                self.req.follow = false;
                return Ok(if more.is_empty() { None } else { Some(more) });
            }
            if !more.is_empty() {
                return Ok(Some(more));
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
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

/// One `wait --condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
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
    pub fn parse(s: &str) -> Result<Condition> {
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

/// Pass a signal to a started container's process (the CLI's
/// `--sig-proxy`); nothing when it is gone or was replaced.
pub fn forward_signal(pid: i32, pid_start: u64, sig: i32) -> bool {
    ops::signal_process(pid, pid_start, sig)
}
