//! The image store: content-addressed blobs, unpacked layers shared by chain
//! ID, and the image records that name them.
//!
//! Layout under the store root:
//! ```text
//! storage.lock              flock: held exclusive to change records, layers or blobs
//! images.json               every image record (replaced atomically)
//! blobs/sha256/<hex>        manifests, configs, layer blobs (verified on write)
//! layers/<chain-hex>/       layer.json + diff/ (an overlay lower dir)
//! tmp/                      owned temp dirs (see storage::tmp)
//! ```
//!
//! Writers stage everything slow (downloads, unpacking) in a temp dir on the
//! same file system without holding the lock, then [`ImageStore::commit`]
//! takes the lock, renames the staged blobs and layers into place (skipping
//! what already exists), and replaces `images.json`. A crash before the
//! rename leaves only a temp dir that the next sweep removes; a crash after
//! it leaves at worst unreferenced blobs or layers that the next garbage
//! collection removes. Nothing is ever visible half-written.
//!
//! Reference counting is derived, not stored: a layer or blob is live while
//! any image record (or container, through [`Pins`]) names it. Garbage
//! collection runs under the exclusive lock after removals.

use super::digest::{Digest, Hasher, HashingWriter, verify};
use super::layer::{self, UnpackOptions};
use super::reference::{self, Reference};
use super::spec::{ImageConfig, Manifest};
use crate::storage::lock::{self, LockGuard, Mode};
use crate::storage::tmp::{self, TempDir};
use crate::storage::{StorePaths, atomic, ensure_dir};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One image: its config digest is its ID.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImageRecord {
    pub id: Digest,
    /// Full normalised names, `docker.io/library/busybox:latest`.
    #[serde(default)]
    pub names: Vec<String>,
    /// Repository digests, `docker.io/library/busybox@sha256:...`.
    #[serde(default)]
    pub digests: Vec<String>,
    /// The stored manifest this image was read from or made with.
    pub manifest: Digest,
    pub manifest_media_type: String,
    /// Bottom layer first.
    pub layers: Vec<LayerRef>,
    /// Sum of the uncompressed layer sizes.
    pub size: u64,
    /// `created` of the config (RFC 3339), if any.
    #[serde(default)]
    pub created: Option<String>,
    /// When this record was first written.
    pub added: String,
    /// When a name was last added (docker's Metadata.LastTagTime).
    #[serde(default)]
    pub last_tag_time: Option<String>,
    /// Names this image had before, newest first (podman's NamesHistory).
    #[serde(default)]
    pub names_history: Vec<String>,
    /// The image this one was made from (a build step's or a commit's
    /// base): what makes unnamed images "intermediate" rather than
    /// dangling, and what `rmi` removes after its last child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Digest>,
    /// The build cache key of the step that made this image (see
    /// `build::cache`); a later step with the same key reuses it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_key: Option<String>,
}

/// Where an image comes from, for the records a build or commit makes.
#[derive(Clone, Debug, Default)]
pub struct Lineage {
    pub parent: Option<Digest>,
    pub build_key: Option<String>,
}

/// The parent links of a set of images: podman's intermediate images (no
/// name, some child) and dangling ones (no name, no child).
pub struct Family {
    parents: HashSet<Digest>,
}

impl Family {
    pub fn of(images: &[ImageRecord]) -> Family {
        Family {
            parents: images.iter().filter_map(|i| i.parent.clone()).collect(),
        }
    }

    pub fn has_children(&self, img: &ImageRecord) -> bool {
        self.parents.contains(&img.id)
    }

    /// No name and no child: what `image prune` removes.
    pub fn is_dangling(&self, img: &ImageRecord) -> bool {
        img.is_unnamed() && !self.has_children(img)
    }

    /// No name but a child (a build's step image): hidden by `images`
    /// without `--all`.
    pub fn is_intermediate(&self, img: &ImageRecord) -> bool {
        img.is_unnamed() && self.has_children(img)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LayerRef {
    pub chain_id: Digest,
    pub diff_id: Digest,
    /// The blob as distributed (compressed or not).
    pub blob: Digest,
    pub media_type: String,
    pub blob_size: u64,
}

/// What is known about an unpacked layer (layers/<chain>/layer.json).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LayerRecord {
    pub chain_id: Digest,
    pub diff_id: Digest,
    pub parent: Option<Digest>,
    /// Length of the uncompressed tar stream.
    pub tar_size: u64,
    /// Sum of the regular file sizes.
    pub content_size: u64,
    pub created: String,
}

#[derive(Default, Serialize, Deserialize)]
struct ImagesFile {
    version: u32,
    images: Vec<ImageRecord>,
}

impl ImageRecord {
    /// A record about to be committed: `added` is now; `size` is filled in
    /// once the layers are known.
    pub fn new(
        id: Digest,
        names: Vec<String>,
        manifest: (Digest, String),
        layers: Vec<LayerRef>,
        created: Option<String>,
    ) -> ImageRecord {
        ImageRecord {
            id,
            names,
            digests: Vec::new(),
            manifest: manifest.0,
            manifest_media_type: manifest.1,
            layers,
            size: 0,
            created,
            added: Timestamp::now().rfc3339_nano(),
            last_tag_time: None,
            names_history: Vec::new(),
            parent: None,
            build_key: None,
        }
        .with_history()
    }

