//! The Docker Engine REST API (`system service`), a front-end like the
//! CLI: it translates requests into engine calls and renders docker's
//! JSON. The service is not a daemon: a small acceptor listens (a socket
//! of its own or one systemd passes), hands every connection to a skiff
//! process of its own (a fresh, single-threaded process, so it may fork
//! containers; connections never wait for each other), and exits when it
//! has been idle for `--time` seconds.
//!
//! So far: the transport (`http`), version negotiation (`/_ping`, paths
//! with and without `/vN.NN`), `/version`, `/info`, `/containers/json`,
//! `/images/json` (`docker`), and docker's errors; every other route
//! answers docker's 404 `page not found`.

pub mod docker;
pub mod http;

use anyhow::{Context, Result, bail};
use http::{Request, Response};
use std::io::{BufReader, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The API version served (what docker 20.10 clients speak).
pub const API_VERSION: &str = "1.41";
/// The oldest version accepted in a path.
pub const MIN_API_VERSION: &str = "1.24";

/// Where the service listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Unix(PathBuf),
    /// `HOST:PORT`.
    Tcp(String),
}

impl Endpoint {
    /// `unix:///path` or `tcp://HOST:PORT` (podman's URIs).
    pub fn parse(uri: &str) -> Result<Endpoint> {
        if let Some(p) = uri.strip_prefix("unix://") {
            if !p.starts_with('/') {
                bail!("{uri:?}: a unix socket needs an absolute path (unix:///path)");
            }
            return Ok(Endpoint::Unix(p.into()));
        }
        if let Some(a) = uri.strip_prefix("tcp://") {
            let a = a.trim_end_matches('/');
            if a.rsplit_once(':')
                .is_none_or(|(h, p)| h.is_empty() || p.parse::<u16>().is_err())
            {
                bail!("{uri:?}: not tcp://HOST:PORT");
            }
            return Ok(Endpoint::Tcp(a.to_string()));
        }
        bail!("{uri:?}: not a unix:// or tcp:// URI")
    }

    /// The socket for a user: `/run/skiff/skiff.sock` for root,
    /// `$XDG_RUNTIME_DIR/skiff/skiff.sock` for others.
    pub fn default_for(uid: u32) -> Result<Endpoint> {
        if uid == 0 {
            return Ok(Endpoint::Unix("/run/skiff/skiff.sock".into()));
        }
        let dir = std::env::var_os("XDG_RUNTIME_DIR")
            .filter(|d| !d.is_empty())
            .context("XDG_RUNTIME_DIR is not set: give the service a unix:///path")?;
        Ok(Endpoint::Unix(PathBuf::from(dir).join("skiff/skiff.sock")))
    }

    /// What a client's DOCKER_HOST says.
    pub fn docker_host(&self) -> String {
        match self {
            Endpoint::Unix(p) => format!("unix://{}", p.display()),
            Endpoint::Tcp(a) => format!("tcp://{a}"),
        }
    }
}

/// A listening socket.
pub enum Listener {
    Unix(std::os::unix::net::UnixListener),
    Tcp(std::net::TcpListener),
}

impl Listener {
    /// Bind `e`. A unix socket's directory is made (0700 for a user,
    /// 0755 for root), a stale socket replaced, and the socket is 0600
    /// (0660 for root).
    pub fn bind(e: &Endpoint, rootless: bool) -> Result<Listener> {
        match e {
            Endpoint::Unix(p) => {
                if let Some(dir) = p.parent() {
                    crate::storage::ensure_dir(dir, if rootless { 0o700 } else { 0o755 })?;
                }
                if std::os::unix::net::UnixStream::connect(p).is_ok() {
                    bail!("{} is in use: another service listens there", p.display());
                }
                let _ = std::fs::remove_file(p);
                let l = std::os::unix::net::UnixListener::bind(p)
                    .with_context(|| format!("listening on {}", p.display()))?;
                let mode = if rootless { 0o600 } else { 0o660 };
                std::fs::set_permissions(p, std::os::unix::fs::PermissionsExt::from_mode(mode))?;
                Ok(Listener::Unix(l))
            }
            Endpoint::Tcp(a) => Ok(Listener::Tcp(
                std::net::TcpListener::bind(a).with_context(|| format!("listening on {a}"))?,
            )),
        }
    }

