//! Images: pull (from registries and archives), the image `run` and
//! `create` use, tag, untag, remove, prune.

use super::Engine;
use crate::image::archive::{self, LoadSource, SaveFormat, SaveItem};
use crate::image::digest::Digest;
use crate::image::import::ImportOptions;
use crate::image::layer::Compression;
use crate::image::reference::Reference;
use crate::image::store::{ImageRecord, Pins, RemoveReport};
use crate::registry::client::ClientOptions;
use crate::registry::conf::RegistriesConf;
use crate::registry::progress::Progress;
use crate::registry::pull::{DEFAULT_PARALLEL, PullOptions, Puller};
use crate::registry::push::{ManifestFormat, PushOptions, Pusher};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, bail};
use std::io::{Read, Write};
use std::path::PathBuf;

/// When `run`/`create` pull their image (podman's `--pull`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PullPolicy {
    /// Only when it is not stored.
    #[default]
    Missing,
    Always,
    /// When the registry has a newer one.
    Newer,
    Never,
}

impl PullPolicy {
    /// podman's and Kubernetes' names.
    pub fn parse(s: &str) -> Result<PullPolicy> {
        Ok(match s {
            "missing" | "Missing" | "ifnotpresent" | "IfNotPresent" | "" => PullPolicy::Missing,
            "always" | "Always" => PullPolicy::Always,
            "newer" | "Newer" | "ifnewer" | "IfNewer" => PullPolicy::Newer,
            "never" | "Never" => PullPolicy::Never,
            other => bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                format!("unsupported pull policy {other:?}")
            )),
        })
    }
}

/// A pull: from where, how.
#[derive(Clone, Debug, Default)]
pub struct PullRequest {
    pub client: ClientOptions,
    /// Another platform than the host's.
    pub platform: Option<crate::image::spec::Platform>,
    /// Every tag of the repository.
    pub all_tags: bool,
}

impl PullRequest {
    fn options(&self) -> PullOptions {
        PullOptions {
            client: self.client.clone(),
            platform: self.platform.clone(),
            all_tags: self.all_tags,
            parallel: DEFAULT_PARALLEL,
        }
    }
}

/// The transports `pull` reads besides the registry's.
const PULL_TRANSPORTS: [&str; 3] = ["docker-archive:", "oci-archive:", "oci:"];

/// Whether a pull source names its transport (`docker://`, `oci:`...).
fn has_transport(input: &str) -> bool {
    input.starts_with("docker://") || PULL_TRANSPORTS.iter().any(|t| input.starts_with(t))
}

/// One image of `images`.
pub struct ListedImage {
    pub record: ImageRecord,
    /// Its config's labels (when asked for, or needed by a filter).
    pub labels: std::collections::BTreeMap<String, String>,
    /// How many containers use it.
    pub containers: u64,
}

impl Engine {
    /// The images a listing shows (`reference` and podman's `filters`),
    /// newest first, intermediate ones (a build's steps) only with
    /// `intermediate`; `labels` reads every image's labels.
    pub fn image_list_filtered(
        &self,
        reference: Option<&str>,
        filters: &[String],
        labels: bool,
        intermediate: bool,
    ) -> Result<Vec<ListedImage>> {
        let all = self.images.images()?;
        let family = crate::image::store::Family::of(&all);
        let mut filters = crate::image::query::ImageFilters::parse(filters, &all)?;
        if let Some(r) = reference {
            filters.references.push(r.to_string());
        }
        let mut counts = std::collections::HashMap::new();
        if let Ok(list) = self.containers.list() {
            for e in list {
                *counts.entry(e.image_id).or_insert(0) += 1;
            }
        }
        let mut sorted: Vec<&ImageRecord> = all.iter().collect();
        sorted.sort_by(|x, y| {
            y.created_time()
                .cmp(&x.created_time())
                .then(x.id.cmp(&y.id))
        });
        let mut out = Vec::new();
        for img in sorted {
            let labels = if filters.needs_labels() || labels {
                self.images
                    .config(img)?
                    .container()
                    .labels
                    .unwrap_or_default()
            } else {
                Default::default()
            };
            if !filters.matches(img, &labels, &family)
                || (!intermediate && family.is_intermediate(img))
            {
                continue;
            }
            out.push(ListedImage {
                record: img.clone(),
                labels,
                containers: counts.get(&img.id).copied().unwrap_or(0),
            });
        }
        Ok(out)
    }

