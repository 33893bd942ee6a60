//! Joining a container to a bridge network and leaving it again.
//!
//! Join (by the container's monitor, between clone and the go signal):
//! under the address lock, make sure the bridge exists (created once, with
//! the gateway address, its NAT table and IPv4 forwarding), take an
//! address, create a veth pair whose container end is born inside the
//! container's network namespace, enslave and raise the host end, then
//! enter the container's namespace (this thread only) to give its end the
//! address, a MAC derived from it (docker's `02:42:` scheme), and the
//! default route; publish ports (the container's nft table), and rewrite
//! the hosts files of everybody on the container's networks.
//! Leave (at exit, or by the next command after a crash): the reverse.
//! Bridges stay until their network is removed.

use super::Network;
use super::hosts::{self, Entry};
use super::ipam::{Ipam, Lease};
use super::netlink::Netlink;
use super::nft::{self, PortMapping};
use anyhow::{Context, Result, anyhow};
use nix::fcntl::OFlag;
use nix::sched::CloneFlags;
use nix::sys::stat::Mode;
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::path::Path;

/// What a container asks of one network.
pub struct Request<'a> {
    pub network: &'a Network,
    pub container_id: &'a str,
    /// Names others resolve: the container's name, aliases, short ID.
    pub names: Vec<String>,
    pub ip: Option<Ipv4Addr>,
    /// `--ip6`, on a network with an IPv6 subnet.
    pub ip6: Option<Ipv6Addr>,
    pub mac: Option<[u8; 6]>,
    /// The interface name inside the container (`eth0`, `eth1`...).
    pub interface: String,
    pub hosts: &'a Path,
    pub links: Vec<(String, String)>,
    pub ports: &'a [PortMapping],
    /// Route everything through this network's gateway (the first
    /// network only).
    pub default_route: bool,
    /// The process that holds the address (the monitor).
    pub holder: (i32, u64),
}

/// What the container got.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub network: String,
    pub bridge: String,
    pub interface: String,
    pub ip: Ipv4Addr,
    pub prefix: u8,
    pub gateway: Ipv4Addr,
    pub mac: String,
    pub veth: String,
    /// On networks with an IPv6 subnet: address, prefix, gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<Ipv6Addr>,
    #[serde(default)]
    pub prefix6: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway6: Option<Ipv6Addr>,
}

fn io(what: &str) -> impl FnOnce(std::io::Error) -> anyhow::Error + '_ {
    move |e| anyhow!("{what}: {}", crate::error::io_reason(&e))
}

/// The host end's name: `veth` + 8 hex digits of the container and
/// network (15 characters at most, as the kernel wants).
pub fn veth_name(container_id: &str, network: &str) -> String {
    let d = crate::image::digest::Digest::of(format!("{container_id}/{network}").as_bytes());
    format!("veth{}", &d.hex()[..8])
}

fn mac_of(ip: Ipv4Addr, first: u8) -> [u8; 6] {
    let o = ip.octets();
    [first, 0x42, o[0], o[1], o[2], o[3]]
}

pub fn format_mac(m: [u8; 6]) -> String {
    m.iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

pub fn parse_mac(s: &str) -> Result<[u8; 6]> {
    let parts: Vec<&str> = s.split(':').collect();
    let mut out = [0u8; 6];
    if parts.len() != 6 {
        anyhow::bail!("invalid MAC address {s:?}");
    }
    for (o, p) in out.iter_mut().zip(parts) {
        *o = u8::from_str_radix(p, 16).map_err(|_| anyhow!("invalid MAC address {s:?}"))?;
    }
    Ok(out)
}

fn write_sysctl(path: &str, value: &str) -> Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|v| v.trim() == value) {
        return Ok(());
    }
    std::fs::write(path, value).with_context(|| format!("writing {path}"))
}

