//! The Docker Engine REST API (`system service`), a front-end like the
//! CLI: it translates requests into engine calls and renders docker's
//! JSON. The service is not a daemon: a small acceptor listens (a socket
//! of its own or one systemd passes), hands every connection to a skiff
//! process of its own (a fresh, single-threaded process, so it may fork
//! containers; connections never wait for each other), and exits when it
//! has been idle for `--time` seconds.
//!
//! Served: system (`/_ping`, `/version`, `/info`, `/system/df`),
//! containers (`containers`), exec sessions (`exec`), images, pull, push
//! and build (`images`, `build`), networks and volumes (`objects`);
//! swarm answers as an engine outside a swarm. Not yet: `/events`,
//! container stats, update and archive (`cp`), image save/load/import.

mod build;
mod containers;
pub mod docker;
mod events;
mod exec;
pub mod http;
mod images;
mod objects;
pub mod stream;

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
        Ok(Endpoint::Unix(crate::storage::default_api_socket(uid)?))
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

    pub fn fd(&self) -> std::os::fd::BorrowedFd<'_> {
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
/// starts for it (its pid), until `idle` passes without a connection and
/// without a live one (`None`: forever).
pub fn serve(
    listener: &Listener,
    idle: Option<Duration>,
    spawn: &dyn Fn(OwnedFd) -> Result<i32>,
) -> Result<()> {
    let mut children: Vec<i32> = Vec::new();
    let mut last = Instant::now();
    loop {
        children.retain(|&pid| matches!(crate::runtime::sys::waitpid_raw(pid, true), Ok((0, _))));
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

/// Opens the engine for a request that needs it: in the store's user
/// namespace (rootless) when asked, else in the host's (operations enter
/// it when they need to).
pub type Opener<'a> = &'a dyn Fn(bool) -> Result<crate::engine::Engine>;

/// What a connection reads from: buffered, with the descriptor to poll
/// (none for the byte slices of unit tests).
pub trait Source: Read {
    fn poll_fd(&self) -> Option<std::os::fd::RawFd> {
        None
    }
}

impl Source for std::fs::File {
    fn poll_fd(&self) -> Option<std::os::fd::RawFd> {
        Some(self.as_raw_fd())
    }
}

impl Source for &'static [u8] {}

/// One client connection.
pub struct Conn {
    pub input: BufReader<Box<dyn Source>>,
    pub out: http::Out,
    /// A handler read the request's streamed body (to its end).
    body_taken: std::cell::Cell<bool>,
}

impl Conn {
    fn new(input: Box<dyn Source>, out: http::Out) -> Conn {
        Conn {
            input: BufReader::new(input),
            out,
            body_taken: std::cell::Cell::new(false),
        }
    }

    /// The head of a chunked response of `content_type` with moby's
    /// headers; false when the client is gone.
    pub fn stream_head(&self, req: &Request, content_type: &str) -> bool {
        let mut headers = common_headers();
        headers.push(("Content-Type".into(), content_type.into()));
        self.out
            .stream_head(200, &headers, req.keep_alive())
            .is_ok()
    }

    /// The head of a tar archive whose body ends with the connection
    /// (moby's headers and `extra`), and the socket to write the body to;
    /// `None` when the client is gone.
    pub fn tar_head(&self, extra: Option<(String, String)>) -> Result<Option<std::fs::File>> {
        let Some(file) = self.out.file() else {
            bail!("this connection cannot carry an archive");
        };
        let mut headers = common_headers();
        headers.push(("Content-Type".into(), "application/x-tar".into()));
        headers.extend(extra);
        Ok(self.out.raw_head(200, &headers).is_ok().then_some(file))
    }

    /// The request's streamed body (empty when it has none).
    pub fn body<'a>(&'a mut self, req: &Request) -> http::BodyReader<'a, Box<dyn Source>> {
        self.body_taken.set(true);
        http::BodyReader::new(
            &mut self.input,
            req.pending.unwrap_or(http::Pending::Length(0)),
        )
    }
}

/// A request's context: the engine, opened when first needed.
pub struct Ctx<'a> {
    open: Opener<'a>,
    engine: std::cell::OnceCell<crate::engine::Engine>,
}

impl Ctx<'_> {
    /// The engine, in the store's user namespace.
    pub fn engine(&self) -> Result<&crate::engine::Engine> {
        self.open_engine(true)
    }

    /// The engine still in the host's user namespace, for requests that
    /// signal containers (stop, kill, restart, forced removal). Rootless
    /// requests are served one per process, so this is the first engine
    /// of the request.
    pub fn engine_host(&self) -> Result<&crate::engine::Engine> {
        self.open_engine(false)
    }

    fn open_engine(&self, userns: bool) -> Result<&crate::engine::Engine> {
        if let Some(e) = self.engine.get() {
            return Ok(e);
        }
        let e = (self.open)(userns)?;
        Ok(self.engine.get_or_init(|| e))
    }
}

/// How a handler answered.
pub enum Reply {
    /// A whole response, for the connection to write.
    Full(Response),
    /// The handler wrote a chunked response itself; the connection goes
    /// on.
    Streamed,
    /// The handler took the connection over (hijacked) or it broke: it
    /// closes.
    Closed,
}

impl From<Response> for Reply {
    fn from(r: Response) -> Reply {
        Reply::Full(r)
    }
}

/// Serve the requests of one connection until the client closes it.
pub fn handle_connection(
    open: Opener<'_>,
    input: impl Source + 'static,
    output: impl Write + Send + 'static,
) -> Result<()> {
    let ctx = Ctx {
        open,
        engine: std::cell::OnceCell::new(),
    };
    serve_connection(&ctx, Conn::new(Box::new(input), http::Out::new(output)))
}

