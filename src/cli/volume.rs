//! `volume create|ls|inspect|rm|prune|exists`.

use super::Globals;
use super::format::{self, Columns};
use crate::container::ContainerStore;
use crate::container::ops;
use crate::error::ExitError;
use crate::volume::{Volume, VolumeStore, parse_options, validate_name};
use anyhow::{Result, anyhow, bail};
use clap::{Args, Subcommand};
use serde_json::json;

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

/// The volume and container stores; rootless users first become root in
/// their user namespace (volume data can belong to subordinate IDs).
fn open(g: &Globals) -> Result<(VolumeStore, ContainerStore)> {
    let paths = g.paths()?;
    crate::runtime::userns::enter_if_rootless(&paths)?;
    Ok((VolumeStore::open(&paths)?, ContainerStore::open(&paths)?))
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
    if a.driver != crate::volume::DRIVER {
        bail!("volume driver {:?} is not supported (only local)", a.driver);
    }
    let name = a
        .name
        .clone()
        .unwrap_or_else(|| crate::storage::random_hex(32));
    validate_name(&name)?;
    let mut v = Volume::new(&name, false);
    v.options = parse_options(&a.opt)?;
    for l in &a.label {
        let (k, val) = l.split_once('=').unwrap_or((l, ""));
        if k.is_empty() {
            bail!("invalid label {l:?}");
        }
        v.labels.insert(k.to_string(), val.to_string());
    }
    let (vs, _) = open(g)?;
    let lock = vs.lock()?;
    if vs.get(&name)?.is_some() {
        if a.ignore {
            format::outln(&name);
            return Ok(0);
        }
        bail!("volume with name {name} already exists: volume already exists");
    }
    vs.create(&lock, &v)?;
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

pub(crate) fn volume_json(vs: &VolumeStore, v: &Volume, users: usize) -> serde_json::Value {
    let mut j = json!({
        "Name": v.name,
        "Driver": v.driver,
        "Mountpoint": vs.mountpoint(&v.name),
        "CreatedAt": v.created,
        "Labels": v.labels,
        "Scope": "local",
        "Options": v.options,
        "MountCount": users,
    });
    // podman leaves these out when false.
    if v.anonymous {
        j["Anonymous"] = json!(true);
    }
    if v.needs_copy_up {
        j["NeedsCopyUp"] = json!(true);
    }
    if v.needs_chown {
        j["NeedsChown"] = json!(true);
    }
    j
}

/// Does `v` pass every filter?
fn matches(v: &Volume, used: bool, filters: &[String]) -> Result<bool> {
    for f in filters {
        let (k, val) = f
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid filter {f:?}: expected KEY=VALUE"))?;
        let bool_val = || -> Result<bool> {
            match val {
                "true" | "1" => Ok(true),
                "false" | "0" => Ok(false),
                _ => bail!("invalid filter {f:?}: expected true or false"),
            }
        };
        let ok = match k {
            // podman: a regular expression.
            "name" => regex::Regex::new(val)
                .map_err(|e| anyhow!("invalid filter {f:?}: {e}"))?
                .is_match(&v.name),
            "driver" => v.driver == val,
            "label" => match val.split_once('=') {
                Some((lk, lv)) => v.labels.get(lk).is_some_and(|x| x == lv),
                None => v.labels.contains_key(val),
            },
            "dangling" => bool_val()? != used,
            "anonymous" => bool_val()? == v.anonymous,
            _ => bail!("invalid filter {f:?} (name, label, driver, dangling, anonymous)"),
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn ls(g: &Globals, a: &LsArgs) -> Result<i32> {
    let paths = g.paths()?;
    let vs = VolumeStore::open(&paths)?;
    let users = ops::volume_users(&ContainerStore::open(&paths)?)?;
    let mut rows = Vec::new();
    for v in vs.list()? {
        let n = users.get(&v.name).map_or(0, Vec::len);
        if matches(&v, n > 0, &a.filter)? {
            rows.push(volume_json(&vs, &v, n));
        }
    }
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
        VolumeStore::open(&g.paths()?)?
            .list()?
            .into_iter()
            .map(|v| v.name)
            .collect()
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
    let (vs, cs) = open(g)?;
    let names: Vec<String> = if a.all {
        vs.list()?.into_iter().map(|v| v.name).collect()
    } else {
        if a.names.is_empty() {
            bail!("volume rm requires at least one volume name (or --all)");
        }
        a.names.clone()
    };
    let mut last_err = None;
    for input in &names {
        let r = (|| -> Result<()> {
            let v = match vs.find(input) {
                Ok(v) => v,
                Err(_) if a.force => return Ok(()),
                Err(e) => return Err(anyhow::Error::new(ExitError::new(1, format!("{e:#}")))),
            };
            let users = ops::volume_users(&cs)?.remove(&v.name).unwrap_or_default();
            if !users.is_empty() {
                if !a.force {
                    return Err(anyhow::Error::new(ExitError::new(
                        2,
                        format!(
                            "volume {} is being used by the following container(s): {}: volume is being used",
                            v.name,
                            users.join(", ")
                        ),
                    )));
                }
                for id in &users {
                    ops::remove(
                        &cs,
                        id,
                        ops::RemoveOptions {
                            force: true,
                            timeout: a.time,
                        },
                    )?;
                }
            }
            let lock = vs.lock()?;
            // Checked again under the lock: a container may have started
            // using it meanwhile.
            if ops::volume_users(&cs)?.contains_key(&v.name) {
                bail!("volume {} came into use while removing it", v.name);
            }
            vs.remove(&lock, &v.name)?;
            format::outln(&v.name);
            Ok(())
        })();
        if let Err(e) = r
            && let Some(prev) = last_err.replace(e)
        {
            crate::log::print_error(&format!("{prev:#}"), &[]);
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
    let (vs, cs) = open(g)?;
    let unused = |vs: &VolumeStore, cs: &ContainerStore| -> Result<Vec<String>> {
        let users = ops::volume_users(cs)?;
        let mut out = Vec::new();
        for v in vs.list()? {
            if !users.contains_key(&v.name) && matches(&v, false, &a.filter)? {
                out.push(v.name);
            }
        }
        Ok(out)
    };
    if !a.force {
        // podman names what would go before it asks.
        let candidates = unused(&vs, &cs)?;
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
    let lock = vs.lock()?;
    let mut text = String::new();
    // Decided again under the lock: a container may use one by now.
    for name in unused(&vs, &cs)? {
        vs.remove(&lock, &name)?;
        text.push_str(&name);
        text.push('\n');
    }
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    pub name: String,
}

pub fn exists(g: &Globals, a: &ExistsArgs) -> Result<i32> {
    let vs = VolumeStore::open(&g.paths()?)?;
    Ok(i32::from(vs.get(&a.name)?.is_none()))
}