/// Create the bridge of a network if it is not there.
pub fn ensure_bridge(nl: &mut Netlink, network: &Network) -> Result<u32> {
    let bridge = &network.network_interface;
    if let Some(i) = nl.link_index(bridge).map_err(io("looking up the bridge"))? {
        return Ok(i);
    }
    let (subnet, gateway, _) = network.ipv4()?;
    nl.create_bridge(bridge)
        .map_err(io(&format!("creating bridge {bridge}")))?;
    let idx = nl
        .link_index(bridge)
        .map_err(io("looking up the bridge"))?
        .ok_or_else(|| anyhow!("bridge {bridge} vanished"))?;
    nl.set_mac(idx, mac_of(gateway, 0x02))
        .map_err(io("setting the bridge's address"))?;
    // An address that is there already is fine.

    let added = |r: std::io::Result<()>, what: &str| match r {
        Err(e) if e.raw_os_error() != Some(libc::EEXIST) => Err(io(what)(e)),
        _ => Ok(()),
    };
    added(
        nl.add_addr_v4(idx, gateway, subnet.prefix),
        "adding the gateway address",
    )?;
    let v6 = network.ipv6()?;
    if let Some((subnet6, gateway6)) = v6 {
        added(
            nl.add_addr_v6(idx, gateway6, subnet6.prefix),
            "adding the IPv6 gateway address",
        )?;
    }
    nl.set_up(idx).map_err(io("bringing the bridge up"))?;
    if !network.internal {
        write_sysctl("/proc/sys/net/ipv4/ip_forward", "1")?;
        if v6.is_some() {
            // As netavark. (A host that takes its own IPv6 route from
            // router advertisements stops accepting them on forwarding
            // interfaces unless accept_ra is 2.)
            write_sysctl("/proc/sys/net/ipv6/conf/all/forwarding", "1")?;
        }
    }
    // Published ports on 127.0.0.1 are DNATed to the bridge.
    write_sysctl(
        &format!("/proc/sys/net/ipv4/conf/{bridge}/route_localnet"),
        "1",
    )?;
    nft::set_network(bridge, subnet, network.internal)?;
    if let Some((subnet6, _)) = v6 {
        nft::set_network6(bridge, subnet6, network.internal)?;
    }
    Ok(idx)
}

/// Where a store's bridges live: the host's network namespace and
/// `/run/skiff/ipam` for root; for other users the store's own network
/// namespace (the user namespace holder's, see `runtime::userns`) and
/// `<runroot>/ipam`.
pub struct Place {
    pub ipam_dir: std::path::PathBuf,
    pub netns: Option<std::path::PathBuf>,
    /// Rootless: the store's runroot (for the outbound pasta's pid file).
    pub runroot: Option<std::path::PathBuf>,
}

impl Place {
    pub fn for_store(paths: &crate::storage::StorePaths) -> Result<Place> {
        if !paths.rootless {
            return Ok(Place {
                ipam_dir: super::ipam::IPAM_DIR.into(),
                netns: None,
                runroot: None,
            });
        }
        let holder = crate::runtime::userns::holder(paths)
            .ok_or_else(|| anyhow!("the store's user namespace holder is not running"))?;
        Ok(Place {
            ipam_dir: paths.runroot.join("ipam"),
            netns: Some(format!("/proc/{holder}/ns/net").into()),
            runroot: Some(paths.runroot.clone()),
        })
    }

    /// Run `f` in the place's network namespace. Rootless, in a forked
    /// helper: an unprivileged process that left the host's network
    /// namespace may not come back to it. The result comes back as JSON.
    fn enter<T: serde::Serialize + serde::de::DeserializeOwned>(
        &self,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        let Some(p) = &self.netns else {
            return f();
        };
        let ns = std::fs::File::open(p).context("opening the store's network namespace")?;
        let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
        crate::runtime::view::in_helper(|| {
            nix::sched::setns(ns.as_fd(), CloneFlags::CLONE_NEWNET)
                .context("entering the store's network namespace")?;
            let v = f()?;
            let mut out = std::fs::File::from(w);
            serde_json::to_writer(&mut out, &v).context("returning the result")?;
            Ok(())
        })?;
        let v = serde_json::from_reader(std::fs::File::from(r))
            .context("reading the helper's result")?;
        Ok(v)
    }
}

