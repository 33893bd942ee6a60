//! Image archives: `docker save` format (docker-archive) and OCI image
//! layouts (a directory or a tar of one), in and out.
//!
//! Loading streams the outer archive once: every file goes into the
//! staging area as a blob (hashed as it is written), small ones are also
//! kept in memory for parsing. Then the manifests are read, each layer blob
//! is unpacked (unless its chain ID is stored already) and checked against
//! the config's diff IDs, and everything is committed in one step.

use super::digest::{Digest, is_hex64};
use super::layer::Compression;
use super::reference::Reference;
use super::spec::{Descriptor, ImageConfig, Index, Manifest, chain_ids, host_platform, media};
use super::store::{CommitOutcome, ImageRecord, ImageStore, LayerRef, Staging};
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Files up to this size are also kept in memory while loading: manifests,
/// configs, index files.
const SMALL_FILE: u64 = 4 << 20;

pub const ANNOTATION_REF_NAME: &str = "org.opencontainers.image.ref.name";
pub const ANNOTATION_CONTAINERD_NAME: &str = "io.containerd.image.name";

/// One entry of a docker-archive's manifest.json.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerManifestEntry {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    #[serde(default)]
    layers: Vec<String>,
}

/// What was read from the outer archive.
#[derive(Default)]
struct Files {
    /// Archive path → digest of its content (staged as a blob).
    by_path: HashMap<String, Digest>,
    /// Content of small files by digest.
    small: HashMap<Digest, Vec<u8>>,
    /// Archive path → path it links to (symlinks and hard links).
    links: HashMap<String, String>,
}

impl Files {
    fn resolve<'a>(&'a self, path: &'a str) -> &'a str {
        let mut p = path;
        for _ in 0..16 {
            match self.links.get(p) {
                Some(t) => p = t,
                None => break,
            }
        }
        p
    }

    fn digest_of(&self, path: &str) -> Result<&Digest> {
        let p = normalize(path);
        self.by_path
            .get(self.resolve(&p))
            .ok_or_else(|| anyhow!("archive lacks {path:?}"))
    }

    fn bytes_by_digest(&self, d: &Digest) -> Result<&[u8]> {
        self.small
            .get(d)
            .map(Vec::as_slice)
            .ok_or_else(|| anyhow!("archive lacks blob {d}, or it is corrupt"))
    }
}

fn normalize(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.join("/")
}

/// An image found in an archive, ready to be committed.
struct Found {
    record: ImageRecord,
    /// (chain, parent, blob digest, diff id) of each layer.
    layers: Vec<(Digest, Option<Digest>, Digest, Digest)>,
}

/// Load every image of an archive (a tar stream, possibly compressed) or
/// of an OCI layout directory.
pub fn load(store: &ImageStore, source: LoadSource) -> Result<Vec<ImageRecord>> {
    let started = std::time::Instant::now();
    let mut staging = store.stage("load")?;
    let files = match source {
        LoadSource::Reader(r) => read_tar(&mut staging, r)?,
        LoadSource::Dir(d) => read_dir(&mut staging, &d)?,
    };
    crate::debug!("load: archive staged in {:?}", started.elapsed());
    let found = if files.by_path.contains_key("manifest.json") {
        docker_images(&files)?
    } else if files.by_path.contains_key("index.json") {
        oci_images(&files)?
    } else {
        bail!(
            "unrecognized archive: it has neither manifest.json (docker-archive) nor index.json (OCI layout)"
        );
    };
    if found.is_empty() {
        bail!("the archive contains no images");
    }
    let mut found = found;
    for f in &mut found {
        if f.record.manifest_media_type.is_empty() {
            let size = files.bytes_by_digest(&f.record.id)?.len() as u64;
            staging.synthesize_manifest(&mut f.record, size)?;
        }
    }
    commit_found(store, &mut staging, found)
}

