//! An HTTP client for one registry (OCI distribution spec / Docker Registry
//! HTTP API v2), on ureq.
//!
//! A [`Registry`] is shared by the threads of one command. It pings `/v2/`
//! once to learn the scheme (HTTPS; plain HTTP only for insecure
//! registries, after HTTPS failed) and how the registry wants to be
//! authenticated (nothing, Basic, or Bearer tokens from a token service),
//! then authenticates every request: Bearer tokens are fetched per scope
//! (`repository:<name>:pull[,push]`) and cached until they expire.
//! Requests whose body can be replayed are retried with exponential
//! backoff on connection errors, 429 and 5xx.

use super::auth::{AuthFiles, Credentials, Secret};
use anyhow::{Context, Result, anyhow, bail};
use base64::Engine;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};
use ureq::http::{self, Method, StatusCode};

pub type Response = http::Response<ureq::Body>;

/// How many times a replayable request is sent before giving up.
const ATTEMPTS: u32 = 4;
/// Largest response we read into memory from a registry's JSON endpoints.
const MAX_SMALL_RESPONSE: u64 = 4 << 20;
/// Docker Hub's API lives on another host than its name.
const DOCKER_HUB_API: &str = "registry-1.docker.io";

/// Settings shared by every registry a command talks to.
#[derive(Clone, Debug, Default)]
pub struct ClientOptions {
    /// `--tls-verify`: `Some(false)` skips TLS verification and allows
    /// plain HTTP; `None` takes registries.conf's `insecure`.
    pub tls_verify: Option<bool>,
    /// `--cert-dir`: CA certificates (`*.crt`) and client keys
    /// (`*.cert` + `*.key`) instead of the certs.d directories.
    pub cert_dir: Option<PathBuf>,
    /// `--creds`: used instead of any stored credentials.
    pub creds: Option<Credentials>,
    pub auth: AuthFiles,
}

/// What a registry answered with `WWW-Authenticate`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Challenge {
    None,
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
        /// The scope the registry asked for, if it said.
        scope: Option<String>,
    },
}

/// The access a request needs, as token scopes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope(Vec<String>);

impl Scope {
    pub fn none() -> Scope {
        Scope(Vec::new())
    }

    pub fn pull(repo: &str) -> Scope {
        Scope(vec![format!("repository:{repo}:pull")])
    }

    pub fn push(repo: &str) -> Scope {
        Scope(vec![format!("repository:{repo}:pull,push")])
    }

    pub fn catalog() -> Scope {
        Scope(vec!["registry:catalog:*".to_string()])
    }

    /// Also pull access to `repo` (the source of a cross-repository mount).
    pub fn and_pull(mut self, repo: &str) -> Scope {
        let prefix = format!("repository:{repo}:");
        if !self.0.iter().any(|s| s.starts_with(&prefix)) {
            self.0.push(format!("{prefix}pull"));
        }
        self
    }

    fn key(&self) -> String {
        self.0.join(" ")
    }

    /// The repository of the first scope, for credential lookup.
    fn repo(&self) -> Option<&str> {
        self.0
            .first()
            .and_then(|s| s.strip_prefix("repository:"))
            .and_then(|s| s.rsplit_once(':'))
            .map(|(r, _)| r)
    }
}

/// A request body that can be sent again on retry, or streamed once.
pub enum Body<'a> {
    Empty,
    Bytes(&'a [u8], &'a str),
    /// A reader with its exact length and content type. Not retried.
    Stream(&'a mut dyn Read, u64, &'a str),
}

impl Body<'_> {
    fn replayable(&self) -> bool {
        !matches!(self, Body::Stream(..))
    }
}

/// An error answer from a registry.
#[derive(Debug)]
pub struct RegistryError {
    pub status: u16,
    /// The first error code of the body (`MANIFEST_UNKNOWN`, ...).
    pub code: Option<String>,
    pub message: String,
}

