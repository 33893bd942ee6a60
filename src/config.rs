//! containers.conf: podman's configuration file, read the way
//! containers/common reads it, for the settings skiff has.
//!
//! Files, later ones overriding earlier ones key by key:
//! `CONTAINERS_CONF` alone when set; else
//! `/usr/share/containers/containers.conf`,
//! `/etc/containers/containers.conf`, the drop-ins in
//! `/etc/containers/containers.conf.d/*.conf` (by name), and for
//! users other than root `$XDG_CONFIG_HOME/containers/containers.conf`
//! (`~/.config/...`) and its `.d` drop-ins. Unknown keys are ignored (the
//! file is shared with podman); a key of the wrong type is an error that
//! names the file.
//!
//! The result is a plain value ([`Config`]) that front-ends hand to the
//! operations; nothing below reads the files again.

use anyhow::{Context, Result, anyhow};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The settings skiff takes from containers.conf, after merging.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub containers: Containers,
    pub engine: Engine,
    /// The files read, in order (for `info`).
    pub files: Vec<PathBuf>,
}

/// `[containers]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Containers {
    pub dns_servers: Vec<String>,
    pub dns_options: Vec<String>,
    pub dns_searches: Vec<String>,
    /// The file /etc/hosts starts from (`none`: empty; default /etc/hosts).
    pub base_hosts_file: Option<String>,
    /// Replaces docker's default capability set.
    pub default_capabilities: Option<Vec<String>>,
    pub default_sysctls: Vec<String>,
    pub default_ulimits: Vec<String>,
    pub env: Vec<String>,
    pub log_driver: Option<String>,
    /// Bytes; negative: no limit.
    pub log_size_max: Option<i64>,
    pub pids_limit: Option<i64>,
    pub tz: Option<String>,
    pub umask: Option<String>,
    pub netns: Option<String>,
    pub userns: Option<String>,
    pub init: bool,
}

/// `[engine]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Engine {
    pub events_logger: Option<String>,
    pub runtime: Option<String>,
    pub cgroup_manager: Option<String>,
    pub image_default_transport: Option<String>,
    /// Environment for skiff itself (proxies for pulls...).
    pub env: Vec<String>,
}

/// One file as written: every key optional, so that a later file only
/// overrides what it sets.
#[derive(Debug, Default, Deserialize)]
struct File {
    #[serde(default)]
    containers: ContainersFile,
    #[serde(default)]
    engine: EngineFile,
}

#[derive(Debug, Default, Deserialize)]
struct ContainersFile {
    dns_servers: Option<Vec<String>>,
    dns_options: Option<Vec<String>>,
    dns_searches: Option<Vec<String>>,
    base_hosts_file: Option<String>,
    default_capabilities: Option<Vec<String>>,
    default_sysctls: Option<Vec<String>>,
    default_ulimits: Option<Vec<String>>,
    env: Option<Vec<String>>,
    log_driver: Option<String>,
    log_size_max: Option<i64>,
    pids_limit: Option<i64>,
    tz: Option<String>,
    umask: Option<String>,
    netns: Option<String>,
    userns: Option<String>,
    init: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
struct EngineFile {
    events_logger: Option<String>,
    runtime: Option<String>,
    cgroup_manager: Option<String>,
    image_default_transport: Option<String>,
    env: Option<Vec<String>>,
    /// Read so that a wrong type is reported; skiff needs no lock table.
    #[allow(dead_code)]
    num_locks: Option<i64>,
}

macro_rules! take {
    ($dst:expr, $src:expr) => {
        if let Some(v) = $src {
            $dst = v;
        }
    };
    (opt $dst:expr, $src:expr) => {
        if $src.is_some() {
            $dst = $src;
        }
    };
}

impl Config {
    /// Read the files for this user (`rootless`: not root), with
    /// `home`/`xdg_config` to find the user's own.
    pub fn load(rootless: bool) -> Result<Config> {
        let files = search_path(
            std::env::var_os("CONTAINERS_CONF").map(PathBuf::from),
            rootless,
            user_config_dir().as_deref(),
        )?;
        let mut c = Config::default();
        for f in &files {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("reading configuration file {}", f.display()))?;
            c.merge(&text)
                .with_context(|| format!("decoding configuration file {}", f.display()))?;
        }
        c.files = files;
        Ok(c)
    }