    /// Pull an image (from a registry, or from an archive given with a
    /// transport prefix); the images stored. Progress goes to `progress`.
    pub fn pull(
        &self,
        input: &str,
        req: &PullRequest,
        progress: &Progress,
    ) -> Result<Vec<ImageRecord>> {
        self.enter_userns()?;
        // containers.conf's image_default_transport: the transport of
        // names given without one (podman's default, docker://, is the
        // registry).
        let transport = self
            .conf
            .engine
            .image_default_transport
            .as_deref()
            .filter(|t| !t.is_empty() && *t != "docker://");
        let input = match transport {
            Some(t) if !has_transport(input) => format!("{t}{input}"),
            _ => input.to_string(),
        };
        for prefix in PULL_TRANSPORTS {
            if let Some(path) = input.strip_prefix(prefix) {
                // `oci:DIR[:REF]` and `*-archive:PATH[:REF]`: the reference
                // part is not supported; the whole archive is loaded.
                let p = PathBuf::from(path);
                let source = if p.is_dir() {
                    LoadSource::Dir(p)
                } else {
                    LoadSource::Reader(Box::new(
                        std::fs::File::open(&p)
                            .with_context(|| format!("opening {}", p.display()))?,
                    ))
                };
                let loaded = archive::load(&self.images, source)?;
                for i in &loaded {
                    self.image_event("pull", &i.id, &input);
                }
                return Ok(loaded);
            }
        }
        let conf = RegistriesConf::load()?;
        let opts = req.options();
        let pulled = Puller::new(&self.images, &conf, &opts, progress).pull(&input)?;
        for i in &pulled {
            let name = i.names.first().map_or(input.as_str(), String::as_str);
            self.image_event("pull", &i.id, name);
        }
        Ok(pulled)
    }

    /// The image `run`/`create` use, pulled according to `policy`.
    pub fn image_for_run(
        &self,
        input: &str,
        policy: PullPolicy,
        req: &PullRequest,
        progress: &Progress,
    ) -> Result<ImageRecord> {
        use crate::image::store::find;
        let mut policy = policy;
        if req.platform.is_some() && policy == PullPolicy::Missing {
            // A stored image may be for another platform (podman does the
            // same).
            policy = PullPolicy::Newer;
        }
        let store = &self.images;
        let images = store.images()?;
        let local = find(&images, input)?.cloned();
        let by_id = local.as_ref().is_some_and(|i| {
            let h = input.strip_prefix("sha256:").unwrap_or(input);
            h.len() >= 3 && i.id.hex().starts_with(h) && h.bytes().all(|b| b.is_ascii_hexdigit())
        });
        match (policy, &local) {
            (PullPolicy::Never | PullPolicy::Missing, Some(i)) => return Ok(i.clone()),
            (_, Some(i)) if by_id => {
                if policy == PullPolicy::Always {
                    bail!("pull policy is always but image has been referred to by ID ({input})");
                }
                return Ok(i.clone());
            }
            (PullPolicy::Never, None) => {
                return Err(crate::error::HintedError::wrap(
                    crate::image::store::no_such_image(input),
                    "the image is not in local storage and --pull=never forbids pulling it".into(),
                ));
            }
            _ => {}
        }
        let opts = PullOptions {
            all_tags: false,
            ..req.options()
        };
        let conf = RegistriesConf::load()?;
        let puller = Puller::new(store, &conf, &opts, progress);
        if policy == PullPolicy::Newer
            && let Some(i) = &local
        {
            match puller.is_current(input, i) {
                Ok(true) => return Ok(i.clone()),
                Ok(false) => {}
                Err(e) => {
                    crate::debug!(
                        "checking {input} for a newer image: {e:#}; using the stored one"
                    );
                    return Ok(i.clone());
                }
            }
        }
        let mut pulled = puller.pull(input)?;
        pulled
            .pop()
            .ok_or_else(|| anyhow::anyhow!("internal error: nothing pulled"))
    }

    /// Every stored image.
    pub fn image_list(&self) -> Result<Vec<ImageRecord>> {
        self.images.images()
    }

    /// Give an image more names.
    pub fn tag(&self, source: &str, targets: &[Reference]) -> Result<()> {
        self.images.tag(source, targets)?;
        if let Ok(img) = self.images.lookup(&self.images.images()?, source) {
            for t in targets {
                self.image_event("tag", &img.id, &t.to_string());
            }
        }
        Ok(())
    }

    /// Take names from an image (all of them when `names` is empty); the
    /// names removed.
    pub fn untag(&self, image: &str, names: &[Reference]) -> Result<Vec<String>> {
        let id = self
            .images
            .lookup(&self.images.images()?, image)
            .map(|i| i.id.clone());
        let removed = self.images.untag(image, names)?;
        if let Ok(id) = id {
            for n in &removed {
                self.image_event("untag", &id, n);
            }
        }
        Ok(removed)
    }

