//! HTTP/1.1 on one connection, as far as the Docker API needs it:
//! requests parsed with httparse (headers bounded), bodies by
//! Content-Length or chunked, responses with Content-Length or chunked
//! streams, keep-alive, and the raw streams of a hijacked connection.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::{Arc, Mutex};

/// The connection's writing side, shared with the threads that report
/// progress (pulls and pushes report from their workers).
#[derive(Clone)]
pub struct Out(
    Arc<Mutex<Box<dyn Write + Send>>>,
    Option<Arc<std::fs::File>>,
);

impl Out {
    pub fn new(w: impl Write + Send + 'static) -> Out {
        Out(Arc::new(Mutex::new(Box::new(w))), None)
    }

    /// A connection's socket.
    pub fn from_file(f: std::fs::File) -> std::io::Result<Out> {
        let copy = f.try_clone()?;
        Ok(Out(Arc::new(Mutex::new(Box::new(f))), Some(Arc::new(copy))))
    }

    /// The socket itself, for a body written straight to it (after a
    /// head from [`Out::raw_head`]) or handed to a process.
    pub fn file(&self) -> Option<std::fs::File> {
        self.1.as_ref().and_then(|f| f.try_clone().ok())
    }

    /// The head of a response whose body ends with the connection.
    pub fn raw_head(&self, status: u16, headers: &[(String, String)]) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", status, reason(status));
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("Connection: close\r\n\r\n");
        self.send(head.as_bytes())
    }

    /// Write and flush.
    pub fn send(&self, data: &[u8]) -> std::io::Result<()> {
        let mut w = self
            .0
            .lock()
            .map_err(|_| std::io::Error::other("a writer panicked"))?;
        w.write_all(data)?;
        w.flush()
    }

    /// One chunk of a chunked body (never the empty, final one).
    pub fn chunk(&self, data: &[u8]) -> std::io::Result<()> {
        if data.is_empty() {
            return Ok(());
        }
        let mut c = format!("{:x}\r\n", data.len()).into_bytes();
        c.extend_from_slice(data);
        c.extend_from_slice(b"\r\n");
        self.send(&c)
    }

    /// The end of a chunked body.
    pub fn end_chunks(&self) -> std::io::Result<()> {
        self.send(b"0\r\n\r\n")
    }

    /// The head of a chunked response.
    pub fn stream_head(
        &self,
        status: u16,
        headers: &[(String, String)],
        keep_alive: bool,
    ) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", status, reason(status));
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("Transfer-Encoding: chunked\r\n");
        if !keep_alive {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        self.send(head.as_bytes())
    }

    /// The head that hands the connection over to a raw stream: 101 when
    /// the client asked to upgrade (docker's clients do), else 200 (old
    /// clients), as moby answers.
    pub fn hijack_head(&self, upgrade: bool, headers: &[(String, String)]) -> std::io::Result<()> {
        let mut head = if upgrade {
            "HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n".to_string()
        } else {
            "HTTP/1.1 200 OK\r\n".to_string()
        };
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        self.send(head.as_bytes())
    }
}

/// The most header bytes a request may have (docker's clients send a few
/// hundred).
const MAX_HEAD: usize = 64 * 1024;
/// The most body bytes a request read whole may have.
const MAX_BODY: usize = 64 << 20;

pub struct Request {
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query's pairs, percent-decoded.
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// A body left on the connection for the handler to stream (archives:
    /// build contexts, image loads, copies in); see [`BodyReader`].
    pub pending: Option<Pending>,
}

/// How a body left on the connection is delimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    Length(u64),
    Chunked,
}

/// Whether a request's body is streamed to its handler rather than read
/// whole first: the archives docker's clients send.
pub fn streams_body(method: &str, path: &str) -> bool {
    let p = path.trim_end_matches('/');
    method == "POST"
        && (p.ends_with("/build") || p.ends_with("/images/load") || p.ends_with("/images/create"))
        || method == "PUT" && p.ends_with("/archive")
}

/// Reads a pending body from the connection, no further than its end.
pub struct BodyReader<'a, R: Read> {
    r: &'a mut BufReader<R>,
    kind: Pending,
    /// Bytes left of the body (Length) or of the current chunk.
    left: u64,
    done: bool,
}