/// Unpack what is needed and commit; retry for layers that a concurrent
/// garbage collection removed in between.
fn commit_found(
    store: &ImageStore,
    staging: &mut Staging,
    mut found: Vec<Found>,
) -> Result<Vec<ImageRecord>> {
    let opts = store.unpack_options();
    let mut force: Vec<Digest> = Vec::new();
    for _attempt in 0..5 {
        for f in &mut found {
            let mut size = 0;
            for (chain, parent, blob, diff_id) in &f.layers {
                let must = force.contains(chain);
                if must || (!store.has_layer(chain) && !staging.has_layer(chain)) {
                    if staging.has_layer(chain) {
                        // Staged already in this run.
                    } else {
                        let path = staging
                            .blob_path(blob)
                            .ok_or_else(|| {
                                anyhow!("layer blob {blob} is missing from the archive")
                            })?
                            .to_path_buf();
                        let file = std::fs::File::open(&path)
                            .with_context(|| format!("opening {}", path.display()))?;
                        let t = std::time::Instant::now();
                        staging
                            .unpack_layer(chain, parent.as_ref(), file, diff_id, &opts)
                            .with_context(|| format!("layer {}", diff_id.short()))?;
                        crate::debug!(
                            "load: layer {} unpacked in {:?}",
                            diff_id.short(),
                            t.elapsed()
                        );
                    }
                }
                size += layer_size(store, staging, chain)?;
            }
            f.record.size = size;
        }
        match store.commit(staging, found.iter().map(|f| f.record.clone()).collect())? {
            CommitOutcome::Committed(recs) => return Ok(recs),
            CommitOutcome::MissingLayers(m) => force = m,
        }
    }
    bail!("could not commit the images: layers kept disappearing (concurrent removals)")
}

fn layer_size(store: &ImageStore, staging: &Staging, chain: &Digest) -> Result<u64> {
    if let Some(r) = staging.layer_record(chain) {
        return Ok(r.tar_size);
    }
    Ok(store.layer_record(chain)?.map_or(0, |r| r.tar_size))
}

pub enum LoadSource<'a> {
    Reader(Box<dyn Read + 'a>),
    Dir(PathBuf),
}

fn read_tar(staging: &mut Staging, r: Box<dyn Read + '_>) -> Result<Files> {
    let plain = super::layer::decompress(r).context("reading archive")?;
    let mut archive = tar::Archive::new(plain);
    let mut files = Files::default();
    for entry in archive.entries().context("reading archive")? {
        let mut entry = entry.context("reading archive: invalid tar header")?;
        let path = normalize(&String::from_utf8_lossy(&entry.path_bytes()));
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                stage_file(staging, &mut files, path, entry.size(), &mut entry)?;
            }
            tar::EntryType::Symlink => {
                if let Some(t) = entry.link_name_bytes() {
                    let t = String::from_utf8_lossy(&t).into_owned();
                    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
                    let target = if t.starts_with('/') {
                        normalize(&t)
                    } else {
                        normalize(&format!("{dir}/{t}"))
                    };
                    files.links.insert(path, target);
                }
            }
            tar::EntryType::Link => {
                if let Some(t) = entry.link_name_bytes() {
                    files
                        .links
                        .insert(path, normalize(&String::from_utf8_lossy(&t)));
                }
            }
            _ => {}
        }
    }
    Ok(files)
}

fn stage_file(
    staging: &mut Staging,
    files: &mut Files,
    path: String,
    size: u64,
    r: &mut dyn Read,
) -> Result<()> {
    let d = if size <= SMALL_FILE {
        let mut buf = Vec::with_capacity(size as usize);
        r.read_to_end(&mut buf)
            .with_context(|| format!("reading {path} from archive"))?;
        let d = staging.put_blob_bytes(&buf)?;
        files.small.insert(d.clone(), buf);
        d
    } else {
        staging
            .put_blob(&mut *r, None)
            .with_context(|| format!("reading {path} from archive"))?
            .0
    };
    files.by_path.insert(path, d);
    Ok(())
}