    /// What containers use: layers, and images by ID.
    pub fn pins(&self) -> Pins {
        self.containers.pins().unwrap_or_default()
    }

    /// Remove an image name (or, by ID or its last name, the image, and
    /// then the parents it leaves dangling unless `no_prune`): what was
    /// untagged and deleted. `force` removes every name of an image given
    /// by ID.
    pub fn remove_image(&self, input: &str, force: bool, no_prune: bool) -> Result<RemoveReport> {
        self.enter_userns()?;
        let id = self
            .images
            .lookup(&self.images.images()?, input)
            .map(|i| i.id.clone())
            .ok();
        let report = self
            .images
            .remove(input, force, no_prune, &|| self.pins())?;
        if let Some(id) = &id {
            for n in &report.untagged {
                self.image_event("untag", id, n);
            }
        }
        self.removal_events(&report, input);
        Ok(report)
    }

    /// podman's `remove` event per image removed.
    fn removal_events(&self, r: &RemoveReport, input: &str) {
        for id in &r.deleted {
            self.image_event("remove", id, input);
        }
    }

    /// Remove the images `select` picks that no container uses; what was
    /// removed and the bytes freed.
    pub fn prune_images(
        &self,
        select: impl Fn(&ImageRecord, &crate::image::store::Family) -> bool,
    ) -> Result<(Vec<RemoveReport>, u64)> {
        self.enter_userns()?;
        let (reports, freed) = self.images.prune(select, &|| self.pins())?;
        for r in &reports {
            self.removal_events(r, "");
        }
        Ok((reports, freed))
    }

    /// `image prune`: dangling images (every unused one with `all`) that
    /// pass podman's `filters` (`until=`, `label=`, `label!=`).
    pub fn prune_images_filtered(
        &self,
        all: bool,
        filters: &[String],
    ) -> Result<(Vec<RemoveReport>, u64)> {
        self.prune_matching(filters, |i, family| all || family.is_dangling(i))
    }

    /// `builder prune`: the build cache. Step images (those a build made
    /// with a cache key) that are unnamed and lead to no other image
    /// (`all`: every unnamed one no container uses), and with `all` the
    /// `RUN --mount=type=cache` directories. What went, and the bytes
    /// freed.
    pub fn prune_build_cache(
        &self,
        all: bool,
        filters: &[String],
    ) -> Result<(Vec<RemoveReport>, u64)> {
        let (reports, mut freed) = self.prune_matching(filters, |i, family| {
            i.build_key.is_some() && i.is_unnamed() && (all || family.is_dangling(i))
        })?;
        if all {
            let root = self.images.paths.root.join("build-cache");
            for e in std::fs::read_dir(&root).into_iter().flatten().flatten() {
                freed += crate::storage::tree_size(&e.path());
                crate::storage::tmp::remove_tree(&e.path());
            }
        }
        Ok((reports, freed))
    }

    /// Prune the images `select` picks that pass podman's `filters`
    /// (their labels read when a filter needs them).
    fn prune_matching(
        &self,
        filters: &[String],
        select: impl Fn(&ImageRecord, &crate::image::store::Family) -> bool,
    ) -> Result<(Vec<RemoveReport>, u64)> {
        let images = self.images.images()?;
        let filters = crate::image::query::ImageFilters::parse(filters, &images)?;
        let mut labels = std::collections::HashMap::new();
        if filters.needs_labels() {
            for i in &images {
                labels.insert(
                    i.id.clone(),
                    self.images
                        .config(i)?
                        .container()
                        .labels
                        .unwrap_or_default(),
                );
            }
        }
        let empty = Default::default();
        self.prune_images(|i, family| {
            select(i, family) && filters.matches(i, labels.get(&i.id).unwrap_or(&empty), family)
        })
    }

    /// The IDs of every stored image.
    pub fn image_ids(&self) -> Result<Vec<Digest>> {
        Ok(self.images.images()?.into_iter().map(|i| i.id).collect())
    }

    /// Load images from an archive (docker-archive, oci-archive, an OCI
    /// layout directory); what was stored.
    pub fn load(&self, source: LoadSource) -> Result<Vec<ImageRecord>> {
        self.enter_userns()?;
        let loaded = archive::load(&self.images, source)?;
        for i in &loaded {
            let name = i.names.first().map_or("", String::as_str);
            self.image_event("loadfromarchive", &i.id, name);
        }
        Ok(loaded)
    }

