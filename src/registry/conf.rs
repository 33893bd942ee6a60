//! containers-registries.conf(5), the file podman users already have: which
//! registries a short name searches, where a name's registry really lives
//! (`prefix` → `location`, mirrors), and which registries are insecure or
//! blocked.
//!
//! Files, as containers/image reads them: `$CONTAINERS_REGISTRIES_CONF` if
//! set, else `~/.config/containers/registries.conf` if it exists (it then
//! *replaces* the system file and the system drop-in directory), else
//! `/etc/containers/registries.conf`; then the drop-ins
//! `/etc/containers/registries.conf.d/*.conf` and
//! `~/.config/containers/registries.conf.d/*.conf` in name order. A later
//! file replaces the settings it names: `unqualified-search-registries`,
//! `short-name-mode`, each `[[registry]]` by prefix, each alias.
//!
//! Where nothing is configured we behave as docker: short names mean
//! Docker Hub, and registries on loopback are insecure (plain HTTP allowed).

use super::super::image::reference::{DEFAULT_DOMAIN, Reference};
use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SYSTEM_FILE: &str = "/etc/containers/registries.conf";
const SYSTEM_DIR: &str = "/etc/containers/registries.conf.d";
const USER_FILE: &str = ".config/containers/registries.conf";
const USER_DIR: &str = ".config/containers/registries.conf.d";
/// The largest configuration file we read (they are a few KiB).
const MAX_FILE: u64 = 4 << 20;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ShortNameMode {
    /// Prompt on a terminal when several registries could match; error
    /// without one.
    Enforcing,
    /// Prompt on a terminal; without one, try every search registry.
    #[default]
    Permissive,
    /// Try every search registry, never prompt.
    Disabled,
}

impl ShortNameMode {
    fn parse(s: &str) -> Result<ShortNameMode> {
        Ok(match s {
            "enforcing" => ShortNameMode::Enforcing,
            "permissive" | "" => ShortNameMode::Permissive,
            "disabled" => ShortNameMode::Disabled,
            other => bail!("invalid short-name-mode {other:?} (enforcing, permissive or disabled)"),
        })
    }
}

/// When a mirror is used (`pull-from-mirror`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MirrorUse {
    #[default]
    All,
    DigestOnly,
    TagOnly,
}

