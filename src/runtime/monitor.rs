//! The per-container monitor: a forked copy of skiff (no re-exec) that
//! owns one running container. It clones the container's first process,
//! pumps its stdio to the log (and to the client of a foreground run),
//! reaps it, records how it ended, and cleans up (`--rm`). It lives exactly
//! as long as its container (conmon's role, without a second program).
//!
//! Protocol with the client that started it, one line each on a pipe:
//! `S <pid>` (started), `E <code> <message>` (could not start),
//! `X <code>` (exited, cleanup done).

use super::spawn::{self, ChildPlan, Paths, Stdio};
use super::sys;
use crate::container::logs::{LogWriter, Stream};
use crate::container::{ContainerConfig, ContainerStore, Status};
use crate::image::store::ImageStore;
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::io::{BufRead, BufReader};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};

/// How the client takes part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attach {
    /// `run` / `start -a`: the client's fds 0-2 are the container's
    /// terminal; `stdin`: forward the client's stdin (`-i`).
    Foreground { stdin: bool },
    /// `run -d` / `start`: output only goes to the log.
    Detached,
}

/// A started container, as seen by the client.
pub struct Started {
    pub pid: i32,
    pub monitor_pid: i32,
    status: BufReader<std::fs::File>,
}

impl Started {
    /// Wait for the container to exit (foreground runs); its exit code.
    pub fn wait_exit(&mut self) -> Result<i32> {
        loop {
            let mut line = String::new();
            if self
                .status
                .read_line(&mut line)
                .context("waiting for the container")?
                == 0
            {
                bail!("the container's monitor exited unexpectedly");
            }
            if let Some(code) = line.trim().strip_prefix("X ") {
                return code
                    .parse()
                    .map_err(|_| anyhow!("bad status from monitor: {line}"));
            }
        }
    }

    pub fn status_fd(&self) -> BorrowedFd<'_> {
        self.status.get_ref().as_fd()
    }
}

