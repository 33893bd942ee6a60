//! A container's configuration: what `create` decided from the image and
//! the flags. Immutable after create (except the name, on rename).

use crate::image::digest::Digest;
use crate::image::spec::ImageConfig;
use crate::image::store::{ImageRecord, ImageStore};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// docker's default capabilities (moby `oci/caps/defaults.go`).
pub const DEFAULT_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FSETID",
    "CAP_FOWNER",
    "CAP_MKNOD",
    "CAP_NET_RAW",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETFCAP",
    "CAP_SETPCAP",
    "CAP_NET_BIND_SERVICE",
    "CAP_SYS_CHROOT",
    "CAP_KILL",
    "CAP_AUDIT_WRITE",
];

/// docker's masked paths (moby `oci/defaults.go`).
pub const MASKED_PATHS: &[&str] = &[
    "/proc/asound",
    "/proc/acpi",
    "/proc/interrupts",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/devices/virtual/powercap",
];

/// docker's read-only paths.
pub const READONLY_PATHS: &[&str] = &[
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ContainerConfig {
    pub id: String,
    pub name: String,
    pub created: String,
    /// The image as the user named it.
    pub image: String,
    pub image_id: Digest,
    /// Chain IDs of the image's layers, bottom first.
    pub layers: Vec<Digest>,
    /// The effective entrypoint and command (docker's Path and Args).
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    pub process: Process,
    pub hostname: String,
    #[serde(default)]
    pub domainname: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    pub stop_signal: String,
    pub stop_timeout: u32,
    #[serde(default)]
    pub auto_remove: bool,
    pub log_driver: String,
    /// `--log-opt`s (checked at create).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub log_opts: BTreeMap<String, String>,
    pub security: Security,
    pub network: String,
    #[serde(default)]
    pub userns: String,
    #[serde(default)]
    pub keep_id: Option<KeepId>,
    #[serde(default)]
    pub init: bool,
    #[serde(default)]
    pub rlimits: Vec<Rlimit>,
    #[serde(default)]
    pub restart: RestartPolicy,
    /// The image's config Env/Cmd/... as created (for inspect's Config).
    #[serde(default)]
    pub image_labels: BTreeMap<String, String>,
    #[serde(default)]
    pub exposed_ports: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub volumes: BTreeMap<String, serde_json::Value>,
    /// Volumes, binds and tmpfs mounts, in mount order.
    #[serde(default)]
    pub mounts: Vec<super::mounts::Mount>,
    /// Networks, ports, DNS and host entries (`network` says the mode).
    #[serde(default)]
    pub net: NetSettings,
    /// The image's full name as found (`docker.io/library/busybox:latest`);
    /// empty in records made before it was kept.
    #[serde(default)]
    pub image_full_name: String,
    /// The command line that created the container (podman's
    /// `CreateCommand`).
    #[serde(default)]
    pub create_command: Vec<String>,
    /// The runtime it was created for (`--runtime`; skiff's own answers to
    /// every name it accepts).
    #[serde(default)]
    pub runtime: String,
    /// The file mode creation mask of its processes.
    #[serde(default = "default_umask")]
    pub umask: u32,
    #[serde(default)]
    pub annotations: BTreeMap<String, String>,
    /// Namespaced sysctls set in the container (`--sysctl`,
    /// containers.conf `default_sysctls`): (key, value).
    #[serde(default)]
    pub sysctls: Vec<(String, String)>,
    /// The working directory was asked for (`-w`): it must exist (podman);
    /// the image's is created when missing.
    #[serde(default)]
    pub workdir_given: bool,
    /// What /etc/hosts starts from (containers.conf `base_hosts_file`):
    /// empty for the host's /etc/hosts, `image`, `none`, or a file.
    #[serde(default)]
    pub hosts_base: String,
    /// `--tz` (containers.conf `tz`): a zone under /usr/share/zoneinfo, or
    /// `local` for the host's; empty for the image's own /etc/localtime.
    #[serde(default)]
    pub timezone: String,
    /// Its cgroup: limits, parent, modes.
    #[serde(default)]
    pub cgroup: super::resources::CgroupConfig,
    /// Its healthcheck (the image's HEALTHCHECK or `--health-*`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<super::health::HealthConfig>,
}

fn default_umask() -> u32 {
    0o022
}

impl ContainerConfig {
    /// The image's name as podman shows it.
    pub fn image_name(&self) -> &str {
        if self.image_full_name.is_empty() {
            &self.image
        } else {
            &self.image_full_name
        }
    }

    pub fn runtime_name(&self) -> &str {
        if self.runtime.is_empty() {
            DEFAULT_RUNTIME
        } else {
            &self.runtime
        }
    }

    pub fn umask_string(&self) -> String {
        format!("{:04o}", self.umask)
    }

    /// podman's annotations (`Config.Annotations`) plus the container's own.
    pub fn annotations(&self) -> BTreeMap<String, String> {
        let flag = |b: bool| if b { "TRUE" } else { "FALSE" }.to_string();
        let mut a = BTreeMap::new();
        a.insert("io.container.manager".into(), "skiff".into());
        a.insert("io.kubernetes.cri-o.Created".into(), self.created.clone());
        a.insert(
            "io.kubernetes.cri-o.TTY".into(),
            self.process.terminal.to_string(),
        );
        a.insert(
            "io.podman.annotations.autoremove".into(),
            flag(self.auto_remove),
        );
        a.insert("io.podman.annotations.init".into(), flag(self.init));
        a.insert(
            "io.podman.annotations.privileged".into(),
            flag(self.security.privileged),
        );
        a.insert(
            "org.opencontainers.image.stopSignal".into(),
            crate::runtime::signals::parse(&self.stop_signal)
                .unwrap_or(15)
                .to_string(),
        );
        a.extend(self.annotations.clone());
        a
    }
}

/// The name of skiff's built-in runtime (`info`, `inspect .OCIRuntime`).
pub const DEFAULT_RUNTIME: &str = "skiff";

/// The log driver of containers that name none: podman's (docker's is
/// json-file, which `--log-driver json-file` gives).
pub const DEFAULT_LOG_DRIVER: &str = "k8s-file";

/// What a container asks of the network.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct NetSettings {
    /// Bridge networks to join, in order (`eth0`, `eth1`...).
    #[serde(default)]
    pub networks: Vec<NetworkRequest>,
    #[serde(default)]
    pub ports: Vec<crate::network::nft::PortMapping>,
    #[serde(default)]
    pub dns: Vec<String>,
    #[serde(default)]
    pub dns_search: Vec<String>,
    #[serde(default)]
    pub dns_options: Vec<String>,
    /// `HOST:IP` entries for /etc/hosts.
    #[serde(default)]
    pub add_hosts: Vec<String>,
    /// `--network slirp4netns:OPTIONS`, checked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slirp_options: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct NetworkRequest {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<String>,
    #[serde(default)]
    pub mac: Option<String>,
    /// `--link`: (container ID, alias) this container resolves.
    #[serde(default)]
    pub links: Vec<(String, String)>,
    /// The network's definition when the container was created.
    #[serde(default)]
    pub definition: Option<crate::network::Network>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Process {
    /// argv: entrypoint + cmd.
    pub args: Vec<String>,
    pub env: Vec<String>,
    pub cwd: String,
    pub user: User,
    pub terminal: bool,
    /// `-i`: keep stdin open.
    pub stdin: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, Default)]