fn read_dir(staging: &mut Staging, dir: &Path) -> Result<Files> {
    let mut files = Files::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let e = e?;
            let p = e.path();
            let ft = e.file_type()?;
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() {
                let rel = p
                    .strip_prefix(dir)
                    .map_err(|_| anyhow!("bad path {}", p.display()))?
                    .to_string_lossy()
                    .into_owned();
                let mut f =
                    std::fs::File::open(&p).with_context(|| format!("opening {}", p.display()))?;
                let size = f.metadata()?.len();
                stage_file(staging, &mut files, rel, size, &mut f)?;
            }
        }
    }
    Ok(files)
}

/// A file named after a digest (`<hex>.json`, `blobs/sha256/<hex>`) must
/// have that digest.
fn check_named_digest(path: &str, d: &Digest) -> Result<()> {
    let base = path.rsplit('/').next().unwrap_or(path);
    let stem = base
        .strip_suffix(".json")
        .or_else(|| base.strip_suffix(".tar"))
        .unwrap_or(base);
    if is_hex64(stem) && stem != d.hex() {
        bail!(
            "{path} in the archive does not match its digest (content is {d}): the archive is corrupt or was tampered with"
        );
    }
    Ok(())
}

fn docker_images(files: &Files) -> Result<Vec<Found>> {
    let md = files.digest_of("manifest.json")?;
    let entries: Vec<DockerManifestEntry> = serde_json::from_slice(files.bytes_by_digest(md)?)
        .context("invalid manifest.json in archive")?;
    let mut out = Vec::new();
    for e in entries {
        let config_path = normalize(&e.config);
        let config_digest = files.digest_of(&config_path)?.clone();
        check_named_digest(files.resolve(&config_path), &config_digest)?;
        let config_bytes = files.bytes_by_digest(&config_digest)?;
        let config = ImageConfig::parse(config_bytes)?;
        if config.rootfs.diff_ids.len() != e.layers.len() {
            bail!(
                "image {}: config lists {} layers but the archive has {}",
                config_digest.short(),
                config.rootfs.diff_ids.len(),
                e.layers.len()
            );
        }
        let mut layer_blobs = Vec::new();
        for l in &e.layers {
            let p = normalize(l);
            let d = files.digest_of(&p)?.clone();
            check_named_digest(files.resolve(&p), &d)?;
            layer_blobs.push(d);
        }
        let names = e
            .repo_tags
            .unwrap_or_default()
            .iter()
            // podman: a name without a registry is a local one.
            .filter_map(|t| match Reference::parse_local(t) {
                Ok(r) => Some(r.with_default_tag().to_string()),
                Err(err) => {
                    crate::warn!("ignoring tag {t:?} in archive: {err:#}");
                    None
                }
            })
            .collect();
        out.push(found_image(
            config_digest,
            &config,
            &layer_blobs,
            names,
            None,
        ));
    }
    Ok(out)
}

/// Build the record for an image whose config and layer blobs are staged.
/// Without a manifest from the archive, an OCI manifest is made.
fn found_image(
    config_digest: Digest,
    config: &ImageConfig,
    layer_blobs: &[Digest],
    names: Vec<String>,
    manifest: Option<(Digest, String, Manifest)>,
) -> Found {
    let chains = chain_ids(&config.rootfs.diff_ids);
    let mut layers = Vec::new();
    let mut refs = Vec::new();
    for (i, blob) in layer_blobs.iter().enumerate() {
        let (media_type, size) = match &manifest {
            Some((_, _, m)) => (
                m.layers[i].media_type.clone(),
                m.layers[i].size.max(0) as u64,
            ),
            None => (String::new(), 0),
        };
        refs.push(LayerRef {
            chain_id: chains[i].clone(),
            diff_id: config.rootfs.diff_ids[i].clone(),
            blob: blob.clone(),
            media_type,
            blob_size: size,
        });
        layers.push((
            chains[i].clone(),
            i.checked_sub(1).map(|p| chains[p].clone()),
            blob.clone(),
            config.rootfs.diff_ids[i].clone(),
        ));
    }
    let (manifest_digest, manifest_media_type) = match manifest {
        Some((d, mt, _)) => (d, mt),
        // Filled in by `synthesize_manifests` once blob sizes are known.
        None => (Digest::of(b""), String::new()),
    };
    Found {
        record: ImageRecord::new(
            config_digest,
            names,
            (manifest_digest, manifest_media_type),
            refs,
            config.created.clone(),
        ),
        layers,
    }
}