    /// The socket systemd passed (LISTEN_FDS and LISTEN_PID naming this
    /// process): fd 3.
    pub fn from_systemd() -> Option<Listener> {
        let pid: u32 = std::env::var("LISTEN_PID").ok()?.parse().ok()?;
        let fds: u32 = std::env::var("LISTEN_FDS").ok()?.parse().ok()?;
        if pid != std::process::id() || fds < 1 {
            return None;
        }
        let fd = crate::runtime::sys::own_fd(3);
        let unix =
            nix::sys::socket::getsockname::<nix::sys::socket::UnixAddr>(fd.as_raw_fd()).is_ok();
        Some(if unix {
            Listener::Unix(std::os::unix::net::UnixListener::from(fd))
        } else {
            Listener::Tcp(std::net::TcpListener::from(fd))
        })
    }

    /// Remove the socket file of a unix listener (the service ends).
    pub fn remove_socket(&self) {
        if let Listener::Unix(l) = self
            && let Ok(addr) = l.local_addr()
            && let Some(p) = addr.as_pathname()
        {
            let _ = std::fs::remove_file(p);
        }
    }

    fn fd(&self) -> std::os::fd::BorrowedFd<'_> {
        use std::os::fd::AsFd;
        match self {
            Listener::Unix(l) => l.as_fd(),
            Listener::Tcp(l) => l.as_fd(),
        }
    }

    fn accept(&self) -> std::io::Result<OwnedFd> {
        Ok(match self {
            Listener::Unix(l) => OwnedFd::from(l.accept()?.0),
            Listener::Tcp(l) => OwnedFd::from(l.accept()?.0),
        })
    }
}

