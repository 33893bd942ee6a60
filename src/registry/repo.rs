//! The distribution API of one repository: manifests, blobs (download with
//! `Range` resume, upload monolithic or chunked, cross-repository mount) and
//! tag lists.

use super::client::{Body, Registry, Scope, is_not_found, read_small, response_error};
use crate::image::digest::{Digest, Hasher, verify};
use crate::image::spec::media;
use anyhow::{Context, Result, anyhow, bail};
use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use ureq::http::{Method, StatusCode};

/// What we accept for a manifest GET, preferred first. Schema 1 is listed
/// so that such an image is answered as such and refused with a clear
/// message instead of a confusing "manifest unknown".
const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json;q=0.9, application/vnd.docker.distribution.manifest.v1+prettyjws;q=0.5, application/vnd.docker.distribution.manifest.v1+json;q=0.5";
/// How often a broken blob download is resumed.
const RESUMES: u32 = 5;
/// Chunk size for chunked uploads (registries may ask for more).
const CHUNK: u64 = 16 << 20;

/// A repository on a registry.
pub struct Repo<'a> {
    pub reg: &'a Registry,
    /// The path: `library/busybox`.
    pub name: String,
}

/// A manifest as fetched: the exact bytes (its digest is over these).
#[derive(Clone, Debug)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub media_type: String,
    pub digest: Digest,
}

pub enum MountResult {
    Mounted,
    /// The registry did not mount; it opened an upload here instead.
    Upload(String),
}

impl<'a> Repo<'a> {
    pub fn new(reg: &'a Registry, name: &str) -> Repo<'a> {
        Repo {
            reg,
            name: name.to_string(),
        }
    }

    fn pull_scope(&self) -> Scope {
        Scope::pull(&self.name)
    }

    fn display(&self) -> String {
        format!("{}/{}", self.reg.host, self.name)
    }

    /// GET a manifest by tag or digest, verified against the digest when
    /// one was asked for.
    pub fn manifest(&self, reference: &str) -> Result<Fetched> {
        let what = if reference.contains(':') {
            format!("reading manifest {}@{reference}", self.display())
        } else {
            format!("reading manifest {}:{reference}", self.display())
        };
        let (bytes, headers) = self.reg.get_small(
            &format!("/v2/{}/manifests/{reference}", self.name),
            &self.pull_scope(),
            &[("Accept", MANIFEST_ACCEPT)],
            &what,
        )?;
        let digest = Digest::of(&bytes);
        if let Ok(asked) = Digest::parse(reference) {
            verify(&asked, &digest, &what)?;
        } else if let Some(h) = headers
            .get("Docker-Content-Digest")
            .and_then(|v| v.to_str().ok())
            && h.starts_with("sha256:")
            && h != digest.as_str()
        {
            bail!("{what}: the registry says its digest is {h}, but the content is {digest}");
        }
        let header_type = headers
            .get("Content-Type")
            .and_then(|v| v.to_str().ok())
            .map(|s| s.split(';').next().unwrap_or("").trim().to_string());
        let media_type =
            manifest_media_type(&bytes, header_type.as_deref()).with_context(|| what.clone())?;
        Ok(Fetched {
            bytes,
            media_type,
            digest,
        })
    }

    /// The digest of a manifest, by HEAD.
    pub fn manifest_digest(&self, reference: &str) -> Result<Option<Digest>> {
        let resp = self.reg.send(
            &Method::HEAD,
            &format!("/v2/{}/manifests/{reference}", self.name),
            &self.pull_scope(),
            &[("Accept", MANIFEST_ACCEPT)],
            Body::Empty,
        )?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !resp.status().is_success() {
            return Err(response_error(resp, "checking a manifest").into());
        }
        Ok(resp
            .headers()
            .get("Docker-Content-Digest")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| Digest::parse(v).ok()))
    }

    /// A small blob (a config), read whole and verified.
    pub fn small_blob(&self, digest: &Digest, limit: u64) -> Result<Vec<u8>> {
        let what = format!("fetching blob {digest}");
        let resp = self.reg.send_ok(
            &Method::GET,
            &format!("/v2/{}/blobs/{digest}", self.name),
            &self.pull_scope(),
            &[],
            Body::Empty,
            &what,
        )?;
        let mut data = Vec::new();
        resp.into_body()
            .into_reader()
            .take(limit + 1)
            .read_to_end(&mut data)
            .with_context(|| what.clone())?;
        if data.len() as u64 > limit {
            bail!("{what}: larger than {limit} bytes");
        }
        verify(digest, &Digest::of(&data), &what)?;
        Ok(data)
    }

