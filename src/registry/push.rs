//! `push`: a stored image to a registry.
//!
//! Each layer goes as the blob we keep for it when its compression is what
//! was asked for (or nothing was asked and it is compressed); otherwise it
//! is compressed on the way (gzip or zstd) and sent in chunks, hashing as
//! it goes. Before sending anything we ask the registry: a blob it has
//! (HEAD) is skipped, a blob it has in another repository is mounted. The
//! stored manifest is pushed byte for byte when nothing changed, so digests
//! stay the same; otherwise a manifest of the requested format is written.

use super::blobinfo::{BlobInfo, Compressed};
use super::client::{ClientOptions, Registry, RegistryError, Scope};
use super::conf::RegistriesConf;
use super::progress::Progress;
use super::repo::{MountResult, Repo};
use crate::image::digest::Digest;
use crate::image::layer::{self, Compression};
use crate::image::reference::Reference;
use crate::image::spec::media;
use crate::image::store::{ImageRecord, ImageStore, LayerRef};
use anyhow::{Context, Result, anyhow, bail};
use serde_json::json;
use std::io::Read;
use std::sync::atomic::AtomicBool;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ManifestFormat {
    Oci,
    V2s2,
}

impl ManifestFormat {
    pub fn parse(s: &str) -> Result<ManifestFormat> {
        Ok(match s {
            "oci" => ManifestFormat::Oci,
            "v2s2" | "docker" => ManifestFormat::V2s2,
            "v2s1" => bail!("the Docker schema 1 format (v2s1) is deprecated and not supported"),
            other => bail!("unknown format {other:?}: choose oci or v2s2"),
        })
    }
}

#[derive(Clone, Debug, Default)]
pub struct PushOptions {
    pub client: ClientOptions,
    pub format: Option<ManifestFormat>,
    /// `--compression-format`; `None` keeps compressed layers as they are
    /// and gzips uncompressed ones.
    pub compression: Option<Compression>,
    /// `--force-compression`: recompress layers compressed otherwise.
    pub force_compression: bool,
    pub parallel: usize,
}

pub fn parse_compression(s: &str) -> Result<Compression> {
    Ok(match s {
        "gzip" => Compression::Gzip,
        "zstd" => Compression::Zstd,
        "zstd:chunked" => bail!("zstd:chunked is not supported; use zstd"),
        other => bail!("cannot find compressor for {other:?} (gzip or zstd)"),
    })
}

fn algorithm_name(c: Compression) -> &'static str {
    match c {
        Compression::None => "none",
        Compression::Gzip => "gzip",
        Compression::Zstd => "zstd",
    }
}

/// The compression of a stored layer blob, from its media type (or its
/// first bytes when the type says nothing).
fn stored_compression(store: &ImageStore, l: &LayerRef) -> Result<Compression> {
    if l.media_type.ends_with("+gzip") || l.media_type.ends_with(".gzip") {
        return Ok(Compression::Gzip);
    }
    if l.media_type.ends_with("+zstd") {
        return Ok(Compression::Zstd);
    }
    let mut f = store.open_blob(&l.blob)?;
    let mut head = [0u8; 8];
    let n = f.read(&mut head).context("reading a layer blob")?;
    Compression::detect(&head[..n])
}

fn layer_media_type(format: ManifestFormat, c: Compression) -> Result<&'static str> {
    Ok(match (format, c) {
        (ManifestFormat::Oci, Compression::None) => media::OCI_LAYER,
        (ManifestFormat::Oci, Compression::Gzip) => media::OCI_LAYER_GZIP,
        (ManifestFormat::Oci, Compression::Zstd) => media::OCI_LAYER_ZSTD,
        (ManifestFormat::V2s2, Compression::None) => media::DOCKER_LAYER,
        (ManifestFormat::V2s2, Compression::Gzip) => media::DOCKER_LAYER_GZIP,
        (ManifestFormat::V2s2, Compression::Zstd) => {
            bail!("zstd-compressed layers cannot be pushed in the v2s2 format; use --format oci")
        }
    })
}

/// A layer as it will appear in the pushed manifest.
#[derive(Clone, Debug)]
struct Pushed {
    media_type: String,
    digest: Digest,
    size: u64,
}

