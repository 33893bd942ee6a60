//! Rootless networking with pasta (Debian package `passt`): a user-mode
//! network stack that gives the container a tap interface configured like
//! the host's, and forwards published ports from the host. The monitor
//! (root in skiff's user namespace, in the host's network namespace)
//! starts it for the container's network namespace before releasing the
//! container, and stops it when the container exits.

use super::nft::PortMapping;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The default network of rootless containers: pasta, or slirp4netns
/// when pasta is missing or the host has no default route (pasta takes
/// its external interface from it and refuses to start without one, so
/// an offline laptop could run no container; slirp4netns needs none).
pub fn default_mode() -> Result<&'static str> {
    let pasta = find_in_path("pasta").is_some();
    let slirp = find_in_path("slirp4netns").is_some();
    if pasta && (!slirp || has_default_route()) {
        return Ok("pasta");
    }
    if slirp {
        return Ok("slirp4netns");
    }
    Err(crate::error::HintedError::wrap(
        anyhow::anyhow!("rootless networking needs pasta or slirp4netns, and neither is installed"),
        "install one: apt-get install passt (or slirp4netns); or run with --network private (loopback only)".into(),
    ))
}

/// Whether this network namespace has a default route (IPv4 or IPv6) on
/// an interface other than loopback.
pub fn has_default_route() -> bool {
    default_route_in(
        &std::fs::read_to_string("/proc/net/route").unwrap_or_default(),
        &std::fs::read_to_string("/proc/net/ipv6_route").unwrap_or_default(),
    )
}

/// The same, from the texts of `/proc/net/route` and `ipv6_route`.
fn default_route_in(route: &str, ipv6_route: &str) -> bool {
    let v4 = route.lines().skip(1).any(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.len() > 7 && f[0] != "lo" && f[1] == "00000000" && f[7] == "00000000"
    });
    let v6 = ipv6_route.lines().any(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.len() == 10 && f[1] == "00" && f[0].bytes().all(|b| b == b'0') && f[9] != "lo"
    });
    v4 || v6
}

pub fn find_in_path(bin: &str) -> Option<PathBuf> {
    // `--network-cmd-path`: the slirp4netns to use.
    if bin == "slirp4netns"
        && let Some(p) = std::env::var_os(NETWORK_CMD_ENV).filter(|p| !p.is_empty())
    {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
    std::env::split_paths(&path)
        .map(|d| d.join(bin))
        .find(|p| p.is_file())
}

/// Where `--network-cmd-path` puts the slirp4netns binary for this process
/// and its monitors.
pub const NETWORK_CMD_ENV: &str = "_SKIFF_NETWORK_CMD_PATH";

pub fn check_tun() -> Result<()> {
    match std::fs::OpenOptions::new().read(true).write(true).open("/dev/net/tun") {
        Ok(_) => Ok(()),
        Err(e) => Err(crate::error::HintedError::wrap(
            anyhow::anyhow!("/dev/net/tun: {}", crate::error::io_reason(&e)),
            "rootless networking needs /dev/net/tun usable by your user: as root, chmod 0666 /dev/net/tun (its mode on stock distributions)".into(),
        )),
    }
}

/// `-t`/`-u` arguments for the published ports.
fn port_args(ports: &[PortMapping]) -> Vec<String> {
    let mut args = Vec::new();
    for proto in ["tcp", "udp"] {
        let flag = if proto == "tcp" { "-t" } else { "-u" };
        let mine: Vec<&PortMapping> = ports.iter().filter(|p| p.protocol == proto).collect();
        if mine.is_empty() {
            args.extend([flag.to_string(), "none".to_string()]);
        }
        for p in mine {
            let addr = if p.host_ip.is_empty() || p.host_ip == "0.0.0.0" {
                String::new()
            } else {
                format!("{}/", p.host_ip)
            };
            args.extend([
                flag.to_string(),
                format!("{addr}{}:{}", p.host_port, p.container_port),
            ]);
        }
    }
    args.extend(["-T", "none", "-U", "none"].map(String::from));
    args
}

/// Start pasta for the network namespace of `pid`; its pid file goes to
/// `pid_file`.
pub fn start(pid: i32, ports: &[PortMapping], pid_file: &Path) -> Result<()> {
    check_tun()?;
    let bin = find_in_path("pasta").context("pasta is not installed (apt-get install passt)")?;
    let _ = std::fs::remove_file(pid_file);
    // pasta drops capabilities before it opens the namespace, and may then
    // not open another process's /proc/PID/ns/net (its capabilities are no
    // longer a superset of the container's); its own inherited descriptor
    // it may. Deliberately not close-on-exec.
    let netns = nix::fcntl::open(
        format!("/proc/{pid}/ns/net").as_str(),
        nix::fcntl::OFlag::O_RDONLY,
        nix::sys::stat::Mode::empty(),
    )
    .context("opening the container's network namespace")?;
    let out = Command::new(bin)
        .args(["--config-net", "--quiet", "--no-map-gw", "--netns-only"])
        .arg("--netns")
        .arg(format!(
            "/proc/self/fd/{}",
            std::os::fd::AsRawFd::as_raw_fd(&netns)
        ))
        .arg("--pid")
        .arg(pid_file)
        .args(port_args(ports))
        .stdin(std::process::Stdio::null())
        .output()
        .context("running pasta")?;
    drop(netns);
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let msg = err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("failed");
        bail!("pasta: {}", msg.trim());
    }
    Ok(())
}