impl MirrorUse {
    fn parse(s: &str) -> Result<MirrorUse> {
        Ok(match s {
            "all" | "" => MirrorUse::All,
            "digest-only" => MirrorUse::DigestOnly,
            "tag-only" => MirrorUse::TagOnly,
            other => bail!("invalid pull-from-mirror {other:?} (all, digest-only or tag-only)"),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mirror {
    pub location: String,
    pub insecure: bool,
    pub pull_from: MirrorUse,
}

/// One `[[registry]]` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryEntry {
    /// What names this entry applies to: `host[:port][/path]` or
    /// `*.domain`.
    pub prefix: String,
    /// Where those names are really served; the prefix when not set.
    pub location: String,
    pub insecure: bool,
    pub blocked: bool,
    pub mirror_by_digest_only: bool,
    pub mirrors: Vec<Mirror>,
}

/// The merged configuration.
#[derive(Clone, Debug, Default)]
pub struct RegistriesConf {
    /// `None` when no file sets it: then short names mean Docker Hub.
    pub unqualified_search: Option<Vec<String>>,
    pub short_name_mode: ShortNameMode,
    pub registries: Vec<RegistryEntry>,
    /// Short name → full name.
    pub aliases: BTreeMap<String, (String, PathBuf)>,
    /// The files that were read, in order.
    pub files: Vec<PathBuf>,
}

/// Where one attempt to pull a reference goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PullSource {
    /// The reference as the registry at `location` knows it.
    pub reference: Reference,
    pub insecure: bool,
    pub mirror: bool,
}

// ---- the file format ----------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawFile {
    unqualified_search_registries: Option<Vec<String>>,
    short_name_mode: Option<String>,
    #[serde(default)]
    registry: Vec<RawRegistry>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
    /// Version 1: `[registries.search]`, `[registries.insecure]`,
    /// `[registries.block]`, each with `registries = [...]`.
    registries: Option<RawV1>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct RawRegistry {
    prefix: Option<String>,
    location: Option<String>,
    #[serde(default)]
    insecure: bool,
    #[serde(default)]
    blocked: bool,
    #[serde(default)]
    mirror_by_digest_only: bool,
    #[serde(default)]
    mirror: Vec<RawMirror>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct RawMirror {
    location: String,
    #[serde(default)]
    insecure: bool,
    pull_from_mirror: Option<String>,
}

#[derive(Deserialize, Default)]
struct RawV1 {
    search: Option<RawV1List>,
    insecure: Option<RawV1List>,
    block: Option<RawV1List>,
}

#[derive(Deserialize, Default)]
struct RawV1List {
    #[serde(default)]
    registries: Vec<String>,
}

impl RegistriesConf {
    /// Read the files podman reads.
    pub fn load() -> Result<RegistriesConf> {
        let home = crate::storage::home_dir();
        let env_file = std::env::var_os("CONTAINERS_REGISTRIES_CONF")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        Self::load_from(env_file.as_deref(), home.as_deref())
    }

    pub fn load_from(env_file: Option<&Path>, home: Option<&Path>) -> Result<RegistriesConf> {
        let user_file = home.map(|h| h.join(USER_FILE));
        let user_dir = home.map(|h| h.join(USER_DIR));
        let mut files: Vec<PathBuf> = Vec::new();
        let mut dirs: Vec<PathBuf> = Vec::new();
        match (env_file, &user_file) {
            (Some(f), _) => {
                files.push(f.to_path_buf());
                dirs.push(PathBuf::from(SYSTEM_DIR));
            }
            (None, Some(u)) if u.exists() => files.push(u.clone()),
            _ => {
                files.push(PathBuf::from(SYSTEM_FILE));
                dirs.push(PathBuf::from(SYSTEM_DIR));
            }
        }
        dirs.extend(user_dir);
        for d in dirs {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            let mut dropins: Vec<PathBuf> = rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "conf"))
                .collect();
            dropins.sort();
            files.extend(dropins);
        }
        let mut conf = RegistriesConf::default();
        for f in files {
            let text = match read_limited(&f) {
                Ok(Some(t)) => t,
                Ok(None) => continue,
                Err(e) => return Err(e),
            };
            conf.merge(&text, &f)
                .with_context(|| format!("reading {}", f.display()))?;
            conf.files.push(f);
        }
        Ok(conf)
    }

    /// Apply one file on top of what was read before.
    pub fn merge(&mut self, text: &str, path: &Path) -> Result<()> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            anyhow!(
                "invalid TOML: {}",
                e.to_string().lines().next().unwrap_or("")
            )
        })?;
        let mut v1_entries = Vec::new();
        if let Some(v1) = raw.registries {
            if !raw.registry.is_empty() || raw.unqualified_search_registries.is_some() {
                bail!("mixes the version 1 [registries.*] tables with version 2 settings");
            }
            if let Some(s) = v1.search {
                self.unqualified_search = Some(s.registries);
            }
            for r in v1.insecure.map(|l| l.registries).unwrap_or_default() {
                v1_entries.push((r, true, false));
            }
            for r in v1.block.map(|l| l.registries).unwrap_or_default() {
                v1_entries.push((r, false, true));
            }
        }
        if let Some(u) = raw.unqualified_search_registries {
            for r in &u {
                if r.contains('/') {
                    bail!("unqualified-search-registries entry {r:?} must be a host, not a path");
                }
            }
            self.unqualified_search = Some(u);
        }
        if let Some(m) = raw.short_name_mode {
            self.short_name_mode = ShortNameMode::parse(&m)?;
        }
        for (host, insecure, blocked) in v1_entries {
            let e = self.entry_mut(&host);
            e.insecure |= insecure;
            e.blocked |= blocked;
        }
        for r in raw.registry {
            let entry = parse_entry(r)?;
            self.registries.retain(|e| e.prefix != entry.prefix);
            self.registries.push(entry);
        }
        for (k, v) in raw.aliases {
            if !Reference::is_short_name(&k) || k.contains([':', '@']) {
                bail!("alias {k:?} must be a short name without tag or digest");
            }
            if Reference::is_short_name(&v) {
                bail!("alias {k:?}: {v:?} must be a fully qualified name");
            }
            Reference::parse(&v).with_context(|| format!("alias {k:?}"))?;
            self.aliases.insert(k, (v, path.to_path_buf()));
        }
        Ok(())
    }

    fn entry_mut(&mut self, prefix: &str) -> &mut RegistryEntry {
        if let Some(i) = self.registries.iter().position(|e| e.prefix == prefix) {
            return &mut self.registries[i];
        }
        self.registries.push(RegistryEntry {
            prefix: prefix.to_string(),
            location: prefix.to_string(),
            insecure: false,
            blocked: false,
            mirror_by_digest_only: false,
            mirrors: Vec::new(),
        });
        self.registries.last_mut().expect("just pushed")
    }

    /// The entry with the longest prefix matching `reference` (a full
    /// `domain/path[:tag][@digest]` string).
    pub fn find(&self, reference: &str) -> Option<&RegistryEntry> {
        self.registries
            .iter()
            .filter_map(|e| prefix_match(reference, &e.prefix).map(|n| (n, e)))
            .max_by_key(|(n, _)| *n)
            .map(|(_, e)| e)
    }

    /// Whether TLS may be skipped and plain HTTP tried for `host[:port]`.
    /// Loopback addresses are insecure unless configured otherwise, as in
    /// docker.
    pub fn is_insecure(&self, host: &str) -> bool {
        match self.find(host) {
            Some(e) => e.insecure || is_loopback(host),
            None => is_loopback(host),
        }
    }

    /// The endpoints to try, in order, to pull `r`: mirrors first (those
    /// that serve this kind of reference), then the registry's location.
    pub fn pull_sources(&self, r: &Reference) -> Result<Vec<PullSource>> {
        let full = r.to_string();
        let Some(e) = self.find(&full) else {
            return Ok(vec![PullSource {
                reference: r.clone(),
                insecure: is_loopback(&r.domain),
                mirror: false,
            }]);
        };
        if e.blocked {
            bail!(
                "registry {} is blocked in registries.conf (prefix {:?})",
                r.domain,
                e.prefix
            );
        }
        let mut out = Vec::new();
        let by_digest = r.digest.is_some();
        for m in &e.mirrors {
            let allowed = match m.pull_from {
                _ if e.mirror_by_digest_only => by_digest,
                MirrorUse::All => true,
                MirrorUse::DigestOnly => by_digest,
                MirrorUse::TagOnly => !by_digest,
            };
            if !allowed {
                continue;
            }
            if let Some(rewritten) = rewrite(&full, &e.prefix, &m.location)? {
                out.push(PullSource {
                    insecure: m.insecure || is_loopback(&rewritten.domain),
                    reference: rewritten,
                    mirror: true,
                });
            }
        }
        let primary = rewrite(&full, &e.prefix, &e.location)?.unwrap_or_else(|| r.clone());
        out.push(PullSource {
            insecure: e.insecure || is_loopback(&primary.domain),
            reference: primary,
            mirror: false,
        });
        Ok(out)
    }

    /// Refuse a push or search against a blocked registry.
    pub fn check_not_blocked(&self, r: &Reference) -> Result<()> {
        if let Some(e) = self.find(&r.to_string())
            && e.blocked
        {
            bail!(
                "registry {} is blocked in registries.conf (prefix {:?})",
                r.domain,
                e.prefix
            );
        }
        Ok(())
    }

    /// The registries a short name is looked up in, in order.
    pub fn search_registries(&self) -> Vec<String> {
        match &self.unqualified_search {
            Some(v) => v.clone(),
            None => vec![DEFAULT_DOMAIN.to_string()],
        }
    }
}