/// Prepare and start a container (client side): fork the monitor and wait
/// until the container runs, or say why it could not.
pub fn start(
    cs: &ContainerStore,
    images: &ImageStore,
    id: &str,
    attach: Attach,
) -> Result<Started> {
    let lock = cs.lock(id)?;
    let config = cs.config(id)?;
    let state = crate::container::ops::reconcile(cs, id, cs.state(id)?)?;
    if state.status.is_active() {
        bail!("container {} is already running", config.name);
    }
    let dir = cs.dir(id);
    let mut lower = Vec::new();
    for chain in config.layers.iter().rev() {
        if !images.has_layer(chain) {
            bail!(
                "layer {} of image {} is missing from the store",
                chain.short(),
                config.image_id.short()
            );
        }
        lower.push(std::path::PathBuf::from(chain.hex()).join("diff"));
    }
    let image_dirs: Vec<std::path::PathBuf> = config
        .layers
        .iter()
        .rev()
        .map(|l| images.layer_diff(l))
        .collect();
    // Runtime artifacts live on tmpfs (runroot): regenerated at every
    // start, gone after a reboot, and no inode churn on the disk.
    let run = cs.run_dir(id);
    crate::storage::ensure_dir(&run.join("merged"), 0o755)?;
    spawn::write_userdata(&config, &run.join("userdata"), &image_dirs)?;

    let paths = Paths {
        layers_root: images.paths.root.join("layers"),
        lower,
        upper: dir.join("upper"),
        work: dir.join("work"),
        merged: run.join("merged"),
        userdata: run.join("userdata"),
    };
    let stdio = if config.process.terminal {
        // The container's terminal starts with the client's size.
        let (rows, cols) = match attach {
            Attach::Foreground { .. } => sys::get_winsize(0).unwrap_or((24, 80)),
            Attach::Detached => (24, 80),
        };
        Stdio::Tty { rows, cols }
    } else {
        Stdio::Fds {
            stdin: -1,
            stdout: -1,
            stderr: -1,
        }
    };
    let plan = ChildPlan::build(&config, &paths, cs.paths.rootless, stdio)?;
    let log = LogWriter::open(&cs.log_path(id), &config.log_driver)?;

    let (status_r, status_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let mut keep = vec![status_w.as_raw_fd()];
    if let Attach::Foreground { .. } = attach {
        keep.extend([0, 1, 2]);
    }
    let status_w_raw = status_w.as_raw_fd();
    let monitor =
        sys::fork_run(|| monitor_process(cs, id, &config, plan, log, attach, status_w_raw, &keep))
            .context("starting the container monitor")?;
    drop(status_w);
    let mut status = BufReader::new(std::fs::File::from(status_r));
    let mut line = String::new();
    status
        .read_line(&mut line)
        .context("waiting for the container to start")?;
    drop(lock);
    let line = line.trim_end();
    if let Some(pid) = line.strip_prefix("S ") {
        return Ok(Started {
            pid: pid.parse().unwrap_or(0),
            monitor_pid: monitor.as_raw(),
            status,
        });
    }
    if let Some(rest) = line.strip_prefix("E ") {
        let (code, msg) = rest.split_once(' ').unwrap_or((rest, "unknown error"));
        let code = code.parse().unwrap_or(crate::error::EXIT_FAILURE);
        // Reap the monitor (it exits right after reporting).
        let _ = nix::sys::wait::waitpid(monitor, None);
        return Err(anyhow::Error::new(crate::error::ExitError::new(
            code,
            msg.to_string(),
        )));
    }
    let _ = nix::sys::wait::waitpid(monitor, None);
    bail!("the container monitor failed before starting the container")
}

/// The monitor's body, in the forked child. Returns its exit status.
#[allow(clippy::too_many_arguments)]
fn monitor_process(
    cs: &ContainerStore,
    id: &str,
    config: &ContainerConfig,
    plan: ChildPlan,
    log: LogWriter,
    attach: Attach,
    status_fd: RawFd,
    keep: &[RawFd],
) -> i32 {
    // Own session: the terminal's signals (Ctrl-C) go to the client, which
    // forwards them; our lifetime is the container's.
    let _ = sys::setsid_raw();
    let mut keep = keep.to_vec();
    keep.push(log_fd(&log));
    sys::close_fds_except(&keep);
    if attach == Attach::Detached {
        redirect_to_null();
    }
    let mut status = Status2 { fd: status_fd };
    match monitor_main(cs, id, config, plan, log, attach, &mut status) {
        Ok(()) => 0,
        Err(e) => {
            let msg = format!("{e:#}").replace('\n', "; ");
            let code = crate::error::Report::from_error(&e).code;
            status.send(&format!("E {code} {msg}"));
            1
        }
    }
}

fn log_fd(log: &LogWriter) -> RawFd {
    log.raw_fd().unwrap_or(-1)
}

fn redirect_to_null() {
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        for fd in 0..3 {
            let _ = sys::dup2_raw(null.as_raw_fd(), fd);
        }
    }
}

/// The status pipe to the client (which may have gone away).
struct Status2 {
    fd: RawFd,
}

impl Status2 {
    fn send(&mut self, line: &str) {
        if self.fd >= 0 {
            let mut l = line.to_string();
            l.push('\n');
            sys::write_all_raw(self.fd, l.as_bytes());
        }
    }

    fn close(&mut self) {
        if self.fd >= 0 {
            sys::close_fd(self.fd);
            self.fd = -1;
        }
    }
}

fn pipe() -> Result<(OwnedFd, OwnedFd)> {
    nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")
}