    /// Stream a blob. The reader resumes a broken download with `Range`
    /// (or by skipping what it already has when the server ignores Range)
    /// and never yields more than `size` bytes.
    pub fn open_blob<'r>(
        &'r self,
        digest: &Digest,
        size: u64,
        cancel: &'r AtomicBool,
        on_read: &'r (dyn Fn(u64) + Sync),
    ) -> BlobReader<'r> {
        BlobReader {
            repo: self,
            digest: digest.clone(),
            size,
            cancel,
            on_read,
            inner: None,
            offset: 0,
            resumes: 0,
        }
    }

    fn get_blob_from(&self, digest: &Digest, offset: u64) -> Result<Box<dyn Read + Send>> {
        let range = format!("bytes={offset}-");
        let headers: Vec<(&str, &str)> = if offset > 0 {
            vec![("Range", range.as_str())]
        } else {
            Vec::new()
        };
        let what = format!("fetching blob {digest}");
        let resp = self.reg.send_ok(
            &Method::GET,
            &format!("/v2/{}/blobs/{digest}", self.name),
            &self.pull_scope(),
            &headers,
            Body::Empty,
            &what,
        )?;
        let partial = resp.status() == StatusCode::PARTIAL_CONTENT;
        if offset > 0 && partial {
            let start = resp
                .headers()
                .get("Content-Range")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("bytes "))
                .and_then(|v| v.split('-').next())
                .and_then(|v| v.parse::<u64>().ok());
            if start != Some(offset) {
                bail!("{what}: the registry resumed at the wrong offset");
            }
        }
        let mut r: Box<dyn Read + Send> = Box::new(resp.into_body().into_reader());
        if offset > 0 && !partial {
            // No Range support: skip what we already have.
            let skipped = io::copy(&mut (&mut r).take(offset), &mut io::sink())
                .with_context(|| what.clone())?;
            if skipped != offset {
                bail!("{what}: the blob is shorter than before");
            }
        }
        Ok(r)
    }

    /// Whether the registry has a blob (HEAD); its size if it does.
    pub fn blob_exists(&self, digest: &Digest, scope: &Scope) -> Result<Option<u64>> {
        let resp = self.reg.send(
            &Method::HEAD,
            &format!("/v2/{}/blobs/{digest}", self.name),
            scope,
            &[],
            Body::Empty,
        )?;
        match resp.status().as_u16() {
            200..=299 => Ok(Some(
                resp.headers()
                    .get("Content-Length")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0),
            )),
            404 => Ok(None),
            _ => Err(response_error(resp, &format!("checking blob {digest}")).into()),
        }
    }

    /// Ask for a cross-repository mount of `digest` from `from` (same
    /// registry).
    pub fn mount_blob(&self, digest: &Digest, from: &str, scope: &Scope) -> Result<MountResult> {
        let path = format!(
            "/v2/{}/blobs/uploads/?mount={digest}&from={}",
            self.name,
            encode_query(from)
        );
        let resp = self
            .reg
            .send(&Method::POST, &path, scope, &[], Body::Empty)?;
        match resp.status().as_u16() {
            201 => Ok(MountResult::Mounted),
            202 => Ok(MountResult::Upload(self.location(&resp)?)),
            _ => Err(response_error(resp, &format!("mounting blob {digest} from {from}")).into()),
        }
    }

    fn location(&self, resp: &super::client::Response) -> Result<String> {
        let loc = resp
            .headers()
            .get("Location")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| anyhow!("the registry gave no upload location"))?;
        if loc.starts_with("http://") || loc.starts_with("https://") {
            Ok(loc.to_string())
        } else if loc.starts_with('/') {
            Ok(format!("{}{loc}", self.reg.base()?))
        } else {
            bail!("the registry gave an invalid upload location {loc:?}")
        }
    }

    /// Open an upload session.
    pub fn start_upload(&self, scope: &Scope) -> Result<String> {
        let resp = self.reg.send_ok(
            &Method::POST,
            &format!("/v2/{}/blobs/uploads/", self.name),
            scope,
            &[],
            Body::Empty,
            "starting a blob upload",
        )?;
        self.location(&resp)
    }

    /// Upload a blob of known digest and size in one PUT.
    pub fn upload_monolithic(
        &self,
        location: &str,
        digest: &Digest,
        size: u64,
        body: &mut dyn Read,
        scope: &Scope,
    ) -> Result<()> {
        let url = with_query(location, "digest", digest.as_str());
        self.reg.send_ok(
            &Method::PUT,
            &url,
            scope,
            &[],
            Body::Stream(body, size, "application/octet-stream"),
            &format!("uploading blob {digest}"),
        )?;
        Ok(())
    }

    /// Upload a stream of unknown digest in chunks (PATCH per chunk, then
    /// PUT with the digest computed on the way). Returns digest and size.
    pub fn upload_chunked(
        &self,
        mut location: String,
        body: &mut dyn Read,
        scope: &Scope,
        on_write: &(dyn Fn(u64) + Sync),
    ) -> Result<(Digest, u64)> {
        let mut hasher = Hasher::new();
        let mut offset: u64 = 0;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let n = body
                .take(CHUNK)
                .read_to_end(&mut buf)
                .context("reading the layer to upload")?;
            if n == 0 {
                break;
            }
            hasher.update(&buf);
            let range = format!("{offset}-{}", offset + n as u64 - 1);
            let resp = self.reg.send_ok(
                &Method::PATCH,
                &location,
                scope,
                &[("Content-Range", range.as_str())],
                Body::Bytes(&buf, "application/octet-stream"),
                "uploading a chunk",
            )?;
            location = self.location(&resp)?;
            offset += n as u64;
            on_write(n as u64);
            if (n as u64) < CHUNK {
                break;
            }
        }
        let digest = hasher.finish();
        let url = with_query(&location, "digest", digest.as_str());
        self.reg.send_ok(
            &Method::PUT,
            &url,
            scope,
            &[],
            Body::Empty,
            &format!("finishing upload of blob {digest}"),
        )?;
        Ok((digest, offset))
    }

    /// PUT a manifest under a tag or digest; returns its digest.
    pub fn put_manifest(
        &self,
        reference: &str,
        bytes: &[u8],
        media_type: &str,
        scope: &Scope,
    ) -> Result<Digest> {
        let what = format!("writing manifest {}:{reference}", self.display());
        self.reg.send_ok(
            &Method::PUT,
            &format!("/v2/{}/manifests/{reference}", self.name),
            scope,
            &[],
            Body::Bytes(bytes, media_type),
            &what,
        )?;
        Ok(Digest::of(bytes))
    }

    /// Every tag of the repository, following `Link` pagination.
    pub fn tags(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut path = format!("/v2/{}/tags/list", self.name);
        for _ in 0..10_000 {
            let what = format!("listing tags of {}", self.display());
            let resp = self.reg.send_ok(
                &Method::GET,
                &path,
                &self.pull_scope(),
                &[],
                Body::Empty,
                &what,
            )?;
            let next = next_link(&resp);
            let data = read_small(resp).with_context(|| what.clone())?;
            let v: serde_json::Value =
                serde_json::from_slice(&data).map_err(|_| anyhow!("{what}: invalid JSON"))?;
            if let Some(tags) = v.get("tags").and_then(serde_json::Value::as_array) {
                out.extend(tags.iter().filter_map(|t| t.as_str().map(str::to_string)));
            }
            match next {
                Some(n) => path = n,
                None => return Ok(out),
            }
        }
        bail!("listing tags of {}: too many pages", self.display())
    }
}