    /// What `save` writes for `names`: each image once, with the names
    /// asked for (none for one given by ID).
    pub fn save_items(&self, names: &[String]) -> Result<Vec<SaveItem>> {
        let images = self.images.images()?;
        let mut items: Vec<SaveItem> = Vec::new();
        for name in names {
            let img = self.images.lookup(&images, name)?.clone();
            let names = names_for_save(&img, name);
            if let Some(existing) = items.iter_mut().find(|i| i.image.id == img.id) {
                for n in names {
                    if !existing.names.contains(&n) {
                        existing.names.push(n);
                    }
                }
            } else {
                items.push(SaveItem { image: img, names });
            }
        }
        Ok(items)
    }

    /// Write `items` as an archive.
    pub fn save(&self, items: &[SaveItem], format: SaveFormat, out: impl Write) -> Result<()> {
        archive::save(&self.images, items, format, out)?;
        for i in items {
            let name = i.names.first().map_or("", String::as_str);
            self.image_event("save", &i.image.id, name);
        }
        Ok(())
    }

    /// Make an image of one tarball (`import`).
    pub fn import(&self, source: impl Read, opts: &ImportOptions) -> Result<ImageRecord> {
        self.enter_userns()?;
        let img = crate::image::import::import(&self.images, source, opts)?;
        let name = img.names.first().map_or("", String::as_str);
        self.image_event("import", &img.id, name);
        Ok(img)
    }

    /// An image's history, newest first (podman's layer reports).
    pub fn history(&self, name: &str) -> Result<Vec<HistoryEntry>> {
        let store = &self.images;
        let images = store.images()?;
        let img = store.lookup(&images, name)?;
        let config = store.config(img)?;
        let mut layer_sizes = Vec::new();
        for l in &img.layers {
            layer_sizes.push(store.layer_record(&l.chain_id)?.map_or(0, |r| r.tar_size));
        }
        let mut layers = Vec::new();
        let mut li = 0;
        let n = config.history.len();
        for (i, h) in config.history.iter().enumerate() {
            let size = if h.empty_layer {
                0
            } else {
                let s = layer_sizes.get(li).copied().unwrap_or(0);
                li += 1;
                s
            };
            let created = h
                .created
                .as_deref()
                .and_then(Timestamp::parse_rfc3339)
                .unwrap_or_default();
            let id = if i + 1 == n {
                img.id.hex().to_string()
            } else {
                "<missing>".to_string()
            };
            layers.push(HistoryEntry {
                id,
                created,
                created_by: h.created_by.clone().unwrap_or_default(),
                size,
                comment: h.comment.clone().unwrap_or_default(),
            });
        }
        if config.history.is_empty() {
            // No history at all: one entry for the image itself.
            layers.push(HistoryEntry {
                id: img.id.hex().to_string(),
                created: img.created_time(),
                created_by: String::new(),
                size: img.size,
                comment: String::new(),
            });
        }
        layers.reverse();
        Ok(layers)
    }

    /// Whether an image of that name or ID is stored.
    pub fn image_exists(&self, name: &str) -> Result<bool> {
        Ok(crate::image::store::find(&self.images.images()?, name)?.is_some())
    }

    /// podman's image inspect JSON.
    pub fn image_inspect(&self, name: &str) -> Result<serde_json::Value> {
        let images = self.images.images()?;
        let img = self.images.lookup(&images, name)?;
        let config = self.images.config(img)?;
        Ok(serde_json::to_value(crate::image::inspect::inspect(
            &self.images,
            img,
            &config,
        ))?)
    }