/// The pasta recorded in `pid_file`, if it still runs (not another
/// process that got its pid). Debian's pasta is a link to passt.avx2 (or
/// passt).
fn live_pasta(pid_file: &Path) -> Option<i32> {
    let pid = std::fs::read_to_string(pid_file)
        .ok()?
        .trim()
        .parse::<i32>()
        .ok()?;
    let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    // That pid, reused, is not ours: the pasta we started names its pid
    // file on its command line.
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let names_file = cmdline
        .split(|b| *b == 0)
        .any(|a| a == pid_file.as_os_str().as_encoded_bytes());
    ((comm.starts_with("pasta") || comm.starts_with("passt")) && names_file).then_some(pid)
}

/// Whether the pasta of `pid_file` runs.
pub fn running(pid_file: &Path) -> bool {
    live_pasta(pid_file).is_some()
}

/// Stop the pasta of a container (it would also go when the namespace
/// goes). If it published some of `ports` (the TCP ones: UDP goes through
/// skiff's forwarder), wait until it is gone, so that they are free again
/// when the container is reported stopped; else do not wait for it to
/// free its buffers (some 30 ms).
pub fn stop(pid_file: &Path, ports: &[PortMapping]) {
    let pid = live_pasta(pid_file);
    let _ = std::fs::remove_file(pid_file);
    if let Some(pid) = pid {
        // SIGKILL: pasta keeps SIGTERM blocked.
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::SIGKILL);
        if ports.iter().any(|p| p.protocol == "tcp") {
            wait_gone(pid);
        }
    }
}

/// Wait (up to 2 s) until a process has exited (a zombie has closed its
/// sockets): published ports are free when the container is reported
/// stopped.
pub fn wait_gone(pid: i32) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while std::time::Instant::now() < deadline {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.split_whitespace().next());
        if matches!(state, None | Some("Z" | "X")) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_routes() {
        let head =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
        let v4 = format!("{head}eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n");
        let local = format!("{head}skiff0\t0000580A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n");
        let zero = "00000000000000000000000000000000";
        let v6 = format!(
            "{zero} 00 {zero} 00 fd000000000000000000000000000001 00000400 00000001 00000000 00000003     eth0\n"
        );
        let unreachable =
            format!("{zero} 00 {zero} 00 {zero} ffffffff 00000001 00000000 00200200       lo\n");
        assert!(default_route_in(&v4, ""));
        assert!(default_route_in(&local, &v6));
        assert!(!default_route_in(&local, &unreachable));
        assert!(!default_route_in(head, ""));
    }

    #[test]
    fn port_arguments() {
        let p = |ip: &str, h, c, proto: &str| PortMapping {
            host_ip: ip.into(),
            host_port: h,
            container_port: c,
            protocol: proto.into(),
        };
        assert_eq!(
            port_args(&[p("127.0.0.1", 8080, 80, "tcp"), p("", 53, 53, "udp")]).join(" "),
            "-t 127.0.0.1/8080:80 -u 53:53 -T none -U none"
        );
        assert_eq!(port_args(&[]).join(" "), "-t none -u none -T none -U none");
    }
}
