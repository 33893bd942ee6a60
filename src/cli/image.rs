//! Image commands: images, rmi, tag, untag, load, save, import, history,
//! inspect, prune, exists.

use super::Globals;
use super::format::{self, Columns, Format};
use crate::engine::Engine;
use crate::error::ExitError;
use crate::image::archive::{self, LoadSource, SaveFormat, SaveItem};
use crate::image::import::{self as imp, ImportOptions};
use crate::image::query::ImageFilters;
use crate::image::reference::{self, Reference};
use crate::image::store::{ImageRecord, ImageStore};
use crate::util::{time, units};
use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Subcommand};
use serde_json::json;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ImageCommand {
    /// List images
    #[command(visible_alias = "list")]
    Ls(ImagesArgs),
    /// Remove one or more images
    #[command(visible_aliases = ["remove", "rmi"])]
    Rm(RmiArgs),
    /// Remove unused images
    Prune(PruneArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image
    Untag(UntagArgs),
    /// Load images from an archive
    Load(LoadArgs),
    /// Save images to an archive
    Save(SaveArgs),
    /// Create an image from a root file system tarball
    Import(ImportArgs),
    /// Show the history of an image
    History(HistoryArgs),
    /// Pull images from a registry
    Pull(super::registry::PullArgs),
    /// Push an image to a registry
    Push(super::registry::PushArgs),
    /// Search registries for images
    Search(super::registry::SearchArgs),
    /// Display detailed information on images
    Inspect(ImageInspectArgs),
    /// Check if an image exists (exit status 0 if it does, 1 if not)
    Exists(ExistsArgs),
}

pub fn dispatch(g: &Globals, c: ImageCommand) -> Result<i32> {
    match c {
        ImageCommand::Ls(a) => images(g, &a),
        ImageCommand::Rm(a) => rmi(g, &a),
        ImageCommand::Prune(a) => prune(g, &a),
        ImageCommand::Tag(a) => tag(g, &a),
        ImageCommand::Untag(a) => untag(g, &a),
        ImageCommand::Load(a) => load(g, &a),
        ImageCommand::Save(a) => save(g, &a),
        ImageCommand::Import(a) => import(g, &a),
        ImageCommand::History(a) => history(g, &a),
        ImageCommand::Pull(a) => super::registry::pull(g, &a),
        ImageCommand::Push(a) => super::registry::push(g, &a),
        ImageCommand::Search(a) => super::registry::search(g, &a),
        ImageCommand::Inspect(a) => super::inspect::run(
            g,
            super::inspect::Type::Image,
            &a.names,
            false,
            a.format.as_deref(),
        ),
        ImageCommand::Exists(a) => exists(g, &a),
    }
}

fn open(g: &Globals) -> Result<ImageStore> {
    ImageStore::open(&g.paths()?)
}

/// Open the store for a command that writes layer content: rootless users
/// first become root in their user namespace.
fn open_for_layers(g: &Globals) -> Result<ImageStore> {
    let paths = g.paths()?;
    crate::runtime::userns::enter_if_rootless(&paths)?;
    ImageStore::open(&paths)
}

#[derive(Args, Debug)]
pub struct ImagesArgs {
    /// Show only images of this repository (and tag)
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub repository: Option<String>,
    /// Show all images (by default intermediate images are hidden)
    #[arg(short, long)]
    pub all: bool,
    /// Show digests
    #[arg(long)]
    pub digests: bool,
    /// Filter output (dangling=, reference=, label=, before=, since=, until=, id=)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output with a Go template, 'table TEMPLATE' or 'json'
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Only show image IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Sort by created, id, repository, size or tag
    #[arg(long, default_value = "created", value_parser = ["created", "id", "repository", "size", "tag"])]
    pub sort: String,
    /// Display the image name history
    #[arg(long)]
    pub history: bool,
}

const IMAGE_COLUMNS: Columns<'static> = Columns {
    default: &[
        ("Repository", "REPOSITORY"),
        ("Tag", "TAG"),
        ("ID", "IMAGE ID"),
        ("Created", "CREATED"),
        ("Size", "SIZE"),
    ],
    extra: &[
        ("Digest", "DIGEST"),
        ("CreatedAt", "CREATED AT"),
        ("CreatedSince", "CREATED"),
        ("CreatedTime", "CREATED AT"),
        ("VirtualSize", "VIRTUAL SIZE"),
        ("SharedSize", "SHARED SIZE"),
        ("Containers", "CONTAINERS"),
        ("History", "HISTORY"),
        ("Names", "NAMES"),
        ("Labels", "LABELS"),
        ("Dangling", "DANGLING"),
        ("ReadOnly", "R/O"),
        ("ParentId", "PARENT ID"),
        ("Id", "IMAGE ID"),
    ],
};