impl std::fmt::Display for RegistryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RegistryError {}

impl RegistryError {
    pub fn is_not_found(&self) -> bool {
        self.status == 404
            || matches!(
                self.code.as_deref(),
                Some("MANIFEST_UNKNOWN" | "NAME_UNKNOWN" | "BLOB_UNKNOWN")
            )
    }

    pub fn is_unauthorized(&self) -> bool {
        self.status == 401
            || self.status == 403
            || matches!(self.code.as_deref(), Some("UNAUTHORIZED" | "DENIED"))
    }
}

/// Whether an error chain is a registry's "not found".
pub fn is_not_found(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<RegistryError>()
            .is_some_and(RegistryError::is_not_found)
    })
}

pub fn is_unauthorized(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<RegistryError>()
            .is_some_and(RegistryError::is_unauthorized)
    })
}

/// Add the login hint to an authorization failure.
pub fn hint_login(e: anyhow::Error, registry: &str) -> anyhow::Error {
    if is_unauthorized(&e) {
        crate::error::HintedError::wrap(
            e,
            format!(
                "log in with 'skiff login {registry}', or check that the repository exists and you may use it"
            ),
        )
    } else {
        e
    }
}

struct Token {
    value: String,
    expires: Instant,
}

/// One registry, as seen by one command.
pub struct Registry {
    /// The name in references: `docker.io`, `127.0.0.1:5000`.
    pub host: String,
    /// Where its API is: `registry-1.docker.io` for Docker Hub.
    api_host: String,
    insecure: bool,
    opts: ClientOptions,
    agent: OnceLock<ureq::Agent>,
    /// `https` or `http`, with what `/v2/` answered; set by the first ping.
    ping: OnceLock<(&'static str, Challenge)>,
    ping_lock: Mutex<()>,
    tokens: Mutex<HashMap<String, Token>>,
    creds: Mutex<HashMap<String, Option<Credentials>>>,
}

impl Registry {
    /// `insecure` comes from registries.conf; `--tls-verify` overrides it.
    pub fn new(host: &str, insecure: bool, opts: &ClientOptions) -> Registry {
        let insecure = match opts.tls_verify {
            Some(v) => !v,
            None => insecure,
        };
        let api_host = if host == super::super::image::reference::DEFAULT_DOMAIN {
            DOCKER_HUB_API.to_string()
        } else {
            host.to_string()
        };
        Registry {
            host: host.to_string(),
            api_host,
            insecure,
            opts: opts.clone(),
            agent: OnceLock::new(),
            ping: OnceLock::new(),
            ping_lock: Mutex::new(()),
            tokens: Mutex::new(HashMap::new()),
            creds: Mutex::new(HashMap::new()),
        }
    }

    fn agent(&self) -> Result<&ureq::Agent> {
        if let Some(a) = self.agent.get() {
            return Ok(a);
        }
        let a = build_agent(&self.host, self.insecure, self.opts.cert_dir.as_deref())?;
        Ok(self.agent.get_or_init(|| a))
    }

    /// The base URL, after the first ping decided the scheme.
    pub fn base(&self) -> Result<String> {
        let (scheme, _) = self.ping()?;
        Ok(format!("{scheme}://{}", self.api_host))
    }

