//! The container file system commands: `cp`, `diff`, `commit`, `export`,
//! `mount`, `umount`.

use super::Globals;
use crate::container::commit::CommitOptions;
use crate::container::copy::CopyOptions;
use crate::engine::files::CopyEnd;
use crate::engine::{Engine, views};
use crate::image::reference::Reference;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::IsTerminal;
use std::path::Path;

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Chown copied files to the primary uid/gid of the destination
    /// container (default true; false keeps the source's owners)
    #[arg(short, long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub archive: bool,
    /// Accepted for docker: a symlink at the source path is always followed
    #[arg(short = 'L', long)]
    pub follow_link: bool,
    /// Allow to overwrite directories with non-directories and vice versa
    #[arg(long)]
    pub overwrite: bool,
    /// Accepted for podman (deprecated there, a no-op)
    #[arg(long, hide = true, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub pause: bool,
    /// Suppress progress output (accepted: there is none)
    #[arg(short, long)]
    pub quiet: bool,
    /// [CONTAINER:]SRC_PATH (a host path, or - for a tar stream on stdin)
    #[arg(value_name = "SRC")]
    pub src: String,
    /// [CONTAINER:]DEST_PATH (a host path, or - for a tar stream on stdout)
    #[arg(value_name = "DEST")]
    pub dest: String,
}

/// One side of `cp` as written.
#[derive(Debug, PartialEq, Eq)]
enum Side<'a> {
    Stream,
    Host(&'a str),
    Container(&'a str, &'a str),
}

/// docker's rule: `NAME:PATH` is a container's path unless the argument
/// starts like a local path (`/`, `.`); `-` is a tar stream.
fn side(arg: &str) -> Result<Side<'_>> {
    if arg == "-" {
        return Ok(Side::Stream);
    }
    if arg.starts_with('/') || arg.starts_with('.') {
        return Ok(Side::Host(arg));
    }
    match arg.split_once(':') {
        Some(("", _)) => bail!("{arg:?}: no container name before ':'"),
        Some((name, path)) => Ok(Side::Container(
            name,
            if path.is_empty() { "/" } else { path },
        )),
        None => Ok(Side::Host(arg)),
    }
}

