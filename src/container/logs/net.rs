//! Delivery for the drivers that send records to a peer (journald, syslog,
//! fluentd) from the container's monitor: one non-blocking socket, a
//! bounded queue in memory, reconnects on later writes and ticks, and a
//! count of what had to be dropped. Nothing here ever waits for the peer
//! (the monitor is one thread that also pumps the container's output),
//! and nothing starts threads (the monitor forks).

use super::options::Address;
use nix::sys::socket::{
    AddressFamily, MsgFlags, SockFlag, SockType, SockaddrIn, SockaddrIn6, UnixAddr, connect, send,
    socket,
};
use std::collections::VecDeque;
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

/// One place a socket can connect to.
#[derive(Clone, Debug)]
enum Target {
    Unix {
        path: std::path::PathBuf,
        dgram: bool,
    },
    Inet {
        addr: std::net::SocketAddr,
        dgram: bool,
    },
}

struct Conn {
    fd: OwnedFd,
    dgram: bool,
    /// A TCP connect still in progress.
    connecting: bool,
}

/// A queue of messages (datagrams, or frames of a stream) and the socket
/// they go out on.
pub struct Sender {
    what: String,
    address: Address,
    targets: Vec<Target>,
    conn: Option<Conn>,
    queue: VecDeque<Vec<u8>>,
    /// Bytes of the first message already written (streams).
    sent: usize,
    queued: usize,
    limit: usize,
    dropped: u64,
    delivered: u64,
    failures: u64,
    retry_wait: Duration,
    max_retries: u64,
    next_try: Instant,
    dropping: bool,
    last_error: String,
    /// journald: a datagram too large for the socket goes as a sealed
    /// memfd (the protocol's way for big entries).
    memfd_fallback: bool,
}

fn resolve(hp: &str) -> Result<Vec<std::net::SocketAddr>, String> {
    use std::net::ToSocketAddrs;
    if let Ok(a) = hp.parse::<std::net::SocketAddr>() {
        return Ok(vec![a]);
    }
    hp.to_socket_addrs()
        .map(Iterator::collect)
        .map_err(|e| format!("resolving {hp}: {e}"))
}

impl Sender {
    /// A sender for `address`; it tries to connect at once, and again
    /// later whenever that fails.
    pub fn new(
        what: &str,
        address: &Address,
        limit: usize,
        retry_wait: Duration,
        max_retries: u64,
    ) -> Sender {
        let mut s = Sender {
            what: what.to_string(),
            address: address.clone(),
            targets: Vec::new(),
            conn: None,
            queue: VecDeque::new(),
            sent: 0,
            queued: 0,
            limit: limit.max(1),
            dropped: 0,
            delivered: 0,
            failures: 0,
            retry_wait,
            max_retries,
            next_try: Instant::now(),
            dropping: false,
            last_error: String::new(),
            memfd_fallback: false,
        };
        s.resolve();
        s.connect();
        s
    }

    /// journald's unixgram socket with memfd for large entries.
    pub fn journal(path: &std::path::Path) -> Sender {
        let mut s = Sender::new(
            "journald",
            &Address::Unixgram(path.to_path_buf()),
            super::options::DEFAULT_BUFFER,
            Duration::from_secs(1),
            u64::MAX,
        );
        s.memfd_fallback = true;
        s
    }

    fn resolve(&mut self) {
        let mut t = Vec::new();
        let inet = |hp: &str, dgram: bool, t: &mut Vec<Target>| match resolve(hp) {
            Ok(addrs) => t.extend(addrs.into_iter().map(|addr| Target::Inet { addr, dgram })),
            Err(e) => crate::debug!("log driver: {e}"),
        };
        match &self.address {
            Address::Unix(p) => t.push(Target::Unix {
                path: p.clone(),
                dgram: false,
            }),
            Address::Unixgram(p) => t.push(Target::Unix {
                path: p.clone(),
                dgram: true,
            }),
            Address::Tcp(hp) => inet(hp, false, &mut t),
            Address::Udp(hp) => inet(hp, true, &mut t),
            Address::Local => {
                // Go's log/syslog (srslog) order.
                for p in ["/dev/log", "/var/run/syslog", "/var/run/log"] {
                    for dgram in [true, false] {
                        t.push(Target::Unix {
                            path: p.into(),
                            dgram,
                        });
                    }
                }
            }
        }
        self.targets = t;
    }