fn oci_images(files: &Files) -> Result<Vec<Found>> {
    let index_digest = files.digest_of("index.json")?;
    let index: Index = serde_json::from_slice(files.bytes_by_digest(index_digest)?)
        .context("invalid index.json in archive")?;
    let mut out = Vec::new();
    for desc in &index.manifests {
        let name = image_name_from_annotations(desc.annotations.as_ref());
        let manifest_desc = if media::is_index(&desc.media_type) {
            let nested: Index = serde_json::from_slice(files.bytes_by_digest(&desc.digest)?)
                .with_context(|| format!("invalid image index {}", desc.digest))?;
            choose_platform(&nested.manifests)?.clone()
        } else {
            desc.clone()
        };
        let mbytes = files.bytes_by_digest(&manifest_desc.digest)?;
        let manifest = parse_manifest(mbytes)?;
        let config_bytes = files.bytes_by_digest(&manifest.config.digest)?;
        let config = ImageConfig::parse(config_bytes)?;
        if config.rootfs.diff_ids.len() != manifest.layers.len() {
            bail!(
                "image {}: config lists {} layers but the manifest has {}",
                manifest.config.digest.short(),
                config.rootfs.diff_ids.len(),
                manifest.layers.len()
            );
        }
        let blobs: Vec<Digest> = manifest.layers.iter().map(|l| l.digest.clone()).collect();
        let mt = manifest
            .media_type
            .clone()
            .unwrap_or_else(|| media::OCI_MANIFEST.to_string());
        out.push(found_image(
            manifest.config.digest.clone(),
            &config,
            &blobs,
            name.into_iter().collect(),
            Some((manifest_desc.digest.clone(), mt, manifest)),
        ));
    }
    Ok(out)
}

/// Parse a manifest, refusing what we cannot run.
pub fn parse_manifest(data: &[u8]) -> Result<Manifest> {
    let v: serde_json::Value = serde_json::from_slice(data).context("invalid manifest JSON")?;
    let mt = v.get("mediaType").and_then(|m| m.as_str()).unwrap_or("");
    if v.get("schemaVersion").and_then(serde_json::Value::as_i64) == Some(1)
        || mt == media::DOCKER_SCHEMA1
        || mt == media::DOCKER_SCHEMA1_SIGNED
    {
        bail!(
            "image manifest schema 1 is not supported (deprecated by docker since 2017); rebuild or re-push the image"
        );
    }
    if media::is_index(mt) {
        bail!("expected an image manifest, got an index");
    }
    serde_json::from_value(v).context("invalid image manifest")
}

/// The name an OCI layout gives an image: containerd's full-name annotation,
/// else `ref.name` when it is a full reference (not just a tag).
pub fn image_name_from_annotations(a: Option<&BTreeMap<String, String>>) -> Option<String> {
    let a = a?;
    if let Some(n) = a.get(ANNOTATION_CONTAINERD_NAME)
        && let Ok(r) = Reference::parse(n)
    {
        return Some(r.with_default_tag().to_string());
    }
    let n = a.get(ANNOTATION_REF_NAME)?;
    if !n.contains('/') && !n.contains(':') {
        return None;
    }
    Reference::parse(n)
        .ok()
        .filter(|r| r.digest.is_none())
        .map(|r| r.with_default_tag().to_string())
}