    /// Every current name in the history too (a new record's).
    fn with_history(mut self) -> ImageRecord {
        for n in self.names.clone().iter().rev() {
            self.remember(n);
        }
        self
    }

    /// A name given to the image goes first in its history, once
    /// (containers/storage's NamesHistory).
    fn remember(&mut self, name: &str) {
        self.names_history.retain(|n| n != name);
        self.names_history.insert(0, name.to_string());
    }

    /// A name taken away stays in the history where it was (or last, for
    /// records from before the history was kept).
    fn forget(&mut self, name: &str) {
        self.names.retain(|n| n != name);
        if !self.names_history.iter().any(|n| n == name) {
            self.names_history.push(name.to_string());
        }
    }

    pub fn chain_ids(&self) -> impl Iterator<Item = &Digest> {
        self.layers.iter().map(|l| &l.chain_id)
    }

    pub fn top_layer(&self) -> Option<&Digest> {
        self.layers.last().map(|l| &l.chain_id)
    }

    pub fn created_time(&self) -> Timestamp {
        self.created
            .as_deref()
            .and_then(Timestamp::parse_rfc3339)
            .unwrap_or_default()
    }

    /// No name and no repository digest (an image pulled by digest has a
    /// repository, as in docker). Dangling or intermediate: see [`Family`].
    pub fn is_unnamed(&self) -> bool {
        self.names.is_empty() && self.digests.is_empty()
    }
}

/// Layers and images in use by something other than image records
/// (containers). Garbage collection never removes these.
#[derive(Default)]
pub struct Pins {
    pub layers: HashSet<Digest>,
    /// Image ID → a container using it (for the error message).
    pub images: HashMap<Digest, String>,
}

pub struct ImageStore {
    pub paths: StorePaths,
    root: PathBuf,
}

/// The result of a removal request for one argument.
#[derive(Debug, Default)]
pub struct RemoveReport {
    pub untagged: Vec<String>,
    pub deleted: Vec<Digest>,
}

impl ImageStore {
    pub fn open(paths: &StorePaths) -> Result<ImageStore> {
        paths.create()?;
        let root = paths.root.clone();
        for d in ["blobs/sha256", "layers", "tmp"] {
            ensure_dir(&root.join(d), 0o700)?;
        }
        Ok(ImageStore {
            paths: paths.clone(),
            root,
        })
    }

    pub fn lock(&self, mode: Mode) -> Result<LockGuard> {
        lock::lock(&self.root.join("storage.lock"), mode)
    }

    fn images_path(&self) -> PathBuf {
        self.root.join("images.json")
    }

    /// All image records. No lock needed: the file is replaced atomically.
    pub fn images(&self) -> Result<Vec<ImageRecord>> {
        Ok(atomic::read_json::<ImagesFile>(&self.images_path())?
            .map(|f| f.images)
            .unwrap_or_default())
    }

    /// Replace the records. The caller holds the exclusive lock.
    pub fn write_images(&self, _lock: &LockGuard, images: &[ImageRecord]) -> Result<()> {
        atomic::write_json(
            &self.images_path(),
            &ImagesFile {
                version: 1,
                images: images.to_vec(),
            },
        )
    }

    pub fn blob_path(&self, d: &Digest) -> PathBuf {
        self.root.join("blobs/sha256").join(d.hex())
    }

    pub fn has_blob(&self, d: &Digest) -> bool {
        self.blob_path(d).exists()
    }

    /// Read a small blob (manifest, config) and verify it.
    pub fn read_blob(&self, d: &Digest) -> Result<Vec<u8>> {
        let data = std::fs::read(self.blob_path(d)).with_context(|| format!("reading blob {d}"))?;
        verify(d, &Digest::of(&data), "stored blob")?;
        Ok(data)
    }

    pub fn open_blob(&self, d: &Digest) -> Result<File> {
        File::open(self.blob_path(d)).with_context(|| format!("opening blob {d}"))
    }

    pub fn config(&self, img: &ImageRecord) -> Result<ImageConfig> {
        ImageConfig::parse(&self.read_blob(&img.id)?)
            .with_context(|| format!("image {}", img.id.short()))
    }

    pub fn manifest(&self, img: &ImageRecord) -> Result<Manifest> {
        serde_json::from_slice(&self.read_blob(&img.manifest)?)
            .with_context(|| format!("decoding manifest of image {}", img.id.short()))
    }

    pub fn layer_dir(&self, chain: &Digest) -> PathBuf {
        self.root.join("layers").join(chain.hex())
    }

    /// The unpacked content of a layer: an overlay lower dir.
    pub fn layer_diff(&self, chain: &Digest) -> PathBuf {
        self.layer_dir(chain).join("diff")
    }

    pub fn has_layer(&self, chain: &Digest) -> bool {
        self.layer_dir(chain).join("layer.json").exists()
    }

    pub fn layer_record(&self, chain: &Digest) -> Result<Option<LayerRecord>> {
        atomic::read_json(&self.layer_dir(chain).join("layer.json"))
    }

