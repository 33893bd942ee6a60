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

/// Start slirp4netns for the network namespace of `pid`, with its API
/// socket in `run_dir`, and forward `ports`.
pub fn start(pid: i32, ports: &[PortMapping], run_dir: &Path) -> Result<Slirp> {
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
    let child = Command::new(bin)
        .current_dir(run_dir)
        .args([
            "--configure",
            "--mtu=65520",
            "--disable-host-loopback",
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
