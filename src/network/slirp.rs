//! Rootless networking with slirp4netns (the fallback when pasta is not
//! installed): a user-mode TCP/IP stack behind a tap device in the
//! container's network namespace. It runs in the foreground as a child of
//! the container's monitor, reports readiness on a pipe (`--ready-fd`),
//! exits when the monitor's end of another pipe closes (`--exit-fd`: also
//! when the monitor dies), and takes port forwards over its API socket.

use super::nft::PortMapping;
use anyhow::{Context, Result, anyhow, bail};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::Path;
use std::process::{Command, Stdio};

/// A running slirp4netns: dropping it makes it exit.
pub struct Slirp {
    exit_w: OwnedFd,
    pub pid: u32,
}

impl Slirp {
    pub fn stop(self) {
        drop(self.exit_w);
        super::pasta::wait_gone(i32::try_from(self.pid).unwrap_or(i32::MAX));
    }
}

/// podman's `--network slirp4netns:OPTIONS`, checked: each `key=value` of
/// allow_host_loopback, cidr, enable_ipv6, mtu, outbound_addr,
/// outbound_addr6, port_handler.
pub fn parse_options(spec: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for o in spec.split(',').filter(|o| !o.is_empty()) {
        let (k, v) = o
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid slirp4netns option {o:?}: want key=value"))?;
        let bool_ok = matches!(v, "true" | "false");
        let ok = match k {
            "allow_host_loopback" | "enable_ipv6" => bool_ok,
            "mtu" => v.parse::<u32>().is_ok_and(|m| m >= 68),
            "cidr" => v.split_once('/').is_some_and(|(a, p)| {
                a.parse::<std::net::Ipv4Addr>().is_ok() && p.parse::<u8>().is_ok_and(|p| p <= 30)
            }),
            "outbound_addr" | "outbound_addr6" => !v.is_empty(),
            "port_handler" => matches!(v, "rootlesskit" | "slirp4netns"),
            _ => bail!("unknown option for slirp4netns: {o:?}"),
        };
        if !ok {
            bail!("invalid value for slirp4netns option {k}: {v:?}");
        }
        out.push(o.to_string());
    }
    Ok(out)
}

/// Start slirp4netns for the network namespace of `pid`, with its API
/// socket in `run_dir`, and forward `ports`. `options` are the checked
/// `--network slirp4netns:` options.
pub fn start(pid: i32, ports: &[PortMapping], run_dir: &Path, options: &[String]) -> Result<Slirp> {
    super::pasta::check_tun()?;
    let bin = super::pasta::find_in_path("slirp4netns")
        .context("slirp4netns is not installed (apt-get install slirp4netns)")?;
    // Descriptors slirp4netns inherits (deliberately not close-on-exec).
    let netns = nix::fcntl::open(
        format!("/proc/{pid}/ns/net").as_str(),
        nix::fcntl::OFlag::O_RDONLY,
        nix::sys::stat::Mode::empty(),
    )
    .context("opening the container's network namespace")?;
    let (ready_r, ready_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let (exit_r, exit_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let ready_w = inheritable(ready_w)?;
    let exit_r = inheritable(exit_r)?;
    let sock = run_dir.join("slirp.sock");
    let _ = std::fs::remove_file(&sock);
    let opt = |k: &str| {
        options
            .iter()
            .find_map(|o| o.strip_prefix(k).and_then(|r| r.strip_prefix('=')))
    };
    let mut args = vec![
        "--configure".to_string(),
        format!("--mtu={}", opt("mtu").unwrap_or("65520")),
    ];
    if opt("allow_host_loopback") != Some("true") {
        args.push("--disable-host-loopback".into());
    }
    if let Some(c) = opt("cidr") {
        args.push(format!("--cidr={c}"));
    }
    if opt("enable_ipv6") == Some("true") {
        args.push("--enable-ipv6".into());
    }
    if let Some(a) = opt("outbound_addr") {
        args.push(format!("--outbound-addr={a}"));
    }
    if let Some(a) = opt("outbound_addr6") {
        args.push(format!("--outbound-addr6={a}"));
    }
    let child = Command::new(bin)
        .current_dir(run_dir)
        .args(&args)
        .args([
            "--api-socket",
            // Relative: sun_path holds 108 bytes, run dirs can be longer.
            "slirp.sock",
            "--netns-type=path",
        ])
        .arg(format!("--ready-fd={}", ready_w.as_raw_fd()))
        .arg(format!("--exit-fd={}", exit_r.as_raw_fd()))
        .arg(format!("/proc/self/fd/{}", netns.as_raw_fd()))
        .arg("tap0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("running slirp4netns")?;
    drop((ready_w, exit_r, netns));
    let slirp = Slirp {
        exit_w,
        pid: child.id(),
    };
    let mut ready = [0u8; 1];
    let n = std::fs::File::from(ready_r).read(&mut ready).unwrap_or(0);
    if n != 1 || ready[0] != b'1' {
        slirp.stop();
        bail!("slirp4netns failed to set up the container's network");
    }
    for p in ports {
        if let Err(e) = add_forward(run_dir, p) {
            slirp.stop();
            return Err(e);
        }
    }
    Ok(slirp)
}

fn inheritable(fd: OwnedFd) -> Result<OwnedFd> {
    nix::fcntl::fcntl(
        &fd,
        nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
    )
    .context("making a descriptor inheritable")?;
    Ok(fd)
}

/// One `add_hostfwd` request on the API socket.
fn add_forward(run_dir: &Path, p: &PortMapping) -> Result<()> {
    let dir = std::fs::File::open(run_dir).context("opening the run directory")?;
    let path = format!("/proc/self/fd/{}/slirp.sock", dir.as_raw_fd());
    let mut s = std::os::unix::net::UnixStream::connect(&path)
        .context("connecting to slirp4netns's API socket")?;
    let host_addr = if p.host_ip.is_empty() {
        "0.0.0.0"
    } else {
        &p.host_ip
    };
    let req = serde_json::json!({
        "execute": "add_hostfwd",
        "arguments": {
            "proto": p.protocol,
            "host_addr": host_addr,
            "host_port": p.host_port,
            "guest_port": p.container_port,
        }
    });
    s.write_all(req.to_string().as_bytes())
        .context("talking to slirp4netns")?;
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut reply = String::new();
    s.read_to_string(&mut reply)
        .context("talking to slirp4netns")?;
    let v: serde_json::Value =
        serde_json::from_str(&reply).map_err(|_| anyhow!("slirp4netns answered {reply:?}"))?;
    if let Some(err) = v.get("error") {
        let desc = err
            .get("desc")
            .and_then(|d| d.as_str())
            .unwrap_or("refused");
        bail!(
            "cannot publish port {}/{} on {host_addr}: {desc}",
            p.host_port,
            p.protocol
        );
    }
    Ok(())
}