    /// Ping `/v2/` (once): learn the scheme and the authentication scheme.
    pub fn ping(&self) -> Result<&(&'static str, Challenge)> {
        if let Some(p) = self.ping.get() {
            return Ok(p);
        }
        let _g = self
            .ping_lock
            .lock()
            .map_err(|_| anyhow!("internal error: poisoned lock"))?;
        if let Some(p) = self.ping.get() {
            return Ok(p);
        }
        let agent = self.agent()?;
        let try_scheme = |scheme: &'static str,
                          attempts: u32|
         -> Result<(&'static str, Challenge)> {
            let url = format!("{scheme}://{}/v2/", self.api_host);
            let resp = with_retries(attempts, || agent.get(&url).call())
                .map_err(|e| describe(&e).context(format!("connecting to {url}")))?;
            match resp.status() {
                StatusCode::OK => Ok((scheme, Challenge::None)),
                StatusCode::UNAUTHORIZED => {
                    let c = parse_challenge(&resp).ok_or_else(|| {
                        anyhow!("registry answered 401 without a usable WWW-Authenticate challenge")
                    })?;
                    Ok((scheme, c))
                }
                StatusCode::NOT_FOUND => {
                    bail!("{url} answered 404: this is not a container registry (no /v2/ API)")
                }
                _ => Err(response_error(resp, "pinging the registry").into()),
            }
        };
        // An insecure registry gets one HTTPS attempt, then plain HTTP
        // with the usual retries (docker's order).
        let https_attempts = if self.insecure { 1 } else { ATTEMPTS };
        let result = match try_scheme("https", https_attempts) {
            Ok(p) => Ok(p),
            Err(e) if self.insecure => {
                crate::debug!("{}: HTTPS failed ({e:#}); trying plain HTTP", self.host);
                try_scheme("http", ATTEMPTS)
                    .map_err(|e2| e2.context(format!("(and over HTTPS: {e:#})")))
            }
            Err(e) => {
                let tls = format!("{e:#}").contains("TLS")
                    || format!("{e:#}").contains("corrupt message")
                    || format!("{e:#}").contains("certificate");
                if tls {
                    Err(crate::error::HintedError::wrap(
                        e,
                        format!(
                            "if {} is a registry without TLS or with a self-signed certificate, use --tls-verify=false or mark it insecure in registries.conf",
                            self.host
                        ),
                    ))
                } else {
                    Err(e)
                }
            }
        };
        let p = result?;
        crate::debug!("{}: {}://, auth {:?}", self.host, p.0, p.1);
        Ok(self.ping.get_or_init(|| p))
    }

    /// Credentials for a repository (or the registry when `repo` is None).
    pub fn credentials(&self, repo: Option<&str>) -> Result<Option<Credentials>> {
        if let Some(c) = &self.opts.creds {
            return Ok(Some(c.clone()));
        }
        let key = match repo {
            Some(r) => format!("{}/{r}", self.host),
            None => self.host.clone(),
        };
        let mut cache = self
            .creds
            .lock()
            .map_err(|_| anyhow!("internal error: poisoned lock"))?;
        if let Some(c) = cache.get(&key) {
            return Ok(c.clone());
        }
        let c = self.opts.auth.lookup(&key)?;
        cache.insert(key, c.clone());
        Ok(c)
    }

    /// Check that credentials are accepted: a token for no particular scope
    /// (what `docker login` does), or an authenticated `/v2/`.
    pub fn verify_login(&self, creds: &Credentials) -> Result<()> {
        let (_, challenge) = self.ping()?.clone();
        match challenge {
            Challenge::None => Ok(()),
            Challenge::Basic => {
                let resp = self
                    .agent()?
                    .get(format!("{}/v2/", self.base()?))
                    .header("Authorization", basic_header(creds)?)
                    .call()
                    .map_err(|e| describe(&e))?;
                if resp.status().is_success() {
                    Ok(())
                } else {
                    Err(response_error(resp, "logging in").into())
                }
            }
            Challenge::Bearer { realm, service, .. } => self
                .fetch_token(&realm, service.as_deref(), &Scope::none(), Some(creds))
                .map(|_| ()),
        }
    }

