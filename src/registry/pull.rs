//! `pull`: from a name to a stored image.
//!
//! The name is resolved (short names through aliases and the search
//! registries), then each place that may serve it is tried in order
//! (registries.conf mirrors, then the registry's location). The manifest
//! (through an index, for this platform) and the config are fetched and
//! verified; every layer not stored yet is streamed from the registry
//! through digest and size verification into the decompressor and the
//! unpacker in one pass, while the compressed bytes are kept as the blob
//! (a later push sends them unchanged). Layers are fetched by a few threads
//! in parallel, each committed to the store as soon as it is verified, so
//! an interrupted pull loses at most the layers in flight; the image record
//! is written last, so nothing of a half-pulled image is ever visible.

use super::blobinfo::BlobInfo;
use super::client::{ClientOptions, Registry, hint_login, is_not_found, is_unauthorized};
use super::conf::{PullSource, RegistriesConf, ShortNameMode};
use super::progress::Progress;
use super::repo::Repo;
use crate::image::archive::{choose_platform_for, parse_manifest};
use crate::image::digest::{Digest, HashingReader, verify};
use crate::image::layer;
use crate::image::reference::Reference;
use crate::image::spec::{ImageConfig, Index, Platform, chain_ids, host_platform, media};
use crate::image::store::{CommitOutcome, ImageRecord, ImageStore, LayerRef};
use anyhow::{Context, Result, anyhow, bail};
use std::collections::HashMap;
use std::io::{self, IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The largest image config we accept (real ones are a few KiB).
const MAX_CONFIG: u64 = 32 << 20;
/// Layers downloaded at once (docker's default is 3).
pub const DEFAULT_PARALLEL: usize = 3;

#[derive(Clone, Debug, Default)]
pub struct PullOptions {
    pub client: ClientOptions,
    /// `--platform`; the host's when `None`.
    pub platform: Option<Platform>,
    pub all_tags: bool,
    pub parallel: usize,
}

pub struct Puller<'a> {
    store: &'a ImageStore,
    conf: &'a RegistriesConf,
    opts: &'a PullOptions,
    progress: &'a Progress,
    registries: Mutex<HashMap<(String, bool), Arc<Registry>>>,
}

/// One layer to fetch.
struct LayerJob {
    blob: Digest,
    size: u64,
    chain: Digest,
    parent: Option<Digest>,
    diff_id: Digest,
}

/// Where a name may come from, after short-name resolution.
pub struct Candidates {
    pub refs: Vec<Reference>,
    /// How they were found, for messages.
    pub origin: String,
}

/// Strip podman's `docker://` transport.
pub fn strip_transport(input: &str) -> &str {
    input.strip_prefix("docker://").unwrap_or(input)
}

/// Resolve what the user typed into the references to try, in order.
pub fn candidates(conf: &RegistriesConf, input: &str) -> Result<Candidates> {
    let input = strip_transport(input);
    if !Reference::is_short_name(input) {
        let r = Reference::parse(input)?;
        return Ok(Candidates {
            refs: vec![r],
            origin: String::new(),
        });
    }
    // Validate the short name itself first.
    let parsed = Reference::parse(input)?;
    let (name, suffix) = split_suffix(input);
    if let Some((full, file)) = conf.aliases.get(name) {
        let r = Reference::parse(&format!("{full}{suffix}"))
            .with_context(|| format!("alias {name:?} in {}", file.display()))?;
        return Ok(Candidates {
            refs: vec![r],
            origin: format!("alias in {}", file.display()),
        });
    }
    let registries = conf.search_registries();
    if registries.is_empty() {
        bail!(
            "short-name {input:?} did not resolve to an alias and no unqualified-search registries are defined in registries.conf"
        );
    }
    let mut refs = Vec::new();
    for reg in &registries {
        refs.push(
            Reference::parse(&format!("{reg}/{name}{suffix}"))
                .with_context(|| format!("search registry {reg:?}"))?,
        );
    }
    if conf.unqualified_search.is_none() {
        // Nothing configured: docker's meaning.
        return Ok(Candidates {
            refs: vec![parsed],
            origin: String::new(),
        });
    }
    if refs.len() > 1 && conf.short_name_mode != ShortNameMode::Disabled {
        let tty = io::stdin().is_terminal() && io::stderr().is_terminal();
        if tty {
            let chosen = prompt(&refs)?;
            return Ok(Candidates {
                refs: vec![chosen],
                origin: "your choice".into(),
            });
        }
        if conf.short_name_mode == ShortNameMode::Enforcing {
            return Err(crate::error::HintedError::wrap(
                anyhow!(
                    "short-name resolution enforced but cannot prompt without a TTY: {input:?} could be any of {}",
                    registries.join(", ")
                ),
                "use a fully qualified name such as docker.io/library/NAME, or add an alias to registries.conf".into(),
            ));
        }
    }
    Ok(Candidates {
        refs,
        origin: "unqualified-search registries".into(),
    })
}