pub struct User {
    pub uid: u32,
    pub gid: u32,
    #[serde(default)]
    pub additional_gids: Vec<u32>,
    /// As configured (`user`, `1000:1000`), for inspect.
    #[serde(default)]
    pub spec: String,
    #[serde(default)]
    pub home: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, Default)]
pub struct Security {
    pub privileged: bool,
    /// The capability set (names, `CAP_...`).
    pub caps: Vec<String>,
    #[serde(default)]
    pub cap_add: Vec<String>,
    #[serde(default)]
    pub cap_drop: Vec<String>,
    pub no_new_privileges: bool,
    /// `default`, `unconfined`, or a profile's JSON text.
    pub seccomp: String,
    pub readonly_rootfs: bool,
    #[serde(default)]
    pub security_opt: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Rlimit {
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}

#[derive(Clone, Debug, Serialize, Deserialize, Default, PartialEq, Eq)]
pub struct RestartPolicy {
    /// `no`, `always`, `on-failure`, `unless-stopped`.
    pub name: String,
    pub max_retries: u32,
}

impl RestartPolicy {
    pub fn parse(s: &str) -> Result<RestartPolicy> {
        let (name, n) = s.split_once(':').map_or((s, None), |(a, b)| (a, Some(b)));
        let max_retries = match n {
            None => 0,
            Some(n) => n.parse().map_err(|_| {
                anyhow!("invalid restart policy {s:?}: maximum retry count must be an integer")
            })?,
        };
        match name {
            "" | "no" => {
                if n.is_some() {
                    bail!(
                        "invalid restart policy {s:?}: maximum retry count cannot be used with restart policy 'no'"
                    );
                }
                Ok(RestartPolicy {
                    name: "no".into(),
                    max_retries: 0,
                })
            }
            "always" | "unless-stopped" => {
                if n.is_some() {
                    bail!(
                        "invalid restart policy {s:?}: maximum retry count can only be used with 'on-failure'"
                    );
                }
                Ok(RestartPolicy {
                    name: name.into(),
                    max_retries: 0,
                })
            }
            "on-failure" => Ok(RestartPolicy {
                name: name.into(),
                max_retries,
            }),
            _ => bail!("invalid restart policy {s:?} (no, always, on-failure[:N], unless-stopped)"),
        }
    }