    fn fetch_token(
        &self,
        realm: &str,
        service: Option<&str>,
        scope: &Scope,
        creds: Option<&Credentials>,
    ) -> Result<Token> {
        let agent = self.agent()?;
        let mut params: Vec<(String, String)> = Vec::new();
        if let Some(s) = service {
            params.push(("service".into(), s.to_string()));
        }
        for s in &scope.0 {
            params.push(("scope".into(), s.clone()));
        }
        let what = format!("requesting a token from {realm}");
        let basic = match creds {
            Some(
                c @ Credentials {
                    secret: Secret::Password(_),
                    ..
                },
            ) => Some((c.username.clone(), basic_header(c)?)),
            _ => None,
        };
        let resp = with_retries(ATTEMPTS, || {
            if let Some(Credentials {
                secret: Secret::IdentityToken(t),
                ..
            }) = creds
            {
                let mut form = params.clone();
                form.push(("grant_type".into(), "refresh_token".into()));
                form.push(("refresh_token".into(), t.clone()));
                form.push(("client_id".into(), "skiff".into()));
                agent.post(realm).send_form(form)
            } else {
                let mut req = agent.get(realm).query_pairs(params.clone());
                if let Some((user, header)) = &basic {
                    req = req.query("account", user).header("Authorization", header);
                }
                req.call()
            }
        })
        .map_err(|e| describe(&e).context(what.clone()))?;
        if !resp.status().is_success() {
            let status = resp.status().as_u16();
            let mut e = response_error(resp, &what);
            if status == 401 || status == 403 {
                e.message = format!(
                    "{}: unauthorized: invalid username/password or no access",
                    self.host
                );
                e.code = Some("UNAUTHORIZED".into());
            }
            return Err(e.into());
        }
        let body = read_small(resp).context(what.clone())?;
        let v: serde_json::Value =
            serde_json::from_slice(&body).map_err(|_| anyhow!("{what}: the answer is not JSON"))?;
        let value = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(serde_json::Value::as_str)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| anyhow!("{what}: the answer has no token"))?;
        let secs = v
            .get("expires_in")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(60)
            .clamp(10, 86_400);
        Ok(Token {
            value: value.to_string(),
            // Renew a little early.
            expires: Instant::now() + Duration::from_secs(secs - secs / 10),
        })
    }

    /// The Authorization header for a request needing `scope`, if any.
    fn authorization(
        &self,
        scope: &Scope,
        challenge: &Challenge,
        fresh: bool,
    ) -> Result<Option<String>> {
        match challenge {
            Challenge::None => Ok(None),
            Challenge::Basic => match self.credentials(scope.repo())? {
                Some(c) => Ok(Some(basic_header(&c)?)),
                None => Ok(None),
            },
            Challenge::Bearer { realm, service, .. } => {
                let key = scope.key();
                if !fresh {
                    let tokens = self
                        .tokens
                        .lock()
                        .map_err(|_| anyhow!("internal error: poisoned lock"))?;
                    if let Some(t) = tokens.get(&key)
                        && t.expires > Instant::now()
                    {
                        return Ok(Some(format!("Bearer {}", t.value)));
                    }
                }
                let creds = self.credentials(scope.repo())?;
                let t = self.fetch_token(realm, service.as_deref(), scope, creds.as_ref())?;
                let header = format!("Bearer {}", t.value);
                self.tokens
                    .lock()
                    .map_err(|_| anyhow!("internal error: poisoned lock"))?
                    .insert(key, t);
                Ok(Some(header))
            }
        }
    }

