//! The host and the stores as podman's `info` and `version` show them.

use super::Engine;
use anyhow::{Context, Result};
use serde_json::json;

/// podman's version block (`version` and `info`).
pub fn version_value() -> serde_json::Value {
    let arch = crate::image::spec::host_platform().architecture;
    json!({
        "APIVersion": env!("CARGO_PKG_VERSION"),
        "Version": env!("CARGO_PKG_VERSION"),
        "GoVersion": "",
        "GitCommit": option_env!("SKIFF_GIT_COMMIT").unwrap_or(""),
        "BuiltTime": "Thu Jan  1 00:00:00 1970",
        "Built": 0,
        "OsArch": format!("linux/{arch}"),
        "Os": "linux",
    })
}

/// (ID, VERSION_ID, VERSION_CODENAME) of /etc/os-release.
fn os_release() -> (String, String, String) {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let get = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    (get("ID"), get("VERSION_ID"), get("VERSION_CODENAME"))
}

/// A /proc/meminfo value in bytes.
fn meminfo(key: &str) -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(':')))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// podman's CPU utilisation: the shares of /proc/stat's first line.
fn cpu_utilization() -> serde_json::Value {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let f: Vec<f64> = text
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    let get = |i: usize| f.get(i).copied().unwrap_or(0.0);
    let total: f64 = f.iter().sum();
    let pct = |v: f64| {
        if total > 0.0 {
            (v * 10000.0 / total).round() / 100.0
        } else {
            0.0
        }
    };
    json!({
        "userPercent": pct(get(0) + get(1)),
        "systemPercent": pct(get(2) + get(5) + get(6)),
        "idlePercent": pct(get(3)),
    })
}

/// `0h 13m 49.00s`, from /proc/uptime.
fn uptime() -> String {
    let secs: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|t| t.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or(0.0);
    let s = secs.floor() as u64;
    format!("{}h {}m {}.00s", s / 3600, (s % 3600) / 60, s % 60)
}

/// The cgroup controllers available here (v1 hierarchies, or the v2
/// root's `cgroup.controllers`).
fn cgroup_controllers() -> Vec<String> {
    match crate::runtime::cgroups::version() {
        crate::runtime::cgroups::Version::V2 => {
            std::fs::read_to_string("/sys/fs/cgroup/cgroup.controllers")
                .unwrap_or_default()
                .split_whitespace()
                .map(String::from)
                .collect()
        }
        crate::runtime::cgroups::Version::V1 => {
            let text = std::fs::read_to_string("/proc/cgroups").unwrap_or_default();
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let f: Vec<&str> = l.split_whitespace().collect();
                    (f.len() >= 4 && f[3] == "1").then(|| f[0].to_string())
                })
                .collect()
        }
    }
}

/// The first line of `PROG --version`, or "".
fn program_version(path: &std::path::Path) -> String {
    std::process::Command::new(path)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim_end().to_string())
        .unwrap_or_default()
}

/// The ID mappings of a rootless store (`/etc/subuid` ranges after the
/// user's own ID), podman's `idMappings`.
fn id_maps(paths: &crate::storage::StorePaths) -> serde_json::Value {
    if !paths.rootless {
        return json!({"gidmap": null, "uidmap": null});
    }
    let m = crate::runtime::userns::Mapping::for_current_user(paths.uid, paths.gid);
    let map = |own: u32, range: Option<crate::runtime::userns::IdRange>| {
        let mut v = vec![json!({"container_id": 0, "host_id": own, "size": 1})];
        if let Some(r) = range {
            v.push(json!({"container_id": 1, "host_id": r.start, "size": r.count}));
        }
        v
    };
    json!({"gidmap": map(paths.gid, m.subgid), "uidmap": map(paths.uid, m.subuid)})
}