/// `name:tag@digest` → (`name`, `:tag@digest`).
fn split_suffix(input: &str) -> (&str, &str) {
    let at = input.find('@').unwrap_or(input.len());
    let slash = input[..at].rfind('/').map_or(0, |i| i + 1);
    let colon = input[slash..at].find(':').map_or(at, |i| slash + i);
    (&input[..colon], &input[colon..])
}

fn prompt(refs: &[Reference]) -> Result<Reference> {
    let mut text = String::from("? Please select an image:\n");
    for (i, r) in refs.iter().enumerate() {
        text.push_str(&format!("  {}) {r}\n", i + 1));
    }
    text.push_str("Choice: ");
    let _ = io::stderr().write_all(text.as_bytes());
    let mut line = String::new();
    io::stdin()
        .read_line(&mut line)
        .context("reading the choice")?;
    let n: usize = line
        .trim()
        .parse()
        .map_err(|_| anyhow!("invalid choice {:?}", line.trim()))?;
    refs.get(n.wrapping_sub(1))
        .cloned()
        .ok_or_else(|| anyhow!("invalid choice {n}"))
}

impl<'a> Puller<'a> {
    pub fn new(
        store: &'a ImageStore,
        conf: &'a RegistriesConf,
        opts: &'a PullOptions,
        progress: &'a Progress,
    ) -> Puller<'a> {
        Puller {
            store,
            conf,
            opts,
            progress,
            registries: Mutex::new(HashMap::new()),
        }
    }

    fn registry(&self, host: &str, insecure: bool) -> Result<Arc<Registry>> {
        let mut m = self
            .registries
            .lock()
            .map_err(|_| anyhow!("internal error: poisoned lock"))?;
        Ok(m.entry((host.to_string(), insecure))
            .or_insert_with(|| Arc::new(Registry::new(host, insecure, &self.opts.client)))
            .clone())
    }

    /// Pull what `input` names; every image pulled (several with
    /// `--all-tags`).
    pub fn pull(&self, input: &str) -> Result<Vec<ImageRecord>> {
        let cands = candidates(self.conf, input)?;
        if let Some(r) = cands.refs.first()
            && r.domain == "localhost"
        {
            bail!(
                "{input}: images named localhost/... are local only; there is no registry to pull them from"
            );
        }
        if cands.refs.len() == 1 && !cands.origin.is_empty() {
            crate::info!("resolved {input:?} to {} ({})", cands.refs[0], cands.origin);
        }
        let mut errors = Vec::new();
        for r in &cands.refs {
            let result = if self.opts.all_tags {
                self.pull_all_tags(r)
            } else {
                self.pull_reference(r).map(|i| vec![i])
            };
            match result {
                Ok(v) => return Ok(v),
                Err(e) if cands.refs.len() > 1 => {
                    crate::debug!("{r}: {e:#}");
                    errors.push((r.clone(), e));
                }
                Err(e) => return Err(e),
            }
        }
        let summary: Vec<String> = errors.iter().map(|(r, e)| format!("{r}: {e:#}")).collect();
        bail!(
            "pulling {input}: no search registry has it ({})",
            summary.join("; ")
        )
    }

    /// Whether the registry's manifest for `input` is the one `img` was
    /// pulled as (`--pull=newer`). Only the first candidate and source are
    /// asked.
    pub fn is_current(&self, input: &str, img: &ImageRecord) -> Result<bool> {
        let cands = candidates(self.conf, input)?;
        let r = cands
            .refs
            .first()
            .ok_or_else(|| anyhow!("{input}: nothing to check"))?
            .clone()
            .with_default_tag();
        let src = self
            .conf
            .pull_sources(&r)?
            .pop()
            .ok_or_else(|| anyhow!("{input}: no registry"))?;
        let reg = self.registry(&src.reference.domain, src.insecure)?;
        let want = match (&src.reference.digest, &src.reference.tag) {
            (Some(d), _) => d.to_string(),
            (None, Some(t)) => t.clone(),
            (None, None) => "latest".to_string(),
        };
        let Some(remote) = Repo::new(&reg, &src.reference.path).manifest_digest(&want)? else {
            return Ok(true);
        };
        Ok(img.manifest == remote
            || img.digests.iter().any(|d| {
                d.rsplit_once('@')
                    .is_some_and(|(_, h)| h == remote.as_str())
            }))
    }

    fn pull_all_tags(&self, r: &Reference) -> Result<Vec<ImageRecord>> {
        if r.tag.is_some() || r.digest.is_some() {
            bail!("a tag or digest cannot be combined with --all-tags");
        }
        let mut last = None;
        let mut tags = None;
        for src in self.conf.pull_sources(r)? {
            let reg = self.registry(&src.reference.domain, src.insecure)?;
            match Repo::new(&reg, &src.reference.path).tags() {
                Ok(t) => {
                    tags = Some(t);
                    break;
                }
                Err(e) => last = Some(e),
            }
        }
        let mut tags = match (tags, last) {
            (Some(t), _) => t,
            (None, Some(e)) => return Err(e),
            (None, None) => bail!("{r}: no registry to list tags from"),
        };
        tags.sort();
        tags.dedup();
        if tags.is_empty() {
            bail!("{}: the repository has no tags", r.name());
        }
        let mut out = Vec::new();
        for t in tags {
            let mut tagged = r.clone();
            tagged.tag = Some(t);
            out.push(self.pull_reference(&tagged)?);
        }
        Ok(out)
    }

    /// Pull one reference: mirrors first, then the registry itself.
    pub fn pull_reference(&self, r: &Reference) -> Result<ImageRecord> {
        let r = r.clone().with_default_tag();
        self.progress.message(&format!("Trying to pull {r}..."));
        let sources = self.conf.pull_sources(&r)?;
        let n = sources.len();
        let mut last = None;
        for (i, src) in sources.iter().enumerate() {
            match self.pull_from(src, &r) {
                Ok(img) => return Ok(img),
                Err(e) if i + 1 < n => {
                    crate::info!(
                        "pulling from {}: {e:#}; trying the next location",
                        src.reference
                    );
                    last = Some(e);
                }
                Err(e) => {
                    let e = if src.reference == r {
                        e.context(format!("pulling {r}"))
                    } else {
                        e.context(format!("pulling {r} from {}", src.reference))
                    };
                    return Err(match last {
                        Some(_) if n > 1 => e.context("every mirror and the registry failed"),
                        _ => e,
                    });
                }
            }
        }
        bail!("{r}: no location to pull from")
    }

    fn pull_from(&self, src: &PullSource, named: &Reference) -> Result<ImageRecord> {
        let reg = self.registry(&src.reference.domain, src.insecure)?;
        let repo = Repo::new(&reg, &src.reference.path);
        let want = match (&src.reference.digest, &src.reference.tag) {
            (Some(d), _) => d.to_string(),
            (None, Some(t)) => t.clone(),
            (None, None) => "latest".to_string(),
        };
        let top = repo.manifest(&want).map_err(|e| explain(e, named))?;
        let mut digests = vec![top.digest.clone()];
        let fetched = if media::is_index(&top.media_type) {
            let index: Index = serde_json::from_slice(&top.bytes).context("invalid image index")?;
            let platform = self.opts.platform.clone().unwrap_or_else(host_platform);
            let desc = choose_platform_for(&index.manifests, &platform)
                .with_context(|| format!("choosing from the image index of {named}"))?;
            let m = repo.manifest(desc.digest.as_str())?;
            if !media::is_manifest(&m.media_type) {
                bail!(
                    "{named}: the index for {} names another index",
                    platform_str(&platform)
                );
            }
            digests.push(m.digest.clone());
            m
        } else {
            top
        };
        let manifest = parse_manifest(&fetched.bytes)?;
        let cmt = manifest.config.media_type.as_str();
        if !(cmt.is_empty() || cmt == media::OCI_CONFIG || cmt == media::DOCKER_CONFIG) {
            bail!("{named} is not a container image (its config has media type {cmt:?})");
        }
        let config_digest = manifest.config.digest.clone();
        let config_bytes = if self.store.has_blob(&config_digest) {
            self.store.read_blob(&config_digest)?
        } else {
            repo.small_blob(&config_digest, MAX_CONFIG)?
        };
        let config = ImageConfig::parse(&config_bytes)?;
        if config.rootfs.diff_ids.len() != manifest.layers.len() {
            bail!(
                "{named}: the config lists {} layers but the manifest has {}",
                config.rootfs.diff_ids.len(),
                manifest.layers.len()
            );
        }
        if let Some(p) = &self.opts.platform
            && digests.len() == 1
            && ((!config.os.is_empty() && config.os != p.os)
                || (!config.architecture.is_empty() && config.architecture != p.architecture))
        {
            crate::warn!(
                "image platform ({}/{}) does not match the expected platform ({})",
                config.os,
                config.architecture,
                platform_str(p)
            );
        }
        let chains = chain_ids(&config.rootfs.diff_ids);
        let mut jobs = Vec::new();
        let mut refs = Vec::new();
        for (i, l) in manifest.layers.iter().enumerate() {
            if !is_layer_type(&l.media_type) {
                bail!("{named}: unsupported layer media type {:?}", l.media_type);
            }
            if l.size < 0 {
                bail!("{named}: invalid size {} for layer {}", l.size, l.digest);
            }
            jobs.push(LayerJob {
                blob: l.digest.clone(),
                size: l.size as u64,
                chain: chains[i].clone(),
                parent: i.checked_sub(1).map(|p| chains[p].clone()),
                diff_id: config.rootfs.diff_ids[i].clone(),
            });
            refs.push(LayerRef {
                chain_id: chains[i].clone(),
                diff_id: config.rootfs.diff_ids[i].clone(),
                blob: l.digest.clone(),
                media_type: l.media_type.clone(),
                blob_size: l.size as u64,
            });
        }
        let names = match (&named.tag, &named.digest) {
            (Some(_), _) | (None, None) => vec![named.tagged().to_string()],
            (None, Some(_)) => Vec::new(),
        };
        let repo_digests: Vec<String> = digests
            .iter()
            .map(|d| format!("{}@{d}", named.name()))
            .collect();
        let mut record = ImageRecord::new(
            config_digest.clone(),
            names,
            (fetched.digest.clone(), fetched.media_type.clone()),
            refs,
            config.created.clone(),
        );
        record.digests = repo_digests;
        for _attempt in 0..5 {
            self.fetch_layers(&repo, &jobs)?;
            let cfg_item = self.progress.item(
                "config",
                &config_digest,
                config_bytes.len() as u64,
                "Writing",
            );
            let mut staging = self.store.stage("pull")?;
            staging.put_blob(&mut &config_bytes[..], Some(&config_digest))?;
            staging.put_blob(&mut &fetched.bytes[..], Some(&fetched.digest))?;
            record.size = jobs
                .iter()
                .map(|j| {
                    self.store
                        .layer_record(&j.chain)
                        .ok()
                        .flatten()
                        .map_or(0, |r| r.tar_size)
                })
                .sum();
            cfg_item.finish("done", config_bytes.len() as u64);
            self.progress
                .message("Writing manifest to image destination");
            match self.store.commit(&mut staging, vec![record.clone()])? {
                CommitOutcome::Committed(mut recs) => {
                    let blobs = jobs.iter().map(|j| &j.blob).chain([&config_digest]);
                    if let Err(e) = BlobInfo::new(&self.store.paths.root)
                        .record_locations(blobs, &reg.host, &repo.name)
                    {
                        crate::debug!("blob-info cache: {e:#}");
                    }
                    self.progress.summary("Pulled", &named.to_string());
                    return recs
                        .pop()
                        .ok_or_else(|| anyhow!("internal error: nothing committed"));
                }
                CommitOutcome::MissingLayers(m) => {
                    crate::debug!("layers {m:?} were removed meanwhile; fetching them again");
                }
            }
        }
        bail!("{named}: layers kept disappearing while pulling (concurrent removals)")
    }

    /// Fetch the layers not stored yet, a few at a time.
    fn fetch_layers(&self, repo: &Repo<'_>, jobs: &[LayerJob]) -> Result<()> {
        let mut todo = Vec::new();
        for j in jobs {
            if self.store.has_layer(&j.chain) && self.store.has_blob(&j.blob) {
                self.progress
                    .item("blob", &j.blob, j.size, "Exists")
                    .finish("skipped: already exists", 0);
            } else if !todo
                .iter()
                .any(|t: &&LayerJob| t.blob == j.blob && t.chain == j.chain)
            {
                todo.push(j);
            }
        }
        if todo.is_empty() {
            return Ok(());
        }
        self.progress.message("Getting image source signatures");
        let cancel = AtomicBool::new(false);
        crate::util::parallel::map(&todo, self.opts.parallel, &cancel, |j| {
            self.fetch_layer(repo, j, &cancel)
        })?;
        Ok(())
    }

    /// Download one layer blob, unpack it on the way (unless its layer is
    /// stored already), verify both digests and commit it.
    fn fetch_layer(&self, repo: &Repo<'_>, j: &LayerJob, cancel: &AtomicBool) -> Result<()> {
        let item = self.progress.item("blob", &j.blob, j.size, "Downloading");
        let started = std::time::Instant::now();
        let result = (|| -> Result<()> {
            let mut staging = self.store.stage("pull")?;
            let on_read = |n: u64| item.inc(n);
            let mut blob = repo.open_blob(&j.blob, j.size, cancel, &on_read);
            let mut writer = staging.blob_writer()?;
            let unpack = !self.store.has_layer(&j.chain);
            let outcome = if unpack {
                // Two threads, like `gzip -dc | tar -x`: download, hash and
                // decompress there; hash and unpack here.
                let opts = self.store.unpack_options();
                let (produced, consumed) = crate::util::pipe::pipelined(
                    |w| {
                        let mut tee = Tee {
                            r: &mut blob,
                            w: &mut writer,
                        };
                        {
                            let mut plain = layer::decompress(&mut tee)?;
                            io::copy(&mut plain, w).context("reading the layer")?;
                        }
                        // The rest of the blob (nothing, normally) is part
                        // of its digest.
                        io::copy(&mut tee, &mut io::sink()).context("reading the layer")?;
                        Ok(())
                    },
                    |r| {
                        staging
                            .unpack_layer(&j.chain, j.parent.as_ref(), r, &j.diff_id, &opts)
                            .map(|_| ())
                    },
                );
                produced.and(consumed)
            } else {
                let mut tee = Tee {
                    r: &mut blob,
                    w: &mut writer,
                };
                let r = check_diff_id(&mut tee, &j.diff_id);
                let drained = io::copy(&mut tee, &mut io::sink());
                r.and_then(|()| drained.map(|_| ()).context("reading the layer"))
            };
            if cancel.load(Ordering::Relaxed) && outcome.is_err() {
                bail!("cancelled");
            }
            crate::debug!(
                "layer {}: streamed and unpacked in {:?}",
                j.blob.short(),
                started.elapsed()
            );
            let got = blob.offset();
            let verified = staging.finish_blob(writer, Some(&j.blob));
            if let Err(e) = &verified {
                crate::debug!("{e:#}");
                bail!(
                    "blob {} from {}/{} does not match its digest: the registry sent corrupt or tampered data",
                    j.blob,
                    repo.reg.host,
                    repo.name
                );
            }
            outcome.with_context(|| format!("layer {}", j.blob))?;
            if got != j.size {
                bail!(
                    "blob {}: got {got} bytes, the manifest says {}",
                    j.blob,
                    j.size
                );
            }
            self.store.commit_parts(&mut staging)
        })();
        match result {
            Ok(()) => {
                item.finish("done", j.size);
                Ok(())
            }
            Err(e) => {
                item.abandon();
                Err(e)
            }
        }
    }
}