    /// Send a request to `path` (below the API root, or an absolute URL the
    /// registry gave us), authenticated for `scope`. Any status comes back
    /// as a response; only transport failures are errors.
    pub fn send(
        &self,
        method: &Method,
        path: &str,
        scope: &Scope,
        headers: &[(&str, &str)],
        mut body: Body<'_>,
    ) -> Result<Response> {
        let (_, challenge) = self.ping()?.clone();
        let base = self.base()?;
        let url = if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else if path.starts_with('/') {
            format!("{base}{path}")
        } else {
            format!("{base}/{path}")
        };
        let agent = self.agent()?;
        let mut fresh_token = false;
        let mut attempt = 0;
        loop {
            let auth = self.authorization(scope, &challenge, fresh_token)?;
            let mut b = http::Request::builder().method(method.clone()).uri(&url);
            for (k, v) in headers {
                b = b.header(*k, *v);
            }
            if let Some(a) = &auth {
                b = b.header("Authorization", a);
            }
            let result = match &mut body {
                Body::Empty => {
                    let req = if *method == Method::POST
                        || *method == Method::PUT
                        || *method == Method::PATCH
                    {
                        b.header("Content-Length", "0").body(ureq::SendBody::none())
                    } else {
                        b.body(ureq::SendBody::none())
                    };
                    agent.run(req.context("building request")?)
                }
                Body::Bytes(data, ct) => {
                    let req = b.header("Content-Type", *ct).body(*data);
                    agent.run(req.context("building request")?)
                }
                Body::Stream(r, len, ct) => {
                    let req = b
                        .header("Content-Type", *ct)
                        .header("Content-Length", len.to_string())
                        .body(ureq::SendBody::from_reader(&mut **r));
                    agent.run(req.context("building request")?)
                }
            };
            let last_try = attempt + 1 >= ATTEMPTS || !body.replayable();
            match result {
                Ok(resp) => {
                    let status = resp.status();
                    if status == StatusCode::UNAUTHORIZED
                        && matches!(challenge, Challenge::Bearer { .. })
                    {
                        // The token expired early or lacks a scope: the next
                        // request for this scope fetches a new one.
                        if let Ok(mut t) = self.tokens.lock() {
                            t.remove(&scope.key());
                        }
                    }
                    if status == StatusCode::UNAUTHORIZED
                        && !fresh_token
                        && matches!(challenge, Challenge::Bearer { .. })
                        && body.replayable()
                    {
                        // The token may have expired or lack a scope.
                        fresh_token = true;
                        continue;
                    }
                    if retryable_status(status) && !last_try {
                        backoff(attempt, Some(&resp));
                        attempt += 1;
                        continue;
                    }
                    return Ok(resp);
                }
                Err(e) => {
                    if transient(&e) && !last_try {
                        crate::debug!("{method} {url}: {e}; retrying");
                        backoff(attempt, None);
                        attempt += 1;
                        continue;
                    }
                    return Err(describe(&e).context(format!("{method} {url}")));
                }
            }
        }
    }

    /// Send and require a 2xx answer; errors carry the registry's message.
    pub fn send_ok(
        &self,
        method: &Method,
        path: &str,
        scope: &Scope,
        headers: &[(&str, &str)],
        body: Body<'_>,
        what: &str,
    ) -> Result<Response> {
        let resp = self.send(method, path, scope, headers, body)?;
        if resp.status().is_success() {
            Ok(resp)
        } else {
            Err(response_error(resp, what).into())
        }
    }

    /// GET a small JSON document (manifest, tag list, catalog page).
    pub fn get_small(
        &self,
        path: &str,
        scope: &Scope,
        headers: &[(&str, &str)],
        what: &str,
    ) -> Result<(Vec<u8>, http::HeaderMap)> {
        let resp = self.send_ok(&Method::GET, path, scope, headers, Body::Empty, what)?;
        let h = resp.headers().clone();
        let data = read_small(resp).with_context(|| what.to_string())?;
        Ok((data, h))
    }
}

/// Read a whole response, refusing more than [`MAX_SMALL_RESPONSE`].
pub fn read_small(resp: Response) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    resp.into_body()
        .into_reader()
        .take(MAX_SMALL_RESPONSE + 1)
        .read_to_end(&mut data)
        .context("reading the answer")?;
    if data.len() as u64 > MAX_SMALL_RESPONSE {
        bail!("the answer is larger than {MAX_SMALL_RESPONSE} bytes");
    }
    Ok(data)
}