fn parse_entry(r: RawRegistry) -> Result<RegistryEntry> {
    let prefix = match (&r.prefix, &r.location) {
        (Some(p), _) if !p.is_empty() => p.clone(),
        (_, Some(l)) if !l.is_empty() => l.clone(),
        _ => bail!("a [[registry]] entry needs a prefix or a location"),
    };
    let prefix = prefix.trim_end_matches('/').to_string();
    let wildcard = prefix.starts_with("*.");
    if prefix.contains("://") {
        bail!("registry prefix {prefix:?} must not contain a URL scheme");
    }
    if wildcard && prefix.contains('/') {
        bail!("wildcard prefix {prefix:?} must be a host only");
    }
    if !wildcard {
        validate_location(&prefix)?;
    }
    let location = r
        .location
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_end_matches('/').to_string());
    if wildcard && location.is_some() {
        bail!("registry with wildcard prefix {prefix:?} cannot set a location");
    }
    if let Some(l) = &location {
        validate_location(l)?;
    }
    let mut mirrors = Vec::new();
    for m in r.mirror {
        let location = m.location.trim_end_matches('/').to_string();
        validate_location(&location)?;
        mirrors.push(Mirror {
            location,
            insecure: m.insecure,
            pull_from: MirrorUse::parse(m.pull_from_mirror.as_deref().unwrap_or(""))?,
        });
    }
    Ok(RegistryEntry {
        location: location.unwrap_or_else(|| prefix.clone()),
        prefix,
        insecure: r.insecure,
        blocked: r.blocked,
        mirror_by_digest_only: r.mirror_by_digest_only,
        mirrors,
    })
}

