//! `volume create|ls|inspect|rm|prune|exists`.

use super::Globals;
use super::format::{self, Columns};
use crate::engine::Engine;
use crate::engine::volume::VolumeCreateRequest;
use anyhow::{Result, bail};
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum VolumeCommand {
    /// Create a volume
    Create(CreateArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on volumes
    Inspect(InspectArgs),
    /// Remove volumes
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove every volume no container uses
    Prune(PruneArgs),
    /// Check if a volume exists (exit status 0 if it does, 1 if not)
    Exists(ExistsArgs),
}

pub fn dispatch(g: &Globals, c: VolumeCommand) -> Result<i32> {
    match c {
        VolumeCommand::Create(a) => create(g, &a),
        VolumeCommand::Ls(a) => ls(g, &a),
        VolumeCommand::Inspect(a) => inspect(g, &a),
        VolumeCommand::Rm(a) => rm(g, &a),
        VolumeCommand::Prune(a) => prune(g, &a),
        VolumeCommand::Exists(a) => exists(g, &a),
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the volume (a random one if omitted)
    pub name: Option<String>,
    /// Volume driver (only local)
    #[arg(short, long, default_value = crate::volume::DRIVER)]
    pub driver: String,
    /// Set metadata on the volume (KEY=VALUE)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Driver options: type=, device=, o= (like docker's local driver)
    #[arg(short, long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Do not fail if the volume exists
    #[arg(long)]
    pub ignore: bool,
}

pub fn create(g: &Globals, a: &CreateArgs) -> Result<i32> {
    let name = Engine::open(g)?.volume_create(&VolumeCreateRequest {
        name: a.name.clone(),
        driver: a.driver.clone(),
        labels: a.label.clone(),
        options: a.opt.clone(),
        ignore: a.ignore,
    })?;
    format::outln(&name);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Only display volume names
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter: name=, label=KEY[=VALUE], driver=, dangling=true|false, anonymous=true|false
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output with a Go template, 'table TEMPLATE' or 'json'
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print headers
    #[arg(short = 'n', long)]
    pub noheading: bool,
}

const COLUMNS: Columns<'static> = Columns {
    default: &[("Driver", "DRIVER"), ("Name", "VOLUME NAME")],
    extra: &[
        ("Mountpoint", "MOUNTPOINT"),
        ("Scope", "SCOPE"),
        ("CreatedAt", "CREATED AT"),
    ],
};

pub fn ls(g: &Globals, a: &LsArgs) -> Result<i32> {
    let rows = Engine::open(g)?.volume_list(&a.filter)?;
    // podman prints no table at all for no volumes (JSON stays `[]`).
    if rows.is_empty() && a.format.as_deref().is_none_or(|f| f.trim() != "json") {
        return Ok(0);
    }
    format::print_list(
        &rows,
        a.quiet.then_some("Name"),
        a.format.as_deref(),
        &COLUMNS,
        a.noheading,
    )?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Volumes to inspect
    #[arg(value_name = "VOLUME")]
    pub names: Vec<String>,
    /// Inspect every volume
    #[arg(short, long)]
    pub all: bool,
    /// Format output with a Go template
    #[arg(short, long)]
    pub format: Option<String>,
}

pub fn inspect(g: &Globals, a: &InspectArgs) -> Result<i32> {
    let names = if a.all {
        Engine::open(g)?.volume_names()?
    } else {
        if a.names.is_empty() {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                "provide one or more volume names or use --all"
            ));
        }
        a.names.clone()
    };
    super::inspect::run(
        g,
        super::inspect::Type::Volume,
        &names,
        false,
        a.format.as_deref(),
    )
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Volumes to remove
    #[arg(value_name = "VOLUME")]
    pub names: Vec<String>,
    /// Remove every volume
    #[arg(short, long)]
    pub all: bool,
    /// Remove the containers that use the volume first (podman); a volume
    /// that does not exist is no error
    #[arg(short, long)]
    pub force: bool,
    /// Seconds to wait for those containers to stop before killing them
    #[arg(short = 't', long = "time")]
    pub time: Option<u32>,
}

pub fn rm(g: &Globals, a: &RmArgs) -> Result<i32> {
    let engine = Engine::open(g)?;
    let names: Vec<String> = if a.all {
        engine.volume_names()?
    } else {
        if a.names.is_empty() {
            bail!("volume rm requires at least one volume name (or --all)");
        }
        a.names.clone()
    };
    let mut last_err = None;
    for input in &names {
        match engine.volume_remove(input, a.force, a.time) {
            Ok(Some(name)) => format::outln(&name),
            Ok(None) => {}
            Err(e) => {
                if let Some(prev) = last_err.replace(e) {
                    crate::log::print_error(&format!("{prev:#}"), &[]);
                }
            }
        }
    }
    match last_err {
        Some(e) => Err(e),
        None => Ok(0),
    }
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Only volumes matching: label=KEY[=VALUE], name=, anonymous=
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

pub fn prune(g: &Globals, a: &PruneArgs) -> Result<i32> {
    let engine = Engine::open(g)?;
    if !a.force {
        // podman names what would go before it asks.
        let candidates = engine.volume_prune_candidates(&a.filter)?;
        let mut question = String::from(
            "WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:\n",
        );
        if candidates.is_empty() {
            question.push_str("No dangling volumes found\n");
            format::out(&question);
            return Ok(0);
        }
        for n in &candidates {
            question.push_str(n);
            question.push('\n');
        }
        question.push_str("Are you sure you want to continue? [y/N] ");
        if !super::system::confirm(&question)? {
            return Ok(0);
        }
    }
    let text: String = engine
        .volume_prune(&a.filter)?
        .into_iter()
        .map(|n| format!("{n}\n"))
        .collect();
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    pub name: String,
}

pub fn exists(g: &Globals, a: &ExistsArgs) -> Result<i32> {
    Ok(i32::from(!Engine::open(g)?.volume_exists(&a.name)?))
}