    pub fn is_no(&self) -> bool {
        self.name.is_empty() || self.name == "no"
    }
}

/// The options of `create`/`run` that shape a container (cli fills this).
#[derive(Clone, Debug, Default)]
pub struct CreateOptions {
    pub image: String,
    pub command: Vec<String>,
    pub entrypoint: Option<String>,
    pub env: Vec<String>,
    pub env_files: Vec<PathBuf>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub group_add: Vec<String>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    pub name: Option<String>,
    pub ulimits: Vec<String>,
    pub init: bool,
    pub interactive: bool,
    pub tty: bool,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u32>,
    pub labels: Vec<String>,
    pub label_files: Vec<PathBuf>,
    pub network: Option<String>,
    /// Filled by the CLI: validated network settings (networks resolved).
    pub net: NetSettings,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub security_opt: Vec<String>,
    pub read_only: bool,
    pub rm: bool,
    pub userns: Option<String>,
    /// For `--userns=keep-id`: the invoking user (uid, gid, name, home).
    pub keep_id: Option<KeepId>,
    pub log_driver: Option<String>,
    /// `--log-opt KEY=VALUE`.
    pub log_opts: Vec<String>,
    pub restart: Option<String>,
    /// Mounts from `-v`, `--mount`, `--tmpfs` and `--volumes-from`; the
    /// image's VOLUMEs are added to these.
    pub mounts: Vec<super::mounts::Mount>,
    /// The image's full name as found in the store.
    pub image_full_name: String,
    pub create_command: Vec<String>,
    pub runtime: String,
    /// `--umask` (octal).
    pub umask: Option<String>,
    /// `--tz`.
    pub tz: Option<String>,
    pub annotations: Vec<String>,
    pub sysctls: Vec<String>,
    /// containers.conf `[containers]`: the defaults podman users set.
    pub conf: crate::config::Containers,
    /// `--memory`, `--cpus`, ... as given.
    pub resources: super::resources::ResourceFlags,
    /// `--cgroup-parent`, `--cgroups`, `--cgroupns`, `--oom-score-adj`.
    pub cgroup_parent: Option<String>,
    pub cgroups: Option<String>,
    pub cgroupns: Option<String>,
    pub oom_score_adj: Option<i32>,
    /// Filled by the engine from the above: checked.
    pub cgroup: super::resources::CgroupConfig,
    /// `--health-*`, `--no-healthcheck`.
    pub health: super::health::HealthFlags,
}

/// Where the host keeps its time zones.
pub const ZONEINFO: &str = "/usr/share/zoneinfo";

/// The host file a container's /etc/localtime is copied from for `tz`
/// (`local`: the host's own; a zone: its file under /usr/share/zoneinfo,
/// which may not be left through `..`).
pub fn timezone_file(tz: &str) -> std::path::PathBuf {
    if tz == "local" {
        return std::path::PathBuf::from("/etc/localtime");
    }
    let mut p = std::path::PathBuf::from(ZONEINFO);
    for c in tz.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                p.pop();
            }
            c => p.push(c),
        }
    }
    p
}

/// Check `--tz` as podman does at create: the zone file must exist (and
/// lie under /usr/share/zoneinfo).
fn timezone(tz: Option<&str>) -> Result<String> {
    let Some(tz) = tz.filter(|t| !t.is_empty()) else {
        return Ok(String::new());
    };
    let file = timezone_file(tz);
    let stat = |reason: &str| {
        anyhow!(
            "running container create option: stat {}: {reason}",
            file.display()
        )
    };
    if tz != "local" && !file.starts_with(ZONEINFO) {
        return Err(stat("no such file or directory"));
    }
    match std::fs::metadata(&file) {
        Ok(m) if m.is_file() => Ok(tz.to_string()),
        Ok(_) => Err(anyhow!(
            "running container create option: {}: not a time zone file",
            file.display()
        )),
        Err(e) => Err(stat(&crate::error::io_reason(&e))),
    }
}

/// The invoking user, kept as itself inside a `--userns=keep-id` container.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct KeepId {
    pub uid: u32,
    pub gid: u32,
    pub name: String,
    pub home: String,
    /// Size of the subordinate ranges (the namespace maps 0..=count).
    pub uid_count: u32,
    pub gid_count: u32,
}

/// Every capability we can give (`--privileged`, `--cap-add ALL`): those in
/// our own bounding set; a capability we lack cannot be granted.
pub fn all_caps() -> Vec<String> {
    let mut v: Vec<String> = caps::read(None, caps::CapSet::Bounding)
        .unwrap_or_else(|_| caps::runtime::thread_all_supported())
        .into_iter()
        .map(|c| c.to_string())
        .collect();
    v.sort();
    v
}

/// `net_admin`, `NET_ADMIN`, `CAP_NET_ADMIN` → `CAP_NET_ADMIN`.
pub fn normalize_cap(c: &str) -> Result<String> {
    let up = c.to_ascii_uppercase();
    if up == "ALL" {
        return Ok(up);
    }
    let full = if up.starts_with("CAP_") {
        up
    } else {
        format!("CAP_{up}")
    };
    full.parse::<caps::Capability>()
        .map_err(|_| anyhow!("unknown capability: {c:?}"))?;
    Ok(full)
}

/// docker's rules: start from the default set (all with --privileged),
/// drop, then add; `ALL` works on either side.
pub fn capabilities(privileged: bool, add: &[String], drop: &[String]) -> Result<Vec<String>> {
    capabilities_from(None, privileged, add, drop)
}

