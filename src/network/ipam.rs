//! Address allocation on a bridge, shared by every skiff process on the
//! host (whatever its `--root`): one JSON file per bridge under
//! `/run/skiff/ipam/` (tmpfs: gone at reboot, as the addresses are), under
//! one lock. An entry names its container and the container's monitor (pid
//! and start time), so an address whose holder died without releasing it
//! is taken back by the next allocation.

use crate::storage::lock::{self, LockGuard, Mode};
use crate::storage::{atomic, ensure_dir};
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

/// Where allocations live.
pub const IPAM_DIR: &str = "/run/skiff/ipam";

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Lease {
    pub container: String,
    /// The names other containers resolve to this address.
    #[serde(default)]
    pub names: Vec<String>,
    /// The container's hosts file, to keep in sync.
    #[serde(default)]
    pub hosts: String,
    /// The host end of its veth pair.
    #[serde(default)]
    pub veth: String,
    /// `--link`: (container ID, alias) it resolves.
    #[serde(default)]
    pub links: Vec<(String, String)>,
    /// It has a port table (`ip skiff-ctr-<id>`) to remove.
    #[serde(default)]
    pub ports: bool,
    /// Its IPv6 address, on networks with an IPv6 subnet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<Ipv6Addr>,
    /// The process that holds the lease (the container's monitor).
    pub pid: i32,
    pub pid_start: u64,
}

#[derive(Default, Serialize, Deserialize)]
struct Leases {
    #[serde(default)]
    leases: BTreeMap<Ipv4Addr, Lease>,
}

pub struct Ipam {
    dir: PathBuf,
}

/// An address family a subnet can be of: its addresses as bits.
pub trait Family: Copy + Eq + std::fmt::Display + std::str::FromStr {
    const BITS: u32;
    const NAME: &'static str;
    /// The prefix lengths a bridge subnet may have.
    const PREFIXES: (u8, u8);
    fn bits(self) -> u128;
    fn from_bits(b: u128) -> Self;
}

impl Family for Ipv4Addr {
    const BITS: u32 = 32;
    const NAME: &'static str = "IPv4";
    const PREFIXES: (u8, u8) = (8, 30);
    fn bits(self) -> u128 {
        u128::from(u32::from(self))
    }
    fn from_bits(b: u128) -> Self {
        Ipv4Addr::from(u32::try_from(b & u128::from(u32::MAX)).unwrap_or(0))
    }
}

impl Family for Ipv6Addr {
    const BITS: u32 = 128;
    const NAME: &'static str = "IPv6";
    const PREFIXES: (u8, u8) = (16, 120);
    fn bits(self) -> u128 {
        u128::from(self)
    }
    fn from_bits(b: u128) -> Self {
        Ipv6Addr::from(b)
    }
}

/// A subnet of family `A`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Net<A> {
    pub addr: A,
    pub prefix: u8,
}

/// An IPv4 subnet.
pub type Subnet = Net<Ipv4Addr>;
/// An IPv6 subnet.
pub type Subnet6 = Net<Ipv6Addr>;

impl<A: Family> Net<A> {
    pub fn parse(s: &str) -> Result<Net<A>> {
        let (a, p) = s
            .split_once('/')
            .ok_or_else(|| anyhow::anyhow!("invalid subnet {s:?}: want ADDRESS/PREFIX"))?;
        let addr: A = a.parse().map_err(|_| {
            anyhow::anyhow!("invalid subnet {s:?}: {a:?} is not an {} address", A::NAME)
        })?;
        let (lo, hi) = A::PREFIXES;
        let prefix: u8 = p
            .parse()
            .ok()
            .filter(|p| (lo..=hi).contains(p))
            .ok_or_else(|| {
                anyhow::anyhow!("invalid subnet {s:?}: the prefix must be {lo} to {hi}")
            })?;
        let net = Net { addr, prefix };
        if net.network() != addr {
            bail!(
                "invalid subnet {s:?}: host bits are set (did you mean {}/{prefix}?)",
                net.network()
            );
        }
        Ok(net)
    }

    /// The network part's bits, as a mask over the family's width.
    fn mask(self) -> u128 {
        let all = if A::BITS >= 128 {
            u128::MAX
        } else {
            (1u128 << A::BITS) - 1
        };
        let host_bits = A::BITS.saturating_sub(u32::from(self.prefix));
        let host = if host_bits >= 128 {
            u128::MAX
        } else {
            (1u128 << host_bits) - 1
        };
        all & !host
    }

    pub fn network(self) -> A {
        A::from_bits(self.addr.bits() & self.mask())
    }

    pub fn contains(self, ip: A) -> bool {
        ip.bits() & self.mask() == self.network().bits()
    }

    pub fn overlaps(self, other: Net<A>) -> bool {
        self.contains(other.network()) || other.contains(self.network())
    }

    /// The address `n` hosts into the subnet (`None` past its end).
    pub fn host(self, n: u128) -> Option<A> {
        let ip = A::from_bits(self.network().bits().checked_add(n)?);
        self.contains(ip).then_some(ip)
    }
}