impl Engine {
    /// podman's `info`: its JSON/YAML keys (camelCase; the CLI's templates
    /// use Go's field names instead).
    pub fn info(&self) -> Result<serde_json::Value> {
        let g = self;
        let paths = self.containers.paths.clone();
        let images = self.images.images()?.len();
        let containers = &self.containers;
        let (mut running, mut paused, mut stopped) = (0u64, 0u64, 0u64);
        let entries = containers.list()?;
        for e in &entries {
            match crate::container::ops::state(containers, &e.id).map(|s| s.status) {
                Ok(crate::container::Status::Paused) => paused += 1,
                Ok(s) if s.is_active() => running += 1,
                _ => stopped += 1,
            }
        }
        let registries = crate::registry::conf::RegistriesConf::load()
            .map(|c| c.search_registries())
            .unwrap_or_default();
        let uts = nix::sys::utsname::uname().context("uname")?;
        let (distro, distro_version, codename) = os_release();
        let cgroup = match crate::runtime::cgroups::version() {
            crate::runtime::cgroups::Version::V1 => "v1",
            crate::runtime::cgroups::Version::V2 => "v2",
        };
        let ncpu = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let exe = std::env::current_exe().unwrap_or_default();
        let version = env!("CARGO_PKG_VERSION");
        let caps: Vec<String> = g.conf.containers.default_capabilities.clone().map_or_else(
            || {
                crate::container::spec::DEFAULT_CAPS
                    .iter()
                    .map(|s| (*s).to_string())
                    .collect()
            },
            |v| {
                v.iter()
                    .map(|c| crate::container::spec::normalize_cap(c).unwrap_or_else(|_| c.clone()))
                    .collect()
            },
        );
        let mut caps = caps;
        caps.sort();
        let slirp = crate::network::pasta::find_in_path("slirp4netns");
        let statvfs = nix::sys::statvfs::statvfs(&paths.root).ok();
        let (allocated, used) = statvfs.map_or((0, 0), |s| {
            let f = s.fragment_size();
            (s.blocks() * f, (s.blocks() - s.blocks_free()) * f)
        });
        let backing = nix::sys::statfs::statfs(&paths.root).map_or("unknown", |s| {
            if s.filesystem_type() == nix::sys::statfs::EXT4_SUPER_MAGIC {
                "extfs"
            } else if s.filesystem_type() == nix::sys::statfs::TMPFS_MAGIC {
                "tmpfs"
            } else if s.filesystem_type() == nix::sys::statfs::XFS_SUPER_MAGIC {
                "xfs"
            } else if s.filesystem_type() == nix::sys::statfs::BTRFS_SUPER_MAGIC {
                "btrfs"
            } else {
                "unknown"
            }
        });
        let log_driver = g
            .conf
            .containers
            .log_driver
            .clone()
            .unwrap_or_else(|| crate::container::spec::DEFAULT_LOG_DRIVER.into());
        let events = g
            .conf
            .engine
            .events_logger
            .clone()
            .unwrap_or_else(|| "file".into());
        let socket = crate::storage::default_api_socket(paths.uid)
            .unwrap_or_else(|_| paths.runroot.join("skiff.sock"));
        let socket_exists = std::fs::symlink_metadata(&socket)
            .is_ok_and(|m| std::os::unix::fs::FileTypeExt::is_socket(&m.file_type()));
        let arch = crate::image::spec::host_platform().architecture;
        Ok(json!({
            "host": {
                "arch": arch,
                "buildahVersion": "",
                "cgroupManager": "cgroupfs",
                "cgroupVersion": cgroup,
                "cgroupControllers": cgroup_controllers(),
                "conmon": {
                    "package": "skiff",
                    "path": exe,
                    "version": format!("skiff monitor {version}"),
                },
                "cpus": ncpu,
                "cpuUtilization": cpu_utilization(),
                "distribution": {
                    "distribution": distro,
                    "version": distro_version,
                    "codename": codename,
                },
                "eventLogger": events,
                "hostname": uts.nodename().to_string_lossy(),
                "idMappings": id_maps(&paths),
                "kernel": uts.release().to_string_lossy(),
                "logDriver": log_driver,
                "memFree": meminfo("MemAvailable"),
                "memTotal": meminfo("MemTotal"),
                "networkBackend": "skiff",
                "ociRuntime": {
                    "name": g.runtime,
                    "package": "skiff",
                    "path": exe,
                    "version": format!("skiff version {version}\nspec: {}", oci_spec::runtime::Spec::default().version()),
                },
                "os": "linux",
                // podman omits `exists` when false.
                "remoteSocket": if socket_exists {
                    json!({"path": socket, "exists": true})
                } else {
                    json!({"path": socket})
                },
                "serviceIsRemote": false,
                "security": {
                    "apparmorEnabled": false,
                    "capabilities": caps.join(","),
                    "rootless": paths.rootless,
                    "seccompEnabled": true,
                    "seccompProfilePath": "",
                    "selinuxEnabled": false,
                },
                "slirp4netns": {
                    "executable": slirp.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
                    "package": "",
                    "version": slirp.as_deref().map(program_version).unwrap_or_default(),
                },
                "swapFree": meminfo("SwapFree"),
                "swapTotal": meminfo("SwapTotal"),
                "uptime": uptime(),
                "linkmode": "dynamic",
            },
            "store": {
                "configFile": "",
                "containerStore": {
                    "number": entries.len(),
                    "paused": paused,
                    "running": running,
                    "stopped": stopped,
                },
                "graphDriverName": paths.driver.as_str(),
                "graphOptions": {},
                "graphRoot": paths.root,
                "graphRootAllocated": allocated,
                "graphRootUsed": used,
                "graphStatus": {
                    "Backing Filesystem": backing,
                    "Native Overlay Diff": "true",
                    "Supports d_type": "true",
                    "Using metacopy": "false",
                },
                "imageCopyTmpDir": "/var/tmp",
                "imageStore": {"number": images},
                "runRoot": paths.runroot,
                "volumePath": paths.volumes,
            },
            "registries": if registries.is_empty() { json!({}) } else { json!({"search": registries}) },
            "plugins": {
                "volume": ["local"],
                "network": ["bridge"],
                "log": ["json-file", "k8s-file", "none"],
                "authorization": null,
            },
            "version": version_value(),
        }))
    }
}