pub fn cp(g: &Globals, a: &CpArgs) -> Result<i32> {
    let src = side(&a.src)?;
    let dest = side(&a.dest)?;
    if matches!(dest, Side::Stream)
        && matches!(src, Side::Container(..))
        && std::io::stdout().is_terminal()
    {
        bail!("cowardly refusing to write a tar stream to a terminal: redirect the output");
    }
    let s = Engine::open(g)?;
    let opts = CopyOptions {
        chown: a.archive,
        overwrite: a.overwrite,
        ..CopyOptions::default()
    };
    let end = |side: &Side<'_>| match side {
        Side::Host(h) => CopyEnd::Host(h.into()),
        Side::Stream => CopyEnd::Stream,
        Side::Container(name, path) => CopyEnd::Container {
            name: (*name).to_string(),
            path: (*path).to_string(),
        },
    };
    s.copy(&end(&src), &end(&dest), &opts)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Output format: json (the default is docker's `C /path` lines)
    #[arg(long)]
    pub format: Option<String>,
    /// The container, or an image (its top layer's changes)
    #[arg(value_name = "CONTAINER|IMAGE")]
    pub container: Option<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

pub fn diff(g: &Globals, a: &DiffArgs) -> Result<i32> {
    let changes = Engine::open(g)?.changes(a.container.as_deref(), a.latest)?;
    match a.format.as_deref() {
        None | Some("") => {
            let mut text = String::new();
            for c in &changes {
                text.push_str(&format!("{} {}\n", c.kind, c.path));
            }
            super::format::out(&text);
        }
        Some("json") => {
            super::format::outln(&serde_json::to_string_pretty(&views::changes_json(
                &changes,
            ))?);
        }
        Some(other) => bail!("unknown --format {other:?}: only json is supported"),
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to this file instead of stdout
    #[arg(short, long)]
    pub output: Option<String>,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn export(g: &Globals, a: &ExportArgs) -> Result<i32> {
    let s = Engine::open_in_userns(g)?;
    s.find(&a.container)?;
    if let Some(p) = &a.output {
        return s.export_to_file(&a.container, Path::new(p)).map(|()| 0);
    }
    if std::io::stdout().is_terminal() {
        bail!("cowardly refusing to write an archive to a terminal: use -o or redirect the output");
    }
    let out = std::fs::File::from(nix::unistd::dup(std::io::stdout())?);
    s.export(&a.container, &out)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct CommitArgs {
    /// Author of the image
    #[arg(short, long)]
    pub author: Option<String>,
    /// Commit message
    #[arg(short, long)]
    pub message: Option<String>,
    /// Apply a Dockerfile instruction to the image (repeatable)
    #[arg(short, long = "change", value_name = "INSTRUCTION")]
    pub change: Vec<String>,
    /// Pause the container while committing
    #[arg(short, long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub pause: bool,
    /// Squash the image's layers and the changes into one layer
    #[arg(short, long)]
    pub squash: bool,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// Image format (oci; docker is accepted, the manifest is OCI)
    #[arg(short, long)]
    pub format: Option<String>,
    /// Write the image ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<std::path::PathBuf>,
    /// Include the container's volumes as image volumes
    #[arg(long)]
    pub include_volumes: bool,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// The new image's name
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
}

pub fn commit(g: &Globals, a: &CommitArgs) -> Result<i32> {
    if let Some(f) = a.format.as_deref()
        && !matches!(f, "oci" | "docker")
    {
        bail!("unknown --format {f:?}: use oci or docker");
    }
    let reference = a.image.as_deref().map(Reference::parse_local).transpose()?;
    let img = Engine::open(g)?.commit(
        &a.container,
        &CommitOptions {
            author: a.author.clone(),
            message: a.message.clone(),
            changes: a.change.clone(),
            pause: a.pause,
            squash: a.squash,
            reference,
            include_volumes: a.include_volumes,
            keep_config: false,
            created_by: None,
            created: None,
            build_key: None,
            exclude: Vec::new(),
            clear_on_build: false,
        },
    )?;
    if let Some(f) = &a.iidfile {
        super::format::write_file(f, img.id.to_string().as_bytes())
            .with_context(|| format!("writing the image ID to {}", f.display()))?;
    }
    super::format::outln(img.id.hex());
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_follow_docker() {
        assert_eq!(side("-").unwrap(), Side::Stream);
        assert_eq!(side("c1:/etc").unwrap(), Side::Container("c1", "/etc"));
        assert_eq!(side("c1:").unwrap(), Side::Container("c1", "/"));
        assert_eq!(side("./a:b").unwrap(), Side::Host("./a:b"));
        assert_eq!(side("/a:b").unwrap(), Side::Host("/a:b"));
        assert_eq!(side("file").unwrap(), Side::Host("file"));
        assert!(side(":x").is_err());
    }
}

#[derive(Args, Debug)]
pub struct MountArgs {
    /// Mount every container
    #[arg(short, long)]
    pub all: bool,
    /// Print the mounted containers as json, or with a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate container IDs
    #[arg(long, visible_alias = "notruncate")]
    pub no_trunc: bool,
    /// Containers (none: list the mounted ones)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

/// podman `mount`: print where each container's root is mounted; without
/// containers, list the mounted ones.
pub fn mount(g: &Globals, a: &MountArgs) -> Result<i32> {
    let s = Engine::open(g)?;
    if a.containers.is_empty() && !a.all && !a.latest {
        return list_mounted(&s, a);
    }
    s.mount_allowed("mount")?;
    let targets = if a.all {
        s.container_ids()?
    } else if a.latest {
        vec![s.one(None, true, "mount")?.id]
    } else {
        a.containers.clone()
    };
    super::container::each(&targets, |name| {
        let e = s.find(name)?;
        let path = s
            .mount(&e.id)
            .with_context(|| format!("mounting container {name}"))?;
        super::format::outln(&path.display().to_string());
        Ok(())
    })
}

#[derive(Args, Debug)]
pub struct UmountArgs {
    /// Unmount every mounted container
    #[arg(short, long)]
    pub all: bool,
    /// Unmount even if the container was mounted more than once (or is busy)
    #[arg(short, long)]
    pub force: bool,
    /// Containers
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
}

/// podman `umount`: one `mount` less; the file system is unmounted when
/// none is left (or with `--force`). Prints each container's ID.
pub fn umount(g: &Globals, a: &UmountArgs) -> Result<i32> {
    let s = Engine::open(g)?;
    let targets: Vec<String> = if a.all {
        s.mounted()?.into_iter().map(|(e, _)| e.id).collect()
    } else if a.latest {
        vec![s.one(None, true, "umount")?.id]
    } else {
        a.containers.clone()
    };
    if targets.is_empty() && !a.all {
        bail!("umount requires at least one container name or ID (or --all)");
    }
    s.mount_allowed("umount")?;
    super::container::each(&targets, |name| {
        let e = s.find(name)?;
        let id = s
            .unmount(&e.id, a.force)
            .with_context(|| format!("unmounting container {name}"))?;
        super::format::outln(&id);
        Ok(())
    })
}

fn list_mounted(s: &Engine, a: &MountArgs) -> Result<i32> {
    let mounted = s.mounted()?;
    if super::format::Format::parse(a.format.as_deref()) == super::format::Format::Json {
        let rows: Vec<_> = mounted
            .iter()
            .map(|(e, p)| views::mount_entry(e, p, true, a.no_trunc))
            .collect();
        super::format::out(&super::format::json_pretty(&rows)?);
        return Ok(0);
    }
    let tmpl = super::format::compile(a.format.as_deref().unwrap_or("{{.ID}} {{.Mountpoint}}"))?;
    let mut text = String::new();
    for (e, p) in &mounted {
        let row = views::mount_entry(e, p, false, a.no_trunc);
        text.push_str(&super::format::render(&tmpl, &row)?);
        text.push('\n');
    }
    super::format::out(&text);
    Ok(0)
}
