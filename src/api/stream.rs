//! docker's raw streams: the 8-byte frame headers of a multiplexed
//! stream, and the pump between a hijacked connection and a container's
//! monitor (attach) or an exec'd process's pipes.

use super::Conn;
use crate::runtime::monitor::{MSG_EXIT, MSG_RESIZE, MSG_STDERR, MSG_STDIN, MSG_STDOUT};
use crate::runtime::sys;
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::io::{BufRead, Read};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};

/// docker's stream numbers.
pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;

/// One frame of a multiplexed stream: stream, three zero bytes, the
/// length (big-endian), the data.
pub fn frame(stream: u8, data: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(data.len() + 8);
    f.extend_from_slice(&[stream, 0, 0, 0]);
    f.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_be_bytes());
    f.extend_from_slice(data);
    f
}

/// The content type of a container's stream: raw with a terminal (and
/// for clients before API 1.42), multiplexed otherwise.
pub fn content_type(req: &super::http::Request, tty: bool) -> &'static str {
    if tty || super::request_version(req) < (1, 42) {
        "application/vnd.docker.raw-stream"
    } else {
        "application/vnd.docker.multiplexed-stream"
    }
}

/// Output for the client: framed unless the stream is a terminal's.
pub fn framed(tty: bool, stream: u8, data: &[u8]) -> Vec<u8> {
    if tty {
        data.to_vec()
    } else {
        frame(stream, data)
    }
}

/// What an attach forwards.
pub struct AttachOptions {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    pub tty: bool,
    /// The sequence that detaches (empty: none).
    pub detach_keys: Vec<u8>,
    /// The client's end of input means it went away (a plain request,
    /// as wait's). On a hijacked connection it is docker's CloseWrite.
    pub eof_ends: bool,
}

/// How an attach ended.
#[derive(Debug, PartialEq, Eq)]
pub enum End {
    Exited(i32),
    Detached,
    /// The client went away.
    ClientGone,
    /// The monitor went away without an exit code.
    MonitorGone,
}

/// Bytes the connection's reader already holds (sent right after the
/// request), taken out of it.
fn buffered(conn: &mut Conn) -> Vec<u8> {
    let data = conn.input.buffer().to_vec();
    conn.input.consume(data.len());
    data
}

/// Read what the client sent (from the buffer first); `None` at its end.
fn read_client(conn: &mut Conn, buf: &mut [u8]) -> Option<usize> {
    match conn.input.read(buf) {
        Ok(0) | Err(_) => None,
        Ok(n) => Some(n),
    }
}

/// Wait up to `timeout_ms` for the client; whether it closed the
/// connection (what it sends meanwhile is dropped).
pub fn client_gone(conn: &mut Conn, timeout_ms: u16) -> bool {
    if !conn.input.buffer().is_empty() {
        buffered(conn);
    }
    let Some(fd) = conn.input.get_ref().poll_fd() else {
        std::thread::sleep(std::time::Duration::from_millis(u64::from(timeout_ms)));
        return false;
    };
    if !poll_fds(&[fd], Some(timeout_ms))[0] {
        return false;
    }
    let mut buf = [0u8; 4096];
    read_client(conn, &mut buf).is_none()
}

fn poll_fds(fds: &[RawFd], timeout_ms: Option<u16>) -> Vec<bool> {
    let mut p: Vec<PollFd> = fds
        .iter()
        .map(|fd| PollFd::new(sys::borrow_fd(*fd), PollFlags::POLLIN))
        .collect();
    let t = timeout_ms.map_or(PollTimeout::NONE, PollTimeout::from);
    match poll(&mut p, t) {
        Ok(_) => p
            .iter()
            .map(|x| x.revents().is_some_and(|r| !r.is_empty()))
            .collect(),
        Err(_) => vec![false; fds.len()],
    }
}