pub struct Pusher<'a> {
    store: &'a ImageStore,
    reg: Registry,
    repo_name: String,
    scope: Scope,
    opts: &'a PushOptions,
    progress: &'a Progress,
    info: BlobInfo,
}

impl<'a> Pusher<'a> {
    pub fn new(
        store: &'a ImageStore,
        conf: &RegistriesConf,
        dest: &Reference,
        opts: &'a PushOptions,
        progress: &'a Progress,
    ) -> Result<Pusher<'a>> {
        if dest.domain == "localhost" {
            bail!(
                "{dest}: images named localhost/... are local only; give a registry to push to (skiff push IMAGE REGISTRY/NAME[:TAG])"
            );
        }
        conf.check_not_blocked(dest)?;
        let reg = Registry::new(&dest.domain, conf.is_insecure(&dest.domain), &opts.client);
        Ok(Pusher {
            store,
            reg,
            repo_name: dest.path.clone(),
            scope: Scope::push(&dest.path),
            opts,
            progress,
            info: BlobInfo::new(&store.paths.root),
        })
    }

    fn scope(&self) -> Scope {
        self.scope.clone()
    }

    fn repo(&self) -> Repo<'_> {
        Repo::new(&self.reg, &self.repo_name)
    }

    /// Push `img` as `dest` (a tag or a digest); returns the manifest digest.
    pub fn push(&self, img: &ImageRecord, dest: &Reference) -> Result<Digest> {
        let stored_manifest = self.store.read_blob(&img.manifest)?;
        let config = self.store.read_blob(&img.id)?;
        // As stored, unless zstd was asked for: only OCI can carry it.
        let format = self.opts.format.unwrap_or(
            if img.manifest_media_type == media::DOCKER_MANIFEST
                && self.opts.compression != Some(Compression::Zstd)
            {
                ManifestFormat::V2s2
            } else {
                ManifestFormat::Oci
            },
        );
        self.progress.message("Getting image source signatures");
        let layers = self.push_layers(img, format)?;
        // The config.
        let cfg_item = self
            .progress
            .item("config", &img.id, config.len() as u64, "Pushing");
        let repo = self.repo();
        let scope = self.scope();
        if repo.blob_exists(&img.id, &scope)?.is_none() {
            let loc = repo.start_upload(&scope)?;
            repo.upload_monolithic(&loc, &img.id, config.len() as u64, &mut &config[..], &scope)?;
        }
        cfg_item.finish("done", config.len() as u64);
        // The manifest: the stored bytes when nothing changed.
        let unchanged = layers
            .iter()
            .zip(&img.layers)
            .all(|(p, l)| p.digest == l.blob && p.media_type == l.media_type)
            && layers.len() == img.layers.len();
        let stored_format_matches = match format {
            ManifestFormat::Oci => img.manifest_media_type == media::OCI_MANIFEST,
            ManifestFormat::V2s2 => img.manifest_media_type == media::DOCKER_MANIFEST,
        };
        let (bytes, mt) = if unchanged && stored_format_matches {
            (stored_manifest, img.manifest_media_type.clone())
        } else {
            let annotations = serde_json::from_slice::<serde_json::Value>(&stored_manifest)
                .ok()
                .and_then(|v| v.get("annotations").cloned())
                .filter(|_| format == ManifestFormat::Oci);
            build_manifest(format, &img.id, config.len() as u64, &layers, annotations)?
        };
        self.progress
            .message("Writing manifest to image destination");
        let reference = match (&dest.tag, &dest.digest) {
            (Some(t), _) => t.clone(),
            (None, Some(d)) => d.to_string(),
            (None, None) => "latest".to_string(),
        };
        let digest = Digest::of(&bytes);
        if let Some(d) = &dest.digest
            && *d != digest
        {
            bail!("cannot push to {dest}: the manifest's digest is {digest}");
        }
        repo.put_manifest(&reference, &bytes, &mt, &scope)?;
        let blobs: Vec<&Digest> = layers.iter().map(|l| &l.digest).chain([&img.id]).collect();
        if let Err(e) = self
            .info
            .record_locations(blobs, &self.reg.host, &self.repo_name)
        {
            crate::debug!("blob-info cache: {e:#}");
        }
        Ok(digest)
    }

    fn push_layers(&self, img: &ImageRecord, format: ManifestFormat) -> Result<Vec<Pushed>> {
        let cancel = AtomicBool::new(false);
        crate::util::parallel::map(&img.layers, self.opts.parallel, &cancel, |l| {
            self.push_layer(img, l, format)
        })
    }

    fn push_layer(
        &self,
        img: &ImageRecord,
        l: &LayerRef,
        format: ManifestFormat,
    ) -> Result<Pushed> {
        let stored = stored_compression(self.store, l)?;
        let target = match (self.opts.compression, stored) {
            (Some(c), s) if c == s => s,
            (Some(c), Compression::None) => c,
            (Some(c), _) if self.opts.force_compression => c,
            (Some(c), s) => {
                // podman keeps compressed layers as they are unless told
                // to force; a format that cannot carry them is the
                // exception.
                if format == ManifestFormat::V2s2 && s == Compression::Zstd {
                    c
                } else {
                    s
                }
            }
            (None, Compression::None) => Compression::Gzip,
            (None, Compression::Zstd) if format == ManifestFormat::V2s2 => Compression::Gzip,
            (None, s) => s,
        };
        let media_type = layer_media_type(format, target)?.to_string();
        let repo = self.repo();
        if target == stored {
            let item = self.progress.item("blob", &l.blob, l.blob_size, "Pushing");
            let how = self.send_stored(&repo, img, &l.blob, &item)?;
            item.finish(&how, l.blob_size);
            let size = std::fs::metadata(self.store.blob_path(&l.blob))
                .map(|m| m.len())
                .context("reading a layer blob")?;
            return Ok(Pushed {
                media_type,
                digest: l.blob.clone(),
                size,
            });
        }
        // Compress on the way. If we did this before, the registry may
        // have the result already.
        let alg = algorithm_name(target);
        if let Some(c) = self.info.compressed(&l.blob, alg)
            && let Some(how) = self.reuse(&repo, &c.digest)?
        {
            self.progress
                .item("blob", &c.digest, c.size, "Pushing")
                .finish(&how, c.size);
            return Ok(Pushed {
                media_type,
                digest: c.digest,
                size: c.size,
            });
        }
        let item = self
            .progress
            .item("blob", &l.blob, l.blob_size, "Compressing");
        let scope = self.scope();
        let (digest, size) = {
            let file = self.store.open_blob(&l.blob)?;
            let plain = layer::decompress(file)?;
            let mut compressed: Box<dyn Read> = match target {
                Compression::Gzip => Box::new(flate2::read::GzEncoder::new(
                    plain,
                    flate2::Compression::new(6),
                )),
                Compression::Zstd => {
                    Box::new(zstd::stream::read::Encoder::new(plain, 3).context("starting zstd")?)
                }
                Compression::None => plain,
            };
            let loc = repo.start_upload(&scope)?;
            let on_write = |n: u64| item.inc(n);
            repo.upload_chunked(loc, &mut compressed, &scope, &on_write)
                .with_context(|| format!("uploading layer {}", l.diff_id))?
        };
        item.finish("done", size);
        if let Err(e) = self.info.record_compressed(
            &l.blob,
            alg,
            Compressed {
                digest: digest.clone(),
                size,
            },
        ) {
            crate::debug!("blob-info cache: {e:#}");
        }
        Ok(Pushed {
            media_type,
            digest,
            size,
        })
    }

    /// Skip or mount a blob the registry can get without an upload:
    /// `Some(status)` if so.
    fn reuse(&self, repo: &Repo<'_>, digest: &Digest) -> Result<Option<String>> {
        let scope = self.scope();
        if repo.blob_exists(digest, &scope)?.is_some() {
            return Ok(Some("skipped: already exists".into()));
        }
        for from in self.info.locations(digest, &self.reg.host) {
            if from == self.repo_name {
                continue;
            }
            let scope = scope.clone().and_pull(&from);
            match repo.mount_blob(digest, &from, &scope) {
                Ok(MountResult::Mounted) => {
                    return Ok(Some(format!("mounted from {from}")));
                }
                Ok(MountResult::Upload(_)) => {
                    // Not mounted; the upload it opened times out unused.
                }
                Err(e) => crate::debug!("mounting {digest} from {from}: {e:#}"),
            }
        }
        Ok(None)
    }

    /// Send a stored blob unless the registry can reuse one; returns how.
    fn send_stored(
        &self,
        repo: &Repo<'_>,
        img: &ImageRecord,
        digest: &Digest,
        item: &super::progress::Item<'_>,
    ) -> Result<String> {
        // The image's own repository digests on this registry are mount
        // sources too.
        let prefix = format!("{}/", self.reg.host);
        let own: Vec<String> = img
            .digests
            .iter()
            .filter_map(|d| d.split('@').next())
            .filter_map(|r| r.strip_prefix(&prefix))
            .map(str::to_string)
            .collect();
        if !own.is_empty() {
            let _ = self
                .info
                .record_locations([digest], &self.reg.host, &own[0]);
        }
        if let Some(how) = self.reuse(repo, digest)? {
            return Ok(how);
        }
        let scope = self.scope();
        let mut last = None;
        for attempt in 0..3 {
            let result = (|| -> Result<()> {
                let mut f = self.store.open_blob(digest)?;
                let size = f.metadata().context("reading a blob")?.len();
                let loc = repo.start_upload(&scope)?;
                let mut counting = Counting {
                    inner: &mut f,
                    on_read: &|n| item.inc(n),
                };
                repo.upload_monolithic(&loc, digest, size, &mut counting, &scope)
            })();
            match result {
                Ok(()) => return Ok("done".into()),
                Err(e) => {
                    // A 401 may be an expired token (dropped by the client,
                    // so the next attempt gets a new one); other 4xx stay.
                    let client_error = e.chain().any(|c| {
                        c.downcast_ref::<RegistryError>().is_some_and(|r| {
                            (400..500).contains(&r.status) && !(r.status == 401 && attempt == 0)
                        })
                    });
                    if client_error || attempt == 2 {
                        return Err(e.context(format!("uploading blob {digest}")));
                    }
                    crate::debug!("uploading {digest}: {e:#}; retrying");
                    std::thread::sleep(std::time::Duration::from_millis(500 << attempt));
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or_else(|| anyhow!("upload failed")))
    }
}

struct Counting<'a, R: Read> {
    inner: &'a mut R,
    on_read: &'a dyn Fn(u64),
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.on_read)(n as u64);
        Ok(n)
    }
}