fn validate_location(l: &str) -> Result<()> {
    if l.contains("://") {
        bail!("registry location {l:?} must not contain a URL scheme");
    }
    let host = l.split('/').next().unwrap_or("");
    if host.is_empty() {
        bail!("registry location {l:?} has no host");
    }
    Ok(())
}

/// containers/image's prefix rule: the prefix matches the whole reference,
/// or a leading part of it that ends at a `/`, `:` or `@`. A `*.domain`
/// prefix matches any host under that domain. Returns the match length.
pub fn prefix_match(reference: &str, prefix: &str) -> Option<usize> {
    if let Some(suffix) = prefix.strip_prefix('*') {
        let host = reference.split('/').next().unwrap_or("");
        let host = host.split(':').next().unwrap_or(host);
        return host.ends_with(suffix).then_some(prefix.len());
    }
    let rest = reference.strip_prefix(prefix)?;
    match rest.as_bytes().first() {
        None | Some(b'/' | b':' | b'@') => Some(prefix.len()),
        _ => None,
    }
}

/// Replace `prefix` by `location` at the start of `full`. `None` for
/// wildcard prefixes (they do not remap).
fn rewrite(full: &str, prefix: &str, location: &str) -> Result<Option<Reference>> {
    if prefix.starts_with("*.") {
        return Ok(None);
    }
    let Some(rest) = full.strip_prefix(prefix) else {
        return Ok(None);
    };
    let new = format!("{location}{rest}");
    let r = Reference::parse(&new)
        .with_context(|| format!("registries.conf rewrites {full} to an invalid name {new}"))?;
    Ok(Some(r))
}

/// localhost, 127.0.0.0/8 and ::1, with or without a port.
pub fn is_loopback(host: &str) -> bool {
    let h = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(h, p)| {
            if p.bytes().all(|b| b.is_ascii_digit()) {
                h
            } else {
                host
            }
        }),
    };
    if h == "localhost" {
        return true;
    }
    h.parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback())
}