/// Pick the manifest for the host (or `want`) from an index.
pub fn choose_platform(manifests: &[Descriptor]) -> Result<&Descriptor> {
    choose_platform_for(manifests, &host_platform())
}

pub fn choose_platform_for<'a>(
    manifests: &'a [Descriptor],
    want: &super::spec::Platform,
) -> Result<&'a Descriptor> {
    let matches = |d: &&Descriptor, strict_variant: bool| {
        d.platform.as_ref().is_some_and(|p| {
            p.os == want.os
                && p.architecture == want.architecture
                && (!strict_variant || want.variant.is_none() || p.variant == want.variant)
        })
    };
    manifests
        .iter()
        .find(|d| matches(d, true))
        .or_else(|| manifests.iter().find(|d| matches(d, false)))
        .ok_or_else(|| {
            let have: Vec<String> = manifests
                .iter()
                .filter_map(|d| d.platform.as_ref())
                .map(|p| match &p.variant {
                    Some(v) => format!("{}/{}/{v}", p.os, p.architecture),
                    None => format!("{}/{}", p.os, p.architecture),
                })
                .collect();
            anyhow!(
                "no image for platform {}/{} (available: {})",
                want.os,
                want.architecture,
                have.join(", ")
            )
        })
}

impl Staging {
    /// Fill in manifests for images that came without one (docker-archive):
    /// an OCI manifest with the layer blobs as stored.
    pub fn synthesize_manifest(&mut self, rec: &mut ImageRecord, config_size: u64) -> Result<()> {
        let mut layers = Vec::new();
        for l in &mut rec.layers {
            let Some(path) = self.blob_path(&l.blob).map(Path::to_path_buf) else {
                // A layer already in the store (commit's base image): as
                // recorded there.
                if l.media_type.is_empty() || l.blob_size == 0 {
                    bail!("layer blob {} missing", l.blob);
                }
                layers.push(Descriptor {
                    media_type: l.media_type.clone(),
                    digest: l.blob.clone(),
                    size: l.blob_size as i64,
                    urls: None,
                    annotations: None,
                    platform: None,
                });
                continue;
            };
            let mut f = std::fs::File::open(&path)?;
            let size = f.metadata()?.len();
            let mut head = [0u8; 8];
            let n = f.read(&mut head)?;
            l.media_type = match Compression::detect(&head[..n])? {
                Compression::None => media::OCI_LAYER,
                Compression::Gzip => media::OCI_LAYER_GZIP,
                Compression::Zstd => media::OCI_LAYER_ZSTD,
            }
            .to_string();
            l.blob_size = size;
            layers.push(Descriptor {
                media_type: l.media_type.clone(),
                digest: l.blob.clone(),
                size: size as i64,
                urls: None,
                annotations: None,
                platform: None,
            });
        }
        let m = Manifest {
            schema_version: 2,
            media_type: Some(media::OCI_MANIFEST.into()),
            config: Descriptor {
                media_type: media::OCI_CONFIG.into(),
                digest: rec.id.clone(),
                size: config_size as i64,
                urls: None,
                annotations: None,
                platform: None,
            },
            layers,
            annotations: None,
        };
        let bytes = serde_json::to_vec(&m)?;
        rec.manifest = self.put_blob_bytes(&bytes)?;
        rec.manifest_media_type = media::OCI_MANIFEST.into();
        Ok(())
    }
}

/// Output formats of `save`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
    /// An OCI archive whose layers are plain tars (`save --uncompressed`).
    OciArchiveUncompressed,
}

impl SaveFormat {
    pub fn parse(s: &str) -> Result<SaveFormat> {
        match s {
            "docker-archive" => Ok(SaveFormat::DockerArchive),
            "oci-archive" => Ok(SaveFormat::OciArchive),
            other => {
                bail!("unsupported save format {other:?} (supported: docker-archive, oci-archive)")
            }
        }
    }
}