/// As [`capabilities`], from `base` (containers.conf
/// `default_capabilities`) instead of docker's default set.
pub fn capabilities_from(
    base: Option<&[String]>,
    privileged: bool,
    add: &[String],
    drop: &[String],
) -> Result<Vec<String>> {
    let add: Vec<String> = add
        .iter()
        .map(|c| normalize_cap(c))
        .collect::<Result<_>>()?;
    let drop: Vec<String> = drop
        .iter()
        .map(|c| normalize_cap(c))
        .collect::<Result<_>>()?;
    let mut set: Vec<String> = if privileged || add.iter().any(|c| c == "ALL") {
        all_caps()
    } else if let Some(base) = base {
        base.iter()
            .map(|c| normalize_cap(c))
            .collect::<Result<_>>()
            .context("containers.conf default_capabilities")?
    } else {
        DEFAULT_CAPS.iter().map(|s| (*s).to_string()).collect()
    };
    if drop.iter().any(|c| c == "ALL") {
        set.clear();
    } else {
        set.retain(|c| !drop.contains(c));
    }
    for c in add {
        if c != "ALL" && !set.contains(&c) {
            set.push(c);
        }
    }
    set.sort();
    Ok(set)
}

/// Read a file from an image's file system (its layers, top first, and
/// optionally a container's upper dir), honouring whiteouts.
pub fn read_image_file(dirs_top_first: &[PathBuf], rel: &str) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileTypeExt;
    for d in dirs_top_first {
        let p = d.join(rel);
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.is_file() => return std::fs::read(&p).ok(),
            // A whiteout (char 0:0) hides the file below.
            Ok(m) if m.file_type().is_char_device() => return None,
            Ok(_) => return None,
            Err(_) => {}
        }
        // An opaque parent hides everything below too.
        if let Some(parent) = Path::new(rel).parent()
            && is_opaque(&d.join(parent))
        {
            return None;
        }
    }
    None
}

fn is_opaque(dir: &Path) -> bool {
    let Ok(f) = std::fs::File::open(dir) else {
        return false;
    };
    ["trusted.overlay.opaque", "user.overlay.opaque"]
        .iter()
        .any(|a| {
            crate::runtime::sys::fgetxattr(&f, std::ffi::OsStr::new(a))
                .ok()
                .flatten()
                .is_some_and(|v| v == b"y")
        })
}

/// Resolve `user[:group]` against the image's /etc/passwd and /etc/group.
pub fn resolve_user(
    spec: &str,
    passwd: Option<&str>,
    group: Option<&str>,
    group_add: &[String],
) -> Result<User> {
    let (u, g) = spec
        .split_once(':')
        .map_or((spec, None), |(a, b)| (a, Some(b)));
    let passwd_entries: Vec<Vec<&str>> = passwd
        .unwrap_or("")
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .filter(|f| f.len() >= 7)
        .collect();
    let group_entries: Vec<Vec<&str>> = group
        .unwrap_or("")
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .filter(|f| f.len() >= 3)
        .collect();
    let (uid, mut gid, name, home) = if u.is_empty() {
        let e = passwd_entries.iter().find(|f| f[2] == "0");
        (
            0,
            0,
            e.map(|f| f[0].to_string()),
            e.map_or("/root".to_string(), |f| f[5].to_string()),
        )
    } else if let Ok(n) = u.parse::<u32>() {
        let e = passwd_entries.iter().find(|f| f[2].parse() == Ok(n));
        (
            n,
            e.and_then(|f| f[3].parse().ok()).unwrap_or(0),
            e.map(|f| f[0].to_string()),
            e.map_or("/".to_string(), |f| f[5].to_string()),
        )
    } else {
        let Some(e) = passwd_entries.iter().find(|f| f[0] == u) else {
            bail!("unable to find user {u}: no matching entries in passwd file");
        };
        (
            e[2].parse()
                .map_err(|_| anyhow!("invalid uid for user {u} in /etc/passwd"))?,
            e[3].parse()
                .map_err(|_| anyhow!("invalid gid for user {u} in /etc/passwd"))?,
            Some(u.to_string()),
            e[5].to_string(),
        )
    };
    let find_group = |g: &str| -> Result<u32> {
        if let Ok(n) = g.parse::<u32>() {
            return Ok(n);
        }
        group_entries
            .iter()
            .find(|f| f[0] == g)
            .and_then(|f| f[2].parse().ok())
            .ok_or_else(|| anyhow!("unable to find group {g}: no matching entries in group file"))
    };
    if let Some(g) = g {
        gid = find_group(g)?;
    }
    // podman: with a group given, the process's groups are that group;
    // without, the user's memberships in the group file and its primary
    // group; none for the default user.
    let mut additional = Vec::new();
    if g.is_some() {
        additional.push(gid);
    } else {
        if let Some(name) = &name {
            for f in &group_entries {
                if f.len() >= 4
                    && f[3].split(',').any(|m| m == name)
                    && let Ok(n) = f[2].parse::<u32>()
                    && !additional.contains(&n)
                {
                    additional.push(n);
                }
            }
        }
        // A user named (not the default) gets its primary group listed too.
        if !spec.trim().is_empty() && !additional.contains(&gid) {
            additional.push(gid);
        }
    }
    for g in group_add {
        let n = find_group(g)?;
        if !additional.contains(&n) {
            additional.push(n);
        }
    }
    Ok(User {
        uid,
        gid,
        additional_gids: additional,
        spec: spec.to_string(),
        home,
    })
}