    /// The descriptor the monitor must keep open across its fd sweep.
    pub fn fd(&self) -> Option<RawFd> {
        self.conn.as_ref().map(|c| c.fd.as_raw_fd())
    }

    fn connect(&mut self) {
        if self.targets.is_empty() {
            self.resolve();
        }
        let mut err = String::from("no address");
        for t in &self.targets {
            match open(t) {
                Ok(c) => {
                    self.conn = Some(c);
                    return;
                }
                Err(e) => err = e,
            }
        }
        self.fail(err);
    }

    fn fail(&mut self, err: String) {
        self.conn = None;
        self.sent = 0;
        self.failures += 1;
        if err != self.last_error {
            crate::debug!("log driver {}: {err}", self.what);
        }
        self.last_error = err;
        // Backoff: the retry wait, doubling, at most a minute.
        let shift = u32::try_from(self.failures.saturating_sub(1).min(6)).unwrap_or(6);
        let wait = self
            .retry_wait
            .saturating_mul(1 << shift)
            .min(Duration::from_secs(60));
        self.next_try = Instant::now() + wait;
        if self.failures > self.max_retries {
            // fluentd-max-retries: what waits is given up (later
            // records start over).
            let n = self.queue.len() as u64;
            self.count_drops(n);
            self.queue.clear();
            self.queued = 0;
            self.failures = 0;
        }
    }

    fn count_drops(&mut self, n: u64) {
        if n == 0 {
            return;
        }
        if !self.dropping {
            self.dropping = true;
            crate::warn!(
                "log driver {}: dropping messages ({})",
                self.what,
                if self.last_error.is_empty() {
                    format!("buffer of {} bytes full", self.limit)
                } else {
                    self.last_error.clone()
                }
            );
        }
        self.dropped += n;
    }

    /// Queue one message and send what can be sent now.
    pub fn push(&mut self, msg: Vec<u8>) {
        if self.queued + msg.len() > self.limit {
            self.count_drops(1);
        } else {
            self.queued += msg.len();
            self.queue.push_back(msg);
        }
        self.pump();
    }

    /// Retry: reconnect when due, send what waits.
    pub fn tick(&mut self) {
        self.pump();
    }

    /// When the monitor should call `tick` again (None: nothing waits).
    pub fn next_tick(&self) -> Option<Duration> {
        if self.queue.is_empty() {
            return None;
        }
        Some(match &self.conn {
            Some(c) if !c.connecting => Duration::from_millis(50),
            _ => self
                .next_try
                .saturating_duration_since(Instant::now())
                .max(Duration::from_millis(10)),
        })
    }

    fn pump(&mut self) {
        if self.queue.is_empty() {
            return;
        }
        if self.conn.is_none() {
            if Instant::now() < self.next_try {
                return;
            }
            self.connect();
        }
        if let Some(c) = &mut self.conn
            && c.connecting
        {
            match connect_result(&c.fd) {
                Ok(true) => c.connecting = false,
                Ok(false) => return,
                Err(e) => {
                    self.fail(e);
                    return;
                }
            }
        }
        while let Some(front) = self.queue.front() {
            let Some(c) = &self.conn else { return };
            let flags = MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL;
            let r = send(c.fd.as_raw_fd(), &front[self.sent..], flags);
            match r {
                Ok(n) if !c.dgram && self.sent + n < front.len() => {
                    self.sent += n;
                    continue;
                }
                Ok(_) => {}
                Err(nix::errno::Errno::EAGAIN) => return,
                Err(nix::errno::Errno::EINTR) => continue,
                Err(nix::errno::Errno::EMSGSIZE) if c.dgram => {
                    let ok = self.memfd_fallback && send_memfd(&c.fd, front).is_ok();
                    if !ok {
                        self.count_drops(1);
                    }
                }
                // A UDP peer that was not there a moment ago: the error is
                // about an earlier datagram; this one can be sent again.
                Err(nix::errno::Errno::ECONNREFUSED)
                    if c.dgram && matches!(self.address, Address::Udp(_)) =>
                {
                    let again = send(c.fd.as_raw_fd(), front, flags);
                    if again.is_err() {
                        self.fail(format!("sending: {}", errno_text(again)));
                        return;
                    }
                }
                Err(e) => {
                    self.fail(format!("sending: {}", e.desc().to_lowercase()));
                    return;
                }
            }
            if let Some(m) = self.queue.pop_front() {
                self.queued -= m.len();
            }
            self.sent = 0;
            self.delivered += 1;
            self.failures = 0;
            self.dropping = false;
        }
    }