fn build_manifest(
    format: ManifestFormat,
    config: &Digest,
    config_size: u64,
    layers: &[Pushed],
    annotations: Option<serde_json::Value>,
) -> Result<(Vec<u8>, String)> {
    let (mt, cmt) = match format {
        ManifestFormat::Oci => (media::OCI_MANIFEST, media::OCI_CONFIG),
        ManifestFormat::V2s2 => (media::DOCKER_MANIFEST, media::DOCKER_CONFIG),
    };
    let mut m = json!({
        "schemaVersion": 2,
        "mediaType": mt,
        "config": {"mediaType": cmt, "digest": config, "size": config_size},
        "layers": layers.iter().map(|l| json!({
            "mediaType": l.media_type,
            "digest": l.digest,
            "size": l.size,
        })).collect::<Vec<_>>(),
    });
    if let Some(a) = annotations {
        m["annotations"] = a;
    }
    Ok((
        serde_json::to_vec(&m).context("encoding the manifest")?,
        mt.to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_compressions_parse() {
        assert_eq!(
            ManifestFormat::parse("docker").unwrap(),
            ManifestFormat::V2s2
        );
        assert!(ManifestFormat::parse("v2s1").is_err());
        assert!(parse_compression("bogus").is_err());
        assert!(layer_media_type(ManifestFormat::V2s2, Compression::Zstd).is_err());
        let (b, mt) = build_manifest(
            ManifestFormat::V2s2,
            &Digest::of(b"c"),
            1,
            &[Pushed {
                media_type: media::DOCKER_LAYER_GZIP.into(),
                digest: Digest::of(b"l"),
                size: 2,
            }],
            None,
        )
        .unwrap();
        assert_eq!(mt, media::DOCKER_MANIFEST);
        let m = crate::image::archive::parse_manifest(&b).unwrap();
        assert_eq!(m.layers[0].size, 2);
        assert_eq!(m.config.media_type, media::DOCKER_CONFIG);
    }
}