/// Parse an env file (docker's format: KEY=value, or KEY to take it from
/// the host; # comments).
pub fn read_env_file(p: &Path) -> Result<Vec<String>> {
    let text =
        std::fs::read_to_string(p).with_context(|| format!("reading env file {}", p.display()))?;
    Ok(text
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(expand_env)
        .collect())
}

/// `NAME=value` stays; `NAME` takes the host's value, or is dropped.
pub fn expand_env(e: &str) -> Option<String> {
    if e.contains('=') {
        Some(e.to_string())
    } else {
        std::env::var(e).ok().map(|v| format!("{e}={v}"))
    }
}

/// Set `NAME=value` in an env list, replacing an earlier value.
pub fn set_env(env: &mut Vec<String>, entry: String) {
    let name = entry.split('=').next().unwrap_or("").to_string();
    if let Some(pos) = env
        .iter()
        .position(|e| e.split('=').next() == Some(name.as_str()))
    {
        env[pos] = entry;
    } else {
        env.push(entry);
    }
}

pub fn get_env<'a>(env: &'a [String], name: &str) -> Option<&'a str> {
    env.iter().find_map(|e| {
        e.split_once('=')
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| v)
    })
}

/// `nofile=1024:2048` → rlimit, clamped to what we may ask for.
pub fn parse_ulimit(s: &str) -> Result<Rlimit> {
    let (name, vals) = s
        .split_once('=')
        .ok_or_else(|| anyhow!("invalid ulimit {s:?}: want name=soft[:hard]"))?;
    if rlimit_resource(name).is_none() {
        bail!("invalid ulimit {s:?}: unknown resource {name:?}");
    }
    let parse = |v: &str| -> Result<u64> {
        if v == "-1" || v == "unlimited" {
            return Ok(u64::MAX);
        }
        v.parse()
            .map_err(|_| anyhow!("invalid ulimit {s:?}: {v:?} is not a number"))
    };
    let (soft, hard) = if let Some((a, b)) = vals.split_once(':') {
        (parse(a)?, parse(b)?)
    } else {
        let v = parse(vals)?;
        (v, v)
    };
    if soft > hard {
        bail!("invalid ulimit {s:?}: soft limit {soft} is above hard limit {hard}");
    }
    Ok(Rlimit {
        name: name.to_string(),
        soft,
        hard,
    })
}

pub fn rlimit_resource(name: &str) -> Option<libc::c_int> {
    Some(match name {
        "core" => libc::RLIMIT_CORE,
        "cpu" => libc::RLIMIT_CPU,
        "data" => libc::RLIMIT_DATA,
        "fsize" => libc::RLIMIT_FSIZE,
        "locks" => libc::RLIMIT_LOCKS,
        "memlock" => libc::RLIMIT_MEMLOCK,
        "msgqueue" => libc::RLIMIT_MSGQUEUE,
        "nice" => libc::RLIMIT_NICE,
        "nofile" => libc::RLIMIT_NOFILE,
        "nproc" => libc::RLIMIT_NPROC,
        "rss" => libc::RLIMIT_RSS,
        "rtprio" => libc::RLIMIT_RTPRIO,
        "rttime" => libc::RLIMIT_RTTIME,
        "sigpending" => libc::RLIMIT_SIGPENDING,
        "stack" => libc::RLIMIT_STACK,
        "as" => libc::RLIMIT_AS,
        _ => return None,
    } as libc::c_int)
}

/// `--entrypoint`: a JSON array of strings (podman), else one command; the
/// empty string clears the image's.
pub fn parse_entrypoint(ep: &str) -> Vec<String> {
    if ep.is_empty() {
        return Vec::new();
    }
    if ep.trim_start().starts_with('[')
        && let Ok(v) = serde_json::from_str::<Vec<String>>(ep)
    {
        return v;
    }
    vec![ep.to_string()]
}

