//! Image commands: images, rmi, tag, untag, load, save, import, history,
//! inspect, prune, exists.

use super::Globals;
use super::format::{self, Columns, Format};
use crate::error::ExitError;
use crate::image::archive::{self, LoadSource, SaveFormat, SaveItem};
use crate::image::import::{self as imp, ImportOptions};
use crate::image::query::ImageFilters;
use crate::image::reference::{self, Reference};
use crate::image::store::{ImageRecord, ImageStore, Pins, display_name, familiar_repo};
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
    #[command(visible_alias = "remove")]
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
        ImageCommand::Inspect(a) => inspect_images(g, &a.names, a.format.as_deref()),
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

fn pins(store: &ImageStore) -> impl Fn() -> Pins + '_ {
    || super::container::pins(&store.paths)
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
}

const IMAGE_COLUMNS: Columns<'static> = Columns {
    default: &[
        ("Repository", "REPOSITORY"),
        ("Tag", "TAG"),
        ("ID", "IMAGE ID"),
        ("CreatedSince", "CREATED"),
        ("Size", "SIZE"),
    ],
    extra: &[
        ("Digest", "DIGEST"),
        ("CreatedAt", "CREATED AT"),
        ("VirtualSize", "VIRTUAL SIZE"),
        ("SharedSize", "SHARED SIZE"),
        ("UniqueSize", "UNIQUE SIZE"),
        ("Containers", "CONTAINERS"),
        ("Id", "IMAGE ID"),
    ],
};

const IMAGE_COLUMNS_DIGESTS: Columns<'static> = Columns {
    default: &[
        ("Repository", "REPOSITORY"),
        ("Tag", "TAG"),
        ("Digest", "DIGEST"),
        ("ID", "IMAGE ID"),
        ("CreatedSince", "CREATED"),
        ("Size", "SIZE"),
    ],
    extra: IMAGE_COLUMNS.extra,
};