fn read_limited(path: &Path) -> Result<Option<String>> {
    match crate::storage::read_limited(path, MAX_FILE)? {
        None => Ok(None),
        Some(data) => String::from_utf8(data)
            .map(Some)
            .map_err(|_| anyhow!("{}: not UTF-8 text", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conf(text: &str) -> RegistriesConf {
        let mut c = RegistriesConf::default();
        c.merge(text, Path::new("test.conf")).unwrap();
        c
    }

    #[test]
    fn prefixes_match_at_component_boundaries() {
        assert_eq!(prefix_match("quay.io/ns/img:1", "quay.io/ns"), Some(10));
        assert_eq!(prefix_match("quay.io/nsx/img", "quay.io/ns"), None);
        assert_eq!(prefix_match("quay.io/ns", "quay.io/ns"), Some(10));
        assert_eq!(prefix_match("a.example.com/x", "*.example.com"), Some(13));
        assert_eq!(prefix_match("example.com/x", "*.example.com"), None);
    }

    #[test]
    fn location_remaps_and_mirrors_come_first() {
        let c = conf(
            r#"
unqualified-search-registries = ["quay.io"]
[[registry]]
prefix = "quay.io/ns"
location = "127.0.0.1:5000/other"
[[registry.mirror]]
location = "mirror.example:5000/m"
[[registry.mirror]]
location = "digests.example/d"
pull-from-mirror = "digest-only"
[[registry]]
prefix = "quay.io"
insecure = true
"#,
        );
        let r = Reference::parse("quay.io/ns/img:1").unwrap();
        let s = c.pull_sources(&r).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].reference.to_string(), "mirror.example:5000/m/img:1");
        assert!(s[0].mirror);
        assert_eq!(s[1].reference.to_string(), "127.0.0.1:5000/other/img:1");
        assert!(s[1].insecure, "loopback locations are insecure");
        let d = Reference::parse(
            "quay.io/ns/img@sha256:0123456789012345678901234567890123456789012345678901234567890123",
        )
        .unwrap();
        assert_eq!(c.pull_sources(&d).unwrap().len(), 3);
        assert!(c.is_insecure("quay.io"));
        assert!(!c.is_insecure("docker.io"));
        assert!(c.is_insecure("localhost:5000"));
        assert!(c.is_insecure("127.0.0.1"));
        assert_eq!(c.search_registries(), vec!["quay.io"]);
    }

    #[test]
    fn blocked_registries_are_refused() {
        let c = conf("[[registry]]\nlocation = \"evil.example\"\nblocked = true\n");
        let r = Reference::parse("evil.example/x").unwrap();
        let e = c.pull_sources(&r).unwrap_err().to_string();
        assert!(e.contains("blocked"), "{e}");
        assert!(c.check_not_blocked(&r).is_err());
    }

    #[test]
    fn later_files_override_and_v1_is_read() {
        let mut c = conf(
            "unqualified-search-registries = [\"a.example\"]\nshort-name-mode=\"enforcing\"\n[aliases]\n\"x\" = \"a.example/x\"\n",
        );
        c.merge(
            "unqualified-search-registries = [\"b.example\"]\n[aliases]\n\"y\" = \"b.example/y\"\n",
            Path::new("b.conf"),
        )
        .unwrap();
        assert_eq!(c.search_registries(), vec!["b.example"]);
        assert_eq!(c.short_name_mode, ShortNameMode::Enforcing);
        assert_eq!(c.aliases.len(), 2);
        let v1 = conf(
            "[registries.search]\nregistries = [\"s.example\"]\n[registries.insecure]\nregistries = [\"i.example\"]\n[registries.block]\nregistries = [\"b.example\"]\n",
        );
        assert_eq!(v1.search_registries(), vec!["s.example"]);
        assert!(v1.is_insecure("i.example"));
        assert!(
            v1.check_not_blocked(&Reference::parse("b.example/x").unwrap())
                .is_err()
        );
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        let mut c = RegistriesConf::default();
        for bad in [
            "unqualified-search-registries = 3",
            "[[registry]]\ninsecure = true",
            "[[registry]]\nprefix = \"*.x.com\"\nlocation = \"y\"",
            "short-name-mode = \"sometimes\"",
            "[aliases]\n\"a\" = \"b\"",
            "[[registry]]\nlocation = \"https://x\"",
            "= = =",
        ] {
            assert!(c.merge(bad, Path::new("bad")).is_err(), "{bad}");
        }
    }

    #[test]
    fn defaults_are_docker_hub() {
        let c = RegistriesConf::default();
        assert_eq!(c.search_registries(), vec!["docker.io"]);
        let r = Reference::parse("busybox").unwrap();
        let s = c.pull_sources(&r).unwrap();
        assert_eq!(s[0].reference.to_string(), "docker.io/library/busybox");
        assert!(!s[0].insecure);
    }
}