/// The next page from a `Link: </v2/...?last=x&n=y>; rel="next"` header.
pub fn next_link(resp: &super::client::Response) -> Option<String> {
    let v = resp.headers().get("Link")?.to_str().ok()?;
    let start = v.find('<')? + 1;
    let end = v[start..].find('>')? + start;
    v[end..]
        .contains("rel=\"next\"")
        .then(|| v[start..end].to_string())
}

fn with_query(url: &str, key: &str, value: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{key}={}", encode_query(value))
}

/// Percent-encode a query value (digests contain ':').
pub fn encode_query(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The media type of a manifest: its `mediaType` field, else the
/// Content-Type, else guessed from its shape. Schema 1 is refused here.
pub fn manifest_media_type(bytes: &[u8], header: Option<&str>) -> Result<String> {
    let v: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|_| anyhow!("the manifest is not valid JSON"))?;
    let field = v
        .get("mediaType")
        .and_then(serde_json::Value::as_str)
        .filter(|s| !s.is_empty());
    if v.get("schemaVersion").and_then(serde_json::Value::as_i64) == Some(1)
        || matches!(
            field.or(header),
            Some(media::DOCKER_SCHEMA1 | media::DOCKER_SCHEMA1_SIGNED)
        )
    {
        return Err(crate::error::HintedError::wrap(
            anyhow!("the image uses Docker's schema 1 manifest format, which is deprecated and not supported"),
            "push the image again with a current docker, podman or skopeo (they write schema 2 or OCI)".to_string(),
        ));
    }
    let mt = match (field, header) {
        (Some(f), _) => f.to_string(),
        (None, Some(h)) if media::is_index(h) || media::is_manifest(h) => h.to_string(),
        _ if v.get("manifests").is_some() => media::OCI_INDEX.to_string(),
        _ if v.get("config").is_some() => media::OCI_MANIFEST.to_string(),
        _ => bail!("unrecognized manifest type"),
    };
    if !(media::is_index(&mt) || media::is_manifest(&mt)) {
        bail!("unsupported manifest media type {mt:?}");
    }
    Ok(mt)
}

