//! Registries without the store: search, tag lists, login, logout.

use crate::registry::auth::{AuthFiles, Credentials};
use crate::registry::client::{ClientOptions, Registry, is_unauthorized};
use crate::registry::conf::RegistriesConf;
use crate::registry::search::{self, DEFAULT_LIMIT, Hit};
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Search the registries a term names (or the search registries); the
/// hits that pass podman's `filters`, and the errors of registries that
/// failed (the search fails only when all did).
pub fn search(
    client: &ClientOptions,
    term: &str,
    limit: usize,
    filters: &[String],
) -> Result<Vec<Hit>> {
    let conf = RegistriesConf::load()?;
    let limit = if limit == 0 { DEFAULT_LIMIT } else { limit };
    let (registries, term) = search::split_term(&conf, term);
    let mut hits = Vec::new();
    let mut errors = Vec::new();
    for r in &registries {
        match search::search_registry(&conf, client, r, term, limit) {
            Ok(h) => hits.extend(h),
            Err(e) => errors.push(format!("couldn't search registry {r:?}: {e:#}")),
        }
    }
    if hits.is_empty() && !errors.is_empty() {
        bail!("{}", errors.join("; "));
    }
    search::filter(hits, filters)
}

/// The tags of the repository `term` names (at most `limit`): its full
/// name and the tags.
pub fn list_tags(
    client: &ClientOptions,
    term: &str,
    limit: usize,
) -> Result<(String, Vec<String>)> {
    let conf = RegistriesConf::load()?;
    let limit = if limit == 0 { DEFAULT_LIMIT } else { limit };
    let (name, mut tags) = search::list_tags(&conf, client, term)?;
    tags.truncate(limit);
    Ok((name, tags))
}

/// The manifest `input` names on its registry (docker's
/// `/distribution/{name}/json`).
pub fn remote_manifest(
    client: &ClientOptions,
    input: &str,
) -> Result<crate::registry::search::RemoteManifest> {
    let conf = RegistriesConf::load()?;
    search::remote_manifest(&conf, client, input)
}

/// Where a login or logout goes.
pub struct AuthTarget {
    /// The auth file key: `registry[/namespace]`.
    pub key: String,
    /// The registry host.
    pub host: String,
    pub files: AuthFiles,
    /// registries.conf marks the host insecure (plain HTTP allowed).
    pub insecure: bool,
}

/// The target of `login`/`logout REGISTRY` (the first search registry
/// without one).
pub fn auth_target(
    registry: Option<&str>,
    authfile: Option<&std::path::Path>,
) -> Result<AuthTarget> {
    let conf = RegistriesConf::load()?;
    let key = auth_key(&conf, registry)?;
    let host = crate::registry::auth::registry_of(&key).to_string();
    Ok(AuthTarget {
        insecure: conf.is_insecure(&host),
        key,
        host,
        files: AuthFiles::new(authfile),
    })
}

/// What checking credentials against a registry found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verified {
    Valid,
    /// The registry refused them.
    Invalid,
}

/// Check credentials against the target's registry.
pub fn verify_login(
    t: &AuthTarget,
    tls_verify: Option<bool>,
    cert_dir: Option<PathBuf>,
    creds: &Credentials,
) -> Result<Verified> {
    let client = ClientOptions {
        tls_verify,
        cert_dir,
        creds: None,
        auth: t.files.clone(),
    };
    let reg = Registry::new(&t.host, t.insecure, &client);
    match reg.verify_login(creds) {
        Ok(()) => Ok(Verified::Valid),
        Err(e) if is_unauthorized(&e) => Ok(Verified::Invalid),
        Err(e) => Err(e.context(format!("authenticating creds for {:?}", t.key))),
    }
}

/// Store credentials for the target; the file written.
pub fn store_login(t: &AuthTarget, creds: &Credentials) -> Result<PathBuf> {
    t.files.store(&t.key, creds)
}

/// What `logout` did.
#[derive(Debug, PartialEq, Eq)]
pub enum LoggedOut {
    Removed,
    /// The credentials are in docker's file, which we leave alone.
    Elsewhere,
}

/// Remove every registry's credentials from the auth file.
pub fn logout_all(authfile: Option<&std::path::Path>) -> Result<()> {
    AuthFiles::new(authfile).remove_all()
}

/// Remove the target's credentials.
pub fn logout(t: &AuthTarget) -> Result<LoggedOut> {
    if t.files.remove(&t.key)? {
        return Ok(LoggedOut::Removed);
    }
    if t.files.elsewhere(&t.key).is_some() {
        return Ok(LoggedOut::Elsewhere);
    }
    bail!("not logged into {}", t.key)
}

/// The auth key for a login/logout argument: `https://h/v2/` → `h`;
/// `registry[/namespace...]` as typed; tags and digests refused.
fn auth_key(conf: &RegistriesConf, arg: Option<&str>) -> Result<String> {
    let Some(arg) = arg else {
        return conf.search_registries().into_iter().next().ok_or_else(|| {
            anyhow::anyhow!("no registries found in registries.conf, a registry must be provided")
        });
    };
    if let Some(rest) = arg
        .strip_prefix("https://")
        .or_else(|| arg.strip_prefix("http://"))
    {
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() {
            bail!("invalid registry {arg:?}");
        }
        return Ok(normalize_hub(host));
    }
    let key = arg.trim_end_matches('/');
    let (host, path) = key.split_once('/').unwrap_or((key, ""));
    if host.is_empty() {
        bail!("invalid registry {arg:?}");
    }
    if !path.is_empty() {
        let r = crate::image::reference::Reference::parse(key)?;
        if r.tag.is_some() || r.digest.is_some() {
            bail!("reference {key:?} contains tag or digest");
        }
    }
    Ok(if path.is_empty() {
        normalize_hub(host)
    } else {
        format!("{}/{path}", normalize_hub(host))
    })
}

fn normalize_hub(host: &str) -> String {
    match host {
        "index.docker.io" | "registry-1.docker.io" => "docker.io".to_string(),
        h => h.to_string(),
    }
}