/// Rootless: the store's network namespace reaches the outside through
/// one pasta, started with its first bridge.
fn ensure_outbound(place: &Place) -> Result<()> {
    let (Some(netns), Some(runroot)) = (&place.netns, &place.runroot) else {
        return Ok(());
    };
    let pid_file = runroot.join("netns-pasta.pid");
    if super::pasta::running(&pid_file) {
        return Ok(());
    }
    if super::pasta::find_in_path("pasta").is_none() {
        crate::warn!(
            "pasta is not installed (apt-get install passt): rootless bridge networks reach only each other"
        );
        return Ok(());
    }
    let pid: i32 = netns
        .to_string_lossy()
        .trim_start_matches("/proc/")
        .split('/')
        .next()
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| anyhow!("bad namespace path"))?;
    // Without it the bridges still connect their containers (an offline
    // host: this pasta refuses to start without an external interface).
    if let Err(e) = super::pasta::start(pid, &[], &pid_file) {
        crate::warn!("rootless bridge networks reach only each other: {e:#}");
    }
    Ok(())
}

/// Join the container whose network namespace is `netns`.
pub fn attach(netns: BorrowedFd<'_>, r: &Request<'_>, place: &Place) -> Result<Attachment> {
    ensure_outbound(place)?;
    place.enter(|| attach_here(netns, r, place))
}

fn attach_here(netns: BorrowedFd<'_>, r: &Request<'_>, place: &Place) -> Result<Attachment> {
    let ipam = Ipam::at(&place.ipam_dir)?;
    let lock = ipam.lock()?;
    let network = r.network;
    let bridge = network.network_interface.clone();
    let (subnet, gateway, range) = network.ipv4()?;
    let mut nl = Netlink::new().map_err(io("opening a netlink socket"))?;
    let bridge_idx = ensure_bridge(&mut nl, network)?;
    let veth = veth_name(r.container_id, &network.name);
    let v6 = network.ipv6()?;
    if r.ip6.is_some() && v6.is_none() {
        anyhow::bail!("--ip6: network {} has no IPv6 subnet", network.name);
    }
    let (ip, ip6) = ipam.allocate(
        &lock,
        &bridge,
        &(subnet, gateway, range),
        r.ip,
        v6.map(|c| (c, r.ip6)),
        Lease {
            container: r.container_id.to_string(),
            names: r.names.clone(),
            hosts: r.hosts.to_string_lossy().into_owned(),
            veth: veth.clone(),
            links: r.links.clone(),
            ports: !r.ports.is_empty(),
            ip6: None,
            pid: r.holder.0,
            pid_start: r.holder.1,
        },
    )?;
    let result = (|| -> Result<Attachment> {
        // A leftover of a crash with the same name goes first.
        if let Some(old) = nl.link_index(&veth).map_err(io("looking up the veth"))? {
            let _ = nl.del_link(old);
        }
        nl.create_veth(&veth, &r.interface, Some(netns.as_raw_fd()))
            .map_err(io("creating the veth pair"))?;
        let host = nl
            .link_index(&veth)
            .map_err(io("looking up the veth"))?
            .ok_or_else(|| anyhow!("veth {veth} vanished"))?;
        nl.set_master(host, bridge_idx)
            .map_err(io("attaching the veth to the bridge"))?;
        nl.set_up(host).map_err(io("bringing the veth up"))?;
        let mac = r.mac.unwrap_or_else(|| mac_of(ip, 0x02));
        in_netns(netns, || {
            let mut nl = Netlink::new().map_err(io("opening a netlink socket"))?;
            let idx = nl
                .link_index(&r.interface)
                .map_err(io("looking up the container's interface"))?
                .ok_or_else(|| anyhow!("interface {} missing in the container", r.interface))?;
            nl.set_mac(idx, mac)
                .map_err(io("setting the MAC address"))?;
            nl.add_addr_v4(idx, ip, subnet.prefix)
                .map_err(io("adding the container's address"))?;
            if let (Some(a), Some((subnet6, _))) = (ip6, v6) {
                nl.add_addr_v6(idx, a, subnet6.prefix)
                    .map_err(io("adding the container's IPv6 address"))?;
            }
            nl.set_up(idx)
                .map_err(io("bringing the container's interface up"))?;
            if !network.internal && r.default_route {
                nl.add_default_route(gateway.into())
                    .map_err(io("adding the default route"))?;
                if let Some((_, gateway6)) = v6 {
                    nl.add_default_route(gateway6.into())
                        .map_err(io("adding the IPv6 default route"))?;
                }
            }
            Ok(())
        })?;
        if !r.ports.is_empty() {
            nft::set_ports(r.container_id, ip, subnet, r.ports)?;
        }
        sync_hosts(&ipam, &lock, &[bridge.as_str()], r.container_id)?;
        Ok(Attachment {
            network: network.name.clone(),
            bridge: bridge.clone(),
            interface: r.interface.clone(),
            ip,
            prefix: subnet.prefix,
            gateway,
            mac: format_mac(mac),
            veth: veth.clone(),
            ip6,
            prefix6: v6.map_or(0, |(s, _)| s.prefix),
            gateway6: v6.map(|(_, g)| g),
        })
    })();
    if result.is_err() {
        let _ = ipam.release(&lock, &bridge, r.container_id);
        if let Ok(Some(i)) = nl.link_index(&veth) {
            let _ = nl.del_link(i);
        }
        let _ = nft::delete_table(&nft::container_table(r.container_id));
    }
    result
}