/// An image to save, and the names to record for it in the archive.
pub struct SaveItem {
    pub image: ImageRecord,
    pub names: Vec<String>,
}

/// Write images as one archive.
pub fn save(
    store: &ImageStore,
    items: &[SaveItem],
    format: SaveFormat,
    out: impl Write,
) -> Result<()> {
    let mut tar = tar::Builder::new(out);
    tar.mode(tar::HeaderMode::Deterministic);
    match format {
        SaveFormat::DockerArchive => save_docker(store, items, &mut tar)?,
        SaveFormat::OciArchive => save_oci(store, items, &mut tar, false)?,
        SaveFormat::OciArchiveUncompressed => save_oci(store, items, &mut tar, true)?,
    }
    tar.into_inner()
        .context("writing archive")?
        .flush()
        .context("writing archive")?;
    Ok(())
}

fn append_bytes<W: Write>(tar: &mut tar::Builder<W>, path: &str, data: &[u8]) -> Result<()> {
    let mut h = file_header(data.len() as u64);
    tar.append_data(&mut h, path, data)
        .with_context(|| format!("writing {path} to archive"))
}

fn file_header(size: u64) -> tar::Header {
    let mut h = tar::Header::new_ustar();
    h.set_size(size);
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Regular);
    h
}

fn save_docker<W: Write>(
    store: &ImageStore,
    items: &[SaveItem],
    tar: &mut tar::Builder<W>,
) -> Result<()> {
    let mut written = std::collections::HashSet::new();
    let mut manifest = Vec::new();
    let mut repositories: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for item in items {
        let img = &item.image;
        let config_name = format!("{}.json", img.id.hex());
        if written.insert(config_name.clone()) {
            append_bytes(tar, &config_name, &store.read_blob(&img.id)?)?;
        }
        let mut layer_names = Vec::new();
        for l in &img.layers {
            let name = format!("{}.tar", l.diff_id.hex());
            if written.insert(name.clone()) {
                write_uncompressed_layer(store, l, &name, tar)?;
            }
            layer_names.push(name);
        }
        // Full names, as podman writes them (a short one would load as
        // localhost/NAME); docker reads them too.
        let tags: Vec<String> = item.names.clone();
        for n in &item.names {
            let (repo, tag) = super::reference::split_tagged(n);
            if let Some(top) = img.layers.last() {
                repositories
                    .entry(repo.to_string())
                    .or_default()
                    .insert(tag.to_string(), top.diff_id.hex().to_string());
            }
        }
        manifest.push(DockerManifestEntry {
            config: config_name,
            repo_tags: if tags.is_empty() { None } else { Some(tags) },
            layers: layer_names,
        });
    }
    append_bytes(tar, "manifest.json", &serde_json::to_vec(&manifest)?)?;
    if !repositories.is_empty() {
        append_bytes(tar, "repositories", &serde_json::to_vec(&repositories)?)?;
    }
    Ok(())
}

/// Write a layer as an uncompressed tar whose digest is its diff ID,
/// decompressing the stored blob if it is compressed.
fn write_uncompressed_layer<W: Write>(
    store: &ImageStore,
    l: &LayerRef,
    name: &str,
    tar: &mut tar::Builder<W>,
) -> Result<()> {
    let blob = store.open_blob(&l.blob)?;
    if l.blob == l.diff_id {
        let size = blob.metadata()?.len();
        let mut h = file_header(size);
        return tar
            .append_data(&mut h, name, blob)
            .with_context(|| format!("writing layer {}", l.diff_id.short()));
    }
    let size = store
        .layer_record(&l.chain_id)?
        .map(|r| r.tar_size)
        .ok_or_else(|| anyhow!("layer {} is not in the store", l.chain_id.short()))?;
    let plain = super::layer::decompress(blob)?;
    let mut hashing = super::digest::HashingReader::new(plain.take(size));
    let mut h = file_header(size);
    tar.append_data(&mut h, name, &mut hashing)
        .with_context(|| format!("writing layer {}", l.diff_id.short()))?;
    let (d, n) = hashing.finish()?;
    if n != size || d != l.diff_id {
        bail!(
            "stored layer {} does not match its diff ID",
            l.diff_id.short()
        );
    }
    Ok(())
}