impl Net<Ipv4Addr> {
    /// The first usable address (the gateway by default).
    pub fn first_host(self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.network()) + 1)
    }

    pub fn broadcast(self) -> Ipv4Addr {
        <Ipv4Addr as Family>::from_bits(self.network().bits() | !self.mask())
    }
}

impl<A: Family> std::fmt::Display for Net<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

impl Ipam {
    pub fn open() -> Result<Ipam> {
        Self::at(Path::new(IPAM_DIR))
    }

    pub fn at(dir: &Path) -> Result<Ipam> {
        ensure_dir(dir, 0o700)?;
        Ok(Ipam {
            dir: dir.to_path_buf(),
        })
    }

    pub fn lock(&self) -> Result<LockGuard> {
        lock::lock(&self.dir.join("lock"), Mode::Exclusive)
    }

    fn file(&self, bridge: &str) -> PathBuf {
        self.dir.join(format!("{bridge}.json"))
    }

    fn read(&self, bridge: &str) -> Result<Leases> {
        Ok(atomic::read_json(&self.file(bridge))?.unwrap_or_default())
    }

    fn write(&self, bridge: &str, l: &Leases) -> Result<()> {
        // tmpfs: no fsync needed for durability, only atomicity.
        atomic::write_json_with(&self.file(bridge), l, false)
    }

    /// The live leases of a bridge (dead holders dropped).
    pub fn leases(&self, _lock: &LockGuard, bridge: &str) -> Result<BTreeMap<Ipv4Addr, Lease>> {
        let mut l = self.read(bridge)?;
        l.leases.retain(|_, lease| alive(lease));
        Ok(l.leases)
    }

    /// Take `want` (or the first free address of `range` within `subnet`)
    /// for `lease`, skipping `gateway`.
    pub fn allocate(
        &self,
        _lock: &LockGuard,
        bridge: &str,
        net: &super::Ipv4Config,
        want: Option<Ipv4Addr>,
        v6: Option<(super::Ipv6Config, Option<Ipv6Addr>)>,
        mut lease: Lease,
    ) -> Result<(Ipv4Addr, Option<Ipv6Addr>)> {
        let (subnet, gateway, range) = *net;
        let mut l = self.read(bridge)?;
        l.leases
            .retain(|_, x| alive(x) && x.container != lease.container);
        let ip = if let Some(ip) = want {
            if !subnet.contains(ip) || ip == subnet.network() || ip == subnet.broadcast() {
                bail!("address {ip} is not usable in subnet {subnet}");
            }
            if ip == gateway {
                bail!("address {ip} is the network's gateway");
            }
            if let Some(other) = l.leases.get(&ip) {
                bail!(
                    "address {ip} is already in use by container {}",
                    other
                        .names
                        .first()
                        .map_or(other.container.as_str(), String::as_str)
                );
            }
            ip
        } else {
            let (first, last) = match range {
                Some((a, b)) => (u32::from(a), u32::from(b)),
                None => (
                    u32::from(subnet.network()) + 1,
                    u32::from(subnet.broadcast()) - 1,
                ),
            };
            let Some(ip) = (first..=last)
                .map(Ipv4Addr::from)
                .find(|ip| *ip != gateway && subnet.contains(*ip) && !l.leases.contains_key(ip))
            else {
                bail!("no free address left in network range of {subnet}");
            };
            ip
        };
        if let Some(((subnet6, gateway6), want6)) = v6 {
            let taken = |c: Ipv6Addr| l.leases.values().any(|x| x.ip6 == Some(c));
            let ip6 = if let Some(c) = want6 {
                if !subnet6.contains(c) || c == subnet6.network() {
                    bail!("address {c} is not usable in subnet {subnet6}");
                }
                if c == gateway6 {
                    bail!("address {c} is the network's gateway");
                }
                if taken(c) {
                    bail!("address {c} is already in use");
                }
                c
            } else {
                // The IPv4 address's host number in the IPv6 subnet (easy
                // to read: 10.89.0.5 → fd..::5), or the next free one.
                let n = u128::from(u32::from(ip) - u32::from(subnet.network()));
                let Some(c) = (n..n + 65536)
                    .filter_map(|k| subnet6.host(k))
                    .find(|c| *c != gateway6 && !taken(*c))
                else {
                    bail!("no free address left in {subnet6}");
                };
                c
            };
            lease.ip6 = Some(ip6);
        }
        let ip6 = lease.ip6;
        l.leases.insert(ip, lease);
        self.write(bridge, &l)?;
        Ok((ip, ip6))
    }

    /// Every lease of a bridge, dead holders included (to clean up after
    /// them).
    pub fn all_leases(&self, _lock: &LockGuard, bridge: &str) -> Result<BTreeMap<Ipv4Addr, Lease>> {
        Ok(self.read(bridge)?.leases)
    }