/// Run `f` in network namespace `netns` (this thread only), then come
/// back.
fn in_netns<T>(netns: BorrowedFd<'_>, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let home: OwnedFd = nix::fcntl::open(
        "/proc/thread-self/ns/net",
        OFlag::O_RDONLY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .context("opening our network namespace")?;
    nix::sched::setns(netns, CloneFlags::CLONE_NEWNET)
        .context("entering the container's network namespace")?;
    let r = f();
    nix::sched::setns(home.as_fd(), CloneFlags::CLONE_NEWNET)
        .context("returning to the host's network namespace")?;
    r
}

/// Leave every network after the container exited: give the addresses
/// back, remove the port rules, update everybody's hosts file. Safe to
/// repeat. The veths go with the container's network namespace (the
/// kernel removes them in the background; deleting one here would cost
/// some 10 ms of RCU grace period for nothing).
pub fn detach(container_id: &str, place: &Place) -> Result<()> {
    detach_from(container_id, None, place)
}

/// Leave one bridge of a running container (`network disconnect`: its
/// veth is deleted), or all of them (`None`: after exit).
pub fn detach_from(container_id: &str, only: Option<&str>, place: &Place) -> Result<()> {
    place.enter(|| detach_here(container_id, only, place))
}

fn detach_here(container_id: &str, only: Option<&str>, place: &Place) -> Result<()> {
    let ipam = Ipam::at(&place.ipam_dir)?;
    let lock = ipam.lock()?;
    let mut nl = Netlink::new().map_err(io("opening a netlink socket"))?;
    let mut first_err = None;
    let mut had_ports = false;
    let mut touched: Vec<&str> = Vec::new();
    let bridges: Vec<String> = ipam
        .bridges()
        .into_iter()
        .filter(|b| only.is_none_or(|o| o == b))
        .collect();
    for bridge in &bridges {
        for (_, lease) in ipam.all_leases(&lock, bridge)? {
            if lease.container != container_id {
                continue;
            }
            had_ports |= lease.ports;
            touched.push(bridge.as_str());
            if only.is_some()
                && let Ok(Some(i)) = nl.link_index(&lease.veth)
                && let Err(e) = nl.del_link(i)
                && e.raw_os_error() != Some(libc::ENODEV)
            {
                first_err.get_or_insert(io("removing the veth")(e));
            }
        }
        ipam.release(&lock, bridge, container_id)?;
    }
    if only.is_none()
        && had_ports
        && let Err(e) = nft::delete_table(&nft::container_table(container_id))
    {
        first_err.get_or_insert(e);
    }
    if !touched.is_empty() {
        sync_hosts(&ipam, &lock, &touched, container_id)?;
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Remove a network's bridge and table (`network rm`).
pub fn remove_bridge(network: &Network, place: &Place) -> Result<()> {
    place.enter(|| remove_bridge_here(network))
}

fn remove_bridge_here(network: &Network) -> Result<()> {
    let mut nl = Netlink::new().map_err(io("opening a netlink socket"))?;
    if let Some(i) = nl
        .link_index(&network.network_interface)
        .map_err(io("looking up the bridge"))?
    {
        nl.del_link(i).map_err(io("removing the bridge"))?;
    }
    nft::delete_network_tables(&network.network_interface)
}

/// Rewrite the managed part of the hosts file of every live container on
/// the `affected` bridges, and of `changed` itself: the others on the
/// bridges it is on.
fn sync_hosts(
    ipam: &Ipam,
    lock: &crate::storage::lock::LockGuard,
    affected: &[&str],
    changed: &str,
) -> Result<()> {
    // bridge → its leases
    let mut by_bridge: BTreeMap<String, Vec<(Ipv4Addr, Lease)>> = BTreeMap::new();
    for b in ipam.bridges() {
        by_bridge.insert(b.clone(), ipam.leases(lock, &b)?.into_iter().collect());
    }
    struct Member<'l> {
        hosts: &'l str,
        links: &'l [(String, String)],
        bridges: Vec<&'l str>,
    }
    let mut members: BTreeMap<&str, Member<'_>> = BTreeMap::new();
    for (b, leases) in &by_bridge {
        for (_, l) in leases {
            members
                .entry(l.container.as_str())
                .or_insert(Member {
                    hosts: l.hosts.as_str(),
                    links: l.links.as_slice(),
                    bridges: Vec::new(),
                })
                .bridges
                .push(b.as_str());
        }
    }
    for (id, m) in &members {
        let (hosts_path, links, bridges) = (&m.hosts, &m.links, &m.bridges);
        if *id != changed && !bridges.iter().any(|b| affected.contains(b)) {
            continue;
        }
        if hosts_path.is_empty() {
            continue;
        }
        let mut entries: Vec<Entry> = Vec::new();
        for b in bridges {
            for (ip, l) in by_bridge.get(*b).into_iter().flatten() {
                if l.container == *id {
                    continue;
                }
                let mut names = l.names.clone();
                names.extend(
                    links
                        .iter()
                        .filter(|(c, _)| *c == l.container)
                        .map(|(_, a)| a.clone()),
                );
                let mut add = |e: Entry| {
                    if !entries.contains(&e) {
                        entries.push(e);
                    }
                };
                add(Entry {
                    ip: (*ip).into(),
                    names: names.clone(),
                });
                if let Some(ip6) = l.ip6 {
                    add(Entry {
                        ip: ip6.into(),
                        names,
                    });
                }
            }
        }
        if let Err(e) = hosts::set_entries(Path::new(hosts_path), &entries) {
            crate::debug!("updating {hosts_path}: {e:#}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_macs() {
        assert_eq!(veth_name("abc", "skiff").len(), 12);
        let m = mac_of(Ipv4Addr::new(10, 88, 0, 5), 0x02);
        assert_eq!(format_mac(m), "02:42:0a:58:00:05");
        assert_eq!(parse_mac("02:42:0a:58:00:05").unwrap(), m);
        assert!(parse_mac("02:42").is_err());
    }
}