    pub fn unpack_options(&self) -> UnpackOptions {
        UnpackOptions {
            rootless: self.paths.rootless,
            chown: crate::runtime::userns::can_chown(),
            ..UnpackOptions::default()
        }
    }

    /// Start staging new content.
    pub fn stage(&self, purpose: &str) -> Result<Staging> {
        tmp::sweep(&self.paths.tmp_dir());
        Ok(Staging {
            tmp: TempDir::new(&self.paths.tmp_dir(), purpose)?,
            blobs: BTreeMap::new(),
            layers: BTreeMap::new(),
            counter: 0,
        })
    }

    /// Find an image by ID, ID prefix, name or digest reference.
    pub fn lookup<'a>(&self, images: &'a [ImageRecord], input: &str) -> Result<&'a ImageRecord> {
        find(images, input)?.ok_or_else(|| no_such_image(input))
    }

    /// Move staged content into the store and add or update `images`.
    /// Names given to the new images are taken away from other images.
    /// Returns the layers that must be unpacked again because garbage
    /// collection removed them after the caller saw them present.
    pub fn commit(&self, staging: &mut Staging, new: Vec<ImageRecord>) -> Result<CommitOutcome> {
        // Flush the staged data before it becomes reachable, so a power
        // loss cannot leave a record that points at empty files.
        let t = std::time::Instant::now();
        crate::runtime::sys::syncfs(staging.tmp.path()).context("syncing staged data")?;
        crate::debug!("commit: staged data synced in {:?}", t.elapsed());
        let guard = self.lock(Mode::Exclusive)?;
        let mut missing = Vec::new();
        for img in &new {
            for l in &img.layers {
                let no_layer =
                    !self.has_layer(&l.chain_id) && !staging.layers.contains_key(&l.chain_id);
                let no_blob = !self.has_blob(&l.blob) && !staging.blobs.contains_key(&l.blob);
                if (no_layer || no_blob) && !missing.contains(&l.chain_id) {
                    missing.push(l.chain_id.clone());
                }
            }
            for b in [&img.id, &img.manifest] {
                if !self.has_blob(b) && !staging.blobs.contains_key(b) {
                    bail!("internal error: blob {b} is neither stored nor staged");
                }
            }
        }
        if !missing.is_empty() {
            return Ok(CommitOutcome::MissingLayers(missing));
        }
        let wanted: HashSet<&Digest> = new
            .iter()
            .flat_map(|i| i.layers.iter().map(|l| &l.blob).chain([&i.id, &i.manifest]))
            .collect();
        for (d, p) in &staging.blobs {
            if wanted.contains(d) && !self.has_blob(d) {
                std::fs::rename(p, self.blob_path(d))
                    .with_context(|| format!("storing blob {d}"))?;
            }
        }
        let wanted_layers: HashSet<&Digest> = new.iter().flat_map(ImageRecord::chain_ids).collect();
        for (chain, (dir, _)) in &staging.layers {
            if wanted_layers.contains(chain) && !self.has_layer(chain) {
                let dest = self.layer_dir(chain);
                // A directory without layer.json is a leftover of an older,
                // interrupted removal; it is garbage.
                if dest.exists() {
                    tmp::remove_tree(&dest);
                }
                std::fs::rename(dir, &dest).with_context(|| format!("storing layer {chain}"))?;
            }
        }
        atomic::sync_dir(&self.root.join("blobs/sha256"))?;
        atomic::sync_dir(&self.root.join("layers"))?;

        let mut images = self.images()?;
        let mut outcome = Vec::new();
        let now = Timestamp::now().rfc3339_nano();
        for img in new {
            for name in &img.names {
                take_name(&mut images, name, &img.id);
            }
            if let Some(existing) = images.iter_mut().find(|i| i.id == img.id) {
                for n in &img.names {
                    if !existing.names.contains(n) {
                        existing.names.push(n.clone());
                        existing.remember(n);
                        existing.last_tag_time = Some(now.clone());
                    }
                }
                for d in &img.digests {
                    if !existing.digests.contains(d) {
                        existing.digests.push(d.clone());
                    }
                }
                if existing.parent.is_none() {
                    existing.parent.clone_from(&img.parent);
                }
                if img.build_key.is_some() {
                    existing.build_key.clone_from(&img.build_key);
                }
                outcome.push(existing.clone());
            } else {
                let mut img = img;
                img.added.clone_from(&now);
                if !img.names.is_empty() {
                    img.last_tag_time = Some(now.clone());
                }
                outcome.push(img.clone());
                images.push(img);
            }
        }
        self.write_images(&guard, &images)?;
        Ok(CommitOutcome::Committed(outcome))
    }

    /// Move every staged blob and layer into the store now, without an
    /// image record. A pull keeps each layer as soon as it is verified, so
    /// that a rerun after an interruption does not fetch it again. Until an
    /// image names them they are garbage that a collection may remove;
    /// [`ImageStore::commit`] then reports them missing.
    pub fn commit_parts(&self, staging: &mut Staging) -> Result<()> {
        let t = std::time::Instant::now();
        crate::runtime::sys::syncfs(staging.tmp.path()).context("syncing staged data")?;
        crate::debug!("commit: staged parts synced in {:?}", t.elapsed());
        let _guard = self.lock(Mode::Exclusive)?;
        for (d, p) in std::mem::take(&mut staging.blobs) {
            if !self.has_blob(&d) {
                std::fs::rename(&p, self.blob_path(&d))
                    .with_context(|| format!("storing blob {d}"))?;
            }
        }
        for (chain, (dir, _)) in std::mem::take(&mut staging.layers) {
            if !self.has_layer(&chain) {
                let dest = self.layer_dir(&chain);
                if dest.exists() {
                    tmp::remove_tree(&dest);
                }
                std::fs::rename(&dir, &dest).with_context(|| format!("storing layer {chain}"))?;
            }
        }
        atomic::sync_dir(&self.root.join("blobs/sha256"))?;
        atomic::sync_dir(&self.root.join("layers"))?;
        Ok(())
    }

    /// Add annotations to the manifest of image `id` (`build
    /// --annotation`): a new manifest blob; the image ID, its config's
    /// digest, stays.
    pub fn annotate(&self, id: &Digest, annotations: &[(String, String)]) -> Result<()> {
        if annotations.is_empty() {
            return Ok(());
        }
        let mut staging = self.stage("annotate")?;
        let images = self.images()?;
        let img = images
            .iter()
            .find(|i| i.id == *id)
            .with_context(|| format!("image {} is gone", id.short()))?;
        let mut manifest = self.manifest(img)?;
        let map = manifest.annotations.get_or_insert_with(BTreeMap::new);
        for (k, v) in annotations {
            map.insert(k.clone(), v.clone());
        }
        let digest = staging.put_blob_bytes(&serde_json::to_vec(&manifest)?)?;
        self.commit_parts(&mut staging)?;
        let guard = self.lock(Mode::Exclusive)?;
        // (A garbage collection between the two locks took the blob.)
        if !self.has_blob(&digest) {
            bail!(
                "annotating image {}: its new manifest was removed meanwhile",
                id.short()
            );
        }
        let mut images = self.images()?;
        if let Some(img) = images.iter_mut().find(|i| i.id == *id) {
            img.manifest = digest;
        }
        self.write_images(&guard, &images)
    }

    /// Record a repository digest (`name@sha256:...`) for an image, as
    /// docker does after a push.
    pub fn add_digest(&self, id: &Digest, repo_digest: &str) -> Result<()> {
        let guard = self.lock(Mode::Exclusive)?;
        let mut images = self.images()?;
        let Some(img) = images.iter_mut().find(|i| i.id == *id) else {
            return Ok(());
        };
        if img.digests.iter().any(|d| d == repo_digest) {
            return Ok(());
        }
        img.digests.push(repo_digest.to_string());
        self.write_images(&guard, &images)
    }

    /// Add names to an image (docker `tag`).
    pub fn tag(&self, input: &str, targets: &[Reference]) -> Result<()> {
        let guard = self.lock(Mode::Exclusive)?;
        let mut images = self.images()?;
        let id = self.lookup(&images, input)?.id.clone();
        let now = Timestamp::now().rfc3339_nano();
        for t in targets {
            if t.digest.is_some() {
                bail!("tag {t}: a tag cannot contain a digest");
            }
            let name = t.clone().with_default_tag().to_string();
            take_name(&mut images, &name, &id);
            let img = images
                .iter_mut()
                .find(|i| i.id == id)
                .ok_or_else(|| anyhow!("image {id} vanished"))?;
            if !img.names.contains(&name) {
                img.names.push(name.clone());
                img.remember(&name);
                img.last_tag_time = Some(now.clone());
            }
        }
        self.write_images(&guard, &images)
    }

    /// Remove names from an image (podman `untag`); all names if `names`
    /// is empty.
    pub fn untag(&self, input: &str, names: &[Reference]) -> Result<Vec<String>> {
        let guard = self.lock(Mode::Exclusive)?;
        let mut images = self.images()?;
        let id = self.lookup(&images, input)?.id.clone();
        let img = images
            .iter_mut()
            .find(|i| i.id == id)
            .ok_or_else(|| anyhow!("image {id} vanished"))?;
        let mut removed = Vec::new();
        if names.is_empty() {
            removed = std::mem::take(&mut img.names);
        } else {
            for n in names {
                let full = n.clone().with_default_tag().to_string();
                // A short name also means its localhost/ form (podman).
                let local = (n.domain == crate::image::reference::DEFAULT_DOMAIN).then(|| {
                    let path = n.path.strip_prefix("library/").unwrap_or(&n.path);
                    format!("localhost/{path}:{}", n.tag.as_deref().unwrap_or("latest"))
                });
                let Some(pos) = img
                    .names
                    .iter()
                    .position(|x| *x == full || Some(x) == local.as_ref())
                else {
                    bail!(
                        "{}: tag not known for image {}",
                        n.familiar_string(),
                        id.short()
                    );
                };
                removed.push(img.names.remove(pos));
            }
        }
        for r in &removed {
            img.forget(r);
        }
        self.write_images(&guard, &images)?;
        Ok(removed)
    }

    /// docker `rmi` for one argument: untag a name, or delete the image when
    /// it has no other names (or `force`), and then (unless `no_prune`) its
    /// parents that are left unnamed, childless and unused.
    pub fn remove(
        &self,
        input: &str,
        force: bool,
        no_prune: bool,
        pins: &dyn Fn() -> Pins,
    ) -> Result<RemoveReport> {
        let guard = self.lock(Mode::Exclusive)?;
        // Read the pins under the lock: containers pin their image while
        // holding it shared, so none can appear unseen.
        let pins = &pins();
        let mut images = self.images()?;
        let img = self.lookup(&images, input)?.clone();
        let mut report = RemoveReport::default();
        let by_name = name_match(&img, input);
        if let Some(name) = &by_name
            && img.digests.contains(name)
            && img.names.len() + img.digests.len() > 1
        {
            // `NAME@DIGEST`: only that reference, while others remain.
            let i = images.iter_mut().find(|i| i.id == img.id).expect("present");
            i.digests.retain(|d| d != name);
            report.untagged.push(name.clone());
            self.write_images(&guard, &images)?;
            return Ok(report);
        }
        if let Some(name) = &by_name
            && img.names.len() > 1
        {
            // Just this name; the image keeps its others.
            let i = images.iter_mut().find(|i| i.id == img.id).expect("present");
            i.forget(name);
            report.untagged.push(name.clone());
            self.write_images(&guard, &images)?;
            return Ok(report);
        }
        if by_name.is_none() && img.names.len() > 1 && !force {
            bail!(
                "unable to delete {} (must be forced) - image is referenced in multiple repositories",
                img.id.short()
            );
        }
        if let Some(ctr) = pins.images.get(&img.id) {
            if !force {
                bail!(crate::error::ExitError::new(
                    2,
                    format!(
                        "image used by {ctr}: image is in use by a container (remove the container first, or use --force to untag it)"
                    )
                ));
            }
            // docker: with --force an image in use loses its names but stays
            // for the container that runs on it.
            let i = images.iter_mut().find(|i| i.id == img.id).expect("present");
            report.untagged = std::mem::take(&mut i.names);
            self.write_images(&guard, &images)?;
            return Ok(report);
        }
        report.untagged.clone_from(&img.names);
        report.untagged.extend(img.digests.iter().cloned());
        images.retain(|i| i.id != img.id);
        report.deleted.push(img.id.clone());
        let mut parent = img.parent.clone().filter(|_| !no_prune);
        while let Some(p) = parent.take() {
            let family = Family::of(&images);
            let Some(pi) = images.iter().find(|i| i.id == p) else {
                break;
            };
            if !family.is_dangling(pi) || pins.images.contains_key(&p) {
                break;
            }
            parent.clone_from(&pi.parent);
            images.retain(|i| i.id != p);
            report.deleted.push(p);
        }
        self.write_images(&guard, &images)?;
        let doomed = self.collect_garbage(&guard, &images, pins)?;
        drop(guard);
        for d in doomed {
            tmp::remove_tree(&d);
        }
        Ok(report)
    }

    /// Remove every layer and blob that no image record and no pin names.
    /// Layers are renamed into tmp/ under the lock (so they vanish
    /// atomically) and the returned paths are deleted by the caller after
    /// the lock is released.
    pub fn collect_garbage(
        &self,
        _lock: &LockGuard,
        images: &[ImageRecord],
        pins: &Pins,
    ) -> Result<Vec<PathBuf>> {
        let mut live_layers: HashSet<&Digest> = pins.layers.iter().collect();
        let mut live_blobs: HashSet<&Digest> = HashSet::new();
        for img in images {
            live_layers.extend(img.chain_ids());
            live_blobs.insert(&img.id);
            live_blobs.insert(&img.manifest);
            live_blobs.extend(img.layers.iter().map(|l| &l.blob));
        }
        let mut doomed = Vec::new();
        let tmp_root = self.paths.tmp_dir();
        for e in std::fs::read_dir(self.root.join("layers")).context("listing layers")? {
            let e = e?;
            let name = e.file_name();
            let name = name.to_string_lossy();
            let live = Digest::from_hex(&name).is_ok_and(|d| live_layers.contains(&d));
            if !live {
                let dest = tmp_root.join(format!("gc-{}", crate::storage::random_hex(8)));
                std::fs::rename(e.path(), &dest)
                    .with_context(|| format!("removing layer {name}"))?;
                doomed.push(dest);
            }
        }
        for e in std::fs::read_dir(self.root.join("blobs/sha256")).context("listing blobs")? {
            let e = e?;
            let name = e.file_name();
            let name = name.to_string_lossy();
            let live = Digest::from_hex(&name).is_ok_and(|d| live_blobs.contains(&d));
            if !live {
                std::fs::remove_file(e.path()).with_context(|| format!("removing blob {name}"))?;
            }
        }
        atomic::sync_dir(&self.root.join("layers"))?;
        Ok(doomed)
    }

    /// Delete images that `select` picks (seeing the remaining images'
    /// [`Family`]), again until it picks none (removing a child can make
    /// its parent dangling), and then the garbage. Returns the reports and
    /// the bytes of layers freed.
    pub fn prune(
        &self,
        select: impl Fn(&ImageRecord, &Family) -> bool,
        pins: &dyn Fn() -> Pins,
    ) -> Result<(Vec<RemoveReport>, u64)> {
        let guard = self.lock(Mode::Exclusive)?;
        let pins = &pins();
        let mut images = self.images()?;
        let mut reports = Vec::new();
        let mut gone = Vec::new();
        loop {
            let family = Family::of(&images);
            let (now, kept): (Vec<_>, Vec<_>) = images
                .drain(..)
                .partition(|i| select(i, &family) && !pins.images.contains_key(&i.id));
            images = kept;
            if now.is_empty() {
                break;
            }
            gone.extend(now);
        }
        let live: HashSet<&Digest> = images.iter().flat_map(ImageRecord::chain_ids).collect();
        let mut freed = 0u64;
        let mut counted = HashSet::new();
        for img in &gone {
            for l in &img.layers {
                if !live.contains(&l.chain_id)
                    && !pins.layers.contains(&l.chain_id)
                    && counted.insert(l.chain_id.clone())
                    && let Ok(Some(r)) = self.layer_record(&l.chain_id)
                {
                    freed += r.tar_size;
                }
            }
            reports.push(RemoveReport {
                untagged: img.names.clone(),
                deleted: vec![img.id.clone()],
            });
        }
        self.write_images(&guard, &images)?;
        let doomed = self.collect_garbage(&guard, &images, pins)?;
        drop(guard);
        for d in doomed {
            tmp::remove_tree(&d);
        }
        Ok((reports, freed))
    }
}