/// Send stdin to the monitor in messages it takes whole.
fn send_stdin(sock: &OwnedFd, data: &[u8]) -> bool {
    if data.is_empty() {
        // The end of the input.
        return nix::sys::socket::send(
            sock.as_raw_fd(),
            &[MSG_STDIN],
            nix::sys::socket::MsgFlags::MSG_NOSIGNAL,
        )
        .is_ok();
    }
    for part in data.chunks(32 * 1024) {
        let mut m = Vec::with_capacity(part.len() + 1);
        m.push(MSG_STDIN);
        m.extend_from_slice(part);
        if nix::sys::socket::send(
            sock.as_raw_fd(),
            &m,
            nix::sys::socket::MsgFlags::MSG_NOSIGNAL,
        )
        .is_err()
        {
            return false;
        }
    }
    true
}

/// Tell the monitor the terminal's size.
pub fn send_resize(sock: BorrowedFd<'_>, rows: u16, cols: u16) {
    let mut m = vec![MSG_RESIZE];
    m.extend_from_slice(&rows.to_le_bytes());
    m.extend_from_slice(&cols.to_le_bytes());
    let _ = nix::unistd::write(sock, &m);
}

/// Input that came before the container ran: what to replay once it
/// does, and whether the client's side ended.
#[derive(Default)]
pub struct Early {
    pub data: Vec<u8>,
    pub eof: bool,
}

/// Wait until `sub` connects to the container's monitor, keeping the
/// client's early input. `None` when the client went away or `exists`
/// says there is nothing to wait for any more (the container was removed,
/// or it ended before the subscription saw it run).
pub fn wait_connected(
    conn: &mut Conn,
    sub: &mut crate::engine::running::Subscription<'_>,
    exists: &dyn Fn() -> bool,
    eof_ends: bool,
    early: &mut Early,
) -> Option<OwnedFd> {
    early.data.extend(buffered(conn));
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        match sub.check() {
            Ok(true) => break,
            Ok(false) => {}
            Err(_) => return None,
        }
        let wait = sub.wait_fd().map(|f| f.as_raw_fd())?;
        let mut fds = vec![wait];
        let client = conn.input.get_ref().poll_fd().filter(|_| !early.eof);
        fds.extend(client);
        let ready = poll_fds(&fds, Some(1000));
        if ready.get(1).copied().unwrap_or(false) {
            match read_client(conn, &mut buf) {
                Some(n) => early.data.extend_from_slice(&buf[..n]),
                None if eof_ends => return None,
                None => early.eof = true,
            }
        }
        if !ready[0] && !exists() {
            return None;
        }
    }
    sub.take_conn()
}

/// Pump between the hijacked client and the monitor's attach socket until
/// the container exits, the client detaches or goes away.
pub fn attach(conn: &mut Conn, sock: &OwnedFd, o: &AttachOptions, early: Early) -> End {
    let mut matcher = crate::runtime::detach::Matcher::new(if o.stdin {
        o.detach_keys.clone()
    } else {
        Vec::new()
    });
    let mut stdin_open = !early.eof;
    let forward = |data: &[u8], matcher: &mut crate::runtime::detach::Matcher| -> bool {
        let mut pass = Vec::with_capacity(data.len());
        let detached = matcher.feed(data, &mut pass);
        if o.stdin && !pass.is_empty() {
            send_stdin(sock, &pass);
        }
        detached
    };
    let first = [early.data, buffered(conn)].concat();
    if !first.is_empty() && forward(&first, &mut matcher) {
        return End::Detached;
    }
    if early.eof && o.stdin {
        send_stdin(sock, &[]);
    }
    let mut buf = vec![0u8; 65 * 1024];
    loop {
        let mut fds = vec![sock.as_raw_fd()];
        let client = conn.input.get_ref().poll_fd().filter(|_| stdin_open);
        fds.extend(client);
        let ready = poll_fds(&fds, None);
        if ready[0] {
            match nix::sys::socket::recv(
                sock.as_raw_fd(),
                &mut buf,
                nix::sys::socket::MsgFlags::empty(),
            ) {
                Ok(0) => return End::MonitorGone,
                Ok(n) => match buf[0] {
                    MSG_EXIT if n >= 5 => {
                        return End::Exited(i32::from_le_bytes([buf[1], buf[2], buf[3], buf[4]]));
                    }
                    s @ (MSG_STDOUT | MSG_STDERR) => {
                        let wanted = if s == MSG_STDOUT { o.stdout } else { o.stderr };
                        if wanted && conn.out.send(&framed(o.tty, s, &buf[1..n])).is_err() {
                            return End::ClientGone;
                        }
                    }
                    _ => {}
                },
                Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {}
                Err(_) => return End::MonitorGone,
            }
        }
        if ready.get(1).copied().unwrap_or(false) {
            match read_client(conn, &mut buf) {
                Some(n) => {
                    if forward(&buf[..n], &mut matcher) {
                        return End::Detached;
                    }
                }
                None if o.eof_ends => return End::ClientGone,
                None => {
                    // The client closed its side (docker's CloseWrite at
                    // the end of its stdin): the container's stdin ends.
                    stdin_open = false;
                    if o.stdin {
                        send_stdin(sock, &[]);
                    }
                }
            }
        }
    }
}

