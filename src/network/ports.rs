//! `-p/--publish` and `-P`: docker's port syntax.

use super::nft::PortMapping;
use anyhow::{Result, anyhow, bail};

fn range(s: &str, what: &str, spec: &str) -> Result<(u16, u16)> {
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let p = |x: &str| {
        x.parse::<u16>()
            .ok()
            .filter(|p| *p > 0)
            .ok_or_else(|| anyhow!("invalid {what} port {x:?} in {spec:?}"))
    };
    let (a, b) = (p(a)?, p(b)?);
    if b < a {
        bail!("invalid {what} port range {s:?} in {spec:?}");
    }
    Ok((a, b))
}

/// Parse one `-p` value; a host port of 0 means "pick a free one".
pub fn parse_publish(spec: &str) -> Result<Vec<PortMapping>> {
    let (rest, proto) = match spec.rsplit_once('/') {
        Some((r, p)) => (r, p.to_ascii_lowercase()),
        None => (spec, "tcp".to_string()),
    };
    if !matches!(proto.as_str(), "tcp" | "udp") {
        bail!("invalid protocol {proto:?} in {spec:?}: tcp or udp");
    }
    if rest.starts_with('[') {
        bail!("IPv6 host addresses are not supported in {spec:?}");
    }
    let parts: Vec<&str> = rest.split(':').collect();
    let (ip, host, ctr) = match parts.as_slice() {
        [c] => ("", "", *c),
        [h, c] => ("", *h, *c),
        [ip, h, c] => (*ip, *h, *c),
        _ => bail!("invalid port {spec:?}: want [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]"),
    };
    if !ip.is_empty() {
        ip.parse::<std::net::Ipv4Addr>()
            .map_err(|_| anyhow!("invalid host address {ip:?} in {spec:?}"))?;
    }
    let (c0, c1) = range(ctr, "container", spec)?;
    let hosts = if host.is_empty() {
        None
    } else {
        let (h0, h1) = range(host, "host", spec)?;
        if h1 - h0 != c1 - c0 {
            bail!("invalid port {spec:?}: the host and container ranges differ in length");
        }
        Some(h0)
    };
    Ok((c0..=c1)
        .map(|c| PortMapping {
            host_ip: ip.to_string(),
            host_port: hosts.map_or(0, |h0| h0 + (c - c0)),
            container_port: c,
            protocol: proto.clone(),
        })
        .collect())
}

/// `-P`: an exposed port (`80/tcp`, `8000-8001/udp`) on a free host port.
pub fn parse_exposed(key: &str) -> Result<Vec<PortMapping>> {
    let (p, proto) = key.split_once('/').unwrap_or((key, "tcp"));
    parse_publish(&format!("{p}/{proto}"))
}

/// docker's PORTS column: `127.0.0.1:8080->80/tcp, 0.0.0.0:32768->80/tcp`
/// (consecutive ports folded into ranges).
pub fn ps_column(ports: &[PortMapping]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ports.len() {
        let p = &ports[i];
        let mut j = i;
        while j + 1 < ports.len() {
            let n = &ports[j + 1];
            let q = &ports[j];
            if n.host_ip == p.host_ip
                && n.protocol == p.protocol
                && n.host_port == q.host_port.wrapping_add(1)
                && n.container_port == q.container_port.wrapping_add(1)
            {
                j += 1;
            } else {
                break;
            }
        }
        let ip = if p.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            &p.host_ip
        };
        let last = &ports[j];
        if j == i {
            out.push(format!(
                "{ip}:{}->{}/{}",
                p.host_port, p.container_port, p.protocol
            ));
        } else {
            out.push(format!(
                "{ip}:{}-{}->{}-{}/{}",
                p.host_port, last.host_port, p.container_port, last.container_port, p.protocol
            ));
        }
        i = j + 1;
    }
    out.join(", ")
}

/// docker's `NetworkSettings.Ports` / `HostConfig.PortBindings` shape:
/// `{"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}`.
pub fn inspect_map(ports: &[PortMapping]) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for p in ports {
        let key = format!("{}/{}", p.container_port, p.protocol);
        let entry = m.entry(key).or_insert_with(|| serde_json::json!([]));
        if let Some(a) = entry.as_array_mut() {
            a.push(serde_json::json!({
                "HostIp": if p.host_ip.is_empty() { "0.0.0.0" } else { p.host_ip.as_str() },
                "HostPort": if p.host_port == 0 { String::new() } else { p.host_port.to_string() },
            }));
        }
    }
    serde_json::Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> (String, u16, u16, String) {
        let v = parse_publish(s).unwrap();
        assert_eq!(v.len(), 1);
        let p = &v[0];
        (
            p.host_ip.clone(),
            p.host_port,
            p.container_port,
            p.protocol.clone(),
        )
    }

    #[test]
    fn docker_forms() {
        assert_eq!(one("80"), (String::new(), 0, 80, "tcp".into()));
        assert_eq!(one("8080:80"), (String::new(), 8080, 80, "tcp".into()));
        assert_eq!(
            one("127.0.0.1:8080:80/udp"),
            ("127.0.0.1".into(), 8080, 80, "udp".into())
        );
        assert_eq!(
            one("127.0.0.1::80"),
            ("127.0.0.1".into(), 0, 80, "tcp".into())
        );
        let r = parse_publish("8000-8002:90-92").unwrap();
        assert_eq!(
            r.iter()
                .map(|p| (p.host_port, p.container_port))
                .collect::<Vec<_>>(),
            [(8000, 90), (8001, 91), (8002, 92)]
        );
        for bad in [
            "",
            "x",
            "0",
            "70000",
            "1:2:3:4",
            "8000-8001:80",
            "80/sctp",
            "[::1]:80:80",
            "300.1.1.1:80:80",
            "90-80",
        ] {
            assert!(parse_publish(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_exposed("53/udp").unwrap()[0].protocol, "udp");
    }
}
