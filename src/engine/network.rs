//! Networks: create, list, inspect, remove, prune, connect, disconnect.

use super::Engine;
use crate::container::{ContainerStore, ops};
use crate::error::ExitError;
use crate::network::ipam::{Subnet, Subnet6};
use crate::network::{DEFAULT_NETWORK, LeaseRange, Network, SubnetConfig, validate_name};
use crate::util::time::Timestamp;
use anyhow::{Result, anyhow, bail};
use std::collections::BTreeMap;

/// A new bridge network.
#[derive(Clone, Debug, Default)]
pub struct NetworkCreateRequest {
    /// A generated one (`skiffN`) if none.
    pub name: Option<String>,
    pub driver: String,
    /// At most one IPv4 and one IPv6 subnet (CIDR).
    pub subnet: Vec<String>,
    /// At most one gateway per family.
    pub gateway: Vec<String>,
    pub ip_range: Option<String>,
    pub internal: bool,
    pub label: Vec<String>,
    pub opt: Vec<String>,
    pub interface_name: Option<String>,
    pub ipv6: bool,
    /// An existing network of that name is no error.
    pub ignore: bool,
    pub ipam_driver: Option<String>,
}

/// A container joining a network.
#[derive(Clone, Debug, Default)]
pub struct NetworkConnectRequest {
    pub network: String,
    pub container: String,
    pub alias: Vec<String>,
    pub ip: Option<String>,
    pub ip6: Option<String>,
    pub mac_address: Option<String>,
    /// `NAME[:ALIAS]`.
    pub link: Vec<String>,
}

