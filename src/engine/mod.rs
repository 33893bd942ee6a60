//! The engine: every operation skiff offers, once, for every front-end.
//!
//! The command line (`cli`), and later build, the REST API, pods and kube,
//! translate their input into the typed requests of this module, call one
//! function, and render its typed result. Nothing here prints (warnings go
//! through `log`, as everywhere), exits, or reads flags: the store
//! locations, the user and containers.conf come in as [`EngineOptions`].
//! Failures carry their [`crate::error::Kind`], which the CLI maps to
//! podman's exit codes and the REST API to HTTP statuses.
//!
//! * `container` — create, start, stop, kill, remove, wait, list,
//!   prune, logs, exec, and the selection of containers.
//! * `image` — pull, tag, untag, remove.
//! * `views` — docker's and podman's JSON shapes of containers, built once.

pub mod build;
pub mod container;
pub mod events;
pub mod files;
pub mod image;
pub mod network;
pub mod registry;
pub mod resources;
pub mod running;
pub mod system;
pub mod views;
pub mod volume;

use crate::container::ContainerStore;
use crate::image::store::ImageStore;
use crate::storage::StorePaths;
use anyhow::Result;
use std::path::PathBuf;

/// Where the stores are and how to treat them: skiff's global options and
/// containers.conf, already checked.
#[derive(Clone, Debug)]
pub struct EngineOptions {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    pub network_config_dir: Option<PathBuf>,
    pub volumepath: Option<PathBuf>,
    pub driver: crate::storage::Driver,
    pub mount_opts: Vec<String>,
    /// The runtime name containers are created for (`--runtime`).
    pub runtime: String,
    /// containers.conf, merged.
    pub conf: crate::config::Config,
    /// `--default-mounts-file`: (host path, container path).
    pub default_mounts: Vec<(PathBuf, String)>,
}

impl EngineOptions {
    /// Options for the default stores of the current user, with the
    /// machine's containers.conf.
    pub fn for_current_user() -> Result<EngineOptions> {
        let rootless = !nix::unistd::geteuid().is_root() || crate::storage::unshare_ids().is_some();
        Ok(EngineOptions {
            root: None,
            runroot: None,
            network_config_dir: None,
            volumepath: None,
            driver: crate::storage::Driver::Overlay,
            mount_opts: Vec::new(),
            runtime: crate::container::spec::DEFAULT_RUNTIME.to_string(),
            conf: crate::config::Config::load(rootless)?,
            default_mounts: Vec::new(),
        })
    }

    pub fn paths(&self) -> Result<StorePaths> {
        let mut p = StorePaths::resolve(self.root.clone(), self.runroot.clone())?;
        if let Some(v) = &self.volumepath {
            p.volumes.clone_from(v);
        }
        p.driver = self.driver;
        p.mount_opts.clone_from(&self.mount_opts);
        p.events = self.conf.engine.events_logger.as_deref() != Some("none");
        Ok(p)
    }

    pub fn networks(&self) -> Result<crate::network::NetworkStore> {
        // Inside our user namespace we are root, yet the definitions are
        // still the user's.
        let rootless = !nix::unistd::geteuid().is_root()
            || crate::storage::unshare_ids().is_some()
            || crate::runtime::userns::entered();
        crate::network::NetworkStore::open(self.network_config_dir.as_deref(), rootless)
    }
}

/// The open stores of one user. Cheap to open; any number of engines (in
/// any number of processes) work on the same stores at once, coordinated
/// by the stores' file locks.
pub struct Engine {
    pub images: ImageStore,
    pub containers: ContainerStore,
    pub networks: crate::network::NetworkStore,
    /// containers.conf, merged.
    pub conf: crate::config::Config,
    /// The runtime name new containers are created for.
    pub runtime: String,
    /// `--default-mounts-file` entries.
    pub default_mounts: Vec<(PathBuf, String)>,
}

impl Engine {
    /// Open the stores. A rootless engine stays in the host's user
    /// namespace until an operation needs the store's (see
    /// [`Engine::enter_userns`]).
    pub fn open(o: &EngineOptions) -> Result<Engine> {
        Engine::open_at(o, &o.paths()?)
    }

    /// Open the stores, already in the store's user namespace (rootless).
    pub fn open_in_userns(o: &EngineOptions) -> Result<Engine> {
        // The paths are the user's: resolved before we are root in the
        // namespace.
        let paths = o.paths()?;
        crate::runtime::userns::enter_if_rootless(&paths)?;
        Engine::open_at(o, &paths)
    }

    fn open_at(o: &EngineOptions, paths: &StorePaths) -> Result<Engine> {
        Ok(Engine {
            images: ImageStore::open(paths)?,
            containers: ContainerStore::open(paths)?,
            networks: o.networks()?,
            conf: o.conf.clone(),
            runtime: o.runtime.clone(),
            default_mounts: o.default_mounts.clone(),
        })
    }

    pub fn paths(&self) -> &StorePaths {
        &self.containers.paths
    }

    /// Log an event (`skiff events`, the API's `/events`).
    pub fn event(&self, e: &crate::storage::events::Event) {
        crate::storage::events::emit(self.paths(), e);
    }

    /// Log an image's event: its ID and the name it was given by.
    pub fn image_event(&self, status: &str, id: &crate::image::digest::Digest, name: &str) {
        use crate::storage::events::{Event, Type};
        self.event(&Event::named(Type::Image, status, id.hex(), name));
    }

    pub fn rootless(&self) -> bool {
        self.containers.paths.rootless
    }

    /// Rootless: join the store's user namespace, where container and
    /// layer files belong to the right IDs (once per process; the process
    /// must be single-threaded the first time). Signals are sent before
    /// this, from the host's namespace (see `container::stop`).
    pub fn enter_userns(&self) -> Result<()> {
        crate::runtime::userns::enter_if_rootless(&self.containers.paths)
    }
}