/// A blob download that survives broken connections.
pub struct BlobReader<'r> {
    repo: &'r Repo<'r>,
    digest: Digest,
    size: u64,
    cancel: &'r AtomicBool,
    on_read: &'r (dyn Fn(u64) + Sync),
    inner: Option<Box<dyn Read + Send>>,
    offset: u64,
    resumes: u32,
}

impl BlobReader<'_> {
    pub fn offset(&self) -> u64 {
        self.offset
    }
}

fn io_error(e: &anyhow::Error) -> io::Error {
    io::Error::other(format!("{e:#}"))
}

impl Read for BlobReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.cancel.load(Ordering::Relaxed) {
                return Err(io::Error::new(io::ErrorKind::Interrupted, "cancelled"));
            }
            if self.offset >= self.size {
                // Never more than the manifest promised: a longer blob is a
                // digest mismatch, found when the caller checks it.
                return Ok(0);
            }
            if self.inner.is_none() {
                match self.repo.get_blob_from(&self.digest, self.offset) {
                    Ok(r) => self.inner = Some(r),
                    Err(e) if self.resumes < RESUMES && !is_not_found(&e) => {
                        self.resumes += 1;
                        crate::debug!("blob {}: {e:#}; retrying", self.digest.short());
                        std::thread::sleep(std::time::Duration::from_millis(
                            250 << self.resumes.min(5),
                        ));
                        continue;
                    }
                    Err(e) => return Err(io_error(&e)),
                }
            }
            let want = buf
                .len()
                .min((self.size - self.offset).min(usize::MAX as u64) as usize);
            let Some(inner) = self.inner.as_mut() else {
                continue;
            };
            let result = inner.read(&mut buf[..want]);
            match result {
                Ok(0) | Err(_) if self.resumes < RESUMES => {
                    // Ended before `size` bytes, or broke: resume.
                    let why = match &result {
                        Ok(_) => "connection closed early".to_string(),
                        Err(e) => e.to_string(),
                    };
                    self.resumes += 1;
                    self.inner = None;
                    crate::info!(
                        "blob {}: {why} at byte {} of {}; resuming",
                        self.digest.short(),
                        self.offset,
                        self.size
                    );
                }
                Ok(0) => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        format!(
                            "blob {}: the registry sent {} of {} bytes",
                            self.digest.short(),
                            self.offset,
                            self.size
                        ),
                    ));
                }
                Ok(n) => {
                    self.offset += n as u64;
                    (self.on_read)(n as u64);
                    return Ok(n);
                }
                Err(e) => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        assert_eq!(
            manifest_media_type(br#"{"schemaVersion":2,"config":{}}"#, None).unwrap(),
            media::OCI_MANIFEST
        );
        assert_eq!(
            manifest_media_type(br#"{"schemaVersion":2,"manifests":[]}"#, None).unwrap(),
            media::OCI_INDEX
        );
        assert_eq!(
            manifest_media_type(br#"{"schemaVersion":2}"#, Some(media::DOCKER_LIST)).unwrap(),
            media::DOCKER_LIST
        );
        let e = manifest_media_type(br#"{"schemaVersion":1,"fsLayers":[]}"#, None).unwrap_err();
        assert!(format!("{e:#}").contains("schema 1"));
        assert!(manifest_media_type(b"nope", None).is_err());
        assert!(manifest_media_type(br#"{"mediaType":"application/x-thing"}"#, None).is_err());
    }

    #[test]
    fn query_and_links() {
        assert_eq!(encode_query("sha256:ab"), "sha256%3Aab");
        assert_eq!(
            with_query("http://h/u?x=1", "digest", "a:b"),
            "http://h/u?x=1&digest=a%3Ab"
        );
        assert_eq!(with_query("/u", "d", "v"), "/u?d=v");
    }
}