/// Serve a connection on a socket (stdin and stdout of the connection's
/// process).
pub fn handle_socket(open: Opener<'_>, input: std::fs::File, output: std::fs::File) -> Result<()> {
    let ctx = Ctx {
        open,
        engine: std::cell::OnceCell::new(),
    };
    serve_connection(
        &ctx,
        Conn::new(Box::new(input), http::Out::from_file(output)?),
    )
}

fn serve_connection(ctx: &Ctx<'_>, mut conn: Conn) -> Result<()> {
    // A rootless engine enters the store's user namespace for good, but
    // signals go from the host's (see `engine::Engine::stop`): each
    // request is served in a process of its own, forked from this one
    // (which never enters).
    let per_request = !nix::unistd::geteuid().is_root() && conn.out.file().is_some();
    loop {
        let req = match http::read_request(&mut conn.input) {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(()),
            Err(e) => {
                // A request that cannot be read: docker's 400, then close.
                let _ = with_common_headers(Response::error(400, &format!("{e:#}")))
                    .write(&conn.out, false);
                return Ok(());
            }
        };
        let go_on = if per_request {
            let child = crate::runtime::sys::fork_run(|| i32::from(!respond(ctx, &req, &mut conn)))
                .context("forking for a request")?;
            matches!(
                crate::runtime::sys::waitpid_raw(child.as_raw(), false),
                Ok((_, st)) if libc::WIFEXITED(st) && libc::WEXITSTATUS(st) == 0
            )
        } else {
            respond(ctx, &req, &mut conn)
        };
        if !go_on {
            return Ok(());
        }
    }
}

/// Answer one request; whether the connection goes on.
fn respond(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> bool {
    let keep = respond_inner(ctx, req, conn);
    // A streamed body the handler left unread is read past, so that the
    // next request starts where it should.
    if keep
        && let Some(p) = req.pending
        && !conn.body_taken.replace(false)
    {
        return http::BodyReader::new(&mut conn.input, p).drain().is_ok();
    }
    conn.body_taken.set(false);
    keep
}

fn respond_inner(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> bool {
    crate::debug!("API request: {} {}", req.method, req.path);
    let keep = req.keep_alive();
    let head = req.method == "HEAD";
    let reply = match route(ctx, req, conn) {
        Ok(r) => r,
        Err(e) => Reply::Full(error_response(&e)),
    };
    match reply {
        Reply::Full(mut resp) => {
            resp.head_only = head;
            with_common_headers(resp).write(&conn.out, keep).is_ok() && keep
        }
        Reply::Streamed => keep,
        Reply::Closed => false,
    }
}

/// What moby adds to every response.
fn with_common_headers(mut r: Response) -> Response {
    r.headers.extend(common_headers());
    r
}

/// The headers moby sends with every response.
pub fn common_headers() -> Vec<(String, String)> {
    vec![
        ("Api-Version".to_string(), API_VERSION.to_string()),
        ("Docker-Experimental".into(), "false".into()),
        ("Ostype".into(), "linux".into()),
        (
            "Server".into(),
            format!("skiff/{} (linux)", env!("CARGO_PKG_VERSION")),
        ),
    ]
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

/// The API version a request speaks (its path's, else the newest).
pub fn request_version(req: &Request) -> (u32, u32) {
    req.path
        .strip_prefix("/v")
        .and_then(|r| r.split('/').next())
        .and_then(version_pair)
        .unwrap_or_else(|| version_pair(API_VERSION).unwrap_or_default())
}

fn route(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> Result<Reply> {
    let path = match unversioned(&req.path) {
        Ok(p) => p,
        Err(r) => return Ok(r.into()),
    };
    let seg: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let method = req.method.as_str();
    Ok(match (method, seg.as_slice()) {
        ("GET" | "HEAD", ["_ping"]) => {
            let mut r = Response::new(200, "text/plain; charset=utf-8", b"OK".to_vec());
            r.headers.extend([
                ("Builder-Version".to_string(), "1".to_string()),
                (
                    "Cache-Control".into(),
                    "no-cache, no-store, must-revalidate".into(),
                ),
                ("Pragma".into(), "no-cache".into()),
            ]);
            r.into()
        }
        ("GET", ["version"]) => Response::json(200, &version()).into(),
        ("GET", ["info"]) => Response::json(200, &docker::info(&ctx.engine()?.info()?)).into(),
        (_, ["containers", rest @ ..]) => containers::route(ctx, req, conn, method, rest)?,
        (_, ["exec", rest @ ..]) => exec::route(ctx, req, conn, method, rest)?,
        (_, ["images" | "build" | "commit" | "distribution", ..] | ["auth"]) => {
            images::route(ctx, req, conn, method, path)?
        }
        (_, ["networks" | "volumes" | "system", ..] | ["events"]) => {
            objects::route(ctx, req, conn, method, &seg)?
        }
        (_, ["swarm" | "services" | "nodes" | "tasks" | "secrets" | "configs", ..]) => {
            Response::error(
                503,
                "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.",
            )
            .into()
        }
        ("GET", ["plugins"]) => Response::json(200, &serde_json::json!([])).into(),
        _ => Response::error(404, "page not found").into(),
    })
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

    /// A writer the test reads back.
    #[derive(Clone, Default)]
    struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn get(raw: &str) -> String {
        let out = Shared::default();
        let open = |_| anyhow::bail!("no engine in this test");
        let input: &'static [u8] = Box::leak(raw.as_bytes().to_vec().into_boxed_slice());
        handle_connection(&open, input, out.clone()).unwrap();
        String::from_utf8(out.0.lock().unwrap().clone()).unwrap()
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
