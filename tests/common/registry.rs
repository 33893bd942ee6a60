//! A real registry for tests: Debian's `docker-registry` (distribution
//! 2.8) on 127.0.0.1 with its data in a temp dir; optionally with htpasswd
//! Basic auth, or Bearer tokens from a small token server running in the
//! test process (JWTs signed with openssl, as Docker Hub's auth works);
//! plus a TCP proxy that can throttle and cut connections, and a minimal
//! client to put arbitrary blobs and manifests.
//!
//! Everything listens on 127.0.0.1 only and is stopped on drop (by pid).

use super::skip;
use base64::Engine;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const USER: &str = "tester";
pub const PASSWORD: &str = "s3cret-pw";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    None,
    /// htpasswd Basic auth with [`USER`]/[`PASSWORD`].
    Basic,
    /// Bearer tokens: anonymous users may pull, [`USER`] may push.
    Token,
    /// No auth, but HTTPS with a certificate for 127.0.0.1 signed by a test
    /// CA (`certs/ca.crt`, a ready `--cert-dir`).
    Tls,
}

pub struct Registry {
    pub addr: String,
    pub dir: PathBuf,
    child: Child,
    _token: Option<TokenServer>,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

fn wait_listening(addr: &str, child: &mut Child) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if TcpStream::connect(addr).is_ok() {
            return true;
        }
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl Registry {
    /// Start a registry, or `None` (after printing why) when the tools are
    /// missing.
    pub fn start(test: &str, auth: Auth) -> Option<Registry> {
        if !have("docker-registry") {
            skip(
                test,
                "docker-registry not installed (apt-get install docker-registry)",
            );
            return None;
        }
        if auth == Auth::Basic && !have("htpasswd") {
            skip(
                test,
                "htpasswd not installed (apt-get install apache2-utils)",
            );
            return None;
        }
        if matches!(auth, Auth::Token | Auth::Tls) && !have("openssl") {
            skip(test, "openssl not installed");
            return None;
        }
        let dir = PathBuf::from(format!(
            "/tmp/skiff-it/registry-{test}-{}",
            super::random_suffix()
        ));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        let mut token = None;
        let auth_yaml = match auth {
            Auth::None => String::new(),
            Auth::Tls => {
                make_certs(&dir);
                format!(
                    "  tls:\n    certificate: {}\n    key: {}\n",
                    dir.join("server.crt").display(),
                    dir.join("server.key").display()
                )
            }
            Auth::Basic => {
                let out = Command::new("htpasswd")
                    .args(["-Bbn", USER, PASSWORD])
                    .output()
                    .unwrap();
                assert!(out.status.success());
                std::fs::write(dir.join("htpasswd"), &out.stdout).unwrap();
                format!(
                    "auth:\n  htpasswd:\n    realm: skiff-test\n    path: {}\n",
                    dir.join("htpasswd").display()
                )
            }
            Auth::Token => {
                let t = TokenServer::start(&dir);
                let y = format!(
                    "auth:\n  token:\n    realm: http://{}/token\n    service: skiff-test-registry\n    issuer: skiff-test-issuer\n    rootcertbundle: {}\n",
                    t.addr,
                    dir.join("token.crt").display()
                );
                token = Some(t);
                y
            }
        };
        for _ in 0..5 {
            let addr = format!("127.0.0.1:{}", free_port());
            let config = format!(
                "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: {addr}\n{auth_yaml}",
                dir.join("data").display()
            );
            std::fs::write(dir.join("config.yml"), config).unwrap();
            let log = std::fs::File::create(dir.join("registry.log")).unwrap();
            let mut child = Command::new("docker-registry")
                .arg("serve")
                .arg(dir.join("config.yml"))
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .unwrap();
            if wait_listening(&addr, &mut child) {
                return Some(Registry {
                    addr,
                    dir,
                    child,
                    _token: token,
                });
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!(
            "docker-registry did not start: {}",
            std::fs::read_to_string(dir.join("registry.log")).unwrap_or_default()
        );
    }

    /// `ADDR/name`.
    pub fn name(&self, repo: &str) -> String {
        format!("{}/{repo}", self.addr)
    }

    /// Where the registry keeps a blob's bytes.
    pub fn blob_file(&self, digest: &str) -> PathBuf {
        let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
        self.dir.join(format!(
            "data/docker/registry/v2/blobs/sha256/{}/{hex}/data",
            &hex[..2]
        ))
    }

    /// Make the registry readable by the test user (for rootless tests that
    /// want to look at nothing here, this is not needed).
    pub fn path(&self) -> &Path {
        &self.dir
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .new_agent()
    }

    /// Upload a blob (no auth); returns its digest.
    pub fn put_blob(&self, repo: &str, data: &[u8]) -> String {
        let digest = format!("sha256:{}", super::sha256_hex(data));
        let a = Self::agent();
        let resp = a
            .post(self.url(&format!("/v2/{repo}/blobs/uploads/")))
            .send_empty()
            .unwrap();
        assert_eq!(resp.status().as_u16(), 202, "starting an upload");
        let loc = resp
            .headers()
            .get("Location")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let loc = if loc.starts_with('/') {
            self.url(&loc)
        } else {
            loc
        };
        let sep = if loc.contains('?') { '&' } else { '?' };
        let resp = a
            .put(format!("{loc}{sep}digest={}", digest.replace(':', "%3A")))
            .header("Content-Type", "application/octet-stream")
            .send(data)
            .unwrap();
        assert_eq!(resp.status().as_u16(), 201, "finishing an upload");
        digest
    }

    /// Put a manifest under a tag or digest; returns its digest.
    pub fn put_manifest(
        &self,
        repo: &str,
        reference: &str,
        media_type: &str,
        data: &[u8],
    ) -> String {
        let resp = Self::agent()
            .put(self.url(&format!("/v2/{repo}/manifests/{reference}")))
            .header("Content-Type", media_type)
            .send(data)
            .unwrap();
        assert_eq!(resp.status().as_u16(), 201, "putting a manifest");
        format!("sha256:{}", super::sha256_hex(data))
    }

    /// GET a manifest's bytes (no auth).
    pub fn get_manifest(&self, repo: &str, reference: &str) -> (String, Vec<u8>) {
        let mut resp = Self::agent()
            .get(self.url(&format!("/v2/{repo}/manifests/{reference}")))
            .header(
                "Accept",
                "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json",
            )
            .call()
            .unwrap();
        assert_eq!(resp.status().as_u16(), 200, "getting a manifest");
        let ct = resp
            .headers()
            .get("Content-Type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (ct, resp.body_mut().read_to_vec().unwrap())
    }

    /// Push an image made of `layers` (uncompressed tars, gzipped here) and
    /// a config for `arch`; returns (manifest digest, config digest).
    pub fn put_image(
        &self,
        repo: &str,
        tag: &str,
        layers: &[Vec<u8>],
        arch: &str,
    ) -> (String, String) {
        self.put_image_as(repo, tag, layers, arch, false)
    }

    /// [`put_image`], in docker's media types when `docker`.
    pub fn put_image_as(
        &self,
        repo: &str,
        tag: &str,
        layers: &[Vec<u8>],
        arch: &str,
        docker: bool,
    ) -> (String, String) {
        let (manifest_type, config_type, layer_type) = if docker {
            (
                "application/vnd.docker.distribution.manifest.v2+json",
                "application/vnd.docker.container.image.v1+json",
                "application/vnd.docker.image.rootfs.diff.tar.gzip",
            )
        } else {
            (
                "application/vnd.oci.image.manifest.v1+json",
                "application/vnd.oci.image.config.v1+json",
                "application/vnd.oci.image.layer.v1.tar+gzip",
            )
        };
        let mut diff_ids = Vec::new();
        let mut descs = Vec::new();
        for l in layers {
            diff_ids.push(format!("sha256:{}", super::sha256_hex(l)));
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(l).unwrap();
            let gz = gz.finish().unwrap();
            let d = self.put_blob(repo, &gz);
            descs.push(serde_json::json!({
                "mediaType": layer_type,
                "digest": d,
                "size": gz.len(),
            }));
        }
        let config = serde_json::to_vec(&serde_json::json!({
            "architecture": arch,
            "os": "linux",
            "created": "2024-01-01T00:00:00Z",
            "config": {"Cmd": ["/bin/sh"], "Env": [format!("ARCH={arch}")]},
            "rootfs": {"type": "layers", "diff_ids": diff_ids},
        }))
        .unwrap();
        let config_digest = self.put_blob(repo, &config);
        let manifest = serde_json::to_vec(&serde_json::json!({
            "schemaVersion": 2,
            "mediaType": manifest_type,
            "config": {
                "mediaType": config_type,
                "digest": config_digest,
                "size": config.len(),
            },
            "layers": descs,
        }))
        .unwrap();
        let md = self.put_manifest(repo, tag, manifest_type, &manifest);
        (md, config_digest)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::env::var_os("SKIFF_TEST_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// A CA (`certs/ca.crt`) and a server certificate for 127.0.0.1 signed by
/// it (`server.crt`, `server.key`).
fn make_certs(dir: &Path) {
    let certs = dir.join("certs");
    std::fs::create_dir_all(&certs).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=skiff-test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "certs/ca.crt",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    ]);
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "certs/ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
        "-out",
        "server.crt",
    ]);
}

// ---- the token server ---------------------------------------------------

/// Issues registry tokens: anyone may pull, [`USER`] with [`PASSWORD`] may
/// also push; wrong credentials get 401.
struct TokenServer {
    addr: String,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

fn b64url(data: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

impl TokenServer {
    fn start(dir: &Path) -> TokenServer {
        let key = dir.join("token.key");
        let crt = dir.join("token.crt");
        let st = Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=skiff-test-token",
            ])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&crt)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(st.success(), "openssl req");
        let pem = std::fs::read_to_string(&crt).unwrap();
        let der_b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = stop.clone();
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Relaxed) {
                    return;
                }
                let Ok(conn) = conn else { continue };
                let _ = serve_token(conn, &key, &der_b64);
            }
        });
        TokenServer {
            addr,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for TokenServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(&self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn read_request(conn: &mut TcpStream) -> std::io::Result<String> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut buf = Vec::new();
    let mut b = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = conn.read(&mut b)?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&b[..n]);
        if buf.len() > 64 * 1024 || !buf[0].is_ascii_uppercase() {
            // Not HTTP (a TLS hello, say): give up at once, as a real
            // server would.
            break;
        }
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn serve_token(mut conn: TcpStream, key: &Path, der_b64: &str) -> std::io::Result<()> {
    let req = read_request(&mut conn)?;
    let first = req.lines().next().unwrap_or("");
    let target = first.split(' ').nth(1).unwrap_or("");
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let mut scopes = Vec::new();
    let mut service = String::new();
    for kv in query.split('&') {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        match k {
            "scope" => scopes.push(percent_decode(v)),
            "service" => service = percent_decode(v),
            _ => {}
        }
    }
    let auth = req.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("authorization")
            .then(|| v.trim().to_string())
    });
    let authenticated = match auth {
        None => false,
        Some(a) => {
            let expected = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
            );
            if a != expected {
                let body = r#"{"errors":[{"code":"UNAUTHORIZED","message":"invalid username or password"}]}"#;
                let resp = format!(
                    "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                return conn.write_all(resp.as_bytes());
            }
            true
        }
    };
    let mut access = Vec::new();
    for s in &scopes {
        let parts: Vec<&str> = s.split(':').collect();
        if parts.len() != 3 || parts[0] != "repository" {
            continue;
        }
        let actions: Vec<&str> = parts[2]
            .split(',')
            .filter(|a| *a == "pull" || (authenticated && (*a == "push" || *a == "delete")))
            .collect();
        access
            .push(serde_json::json!({"type": "repository", "name": parts[1], "actions": actions}));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let header = serde_json::json!({"typ": "JWT", "alg": "RS256", "x5c": [der_b64]});
    let claims = serde_json::json!({
        "iss": "skiff-test-issuer",
        "sub": if authenticated { USER } else { "" },
        "aud": service,
        "exp": now + 300,
        "nbf": now - 10,
        "iat": now,
        "jti": format!("{now}-{}", super::random_suffix()),
        "access": access,
    });
    let signing_input = format!(
        "{}.{}",
        b64url(&serde_json::to_vec(&header).unwrap()),
        b64url(&serde_json::to_vec(&claims).unwrap())
    );
    let mut child = Command::new("openssl")
        .args(["dgst", "-sha256", "-sign"])
        .arg(key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(signing_input.as_bytes())?;
    let sig = child.wait_with_output()?.stdout;
    let token = format!("{signing_input}.{}", b64url(&sig));
    let body =
        serde_json::json!({"token": token, "access_token": token, "expires_in": 300}).to_string();
    let resp = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    conn.write_all(resp.as_bytes())
}

// ---- a search API -------------------------------------------------------

/// Docker Hub's search API (`/v1/search`) and a `/v2/` that answers 200,
/// as a registry with a search endpoint looks; each answer closes the
/// connection.
pub struct SearchServer {
    pub addr: String,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SearchServer {
    pub fn start() -> SearchServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = stop.clone();
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Relaxed) {
                    return;
                }
                let Ok(mut conn) = conn else { continue };
                let Ok(req) = read_request(&mut conn) else {
                    continue;
                };
                let target = req.split(' ').nth(1).unwrap_or("").to_string();
                let body = if target.starts_with("/v1/search") {
                    serde_json::json!({"num_results": 3, "query": "x", "results": [
                        {"name": "library/alpine", "description": "A minimal Docker image based on Alpine Linux with a complete package index", "star_count": 9000, "is_official": true, "is_automated": false},
                        {"name": "someone/alpine-tools", "description": "tools\non alpine", "star_count": 12, "is_official": false, "is_automated": true},
                        {"name": "other/alpine", "description": "", "star_count": 0, "is_official": false, "is_automated": false}
                    ]})
                    .to_string()
                } else {
                    "{}".to_string()
                };
                let resp = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = conn.write_all(resp.as_bytes());
            }
        });
        SearchServer {
            addr,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for SearchServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(&self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

// ---- a proxy that throttles and cuts ------------------------------------

/// Forwards 127.0.0.1:<port> to a registry, counting the bytes it sends
/// back. `cut_after`: the first response stream that passes this many bytes
/// is cut (once). `rate`: bytes per second per connection (0 = no limit).
pub struct Proxy {
    pub addr: String,
    pub bytes: Arc<AtomicU64>,
    pub cuts: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
    conns: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    pub fn start(upstream: &str, cut_after: Option<u64>, rate: u64) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let bytes = Arc::new(AtomicU64::new(0));
        let cuts = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let conns: Arc<Mutex<Vec<TcpStream>>> = Arc::new(Mutex::new(Vec::new()));
        let cut_pending = Arc::new(AtomicBool::new(cut_after.is_some()));
        let (b2, c2, s2, conns2) = (bytes.clone(), cuts.clone(), stop.clone(), conns.clone());
        let upstream = upstream.to_string();
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s2.load(Ordering::Relaxed) {
                    return;
                }
                let Ok(client) = conn else { continue };
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue;
                };
                if let Ok(mut v) = conns2.lock() {
                    v.push(client.try_clone().unwrap());
                    v.push(server.try_clone().unwrap());
                }
                let (mut c_r, mut s_w) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut c_r, &mut s_w);
                    let _ = s_w.shutdown(std::net::Shutdown::Write);
                });
                let (b3, c3, cp) = (b2.clone(), c2.clone(), cut_pending.clone());
                let (mut s_r, mut c_w) = (server, client);
                std::thread::spawn(move || {
                    let mut buf = [0u8; 16 * 1024];
                    let mut sent: u64 = 0;
                    let start = Instant::now();
                    loop {
                        let n = match s_r.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        if let Some(limit) = cut_after
                            && sent + n as u64 > limit
                            && cp.swap(false, Ordering::SeqCst)
                        {
                            c3.fetch_add(1, Ordering::SeqCst);
                            let _ = c_w.shutdown(std::net::Shutdown::Both);
                            let _ = s_r.shutdown(std::net::Shutdown::Both);
                            return;
                        }
                        if c_w.write_all(&buf[..n]).is_err() {
                            break;
                        }
                        sent += n as u64;
                        b3.fetch_add(n as u64, Ordering::SeqCst);
                        if rate > 0 {
                            let due = Duration::from_secs_f64(sent as f64 / rate as f64);
                            if let Some(wait) = due.checked_sub(start.elapsed()) {
                                std::thread::sleep(wait);
                            }
                        }
                    }
                    let _ = c_w.shutdown(std::net::Shutdown::Write);
                });
            }
        });
        Proxy {
            addr,
            bytes,
            cuts,
            stop,
            thread: Some(thread),
            conns,
        }
    }

    pub fn name(&self, repo: &str) -> String {
        format!("{}/{repo}", self.addr)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Ok(v) = self.conns.lock() {
            for c in v.iter() {
                let _ = c.shutdown(std::net::Shutdown::Both);
            }
        }
        let _ = TcpStream::connect(&self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