#[allow(clippy::too_many_arguments)]
fn monitor_main(
    cs: &ContainerStore,
    id: &str,
    config: &ContainerConfig,
    mut plan: ChildPlan,
    mut log: LogWriter,
    attach: Attach,
    status: &mut Status2,
) -> Result<()> {
    let _ = sys::prctl_raw(libc::PR_SET_CHILD_SUBREAPER, 1, 0);
    sys::ignore_signal(libc::SIGPIPE);
    let sigs = [
        libc::SIGCHLD,
        libc::SIGWINCH,
        libc::SIGTERM,
        libc::SIGINT,
        libc::SIGHUP,
        libc::SIGQUIT,
    ];
    sys::block_signals(&sigs);
    let sigfd = sys::signalfd(&sigs).context("creating a signalfd")?;

    // The container's stdio.
    let mut child_side: Vec<OwnedFd> = Vec::new();
    let (mut out_r, mut err_r, mut in_w): (Option<OwnedFd>, Option<OwnedFd>, Option<OwnedFd>) =
        (None, None, None);
    let terminal = matches!(plan.stdio, Stdio::Tty { .. });
    if !terminal {
        let (o_r, o_w) = pipe()?;
        let (e_r, e_w) = pipe()?;
        let stdin = if config.process.stdin {
            let (i_r, i_w) = pipe()?;
            in_w = Some(i_w);
            i_r
        } else {
            OwnedFd::from(std::fs::File::open("/dev/null").context("opening /dev/null")?)
        };
        plan.stdio = Stdio::Fds {
            stdin: stdin.as_raw_fd(),
            stdout: o_w.as_raw_fd(),
            stderr: e_w.as_raw_fd(),
        };
        child_side.extend([stdin, o_w, e_w]);
        out_r = Some(o_r);
        err_r = Some(e_r);
    }
    let (report_r, report_w) = nix::sys::socket::socketpair(
        nix::sys::socket::AddressFamily::Unix,
        nix::sys::socket::SockType::SeqPacket,
        None,
        nix::sys::socket::SockFlag::SOCK_CLOEXEC,
    )
    .context("creating a socket pair")?;
    let (go_r, go_w) = pipe()?;
    plan.report_fd = report_w.as_raw_fd();
    plan.go_fd = go_r.as_raw_fd();
    plan.monitor_pid = std::process::id() as i32;

    // The monitor's own ends, which the container must not keep (an init
    // holding the stdin pipe's write end would keep stdin open forever).
    let mut ours: Vec<RawFd> = vec![
        report_r.as_raw_fd(),
        go_w.as_raw_fd(),
        status.fd,
        sigfd.as_raw_fd(),
    ];
    ours.extend(
        out_r
            .iter()
            .chain(err_r.iter())
            .chain(in_w.iter())
            .map(AsRawFd::as_raw_fd),
    );
    ours.push(log_fd(&log));
    let child = sys::clone_fork(plan.clone_flags).context("creating the container's namespaces")?;
    if child == 0 {
        // In the container's first process.
        for fd in ours {
            if fd >= 0 {
                sys::close_fd(fd);
            }
        }
        spawn::child_main(&plan);
    }
    // Nothing inside a container may open this process through /proc
    // (CVE-2019-5736). Only now: the child must start dumpable, or a
    // rootless monitor could not write its uid_map (non-dumpable /proc
    // files belong to the initial namespace's root; youki `setup_userns`).
    let _ = sys::prctl_raw(libc::PR_SET_DUMPABLE, 0, 0);
    drop(report_w);
    drop(go_r);
    drop(child_side);
    if let Some((uid_map, gid_map)) = &plan.id_maps {
        // We are root in skiff's user namespace: the maps can be written
        // directly (no setgroups=deny needed with CAP_SETGID there).
        let w = |f: &str, data: &str| {
            std::fs::write(format!("/proc/{child}/{f}"), data)
                .with_context(|| format!("writing {f} of the container"))
        };
        if let Err(e) = w("uid_map", uid_map).and_then(|()| w("gid_map", gid_map)) {
            let _ = sys::kill_raw(child, libc::SIGKILL);
            let _ = sys::waitpid_raw(child, false);
            return Err(e);
        }
    }
    sys::write_all_raw(go_w.as_raw_fd(), b"1");
    drop(go_w);

    let master = match spawn::read_report(report_r.as_raw_fd()) {
        Ok(m) => m,
        Err((code, errno)) => {
            let (msg, exit) = plan.describe_failure(code, errno);
            let _ = sys::waitpid_raw(child, false);
            record_failed_start(cs, id, config, exit, &msg);
            status.send(&format!("E {exit} {msg}"));
            return Ok(());
        }
    };
    drop(report_r);

    let pid_start = crate::container::process_start_time(child).unwrap_or(0);
    let mut state = cs.state(id).unwrap_or_default();
    state.status = Status::Running;
    state.pid = child;
    state.pid_start = pid_start;
    state.monitor_pid = std::process::id() as i32;
    state.monitor_start = crate::container::process_start_time(state.monitor_pid).unwrap_or(0);
    state.exit_code = 0;
    state.error.clear();
    state.started_at = Some(Timestamp::now().rfc3339_nano());
    state.finished_at = None;
    state.boot_id = crate::container::boot_id();
    state.stopped_by_user = false;
    let durable = !config.auto_remove;
    cs.write_state_with(id, &state, durable)?;
    status.send(&format!("S {child}"));
    drop(plan);
    sys::trim_heap();

    let code = pump(
        child,
        &mut log,
        attach,
        master.as_ref().map(AsRawFd::as_raw_fd),
        out_r,
        err_r,
        in_w,
        &sigfd,
    );
    log.flush();

    // Record the exit under the container lock.
    let finished = Timestamp::now().rfc3339_nano();
    {
        let _lock = cs.lock(id);
        let mut s = cs.state(id).unwrap_or_default();
        s.status = Status::Exited;
        s.exit_code = code;
        s.pid = 0;
        s.monitor_pid = 0;
        s.finished_at = Some(finished);
        let _ = cs.write_state_with(id, &s, durable);
    }
    if config.auto_remove
        && let Err(e) = cs.remove(id)
    {
        crate::warn!("removing container {}: {e:#}", config.name);
    }
    if attach != Attach::Detached {
        // Give the terminal back before telling the client we are done.
        redirect_to_null();
    }
    status.send(&format!("X {code}"));
    status.close();
    Ok(())
}