    /// Every bridge with a lease file.
    pub fn bridges(&self) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".json"))
                    .filter(|n| !n.starts_with('.'))
                    .map(str::to_string)
            })
            .collect();
        out.sort();
        out
    }

    /// Give back what `container` holds on `bridge`.
    pub fn release(&self, _lock: &LockGuard, bridge: &str, container: &str) -> Result<()> {
        let mut l = self.read(bridge)?;
        let before = l.leases.len();
        l.leases.retain(|_, x| x.container != container && alive(x));
        if l.leases.is_empty() {
            // No file per bridge ever used: every command reads them all.
            return match std::fs::remove_file(self.file(bridge)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(e).context("removing an empty lease file")
                }
                _ => Ok(()),
            };
        }
        if l.leases.len() != before {
            self.write(bridge, &l)?;
        }
        Ok(())
    }
}

fn alive(l: &Lease) -> bool {
    crate::container::process_alive(l.pid, l.pid_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets() {
        let s = Subnet::parse("10.89.0.0/24").unwrap();
        assert_eq!(s.first_host(), Ipv4Addr::new(10, 89, 0, 1));
        assert_eq!(s.broadcast(), Ipv4Addr::new(10, 89, 0, 255));
        assert!(s.contains(Ipv4Addr::new(10, 89, 0, 77)));
        assert!(!s.contains(Ipv4Addr::new(10, 89, 1, 1)));
        assert!(Subnet::parse("10.89.0.1/24").is_err());
        assert!(Subnet::parse("10.89.0.0").is_err());
        assert!(Subnet::parse("10.89.0.0/33").is_err());
        assert!(s.overlaps(Subnet::parse("10.0.0.0/8").unwrap()));
    }

    /// A lease held by this (live) process.
    fn live(c: &str) -> Lease {
        let me = std::process::id() as i32;
        Lease {
            container: c.into(),
            pid: me,
            pid_start: crate::container::process_start_time(me).unwrap(),
            ..Lease::default()
        }
    }

    #[test]
    fn leases_are_allocated_in_order_and_dead_holders_are_reclaimed() {
        let d = tempfile::tempdir().unwrap();
        let ipam = Ipam::at(d.path()).unwrap();
        let lock = ipam.lock().unwrap();
        let s = Subnet::parse("10.90.0.0/29").unwrap();
        let gw = s.first_host();
        let me = std::process::id() as i32;
        let a = ipam
            .allocate(&lock, "br", &(s, gw, None), None, None, live("a"))
            .unwrap()
            .0;
        assert_eq!(a, Ipv4Addr::new(10, 90, 0, 2));
        let b = ipam
            .allocate(&lock, "br", &(s, gw, None), None, None, live("b"))
            .unwrap()
            .0;
        assert_eq!(b, Ipv4Addr::new(10, 90, 0, 3));
        assert!(
            ipam.allocate(&lock, "br", &(s, gw, None), Some(b), None, live("c"))
                .is_err()
        );
        ipam.release(&lock, "br", "a").unwrap();
        assert_eq!(
            ipam.allocate(&lock, "br", &(s, gw, None), None, None, live("c"))
                .unwrap()
                .0,
            a
        );
        // A holder that is gone.
        let dead = Lease {
            container: "d".into(),
            pid: me,
            pid_start: 1,
            ..Lease::default()
        };
        let d_ip = ipam
            .allocate(&lock, "br", &(s, gw, None), None, None, dead)
            .unwrap()
            .0;
        assert_eq!(ipam.leases(&lock, "br").unwrap().len(), 2);
        assert_eq!(
            ipam.allocate(&lock, "br", &(s, gw, None), None, None, live("e"))
                .unwrap()
                .0,
            d_ip
        );
    }

    #[test]
    fn ipv6_addresses_follow_the_ipv4_host_number() {
        let d = tempfile::tempdir().unwrap();
        let ipam = Ipam::at(d.path()).unwrap();
        let lock = ipam.lock().unwrap();
        let s = Subnet::parse("10.91.0.0/24").unwrap();
        let s6 = Subnet6::parse("fd12:3456:789a::/64").unwrap();
        let gw6: Ipv6Addr = "fd12:3456:789a::1".parse().unwrap();
        assert!(Subnet6::parse("fd12:3456:789a::1/64").is_err());
        assert!(Subnet6::parse("fd12::/130").is_err());
        assert!(s6.contains("fd12:3456:789a::ffff".parse().unwrap()));
        assert!(!s6.contains("fd12:3456:789b::1".parse().unwrap()));
        let alloc6 = |want: Option<Ipv6Addr>, who: &str| {
            ipam.allocate(
                &lock,
                "br6",
                &(s, s.first_host(), None),
                None,
                Some(((s6, gw6), want)),
                live(who),
            )
        };
        let (a, a6) = alloc6(None, "a").unwrap();
        assert_eq!(a, Ipv4Addr::new(10, 91, 0, 2));
        assert_eq!(a6, Some("fd12:3456:789a::2".parse().unwrap()));
        // A fixed one that is taken, then one that is free, then the
        // gateway.
        assert!(alloc6(Some("fd12:3456:789a::2".parse().unwrap()), "b").is_err());
        let want: Ipv6Addr = "fd12:3456:789a::99".parse().unwrap();
        assert_eq!(alloc6(Some(want), "b").unwrap().1, Some(want));
        assert!(alloc6(Some(gw6), "c").is_err());
    }
}