/// How many containers use each image.
fn container_counts(
    store: &ImageStore,
) -> std::collections::HashMap<crate::image::digest::Digest, u64> {
    let mut out = std::collections::HashMap::new();
    if let Ok(cs) = crate::container::ContainerStore::open(&store.paths)
        && let Ok(list) = cs.list()
    {
        for e in list {
            *out.entry(e.image_id).or_insert(0) += 1;
        }
    }
    out
}

pub fn images(g: &Globals, a: &ImagesArgs) -> Result<i32> {
    let store = open(g)?;
    let all = store.images()?;
    if a.repository.is_some() && !a.filter.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "cannot specify an image and a filter(s)"
        ));
    }
    let mut filters = ImageFilters::parse(&a.filter, &all)?;
    if let Some(r) = &a.repository {
        filters.references.push(r.clone());
    }
    let counts = container_counts(&store);
    // One entry per name (podman's rows), each with the image's summary.
    let mut rows: Vec<(serde_json::Value, serde_json::Value, i64)> = Vec::new();
    let mut sorted: Vec<&ImageRecord> = all.iter().collect();
    sorted.sort_by(|x, y| {
        y.created_time()
            .cmp(&x.created_time())
            .then(x.id.cmp(&y.id))
    });
    for img in sorted {
        let labels = if filters.needs_labels()
            || matches!(Format::parse(a.format.as_deref()), Format::Json)
        {
            store.config(img)?.container().labels.unwrap_or_default()
        } else {
            Default::default()
        };
        if !filters.matches(img, &labels) {
            continue;
        }
        let id = if a.no_trunc {
            img.id.to_string()
        } else {
            img.id.short().to_string()
        };
        let created = img.created_time();
        let created_utc = time::Timestamp {
            secs: created.secs,
            nanos: 0,
        };
        let history: Vec<String> = img.names_history.clone();
        let summary = json!({
            "Id": img.id.hex(),
            "ParentId": "",
            "RepoTags": null,
            "RepoDigests": img.digests,
            "Size": img.size,
            "SharedSize": 0,
            "VirtualSize": img.size,
            "Labels": if labels.is_empty() { serde_json::Value::Null } else { json!(labels) },
            "Containers": counts.get(&img.id).copied().unwrap_or(0),
            "Names": img.names,
            "Digest": img.manifest.to_string(),
            "History": history,
            "Created": created.secs,
            "CreatedAt": created_utc.rfc3339_nano(),
        });
        let base = json!({
            "Containers": counts.get(&img.id).copied().unwrap_or(0),
            "Created": time::ago(created),
            "CreatedAt": created_utc.go_string_utc(),
            "CreatedSince": time::ago(created),
            "CreatedTime": created_utc.go_string_utc(),
            "ID": id,
            "Id": img.id.hex(),
            "ParentId": "",
            "SharedSize": 0,
            "Size": units::human_size(img.size),
            "VirtualSize": units::human_size(img.size),
            "History": history.join(", "),
            "Names": img.names,
            "Labels": labels,
            "Dangling": img.names.is_empty(),
            "ReadOnly": false,
            "Digest": img.manifest.to_string(),
        });
        let mut names: Vec<(String, String)> = img
            .names
            .iter()
            .map(|n| {
                let (repo, tag) = reference::split_tagged(n);
                (repo.to_string(), tag.to_string())
            })
            .collect();
        if names.is_empty() {
            // Pulled by digest: the repository without a tag.
            for d in &img.digests {
                if let Some((repo, _)) = d.split_once('@')
                    && !names.iter().any(|(r, _)| r == repo)
                {
                    names.push((repo.to_string(), "<none>".into()));
                }
            }
            names.truncate(1);
        }
        if names.is_empty() {
            names.push(("<none>".into(), "<none>".into()));
        }
        // podman: an image that matches shows every one of its names.
        for (repo, tag) in names {
            let mut row = base.clone();
            row["Repository"] = json!(repo);
            row["Tag"] = json!(tag);
            rows.push((row, summary.clone(), created.secs));
        }
    }
    match a.sort.as_str() {
        "id" => rows.sort_by(|x, y| x.0["ID"].as_str().cmp(&y.0["ID"].as_str())),
        "repository" => {
            rows.sort_by(|x, y| x.0["Repository"].as_str().cmp(&y.0["Repository"].as_str()));
        }
        "tag" => rows.sort_by(|x, y| x.0["Tag"].as_str().cmp(&y.0["Tag"].as_str())),
        "size" => rows.sort_by_key(|x| x.1["Size"].as_u64()),
        _ => {} // created: already newest first
    }
    let format = Format::parse(a.format.as_deref());
    if format == Format::Json {
        let items: Vec<&serde_json::Value> = rows.iter().map(|r| &r.1).collect();
        format::out(&format::json_indented(&items, 4)?);
        return Ok(0);
    }
    if a.quiet {
        let mut seen = std::collections::HashSet::new();
        let mut text = String::new();
        for (r, _, _) in &rows {
            let id = r["ID"].as_str().unwrap_or_default();
            if seen.insert(id.to_string()) {
                text.push_str(id);
                text.push('\n');
            }
        }
        format::out(&text);
        return Ok(0);
    }
    let mut cols: Vec<(&str, &str)> = vec![("Repository", "REPOSITORY"), ("Tag", "TAG")];
    if a.digests {
        cols.push(("Digest", "DIGEST"));
    }
    cols.extend([("ID", "IMAGE ID"), ("Created", "CREATED"), ("Size", "SIZE")]);
    if a.history {
        cols.push(("History", "HISTORY"));
    }
    let table: Vec<serde_json::Value> = rows.into_iter().map(|r| r.0).collect();
    format::print_rows(
        &format,
        &table,
        &Columns {
            default: &cols,
            extra: IMAGE_COLUMNS.extra,
        },
        a.noheading,
    )?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct RmiArgs {
    /// Images to remove (name, ID or ID prefix)
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Force removal: remove all names of an image given by ID
    #[arg(short, long)]
    pub force: bool,
    /// Remove all images
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors for images that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Do not remove dangling parent images (skiff keeps no parent
    /// images: layers go with the last image that uses them)
    #[arg(long)]
    pub no_prune: bool,
}

pub fn rmi(g: &Globals, a: &RmiArgs) -> Result<i32> {
    if a.images.is_empty() && !a.all {
        bail!("rmi requires at least one image name or ID (or --all)");
    }
    let engine = Engine::open(g)?;
    let mut targets = a.images.clone();
    if a.all {
        targets.extend(engine.image_ids()?.iter().map(ToString::to_string));
    }
    let mut code = 0;
    // podman prints every Untagged line, then every Deleted one.
    let (mut untagged, mut deleted) = (String::new(), String::new());
    for t in &targets {
        match engine.remove_image(t, a.force || a.all) {
            Ok(r) => {
                for u in r.untagged {
                    untagged.push_str(&format!("Untagged: {u}\n"));
                }
                for d in r.deleted {
                    deleted.push_str(&format!("Deleted: {}\n", d.hex()));
                }
            }
            Err(e) => {
                let missing = crate::error::is_not_found(&e);
                // podman: --force also ignores images that are not there.
                if missing && (a.ignore || a.force) {
                    continue;
                }
                let r = crate::error::Report::from_error(&e);
                crate::log::print_error(&r.message, &r.hints);
                // podman: 1 when an image does not exist, 2 when in use.
                code = if missing {
                    1
                } else if r.code == 2 {
                    2
                } else {
                    r.code
                };
            }
        }
    }
    untagged.push_str(&deleted);
    format::out(&untagged);
    Ok(code)
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Remove all images not used by containers, not just dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Filter images to prune (until=, label=, label!=)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Remove images even when external containers use them (skiff's
    /// store is its own: there are none)
    #[arg(long)]
    pub external: bool,
}

pub fn prune(g: &Globals, a: &PruneArgs) -> Result<i32> {
    if !a.force {
        let what = if a.all {
            "all images without at least one container associated with them"
        } else {
            "all dangling images"
        };
        if !super::system::confirm(&format!(
            "WARNING! This command removes {what}.\nAre you sure you want to continue? [y/N] "
        ))? {
            return Ok(0);
        }
    }
    let engine = Engine::open_in_userns(g)?;
    let store = &engine.images;
    let images = engine.image_list()?;
    let filters = ImageFilters::parse(&a.filter, &images)?;
    let mut labels = std::collections::HashMap::new();
    if filters.needs_labels() {
        for i in &images {
            labels.insert(
                i.id.clone(),
                store.config(i)?.container().labels.unwrap_or_default(),
            );
        }
    }
    let empty = Default::default();
    let (reports, freed) = engine.prune_images(|i| {
        (a.all || i.is_dangling()) && filters.matches(i, labels.get(&i.id).unwrap_or(&empty))
    })?;
    // podman prints the IDs of the images it removed.
    let _ = freed;
    let mut text = String::new();
    for r in reports {
        for d in r.deleted {
            text.push_str(d.hex());
            text.push('\n');
        }
    }
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct TagArgs {
    /// The image to name
    #[arg(value_name = "SOURCE_IMAGE")]
    pub source: String,
    /// New names (docker takes one; podman several)
    #[arg(value_name = "TARGET_IMAGE", required = true)]
    pub targets: Vec<String>,
}

pub fn tag(g: &Globals, a: &TagArgs) -> Result<i32> {
    let targets = a
        .targets
        .iter()
        .map(|t| Reference::parse_local(t))
        .collect::<Result<Vec<_>>>()?;
    Engine::open(g)?.tag(&a.source, &targets)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct UntagArgs {
    /// The image to remove names from
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Names to remove (all if none are given)
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
}

pub fn untag(g: &Globals, a: &UntagArgs) -> Result<i32> {
    let names = a
        .names
        .iter()
        .map(|t| Reference::parse(t))
        .collect::<Result<Vec<_>>>()?;
    Engine::open(g)?.untag(&a.image, &names)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Read from this archive file (or OCI layout directory) instead of stdin
    #[arg(short, long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Suppress the output
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn load(g: &Globals, a: &LoadArgs) -> Result<i32> {
    let source = match &a.input {
        Some(p)
            if p.to_str()
                .is_some_and(|u| u.starts_with("http://") || u.starts_with("https://")) =>
        {
            LoadSource::Reader(crate::registry::client::http_get(
                p.to_str().unwrap_or_default(),
            )?)
        }
        Some(p) if p.as_os_str() != "-" => {
            if p.is_dir() {
                LoadSource::Dir(p.clone())
            } else {
                let f =
                    std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?;
                LoadSource::Reader(Box::new(f))
            }
        }
        _ => {
            if std::io::stdin().is_terminal() {
                bail!("requested load from stdin, but stdin is empty (use -i FILE or a redirect)");
            }
            LoadSource::Reader(Box::new(std::io::stdin().lock()))
        }
    };
    let store = open_for_layers(g)?;
    let loaded = archive::load(&store, source)?;
    // -q keeps progress quiet; what was loaded is printed (podman and
    // docker alike).
    let mut text = String::new();
    for img in loaded {
        if img.names.is_empty() {
            text.push_str(&format!("Loaded image ID: {}\n", img.id));
        }
        for n in &img.names {
            text.push_str(&format!("Loaded image: {n}\n"));
        }
    }
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct SaveArgs {
    /// Images to save
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Archive format: docker-archive or oci-archive
    #[arg(long, default_value = "docker-archive")]
    pub format: String,
    /// Suppress the output
    #[arg(short, long)]
    pub quiet: bool,
    /// Accepted for podman compatibility: every archive may hold several images
    #[arg(short = 'm', long)]
    pub multi_image_archive: bool,
    /// Write layers uncompressed (docker archives always are)
    #[arg(long)]
    pub uncompressed: bool,
    /// Compress layers when saving to a directory (podman's dir formats,
    /// which skiff does not write)
    #[arg(long)]
    pub compress: bool,
}

pub fn save(g: &Globals, a: &SaveArgs) -> Result<i32> {
    let mut format = SaveFormat::parse(&a.format)?;
    if a.compress {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "--compress can only be set when --format is either 'oci-dir' or 'docker-dir'"
        ));
    }
    if a.uncompressed && format == SaveFormat::OciArchive {
        format = SaveFormat::OciArchiveUncompressed;
    }
    let store = open(g)?;
    let images = store.images()?;
    let mut items: Vec<SaveItem> = Vec::new();
    for name in &a.images {
        let img = store.lookup(&images, name)?.clone();
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
    match &a.output {
        Some(p) if p.as_os_str() != "-" => save_to_file(&store, &items, format, p)?,
        _ => {
            if std::io::stdout().is_terminal() {
                bail!("cowardly refusing to save to a terminal. Use the -o flag or redirect");
            }
            let stdout = std::io::stdout().lock();
            let mut w = std::io::BufWriter::with_capacity(1 << 20, stdout);
            archive::save(&store, &items, format, &mut w)?;
        }
    }
    Ok(0)
}

/// Write an archive next to `p` and rename it into place: a failed save
/// never leaves half an archive under the requested name.
pub(crate) fn save_to_file(
    store: &ImageStore,
    items: &[SaveItem],
    format: SaveFormat,
    p: &std::path::Path,
) -> Result<()> {
    let tmp = crate::storage::atomic::temp_sibling(p);
    let result = (|| -> Result<()> {
        let f = std::fs::File::create(&tmp).with_context(|| format!("creating {}", p.display()))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        archive::save(store, items, format, &mut w)?;
        let f = w
            .into_inner()
            .map_err(|e| anyhow!("writing {}: {}", p.display(), e.error()))?;
        f.sync_all()
            .with_context(|| format!("writing {}", p.display()))?;
        std::fs::rename(&tmp, p).with_context(|| format!("writing {}", p.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The names an archive records for an image the user asked for as `input`:
/// the name typed (normalised), or none when it was given by ID.
pub(crate) fn names_for_save(img: &ImageRecord, input: &str) -> Vec<String> {
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

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// A tarball (file, http(s) URL, or - for stdin)
    #[arg(value_name = "FILE|URL|-")]
    pub source: String,
    /// Name for the new image
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
    /// Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)
    #[arg(short, long, value_name = "INSTRUCTION")]
    pub change: Vec<String>,
    /// Commit message for the imported image
    #[arg(short, long)]
    pub message: Option<String>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// Set the architecture of the imported image
    #[arg(long)]
    pub arch: Option<String>,
    /// Set the OS of the imported image
    #[arg(long)]
    pub os: Option<String>,
    /// Set the variant of the imported image
    #[arg(long)]
    pub variant: Option<String>,
    /// Set the platform (OS/ARCH[/VARIANT]) of the imported image
    #[arg(long)]
    pub platform: Option<String>,
}

/// The platform `import` records: `--platform OS/ARCH[/VARIANT]`, then
/// `--os`, `--arch`, `--variant` over it.
fn import_platform(a: &ImportArgs) -> Result<crate::image::spec::Platform> {
    let mut p = match &a.platform {
        Some(s) => crate::image::spec::Platform::parse(s)?,
        None => crate::image::spec::Platform::default(),
    };
    if let Some(o) = &a.os {
        p.os.clone_from(o);
    }
    if let Some(x) = &a.arch {
        p.architecture.clone_from(x);
    }
    if let Some(v) = &a.variant {
        p.variant = Some(v.clone());
    }
    Ok(p)
}

pub fn import(g: &Globals, a: &ImportArgs) -> Result<i32> {
    let reference = a
        .reference
        .as_deref()
        .map(Reference::parse_local)
        .transpose()?;
    let source: Box<dyn std::io::Read> = if a.source == "-" {
        if std::io::stdin().is_terminal() {
            bail!("requested import from stdin, but stdin is a terminal");
        }
        Box::new(std::io::stdin().lock())
    } else if a.source.starts_with("http://") || a.source.starts_with("https://") {
        format::out(&format!("Downloading from {:?}\n", a.source));
        crate::registry::client::http_get(&a.source)?
    } else {
        Box::new(std::fs::File::open(&a.source).with_context(|| format!("opening {}", a.source))?)
    };
    let store = open_for_layers(g)?;
    let img = imp::import(
        &store,
        source,
        &ImportOptions {
            changes: a.change.clone(),
            message: a.message.clone(),
            reference,
            source_name: a.source.clone(),
            platform: import_platform(a)?,
        },
    )?;
    format::outln(img.id.as_str());
    Ok(0)
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// The image
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Print sizes and dates in human readable format
    #[arg(short = 'H', long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub human: bool,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Only show image IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Format output with a Go template, 'table TEMPLATE' or 'json'
    #[arg(long)]
    pub format: Option<String>,
}

const HISTORY_COLUMNS: Columns<'static> = Columns {
    default: &[
        ("ID", "ID"),
        ("Created", "CREATED"),
        ("CreatedBy", "CREATED BY"),
        ("Size", "SIZE"),
        ("Comment", "COMMENT"),
    ],
    extra: &[
        ("CreatedAt", "CREATED AT"),
        ("CreatedSince", "CREATED SINCE"),
        ("Tags", "TAGS"),
    ],
};

pub fn history(g: &Globals, a: &HistoryArgs) -> Result<i32> {
    let store = open(g)?;
    let images = store.images()?;
    let img = store.lookup(&images, &a.image)?;
    let config = store.config(img)?;
    let mut layer_sizes = Vec::new();
    for l in &img.layers {
        layer_sizes.push(store.layer_record(&l.chain_id)?.map_or(0, |r| r.tar_size));
    }
    // Newest first, podman's layer reports: (ID, created, created by,
    // size, comment).
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
            .and_then(time::Timestamp::parse_rfc3339)
            .unwrap_or_default();
        let id = if i + 1 == n {
            img.id.hex().to_string()
        } else {
            "<missing>".to_string()
        };
        layers.push((
            id,
            created,
            h.created_by.clone().unwrap_or_default(),
            size,
            h.comment.clone().unwrap_or_default(),
        ));
    }
    if config.history.is_empty() {
        // No history at all: one row for the image itself.
        layers.push((
            img.id.hex().to_string(),
            img.created_time(),
            String::new(),
            img.size,
            String::new(),
        ));
    }
    layers.reverse();
    let rfc3339 = |t: &time::Timestamp| {
        time::Timestamp {
            secs: t.secs,
            nanos: 0,
        }
        .rfc3339_nano()
    };
    let format = Format::parse(a.format.as_deref());
    if format == Format::Json {
        // podman's one line: its layer struct, `Created` as RFC 3339.
        let items: Vec<serde_json::Value> = layers
            .iter()
            .map(|(id, created, by, size, comment)| {
                let mut v = json!({
                    "id": id,
                    "created": rfc3339(created),
                    "CreatedBy": by,
                    "size": size,
                });
                if !comment.is_empty() {
                    v["comment"] = json!(comment);
                }
                v["Created"] = json!(rfc3339(created));
                v
            })
            .collect();
        format::outln(&serde_json::to_string(&items)?);
        return Ok(0);
    }
    let rows: Vec<serde_json::Value> = layers
        .iter()
        .map(|(id, created, by, size, comment)| {
            let id = if !a.no_trunc && id.len() >= 12 {
                id[..12].to_string()
            } else {
                id.clone()
            };
            let by = by.replace('\t', " ");
            let by = if !a.no_trunc && by.len() > 45 {
                let mut cut = 42;
                while !by.is_char_boundary(cut) {
                    cut -= 1;
                }
                format!("{}...", &by[..cut])
            } else {
                by
            };
            let when = if a.human {
                time::ago(*created)
            } else {
                rfc3339(created)
            };
            json!({
                "ID": id,
                "Created": when,
                "CreatedSince": when,
                "CreatedAt": time::Timestamp { secs: created.secs, nanos: 0 }.go_string_utc(),
                "CreatedBy": by,
                "Size": if a.human { units::human_size(*size) } else { size.to_string() },
                "Comment": comment,
                "Tags": "",
            })
        })
        .collect();
    if a.quiet {
        let text: String = rows
            .iter()
            .map(|r| format!("{}\n", r["ID"].as_str().unwrap_or_default()))
            .collect();
        format::out(&text);
        return Ok(0);
    }
    format::print_rows(&format, &rows, &HISTORY_COLUMNS, false)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ImageInspectArgs {
    /// Names or IDs of images
    #[arg(value_name = "IMAGE", required = true)]
    pub names: Vec<String>,
    /// Format output with a Go template
    #[arg(short, long)]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// The image
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

pub fn exists(g: &Globals, a: &ExistsArgs) -> Result<i32> {
    let store = open(g)?;
    let images = store.images()?;
    match crate::image::store::find(&images, &a.image) {
        Ok(Some(_)) => Ok(0),
        Ok(None) => Err(ExitError::silent(1).into()),
        Err(e) => Err(e),
    }
}