impl<'a, R: Read> BodyReader<'a, R> {
    pub fn new(r: &'a mut BufReader<R>, kind: Pending) -> BodyReader<'a, R> {
        let left = match kind {
            Pending::Length(n) => n,
            Pending::Chunked => 0,
        };
        BodyReader {
            r,
            kind,
            left,
            done: kind == Pending::Length(0),
        }
    }

    /// Read the rest (a handler that stopped early), so the next request
    /// can be read.
    pub fn drain(&mut self) -> std::io::Result<()> {
        std::io::copy(self, &mut std::io::sink()).map(|_| ())
    }
}

impl<R: Read> Read for BodyReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.done || buf.is_empty() {
            return Ok(0);
        }
        if self.kind == Pending::Chunked && self.left == 0 {
            let mut line = String::new();
            self.r.read_line(&mut line)?;
            if line.is_empty() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the connection closed inside a body",
                ));
            }
            let size = line.trim().split(';').next().unwrap_or("");
            let size = u64::from_str_radix(size, 16).map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, "a bad chunk size")
            })?;
            if size == 0 {
                loop {
                    let mut t = String::new();
                    if self.r.read_line(&mut t)? == 0 || t.trim().is_empty() {
                        break;
                    }
                }
                self.done = true;
                return Ok(0);
            }
            self.left = size;
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.r.read(&mut buf[..want])?;
        if n == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the connection closed inside a body",
            ));
        }
        self.left -= n as u64;
        if self.left == 0 {
            match self.kind {
                Pending::Length(_) => self.done = true,
                Pending::Chunked => {
                    let mut crlf = [0u8; 2];
                    self.r.read_exact(&mut crlf)?;
                }
            }
        }
        Ok(n)
    }
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The last value of a query parameter.
    pub fn query(&self, k: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean query parameter (moby's rules: see `docker::bool_param`).
    pub fn flag(&self, k: &str) -> bool {
        super::docker::bool_param(self.query(k))
    }

    /// The body as JSON (an empty body is `null`); a bad one is docker's
    /// 400.
    pub fn json(&self) -> Result<serde_json::Value> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(serde_json::Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            crate::error::classified(crate::error::Kind::Invalid, format!("invalid JSON: {e}"))
        })
    }

    /// Whether the client asked to upgrade the connection (hijack).
    pub fn upgrade(&self) -> bool {
        self.header("upgrade").is_some()
    }

    /// HTTP/1.1 keeps the connection unless the client says close.
    pub fn keep_alive(&self) -> bool {
        !self
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"))
    }
}

/// The next request on `r`; `None` at a clean end of the connection.
pub fn read_request(r: &mut BufReader<impl Read>) -> Result<Option<Request>> {
    let mut head = Vec::new();
    loop {
        let n = r
            .read_until(b'\n', &mut head)
            .context("reading a request")?;
        if n == 0 {
            if head.is_empty() {
                return Ok(None);
            }
            bail!("the connection closed inside a request");
        }
        if head.len() > MAX_HEAD {
            bail!("request headers too large");
        }
        if head.ends_with(b"\r\n\r\n") || head.ends_with(b"\n\n") {
            break;
        }
        // Blank lines before a request are allowed (RFC 9112 2.2).
        if head == b"\r\n" || head == b"\n" {
            head.clear();
        }
    }
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(&head).context("parsing a request")? {
        httparse::Status::Complete(_) => {}
        httparse::Status::Partial => bail!("incomplete request headers"),
    }
    let method = req.method.unwrap_or_default().to_string();
    let target = req.path.unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let headers: Vec<(String, String)> = req
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect();
    let mut request = Request {
        method,
        path: percent_decode(path),
        query: parse_query(query),
        headers,
        body: Vec::new(),
        pending: None,
    };
    let chunked = request
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    if streams_body(&request.method, &request.path) {
        request.pending = if chunked {
            Some(Pending::Chunked)
        } else if let Some(len) = request.header("content-length") {
            Some(Pending::Length(
                len.trim().parse().context("a bad Content-Length")?,
            ))
        } else {
            None
        };
        return Ok(Some(request));
    }
    if chunked {
        request.body = read_chunked(r)?;
    } else if let Some(len) = request.header("content-length") {
        let len: usize = len.trim().parse().context("a bad Content-Length")?;
        if len > MAX_BODY {
            bail!("request body too large");
        }
        let mut body = vec![0; len];
        r.read_exact(&mut body).context("reading a request body")?;
        request.body = body;
    }
    Ok(Some(request))
}

