//! `network create|ls|inspect|rm|prune|exists|connect|disconnect`.

use super::Globals;
use super::format::{self, Columns};
use crate::engine::network::{NetworkConnectRequest, NetworkCreateRequest};
use crate::engine::{Engine, views};
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on networks
    Inspect(InspectArgs),
    /// Remove networks
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove every network no container uses
    Prune(PruneArgs),
    /// Check if a network exists (exit status 0 if it does, 1 if not)
    Exists(ExistsArgs),
    /// Connect a container to a network
    Connect(ConnectArgs),
    /// Disconnect a container from a network
    Disconnect(DisconnectArgs),
}

pub fn dispatch(g: &Globals, c: NetworkCommand) -> Result<i32> {
    match c {
        NetworkCommand::Create(a) => create(g, &a),
        NetworkCommand::Ls(a) => ls(g, &a),
        NetworkCommand::Inspect(a) => inspect(g, &a),
        NetworkCommand::Rm(a) => rm(g, &a),
        NetworkCommand::Prune(a) => prune(g, &a),
        NetworkCommand::Exists(a) => exists(g, &a),
        NetworkCommand::Connect(a) => connect(g, &a),
        NetworkCommand::Disconnect(a) => disconnect(g, &a),
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the network (a generated one if omitted)
    pub name: Option<String>,
    /// Driver (only bridge)
    #[arg(short, long, default_value = "bridge")]
    pub driver: String,
    /// Subnet in CIDR form (default: the next free 10.89.N.0/24); again
    /// for an IPv6 subnet
    #[arg(long)]
    pub subnet: Vec<String>,
    /// Gateway address (default: the subnet's first address), per family
    #[arg(long)]
    pub gateway: Vec<String>,
    /// Allocate container addresses from this sub-range (CIDR)
    #[arg(long)]
    pub ip_range: Option<String>,
    /// No traffic in or out of the network, only between its containers
    #[arg(long)]
    pub internal: bool,
    /// Set metadata on the network (KEY=VALUE)
    #[arg(long)]
    pub label: Vec<String>,
    /// Driver options (KEY=VALUE)
    #[arg(short, long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// The bridge interface's name
    #[arg(long = "interface-name")]
    pub interface_name: Option<String>,
    /// Give containers IPv6 addresses too (a random fdXX:XXXX:XXXX::/64
    /// unless an IPv6 --subnet is given)
    #[arg(long)]
    pub ipv6: bool,
    /// Do not fail if the network exists
    #[arg(long)]
    pub ignore: bool,
    /// IPAM driver: host-local (skiff's own allocator: addresses leased
    /// on this host)
    #[arg(long, value_name = "DRIVER")]
    pub ipam_driver: Option<String>,
}

pub fn create(g: &Globals, a: &CreateArgs) -> Result<i32> {
    let name = Engine::open(g)?.network_create(&NetworkCreateRequest {
        name: a.name.clone(),
        driver: a.driver.clone(),
        subnet: a.subnet.clone(),
        gateway: a.gateway.clone(),
        ip_range: a.ip_range.clone(),
        internal: a.internal,
        label: a.label.clone(),
        opt: a.opt.clone(),
        interface_name: a.interface_name.clone(),
        ipv6: a.ipv6,
        ignore: a.ignore,
        ipam_driver: a.ipam_driver.clone(),
    })?;
    format::outln(&name);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Only display network names
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter: name=, id=, driver=, label=KEY[=VALUE]
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output with a Go template, 'table TEMPLATE' or 'json'
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print the header
    #[arg(long = "noheading", short = 'n')]
    pub noheading: bool,
    /// Do not truncate the network ID
    #[arg(long)]
    pub no_trunc: bool,
}

const COLUMNS: Columns<'static> = Columns {
    default: &[("ID", "NETWORK ID"), ("Name", "NAME"), ("Driver", "DRIVER")],
    extra: &[
        ("Labels", "LABELS"),
        ("Internal", "INTERNAL"),
        ("Created", "CREATED"),
        ("Interface", "INTERFACE"),
    ],
};

pub fn ls(g: &Globals, a: &LsArgs) -> Result<i32> {
    let rows: Vec<serde_json::Value> = Engine::open(g)?
        .network_list(&a.filter)?
        .iter()
        .map(|n| views::network_row(n, a.no_trunc))
        .collect();
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
    /// Networks to inspect
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
    /// Format output with a Go template
    #[arg(short, long)]
    pub format: Option<String>,
}

pub fn inspect(g: &Globals, a: &InspectArgs) -> Result<i32> {
    super::inspect::run(
        g,
        super::inspect::Type::Network,
        &a.names,
        false,
        a.format.as_deref(),
    )
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Networks to remove
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
    /// Remove the containers that use it too
    #[arg(short, long)]
    pub force: bool,
    /// Seconds to wait for its containers to stop before killing them
    #[arg(short = 't', long = "time")]
    pub time: Option<u32>,
}

pub fn rm(g: &Globals, a: &RmArgs) -> Result<i32> {
    let engine = Engine::open(g)?;
    let mut code = 0;
    for name in &a.names {
        match engine.network_remove(name, a.force, a.time) {
            Ok(Some(n)) => format::outln(&n),
            Ok(None) => {}
            Err(e) => {
                let rep = crate::error::Report::from_error(&e);
                crate::log::print_error(&rep.message, &rep.hints);
                code = if crate::error::is_not_found(&e) {
                    1
                } else {
                    rep.code
                };
            }
        }
    }
    Ok(code)
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Only networks with this label (label=KEY[=VALUE])
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

pub fn prune(g: &Globals, a: &PruneArgs) -> Result<i32> {
    if !a.force
        && !super::system::confirm(
            "WARNING! This will remove all networks not used by at least one container.\nAre you sure you want to continue? [y/N] ",
        )?
    {
        return Ok(0);
    }
    let text: String = Engine::open(g)?
        .network_prune(&a.filter)?
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
    Ok(i32::from(Engine::open(g)?.network_find(&a.name).is_err()))
}

#[derive(Args, Debug)]
pub struct ConnectArgs {
    /// Another name for the container on this network (repeatable)
    #[arg(long)]
    pub alias: Vec<String>,
    /// The container's address on the network
    #[arg(long)]
    pub ip: Option<String>,
    /// The container's IPv6 address on the network
    #[arg(long)]
    pub ip6: Option<String>,
    /// The container's MAC address on the network
    #[arg(long)]
    pub mac_address: Option<String>,
    /// Link to another container on the network: NAME[:ALIAS]
    #[arg(long, value_name = "NAME[:ALIAS]")]
    pub link: Vec<String>,
    /// The network
    pub network: String,
    /// The container
    pub container: String,
}

pub fn connect(g: &Globals, a: &ConnectArgs) -> Result<i32> {
    Engine::open(g)?.network_connect(&NetworkConnectRequest {
        network: a.network.clone(),
        container: a.container.clone(),
        alias: a.alias.clone(),
        ip: a.ip.clone(),
        ip6: a.ip6.clone(),
        mac_address: a.mac_address.clone(),
        link: a.link.clone(),
    })?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct DisconnectArgs {
    /// Disconnect even if the container is running (accepted)
    #[arg(short, long)]
    pub force: bool,
    /// The network
    pub network: String,
    /// The container
    pub container: String,
}

pub fn disconnect(g: &Globals, a: &DisconnectArgs) -> Result<i32> {
    Engine::open(g)?.network_disconnect(&a.network, &a.container)?;
    Ok(0)
}