fn save_oci<W: Write>(
    store: &ImageStore,
    items: &[SaveItem],
    tar: &mut tar::Builder<W>,
    uncompressed: bool,
) -> Result<()> {
    append_bytes(tar, "oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#)?;
    let mut written = std::collections::HashSet::new();
    let mut manifests = Vec::new();
    let blob = |tar: &mut tar::Builder<W>,
                written: &mut std::collections::HashSet<Digest>,
                d: &Digest|
     -> Result<()> {
        if written.insert(d.clone()) {
            let f = store.open_blob(d)?;
            let size = f.metadata()?.len();
            let mut h = file_header(size);
            tar.append_data(&mut h, format!("blobs/sha256/{}", d.hex()), f)
                .with_context(|| format!("writing blob {d}"))?;
        }
        Ok(())
    };
    let mut plain_written = std::collections::HashSet::new();
    for item in items {
        let img = &item.image;
        let stored = store.read_blob(&img.manifest)?;
        blob(tar, &mut written, &img.id)?;
        let (manifest_digest, mbytes, media_type) =
            if uncompressed && img.layers.iter().any(|l| l.blob != l.diff_id) {
                // Plain tar layers need their own manifest: the layers' digests
                // are then their diff IDs.
                let mut layers = Vec::new();
                for l in &img.layers {
                    let name = format!("blobs/sha256/{}", l.diff_id.hex());
                    if plain_written.insert(name.clone()) && !written.contains(&l.diff_id) {
                        write_uncompressed_layer(store, l, &name, tar)?;
                    }
                    let size = store.layer_record(&l.chain_id)?.map_or(0, |r| r.tar_size);
                    layers.push(serde_json::json!({
                        "mediaType": media::OCI_LAYER,
                        "digest": l.diff_id.to_string(),
                        "size": size,
                    }));
                }
                let config_size = store.read_blob(&img.id)?.len();
                let m = serde_json::json!({
                    "schemaVersion": 2,
                    "mediaType": media::OCI_MANIFEST,
                    "config": {
                        "mediaType": media::OCI_CONFIG,
                        "digest": img.id.to_string(),
                        "size": config_size,
                    },
                    "layers": layers,
                });
                let bytes = serde_json::to_vec(&m)?;
                let d = Digest::of(&bytes);
                if written.insert(d.clone()) {
                    append_bytes(tar, &format!("blobs/sha256/{}", d.hex()), &bytes)?;
                }
                (d, bytes, media::OCI_MANIFEST.to_string())
            } else {
                blob(tar, &mut written, &img.manifest)?;
                for l in &img.layers {
                    blob(tar, &mut written, &l.blob)?;
                }
                (
                    img.manifest.clone(),
                    stored,
                    img.manifest_media_type.clone(),
                )
            };
        let names: Vec<Option<&String>> = if item.names.is_empty() {
            vec![None]
        } else {
            item.names.iter().map(Some).collect()
        };
        for n in names {
            let annotations = n.map(|n| {
                BTreeMap::from([
                    (ANNOTATION_REF_NAME.to_string(), n.clone()),
                    (ANNOTATION_CONTAINERD_NAME.to_string(), n.clone()),
                ])
            });
            manifests.push(Descriptor {
                media_type: media_type.clone(),
                digest: manifest_digest.clone(),
                size: mbytes.len() as i64,
                urls: None,
                annotations,
                platform: None,
            });
        }
    }
    let index = Index {
        schema_version: 2,
        media_type: Some(media::OCI_INDEX.into()),
        manifests,
        annotations: None,
    };
    append_bytes(tar, "index.json", &serde_json::to_vec(&index)?)
}
