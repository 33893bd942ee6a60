//! Networks: definitions (podman's JSON shape), address allocation, and
//! the bridge plumbing done when a container starts and stops.
//!
//! Owns: network definitions, one JSON file each in the network config
//! directory (`/etc/skiff/networks` for root, `~/.config/skiff/networks`
//! for other users, or `--network-config-dir`), with `networks.lock` there;
//! leases in `/run/skiff/ipam` (see `ipam`); the nftables tables
//! `ip skiff-net-<bridge>` and `ip skiff-ctr-<id>`.
//! Never: decides a container's network namespace (`runtime::spawn`).
//!
//! The default network `skiff` (bridge `skiff0`, 10.88.0.0/16, podman's
//! default) exists without a file. Bridges, addresses and leases are
//! host-wide, so every skiff process sees the same ones whatever its
//! `--root`.

pub mod bridge;
pub mod forward;
pub mod hosts;
pub mod ipam;
pub mod netlink;
pub mod nft;
pub mod pasta;
pub mod ports;
pub mod slirp;

use crate::storage::lock::{self, LockGuard, Mode};
use crate::storage::{atomic, ensure_dir};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use ipam::{Subnet, Subnet6};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

pub const DEFAULT_NETWORK: &str = "skiff";
pub const DEFAULT_BRIDGE: &str = "skiff0";
pub const DEFAULT_SUBNET: &str = "10.88.0.0/16";

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct SubnetConfig {
    pub subnet: String,
    pub gateway: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_range: Option<LeaseRange>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct LeaseRange {
    pub start_ip: String,
    pub end_ip: String,
}

/// A network's subnet, gateway, and the range containers get addresses
/// from (first, last), if narrower than the subnet.
pub type Ipv4Config = (Subnet, Ipv4Addr, Option<(Ipv4Addr, Ipv4Addr)>);

/// An IPv6 subnet and its gateway.
pub type Ipv6Config = (Subnet6, Ipv6Addr);

/// A network definition, in podman's `network inspect` shape.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Network {
    pub name: String,
    pub id: String,
    pub driver: String,
    pub network_interface: String,
    pub created: String,
    pub subnets: Vec<SubnetConfig>,
    #[serde(default)]
    pub ipv6_enabled: bool,
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub dns_enabled: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    #[serde(default)]
    pub ipam_options: BTreeMap<String, String>,
}

impl Network {
    pub fn default_network() -> Network {
        Network {
            name: DEFAULT_NETWORK.into(),
            id: crate::image::digest::Digest::of(DEFAULT_NETWORK.as_bytes())
                .hex()
                .to_string(),
            driver: "bridge".into(),
            network_interface: DEFAULT_BRIDGE.into(),
            created: Timestamp::now().rfc3339_nano(),
            subnets: vec![SubnetConfig {
                subnet: DEFAULT_SUBNET.into(),
                gateway: "10.88.0.1".into(),
                lease_range: None,
            }],
            ipv6_enabled: false,
            internal: false,
            dns_enabled: false,
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
        }
    }

    /// The IPv4 subnet, gateway and allocation range.
    pub fn ipv4(&self) -> Result<Ipv4Config> {
        let s = self
            .subnets
            .iter()
            .find(|s| !s.subnet.contains(':'))
            .ok_or_else(|| anyhow!("network {} has no IPv4 subnet", self.name))?;
        let subnet = Subnet::parse(&s.subnet)?;
        let gateway: Ipv4Addr = s
            .gateway
            .parse()
            .map_err(|_| anyhow!("network {}: invalid gateway {:?}", self.name, s.gateway))?;
        let range = match &s.lease_range {
            Some(r) => Some((
                r.start_ip
                    .parse()
                    .map_err(|_| anyhow!("invalid range start {:?}", r.start_ip))?,
                r.end_ip
                    .parse()
                    .map_err(|_| anyhow!("invalid range end {:?}", r.end_ip))?,
            )),
            None => None,
        };
        Ok((subnet, gateway, range))
    }

    /// The IPv6 subnet and gateway (`--ipv6` networks).
    pub fn ipv6(&self) -> Result<Option<Ipv6Config>> {
        let Some(s) = self.subnets.iter().find(|s| s.subnet.contains(':')) else {
            return Ok(None);
        };
        let subnet = Subnet6::parse(&s.subnet)?;
        let gateway: Ipv6Addr = s
            .gateway
            .parse()
            .map_err(|_| anyhow!("network {}: invalid gateway {:?}", self.name, s.gateway))?;
        Ok(Some((subnet, gateway)))
    }
}

/// Network names: as container names.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 128
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if !ok {
        bail!("invalid network name {name:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    }
    Ok(())
}

pub fn no_such_network(name: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotFound,
        format!("unable to find network with name or ID {name}: network not found"),
    )
}