/// Decompress and hash a layer without unpacking it (its directory is
/// stored already; only the blob is new).
fn check_diff_id(r: &mut dyn Read, diff_id: &Digest) -> Result<()> {
    let plain = layer::decompress(r)?;
    let (d, _) = HashingReader::new(plain)
        .finish()
        .context("reading the layer")?;
    verify(
        diff_id,
        &d,
        "layer content does not match the image's diff ID",
    )
}

fn is_layer_type(mt: &str) -> bool {
    matches!(
        mt,
        media::OCI_LAYER
            | media::OCI_LAYER_GZIP
            | media::OCI_LAYER_ZSTD
            | media::DOCKER_LAYER
            | media::DOCKER_LAYER_GZIP
            | media::DOCKER_FOREIGN_LAYER_GZIP
            | "application/vnd.oci.image.layer.nondistributable.v1.tar"
            | "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip"
            | "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd"
    )
}

fn platform_str(p: &Platform) -> String {
    match &p.variant {
        Some(v) => format!("{}/{}/{v}", p.os, p.architecture),
        None => format!("{}/{}", p.os, p.architecture),
    }
}

/// Add a hint to the errors people hit most.
fn explain(e: anyhow::Error, named: &Reference) -> anyhow::Error {
    if is_unauthorized(&e) {
        return hint_login(e, &named.domain);
    }
    if is_not_found(&e) {
        return e.context(format!("{named}: not found"));
    }
    e
}