    /// At the end: a last short try (the container is gone, so its exit
    /// must not wait on the peer), then the remaining messages count as
    /// dropped. Returns the drop report, if any.
    pub fn close(&mut self) -> Option<String> {
        let deadline = Instant::now() + Duration::from_millis(500);
        while !self.queue.is_empty() && Instant::now() < deadline {
            let before = (self.queue.len(), self.sent);
            self.pump();
            let Some(c) = &self.conn else { break };
            if (self.queue.len(), self.sent) == before {
                // Wait a little for room in the socket; the deadline ends it.
                let mut p = [nix::poll::PollFd::new(
                    c.fd.as_fd(),
                    nix::poll::PollFlags::POLLOUT,
                )];
                let _ = nix::poll::poll(&mut p, nix::poll::PollTimeout::from(50u16));
            }
        }
        let left = self.queue.len() as u64;
        self.queue.clear();
        self.queued = 0;
        self.dropped += left;
        (self.dropped > 0).then(|| {
            format!(
                "log driver {}: {} of {} messages were dropped{}",
                self.what,
                self.dropped,
                self.dropped + self.delivered,
                if self.last_error.is_empty() {
                    String::new()
                } else {
                    format!(" (last error: {})", self.last_error)
                }
            )
        })
    }

    pub fn dropped(&self) -> u64 {
        self.dropped
    }
}

fn errno_text<T>(r: nix::Result<T>) -> String {
    r.err()
        .map_or_else(String::new, |e| e.desc().to_lowercase())
}

fn open(t: &Target) -> Result<Conn, String> {
    let flags = SockFlag::SOCK_NONBLOCK | SockFlag::SOCK_CLOEXEC;
    let (family, dgram) = match t {
        Target::Unix { dgram, .. } => (AddressFamily::Unix, *dgram),
        Target::Inet {
            addr: std::net::SocketAddr::V4(_),
            dgram,
        } => (AddressFamily::Inet, *dgram),
        Target::Inet { dgram, .. } => (AddressFamily::Inet6, *dgram),
    };
    let kind = if dgram {
        SockType::Datagram
    } else {
        SockType::Stream
    };
    let describe = || match t {
        Target::Unix { path, .. } => path.display().to_string(),
        Target::Inet { addr, .. } => addr.to_string(),
    };
    let fd = socket(family, kind, flags, None)
        .map_err(|e| format!("socket for {}: {}", describe(), e.desc().to_lowercase()))?;
    let raw = fd.as_raw_fd();
    let r = match t {
        Target::Unix { path, .. } => {
            let a =
                UnixAddr::new(path.as_path()).map_err(|e| format!("{}: {e}", path.display()))?;
            connect(raw, &a)
        }
        Target::Inet {
            addr: std::net::SocketAddr::V4(a),
            ..
        } => connect(raw, &SockaddrIn::from(*a)),
        Target::Inet {
            addr: std::net::SocketAddr::V6(a),
            ..
        } => connect(raw, &SockaddrIn6::from(*a)),
    };
    match r {
        Ok(()) => Ok(Conn {
            fd,
            dgram,
            connecting: false,
        }),
        Err(nix::errno::Errno::EINPROGRESS) => Ok(Conn {
            fd,
            dgram,
            connecting: true,
        }),
        Err(e) => Err(format!(
            "connecting to {}: {}",
            describe(),
            e.desc().to_lowercase()
        )),
    }
}

/// Whether a non-blocking connect finished (true), is still going
/// (false), or failed.
fn connect_result(fd: &OwnedFd) -> Result<bool, String> {
    let mut p = [nix::poll::PollFd::new(
        fd.as_fd(),
        nix::poll::PollFlags::POLLOUT,
    )];
    match nix::poll::poll(&mut p, nix::poll::PollTimeout::ZERO) {
        Ok(0) => return Ok(false),
        Ok(_) => {}
        Err(e) => return Err(e.desc().to_lowercase()),
    }
    match nix::sys::socket::getsockopt(fd, nix::sys::socket::sockopt::SocketError) {
        Ok(0) => Ok(true),
        Ok(n) => Err(format!(
            "connecting: {}",
            nix::errno::Errno::from_raw(n).desc().to_lowercase()
        )),
        Err(e) => Err(e.desc().to_lowercase()),
    }
}