pub fn images(g: &Globals, a: &ImagesArgs) -> Result<i32> {
    let store = open(g)?;
    let all = store.images()?;
    let mut filters = ImageFilters::parse(&a.filter, &all)?;
    if let Some(r) = &a.repository {
        filters.references.push(r.clone());
    }
    let mut rows = Vec::new();
    let mut sorted: Vec<&ImageRecord> = all.iter().collect();
    sorted.sort_by(|x, y| {
        y.created_time()
            .cmp(&x.created_time())
            .then(x.id.cmp(&y.id))
    });
    for img in sorted {
        let labels = if filters.needs_labels() {
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
        let base = json!({
            "Containers": "N/A",
            "CreatedAt": created.go_string_local(),
            "CreatedSince": time::ago(created),
            "ID": id,
            "Id": img.id.to_string(),
            "SharedSize": "N/A",
            "Size": units::human_size(img.size),
            "UniqueSize": "N/A",
            "VirtualSize": units::human_size4(img.size),
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
        }
        if names.is_empty() {
            names.push(("<none>".into(), "<none>".into()));
        }
        for (repo, tag) in names {
            // A tag filter picks only the matching names of an image.
            if let Some(r) = &a.repository
                && repo != "<none>"
                && !crate::image::query::reference_matches(r, &format!("{repo}:{tag}"))
            {
                continue;
            }
            let digest = img
                .digests
                .iter()
                .find_map(|d| {
                    d.split_once('@')
                        .filter(|(r, _)| *r == repo)
                        .map(|(_, d)| d.to_string())
                })
                .unwrap_or_else(|| "<none>".into());
            let mut row = base.clone();
            row["Repository"] = json!(if repo == "<none>" {
                repo.clone()
            } else {
                familiar_repo(&repo)
            });
            row["Tag"] = json!(tag);
            row["Digest"] = json!(digest);
            rows.push(row);
        }
    }
    sort_rows(&mut rows, &a.sort);
    if a.quiet {
        let mut seen = std::collections::HashSet::new();
        let mut text = String::new();
        for r in &rows {
            let id = r["ID"].as_str().unwrap_or_default();
            if seen.insert(id.to_string()) {
                text.push_str(id);
                text.push('\n');
            }
        }
        format::out(&text);
        return Ok(0);
    }
    let cols = if a.digests {
        &IMAGE_COLUMNS_DIGESTS
    } else {
        &IMAGE_COLUMNS
    };
    format::print_rows(
        &Format::parse(a.format.as_deref()),
        &rows,
        cols,
        a.noheading,
    )?;
    Ok(0)
}

fn sort_rows(rows: &mut [serde_json::Value], key: &str) {
    let field = match key {
        "id" => "ID",
        "repository" => "Repository",
        "tag" => "Tag",
        "size" => "Size",
        _ => return, // created: already in order
    };
    rows.sort_by(|a, b| a[field].as_str().cmp(&b[field].as_str()));
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
}

pub fn rmi(g: &Globals, a: &RmiArgs) -> Result<i32> {
    if a.images.is_empty() && !a.all {
        bail!("rmi requires at least one image name or ID (or --all)");
    }
    let store = open_for_layers(g)?;
    let mut targets = a.images.clone();
    if a.all {
        targets.extend(store.images()?.iter().map(|i| i.id.to_string()));
    }
    let pins = pins(&store);
    let mut code = 0;
    let mut text = String::new();
    for t in &targets {
        match store.remove(t, a.force || a.all, &pins) {
            Ok(r) => {
                for u in r.untagged {
                    text.push_str(&format!("Untagged: {u}\n"));
                }
                for d in r.deleted {
                    text.push_str(&format!("Deleted: {d}\n"));
                }
            }
            Err(e) => {
                let missing = format!("{e:#}").ends_with("image not known");
                if missing && a.ignore {
                    continue;
                }
                format::out(&std::mem::take(&mut text));
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
    format::out(&text);
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
}

pub fn prune(g: &Globals, a: &PruneArgs) -> Result<i32> {
    if !a.force {
        let what = if a.all {
            "all images without at least one container associated to them"
        } else {
            "all dangling images"
        };
        if !super::system::confirm(&format!(
            "WARNING! This will remove {what}.\nAre you sure you want to continue? [y/N] "
        ))? {
            return Ok(0);
        }
    }
    let store = open_for_layers(g)?;
    let images = store.images()?;
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
    let (reports, freed) = store.prune(
        |i| (a.all || i.is_dangling()) && filters.matches(i, labels.get(&i.id).unwrap_or(&empty)),
        &pins(&store),
    )?;
    let mut text = String::new();
    if !reports.is_empty() {
        text.push_str("Deleted Images:\n");
        for r in reports {
            for u in r.untagged {
                text.push_str(&format!("untagged: {u}\n"));
            }
            for d in r.deleted {
                text.push_str(&format!("deleted: {d}\n"));
            }
        }
        text.push('\n');
    }
    text.push_str(&format!(
        "Total reclaimed space: {}\n",
        units::human_size(freed)
    ));
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
        .map(|t| Reference::parse(t))
        .collect::<Result<Vec<_>>>()?;
    open(g)?.tag(&a.source, &targets)?;
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
    open(g)?.untag(&a.image, &names)?;
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
    if !a.quiet {
        let mut text = String::new();
        for img in loaded {
            if img.names.is_empty() {
                text.push_str(&format!("Loaded image ID: {}\n", img.id));
            }
            for n in &img.names {
                text.push_str(&format!("Loaded image: {}\n", display_name(n)));
            }
        }
        format::out(&text);
    }
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
}

pub fn save(g: &Globals, a: &SaveArgs) -> Result<i32> {
    let format = SaveFormat::parse(&a.format)?;
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
        Ok(r) if r.digest.is_none() => {
            let full = r.with_default_tag().to_string();
            if img.names.contains(&full) {
                vec![full]
            } else {
                // A short name that resolved to e.g. localhost/x.
                img.names.first().cloned().into_iter().collect()
            }
        }
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
}

pub fn import(g: &Globals, a: &ImportArgs) -> Result<i32> {
    let reference = a.reference.as_deref().map(Reference::parse).transpose()?;
    let source: Box<dyn std::io::Read> = if a.source == "-" {
        if std::io::stdin().is_terminal() {
            bail!("requested import from stdin, but stdin is a terminal");
        }
        Box::new(std::io::stdin().lock())
    } else if a.source.starts_with("http://") || a.source.starts_with("https://") {
        let resp = ureq::get(&a.source)
            .call()
            .with_context(|| format!("downloading {}", a.source))?;
        Box::new(resp.into_body().into_reader())
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
        ("ID", "IMAGE"),
        ("CreatedSince", "CREATED"),
        ("CreatedBy", "CREATED BY"),
        ("Size", "SIZE"),
        ("Comment", "COMMENT"),
    ],
    extra: &[("CreatedAt", "CREATED AT")],
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
    let mut rows = Vec::new();
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
            if a.no_trunc {
                img.id.to_string()
            } else {
                img.id.short().to_string()
            }
        } else {
            "<missing>".to_string()
        };
        let mut created_by = h.created_by.clone().unwrap_or_default().replace('\t', " ");
        if !a.no_trunc && created_by.chars().count() > 45 {
            created_by = created_by.chars().take(44).collect::<String>() + "…";
        }
        rows.push(json!({
            "ID": id,
            "CreatedSince": if a.human { time::ago(created) } else { created.rfc3339_nano() },
            "CreatedAt": created.rfc3339_nano(),
            "CreatedBy": created_by,
            "Size": if a.human { units::human_size(size) } else { size.to_string() },
            "Comment": h.comment.clone().unwrap_or_default(),
        }));
    }
    rows.reverse();
    if config.history.is_empty() {
        // No history at all: one row for the image itself, as docker.
        rows.push(json!({
            "ID": img.id.short(), "CreatedSince": time::ago(img.created_time()),
            "CreatedAt": img.created_time().rfc3339_nano(), "CreatedBy": "",
            "Size": units::human_size(img.size), "Comment": "",
        }));
    }
    if a.quiet {
        let text: String = rows
            .iter()
            .map(|r| format!("{}\n", r["ID"].as_str().unwrap_or_default()))
            .collect();
        format::out(&text);
        return Ok(0);
    }
    format::print_rows(
        &Format::parse(a.format.as_deref()),
        &rows,
        &HISTORY_COLUMNS,
        false,
    )?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Names or IDs of images (or containers)
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
    /// Format output with a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Only inspect objects of this type: image, container or all
    #[arg(short, long = "type", value_name = "TYPE", default_value = "all", value_parser = ["all", "image", "container"])]
    pub kind: String,
    /// Display the total file sizes (accepted; sizes are always shown)
    #[arg(short, long)]
    pub size: bool,
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

pub fn inspect(g: &Globals, a: &InspectArgs) -> Result<i32> {
    match a.kind.as_str() {
        "container" => {
            super::container::inspect_containers(g, &a.names, a.format.as_deref(), true).map(|()| 0)
        }
        "image" => inspect_images(g, &a.names, a.format.as_deref()),
        _ => {
            // docker looks at containers first, then images.
            if a.names.iter().all(|n| super::container::is_container(g, n)) {
                super::container::inspect_containers(g, &a.names, a.format.as_deref(), true)
                    .map(|()| 0)
            } else {
                inspect_images(g, &a.names, a.format.as_deref())
            }
        }
    }
}

fn inspect_images(g: &Globals, names: &[String], format: Option<&str>) -> Result<i32> {
    let store = open(g)?;
    let images = store.images()?;
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for n in names {
        match store.lookup(&images, n) {
            Ok(img) => {
                let config = store.config(img)?;
                items.push(serde_json::to_value(crate::image::inspect::inspect(
                    &store, img, &config,
                ))?);
            }
            Err(e) => errors.push(e),
        }
    }
    if !items.is_empty() || errors.is_empty() {
        format::print_inspect(format, &items)?;
    }
    match errors.len() {
        0 => Ok(0),
        1 => Err(errors.remove(0)),
        _ => {
            for e in &errors[..errors.len() - 1] {
                crate::log::print_error(&format!("{e:#}"), &[]);
            }
            Err(errors.pop().expect("nonempty"))
        }
    }
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
