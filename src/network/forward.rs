//! Published ports of rootless containers on bridge networks. The
//! container's address lives in the store's network namespace, which the
//! host cannot reach, and pasta cannot add forwards at run time; so a
//! small forwarder process per container (podman's rootlessport) accepts
//! on the host ports the client reserved (bound in the host's namespace)
//! and connects, from inside the store's namespace, to the container.
//! TCP only. It dies with the monitor (PDEATHSIG) and is killed when the
//! container leaves its networks.

use super::nft::PortMapping;
use anyhow::{Context, Result};
use std::net::{Ipv4Addr, SocketAddrV4, TcpListener, TcpStream};
use std::os::fd::{AsRawFd, RawFd};

/// Fork the forwarder: `listeners` (raw fds open in the caller) pair with
/// `ports`; connections go to `target` inside the namespace `netns`.
pub fn start(
    listeners: &[(RawFd, PortMapping)],
    target: Ipv4Addr,
    netns: &std::path::Path,
) -> Result<i32> {
    let ns = std::fs::File::open(netns).context("opening the store's network namespace")?;
    let ns_raw = ns.as_raw_fd();
    let mut keep: Vec<RawFd> = listeners.iter().map(|(fd, _)| *fd).collect();
    keep.push(ns_raw);
    let pid = crate::runtime::sys::fork_run(|| {
        let _ = crate::runtime::sys::prctl_raw(
            libc::PR_SET_PDEATHSIG,
            libc::SIGKILL as libc::c_ulong,
            0,
        );
        crate::runtime::sys::close_fds_except(&keep);
        if crate::runtime::sys::setns_raw(ns_raw, libc::CLONE_NEWNET).is_err() {
            return 1;
        }
        crate::runtime::sys::close_raw(ns_raw);
        let mut threads = Vec::new();
        for (fd, p) in listeners {
            if p.protocol != "tcp" {
                continue;
            }
            // The descriptor was kept open for us; this listener owns it.
            let l = listener(*fd);
            let dest = SocketAddrV4::new(target, p.container_port);
            threads.push(std::thread::spawn(move || serve(&l, dest)));
        }
        for t in threads {
            let _ = t.join();
        }
        0
    })
    .context("starting the port forwarder")?;
    Ok(pid.as_raw())
}

fn listener(fd: RawFd) -> TcpListener {
    TcpListener::from(crate::runtime::sys::own_fd(fd))
}

fn serve(l: &TcpListener, dest: SocketAddrV4) {
    while let Ok((client, _)) = l.accept() {
        std::thread::spawn(move || {
            let Ok(server) = TcpStream::connect(dest) else {
                return;
            };
            pump(client, server);
        });
    }
}

/// Copy both ways until both sides are done.
fn pump(a: TcpStream, b: TcpStream) {
    let (Ok(a2), Ok(b2)) = (a.try_clone(), b.try_clone()) else {
        return;
    };
    let t = std::thread::spawn(move || {
        let (mut from, mut to) = (a2, b2);
        let _ = std::io::copy(&mut from, &mut to);
        let _ = to.shutdown(std::net::Shutdown::Write);
    });
    let (mut from, mut to) = (b, a);
    let _ = std::io::copy(&mut from, &mut to);
    let _ = to.shutdown(std::net::Shutdown::Write);
    let _ = t.join();
}

/// Stop a forwarder.
pub fn stop(pid: i32) {
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::SIGKILL);
    super::pasta::wait_gone(pid);
}
