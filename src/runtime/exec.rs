//! `exec`: run another process in a running container.
//!
//! The client itself joins the container: it turns non-dumpable (nothing
//! inside may open it through /proc: CVE-2019-5736), joins every namespace
//! of the container's init at once with `setns(pidfd, ...)` (the user
//! namespace too, when it is not ours: rootless and keep-id), and forks the
//! process, which joins the container's cgroup and gets the container's
//! capabilities, no_new_privs and seccomp filter (runtime::process) before
//! exec. Without a terminal the process uses our stdio directly; with one,
//! the pty comes from the container's devpts and we pump it.

use super::process::{self, ProcessPlan, ProcessSpec, Stage, check, fail};
use super::sys;
use crate::container::spec::{self, User};
use crate::container::{ContainerStore, Status, ops};
use anyhow::{Context, Result, anyhow, bail};
use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};

pub struct ExecRequest {
    pub args: Vec<String>,
    /// Extra environment (`-e`, `--env-file`), already expanded.
    pub env: Vec<String>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub detach: bool,
    pub privileged: bool,
    pub detach_keys: Vec<u8>,
    /// With a terminal: a file that holds `rows cols`, read at the start
    /// and at every SIGWINCH instead of our own terminal's size (the
    /// API's exec resize writes it).
    pub winsize_file: Option<std::path::PathBuf>,
}

/// A terminal size from a `rows cols` file.
fn read_winsize(f: &std::fs::File) -> Option<(u16, u16)> {
    use std::os::unix::fs::FileExt;
    let mut b = [0u8; 32];
    let n = f.read_at(&mut b, 0).ok()?;
    let text = std::str::from_utf8(&b[..n]).ok()?;
    let mut it = text.split_whitespace();
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// Read a file inside the container's root (as its processes see it),
/// without following symlinks out of it.
fn read_in_root(pid: i32, rel: &str) -> Option<String> {
    use nix::fcntl::{OFlag, OpenHow, ResolveFlag, openat2};
    let root = nix::fcntl::open(
        format!("/proc/{pid}/root").as_str(),
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )
    .ok()?;
    let how = OpenHow::new()
        .flags(OFlag::O_RDONLY | OFlag::O_CLOEXEC)
        .resolve(ResolveFlag::RESOLVE_IN_ROOT | ResolveFlag::RESOLVE_NO_MAGICLINKS);
    let fd = openat2(&root, rel, how).ok()?;
    let mut s = String::new();
    use std::io::Read;
    std::fs::File::from(fd)
        .take(4 << 20)
        .read_to_string(&mut s)
        .ok()?;
    Some(s)
}

pub(crate) fn ns_inode(pid: &str, ns: &str) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(format!("/proc/{pid}/ns/{ns}"))
        .ok()
        .map(|m| m.ino())
}