    /// Push an image to a registry (or write it to a `docker-archive:` /
    /// `oci-archive:` path); the manifest digest a registry push made.
    pub fn push(&self, r: &PushRequest, progress: &Progress) -> Result<Vec<Digest>> {
        let store = &self.images;
        let images = store.images()?;
        if r.all_tags {
            // docker: every local tag of the repository, each to its own
            // name.
            if r.destination.is_some() {
                bail!(crate::error::classified(
                    crate::error::Kind::Invalid,
                    "--all-tags pushes a repository to its own name: give no destination"
                ));
            }
            let repo = Reference::parse(&r.image)?;
            if repo.tag.is_some() || repo.digest.is_some() {
                bail!(crate::error::classified(
                    crate::error::Kind::Invalid,
                    "tag can't be used with --all-tags/-a"
                ));
            }
            let prefix = format!("{}:", repo.name());
            let mut names: Vec<String> = images
                .iter()
                .flat_map(|i| i.names.iter())
                .filter(|n| n.starts_with(&prefix))
                .cloned()
                .collect();
            names.sort();
            if names.is_empty() {
                bail!(crate::image::store::no_such_image(&r.image));
            }
            let mut digests = Vec::new();
            for n in names {
                let one = PushRequest {
                    image: n,
                    all_tags: false,
                    ..r.clone()
                };
                digests.extend(self.push(&one, progress)?);
            }
            return Ok(digests);
        }
        let img = store.lookup(&images, &r.image)?.clone();
        let dest_text = r.destination.clone().unwrap_or_else(|| r.image.clone());
        for (prefix, format) in [
            ("docker-archive:", SaveFormat::DockerArchive),
            ("oci-archive:", SaveFormat::OciArchive),
        ] {
            if let Some(path) = dest_text.strip_prefix(prefix) {
                let items = [SaveItem {
                    names: names_for_save(&img, &r.image),
                    image: img.clone(),
                }];
                save_to_file(store, &items, format, std::path::Path::new(path))?;
                return Ok(Vec::new());
            }
        }
        let dest_text = crate::registry::pull::strip_transport(&dest_text);
        // Without a destination: the name the image was found under.
        let dest = if r.destination.is_none() {
            let found_as = img.names.iter().find(|n| {
                let mut only = img.clone();
                only.names = vec![(*n).clone()];
                crate::image::store::find(std::slice::from_ref(&only), dest_text)
                    .ok()
                    .flatten()
                    .is_some()
                    && Reference::parse(dest_text).is_ok()
            });
            match found_as {
                Some(n) => Reference::parse(n)?,
                None => bail!(
                    "{}: cannot push an image given by ID without a destination (skiff push IMAGE REGISTRY/NAME[:TAG])",
                    r.image
                ),
            }
        } else {
            Reference::parse(dest_text)?.with_default_tag()
        };
        let opts = PushOptions {
            client: r.client.clone(),
            format: r.format,
            compression: r.compression,
            force_compression: r.force_compression,
            parallel: DEFAULT_PARALLEL,
        };
        let conf = RegistriesConf::load()?;
        let pusher = Pusher::new(store, &conf, &dest, &opts, progress)?;
        let digest = pusher
            .push(&img, &dest)
            .map_err(|e| crate::registry::client::hint_login(e, &dest.domain))
            .with_context(|| format!("pushing {dest}"))?;
        if let Err(e) = store.add_digest(&img.id, &format!("{}@{digest}", dest.name())) {
            crate::debug!("recording the repository digest: {e:#}");
        }
        self.image_event("push", &img.id, &dest.to_string());
        Ok(vec![digest])
    }
}

/// A push: what, where, how.
#[derive(Clone, Debug, Default)]
pub struct PushRequest {
    pub image: String,
    /// Another name, or `docker-archive:PATH` / `oci-archive:PATH`.
    pub destination: Option<String>,
    /// Every local tag of the repository `image` names.
    pub all_tags: bool,
    pub client: ClientOptions,
    pub format: Option<ManifestFormat>,
    pub compression: Option<Compression>,
    pub force_compression: bool,
}

/// One entry of an image's history.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    /// The image ID for the newest entry, `<missing>` below it.
    pub id: String,
    pub created: Timestamp,
    pub created_by: String,
    pub size: u64,
    pub comment: String,
}

/// Write an archive next to `p` and rename it into place: a failed save
/// never leaves half an archive under the requested name.
fn save_to_file(
    store: &crate::image::store::ImageStore,
    items: &[SaveItem],
    format: SaveFormat,
    p: &std::path::Path,
) -> Result<()> {
    crate::storage::atomic::create_with(p, |f| {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        archive::save(store, items, format, &mut w)?;
        w.flush()
            .with_context(|| format!("writing {}", p.display()))
    })
}

impl Engine {
    /// Save `items` to the file `p`, atomically.
    pub fn save_to_file(
        &self,
        items: &[SaveItem],
        format: SaveFormat,
        p: &std::path::Path,
    ) -> Result<()> {
        save_to_file(&self.images, items, format, p)
    }
}

/// The names an archive records for an image the user asked for as
/// `input`: the name typed (normalised), or none when it was given by ID.
fn names_for_save(img: &ImageRecord, input: &str) -> Vec<String> {
    let by_id = {
        let h = input.strip_prefix("sha256:").unwrap_or(input);
        !h.is_empty() && img.id.hex().starts_with(h) && !img.names.iter().any(|n| n.contains(input))
    };
    if by_id {
        return Vec::new();
    }
    match Reference::parse(input) {
        // The stored name the input found (a short name may mean
        // localhost/x).
        Ok(r) if r.digest.is_none() => vec![crate::image::store::full_name(img, input)],
        _ => Vec::new(),
    }
}