/// `unshare`: become root in the rootless store's user namespace, in a
/// mount namespace of the session's own (owned by that user namespace:
/// `skiff mount` works in it, and its mounts go with it), and with
/// `netns` in the store's network namespace; the store's paths, which the
/// command run there is told.
pub fn enter_unshare(o: &super::EngineOptions, netns: bool) -> Result<crate::storage::StorePaths> {
    let paths = o.paths()?;
    if !paths.rootless {
        anyhow::bail!("please use unshare with rootless");
    }
    crate::runtime::userns::enter_rootless(&paths)?;
    if !crate::runtime::userns::in_unshare() {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
            .context("creating a mount namespace")?;
    }
    if netns {
        let place = crate::network::bridge::Place::for_store(&paths)?;
        if let Some(ns) = &place.netns {
            let f = std::fs::File::open(ns).context("opening the rootless network namespace")?;
            nix::sched::setns(f, nix::sched::CloneFlags::CLONE_NEWNET)
                .context("joining the rootless network namespace")?;
        }
    }
    Ok(paths)
}

/// `version`'s JSON: the client block.
pub fn version_json() -> serde_json::Value {
    json!({"Client": version_value()})
}

/// One image in `system df`.
pub struct ImageUsage {
    pub image: super::image::ListedImage,
    /// Bytes of layers other images have too, and of its own.
    pub shared: u64,
    pub unique: u64,
}

/// One container in `system df`.
pub struct ContainerUsage {
    pub listed: super::container::Listed,
    /// Named volumes it mounts.
    pub volumes: usize,
}

/// One volume in `system df`.
pub struct VolumeUsage {
    /// As `volume inspect` shows it.
    pub volume: serde_json::Value,
    /// Containers that mount it.
    pub links: u64,
    pub size: u64,
}

/// What the stores hold (`system df`, the API's `/system/df`).
pub struct DiskUsage {
    pub images: Vec<ImageUsage>,
    pub containers: Vec<ContainerUsage>,
    pub volumes: Vec<VolumeUsage>,
}

