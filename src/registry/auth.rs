//! Registry credentials, where podman and docker keep them.
//!
//! Read, in order (containers-auth.json(5)): `--authfile` or
//! `$REGISTRY_AUTH_FILE` alone when given; otherwise
//! `$XDG_RUNTIME_DIR/containers/auth.json` (`/run/containers/<uid>/auth.json`
//! without `XDG_RUNTIME_DIR`), `$XDG_CONFIG_HOME/containers/auth.json`,
//! docker's `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, and the
//! legacy `~/.dockercfg`. In each file a `credHelpers` entry for the
//! registry wins, then `credsStore` (docker's default helper), then the
//! `auths` entries, most specific key first (`host/ns/repo`, `host/ns`,
//! `host`), then keys written as URLs (`https://index.docker.io/v1/`).
//!
//! `login` writes the first of those files (0600, atomically, under a lock),
//! or hands the secret to the file's helper; `logout` removes it again.
//! Helpers are `docker-credential-<name>` programs speaking docker's
//! protocol: `get`/`erase` read a server URL on stdin, `store` reads
//! `{"ServerURL","Username","Secret"}`, `get` answers the same JSON.

use crate::storage::{atomic, lock};
use anyhow::{Context, Result, anyhow, bail};
use base64::Engine;
use serde_json::{Map, Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Docker Hub's key in docker's files and for helpers.
pub const DOCKER_HUB_KEY: &str = "https://index.docker.io/v1/";
/// The largest auth file we read.
const MAX_FILE: u64 = 4 << 20;

#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub secret: Secret,
}

#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    Password(String),
    /// An OAuth2 refresh token (docker's `identitytoken`).
    IdentityToken(String),
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Secret::Password(_) => f.write_str("Password(***)"),
            Secret::IdentityToken(_) => f.write_str("IdentityToken(***)"),
        }
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials({}, ***)", self.username)
    }
}

impl Credentials {
    pub fn password(username: &str, password: &str) -> Credentials {
        Credentials {
            username: username.to_string(),
            secret: Secret::Password(password.to_string()),
        }
    }

    /// `user:password` (podman's `--creds`); a missing password is an error
    /// here (the CLI prompts for it before calling this).
    pub fn parse_creds(s: &str) -> Result<Credentials> {
        match s.split_once(':') {
            Some((u, p)) if !u.is_empty() => Ok(Credentials::password(u, p)),
            _ => bail!("invalid --creds: expected USERNAME:PASSWORD"),
        }
    }
}

/// Where credentials come from for one command.
#[derive(Clone, Debug, Default)]
pub struct AuthFiles {
    /// `--authfile` or `$REGISTRY_AUTH_FILE`: the only file used.
    pub explicit: Option<PathBuf>,
}

/// One file to search, and whether it has docker's legacy layout.
#[derive(Clone, Debug)]
struct AuthPath {
    path: PathBuf,
    legacy: bool,
}