pub enum CommitOutcome {
    /// The stored records of the committed images.
    Committed(Vec<ImageRecord>),
    /// These layers must be staged again (they were removed concurrently).
    MissingLayers(Vec<Digest>),
}

/// Content being prepared for a commit.
pub struct Staging {
    pub tmp: TempDir,
    blobs: BTreeMap<Digest, PathBuf>,
    layers: BTreeMap<Digest, (PathBuf, LayerRecord)>,
    counter: u64,
}

/// A blob being written into a staging area.
pub struct BlobWriter {
    path: PathBuf,
    out: HashingWriter<std::io::BufWriter<File>>,
    /// Bytes written since writeback was last started.
    unsynced: u64,
}

/// Start writeback of a staged blob every this many bytes (see
/// `sys::start_writeback`).
const WRITEBACK_EVERY: u64 = 8 << 20;

impl Write for BlobWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.unsynced += n as u64;
        if self.unsynced >= WRITEBACK_EVERY {
            self.unsynced = 0;
            crate::runtime::sys::start_writeback(self.out.inner.get_ref());
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl BlobWriter {
    pub fn hasher(&self) -> &Hasher {
        &self.out.hasher
    }
}

impl Staging {
    fn next_path(&mut self, what: &str) -> PathBuf {
        self.counter += 1;
        self.tmp.path().join(format!("{what}-{}", self.counter))
    }

    pub fn blob_writer(&mut self) -> Result<BlobWriter> {
        let path = self.next_path("blob");
        let f = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(BlobWriter {
            path,
            out: HashingWriter::new(std::io::BufWriter::with_capacity(256 * 1024, f)),
            unsynced: 0,
        })
    }

    /// Finish a blob; if `expected` is given the content must match it.
    pub fn finish_blob(
        &mut self,
        w: BlobWriter,
        expected: Option<&Digest>,
    ) -> Result<(Digest, u64)> {
        let BlobWriter { path, out, .. } = w;
        let HashingWriter { inner, hasher } = out;
        inner
            .into_inner()
            .map_err(|e| anyhow!("writing {}: {}", path.display(), e.error()))?;
        let size = hasher.count;
        let d = hasher.finish();
        if let Some(exp) = expected
            && let Err(e) = verify(exp, &d, "blob")
        {
            let _ = std::fs::remove_file(&path);
            return Err(e);
        }
        self.add_blob_file(d.clone(), path);
        Ok((d, size))
    }

    /// Stage a blob from a reader.
    pub fn put_blob(
        &mut self,
        r: &mut (impl Read + ?Sized),
        expected: Option<&Digest>,
    ) -> Result<(Digest, u64)> {
        let mut w = self.blob_writer()?;
        std::io::copy(r, &mut w).context("writing blob")?;
        self.finish_blob(w, expected)
    }

    pub fn put_blob_bytes(&mut self, data: &[u8]) -> Result<Digest> {
        Ok(self.put_blob(&mut &data[..], None)?.0)
    }

    fn add_blob_file(&mut self, d: Digest, path: PathBuf) {
        if let Some(old) = self.blobs.insert(d, path) {
            let _ = std::fs::remove_file(old);
        }
    }

    pub fn blob_path(&self, d: &Digest) -> Option<&Path> {
        self.blobs.get(d).map(PathBuf::as_path)
    }

    pub fn has_layer(&self, chain: &Digest) -> bool {
        self.layers.contains_key(chain)
    }

    pub fn layer_record(&self, chain: &Digest) -> Option<&LayerRecord> {
        self.layers.get(chain).map(|(_, r)| r)
    }

    /// Unpack a layer stream whose diff ID is not known beforehand
    /// (import, commit) on top of the layer `parent` (a chain ID).
    pub fn unpack_new_layer(
        &mut self,
        blob: impl Read,
        parent: Option<&Digest>,
        opts: &UnpackOptions,
    ) -> Result<LayerRecord> {
        let dir = self.next_path("layer");
        let diff = dir.join("diff");
        std::fs::create_dir_all(&diff).with_context(|| format!("creating {}", diff.display()))?;
        let stats = layer::unpack(blob, &diff, opts)?;
        let Some(diff_id) = stats.diff_id.clone() else {
            bail!("internal error: unpack gave no diff ID");
        };
        let chain_id = match parent {
            None => diff_id.clone(),
            Some(p) => Digest::of(format!("{p} {diff_id}").as_bytes()),
        };
        let rec = LayerRecord {
            chain_id,
            diff_id,
            parent: parent.cloned(),
            tar_size: stats.tar_size,
            content_size: stats.content_size,
            created: Timestamp::now().rfc3339_nano(),
        };
        atomic::write_json(&dir.join("layer.json"), &rec)?;
        self.layers.insert(rec.chain_id.clone(), (dir, rec.clone()));
        Ok(rec)
    }

    /// Unpack a layer blob into a staged layer directory and check its diff
    /// ID.
    pub fn unpack_layer(
        &mut self,
        chain: &Digest,
        parent: Option<&Digest>,
        blob: impl Read,
        diff_id: &Digest,
        opts: &UnpackOptions,
    ) -> Result<LayerRecord> {
        let dir = self.next_path("layer");
        let diff = dir.join("diff");
        std::fs::create_dir_all(&diff).with_context(|| format!("creating {}", diff.display()))?;
        let stats = layer::unpack(blob, &diff, opts)?;
        let actual = stats.diff_id.clone().expect("unpack sets diff_id");
        verify(
            diff_id,
            &actual,
            "layer content does not match the image's diff ID",
        )?;
        let rec = LayerRecord {
            chain_id: chain.clone(),
            diff_id: diff_id.clone(),
            parent: parent.cloned(),
            tar_size: stats.tar_size,
            content_size: stats.content_size,
            created: Timestamp::now().rfc3339_nano(),
        };
        atomic::write_json(&dir.join("layer.json"), &rec)?;
        self.layers.insert(chain.clone(), (dir, rec.clone()));
        Ok(rec)
    }
}

/// Give `name` to image `to`, removing it from any other image.
fn take_name(images: &mut [ImageRecord], name: &str, to: &Digest) {
    for i in images.iter_mut() {
        if i.id != *to && i.names.iter().any(|n| n == name) {
            i.forget(name);
        }
    }
}

/// `docker.io/library/busybox:latest` → `busybox:latest`.
pub fn display_name(full: &str) -> String {
    if let Some((repo, digest)) = full.split_once('@') {
        return format!("{}@{digest}", familiar_repo(repo));
    }
    let (repo, tag) = reference::split_tagged(full);
    if tag.is_empty() {
        familiar_repo(repo)
    } else {
        format!("{}:{tag}", familiar_repo(repo))
    }
}

/// The familiar form of a stored repository name.
pub fn familiar_repo(repo: &str) -> String {
    match repo.split_once('/') {
        Some((domain, path)) => reference::familiar(domain, path),
        None => repo.to_string(),
    }
}

pub fn no_such_image(input: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotFound,
        format!("{input}: image not known"),
    )
}