pub struct NetworkStore {
    dir: PathBuf,
}

impl NetworkStore {
    /// The config directory: `--network-config-dir`, else per user.
    pub fn open(dir: Option<&Path>, rootless: bool) -> Result<NetworkStore> {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None if rootless => crate::storage::config_home()
                .ok_or_else(|| anyhow!("cannot find your home directory for network definitions"))?
                .join("skiff/networks"),
            None => PathBuf::from("/etc/skiff/networks"),
        };
        Ok(NetworkStore { dir })
    }

    pub fn lock(&self) -> Result<LockGuard> {
        ensure_dir(&self.dir, 0o755)?;
        lock::lock(&self.dir.join("networks.lock"), Mode::Exclusive)
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    pub fn get(&self, name: &str) -> Result<Option<Network>> {
        if name == DEFAULT_NETWORK {
            return Ok(Some(
                atomic::read_json(&self.file(name))?.unwrap_or_else(Network::default_network),
            ));
        }
        if validate_name(name).is_err() {
            return Ok(None);
        }
        atomic::read_json(&self.file(name))
    }

    /// By name, or by ID prefix.
    pub fn find(&self, input: &str) -> Result<Network> {
        if let Some(n) = self.get(input)? {
            return Ok(n);
        }
        let matches: Vec<Network> = self
            .list()?
            .into_iter()
            .filter(|n| !input.is_empty() && n.id.starts_with(input))
            .collect();
        match matches.len() {
            1 => Ok(matches
                .into_iter()
                .next()
                .unwrap_or_else(Network::default_network)),
            0 => Err(no_such_network(input)),
            _ => bail!("network ID {input:?} is ambiguous"),
        }
    }

    /// Every network, the default one first.
    pub fn list(&self) -> Result<Vec<Network>> {
        let mut out = Vec::new();
        let mut default = None;
        let rd = match std::fs::read_dir(&self.dir) {
            Ok(rd) => Some(rd),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.dir.display())),
        };
        for e in rd.into_iter().flatten() {
            let e = e?;
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".json") else {
                continue;
            };
            if stem.starts_with('.') {
                continue;
            }
            match atomic::read_json::<Network>(&e.path()) {
                Ok(Some(n)) if n.name == DEFAULT_NETWORK => default = Some(n),
                Ok(Some(n)) => out.push(n),
                Ok(None) => {}
                Err(err) => crate::warn!("ignoring {}: {err:#}", e.path().display()),
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out.insert(0, default.unwrap_or_else(Network::default_network));
        Ok(out)
    }

    pub fn create(&self, _lock: &LockGuard, n: &Network) -> Result<()> {
        if self.get(&n.name)?.is_some()
            && (n.name == DEFAULT_NETWORK || self.file(&n.name).exists())
        {
            bail!(crate::error::ExitError::new(
                125,
                format!(
                    "network name {} already used: network already exists",
                    n.name
                )
            ));
        }
        ensure_dir(&self.dir, 0o755)?;
        atomic::write_json(&self.file(&n.name), n)
    }

    pub fn remove(&self, _lock: &LockGuard, name: &str) -> Result<()> {
        if name == DEFAULT_NETWORK {
            bail!("the default network {name} cannot be removed");
        }
        std::fs::remove_file(self.file(name))
            .with_context(|| format!("removing network {name}"))?;
        atomic::sync_dir(&self.dir)
    }

    /// A subnet and a bridge name for a new network: 10.89.N.0/24 and
    /// skiffN (podman's scheme), clear of every defined network and of
    /// the host's interfaces.
    pub fn next_free(&self, host_links: &[String]) -> Result<(Subnet, String)> {
        let nets = self.list()?;
        let used: Vec<Subnet> = nets
            .iter()
            .filter_map(|n| n.ipv4().ok().map(|(s, _, _)| s))
            .collect();
        let mut subnet = None;
        for i in 0..=255u8 {
            let s = Subnet::parse(&format!("10.89.{i}.0/24"))?;
            if !used.iter().any(|u| u.overlaps(s)) {
                subnet = Some(s);
                break;
            }
        }
        let Some(subnet) = subnet else {
            bail!("no free subnet left in 10.89.0.0/16: give one with --subnet");
        };
        let bridges: Vec<&str> = nets.iter().map(|n| n.network_interface.as_str()).collect();
        let bridge = (1..10_000)
            .map(|i| format!("skiff{i}"))
            .find(|b| !bridges.contains(&b.as_str()) && !host_links.contains(b))
            .ok_or_else(|| anyhow!("no free bridge name"))?;
        Ok((subnet, bridge))
    }
}