/// Run `req` in container `id`; returns the exit code to exit with.
pub fn exec(cs: &ContainerStore, id: &str, req: &ExecRequest) -> Result<i32> {
    let config = cs.config(id)?;
    let state = ops::state(cs, id)?;
    match state.status {
        Status::Running | Status::Stopping => {}
        Status::Paused => bail!(
            "container {} is paused, unpause the container before exec",
            config.name
        ),
        _ => bail!("container {} is not running", config.name),
    }
    if req.args.is_empty() {
        bail!("exec requires a command");
    }
    let pid = state.pid;
    let pidfd = sys::pidfd_open(pid).with_context(|| format!("opening process {pid}"))?;
    if crate::container::process_start_time(pid) != Some(state.pid_start) {
        bail!("container {} is not running", config.name);
    }

    let user = match &req.user {
        None => config.process.user.clone(),
        Some(u) => spec::resolve_user(
            u,
            read_in_root(pid, "etc/passwd").as_deref(),
            read_in_root(pid, "etc/group").as_deref(),
            &[],
        )?,
    };
    let mut env = config.process.env.clone();
    if req.user.is_some() {
        spec::set_env(
            &mut env,
            format!(
                "HOME={}",
                if user.home.is_empty() {
                    "/"
                } else {
                    &user.home
                }
            ),
        );
    }
    if req.tty && spec::get_env(&env, "TERM").is_none() {
        spec::set_env(&mut env, "TERM=xterm".into());
    }
    for e in &req.env {
        spec::set_env(&mut env, e.clone());
    }
    let caps = if req.privileged {
        spec::all_caps()
    } else {
        config.security.caps.clone()
    };
    let seccomp = if req.privileged {
        "unconfined"
    } else {
        config.security.seccomp.as_str()
    };
    let plan = ProcessPlan::build(&ProcessSpec {
        args: &req.args,
        env: &env,
        user: &User { ..user },
        caps: &caps,
        no_new_privs: config.security.no_new_privileges,
        seccomp,
        rlimits: &config.rlimits,
        runtime: config.runtime_name(),
    })?;
    let cwd = CString::new(
        req.workdir
            .clone()
            .unwrap_or_else(|| config.process.cwd.clone()),
    )
    .map_err(|_| anyhow!("working directory contains a NUL byte"))?;
    let cgroup_procs = match &state.cgroup {
        Some(cg) => cg.join_files()?,
        None => Vec::new(),
    };

    // Which namespaces: all of the init's; the user namespace only if it
    // is not ours (setns into our own fails).
    let p = pid.to_string();
    let mut flags = libc::CLONE_NEWNS
        | libc::CLONE_NEWPID
        | libc::CLONE_NEWUTS
        | libc::CLONE_NEWIPC
        | libc::CLONE_NEWNET
        | libc::CLONE_NEWCGROUP;
    if ns_inode(&p, "user") != ns_inode("self", "user") {
        flags |= libc::CLONE_NEWUSER;
    }
    let (report_r, report_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;

    // /proc/self will not show us inside the container's namespaces.
    // Opened before we join the container's mount namespace.
    let winsize = match (&req.winsize_file, req.tty) {
        (Some(p), true) => {
            Some(std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?)
        }
        _ => None,
    };
    sys::confirm_single_threaded().context("joining the container")?;
    // From here on we are inside the container: nothing in it may open
    // this process (our binary) through /proc.
    sys::prctl_raw(libc::PR_SET_DUMPABLE, 0, 0)
        .map_err(|e| anyhow!("prctl(PR_SET_DUMPABLE): errno {e}"))?;
    sys::setns_pidfd(pidfd.as_fd(), flags).context("joining the container's namespaces")?;

    let pty = if req.tty {
        Some(sys::open_pty_here().map_err(|e| {
            anyhow!(
                "opening a terminal in the container: {}",
                std::io::Error::from_raw_os_error(e)
            )
        })?)
    } else {
        None
    };
    let size_of = |f: &Option<std::fs::File>| match f {
        Some(f) => read_winsize(f),
        None => sys::get_winsize(0),
    };
    if let (Some((master, _)), Some((rows, cols))) = (pty, size_of(&winsize)) {
        sys::set_winsize(master, rows, cols);
    }
    let report = report_w.as_raw_fd();
    let child = sys::clone_fork(0).context("forking")?;
    if child == 0 {
        exec_child(
            &plan,
            &cwd,
            pty,
            req.detach,
            &cgroup_procs
                .iter()
                .map(AsRawFd::as_raw_fd)
                .collect::<Vec<_>>(),
            report,
        );
    }
    drop(report_w);
    drop(cgroup_procs);
    let master = pty.map(|(m, s)| {
        sys::close_fd(s);
        crate::runtime::sys::own_fd(m)
    });
    if let Err((code, errno)) = read_report(report_r.as_raw_fd()) {
        let _ = sys::waitpid_raw(child, false);
        let (msg, exit) = if code == Stage::Exec as u32 {
            plan.describe_exec_failure(errno)
        } else {
            let what = Stage::from_u32(code).map_or("starting the process", Stage::describe);
            (
                format!("{what}: {}", std::io::Error::from_raw_os_error(errno)),
                crate::error::EXIT_CANNOT_INVOKE,
            )
        };
        return Err(anyhow::Error::new(crate::error::ExitError::new(exit, msg)));
    }
    if req.detach {
        // The middle process exits at once; the command was adopted by
        // the container's init.
        let _ = sys::waitpid_raw(child, false);
        return Ok(0);
    }
    match master {
        None => Ok(wait_forwarding(child)),
        Some(m) => pump_tty(
            child,
            &m,
            req.interactive,
            &req.detach_keys,
            winsize.as_ref(),
        ),
    }
}

/// In the forked child: join the cgroup, set up stdio and directory, then
/// the container's security settings, and exec.
fn exec_child(
    plan: &ProcessPlan,
    cwd: &CString,
    pty: Option<(i32, i32)>,
    detach: bool,
    cgroup_procs: &[i32],
    report: i32,
) -> ! {
    for &fd in cgroup_procs {
        sys::write_all_raw(fd, b"0");
        sys::close_fd(fd);
    }
    if detach {
        // Double fork: the command is reparented to the container's init.
        match sys::clone_fork(0) {
            Ok(0) => {}
            Ok(_) => sys::exit_now(0),
            Err(e) => fail(
                report,
                Stage::InitFork as u32,
                e.raw_os_error().unwrap_or(libc::EAGAIN),
            ),
        }
        check(report, sys::setsid_raw(), Stage::Stdio);
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
    if let Some((master, slave)) = pty {
        sys::close_fd(master);
        check(report, sys::setsid_raw(), Stage::Stdio);
        check(report, sys::set_ctty(slave), Stage::Ctty);
        for fd in 0..3 {
            check(report, sys::dup2_raw(slave, fd), Stage::Stdio);
        }
        if slave > 2 {
            sys::close_fd(slave);
        }
    }
    check(report, sys::chdir_raw(cwd), Stage::Cwd);
    check(report, sys::cloexec_from(3), Stage::Cloexec);
    process::apply_security(plan, report);
    process::exec(plan, report)
}

fn read_report(fd: i32) -> std::result::Result<(), (u32, i32)> {
    let mut msg = [0u8; 8];
    if !sys::read_exact_raw(fd, &mut msg) {
        return Ok(());
    }
    Err((
        u32::from_le_bytes([msg[0], msg[1], msg[2], msg[3]]),
        i32::from_le_bytes([msg[4], msg[5], msg[6], msg[7]]),
    ))
}

/// Wait for the process, passing terminal signals on (it shares our
/// process group, so Ctrl-C reaches it anyway; we must not die first).
fn wait_forwarding(child: i32) -> i32 {
    let sigs = [
        libc::SIGCHLD,
        libc::SIGINT,
        libc::SIGTERM,
        libc::SIGHUP,
        libc::SIGQUIT,
    ];
    sys::block_signals(&sigs);
    let Ok(sigfd) = sys::signalfd(&sigs) else {
        return sys::waitpid_raw(child, false).map_or(255, |(_, s)| exit_code(s));
    };
    loop {
        match sys::waitpid_raw(child, true) {
            Ok((pid, st)) if pid == child => return exit_code(st),
            Err(_) => return 255,
            _ => {}
        }
        // SIGCHLD wakes us; the timeout only guards against a lost one.
        let mut p = [nix::poll::PollFd::new(
            sigfd.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        let _ = nix::poll::poll(&mut p, nix::poll::PollTimeout::from(1000u16));
        while let Some(sig) = sys::read_signalfd(sigfd.as_fd()) {
            if sig != libc::SIGINT && sig != libc::SIGCHLD {
                let _ = sys::kill_raw(child, sig);
            }
        }
    }
}

fn exit_code(status: i32) -> i32 {
    if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    }
}

/// `exec -t`: move bytes between our terminal and the pty until the
/// process ends; detach keys leave it running.
fn pump_tty(
    child: i32,
    master: &OwnedFd,
    interactive: bool,
    keys: &[u8],
    winsize: Option<&std::fs::File>,
) -> Result<i32> {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    let sigs = [libc::SIGWINCH, libc::SIGCHLD];
    sys::block_signals(&sigs);
    let sigfd = sys::signalfd(&sigs).context("creating a signalfd")?;
    // A size written before SIGWINCH was blocked (its signal was lost).
    if let Some((rows, cols)) = winsize.and_then(read_winsize) {
        sys::set_winsize(master.as_raw_fd(), rows, cols);
    }
    let mut matcher = super::detach::Matcher::new(keys.to_vec());
    let mut stdin_open = interactive;
    let mut buf = vec![0u8; 64 * 1024];
    let mut exit = None;
    loop {
        let mut fds = vec![master.as_raw_fd(), sigfd.as_raw_fd()];
        if stdin_open {
            fds.push(0);
        }
        let mut p: Vec<PollFd> = fds
            .iter()
            .map(|fd| PollFd::new(sys::borrow_fd(*fd), PollFlags::POLLIN))
            .collect();
        match poll(
            &mut p,
            PollTimeout::from(if exit.is_some() { 100u16 } else { 10_000u16 }),
        ) {
            Ok(0) if exit.is_some() => break,
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => bail!("waiting for the process: {e}"),
        }
        let ready: Vec<bool> = p
            .iter()
            .map(|x| x.revents().is_some_and(|r| !r.is_empty()))
            .collect();
        if ready[0] {
            match nix::unistd::read(master.as_fd(), &mut buf) {
                Ok(0) | Err(_) => {
                    if exit.is_none() {
                        exit =
                            Some(sys::waitpid_raw(child, false).map_or(255, |(_, s)| exit_code(s)));
                    }
                    break;
                }
                Ok(n) => {
                    let mut out = std::io::stdout().lock();
                    let _ = std::io::Write::write_all(&mut out, &buf[..n]);
                    let _ = std::io::Write::flush(&mut out);
                }
            }
        }
        if ready[1] {
            while let Some(sig) = sys::read_signalfd(sigfd.as_fd()) {
                if sig == libc::SIGWINCH {
                    match winsize {
                        Some(f) => {
                            if let Some((rows, cols)) = read_winsize(f) {
                                sys::set_winsize(master.as_raw_fd(), rows, cols);
                            }
                        }
                        None => {
                            sys::copy_winsize(0, master.as_raw_fd());
                        }
                    }
                }
            }
            if exit.is_none()
                && let Ok((pid, st)) = sys::waitpid_raw(child, true)
                && pid == child
            {
                exit = Some(exit_code(st));
            }
        }
        if stdin_open && ready.get(2).copied().unwrap_or(false) {
            match nix::unistd::read(std::io::stdin().as_fd(), &mut buf) {
                Ok(0) | Err(_) => stdin_open = false,
                Ok(n) => {
                    let mut pass = Vec::with_capacity(n);
                    let detached = matcher.feed(&buf[..n], &mut pass);
                    if !pass.is_empty() {
                        let _ = nix::unistd::write(master.as_fd(), &pass);
                    }
                    if detached {
                        // Keep the session alive without us: a background
                        // copy of this process drains the terminal and
                        // reaps the command.
                        let master_fd = master.as_raw_fd();
                        // (The command itself is adopted by the container's
                        // init when we exit.)
                        let _ = sys::fork_run(move || {
                            let _ = sys::setsid_raw();
                            if let Ok(null) = std::fs::OpenOptions::new()
                                .read(true)
                                .write(true)
                                .open("/dev/null")
                            {
                                for fd in 0..3 {
                                    let _ = sys::dup2_raw(null.as_raw_fd(), fd);
                                }
                            }
                            let mut b = [0u8; 4096];
                            while matches!(nix::unistd::read(sys::borrow_fd(master_fd), &mut b), Ok(n) if n > 0)
                            {
                            }
                            0
                        });
                        return Ok(0);
                    }
                }
            }
        }
    }
    Ok(exit.unwrap_or(255))
}

/// [`exec`] from a helper process whose stdin, stdout and stderr are
/// `stdio`, so that the caller stays outside the container (exec joins its
/// namespaces for good). The caller must be single-threaded. Returns the
/// process's exit code; a failure to start it comes back as the error.
pub fn exec_in_helper(
    cs: &ContainerStore,
    id: &str,
    req: &ExecRequest,
    stdio: [OwnedFd; 3],
) -> Result<i32> {
    spawn_helper(cs, id, req, stdio)?.wait()
}

/// An exec helper process (see [`exec_in_helper`]), running.
pub struct Helper {
    pub pid: i32,
    err: OwnedFd,
}

impl Helper {
    /// Wait for it: the process's exit code, or why it did not start.
    pub fn wait(self) -> Result<i32> {
        use std::io::Read;
        let mut message = String::new();
        let _ = std::fs::File::from(self.err).read_to_string(&mut message);
        let code = match sys::waitpid_raw(self.pid, false) {
            Ok((_, st)) => exit_code(st),
            Err(e) => bail!("waiting for the exec helper: errno {e}"),
        };
        if message.is_empty() {
            Ok(code)
        } else {
            Err(anyhow::Error::new(crate::error::ExitError::new(
                code, message,
            )))
        }
    }
}

/// Start [`exec`] in a helper process with `stdio`; the caller may pump
/// the other ends of its descriptors before it waits.
pub fn spawn_helper(
    cs: &ContainerStore,
    id: &str,
    req: &ExecRequest,
    stdio: [OwnedFd; 3],
) -> Result<Helper> {
    let (err_r, err_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let fds: Vec<i32> = stdio.iter().map(AsRawFd::as_raw_fd).collect();
    let err_fd = err_w.as_raw_fd();
    let helper = sys::fork_run(|| {
        for (to, from) in fds.iter().enumerate() {
            if sys::dup2_raw(*from, to as i32).is_err() {
                return crate::error::EXIT_FAILURE;
            }
        }
        // Nothing else of the caller's: a pipe end kept here would hold
        // the process's input open after the caller closed it.
        sys::close_fds_except(&[0, 1, 2, err_fd]);
        match exec(cs, id, req) {
            Ok(code) => code,
            Err(e) => {
                let r = crate::error::Report::from_error(&e);
                sys::write_all_raw(err_fd, r.message.as_bytes());
                r.code
            }
        }
    })
    .context("forking the exec helper")?;
    drop(stdio);
    drop(err_w);
    Ok(Helper {
        pid: helper.as_raw(),
        err: err_r,
    })
}
