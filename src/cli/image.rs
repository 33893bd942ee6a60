//! Image commands: images, rmi, tag, untag, load, save, import, history,
//! inspect, prune, exists.

use super::Globals;
use super::format::{self, Columns, Format};
use crate::engine::{Engine, views};
use crate::error::ExitError;
use crate::image::archive::{LoadSource, SaveFormat};
use crate::image::import::ImportOptions;
use crate::image::reference::Reference;
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
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
    /// Build an image from a Containerfile or Dockerfile
    Build(Box<super::build::BuildArgs>),
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
        ImageCommand::Build(a) => super::build::build(g, &a),
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

pub fn images(g: &Globals, a: &ImagesArgs) -> Result<i32> {
    if a.repository.is_some() && !a.filter.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "cannot specify an image and a filter(s)"
        ));
    }
    let listed = Engine::open(g)?.image_list_filtered(
        a.repository.as_deref(),
        &a.filter,
        matches!(Format::parse(a.format.as_deref()), Format::Json),
        a.all,
    )?;
    // One entry per name (podman's rows), each with the image's summary.
    let mut rows: Vec<(serde_json::Value, serde_json::Value)> = Vec::new();
    for l in &listed {
        let summary = views::image_summary(l);
        for row in views::image_rows(l, a.no_trunc) {
            rows.push((row, summary.clone()));
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
        for (r, _) in &rows {
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
    /// Do not remove dangling parent images
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
        match engine.remove_image(t, a.force || a.all, a.no_prune) {
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
    let (reports, freed) = engine.prune_images_filtered(a.all, &a.filter)?;
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
    let loaded = Engine::open(g)?.load(source)?;
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
    let engine = Engine::open(g)?;
    let items = engine.save_items(&a.images)?;
    match &a.output {
        Some(p) if p.as_os_str() != "-" => engine.save_to_file(&items, format, p)?,
        _ => {
            if std::io::stdout().is_terminal() {
                bail!("cowardly refusing to save to a terminal. Use the -o flag or redirect");
            }
            let stdout = std::io::stdout().lock();
            let mut w = std::io::BufWriter::with_capacity(1 << 20, stdout);
            engine.save(&items, format, &mut w)?;
        }
    }
    Ok(0)
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
    let img = Engine::open(g)?.import(
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
    let layers = Engine::open(g)?.history(&a.image)?;
    let format = Format::parse(a.format.as_deref());
    if format == Format::Json {
        // podman's one line: its layer struct, `Created` as RFC 3339.
        let items: Vec<serde_json::Value> = layers.iter().map(views::history_json).collect();
        format::outln(&serde_json::to_string(&items)?);
        return Ok(0);
    }
    let rows: Vec<serde_json::Value> = layers
        .iter()
        .map(|h| views::history_row(h, a.no_trunc, a.human))
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
    if Engine::open(g)?.image_exists(&a.image)? {
        Ok(0)
    } else {
        Err(ExitError::silent(1).into())
    }
}