/// Build the configuration of a new container.
pub fn build(
    images: &ImageStore,
    img: &ImageRecord,
    image_config: &ImageConfig,
    o: &CreateOptions,
    id: String,
    name: String,
) -> Result<ContainerConfig> {
    let ic = image_config.container();
    // Entrypoint and command, docker's rules: --entrypoint resets the
    // image's CMD; arguments replace CMD.
    let (entrypoint, cmd) = match &o.entrypoint {
        Some(ep) => (parse_entrypoint(ep), o.command.clone()),
        None => (
            ic.entrypoint.clone().unwrap_or_default(),
            if o.command.is_empty() {
                ic.cmd.clone().unwrap_or_default()
            } else {
                o.command.clone()
            },
        ),
    };
    let args: Vec<String> = entrypoint.iter().chain(cmd.iter()).cloned().collect();
    if args.is_empty() {
        bail!("no command specified: the image has no CMD or ENTRYPOINT, and none was given");
    }

    let hostname = match &o.hostname {
        Some(h) => {
            if h.is_empty() || h.len() > 64 || h.contains(['/', ' ']) {
                bail!("invalid hostname {h:?}");
            }
            h.clone()
        }
        None if o.network.as_deref() == Some("host") => nix::unistd::gethostname().map_or_else(
            |_| id[..12].to_string(),
            |h| h.to_string_lossy().into_owned(),
        ),
        None => id[..12].to_string(),
    };

    let dirs: Vec<PathBuf> = img
        .layers
        .iter()
        .rev()
        .map(|l| images.layer_diff(&l.chain_id))
        .collect();
    let passwd =
        read_image_file(&dirs, "etc/passwd").map(|b| String::from_utf8_lossy(&b).into_owned());
    let group =
        read_image_file(&dirs, "etc/group").map(|b| String::from_utf8_lossy(&b).into_owned());
    let user = match &o.keep_id {
        // keep-id: the invoking user's own IDs (an explicit -u still wins).
        Some(k) if o.user.is_none() && o.userns.as_deref() == Some("keep-id") => User {
            uid: k.uid,
            gid: k.gid,
            additional_gids: Vec::new(),
            spec: format!("{}:{}", k.uid, k.gid),
            home: k.home.clone(),
        },
        _ => {
            let user_spec = o.user.clone().or(ic.user.clone()).unwrap_or_default();
            resolve_user(
                &user_spec,
                passwd.as_deref(),
                group.as_deref(),
                &o.group_add,
            )?
        }
    };

    // Environment, podman's order: its defaults (containers.conf `env`,
    // else PATH and TERM=xterm), container=skiff, the image's, env files,
    // -e, then HOME and HOSTNAME if still unset.
    let mut env = Vec::new();
    let image_env = ic.env.clone().unwrap_or_default();
    if o.conf.env.is_empty() {
        set_env(&mut env, format!("PATH={DEFAULT_PATH}"));
        set_env(&mut env, "TERM=xterm".into());
    } else {
        for e in &o.conf.env {
            if let Some(e) = expand_env(e) {
                set_env(&mut env, e);
            }
        }
    }
    set_env(&mut env, "container=skiff".into());
    for e in image_env {
        set_env(&mut env, e);
    }
    for f in &o.env_files {
        for e in read_env_file(f)? {
            set_env(&mut env, e);
        }
    }
    for e in &o.env {
        if e.starts_with('=') || e.is_empty() {
            bail!("invalid environment variable {e:?}");
        }
        if let Some(e) = expand_env(e) {
            set_env(&mut env, e);
        }
    }
    if get_env(&env, "HOME").is_none() {
        let home = if user.home.is_empty() {
            "/".to_string()
        } else {
            user.home.clone()
        };
        set_env(&mut env, format!("HOME={home}"));
    }
    if get_env(&env, "HOSTNAME").is_none() {
        set_env(&mut env, format!("HOSTNAME={hostname}"));
    }

    let cwd = o
        .workdir
        .clone()
        .or(ic.working_dir.clone())
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "/".into());
    if !cwd.starts_with('/') {
        bail!("the working directory {cwd:?} is invalid, it needs to be an absolute path");
    }

    let mut no_new_privileges = true;
    let mut seccomp = "default".to_string();
    for opt in &o.security_opt {
        let (k, v) = opt
            .split_once(['=', ':'])
            .map_or((opt.as_str(), ""), |(a, b)| (a, b));
        match k {
            "no-new-privileges" => {
                no_new_privileges = match v {
                    "" | "true" => true,
                    "false" => false,
                    _ => bail!("invalid --security-opt {opt:?}"),
                };
            }
            "seccomp" => {
                seccomp = match v {
                    "unconfined" => "unconfined".into(),
                    "" => bail!(
                        "invalid --security-opt {opt:?}: seccomp needs a profile file or 'unconfined'"
                    ),
                    path => {
                        let data = std::fs::read(path)
                            .with_context(|| format!("reading seccomp profile {path}"))?;
                        // Validate now, so a bad profile fails create, not start.
                        crate::runtime::seccomp::Profile::parse(&data)?;
                        String::from_utf8(data).context("seccomp profile is not UTF-8")?
                    }
                };
            }
            "label" | "apparmor" | "mask" | "unmask" | "proc-opts" => {
                // No SELinux or AppArmor on these hosts: accepted, as podman
                // does when the LSM is not enabled.
            }
            _ => bail!("invalid --security-opt {opt:?}"),
        }
    }
    if o.privileged {
        seccomp = "unconfined".into();
    }
    let caps = capabilities_from(
        o.conf.default_capabilities.as_deref(),
        o.privileged,
        &o.cap_add,
        &o.cap_drop,
    )?;

    // containers.conf default_ulimits unless --ulimit gives any (then
    // only those, as podman); the last for a resource wins.
    let wanted = if o.ulimits.is_empty() {
        &o.conf.default_ulimits
    } else {
        &o.ulimits
    };
    let mut rlimits: Vec<Rlimit> = Vec::new();
    for u in wanted {
        let r = parse_ulimit(u)?;
        rlimits.retain(|x| x.name != r.name);
        rlimits.push(r);
    }

    let stop_signal = o
        .stop_signal
        .clone()
        .or(ic.stop_signal.clone())
        .unwrap_or_else(|| "SIGTERM".into());
    crate::runtime::signals::parse(&stop_signal)?;

    let log_driver = o
        .log_driver
        .clone()
        .or_else(|| o.conf.log_driver.clone())
        .unwrap_or_else(|| DEFAULT_LOG_DRIVER.into());
    let mut log_opts = crate::container::logs::options::parse_pairs(&o.log_opts)?;
    // containers.conf log_size_max: podman's limit for the file drivers
    // when no max-size is given (the file is started over, as conmon does).
    if let Some(n) = o.conf.log_size_max.filter(|n| *n > 0)
        && matches!(log_driver.as_str(), "json-file" | "k8s-file")
    {
        log_opts
            .entry("max-size".into())
            .or_insert_with(|| n.to_string());
    }
    crate::container::logs::options::parse(&log_driver, &log_opts)?;
    if log_driver == "passthrough" && o.tty {
        bail!("the 'passthrough' log driver cannot be used with --tty");
    }
    // The CLI resolved the mode (see cli::container::network_settings).
    let network = o.network.clone().unwrap_or_else(|| "private".into());
    let userns = o
        .userns
        .clone()
        .or_else(|| o.conf.userns.clone().filter(|u| u != "host"))
        .unwrap_or_default();
    match userns.as_str() {
        "" | "host" => {}
        "keep-id" if o.keep_id.is_none() => {
            bail!(
                "--userns=keep-id is only supported for rootless containers (as root, use --user UID:GID)"
            )
        }
        "keep-id" => {}
        other => bail!("unsupported user namespace mode {other:?} (host, keep-id)"),
    }
    let restart = match &o.restart {
        Some(r) => RestartPolicy::parse(r)?,
        None => RestartPolicy::parse("no")?,
    };
    if o.rm && !restart.is_no() {
        bail!("conflicting options: --restart and --rm");
    }
    let labels = super::parse_labels(&o.labels, &o.label_files)?;
    let mut mounts = o.mounts.clone();
    for path in ic.volumes.clone().unwrap_or_default().keys() {
        let dest = super::mounts::clean_destination(path)
            .with_context(|| format!("the image's VOLUME {path:?}"))?;
        if !mounts.iter().any(|m| m.destination == dest) {
            mounts.push(super::mounts::parse_volume(&dest)?);
        }
    }
    super::mounts::order(&mut mounts)?;
    let umask = match o.umask.as_deref().or(o.conf.umask.as_deref()) {
        None => 0o022,
        Some(u) => u32::from_str_radix(u, 8)
            .ok()
            .filter(|m| *m <= 0o777)
            .ok_or_else(|| anyhow!("invalid umask {u:?}: want an octal mode such as 022"))?,
    };
    let mut annotations = BTreeMap::new();
    for a in &o.annotations {
        let (k, v) = a
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid annotation {a:?}: want key=value"))?;
        annotations.insert(k.to_string(), v.to_string());
    }
    let sysctls = sysctls(&o.conf.default_sysctls, &o.sysctls, &network)?;
    let net = {
        // containers.conf's come first, the flags' after them (podman).
        let mut net = o.net.clone();
        let merged = |conf: &[String], flags: &[String]| -> Vec<String> {
            conf.iter().chain(flags).cloned().collect()
        };
        net.dns = merged(&o.conf.dns_servers, &net.dns);
        net.dns_search = merged(&o.conf.dns_searches, &net.dns_search);
        net.dns_options = merged(&o.conf.dns_options, &net.dns_options);
        net
    };

    Ok(ContainerConfig {
        id,
        name,
        created: Timestamp::now().rfc3339_nano(),
        image: o.image.clone(),
        image_id: img.id.clone(),
        layers: img.layers.iter().map(|l| l.chain_id.clone()).collect(),
        entrypoint,
        cmd,
        process: Process {
            args,
            env,
            cwd,
            user,
            terminal: o.tty,
            stdin: o.interactive,
        },
        hostname,
        domainname: o.domainname.clone().unwrap_or_default(),
        labels,
        stop_signal,
        stop_timeout: o.stop_timeout.unwrap_or(10),
        auto_remove: o.rm,
        log_driver,
        log_opts,
        security: Security {
            privileged: o.privileged,
            caps,
            cap_add: o.cap_add.clone(),
            cap_drop: o.cap_drop.clone(),
            no_new_privileges,
            seccomp,
            readonly_rootfs: o.read_only,
            security_opt: o.security_opt.clone(),
        },
        network,
        net,
        keep_id: if userns == "keep-id" {
            o.keep_id.clone()
        } else {
            None
        },
        userns,
        init: o.init || o.conf.init,
        rlimits,
        restart,
        image_labels: ic.labels.clone().unwrap_or_default(),
        exposed_ports: ic.exposed_ports.clone().unwrap_or_default(),
        volumes: ic.volumes.clone().unwrap_or_default(),
        mounts,
        image_full_name: o.image_full_name.clone(),
        create_command: o.create_command.clone(),
        runtime: o.runtime.clone(),
        umask,
        annotations,
        sysctls,
        workdir_given: o.workdir.as_deref().is_some_and(|w| !w.is_empty()),
        hosts_base: o.conf.base_hosts_file.clone().unwrap_or_default(),
        timezone: timezone(o.tz.as_deref().or(o.conf.tz.as_deref()))?,
        cgroup: o.cgroup.clone(),
        healthcheck: super::health::HealthConfig::resolve(ic.healthcheck.as_ref(), &o.health)?,
    })
}