/// A start that failed: the container stays "created" with the error
/// (docker), or goes away with `--rm`.
fn record_failed_start(
    cs: &ContainerStore,
    id: &str,
    config: &ContainerConfig,
    code: i32,
    msg: &str,
) {
    if config.auto_remove {
        let _ = cs.remove(id);
        return;
    }
    let mut s = cs.state(id).unwrap_or_default();
    s.status = Status::Created;
    s.exit_code = code;
    s.error = msg.to_string();
    let _ = cs.write_state(id, &s);
}

/// Move bytes until the container is gone. Returns its exit code. Owns
/// the pipes so they close when it returns.
#[allow(clippy::too_many_arguments, clippy::needless_pass_by_value)]
fn pump(
    child: i32,
    log: &mut LogWriter,
    attach: Attach,
    master: Option<RawFd>,
    out_r: Option<OwnedFd>,
    err_r: Option<OwnedFd>,
    mut in_w: Option<OwnedFd>,
    sigfd: &OwnedFd,
) -> i32 {
    let foreground = matches!(attach, Attach::Foreground { .. });
    let forward_stdin = matches!(attach, Attach::Foreground { stdin: true });
    // Output sources: (fd, stream).
    let mut sources: Vec<(RawFd, Stream)> = Vec::new();
    if let Some(m) = master {
        sources.push((m, Stream::Stdout));
    }
    if let Some(o) = &out_r {
        sources.push((o.as_raw_fd(), Stream::Stdout));
    }
    if let Some(e) = &err_r {
        sources.push((e.as_raw_fd(), Stream::Stderr));
    }
    let mut client_in = forward_stdin.then_some(0);
    let mut client_out_ok = foreground;
    let mut exit: Option<i32> = None;
    let mut exited_at: Option<std::time::Instant> = None;
    let mut buf = vec![0u8; 64 * 1024];
    if let (Some(m), true) = (master, foreground) {
        sys::copy_winsize(0, m);
    }
    loop {
        if exit.is_some() && sources.is_empty() {
            break;
        }
        // After the container's init is gone every writer is gone too (the
        // pid namespace dies with it); do not wait forever regardless.
        if exited_at.is_some_and(|t| t.elapsed() > std::time::Duration::from_secs(2)) {
            break;
        }
        let mut pfds: Vec<PollFd> = Vec::new();
        // SAFETY-free: the fds listed are open for the whole loop.
        let borrowed: Vec<BorrowedFd> = sources
            .iter()
            .map(|(fd, _)| unsafe_borrow(*fd))
            .chain(client_in.map(unsafe_borrow))
            .collect();
        for b in &borrowed {
            pfds.push(PollFd::new(*b, PollFlags::POLLIN));
        }
        pfds.push(PollFd::new(sigfd.as_fd(), PollFlags::POLLIN));
        let timeout = if exit.is_some() { 100u16 } else { 10_000u16 };
        match poll(&mut pfds, PollTimeout::from(timeout)) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => break,
        }
        let revents: Vec<PollFlags> = pfds
            .iter()
            .map(|p| p.revents().unwrap_or(PollFlags::empty()))
            .collect();
        let ns = sources.len();
        let mut closed = Vec::new();
        for (i, (fd, stream)) in sources.iter().enumerate() {
            let ev = revents[i];
            if ev.is_empty() {
                continue;
            }
            match nix::unistd::read(unsafe_borrow(*fd), &mut buf) {
                Ok(0) | Err(_) => closed.push(i),
                Ok(n) => {
                    let data = &buf[..n];
                    log.write(*stream, data);
                    if client_out_ok {
                        let target = if *stream == Stream::Stderr { 2 } else { 1 };
                        if !write_fd(target, data) {
                            client_out_ok = false;
                        }
                    }
                }
            }
        }
        for i in closed.into_iter().rev() {
            sources.remove(i);
        }
        let mut idx = ns;
        if let Some(cin) = client_in {
            let ev = revents[idx];
            idx += 1;
            if !ev.is_empty() {
                match nix::unistd::read(unsafe_borrow(cin), &mut buf) {
                    Ok(0) | Err(_) => {
                        client_in = None;
                        // EOF: the container's stdin closes too (not for a
                        // terminal, where EOF is a character).
                        in_w = None;
                    }
                    Ok(n) => {
                        let target = master.or(in_w.as_ref().map(AsRawFd::as_raw_fd));
                        if let Some(t) = target
                            && !write_fd(t, &buf[..n])
                        {
                            in_w = None;
                        }
                    }
                }
            }
        }
        if !revents[idx].is_empty() {
            while let Some(sig) = sys::read_signalfd(sigfd.as_fd()) {
                match sig {
                    libc::SIGCHLD => {
                        while let Ok((pid, st)) = sys::waitpid_raw(-1, true) {
                            if pid <= 0 {
                                break;
                            }
                            if pid == child {
                                exit = Some(if libc::WIFEXITED(st) {
                                    libc::WEXITSTATUS(st)
                                } else {
                                    128 + libc::WTERMSIG(st)
                                });
                                exited_at = Some(std::time::Instant::now());
                            }
                        }
                    }
                    libc::SIGWINCH => {
                        if let Some(m) = master {
                            sys::copy_winsize(0, m);
                        }
                    }
                    _ => {}
                }
            }
        }
        if exit.is_none() {
            // A SIGCHLD can be coalesced; check directly now and then.
            if let Ok((pid, st)) = sys::waitpid_raw(child, true)
                && pid == child
            {
                exit = Some(if libc::WIFEXITED(st) {
                    libc::WEXITSTATUS(st)
                } else {
                    128 + libc::WTERMSIG(st)
                });
                exited_at = Some(std::time::Instant::now());
            }
        }
    }
    drop(in_w);
    exit.unwrap_or_else(|| match sys::waitpid_raw(child, false) {
        Ok((_, st)) if libc::WIFEXITED(st) => libc::WEXITSTATUS(st),
        Ok((_, st)) => 128 + libc::WTERMSIG(st),
        Err(_) => 255,
    })
}

fn unsafe_borrow(fd: RawFd) -> BorrowedFd<'static> {
    sys::borrow_fd(fd)
}

/// Write everything; false if the reader went away.
fn write_fd(fd: RawFd, mut data: &[u8]) -> bool {
    while !data.is_empty() {
        match nix::unistd::write(unsafe_borrow(fd), data) {
            Ok(0) => return false,
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) => {}
            Err(nix::errno::Errno::EAGAIN) => {
                let mut p = [PollFd::new(unsafe_borrow(fd), PollFlags::POLLOUT)];
                let _ = poll(&mut p, PollTimeout::from(1000u16));
            }
            Err(_) => return false,
        }
    }
    true
}

impl LogWriter {
    fn raw_fd(&self) -> Option<RawFd> {
        self.file_ref().map(AsRawFd::as_raw_fd)
    }
}