impl DiskUsage {
    /// podman's summary rows: (type, total, active, size, reclaimable).
    pub fn summary(&self) -> [(&'static str, usize, usize, u64, u64); 3] {
        let img_size: u64 = self.images.iter().map(|i| i.image.record.size).sum();
        let img_active = self
            .images
            .iter()
            .filter(|i| i.image.containers > 0)
            .count();
        // What removing the unused images frees: their own layers.
        let img_free: u64 = self
            .images
            .iter()
            .filter(|i| i.image.containers == 0)
            .map(|i| i.unique)
            .sum();
        let rw = |c: &ContainerUsage| c.listed.size.map_or(0, |s| s.0);
        let ctr_size: u64 = self.containers.iter().map(rw).sum();
        let running = |c: &&ContainerUsage| c.listed.state.status.is_active();
        let ctr_active = self.containers.iter().filter(running).count();
        let ctr_free: u64 = self.containers.iter().filter(|c| !running(c)).map(rw).sum();
        let vol_size: u64 = self.volumes.iter().map(|v| v.size).sum();
        let vol_active = self.volumes.iter().filter(|v| v.links > 0).count();
        let vol_free: u64 = self
            .volumes
            .iter()
            .filter(|v| v.links == 0)
            .map(|v| v.size)
            .sum();
        [
            ("Images", self.images.len(), img_active, img_size, img_free),
            (
                "Containers",
                self.containers.len(),
                ctr_active,
                ctr_size,
                ctr_free,
            ),
            (
                "Local Volumes",
                self.volumes.len(),
                vol_active,
                vol_size,
                vol_free,
            ),
        ]
    }
}

impl Engine {
    /// Every image, container and volume with its size (slow: it walks
    /// the containers' writable layers and the volumes).
    pub fn disk_usage(&self) -> Result<DiskUsage> {
        let listed = self.image_list_filtered(None, &[], false, true)?;
        // A layer is shared when more than one image has it.
        let mut uses: std::collections::HashMap<&crate::image::digest::Digest, u32> =
            std::collections::HashMap::new();
        for i in &listed {
            for l in &i.record.layers {
                *uses.entry(&l.chain_id).or_default() += 1;
            }
        }
        let mut sizes = std::collections::HashMap::new();
        for i in &listed {
            for l in &i.record.layers {
                if !sizes.contains_key(&l.chain_id) {
                    let s = self
                        .images
                        .layer_record(&l.chain_id)?
                        .map_or(0, |r| r.tar_size);
                    sizes.insert(l.chain_id.clone(), s);
                }
            }
        }
        let images = listed
            .iter()
            .map(|i| {
                let shared: u64 = i
                    .record
                    .layers
                    .iter()
                    .filter(|l| uses.get(&l.chain_id).copied().unwrap_or(0) > 1)
                    .map(|l| sizes.get(&l.chain_id).copied().unwrap_or(0))
                    .sum();
                // The record's size is what `images` shows.
                let shared = shared.min(i.record.size);
                (shared, i.record.size - shared)
            })
            .collect::<Vec<_>>();
        let images = listed
            .into_iter()
            .zip(images)
            .map(|(image, (shared, unique))| ImageUsage {
                image,
                shared,
                unique,
            })
            .collect();
        let containers = self
            .list(&super::container::ListRequest {
                all: true,
                sizes: true,
                ..Default::default()
            })?
            .into_iter()
            .map(|listed| ContainerUsage {
                volumes: listed
                    .config
                    .mounts
                    .iter()
                    .filter(|m| m.kind == crate::container::mounts::MountKind::Volume)
                    .count(),
                listed,
            })
            .collect();
        let volumes = self
            .volume_list(&[])?
            .into_iter()
            .map(|v| VolumeUsage {
                size: v["Mountpoint"]
                    .as_str()
                    .map_or(0, |p| crate::storage::tree_size(std::path::Path::new(p))),
                links: v["MountCount"].as_u64().unwrap_or(0),
                volume: v,
            })
            .collect();
        Ok(DiskUsage {
            images,
            containers,
            volumes,
        })
    }
}

/// What `system prune` removed.
#[derive(Default)]
pub struct PruneReport {
    pub containers: Vec<String>,
    pub volumes: Vec<String>,
    pub networks: Vec<String>,
    pub images: Vec<String>,
    /// Bytes freed (containers' writable layers, volumes, images).
    pub reclaimed: u64,
}

impl Engine {
    /// `system prune`: stopped containers, unused networks, dangling
    /// images (every unused one with `all`) and the build cache; unused
    /// volumes too with `volumes`. `filters` (`until=`, `label=`) apply to
    /// each kind.
    pub fn system_prune(
        &self,
        all: bool,
        volumes: bool,
        filters: &[String],
    ) -> Result<PruneReport> {
        let mut r = PruneReport::default();
        // The sizes first: what goes cannot be measured afterwards.
        let sizes: std::collections::HashMap<String, u64> = self
            .list(&super::container::ListRequest {
                all: true,
                sizes: true,
                ..Default::default()
            })?
            .into_iter()
            .filter(|l| !l.state.status.is_active())
            .map(|l| (l.config.id.clone(), l.size.map_or(0, |s| s.0)))
            .collect();
        r.containers = self.prune(filters)?;
        r.reclaimed += r
            .containers
            .iter()
            .filter_map(|id| sizes.get(id))
            .sum::<u64>();
        if volumes {
            let vs = self.volume_prune_candidates(filters)?;
            let size_of = |name: &str| -> u64 {
                self.volume_inspect(name)
                    .ok()
                    .and_then(|v| v["Mountpoint"].as_str().map(std::path::PathBuf::from))
                    .map_or(0, |p| crate::storage::tree_size(&p))
            };
            let before: std::collections::HashMap<String, u64> =
                vs.iter().map(|n| (n.clone(), size_of(n))).collect();
            r.volumes = self.volume_prune(filters)?;
            r.reclaimed += r.volumes.iter().filter_map(|n| before.get(n)).sum::<u64>();
        }
        r.networks = self.network_prune(filters)?;
        let (reports, freed) = self.prune_images_filtered(all, filters)?;
        r.reclaimed += freed;
        let (cache, cache_freed) = self.prune_build_cache(all, filters)?;
        r.reclaimed += cache_freed;
        for rep in reports.into_iter().chain(cache) {
            r.images
                .extend(rep.deleted.iter().map(|d| d.hex().to_string()));
        }
        Ok(r)
    }