/// Accept connections on `listener`, each served by the process `spawn`
/// starts for it, until `idle` passes without a connection and without
/// a live one (`None`: forever).
pub fn serve(
    listener: &Listener,
    idle: Option<Duration>,
    spawn: &dyn Fn(OwnedFd) -> Result<std::process::Child>,
) -> Result<()> {
    let mut children: Vec<std::process::Child> = Vec::new();
    let mut last = Instant::now();
    loop {
        children.retain_mut(|c| matches!(c.try_wait(), Ok(None)));
        if !children.is_empty() {
            last = Instant::now();
        }
        if let Some(idle) = idle
            && children.is_empty()
            && last.elapsed() >= idle
        {
            return Ok(());
        }
        let mut fds = [nix::poll::PollFd::new(
            listener.fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        // Wake now and then to reap children and check the idle time.
        match nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(200u16)) {
            Ok(0) | Err(nix::errno::Errno::EINTR) => continue,
            Ok(_) => {}
            Err(e) => return Err(e).context("waiting for connections"),
        }
        match listener.accept() {
            Ok(conn) => {
                last = Instant::now();
                match spawn(conn) {
                    Ok(c) => children.push(c),
                    Err(e) => crate::warn!("serving a connection: {e:#}"),
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => crate::warn!("accepting a connection: {e}"),
        }
    }
}

/// Opens the engine for a request that needs it (once per connection).
pub type Opener<'a> = &'a dyn Fn() -> Result<crate::engine::Engine>;

/// Serve the requests of one connection until the client closes it.
pub fn handle_connection(open: Opener<'_>, input: impl Read, mut output: impl Write) -> Result<()> {
    let mut engine = None;
    let mut input = BufReader::new(input);
    loop {
        let req = match http::read_request(&mut input) {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(()),
            Err(e) => {
                // A request that cannot be read: docker's 400, then close.
                let _ = with_common_headers(Response::error(400, &format!("{e:#}")))
                    .write(&mut output, false);
                return Ok(());
            }
        };
        let keep = req.keep_alive();
        let resp = with_common_headers(route(&req, open, &mut engine));
        if resp.write(&mut output, keep).is_err() || !keep {
            return Ok(());
        }
    }
}

/// What moby adds to every response.
fn with_common_headers(mut r: Response) -> Response {
    r.headers.extend([
        ("Api-Version".to_string(), API_VERSION.to_string()),
        ("Docker-Experimental".into(), "false".into()),
        ("Ostype".into(), "linux".into()),
        (
            "Server".into(),
            format!("skiff/{} (linux)", env!("CARGO_PKG_VERSION")),
        ),
    ]);
    r
}

/// `major.minor` as a comparable pair.
fn version_pair(v: &str) -> Option<(u32, u32)> {
    let (a, b) = v.split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// The route of a request: its path without a `/vN.NN` prefix, or the
/// error docker gives for the version.
fn unversioned(path: &str) -> std::result::Result<&str, Response> {
    let Some(rest) = path.strip_prefix("/v") else {
        return Ok(path);
    };
    let (v, tail) = rest.split_once('/').unwrap_or((rest, ""));
    let Some(pair) = version_pair(v) else {
        return Ok(path);
    };
    let max = version_pair(API_VERSION).unwrap_or_default();
    let min = version_pair(MIN_API_VERSION).unwrap_or_default();
    if pair > max {
        return Err(Response::error(
            400,
            &format!(
                "client version {v} is too new. Maximum supported API version is {API_VERSION}"
            ),
        ));
    }
    if pair < min {
        return Err(Response::error(
            400,
            &format!(
                "client version {v} is too old. Minimum supported API version is {MIN_API_VERSION}, please upgrade your client to a newer version"
            ),
        ));
    }
    Ok(&path[path.len() - tail.len() - 1..])
}

fn route(req: &Request, open: Opener<'_>, engine: &mut Option<crate::engine::Engine>) -> Response {
    let path = match unversioned(&req.path) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let query = |k: &str| {
        req.query
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    };
    let mut with_engine = |f: &dyn Fn(&crate::engine::Engine) -> Result<Response>| -> Response {
        if engine.is_none() {
            match open() {
                Ok(e) => *engine = Some(e),
                Err(e) => return error_response(&e),
            }
        }
        match engine.as_ref().map(f) {
            Some(Ok(r)) => r,
            Some(Err(e)) => error_response(&e),
            None => Response::error(500, "no engine"),
        }
    };
    let head = req.method == "HEAD";
    let mut resp = match (req.method.as_str(), path) {
        ("GET" | "HEAD", "/_ping") => {
            let mut r = Response::new(200, "text/plain; charset=utf-8", b"OK".to_vec());
            r.headers.extend([
                ("Builder-Version".to_string(), "1".to_string()),
                (
                    "Cache-Control".into(),
                    "no-cache, no-store, must-revalidate".into(),
                ),
                ("Pragma".into(), "no-cache".into()),
            ]);
            r
        }
        ("GET", "/version") => Response::json(200, &version()),
        ("GET", "/info") => with_engine(&|e| Ok(Response::json(200, &docker::info(&e.info()?)))),
        ("GET", "/containers/json") => {
            let filters = match docker::filters(query("filters")) {
                Ok(f) => f,
                Err(e) => return Response::error(400, &e),
            };
            let limit: Option<usize> = query("limit")
                .and_then(|l| l.parse::<i64>().ok())
                .filter(|l| *l > 0)
                .map(|l| l as usize);
            let request = crate::engine::container::ListRequest {
                all: docker::bool_param(query("all")) || limit.is_some(),
                last: limit,
                filters,
                sizes: docker::bool_param(query("size")),
                ..Default::default()
            };
            with_engine(&|e| {
                let mut listed = e.list(&request)?;
                // docker lists the newest first.
                listed.sort_by(|a, b| b.config.created.cmp(&a.config.created));
                Ok(Response::json(
                    200,
                    &serde_json::Value::Array(
                        listed
                            .iter()
                            .map(|l| docker::container(&l.config, &l.state, l.size))
                            .collect(),
                    ),
                ))
            })
        }
        ("GET", "/images/json") => {
            let filters = match docker::filters(query("filters")) {
                Ok(f) => f,
                Err(e) => return Response::error(400, &e),
            };
            let all = docker::bool_param(query("all"));
            with_engine(&|e| {
                let listed = e.image_list_filtered(None, &filters, true, all)?;
                Ok(Response::json(
                    200,
                    &serde_json::Value::Array(listed.iter().map(docker::image).collect()),
                ))
            })
        }
        _ => Response::error(404, "page not found"),
    };
    resp.head_only = head;
    resp
}

/// An engine error as docker answers it: its kind's status, one line.
fn error_response(e: &anyhow::Error) -> Response {
    let status = crate::error::kind_of(e).http_status();
    Response::error(status, &format!("{e:#}"))
}

/// `/version`: docker's shape, skiff's values.
fn version() -> serde_json::Value {
    let uname = nix::sys::utsname::uname().ok();
    let kernel = uname
        .as_ref()
        .map(|u| u.release().to_string_lossy().into_owned())
        .unwrap_or_default();
    let arch = crate::image::spec::host_platform().architecture;
    let ver = env!("CARGO_PKG_VERSION");
    let commit = option_env!("SKIFF_GIT_COMMIT").unwrap_or("");
    // The Engine component's details are the top level's fields, with
    // Experimental as text.
    let mut v = serde_json::json!({
        "ApiVersion": API_VERSION,
        "MinAPIVersion": MIN_API_VERSION,
        "GitCommit": commit,
        "GoVersion": "",
        "Os": "linux",
        "Arch": arch,
        "KernelVersion": kernel,
        "BuildTime": "",
    });
    let mut details = v.clone();
    details["Experimental"] = "false".into();
    v["Platform"] = serde_json::json!({"Name": "skiff"});
    v["Components"] = serde_json::json!([{"Name": "Engine", "Version": ver, "Details": details}]);
    v["Version"] = ver.into();
    v["Experimental"] = false.into();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(raw: &str) -> String {
        let mut out = Vec::new();
        let open = || anyhow::bail!("no engine in this test");
        handle_connection(&open, raw.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn ping_versions_and_errors() {
        let r = get("HEAD /_ping HTTP/1.1\r\nHost: docker\r\n\r\n");
        assert!(
            r.starts_with("HTTP/1.1 200 OK\r\n") && r.contains("Api-Version: 1.41\r\n"),
            "{r}"
        );
        assert!(r.ends_with("\r\n\r\n"), "HEAD has no body: {r}");
        let r = get("GET /v1.41/_ping HTTP/1.1\r\n\r\nGET /v1.99/version HTTP/1.1\r\n\r\n");
        assert!(r.contains("\r\n\r\nOK"), "{r}");
        assert!(
            r.contains("400 Bad Request") && r.contains("client version 1.99 is too new"),
            "{r}"
        );
        let r = get("GET /v1.12/version HTTP/1.1\r\n\r\n");
        assert!(r.contains("too old"), "{r}");
        let r = get("GET /nope HTTP/1.1\r\nConnection: close\r\n\r\nGET /_ping HTTP/1.1\r\n\r\n");
        assert!(
            r.contains("404 Not Found") && r.contains("{\"message\":\"page not found\"}"),
            "{r}"
        );
        assert!(
            !r.contains("\r\n\r\nOK"),
            "served after Connection: close: {r}"
        );
        let r = get("GET /version HTTP/1.1\r\n\r\n");
        assert!(r.contains("\"ApiVersion\":\"1.41\""), "{r}");
        assert!(get("BROKEN\r\n\r\n").starts_with("HTTP/1.1 400"));
        assert_eq!(
            unversioned("/v1.30/containers/json").ok(),
            Some("/containers/json")
        );
        assert_eq!(unversioned("/version").ok(), Some("/version"));
    }

    #[test]
    fn endpoints() {
        assert_eq!(
            Endpoint::parse("unix:///run/x.sock").unwrap(),
            Endpoint::Unix("/run/x.sock".into())
        );
        assert_eq!(
            Endpoint::parse("tcp://127.0.0.1:2375").unwrap(),
            Endpoint::Tcp("127.0.0.1:2375".into())
        );
        for bad in ["unix://rel", "tcp://nohost", "tcp://:1", "http://x", ""] {
            assert!(Endpoint::parse(bad).is_err(), "{bad}");
        }
    }
}
