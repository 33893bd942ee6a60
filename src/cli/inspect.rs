//! `inspect` of any object (podman's: containers, then images, volumes and
//! networks, or `--type`), and the typed forms `container inspect`,
//! `image inspect`, `volume inspect`, `network inspect`.

use super::Globals;
use super::format;
use crate::error::{Kind, classified};
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Names or IDs of containers, images, volumes or networks
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Format the output to a Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Specify inspect-object type: all, container, image, volume, network
    #[arg(short = 't', long = "type", value_name = "TYPE", default_value = "all", value_parser = ["all", "container", "image", "volume", "network"])]
    pub kind: String,
    /// Act on the latest container skiff knows of
    #[arg(short, long)]
    pub latest: bool,
    /// Display total file size (containers)
    #[arg(short, long)]
    pub size: bool,
}

/// What kind of object a name is looked up as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    All,
    Container,
    Image,
    Volume,
    Network,
}

impl Type {
    fn parse(s: &str) -> Type {
        match s {
            "container" => Type::Container,
            "image" => Type::Image,
            "volume" => Type::Volume,
            "network" => Type::Network,
            _ => Type::All,
        }
    }

    /// podman's message for a name that is not there.
    fn missing(self, name: &str) -> anyhow::Error {
        let what = match self {
            Type::All => format!("no such object: {name:?}"),
            Type::Container => format!("no such container {name}"),
            Type::Image => format!("{name}: image not known"),
            Type::Volume => format!("no such volume {name}"),
            Type::Network => format!(
                "network {name}: unable to find network with name or ID {name}: network not found"
            ),
        };
        classified(Kind::NotFound, format!("inspecting object: {what}"))
    }
}

pub fn inspect(g: &Globals, a: &InspectArgs) -> Result<i32> {
    run(
        g,
        Type::parse(&a.kind),
        &a.names,
        a.latest,
        a.format.as_deref(),
    )
}

/// Inspect `names` as `kind`; print what was found (podman prints `[]`
/// when nothing was) and fail with the last missing name.
pub fn run(
    g: &Globals,
    kind: Type,
    names: &[String],
    latest: bool,
    format: Option<&str>,
) -> Result<i32> {
    let s = super::container::open(g, false)?;
    let mut names = names.to_vec();
    if latest {
        if kind != Type::All && kind != Type::Container {
            return Err(classified(
                Kind::Invalid,
                "--latest only applies to containers",
            ));
        }
        names.push(s.one(None, true, "inspect")?.id);
    }
    if names.is_empty() {
        return Err(classified(
            Kind::Invalid,
            "inspect requires at least one name or ID (or --latest)",
        ));
    }
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for n in &names {
        let want = |t: Type| kind == Type::All || kind == t;
        let mut found = None;
        if want(Type::Container)
            && let Ok(e) = s.find(n)
        {
            found = Some(s.inspect(&e.id)?);
        }
        if found.is_none()
            && want(Type::Image)
            && let Ok(v) = s.image_inspect(n)
        {
            found = Some(v);
        }
        if found.is_none()
            && want(Type::Volume)
            && let Ok(v) = s.volume_inspect(n)
        {
            found = Some(v);
        }
        if found.is_none()
            && want(Type::Network)
            && let Ok(net) = s.network_find(n)
        {
            found = Some(serde_json::to_value(&net)?);
        }
        match found {
            Some(v) => items.push(v),
            None => errors.push(kind.missing(n)),
        }
    }
    format::print_inspect(format, &items)?;
    if let Some(e) = errors.pop() {
        for other in errors {
            crate::log::print_error(&format!("{other:#}"), &[]);
        }
        return Err(e);
    }
    Ok(0)
}
