//! NAT and port forwarding with nftables, by feeding `nft -f -` one
//! transaction at a time. Every network and every container with
//! published ports gets a table of its own (`ip skiff-net-<bridge>`, and
//! `ip6 skiff-net-<bridge>` for an IPv6 subnet; `ip skiff-ctr-<id>`), so
//! removing one is a single `delete table`, and nothing of anybody else's
//! is touched.

use anyhow::{Context, Result, bail};
use std::io::Write;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};

use super::ipam::{Subnet, Subnet6};

/// A published port: host side → container side.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PortMapping {
    /// Host address to listen on; empty: all.
    #[serde(default)]
    pub host_ip: String,
    pub host_port: u16,
    pub container_port: u16,
    /// `tcp` or `udp`.
    pub protocol: String,
}

fn run_nft(script: &str) -> Result<()> {
    let mut child = Command::new("nft")
        .args(["-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                crate::error::HintedError::wrap(
                    anyhow::anyhow!("running nft: not installed"),
                    "install it: apt-get install nftables".into(),
                )
            } else {
                anyhow::anyhow!("running nft: {e}")
            }
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(script.as_bytes())
            .context("writing to nft")?;
    }
    let out = child.wait_with_output().context("waiting for nft")?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err
            .lines()
            .find_map(|l| l.split_once("Error: ").map(|(_, m)| m))
            .unwrap_or_else(|| err.lines().next().unwrap_or("failed"));
        bail!("nft: {}", first.trim());
    }
    Ok(())
}

pub fn network_table(bridge: &str) -> String {
    format!("skiff-net-{bridge}")
}

pub fn container_table(id: &str) -> String {
    format!("skiff-ctr-{}", &id[..id.len().min(12)])
}

/// (Re)create a network's table: masquerade what leaves the subnet, and
/// let the bridge's traffic through the forward hook (or, `internal`,
/// nothing in or out).
pub fn set_network(bridge: &str, subnet: Subnet, internal: bool) -> Result<()> {
    run_nft(&network_rules(bridge, "ip", &subnet.to_string(), internal))
}

/// The same for a network's IPv6 subnet, in an `ip6` table of that name.
pub fn set_network6(bridge: &str, subnet: Subnet6, internal: bool) -> Result<()> {
    run_nft(&network_rules(bridge, "ip6", &subnet.to_string(), internal))
}

fn network_rules(bridge: &str, family: &str, subnet: &str, internal: bool) -> String {
    let t = network_table(bridge);
    let mut s =
        format!("add table {family} {t}\ndelete table {family} {t}\ntable {family} {t} {{\n");
    if internal {
        s.push_str(&format!(
            "  chain forward {{ type filter hook forward priority filter; policy accept;\n    iifname \"{bridge}\" oifname != \"{bridge}\" drop\n    oifname \"{bridge}\" iifname != \"{bridge}\" drop\n  }}\n"
        ));
    } else {
        s.push_str(&format!(
            "  chain postrouting {{ type nat hook postrouting priority srcnat; policy accept;\n    {family} saddr {subnet} {family} daddr != {subnet} masquerade\n  }}\n  chain forward {{ type filter hook forward priority filter; policy accept;\n    iifname \"{bridge}\" accept\n    oifname \"{bridge}\" ct state related,established accept\n  }}\n"
        ));
    }
    s.push_str("}\n");
    s
}

/// Remove a network's tables (IPv4 and IPv6), if they exist.
pub fn delete_network_tables(bridge: &str) -> Result<()> {
    let t = network_table(bridge);
    run_nft(&format!(
        "add table ip {t}\ndelete table ip {t}\nadd table ip6 {t}\ndelete table ip6 {t}\n"
    ))
}

/// Remove a table if it exists.
pub fn delete_table(name: &str) -> Result<()> {
    run_nft(&format!("add table ip {name}\ndelete table ip {name}\n"))
}

/// A container's published ports: DNAT from the host (also for
/// connections the host makes itself, to 127.0.0.1 as well) to the
/// container's address, with masquerade for those from loopback.
pub fn set_ports(id: &str, ip: Ipv4Addr, subnet: Subnet, ports: &[PortMapping]) -> Result<()> {
    let t = container_table(id);
    let mut rules = String::new();
    let mut masq = String::new();
    for p in ports {
        let dest = if p.host_ip.is_empty() || p.host_ip == "0.0.0.0" {
            "fib daddr type local".to_string()
        } else {
            format!("ip daddr {}", p.host_ip)
        };
        rules.push_str(&format!(
            "    {dest} {proto} dport {hp} dnat to {ip}:{cp}\n",
            proto = p.protocol,
            hp = p.host_port,
            cp = p.container_port
        ));
        masq.push_str(&format!(
            "    ip saddr 127.0.0.0/8 ip daddr {ip} {proto} dport {cp} masquerade\n    ip saddr {subnet} ip daddr {ip} {proto} dport {cp} masquerade\n",
            proto = p.protocol,
            cp = p.container_port
        ));
    }
    let s = format!(
        "add table ip {t}\ndelete table ip {t}\ntable ip {t} {{\n  chain prerouting {{ type nat hook prerouting priority dstnat; policy accept;\n{rules}  }}\n  chain output {{ type nat hook output priority -100; policy accept;\n{rules}  }}\n  chain postrouting {{ type nat hook postrouting priority srcnat; policy accept;\n{masq}  }}\n}}\n"
    );
    run_nft(&s)
}