    /// Apply one file's text over what is there.
    pub fn merge(&mut self, text: &str) -> Result<()> {
        let f: File = toml::from_str(text).map_err(|e| anyhow!("{}", e.message()))?;
        let (c, fc) = (&mut self.containers, f.containers);
        take!(c.dns_servers, fc.dns_servers);
        take!(c.dns_options, fc.dns_options);
        take!(c.dns_searches, fc.dns_searches);
        take!(opt c.base_hosts_file, fc.base_hosts_file);
        take!(opt c.default_capabilities, fc.default_capabilities);
        take!(c.default_sysctls, fc.default_sysctls);
        take!(c.default_ulimits, fc.default_ulimits);
        take!(c.env, fc.env);
        take!(opt c.log_driver, fc.log_driver);
        take!(opt c.log_size_max, fc.log_size_max);
        take!(opt c.pids_limit, fc.pids_limit);
        take!(opt c.tz, fc.tz);
        take!(opt c.umask, fc.umask);
        take!(opt c.netns, fc.netns);
        take!(opt c.userns, fc.userns);
        take!(c.init, fc.init);
        let (e, fe) = (&mut self.engine, f.engine);
        take!(opt e.events_logger, fe.events_logger);
        take!(opt e.runtime, fe.runtime);
        take!(opt e.cgroup_manager, fe.cgroup_manager);
        take!(opt e.image_default_transport, fe.image_default_transport);
        take!(e.env, fe.env);
        Ok(())
    }
}

/// `$XDG_CONFIG_HOME`, else `~/.config`.
fn user_config_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
}

/// The files to read, in order.
fn search_path(
    env: Option<PathBuf>,
    rootless: bool,
    config_home: Option<&Path>,
) -> Result<Vec<PathBuf>> {
    if let Some(p) = env.filter(|p| !p.as_os_str().is_empty()) {
        std::fs::metadata(&p).map_err(|e| {
            anyhow!(
                "CONTAINERS_CONF file: stat {}: {}",
                p.display(),
                crate::error::io_reason(&e)
            )
        })?;
        return Ok(vec![p]);
    }
    let mut out = Vec::new();
    let mut add = |p: PathBuf| {
        if p.is_file() {
            out.push(p);
        }
    };
    add(PathBuf::from("/usr/share/containers/containers.conf"));
    add(PathBuf::from("/etc/containers/containers.conf"));
    for p in drop_ins(Path::new("/etc/containers/containers.conf.d")) {
        add(p);
    }
    if rootless && let Some(home) = config_home {
        let user = home.join("containers/containers.conf");
        let dir = home.join("containers/containers.conf.d");
        add(user);
        for p in drop_ins(&dir) {
            add(p);
        }
    }
    Ok(out)
}

/// `*.conf` files of a drop-in directory, in name order.
fn drop_ins(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "conf"))
        .collect();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_files_override_key_by_key() {
        let mut c = Config::default();
        c.merge(
            r#"
[containers]
dns_servers = ["1.1.1.1"]
default_capabilities = ["CHOWN", "KILL"]
init = true
unknown_key = "ignored"
[engine]
runtime = "crun"
num_locks = 2048
[network]
whatever = 1
"#,
        )
        .unwrap();
        c.merge("[containers]\ntz = \"Asia/Seoul\"\n").unwrap();
        assert_eq!(c.containers.dns_servers, vec!["1.1.1.1"]);
        assert_eq!(
            c.containers.default_capabilities.as_deref(),
            Some(&["CHOWN".to_string(), "KILL".to_string()][..])
        );
        assert!(c.containers.init);
        assert_eq!(c.containers.tz.as_deref(), Some("Asia/Seoul"));
        assert_eq!(c.engine.runtime.as_deref(), Some("crun"));
    }

    #[test]
    fn wrong_types_are_errors() {
        let mut c = Config::default();
        let e = c.merge("[containers]\ninit = \"yes\"\n").unwrap_err();
        assert!(format!("{e:#}").contains("invalid type"), "{e:#}");
        assert!(c.merge("[containers\n").is_err());
    }

    #[test]
    fn search_order() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("only.conf");
        std::fs::write(&f, "").unwrap();
        assert_eq!(search_path(Some(f.clone()), true, None).unwrap(), vec![f]);
        assert!(search_path(Some(d.path().join("missing")), false, None).is_err());
        std::fs::create_dir_all(d.path().join("containers/containers.conf.d")).unwrap();
        std::fs::write(d.path().join("containers/containers.conf"), "").unwrap();
        std::fs::write(d.path().join("containers/containers.conf.d/b.conf"), "").unwrap();
        std::fs::write(d.path().join("containers/containers.conf.d/a.conf"), "").unwrap();
        std::fs::write(d.path().join("containers/containers.conf.d/c.txt"), "").unwrap();
        let v = search_path(None, true, Some(d.path())).unwrap();
        let tail: Vec<_> = v
            .iter()
            .rev()
            .take(3)
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(tail, ["b.conf", "a.conf", "containers.conf"]);
        let v = search_path(None, false, Some(d.path())).unwrap();
        assert!(v.iter().all(|p| !p.starts_with(d.path())));
    }
}
