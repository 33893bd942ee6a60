//! Published ports of rootless containers on bridge networks. The
//! container's address lives in the store's network namespace, which the
//! host cannot reach, and pasta cannot add forwards at run time; so a
//! small forwarder process per container (podman's rootlessport) accepts
//! on the host ports the client reserved (bound in the host's namespace)
//! and connects, from inside the store's namespace, to the container.
//! UDP gets one socket per client address inside the namespace, connected
//! to the container, whose replies go back out through the host socket;
//! a client's session ends after a minute without traffic. It dies with
//! the monitor (PDEATHSIG) and is killed when the container leaves its
//! networks.

use super::nft::PortMapping;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a UDP client's session lives without traffic.
const UDP_IDLE: Duration = Duration::from_secs(60);

/// At most this many UDP clients at once per port (a thread and a socket
/// each); datagrams of further new clients are dropped until some leave.
const UDP_MAX_SESSIONS: usize = 1024;

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
            // The descriptor was kept open for us; the socket owns it.
            let owned = crate::runtime::sys::own_fd(*fd);
            let dest = SocketAddrV4::new(target, p.container_port);
            threads.push(if p.protocol == "udp" {
                let s = UdpSocket::from(owned);
                std::thread::spawn(move || relay_udp(s, dest))
            } else {
                let l = TcpListener::from(owned);
                std::thread::spawn(move || serve(&l, dest))
            });
        }
        for t in threads {
            let _ = t.join();
        }
        0
    })
    .context("starting the port forwarder")?;
    Ok(pid.as_raw())
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

/// One UDP client: its socket towards the container, and when it last
/// sent something (ms since the relay started).
struct Session {
    sock: Arc<UdpSocket>,
    last: Arc<AtomicU64>,
}

/// Relay datagrams from clients of the host socket to `dest` and back.
fn relay_udp(host: UdpSocket, dest: SocketAddrV4) {
    let host = Arc::new(host);
    let start = Instant::now();
    let sessions: Arc<Mutex<HashMap<SocketAddr, Session>>> = Arc::default();
    let mut buf = vec![0u8; 65536];
    loop {
        let (n, from) = match host.recv_from(&mut buf) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return,
        };
        let now = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
        let sock = {
            let Ok(mut map) = sessions.lock() else { return };
            if let Some(s) = map.get(&from) {
                s.last.store(now, Ordering::Relaxed);
                Some(Arc::clone(&s.sock))
            } else if map.len() >= UDP_MAX_SESSIONS {
                None
            } else {
                open_session(&host, from, dest, start, &sessions).map(|s| {
                    s.last.store(now, Ordering::Relaxed);
                    let sock = Arc::clone(&s.sock);
                    map.insert(from, s);
                    sock
                })
            }
        };
        if let Some(s) = sock {
            // A refused or dropped datagram is UDP's business.
            let _ = s.send(&buf[..n]);
        }
    }
}

/// A socket in the namespace connected to the container, and a thread
/// that sends its replies to `client` through `host` until the session
/// has been idle for `UDP_IDLE`.
fn open_session(
    host: &Arc<UdpSocket>,
    client: SocketAddr,
    dest: SocketAddrV4,
    start: Instant,
    sessions: &Arc<Mutex<HashMap<SocketAddr, Session>>>,
) -> Option<Session> {
    let sock = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    sock.connect(dest).ok()?;
    sock.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let sock = Arc::new(sock);
    let last = Arc::new(AtomicU64::new(0));
    let (host, reader, seen, sessions) = (
        Arc::clone(host),
        Arc::clone(&sock),
        Arc::clone(&last),
        Arc::clone(sessions),
    );
    std::thread::spawn(move || {
        let idle = || {
            start
                .elapsed()
                .saturating_sub(Duration::from_millis(seen.load(Ordering::Relaxed)))
        };
        let mut buf = vec![0u8; 65536];
        loop {
            match reader.recv(&mut buf) {
                Ok(n) => {
                    let _ = host.send_to(&buf[..n], client);
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    if idle() < UDP_IDLE {
                        continue;
                    }
                    // Idle: end the session (unless the relay used it
                    // since; it does so under the lock).
                    let Ok(mut map) = sessions.lock() else { return };
                    if idle() >= UDP_IDLE {
                        map.remove(&client);
                        return;
                    }
                }
                // ICMP port unreachable: nobody listens yet; the session
                // stays.
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {}
                Err(_) => {
                    if let Ok(mut map) = sessions.lock() {
                        map.remove(&client);
                    }
                    return;
                }
            }
        }
    });
    Some(Session { sock, last })
}

/// Stop a forwarder.
pub fn stop(pid: i32) {
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::SIGKILL);
    super::pasta::wait_gone(pid);
}