/// The sysctls a container gets: containers.conf's defaults (skipped where
/// they cannot apply, as podman does), then `--sysctl` (an error where
/// they cannot apply). Only namespaced ones: those of the network, IPC and
/// UTS namespaces a container has.
fn sysctls(defaults: &[String], given: &[String], network: &str) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    let host_net = network == "host";
    for (s, explicit) in defaults
        .iter()
        .map(|s| (s, false))
        .chain(given.iter().map(|s| (s, true)))
    {
        let (k, v) = s
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid sysctl {s:?}: want key=value"))?;
        let k = k.trim();
        let ipc = k.starts_with("fs.mqueue.")
            || matches!(
                k,
                "kernel.msgmax"
                    | "kernel.msgmnb"
                    | "kernel.msgmni"
                    | "kernel.sem"
                    | "kernel.shmall"
                    | "kernel.shmmax"
                    | "kernel.shmmni"
                    | "kernel.shm_rmid_forced"
            );
        let uts = matches!(k, "kernel.domainname" | "kernel.hostname");
        let net = k.starts_with("net.");
        if !(ipc || uts || net) {
            bail!(
                "sysctl {k:?} is not allowed: it is not namespaced (skiff sets only the network, IPC and UTS namespaces' ones)"
            );
        }
        if net && host_net {
            if explicit {
                bail!("sysctl {k:?} can't be set since Network Namespace set to host");
            }
            continue;
        }
        out.retain(|(x, _)| x != k);
        out.push((k.to_string(), v.trim().to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:u:/home/user:/bin/sh\n";
    const GROUP: &str = "root:x:0:\nuser:x:1000:\nusers:x:100:user\nwheel:x:10:\n";

    #[test]
    fn users_resolve_like_podman() {
        // The default user: no supplementary groups.
        let u = resolve_user("", Some(PASSWD), Some(GROUP), &[]).unwrap();
        assert_eq!((u.uid, u.gid, u.home.as_str()), (0, 0, "/root"));
        assert!(u.additional_gids.is_empty());
        // Named without a group: its memberships, then its primary group.
        let u = resolve_user("user", Some(PASSWD), Some(GROUP), &[]).unwrap();
        assert_eq!((u.uid, u.gid), (1000, 1000));
        assert_eq!(u.additional_gids, vec![100, 1000]);
        let u = resolve_user("root", Some(PASSWD), Some(GROUP), &[]).unwrap();
        assert_eq!(u.additional_gids, vec![0]);
        // With a group: that group (and --group-add).
        let u = resolve_user("user:wheel", Some(PASSWD), Some(GROUP), &["root".into()]).unwrap();
        assert_eq!((u.uid, u.gid), (1000, 10));
        assert_eq!(u.additional_gids, vec![10, 0]);
        let u = resolve_user("4242:4343", Some(PASSWD), Some(GROUP), &[]).unwrap();
        assert_eq!((u.uid, u.gid), (4242, 4343));
        assert_eq!(u.additional_gids, vec![4343]);
        assert!(resolve_user("nobody", Some(PASSWD), Some(GROUP), &[]).is_err());
        assert!(resolve_user("user:nogroup", Some(PASSWD), Some(GROUP), &[]).is_err());
    }

    #[test]
    fn caps_follow_docker() {
        let c = capabilities(false, &[], &[]).unwrap();
        assert_eq!(c.len(), 14);
        let c = capabilities(false, &["net_admin".into()], &["CAP_KILL".into()]).unwrap();
        assert!(c.contains(&"CAP_NET_ADMIN".to_string()) && !c.contains(&"CAP_KILL".to_string()));
        let c = capabilities(false, &["chown".into()], &["ALL".into()]).unwrap();
        assert_eq!(c, vec!["CAP_CHOWN"]);
        assert!(capabilities(false, &["BOGUS".into()], &[]).is_err());
    }

    #[test]
    fn ulimits_and_restart() {
        let r = parse_ulimit("nofile=1024:2048").unwrap();
        assert_eq!((r.soft, r.hard), (1024, 2048));
        assert!(parse_ulimit("nofile=10:5").is_err());
        assert!(parse_ulimit("bogus=1").is_err());
        assert!(parse_ulimit("nofile").is_err());
        assert_eq!(RestartPolicy::parse("on-failure:3").unwrap().max_retries, 3);
        assert!(RestartPolicy::parse("always:3").is_err());
        assert!(RestartPolicy::parse("sometimes").is_err());
    }
}