/// Send `data` as a sealed memfd (the journal protocol for entries larger
/// than a datagram).
fn send_memfd(sock: &OwnedFd, data: &[u8]) -> nix::Result<()> {
    use nix::fcntl::{FcntlArg, SealFlag, fcntl};
    use nix::sys::memfd::{MFdFlags, memfd_create};
    let fd = memfd_create(
        c"skiff-journal",
        MFdFlags::MFD_CLOEXEC | MFdFlags::MFD_ALLOW_SEALING,
    )?;
    let mut f = std::fs::File::from(fd);
    std::io::Write::write_all(&mut f, data).map_err(|_| nix::errno::Errno::EIO)?;
    fcntl(
        &f,
        FcntlArg::F_ADD_SEALS(
            SealFlag::F_SEAL_SHRINK
                | SealFlag::F_SEAL_GROW
                | SealFlag::F_SEAL_WRITE
                | SealFlag::F_SEAL_SEAL,
        ),
    )?;
    let fds = [f.as_raw_fd()];
    let cmsg = [nix::sys::socket::ControlMessage::ScmRights(&fds)];
    nix::sys::socket::sendmsg::<()>(
        sock.as_raw_fd(),
        &[],
        &cmsg,
        MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL,
        None,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_is_bounded_and_drops_are_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone.sock");
        let mut s = Sender::new(
            "test",
            &Address::Unixgram(path.clone()),
            10,
            Duration::from_secs(60),
            u64::MAX,
        );
        s.push(b"12345".to_vec());
        s.push(b"67890".to_vec());
        s.push(b"x".to_vec());
        assert_eq!(s.dropped(), 1);
        assert!(s.next_tick().is_some());
        let report = s.close().unwrap();
        assert!(report.contains("3 of 3 messages were dropped"), "{report}");
    }

    #[test]
    fn datagrams_reach_a_listener() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.sock");
        let l = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
        let mut s = Sender::new(
            "test",
            &Address::Unixgram(path),
            1 << 20,
            Duration::from_millis(10),
            u64::MAX,
        );
        s.push(b"hello".to_vec());
        let mut buf = [0u8; 16];
        let n = l.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"hello");
        assert!(s.close().is_none());
    }

    #[test]
    fn large_entries_go_as_a_sealed_memfd() {
        use nix::sys::socket::{ControlMessageOwned, recvmsg};
        use std::io::Read;
        let (a, b) = std::os::unix::net::UnixDatagram::pair().unwrap();
        let a = OwnedFd::from(a);
        let data = vec![b'x'; 300_000];
        send_memfd(&a, &data).unwrap();
        let mut space = nix::cmsg_space!([RawFd; 1]);
        let mut buf = [0u8; 16];
        let mut iov = [std::io::IoSliceMut::new(&mut buf)];
        let msg =
            recvmsg::<()>(b.as_raw_fd(), &mut iov, Some(&mut space), MsgFlags::empty()).unwrap();
        assert_eq!(msg.bytes, 0);
        let fd = msg
            .cmsgs()
            .unwrap()
            .find_map(|c| match c {
                ControlMessageOwned::ScmRights(fds) => fds.first().copied(),
                _ => None,
            })
            .unwrap();
        let fd = crate::runtime::sys::own_fd(fd);
        let seals = nix::fcntl::fcntl(&fd, nix::fcntl::FcntlArg::F_GET_SEALS).unwrap();
        assert_ne!(seals & libc::F_SEAL_WRITE, 0);
        // (The description is shared: its offset is past what we wrote;
        // journald maps the file.)
        let mut f = std::fs::File::from(fd);
        std::io::Seek::seek(&mut f, std::io::SeekFrom::Start(0)).unwrap();
        let mut got = Vec::new();
        f.read_to_end(&mut got).unwrap();
        assert!(got == data, "{} bytes back", got.len());
    }

    #[test]
    fn a_stream_that_is_not_read_does_not_block() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap().to_string();
        let mut s = Sender::new(
            "test",
            &Address::Tcp(addr),
            64 * 1024,
            Duration::from_millis(10),
            u64::MAX,
        );
        let (_peer, _) = l.accept().unwrap();
        let t = Instant::now();
        for _ in 0..20_000 {
            s.push(vec![b'x'; 1000]);
        }
        assert!(s.dropped() > 0);
        let report = s.close().unwrap();
        assert!(t.elapsed() < Duration::from_secs(5), "{report}");
    }
}