/// The full name an image is known by when `input` found it: the name
/// typed, as stored (`docker.io/library/busybox:latest`), else its first
/// name, else `input` (an ID of an unnamed image).
pub fn full_name(img: &ImageRecord, input: &str) -> String {
    name_match(img, input)
        .or_else(|| img.names.first().cloned())
        .unwrap_or_else(|| input.to_string())
}

/// Which stored name `input` refers to, if it names the image by name.
fn name_match(img: &ImageRecord, input: &str) -> Option<String> {
    let r = Reference::parse(input).ok()?;
    if r.digest.is_some() {
        let full = r.to_string();
        return img.digests.iter().find(|d| **d == full).cloned();
    }
    let full = r.clone().with_default_tag().to_string();
    if img.names.contains(&full) {
        return Some(full);
    }
    if Reference::is_short_name(input) {
        let tag = r.tag.as_deref().unwrap_or("latest");
        return img
            .names
            .iter()
            .find(|n| short_name_matches(n, input, tag))
            .cloned();
    }
    None
}

/// Does stored `name` (`domain/path:tag`) match a short name typed by the
/// user? podman resolves `foo` to `localhost/foo`, `quay.io/foo`... when
/// `docker.io/library/foo` is not there.
fn short_name_matches(name: &str, input: &str, tag: &str) -> bool {
    let typed = input.split(['@']).next().unwrap_or(input);
    let slash = typed.rfind('/').map_or(0, |i| i + 1);
    let typed_path = match typed[slash..].rfind(':') {
        Some(i) => &typed[..slash + i],
        None => typed,
    };
    let (repo, t) = reference::split_tagged(name);
    if t != tag {
        return false;
    }
    repo.split_once('/')
        .is_some_and(|(_, path)| path == typed_path || path == format!("library/{typed_path}"))
}