/// Copies what is read into a writer (the blob file).
struct Tee<'a, R: Read, W: Write> {
    r: &'a mut R,
    w: &'a mut W,
}

impl<R: Read, W: Write> Read for Tee<'_, R, W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.r.read(buf)?;
        self.w.write_all(&buf[..n])?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_split() {
        assert_eq!(split_suffix("busybox"), ("busybox", ""));
        assert_eq!(split_suffix("busybox:1"), ("busybox", ":1"));
        assert_eq!(split_suffix("ns/b:1@sha256:x"), ("ns/b", ":1@sha256:x"));
        assert_eq!(split_suffix("b@sha256:x"), ("b", "@sha256:x"));
    }

    #[test]
    fn short_names_resolve() {
        let mut conf = RegistriesConf::default();
        let c = candidates(&conf, "busybox:1").unwrap();
        assert_eq!(c.refs[0].to_string(), "docker.io/library/busybox:1");
        conf.merge(
            "unqualified-search-registries=[\"quay.io\",\"docker.io\"]\nshort-name-mode=\"disabled\"\n[aliases]\n\"fedora\"=\"registry.fedoraproject.org/fedora\"\n",
            std::path::Path::new("x"),
        )
        .unwrap();
        let c = candidates(&conf, "busybox").unwrap();
        let names: Vec<String> = c.refs.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["quay.io/busybox", "docker.io/library/busybox"]);
        let c = candidates(&conf, "fedora:39").unwrap();
        assert_eq!(
            c.refs[0].to_string(),
            "registry.fedoraproject.org/fedora:39"
        );
        let c = candidates(&conf, "docker://quay.io/a/b").unwrap();
        assert_eq!(c.refs[0].to_string(), "quay.io/a/b");
        assert!(candidates(&conf, "UPPER").is_err());
    }
}