impl Engine {
    /// Create a network; its name.
    pub fn network_create(&self, a: &NetworkCreateRequest) -> Result<String> {
        if let Some(d) = &a.ipam_driver
            && d != "host-local"
        {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                format!(
                    "unsupported ipam driver {d:?}: skiff allocates addresses itself (host-local)"
                )
            ));
        }
        if a.driver != "bridge" {
            bail!(
                "network driver {:?} is not supported (only bridge)",
                a.driver
            );
        }
        let (subnets6, subnets4): (Vec<&String>, Vec<&String>) =
            a.subnet.iter().partition(|s| s.contains(':'));
        let (gateways6, gateways4): (Vec<&String>, Vec<&String>) =
            a.gateway.iter().partition(|s| s.contains(':'));
        if subnets4.len() > 1 || subnets6.len() > 1 {
            bail!("at most one IPv4 and one IPv6 --subnet");
        }
        if gateways4.len() > 1 || gateways6.len() > 1 {
            bail!("at most one IPv4 and one IPv6 --gateway");
        }
        if !gateways6.is_empty() && subnets6.is_empty() {
            bail!("an IPv6 --gateway needs an IPv6 --subnet");
        }
        let ns = &self.networks;
        let lock = ns.lock()?;
        let links = host_links();
        let name = match &a.name {
            Some(n) => n.clone(),
            None => (1..10_000)
                .map(|i| format!("skiff{i}"))
                .find(|n| ns.get(n).ok().flatten().is_none())
                .ok_or_else(|| anyhow!("no free network name"))?,
        };
        validate_name(&name)?;
        if ns.get(&name)?.is_some()
            && (name == DEFAULT_NETWORK || ns.list()?.iter().any(|n| n.name == name))
        {
            if a.ignore {
                return Ok(name);
            }
            bail!("network name {name} already used: network already exists");
        }
        let (free_subnet, free_bridge) = ns.next_free(&links)?;
        let subnet = match subnets4.first() {
            Some(s) => {
                let s = Subnet::parse(s)?;
                for other in ns.list()? {
                    if let Ok((o, _, _)) = other.ipv4()
                        && o.overlaps(s)
                    {
                        bail!("subnet {s} is already used by network {}", other.name);
                    }
                }
                s
            }
            None => free_subnet,
        };
        let gateway = match gateways4.first() {
            Some(g) => {
                let ip: std::net::Ipv4Addr =
                    g.parse().map_err(|_| anyhow!("invalid gateway {g:?}"))?;
                if !subnet.contains(ip) || ip == subnet.network() || ip == subnet.broadcast() {
                    bail!("gateway {ip} is not a usable address of subnet {subnet}");
                }
                ip
            }
            None => subnet.first_host(),
        };
        let lease_range = match &a.ip_range {
            Some(r) => {
                if r.contains(':') {
                    bail!("--ip-range is supported for the IPv4 subnet only");
                }
                let r = Subnet::parse(r)?;
                if !subnet.contains(r.network()) || r.prefix < subnet.prefix {
                    bail!("--ip-range {r} is not inside subnet {subnet}");
                }
                Some(LeaseRange {
                    start_ip: std::net::Ipv4Addr::from(u32::from(r.network()) + 1).to_string(),
                    end_ip: std::net::Ipv4Addr::from(u32::from(r.broadcast()) - 1).to_string(),
                })
            }
            None => None,
        };
        let bridge = match &a.interface_name {
            Some(b) => {
                if b.is_empty() || b.len() > 15 || b.contains(['/', ' ', ':']) {
                    bail!("invalid interface name {b:?}");
                }
                if ns.list()?.iter().any(|n| &n.network_interface == b) {
                    bail!("interface {b} is used by another network");
                }
                b.clone()
            }
            None => free_bridge,
        };
        let kv = |items: &[String], what: &str| -> Result<BTreeMap<String, String>> {
            let mut m = BTreeMap::new();
            for l in items {
                let (k, v) = l.split_once('=').unwrap_or((l, ""));
                if k.is_empty() {
                    bail!("invalid {what} {l:?}");
                }
                m.insert(k.to_string(), v.to_string());
            }
            Ok(m)
        };
        let mut subnet_configs = vec![SubnetConfig {
            subnet: subnet.to_string(),
            gateway: gateway.to_string(),
            lease_range,
        }];
        let ipv6 = a.ipv6 || !subnets6.is_empty();
        if ipv6 {
            let s6 = match subnets6.first() {
                Some(s) => Subnet6::parse(s)?,
                None => random_ula(),
            };
            for other in ns.list()? {
                if let Ok(Some((o, _))) = other.ipv6()
                    && o.overlaps(s6)
                {
                    bail!("subnet {s6} is already used by network {}", other.name);
                }
            }
            let gw6 = match gateways6.first() {
                Some(g) => {
                    let ip: std::net::Ipv6Addr =
                        g.parse().map_err(|_| anyhow!("invalid gateway {g:?}"))?;
                    if !s6.contains(ip) || ip == s6.network() {
                        bail!("gateway {ip} is not a usable address of subnet {s6}");
                    }
                    ip
                }
                None => s6
                    .host(1)
                    .ok_or_else(|| anyhow!("subnet {s6} has no room"))?,
            };
            subnet_configs.push(SubnetConfig {
                subnet: s6.to_string(),
                gateway: gw6.to_string(),
                lease_range: None,
            });
        }
        let n = Network {
            name: name.clone(),
            id: crate::storage::random_hex(32),
            driver: "bridge".into(),
            network_interface: bridge,
            created: Timestamp::now().rfc3339_nano(),
            subnets: subnet_configs,
            ipv6_enabled: ipv6,
            internal: a.internal,
            dns_enabled: false,
            labels: kv(&a.label, "label")?,
            options: kv(&a.opt, "option")?,
            ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
        };
        ns.create(&lock, &n)?;
        self.network_event("create", &n, None);
        Ok(name)
    }

    /// The networks that pass `filters` (`name=`, `id=`, `driver=`,
    /// `label=`).
    pub fn network_list(&self, filters: &[String]) -> Result<Vec<Network>> {
        let mut out = Vec::new();
        for n in self.networks.list()? {
            if matches(&n, filters)? {
                out.push(n);
            }
        }
        Ok(out)
    }

    /// A network by name or ID prefix.
    pub fn network_find(&self, name: &str) -> Result<Network> {
        self.networks.find(name)
    }

    /// Remove a network; its name, or `None` when it does not exist and
    /// `force` is set. With `force` the containers on it go first (stopped
    /// within `timeout`); without, one in use is refused (exit code 2).
    pub fn network_remove(
        &self,
        name: &str,
        force: bool,
        timeout: Option<u32>,
    ) -> Result<Option<String>> {
        let cs = &self.containers;
        let ns = &self.networks;
        let n = match ns.find(name) {
            Ok(n) => n,
            // podman: -f also means a missing network is no error.
            Err(e) if force && crate::error::is_not_found(&e) => return Ok(None),
            Err(e) => return Err(e),
        };
        if n.name == DEFAULT_NETWORK {
            bail!("default network {} cannot be removed", n.name);
        }
        let users = network_users(cs)?.remove(&n.name).unwrap_or_default();
        if !users.is_empty() {
            if !force {
                bail!(ExitError::new(
                    2,
                    format!(
                        "\"{}\" has associated containers with it. Use -f to forcibly delete containers: network is being used",
                        n.name
                    )
                ));
            }
            for (id, _) in &users {
                let _ = ops::stop(cs, id, Some(timeout.unwrap_or(0)));
            }
            self.enter_userns()?;
            for (id, _) in &users {
                ops::remove(
                    cs,
                    id,
                    ops::RemoveOptions {
                        force: true,
                        timeout: None,
                    },
                )?;
            }
        }
        let lock = ns.lock()?;
        ns.remove(&lock, &n.name)?;
        remove_bridge(&cs.paths, &n)?;
        self.network_event("remove", &n, None);
        Ok(Some(n.name))
    }

    /// Remove the networks no container is on that pass `filters`; their
    /// names.
    pub fn network_prune(&self, filters: &[String]) -> Result<Vec<String>> {
        let ns = &self.networks;
        let users = network_users(&self.containers)?;
        let lock = ns.lock()?;
        let mut removed = Vec::new();
        for n in ns.list()? {
            if n.name == DEFAULT_NETWORK || users.contains_key(&n.name) || !matches(&n, filters)? {
                continue;
            }
            ns.remove(&lock, &n.name)?;
            remove_bridge(&self.containers.paths, &n)?;
            self.network_event("remove", &n, None);
            removed.push(n.name);
        }
        Ok(removed)
    }

    /// Put a container on another network (now, if it runs).
    pub fn network_connect(&self, a: &NetworkConnectRequest) -> Result<()> {
        // Rootless: the store's namespaces (its network namespace holds the
        // bridges).
        self.enter_userns()?;
        let n = self.networks.find(&a.network)?;
        let e = self.containers.find(&a.container)?;
        if let Some(ip) = &a.ip {
            ip.parse::<std::net::Ipv4Addr>()
                .map_err(|_| anyhow!("invalid --ip {ip:?}"))?;
        }
        let ip6 = a
            .ip6
            .as_deref()
            .map(str::parse::<std::net::Ipv6Addr>)
            .transpose()
            .map_err(|_| anyhow!("invalid --ip6 {:?}", a.ip6))?;
        let _lock = self.containers.lock(&e.id)?;
        let mut config = self.containers.config(&e.id)?;
        if config.network != "bridge" {
            bail!(
                "container {} is not on a bridge network (--network {})",
                e.name,
                config.network
            );
        }
        if config.net.networks.iter().any(|r| r.name == n.name) {
            bail!(
                "container {} is already connected to network {}",
                e.name,
                n.name
            );
        }
        if let Some(m) = &a.mac_address {
            crate::network::bridge::parse_mac(m)?;
        }
        let mut links = Vec::new();
        for l in &a.link {
            let (name, alias) = l.split_once(':').unwrap_or((l, l));
            links.push((self.containers.find(name)?.id, alias.to_string()));
        }
        let req = crate::container::spec::NetworkRequest {
            name: n.name.clone(),
            aliases: a.alias.clone(),
            ip: a.ip.clone(),
            ip6: a.ip6.clone(),
            mac: a.mac_address.clone(),
            links: links.clone(),
            definition: Some(n.clone()),
        };
        let mut state = self.containers.state(&e.id)?;
        if state.status.is_active() {
            // Join now: a new interface in the running container.
            let netns = std::fs::File::open(format!("/proc/{}/ns/net", state.pid))
                .map_err(|e| anyhow!("opening the container's network namespace: {e}"))?;
            let mut names = vec![config.name.clone()];
            names.extend(a.alias.iter().cloned());
            names.push(e.id[..12].to_string());
            let hosts = self.containers.run_dir(&e.id).join("userdata/hosts");
            let att = crate::network::bridge::attach(
                std::os::fd::AsFd::as_fd(&netns),
                &crate::network::bridge::Request {
                    network: &n,
                    container_id: &e.id,
                    names,
                    ip: a.ip.as_deref().map(str::parse).transpose().ok().flatten(),
                    ip6,
                    mac: a
                        .mac_address
                        .as_deref()
                        .map(crate::network::bridge::parse_mac)
                        .transpose()?,
                    interface: format!("eth{}", config.net.networks.len()),
                    hosts: &hosts,
                    links,
                    ports: &[],
                    default_route: state.networks.is_empty(),
                    holder: (state.monitor_pid, state.monitor_start),
                },
                &crate::network::bridge::Place::for_store(&self.containers.paths)?,
            )?;
            state.networks.push(att);
            self.containers.write_state(&e.id, &state)?;
        }
        config.net.networks.push(req);
        self.containers.write_config(&config)?;
        self.network_event("connect", &n, Some(&e.id));
        Ok(())
    }

    /// Take a container off a network.
    pub fn network_disconnect(&self, network: &str, container: &str) -> Result<()> {
        self.enter_userns()?;
        let n = self.networks.find(network)?;
        let e = self.containers.find(container)?;
        let _lock = self.containers.lock(&e.id)?;
        let mut config = self.containers.config(&e.id)?;
        let before = config.net.networks.len();
        config.net.networks.retain(|r| r.name != n.name);
        if config.net.networks.len() == before {
            bail!(
                "container {} is not connected to network {}",
                e.name,
                n.name
            );
        }
        let mut state = self.containers.state(&e.id)?;
        if state.status.is_active() {
            let place = crate::network::bridge::Place::for_store(&self.containers.paths)?;
            crate::network::bridge::detach_from(&e.id, Some(&n.network_interface), &place)?;
            state.networks.retain(|x| x.network != n.name);
            self.containers.write_state(&e.id, &state)?;
        }
        self.containers.write_config(&config)?;
        self.network_event("disconnect", &n, Some(&e.id));
        Ok(())
    }

    /// podman's network events: the network's ID and name, and the
    /// container connected or disconnected.
    fn network_event(&self, status: &str, n: &Network, container: Option<&str>) {
        use crate::storage::events::{Event, Type};
        let mut e = Event::named(Type::Network, status, &n.id, &n.name);
        e.attributes.insert("type".into(), n.driver.clone());
        if let Some(c) = container {
            e.attributes.insert("container".into(), c.to_string());
        }
        self.event(&e);
    }
}