/// Find an image: full ID, name, short name, digest reference, ID prefix.
pub fn find<'a>(images: &'a [ImageRecord], input: &str) -> Result<Option<&'a ImageRecord>> {
    let hexpart = input.strip_prefix("sha256:").unwrap_or(input);
    if super::digest::is_hex64(hexpart) {
        return Ok(images.iter().find(|i| i.id.hex() == hexpart));
    }
    if let Ok(r) = Reference::parse(input) {
        if let Some(d) = &r.digest {
            let want = format!("{}@{d}", r.name());
            if let Some(i) = images.iter().find(|i| {
                i.digests.contains(&want)
                    || (i.manifest == *d
                        && i.names
                            .iter()
                            .any(|n| reference::split_tagged(n).0 == r.name()))
            }) {
                return Ok(Some(i));
            }
        } else {
            let full = r.clone().with_default_tag().to_string();
            if let Some(i) = images.iter().find(|i| i.names.contains(&full)) {
                return Ok(Some(i));
            }
            if Reference::is_short_name(input) {
                let tag = r.tag.as_deref().unwrap_or("latest");
                let mut hits = images
                    .iter()
                    .filter(|i| i.names.iter().any(|n| short_name_matches(n, input, tag)));
                if let Some(first) = hits.next() {
                    return Ok(Some(first));
                }
            }
        }
    }
    // An ID prefix (docker accepts any length; refuse ambiguity).
    if !hexpart.is_empty() && hexpart.len() < 64 && hexpart.bytes().all(|c| c.is_ascii_hexdigit()) {
        let hexpart = hexpart.to_ascii_lowercase();
        let mut hits = images.iter().filter(|i| i.id.hex().starts_with(&hexpart));
        if let Some(first) = hits.next() {
            if hits.next().is_some() {
                bail!("{input}: image ID prefix is ambiguous");
            }
            return Ok(Some(first));
        }
    }
    if let Err(e) = Reference::parse(input)
        && !input.bytes().all(|c| c.is_ascii_hexdigit())
    {
        return Err(e);
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &[u8], names: &[&str]) -> ImageRecord {
        ImageRecord {
            id: Digest::of(id),
            names: names.iter().map(|s| (*s).to_string()).collect(),
            digests: vec![],
            manifest: Digest::of(b"m"),
            manifest_media_type: String::new(),
            layers: vec![],
            size: 0,
            created: None,
            added: String::new(),
            last_tag_time: None,
            names_history: vec![],
            parent: None,
            build_key: None,
        }
    }

    #[test]
    fn dangling_and_intermediate_images() {
        let base = rec(b"base", &["localhost/base:latest"]);
        let mut step = rec(b"step", &[]);
        step.parent = Some(base.id.clone());
        let mut top = rec(b"top", &["localhost/top:latest"]);
        top.parent = Some(step.id.clone());
        let mut leaf = rec(b"leaf", &[]);
        leaf.parent = Some(step.id.clone());
        let all = vec![base.clone(), step.clone(), top.clone(), leaf.clone()];
        let f = Family::of(&all);
        assert!(f.is_intermediate(&step) && !f.is_dangling(&step));
        assert!(f.is_dangling(&leaf) && !f.is_intermediate(&leaf));
        assert!(!f.is_dangling(&base) && !f.is_intermediate(&base));
        assert!(!f.is_dangling(&top) && !f.is_intermediate(&top));
        // Without its children the step image is dangling.
        let f = Family::of(&[base, step.clone()]);
        assert!(f.is_dangling(&step));
    }

    #[test]
    fn lookup_by_name_short_name_and_prefix() {
        let imgs = vec![
            rec(b"a", &["docker.io/library/busybox:latest"]),
            rec(b"b", &["localhost/app:1"]),
            rec(b"c", &["quay.io/ns/tool:latest"]),
        ];
        let find = |s: &str| find(&imgs, s).unwrap().map(|i| i.id.clone());
        assert_eq!(find("busybox"), Some(Digest::of(b"a")));
        assert_eq!(
            find("docker.io/library/busybox:latest"),
            Some(Digest::of(b"a"))
        );
        assert_eq!(find("app:1"), Some(Digest::of(b"b")));
        assert_eq!(find("app"), None);
        assert_eq!(find("ns/tool"), Some(Digest::of(b"c")));
        let id = Digest::of(b"b");
        assert_eq!(find(&id.hex()[..6]), Some(id.clone()));
        assert_eq!(find(id.as_str()), Some(id.clone()));
        assert_eq!(find("nothere"), None);
        assert!(super::find(&imgs, "BAD!").is_err());
    }

    #[test]
    fn display_names_are_familiar() {
        assert_eq!(
            display_name("docker.io/library/busybox:latest"),
            "busybox:latest"
        );
        assert_eq!(display_name("localhost/app:1"), "localhost/app:1");
        assert_eq!(display_name("docker.io/u/a:t"), "u/a:t");
    }
}