/// Turn an error response into a [`RegistryError`] with the registry's own
/// words (`{"errors":[{"code","message"}]}`) where it gave them.
pub fn response_error(resp: Response, what: &str) -> RegistryError {
    let status = resp.status();
    let mut body = Vec::new();
    let _ = resp
        .into_body()
        .into_reader()
        .take(64 * 1024)
        .read_to_end(&mut body);
    let mut code = None;
    let mut detail = None;
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body)
        && let Some(first) = v
            .get("errors")
            .and_then(serde_json::Value::as_array)
            .and_then(|a| a.first())
    {
        code = first
            .get("code")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string);
        detail = first
            .get("message")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string);
    }
    let reason = match (&code, &detail) {
        (Some(c), Some(m)) if !m.is_empty() => {
            let c = c.to_lowercase().replace('_', " ");
            if c == m.to_lowercase() {
                m.clone()
            } else {
                format!("{c}: {m}")
            }
        }
        (Some(c), _) => c.to_lowercase().replace('_', " "),
        _ => {
            let text = String::from_utf8_lossy(&body);
            let text = text.trim();
            if text.is_empty() || text.len() > 200 || text.starts_with('<') {
                format!(
                    "{} {}",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or("error")
                )
            } else {
                format!(
                    "{} {}: {text}",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or("")
                )
            }
        }
    };
    let reason = match status.as_u16() {
        401 if code.is_none() => "unauthorized: authentication required".to_string(),
        _ => reason,
    };
    RegistryError {
        status: status.as_u16(),
        code,
        message: format!("{what}: {reason}"),
    }
}

/// Call until the answer is final: again (with backoff) after a transient
/// transport error or a 429/5xx, at most `attempts` times in all.
fn with_retries(
    attempts: u32,
    mut call: impl FnMut() -> Result<Response, ureq::Error>,
) -> Result<Response, ureq::Error> {
    let mut attempt = 0;
    loop {
        let last = attempt + 1 >= attempts;
        match call() {
            Ok(resp) if retryable_status(resp.status()) && !last => backoff(attempt, Some(&resp)),
            Err(e) if transient(&e) && !last => {
                crate::debug!("{e}; retrying");
                backoff(attempt, None);
            }
            other => return other,
        }
        attempt += 1;
    }
}

fn retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// Errors worth another attempt: the network hiccuped. A TLS or protocol
/// mismatch (HTTPS to a plain-HTTP server) will not get better.
fn transient(e: &ureq::Error) -> bool {
    use std::io::ErrorKind as K;
    match e {
        ureq::Error::Io(io) => matches!(
            io.kind(),
            K::ConnectionRefused
                | K::ConnectionReset
                | K::ConnectionAborted
                | K::TimedOut
                | K::BrokenPipe
                | K::UnexpectedEof
                | K::Interrupted
                | K::NotConnected
                | K::HostUnreachable
                | K::NetworkUnreachable
                | K::WouldBlock
        ),
        ureq::Error::ConnectionFailed | ureq::Error::Timeout(_) => true,
        _ => false,
    }
}

/// Sleep before attempt `attempt + 1`: 250 ms doubling, or what
/// `Retry-After` asks for (at most 30 s).
fn backoff(attempt: u32, resp: Option<&Response>) {
    let asked = resp
        .and_then(|r| r.headers().get("Retry-After"))
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| Duration::from_secs(s.min(30)));
    let d = asked.unwrap_or_else(|| Duration::from_millis(250 << attempt.min(6)));
    std::thread::sleep(d);
}

/// A one-line description of a transport error.
pub fn describe(e: &ureq::Error) -> anyhow::Error {
    match e {
        ureq::Error::Io(io) => anyhow!("{io}"),
        ureq::Error::HostNotFound => anyhow!("host not found"),
        ureq::Error::ConnectionFailed => anyhow!("connection failed"),
        ureq::Error::Timeout(t) => anyhow!("timed out ({t})"),
        ureq::Error::Tls(s) => anyhow!("TLS: {s}"),
        other => anyhow!("{other}"),
    }
}