impl AuthFiles {
    pub fn new(authfile: Option<&Path>) -> AuthFiles {
        let explicit = authfile.map(Path::to_path_buf).or_else(|| {
            std::env::var_os("REGISTRY_AUTH_FILE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        AuthFiles { explicit }
    }

    /// The file `login` writes and `logout` edits.
    pub fn write_path(&self) -> PathBuf {
        if let Some(p) = &self.explicit {
            return p.clone();
        }
        match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
            Some(d) => PathBuf::from(d).join("containers/auth.json"),
            None => PathBuf::from(format!(
                "/run/containers/{}/auth.json",
                nix::unistd::getuid().as_raw()
            )),
        }
    }

    fn read_paths(&self) -> Vec<AuthPath> {
        let p = |path: PathBuf| AuthPath {
            path,
            legacy: false,
        };
        if let Some(e) = &self.explicit {
            return vec![p(e.clone())];
        }
        let mut out = vec![p(self.write_path())];
        let home = crate::storage::home_dir();
        let config_home = crate::storage::config_home();
        if let Some(c) = config_home {
            out.push(p(c.join("containers/auth.json")));
        }
        match std::env::var_os("DOCKER_CONFIG").filter(|v| !v.is_empty()) {
            Some(d) => out.push(p(PathBuf::from(d).join("config.json"))),
            None => out.extend(home.as_ref().map(|h| p(h.join(".docker/config.json")))),
        }
        if let Some(h) = home {
            out.push(AuthPath {
                path: h.join(".dockercfg"),
                legacy: true,
            });
        }
        out
    }

    /// Credentials for `key`: a registry (`quay.io`), or a repository
    /// (`quay.io/ns/repo`) to also match namespace entries.
    pub fn lookup(&self, key: &str) -> Result<Option<Credentials>> {
        for ap in self.read_paths() {
            if let Some(c) = lookup_in(&ap, key)? {
                crate::debug!("credentials for {key} from {}", ap.path.display());
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    /// Save credentials for `key` (a registry, or `registry/namespace...`).
    pub fn store(&self, key: &str, creds: &Credentials) -> Result<PathBuf> {
        let path = self.write_path();
        let Secret::Password(pass) = &creds.secret else {
            bail!("only passwords can be stored");
        };
        edit(&path, |doc| {
            if let Some(helper) = helper_for(doc, registry_of(key)) {
                helper_store(&helper, &helper_server(key), &creds.username, pass)?;
                return Ok(false);
            }
            let auths = object_entry(doc, "auths")?;
            let encoded = base64::engine::general_purpose::STANDARD
                .encode(format!("{}:{pass}", creds.username));
            auths.insert(key.to_string(), json!({ "auth": encoded }));
            Ok(true)
        })?;
        Ok(path)
    }

    /// Remove credentials for `key`. `Ok(false)` when there were none in
    /// the file we manage; the caller then checks the other files for a
    /// better message.
    pub fn remove(&self, key: &str) -> Result<bool> {
        let path = self.write_path();
        let mut found = false;
        edit(&path, |doc| {
            if let Some(helper) = helper_for(doc, registry_of(key)) {
                found = helper_erase(&helper, &helper_server(key))?;
                return Ok(false);
            }
            let Some(auths) = doc.get_mut("auths").and_then(Value::as_object_mut) else {
                return Ok(false);
            };
            let before = auths.len();
            let norm = normalize_registry(key);
            auths.retain(|k, _| k != key && normalize_key(k, false) != norm);
            found = auths.len() != before;
            Ok(found)
        })?;
        Ok(found)
    }

    /// Remove every credential from the file we manage (and its helpers).
    pub fn remove_all(&self) -> Result<()> {
        let path = self.write_path();
        edit(&path, |doc| {
            if let Some(h) = doc.get("credHelpers").and_then(Value::as_object) {
                for (reg, helper) in h.clone() {
                    if let Some(helper) = helper.as_str() {
                        let _ = helper_erase(helper, &helper_server(&reg));
                    }
                }
            }
            doc.remove("auths");
            Ok(true)
        })
    }

    /// Whether any file other than the one we manage has credentials for
    /// `key` (for logout's "use docker logout" message).
    pub fn elsewhere(&self, key: &str) -> Option<PathBuf> {
        let mine = self.write_path();
        self.read_paths()
            .into_iter()
            .filter(|ap| ap.path != mine)
            .find(|ap| matches!(lookup_in(ap, key), Ok(Some(_))))
            .map(|ap| ap.path)
    }
}

/// `quay.io/ns/repo` → `quay.io`.
pub fn registry_of(key: &str) -> &str {
    key.split('/').next().unwrap_or(key)
}

/// The server string a helper gets: docker's URL for Docker Hub.
fn helper_server(key: &str) -> String {
    if normalize_registry(registry_of(key)) == "docker.io" {
        DOCKER_HUB_KEY.to_string()
    } else {
        registry_of(key).to_string()
    }
}

fn normalize_registry(r: &str) -> &str {
    match r {
        "index.docker.io" | "registry-1.docker.io" => "docker.io",
        other => other,
    }
}

/// An `auths` key as a registry host: `https://index.docker.io/v1/` →
/// `docker.io`, `http://host:5000` → `host:5000`.
fn normalize_key(k: &str, legacy: bool) -> String {
    let s = k
        .strip_prefix("https://")
        .or_else(|| k.strip_prefix("http://"))
        .unwrap_or(k);
    let host = if legacy || s.len() != k.len() {
        s.split('/').next().unwrap_or(s)
    } else {
        s
    };
    normalize_registry(host).to_string()
}

/// `host/ns/repo` → [`host/ns/repo`, `host/ns`, `host`].
fn keys_for(key: &str) -> Vec<&str> {
    let mut out = vec![key];
    let mut k = key;
    while let Some((head, _)) = k.rsplit_once('/') {
        out.push(head);
        k = head;
    }
    out
}

fn read_doc(path: &Path) -> Result<Option<Map<String, Value>>> {
    let Some(data) = crate::storage::read_limited(path, MAX_FILE)? else {
        return Ok(None);
    };
    if data.iter().all(u8::is_ascii_whitespace) {
        return Ok(Some(Map::new()));
    }
    match serde_json::from_slice::<Value>(&data) {
        Ok(Value::Object(m)) => Ok(Some(m)),
        Ok(_) => bail!("{}: not a JSON object", path.display()),
        Err(e) => bail!("{}: invalid JSON: {e}", path.display()),
    }
}

fn lookup_in(ap: &AuthPath, key: &str) -> Result<Option<Credentials>> {
    let Some(doc) = read_doc(&ap.path)? else {
        return Ok(None);
    };
    let registry = registry_of(key);
    let auths = if ap.legacy {
        // ~/.dockercfg: the auths map is the whole document.
        Some(&doc)
    } else {
        if let Some(h) = helper_for(&doc, registry) {
            return helper_get(&h, &helper_server(key));
        }
        doc.get("auths").and_then(Value::as_object)
    };
    let Some(auths) = auths else {
        return Ok(None);
    };
    let candidates = if ap.legacy {
        vec![registry]
    } else {
        keys_for(key)
    };
    for k in candidates {
        if let Some(v) = auths.get(k) {
            return decode_entry(&ap.path, k, v);
        }
    }
    let norm = normalize_registry(registry);
    for (k, v) in auths {
        if normalize_key(k, ap.legacy) == norm {
            return decode_entry(&ap.path, k, v);
        }
    }
    Ok(None)
}

/// The helper for `registry` in a docker-style file: `credHelpers` first,
/// then `credsStore`.
fn helper_for(doc: &Map<String, Value>, registry: &str) -> Option<String> {
    let norm = normalize_registry(registry);
    if let Some(h) = doc.get("credHelpers").and_then(Value::as_object) {
        for (k, v) in h {
            if (k == registry || normalize_key(k, false) == norm)
                && let Some(s) = v.as_str()
            {
                return Some(s.to_string());
            }
        }
    }
    doc.get("credsStore")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn decode_entry(path: &Path, key: &str, v: &Value) -> Result<Option<Credentials>> {
    if let Some(t) = v.get("identitytoken").and_then(Value::as_str)
        && !t.is_empty()
    {
        let username = v
            .get("auth")
            .and_then(Value::as_str)
            .and_then(|a| decode_auth(a).ok())
            .map(|(u, _)| u)
            .unwrap_or_default();
        return Ok(Some(Credentials {
            username,
            secret: Secret::IdentityToken(t.to_string()),
        }));
    }
    let Some(auth) = v
        .get("auth")
        .and_then(Value::as_str)
        .filter(|a| !a.is_empty())
    else {
        return Ok(None);
    };
    let (u, p) = decode_auth(auth)
        .with_context(|| format!("{}: invalid \"auth\" for {key}", path.display()))?;
    Ok(Some(Credentials::password(&u, &p)))
}

fn decode_auth(a: &str) -> Result<(String, String)> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(a.trim())
        .map_err(|_| anyhow!("not base64"))?;
    let s = String::from_utf8(raw).map_err(|_| anyhow!("not UTF-8"))?;
    let (u, p) = s
        .split_once(':')
        .ok_or_else(|| anyhow!("not USER:PASSWORD"))?;
    Ok((u.to_string(), p.trim_end_matches('\n').to_string()))
}

fn object_entry<'a>(
    doc: &'a mut Map<String, Value>,
    key: &str,
) -> Result<&'a mut Map<String, Value>> {
    let v = doc
        .entry(key.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    v.as_object_mut()
        .ok_or_else(|| anyhow!("internal error: {key} is not an object"))
}

/// Read-modify-write the auth file under a lock; `f` returns whether the
/// document changed.
fn edit(path: &Path, f: impl FnOnce(&mut Map<String, Value>) -> Result<bool>) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| anyhow!("invalid auth file path {}", path.display()))?;
    crate::storage::ensure_dir(dir, 0o700)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _guard = lock::lock(&dir.join(format!(".{name}.lock")), lock::Mode::Exclusive)?;
    let mut doc = read_doc(path)?.unwrap_or_default();
    if f(&mut doc)? {
        let mut data = serde_json::to_vec_pretty(&Value::Object(doc)).context("encoding JSON")?;
        data.push(b'\n');
        atomic::write(path, &data, 0o600)?;
    }
    Ok(())
}

// ---- credential helpers -------------------------------------------------

fn helper_command(helper: &str) -> Result<String> {
    if helper.is_empty() || helper.contains('/') {
        bail!("invalid credential helper name {helper:?}");
    }
    Ok(format!("docker-credential-{helper}"))
}

fn run_helper(helper: &str, verb: &str, input: &[u8]) -> Result<(bool, String)> {
    let prog = helper_command(helper)?;
    let mut child = Command::new(&prog)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => crate::error::HintedError::wrap(
                anyhow!("credential helper {prog} not found"),
                format!("install {prog}, or remove it from credHelpers/credsStore"),
            ),
            _ => anyhow!("running {prog}: {e}"),
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits without reading gives EPIPE; its status says
        // what happened.
        let _ = stdin.write_all(input);
    }
    let out = child
        .wait_with_output()
        .with_context(|| format!("running {prog} {verb}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if out.status.success() {
        return Ok((true, stdout));
    }
    let msg = if stdout.is_empty() {
        String::from_utf8_lossy(&out.stderr).trim().to_string()
    } else {
        stdout
    };
    Ok((false, msg))
}

/// docker-credential-helpers signal a missing entry with this text.
fn is_not_found(msg: &str) -> bool {
    msg.contains("credentials not found")
}

fn helper_get(helper: &str, server: &str) -> Result<Option<Credentials>> {
    let (ok, out) = run_helper(helper, "get", server.as_bytes())?;
    if !ok {
        if is_not_found(&out) {
            return Ok(None);
        }
        bail!("credential helper {helper} get {server}: {out}");
    }
    let v: Value = serde_json::from_str(&out)
        .map_err(|_| anyhow!("credential helper {helper} answered with invalid JSON"))?;
    let user = v.get("Username").and_then(Value::as_str).unwrap_or("");
    let secret = v.get("Secret").and_then(Value::as_str).unwrap_or("");
    if secret.is_empty() {
        return Ok(None);
    }
    Ok(Some(if user == "<token>" {
        Credentials {
            username: String::new(),
            secret: Secret::IdentityToken(secret.to_string()),
        }
    } else {
        Credentials::password(user, secret)
    }))
}

fn helper_store(helper: &str, server: &str, user: &str, secret: &str) -> Result<()> {
    let input =
        serde_json::to_vec(&json!({"ServerURL": server, "Username": user, "Secret": secret}))
            .context("encoding JSON")?;
    let (ok, out) = run_helper(helper, "store", &input)?;
    if !ok {
        bail!("credential helper {helper} store {server}: {out}");
    }
    Ok(())
}

fn helper_erase(helper: &str, server: &str) -> Result<bool> {
    let (ok, out) = run_helper(helper, "erase", server.as_bytes())?;
    if ok {
        return Ok(true);
    }
    if is_not_found(&out) {
        return Ok(false);
    }
    bail!("credential helper {helper} erase {server}: {out}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(dir: &Path) -> AuthFiles {
        AuthFiles {
            explicit: Some(dir.join("auth.json")),
        }
    }

    #[test]
    fn store_lookup_remove_round_trip_and_mode() {
        let d = tempfile::tempdir().unwrap();
        let f = files(d.path());
        assert!(f.lookup("quay.io/ns/x").unwrap().is_none());
        f.store("quay.io", &Credentials::password("u", "p:w"))
            .unwrap();
        let c = f.lookup("quay.io/ns/x").unwrap().unwrap();
        assert_eq!(c, Credentials::password("u", "p:w"));
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path().join("auth.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        // A namespace entry is more specific than the registry's.
        f.store("quay.io/ns", &Credentials::password("n", "s"))
            .unwrap();
        assert_eq!(f.lookup("quay.io/ns/x").unwrap().unwrap().username, "n");
        assert_eq!(f.lookup("quay.io/other/x").unwrap().unwrap().username, "u");
        assert!(f.remove("quay.io").unwrap());
        assert!(!f.remove("quay.io").unwrap());
        assert!(f.lookup("quay.io/other/x").unwrap().is_none());
    }

    #[test]
    fn docker_keys_and_identity_tokens() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("auth.json"),
            r#"{"auths":{"https://index.docker.io/v1/":{"auth":"dTpw"},"http://h:5000/v2/":{"auth":"","identitytoken":"tok"}},"other":1}"#,
        )
        .unwrap();
        let f = files(d.path());
        assert_eq!(
            f.lookup("docker.io/library/x").unwrap().unwrap(),
            Credentials::password("u", "p")
        );
        assert_eq!(
            f.lookup("h:5000").unwrap().unwrap().secret,
            Secret::IdentityToken("tok".into())
        );
        // Editing keeps what we do not understand.
        f.store("x.example", &Credentials::password("a", "b"))
            .unwrap();
        let text = std::fs::read_to_string(d.path().join("auth.json")).unwrap();
        assert!(text.contains("\"other\": 1"), "{text}");
    }

    #[test]
    fn bad_files_are_errors() {
        let d = tempfile::tempdir().unwrap();
        let f = files(d.path());
        std::fs::write(d.path().join("auth.json"), "[1]").unwrap();
        assert!(f.lookup("x").is_err());
        std::fs::write(
            d.path().join("auth.json"),
            r#"{"auths":{"x":{"auth":"!!"}}}"#,
        )
        .unwrap();
        assert!(f.lookup("x").is_err());
        std::fs::write(d.path().join("auth.json"), "").unwrap();
        assert!(f.lookup("x").unwrap().is_none());
        assert!(Credentials::parse_creds("nocolon").is_err());
        assert_eq!(
            Credentials::parse_creds("a:b:c").unwrap(),
            Credentials::password("a", "b:c")
        );
    }
}