fn read_chunked(r: &mut BufReader<impl Read>) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).context("reading a chunk")?;
        let size = line.trim().split(';').next().unwrap_or("");
        let size = usize::from_str_radix(size, 16).context("a bad chunk size")?;
        if size == 0 {
            // Trailers, then the empty line.
            loop {
                let mut t = String::new();
                if r.read_line(&mut t)? == 0 || t.trim().is_empty() {
                    return Ok(body);
                }
            }
        }
        if body.len() + size > MAX_BODY {
            bail!("request body too large");
        }
        let start = body.len();
        body.resize(start + size, 0);
        r.read_exact(&mut body[start..])
            .context("reading a chunk")?;
        let mut crlf = [0u8; 2];
        r.read_exact(&mut crlf).context("reading a chunk")?;
    }
}

fn percent_decode(s: &str) -> String {
    let hex = |c: u8| (c as char).to_digit(16);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let pair = (b[i] == b'%')
            .then(|| Some((hex(*b.get(i + 1)?)?, hex(*b.get(i + 2)?)?)))
            .flatten();
        if let Some((h, l)) = pair {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `a=1&b=x%20y` (a `+` is a space, as Go's url.ParseQuery has it).
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                percent_decode(&k.replace('+', " ")),
                percent_decode(&v.replace('+', " ")),
            )
        })
        .collect()
}

/// A whole response.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// A HEAD request: the headers of the body, not the body.
    pub head_only: bool,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body,
            head_only: false,
        }
    }

    pub fn json(status: u16, v: &serde_json::Value) -> Response {
        let mut body = serde_json::to_vec(v).unwrap_or_default();
        body.push(b'\n');
        Response::new(status, "application/json", body)
    }

    /// A status without a body (204, 304).
    pub fn empty(status: u16) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            head_only: false,
        }
    }

    /// Docker's error body: `{"message": "..."}`.
    pub fn error(status: u16, message: &str) -> Response {
        Response::json(status, &serde_json::json!({ "message": message }))
    }

    pub fn write(&self, w: &Out, keep_alive: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (k, v) in &self.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        if !keep_alive {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        let mut all = head.into_bytes();
        if !self.head_only {
            all.extend_from_slice(&self.body);
        }
        w.send(&all)
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        101 => "Switching Protocols",
        201 => "Created",
        204 => "No Content",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        413 => "Payload Too Large",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_parse_and_garbage_does_not_panic() {
        let raw = b"GET /v1.41/containers/json?all=1&filters=%7B%22a%22%7D HTTP/1.1\r\nHost: docker\r\nContent-Length: 2\r\n\r\nhiGET /_ping HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n";
        let mut r = BufReader::new(&raw[..]);
        let a = read_request(&mut r).unwrap().unwrap();
        assert_eq!(
            (a.method.as_str(), a.path.as_str()),
            ("GET", "/v1.41/containers/json")
        );
        assert_eq!(
            a.query,
            [
                ("all".into(), "1".into()),
                ("filters".into(), "{\"a\"}".into())
            ]
        );
        assert_eq!(a.body, b"hi");
        let b = read_request(&mut r).unwrap().unwrap();
        assert_eq!((b.path.as_str(), b.body.as_slice()), ("/_ping", &b"ok"[..]));
        assert!(read_request(&mut r).unwrap().is_none());
        for bad in [
            &b"GARBAGE\r\n\r\n"[..],
            b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
            b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"GET / HTTP/1.1\r\nHost",
            b"%%%\xff\xfe\r\n\r\n",
        ] {
            assert!(
                read_request(&mut BufReader::new(bad)).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
    }
}