fn basic_header(c: &Credentials) -> Result<String> {
    let Secret::Password(p) = &c.secret else {
        bail!("an identity token cannot be used for Basic authentication");
    };
    Ok(format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{p}", c.username))
    ))
}

fn parse_challenge(resp: &Response) -> Option<Challenge> {
    let mut best = None;
    for v in resp.headers().get_all("WWW-Authenticate") {
        let Ok(s) = v.to_str() else { continue };
        match parse_www_authenticate(s) {
            Some(c @ Challenge::Bearer { .. }) => return Some(c),
            Some(c) => best = Some(c),
            None => {}
        }
    }
    best
}

/// Parse `Bearer realm="...",service="...",scope="..."` or `Basic ...`.
pub fn parse_www_authenticate(s: &str) -> Option<Challenge> {
    let s = s.trim();
    let (scheme, rest) = s.split_once(' ').unwrap_or((s, ""));
    match scheme.to_ascii_lowercase().as_str() {
        "basic" => Some(Challenge::Basic),
        "bearer" => {
            let params = parse_auth_params(rest);
            let realm = params.get("realm")?.clone();
            if !(realm.starts_with("https://") || realm.starts_with("http://")) {
                return None;
            }
            Some(Challenge::Bearer {
                realm,
                service: params.get("service").cloned(),
                scope: params.get("scope").cloned(),
            })
        }
        _ => None,
    }
}

fn parse_auth_params(s: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i] == b' ' || b[i] == b',') {
            i += 1;
        }
        let key_start = i;
        while i < b.len() && b[i] != b'=' && b[i] != b',' {
            i += 1;
        }
        let key = s[key_start..i].trim().to_ascii_lowercase();
        if i >= b.len() || b[i] != b'=' {
            continue;
        }
        i += 1;
        let mut value = String::new();
        if i < b.len() && b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                // Push whole UTF-8 characters.
                let ch_len = utf8_len(b[i]);
                let end = (i + ch_len).min(b.len());
                value.push_str(std::str::from_utf8(&b[i..end]).unwrap_or(""));
                i = end;
            }
            i += 1;
        } else {
            let start = i;
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            value = s[start..i].trim().to_string();
        }
        if !key.is_empty() {
            out.insert(key, value);
        }
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

// ---- TLS ----------------------------------------------------------------

const SYSTEM_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/ssl/cert.pem",
];

/// The certs.d directories for a registry, most specific first.
fn cert_dirs(host: &str, explicit: Option<&Path>) -> Vec<PathBuf> {
    if let Some(d) = explicit {
        return vec![d.to_path_buf()];
    }
    let mut out = Vec::new();
    if !nix::unistd::getuid().is_root()
        && let Some(h) = crate::storage::home_dir()
    {
        out.push(h.join(".config/containers/certs.d").join(host));
    }
    out.push(Path::new("/etc/containers/certs.d").join(host));
    out.push(Path::new("/etc/docker/certs.d").join(host));
    out
}

