//! The client side of `attach`: talk to a container's monitor over its
//! attach socket (see `monitor` for the message format). Several clients
//! may be attached at once; detaching leaves the container running.

use super::monitor::{MSG_EXIT, MSG_RESIZE, MSG_STDERR, MSG_STDIN, MSG_STDOUT};
use super::sys;
use anyhow::{Context, Result, bail};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::io::Write;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};

pub struct AttachOptions {
    pub stdin: bool,
    pub tty: bool,
    pub detach_keys: Vec<u8>,
    /// Forward signals to the container's init (`--sig-proxy`, not with a
    /// terminal, where Ctrl-C is a character).
    pub sig_proxy: bool,
    /// The container's init, for signal forwarding.
    pub pid: i32,
    pub pid_start: u64,
}

pub enum AttachEnd {
    Exited(i32),
    Detached,
    /// The monitor went away without saying how the container ended.
    Closed,
}

fn send_resize(sock: &OwnedFd) {
    if let Some((rows, cols)) = sys::get_winsize(0) {
        let mut m = vec![MSG_RESIZE];
        m.extend_from_slice(&rows.to_le_bytes());
        m.extend_from_slice(&cols.to_le_bytes());
        let _ = nix::unistd::write(sock.as_fd(), &m);
    }
}

/// Pump between our stdio and the socket until the container exits or the
/// user detaches.
pub fn attach(sock: &OwnedFd, o: &AttachOptions) -> Result<AttachEnd> {
    let mut sigs = vec![libc::SIGWINCH];
    if o.sig_proxy && !o.tty {
        sigs.extend([
            libc::SIGINT,
            libc::SIGTERM,
            libc::SIGHUP,
            libc::SIGQUIT,
            libc::SIGUSR1,
            libc::SIGUSR2,
        ]);
    }
    let old = sys::block_signals(&sigs);
    let result = (|| -> Result<AttachEnd> {
        let sigfd = sys::signalfd(&sigs).context("creating a signalfd")?;
        if o.tty {
            send_resize(sock);
        }
        let mut matcher = super::detach::Matcher::new(o.detach_keys.clone());
        let mut stdin_open = o.stdin;
        let mut buf = vec![0u8; 65 * 1024];
        loop {
            let mut fds = vec![sock.as_raw_fd(), sigfd.as_raw_fd()];
            if stdin_open {
                fds.push(0);
            }
            let mut p: Vec<PollFd> = fds
                .iter()
                .map(|fd| PollFd::new(sys::borrow_fd(*fd), PollFlags::POLLIN))
                .collect();
            match poll(&mut p, PollTimeout::NONE) {
                Ok(_) | Err(nix::errno::Errno::EINTR) => {}
                Err(e) => bail!("attached: {e}"),
            }
            let ready: Vec<bool> = p
                .iter()
                .map(|x| x.revents().is_some_and(|r| !r.is_empty()))
                .collect();
            if ready[0] {
                match nix::unistd::read(sock.as_fd(), &mut buf) {
                    Ok(0) | Err(_) => return Ok(AttachEnd::Closed),
                    Ok(n) => match buf[0] {
                        MSG_STDOUT => {
                            let mut out = std::io::stdout().lock();
                            let _ = out.write_all(&buf[1..n]);
                            let _ = out.flush();
                        }
                        MSG_STDERR => {
                            let mut err = std::io::stderr().lock();
                            let _ = err.write_all(&buf[1..n]);
                            let _ = err.flush();
                        }
                        MSG_EXIT if n == 5 => {
                            return Ok(AttachEnd::Exited(i32::from_le_bytes([
                                buf[1], buf[2], buf[3], buf[4],
                            ])));
                        }
                        _ => {}
                    },
                }
            }
            if ready[1] {
                while let Some(sig) = sys::read_signalfd(sigfd.as_fd()) {
                    if sig == libc::SIGWINCH {
                        if o.tty {
                            send_resize(sock);
                        }
                    } else {
                        crate::container::ops::signal_process(o.pid, o.pid_start, sig);
                    }
                }
            }
            if stdin_open && ready.get(2).copied().unwrap_or(false) {
                match nix::unistd::read(std::io::stdin().as_fd(), &mut buf[..64 * 1024]) {
                    Ok(0) | Err(_) => stdin_open = false,
                    Ok(n) => {
                        let mut msg = vec![MSG_STDIN];
                        let detached = matcher.feed(&buf[..n], &mut msg);
                        if msg.len() > 1 {
                            let _ = nix::unistd::write(sock.as_fd(), &msg);
                        }
                        if detached {
                            return Ok(AttachEnd::Detached);
                        }
                    }
                }
            }
        }
    })();
    sys::set_signal_mask(&old);
    result
}