/// Read from `fd` into frames for the client until both `out` and `err`
/// end, feeding the client's input to `stdin` meanwhile (exec without a
/// terminal).
pub fn pipes(
    conn: &mut Conn,
    out: Option<OwnedFd>,
    err: Option<OwnedFd>,
    mut stdin: Option<OwnedFd>,
    tty: bool,
) -> bool {
    let mut sources: Vec<(OwnedFd, u8)> = Vec::new();
    sources.extend(out.map(|f| (f, STDOUT)));
    sources.extend(err.map(|f| (f, STDERR)));
    let early = buffered(conn);
    if let Some(s) = &stdin
        && !early.is_empty()
        && nix::unistd::write(s.as_fd(), &early).is_err()
    {
        stdin = None;
    }
    let mut client_open = true;
    let mut buf = vec![0u8; 64 * 1024];
    while !sources.is_empty() {
        let mut fds: Vec<RawFd> = sources.iter().map(|(f, _)| f.as_raw_fd()).collect();
        let client = conn
            .input
            .get_ref()
            .poll_fd()
            .filter(|_| client_open && stdin.is_some());
        fds.extend(client);
        let ready = poll_fds(&fds, None);
        let mut closed = Vec::new();
        for (i, (f, s)) in sources.iter().enumerate() {
            if !ready[i] {
                continue;
            }
            match nix::unistd::read(f.as_fd(), &mut buf) {
                Ok(0) | Err(_) => closed.push(i),
                Ok(n) => {
                    if conn.out.send(&framed(tty, *s, &buf[..n])).is_err() {
                        return false;
                    }
                }
            }
        }
        for i in closed.into_iter().rev() {
            sources.remove(i);
        }
        if ready
            .get(fds.len().wrapping_sub(1))
            .copied()
            .unwrap_or(false)
            && client.is_some()
        {
            if let Some(n) = read_client(conn, &mut buf) {
                if let Some(s) = &stdin
                    && write_all(s.as_fd(), &buf[..n]).is_err()
                {
                    stdin = None;
                }
            } else {
                client_open = false;
                stdin = None;
            }
        }
    }
    true
}

fn write_all(fd: BorrowedFd<'_>, mut data: &[u8]) -> nix::Result<()> {
    while !data.is_empty() {
        let n = nix::unistd::write(fd, data)?;
        data = &data[n..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames() {
        assert_eq!(frame(1, b"hi"), [1, 0, 0, 0, 0, 0, 0, 2, b'h', b'i']);
        assert_eq!(framed(true, 2, b"x"), b"x");
    }
}