    /// `system reset`: every container (stopped first), pod, network but
    /// the default, volume, image and the build cache, then the store's
    /// directories themselves.
    pub fn system_reset(&self) -> Result<()> {
        let targets: Vec<crate::container::select::Target> = self
            .containers
            .list()?
            .into_iter()
            .map(|entry| crate::container::select::Target {
                label: entry.id.clone(),
                entry,
            })
            .collect();
        for res in self.remove(
            &targets,
            super::container::RemoveRequest {
                force: true,
                timeout: Some(0),
                volumes: true,
            },
        )? {
            if let Err(e) = res {
                crate::warn!("removing a container: {e:#}");
            }
        }
        for n in self.network_list(&[])? {
            if n.name != crate::network::DEFAULT_NETWORK
                && let Err(e) = self.network_remove(&n.name, true, Some(0))
            {
                crate::warn!("removing network {}: {e:#}", n.name);
            }
        }
        for v in self.volume_names()? {
            if let Err(e) = self.volume_remove(&v, true, Some(0)) {
                crate::warn!("removing volume {v}: {e:#}");
            }
        }
        self.prune_images(|_, _| true)?;
        self.prune_build_cache(true, &[])?;
        // What is left: the store's own files (locks, caches, the event
        // log), gone with its directories.
        self.enter_userns()?;
        let paths = &self.containers.paths;
        // A rootless store's namespace holder and its network go too.
        crate::network::pasta::stop(&paths.runroot.join("netns-pasta.pid"), &[]);
        if let Some(pid) = crate::runtime::userns::holder(paths) {
            let _ = crate::runtime::sys::kill_raw(pid, libc::SIGKILL);
        }
        for d in [&paths.root, &paths.runroot] {
            crate::storage::tmp::remove_tree(d);
        }
        Ok(())
    }
}