fn host_links() -> Vec<String> {
    std::fs::read_dir("/sys/class/net")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Network name → the containers (of this store) that are on it.
fn network_users(cs: &ContainerStore) -> Result<BTreeMap<String, Vec<(String, String)>>> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for e in cs.list()? {
        let Ok(c) = cs.config(&e.id) else { continue };
        for n in &c.net.networks {
            out.entry(n.name.clone())
                .or_default()
                .push((e.id.clone(), e.name.clone()));
        }
    }
    Ok(out)
}

fn matches(n: &Network, filters: &[String]) -> Result<bool> {
    for f in filters {
        let (k, v) = f
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid filter {f:?}: want KEY=VALUE"))?;
        let ok = match k {
            "name" => n.name.contains(v),
            "id" => n.id.starts_with(v),
            "driver" => n.driver == v,
            "label" => match v.split_once('=') {
                Some((lk, lv)) => n.labels.get(lk).is_some_and(|x| x == lv),
                None => n.labels.contains_key(v),
            },
            _ => bail!("invalid filter {k:?} (name, id, driver, label)"),
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Remove a network's bridge where the store keeps its bridges (rootless:
/// in the store's network namespace, if its holder runs).
fn remove_bridge(paths: &crate::storage::StorePaths, n: &Network) -> Result<()> {
    if paths.rootless {
        if crate::runtime::userns::holder(paths).is_none() {
            return Ok(());
        }
        crate::runtime::userns::enter_if_rootless(paths)?;
    }
    let place = crate::network::bridge::Place::for_store(paths)?;
    crate::network::bridge::remove_bridge(n, &place)
}

/// A random unique local /64 (RFC 4193: fd, a 40-bit global ID, subnet 0).
fn random_ula() -> Subnet6 {
    let mut b = [0u8; 16];
    b[0] = 0xfd;
    crate::runtime::sys::getrandom(&mut b[1..6]);
    Subnet6 {
        addr: std::net::Ipv6Addr::from(b),
        prefix: 64,
    }
}