/// GET a plain `http(s)://` URL (`load -i URL`) with the same roots of
/// trust as registries; the body as a reader.
pub fn http_get(url: &str) -> Result<Box<dyn std::io::Read + Send>> {
    let host = url
        .split_once("://")
        .map_or(url, |(_, r)| r)
        .split('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let agent = build_agent(&host, false, None)?;
    let resp = agent
        .get(url)
        .call()
        .map_err(|e| describe(&e).context(format!("downloading {url}")))?;
    if !resp.status().is_success() {
        bail!("downloading {url}: {}", resp.status());
    }
    Ok(Box::new(resp.into_body().into_reader()))
}

/// An agent for a plain download from `host` (ADD of a URL): the
/// registries' TLS set-up (the system bundle, `certs.d` for the host).
pub fn http_agent(host: &str) -> Result<ureq::Agent> {
    build_agent(host, false, None)
}

fn build_agent(host: &str, insecure: bool, cert_dir: Option<&Path>) -> Result<ureq::Agent> {
    use ureq::tls::{Certificate, ClientCert, PrivateKey, RootCerts, TlsConfig};
    let mut extra: Vec<Certificate<'static>> = Vec::new();
    let mut client: Option<ClientCert> = None;
    for dir in cert_dirs(host, cert_dir) {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            if cert_dir.is_some() {
                bail!(
                    "reading --cert-dir {}: not a readable directory",
                    dir.display()
                );
            }
            continue;
        };
        let mut names: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        names.sort();
        for p in names {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            match ext {
                "crt" => {
                    let pem =
                        std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
                    for item in ureq::tls::parse_pem(&pem) {
                        if let Ok(ureq::tls::PemItem::Certificate(c)) = item {
                            extra.push(c);
                        }
                    }
                }
                "cert" if client.is_none() => {
                    let key = p.with_extension("key");
                    let pem =
                        std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
                    let kpem = std::fs::read(&key).with_context(|| {
                        format!("reading {} (the key for {})", key.display(), p.display())
                    })?;
                    let chain: Vec<Certificate<'static>> = ureq::tls::parse_pem(&pem)
                        .filter_map(|i| match i {
                            Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                            _ => None,
                        })
                        .collect();
                    let k = PrivateKey::from_pem(&kpem)
                        .map_err(|e| anyhow!("reading {}: {e}", key.display()))?;
                    client = Some(ClientCert::new_with_certs(&chain, k));
                }
                _ => {}
            }
        }
    }
    let roots = match SYSTEM_BUNDLES.iter().find_map(|p| std::fs::read(p).ok()) {
        Some(pem) => {
            let mut certs: Vec<Certificate<'static>> = ureq::tls::parse_pem(&pem)
                .filter_map(|i| match i {
                    Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                    _ => None,
                })
                .collect();
            certs.extend(extra);
            RootCerts::new_with_certs(&certs)
        }
        None if extra.is_empty() => RootCerts::WebPki,
        None => RootCerts::new_with_certs(&extra),
    };
    let tls = TlsConfig::builder()
        .root_certs(roots)
        .client_cert(client)
        .disable_verification(insecure)
        .build();
    let cfg = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .user_agent(format!("skiff/{}", env!("CARGO_PKG_VERSION")))
        .timeout_connect(Some(Duration::from_secs(30)))
        .timeout_recv_response(Some(Duration::from_secs(300)))
        .timeout_per_read(Some(Duration::from_secs(120)))
        .max_idle_connections_per_host(16)
        .tls_config(tls)
        .build();
    Ok(cfg.new_agent())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_parse() {
        assert_eq!(
            parse_www_authenticate(
                r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull""#
            ),
            Some(Challenge::Bearer {
                realm: "https://auth.docker.io/token".into(),
                service: Some("registry.docker.io".into()),
                scope: Some("repository:library/busybox:pull".into()),
            })
        );
        assert_eq!(
            parse_www_authenticate(r#"Basic realm="Registry Realm""#),
            Some(Challenge::Basic)
        );
        assert_eq!(parse_www_authenticate("Bearer service=x"), None);
        assert_eq!(parse_www_authenticate("Bearer realm=\"file:///x\""), None);
        assert_eq!(parse_www_authenticate("Negotiate"), None);
        // Garbage does not panic.
        for s in [
            "",
            "Bearer",
            "Bearer realm=\"",
            "Bearer ,,,=,\"\\",
            "Bearer realm=\"ä\\",
        ] {
            let _ = parse_www_authenticate(s);
        }
    }

    #[test]
    fn scopes() {
        let s = Scope::push("a/b").and_pull("c/d").and_pull("a/b");
        assert_eq!(s.key(), "repository:a/b:pull,push repository:c/d:pull");
        assert_eq!(s.repo(), Some("a/b"));
        assert_eq!(Scope::catalog().repo(), None);
    }
}
