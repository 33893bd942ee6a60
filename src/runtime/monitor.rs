//! The per-container monitor: a forked copy of skiff (no re-exec) that
//! owns one container while it runs. It clones the container's first
//! process, pumps its stdio to the log, to the client of a foreground run
//! and to attached clients, reaps it, records how it ended, restarts it
//! when the restart policy says so, and cleans up (`--rm`, cgroup). It
//! lives exactly as long as its container (conmon's role, without a
//! second program).
//!
//! Protocol with the client that started it, one line each on a pipe:
//! `S <pid>` (started), `E <code> <message>` (could not start),
//! `D` (the user detached), `X <code>` (exited, cleanup done).
//!
//! Attach socket (`<runroot>/containers/<id>/attach`, SOCK_SEQPACKET),
//! one message each: to clients `1 data` (stdout), `2 data` (stderr),
//! `8 <i32 exit code>` (the end); from clients `0 data` (stdin; `0`
//! alone closes the container's stdin), `2 <u16 rows> <u16 cols>`
//! (terminal size).
//!
//! Clients waiting for a container that is not running yet (docker's
//! attach-then-start) listen on a socket of their own in
//! `<runroot>/containers/<id>/attach-wait/`: `start` connects to each
//! before the container's process exists, so they see all its output.

use super::cgroups::{self, Cgroup};
use super::detach::Matcher;
use super::spawn::{self, ChildPlan, Paths, Stdio};
use super::sys;
use crate::container::health::OnFailure;
use crate::container::logs::{LogWriter, Stream};
use crate::container::spec::RestartPolicy;
use crate::container::{ContainerConfig, ContainerStore, Status};
use crate::image::store::ImageStore;
use crate::storage::events::Event;
use crate::util::time::Timestamp;
use anyhow::{Context, Result, anyhow, bail};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::io::{BufRead, BufReader};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

pub const MSG_STDIN: u8 = 0;
pub const MSG_STDOUT: u8 = 1;
pub const MSG_STDERR: u8 = 2;
pub const MSG_RESIZE: u8 = 2;
pub const MSG_EXIT: u8 = 8;

/// How the client takes part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attach {
    /// `run` / `start -a`: the client's fds 0-2 are the container's
    /// terminal; `stdin`: forward the client's stdin (`-i`); `detach_keys`:
    /// the sequence that detaches (empty: none).
    Foreground { stdin: bool, detach_keys: Vec<u8> },
    /// `run -d` / `start`: output only goes to the log (and attach clients).
    Detached,
}

/// How a foreground session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Exited(i32),
    Detached,
}

/// A started container, as seen by the client.
pub struct Started {
    pub pid: i32,
    pub monitor_pid: i32,
    status: BufReader<std::fs::File>,
}

impl Started {
    /// Wait for the container to exit or the user to detach.
    pub fn wait(&mut self) -> Result<Outcome> {
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
            let line = line.trim();
            if line == "D" {
                return Ok(Outcome::Detached);
            }
            if let Some(code) = line.strip_prefix("X ") {
                return code
                    .parse()
                    .map(Outcome::Exited)
                    .map_err(|_| anyhow!("bad status from monitor: {line}"));
            }
        }
    }

    pub fn status_fd(&self) -> BorrowedFd<'_> {
        self.status.get_ref().as_fd()
    }
}

/// The path of a container's attach socket.
pub fn attach_socket(cs: &ContainerStore, id: &str) -> std::path::PathBuf {
    cs.run_dir(id).join("attach")
}

/// Prepare and start a container (client side): fork the monitor and wait
/// until the container runs, or say why it could not.
#[allow(clippy::needless_pass_by_value)] // cloned into the monitor's copy
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
    // Runtime artifacts live on tmpfs (runroot): regenerated at every
    // start, gone after a reboot, and no inode churn on the disk.
    let run = cs.run_dir(id);
    crate::storage::ensure_dir(&run.join("merged"), 0o755)?;
    let premounted = crate::container::mount::is_mounted(cs, id);
    if !premounted {
        crate::container::mount::check_not_mounted_elsewhere(cs, id)?;
    }
    let image_dirs: Vec<std::path::PathBuf> = config
        .layers
        .iter()
        .rev()
        .map(|l| images.layer_diff(l))
        .collect();
    spawn::write_userdata(
        &config,
        &run.join("userdata"),
        &image_dirs,
        cs.paths.rootless,
    )?;
    let mounts = if config.mounts.is_empty() {
        Vec::new()
    } else {
        let vs = crate::volume::VolumeStore::open(&cs.paths)?;
        crate::container::mounts::plan(&config.mounts, &vs)?
    };
    let join_netns = match config.network.strip_prefix("container:") {
        Some(other) => {
            let st = crate::container::ops::state(cs, other).with_context(|| {
                format!(
                    "container {} (whose network this one joins)",
                    &other[..12.min(other.len())]
                )
            })?;
            if !matches!(
                st.status,
                crate::container::Status::Running | crate::container::Status::Stopping
            ) {
                bail!(
                    "container {} (whose network this one joins) is not running",
                    &other[..12.min(other.len())]
                );
            }
            Some(std::path::PathBuf::from(format!("/proc/{}/ns/net", st.pid)))
        }
        None => None,
    };
    let paths = Paths {
        join_netns,
        mounts,
        layers_root: images.paths.root.join("layers"),
        lower,
        upper: dir.join("upper"),
        work: dir.join("work"),
        merged: run.join("merged"),
        vfs_root: (cs.paths.driver == crate::storage::Driver::Vfs)
            .then(|| dir.join(crate::container::vfs::ROOTFS)),
        mount_opts: cs.paths.mount_opts.clone(),
        premounted,
        userdata: run.join("userdata"),
    };
    let stdio = stdio_for(&config, &attach);
    let plan = ChildPlan::build(&config, &paths, cs.paths.rootless, stdio)?;
    let log = LogWriter::for_container(&cs.log_path(id), &config)?;
    // The attach socket, bound now so that failures show here.
    let listener = bind_attach(&run)?;
    // Clients that asked to be attached before the start.
    let waiting = connect_waiting(&run);

    let (status_r, status_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let (ports, port_sockets) = reserve_ports(&config.net.ports)?;
    let mut port_fds: Vec<(OwnedFd, crate::network::nft::PortMapping)> = port_sockets
        .into_iter()
        .zip(ports.iter().cloned())
        .collect();
    if config.network == "pasta" || config.network == "slirp4netns" {
        // pasta and slirp4netns bind the TCP ports themselves: free them
        // (the free ones picked for port 0 stay picked). UDP goes through
        // skiff's forwarder: replies to forwarded UDP get lost in this
        // pasta (2023-03; spliced loopback) and in slirp4netns with
        // --disable-host-loopback (podman forwards with rootlessport too).
        port_fds.retain(|(_, p)| p.protocol == "udp");
    }
    let mut keep = vec![status_w.as_raw_fd(), listener.as_raw_fd()];
    keep.extend(port_fds.iter().map(|(fd, _)| fd.as_raw_fd()));
    keep.extend(waiting.iter().map(AsRawFd::as_raw_fd));
    if let Attach::Foreground { .. } = attach {
        keep.extend([0, 1, 2]);
    }
    let status_w_raw = status_w.as_raw_fd();
    let monitor = sys::fork_run(|| {
        let m = Monitor {
            cs,
            id,
            config: &config,
            paths: &paths,
            attach: attach.clone(),
            status: Status2 { fd: status_w_raw },
            log,
            listener,
            clients: waiting,
            cgroup: None,
            ports: ports.clone(),
            networks: Vec::new(),
            slirp: None,
            port_fds: port_fds
                .iter()
                .map(|(fd, p)| (fd.as_raw_fd(), p.clone()))
                .collect(),
            forwarder: None,
            force_restart: false,
        };
        m.run(plan, &keep)
    })
    .context("starting the container monitor")?;
    drop(status_w);
    // The monitor holds the port reservations now.
    drop(port_fds);
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

/// Reserve the published host ports (picking free ones for port 0) by
/// binding them, so a port that is taken fails here, before the container
/// starts, and nobody takes one while it runs.
fn reserve_ports(
    ports: &[crate::network::nft::PortMapping],
) -> Result<(Vec<crate::network::nft::PortMapping>, Vec<OwnedFd>)> {
    use nix::sys::socket::{
        AddressFamily, Backlog, SockFlag, SockType, SockaddrIn, bind, getsockname, listen, socket,
    };
    let mut out = Vec::new();
    let mut socks = Vec::new();
    for p in ports {
        let ip: std::net::Ipv4Addr = if p.host_ip.is_empty() {
            std::net::Ipv4Addr::UNSPECIFIED
        } else {
            p.host_ip
                .parse()
                .map_err(|_| anyhow!("invalid host address {:?}", p.host_ip))?
        };
        let kind = if p.protocol == "udp" {
            SockType::Datagram
        } else {
            SockType::Stream
        };
        let fd = socket(AddressFamily::Inet, kind, SockFlag::SOCK_CLOEXEC, None)
            .context("creating a socket")?;
        // As servers do: connections in TIME_WAIT from an earlier run do
        // not make the port taken; a listener still does.
        nix::sys::socket::setsockopt(&fd, nix::sys::socket::sockopt::ReuseAddr, &true)
            .context("setting SO_REUSEADDR")?;
        let addr = SockaddrIn::from(std::net::SocketAddrV4::new(ip, p.host_port));
        if let Err(e) = bind(fd.as_raw_fd(), &addr) {
            let what = if p.host_port == 0 {
                "a free port".to_string()
            } else {
                format!("port {}/{}", p.host_port, p.protocol)
            };
            return Err(anyhow!(
                "cannot publish {what} on {ip}: {}",
                e.desc().to_lowercase()
            ));
        }
        if kind == SockType::Stream {
            listen(&fd, Backlog::new(1).unwrap_or(Backlog::MAXCONN))
                .context("reserving the port")?;
        }
        let bound: SockaddrIn = getsockname(fd.as_raw_fd()).context("reading the bound port")?;
        let mut m = p.clone();
        m.host_port = bound.port();
        out.push(m);
        socks.push(fd);
    }
    Ok((out, socks))
}

/// An optional address of a container's record (`--ip`, `--ip6`).
fn parse_addr<T: std::str::FromStr>(s: Option<&str>) -> Result<Option<T>> {
    s.map(|v| v.parse().map_err(|_| anyhow!("invalid address {v:?}")))
        .transpose()
}

fn stdio_for(config: &ContainerConfig, attach: &Attach) -> Stdio {
    if config.process.terminal {
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
    }
}

/// Bind the attach socket through `/proc/self/fd/<dir>/attach`, so long
/// runtime paths do not hit the 108-byte limit of socket addresses
/// (conmon `bind_relative_to_dir`).
fn bind_attach(run_dir: &std::path::Path) -> Result<OwnedFd> {
    use nix::sys::socket::{AddressFamily, SockFlag, SockType, UnixAddr, bind, listen, socket};
    let path = run_dir.join("attach");
    let _ = std::fs::remove_file(&path);
    let dir =
        std::fs::File::open(run_dir).with_context(|| format!("opening {}", run_dir.display()))?;
    let sock = socket(
        AddressFamily::Unix,
        SockType::SeqPacket,
        SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
        None,
    )
    .context("creating the attach socket")?;
    let addr = UnixAddr::new(format!("/proc/self/fd/{}/attach", dir.as_raw_fd()).as_str())
        .context("attach socket address")?;
    bind(sock.as_raw_fd(), &addr).with_context(|| format!("binding {}", path.display()))?;
    listen(
        &sock,
        nix::sys::socket::Backlog::new(16).unwrap_or(nix::sys::socket::Backlog::MAXCONN),
    )
    .context("listening on the attach socket")?;
    Ok(sock)
}

/// The directory where clients wait for a container to start.
const ATTACH_WAIT: &str = "attach-wait";

/// Connect to every client waiting in `run_dir`'s attach-wait directory
/// (and remove their sockets): they become attach clients of the monitor.
fn connect_waiting(run_dir: &std::path::Path) -> Vec<OwnedFd> {
    use nix::sys::socket::{AddressFamily, SockFlag, SockType, UnixAddr, connect, socket};
    let dir = run_dir.join(ATTACH_WAIT);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let Ok(dirf) = std::fs::File::open(&dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Ok(sock) = socket(
            AddressFamily::Unix,
            SockType::SeqPacket,
            SockFlag::SOCK_CLOEXEC,
            None,
        ) else {
            continue;
        };
        let Ok(addr) = UnixAddr::new(format!("/proc/self/fd/{}/{name}", dirf.as_raw_fd()).as_str())
        else {
            continue;
        };
        if connect(sock.as_raw_fd(), &addr).is_ok() {
            // Non-blocking from now on, as accepted clients are.
            let _ = nix::fcntl::fcntl(
                &sock,
                nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
            );
            out.push(sock);
        }
        let _ = std::fs::remove_file(e.path());
    }
    out
}

/// A client waiting for a container to start (see the module's notes).
pub struct Waiting {
    listener: OwnedFd,
    path: std::path::PathBuf,
}

impl Waiting {
    /// Register a waiting client of container `id`.
    pub fn register(cs: &ContainerStore, id: &str) -> Result<Waiting> {
        use nix::sys::socket::{AddressFamily, SockFlag, SockType, UnixAddr, bind, listen, socket};
        let dir = cs.run_dir(id).join(ATTACH_WAIT);
        crate::storage::ensure_dir(&dir, 0o700)?;
        let now = Timestamp::now();
        let name = format!("{}-{}{:09}", std::process::id(), now.secs, now.nanos);
        let dirf =
            std::fs::File::open(&dir).with_context(|| format!("opening {}", dir.display()))?;
        let sock = socket(
            AddressFamily::Unix,
            SockType::SeqPacket,
            SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
            None,
        )
        .context("creating a socket")?;
        let addr = UnixAddr::new(format!("/proc/self/fd/{}/{name}", dirf.as_raw_fd()).as_str())
            .context("socket address")?;
        bind(sock.as_raw_fd(), &addr).context("binding a waiting attach socket")?;
        listen(
            &sock,
            nix::sys::socket::Backlog::new(1).unwrap_or(nix::sys::socket::Backlog::MAXCONN),
        )
        .context("listening on a waiting attach socket")?;
        Ok(Waiting {
            listener: sock,
            path: dir.join(name),
        })
    }

    /// The descriptor to poll: readable once the monitor connected.
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.listener.as_fd()
    }

    /// The monitor's connection, once it connected.
    pub fn accept(&self) -> Option<OwnedFd> {
        let fd = nix::sys::socket::accept4(
            self.listener.as_raw_fd(),
            nix::sys::socket::SockFlag::SOCK_CLOEXEC,
        )
        .ok()?;
        Some(sys::own_fd(fd))
    }

    /// Whether a starting monitor took this registration (its socket is
    /// gone): then its connection is (or will be) there to accept.
    pub fn taken(&self) -> bool {
        !self.path.exists()
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Connect to a container's attach socket.
pub fn connect_attach(cs: &ContainerStore, id: &str) -> Result<OwnedFd> {
    use nix::sys::socket::{AddressFamily, SockFlag, SockType, UnixAddr, connect, socket};
    let dir_path = cs.run_dir(id);
    let dir = std::fs::File::open(&dir_path)
        .with_context(|| format!("opening {}", dir_path.display()))?;
    let sock = socket(
        AddressFamily::Unix,
        SockType::SeqPacket,
        SockFlag::SOCK_CLOEXEC,
        None,
    )
    .context("creating a socket")?;
    let addr = UnixAddr::new(format!("/proc/self/fd/{}/attach", dir.as_raw_fd()).as_str())
        .context("attach socket address")?;
    connect(sock.as_raw_fd(), &addr).context("connecting to the container's monitor")?;
    Ok(sock)
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

/// One started instance of the container.
struct Instance {
    child: i32,
    master: Option<OwnedFd>,
    out_r: Option<OwnedFd>,
    err_r: Option<OwnedFd>,
    in_w: Option<OwnedFd>,
}

struct Monitor<'a> {
    cs: &'a ContainerStore,
    id: &'a str,
    config: &'a ContainerConfig,
    paths: &'a Paths,
    attach: Attach,
    status: Status2,
    log: LogWriter,
    listener: OwnedFd,
    clients: Vec<OwnedFd>,
    cgroup: Option<Cgroup>,
    /// Published ports (host ports chosen) and the sockets that keep
    /// them reserved while the container lives.
    ports: Vec<crate::network::nft::PortMapping>,
    /// The container's current network attachments.
    networks: Vec<crate::network::bridge::Attachment>,
    /// Its slirp4netns, if that is its network.
    slirp: Option<crate::network::slirp::Slirp>,
    /// The reserved host ports (descriptors kept open in the monitor),
    /// for a rootless bridge container's forwarder.
    port_fds: Vec<(RawFd, crate::network::nft::PortMapping)>,
    /// That forwarder's pid.
    forwarder: Option<i32>,
    /// A healthcheck's `--health-on-failure=restart` asked for a restart,
    /// whatever the restart policy says.
    force_restart: bool,
}

impl Monitor<'_> {
    /// The monitor's body, in the forked child. Returns its exit status.
    fn run(mut self, plan: ChildPlan, keep: &[RawFd]) -> i32 {
        // Own session: the terminal's signals (Ctrl-C) go to the client,
        // which forwards them; our lifetime is the container's.
        let _ = sys::setsid_raw();
        let mut keep = keep.to_vec();
        keep.extend(self.log.fds());
        sys::close_fds_except(&keep);
        if self.attach == Attach::Detached {
            redirect_to_null();
        }
        match self.main(plan) {
            Ok(()) => 0,
            Err(e) => {
                let msg = format!("{e:#}").replace('\n', "; ");
                let code = crate::error::Report::from_error(&e).code;
                self.status.send(&format!("E {code} {msg}"));
                self.detach_networks();
                self.cleanup_cgroup();
                1
            }
        }
    }

    fn main(&mut self, first_plan: ChildPlan) -> Result<()> {
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
        let cg = &self.config.cgroup;
        self.cgroup = if cg.disabled() {
            None
        } else {
            cgroups::create(&cgroups::Placement {
                id: self.id,
                parent: &cg.parent,
                rootless: self.cs.paths.rootless,
                limits: cg.resources.any(),
            })?
        };
        if let Some(c) = &self.cgroup
            && let Err(e) = c.apply(&cg.resources, true)
        {
            c.remove();
            self.cgroup = None;
            return Err(e);
        }
        let durable = !self.config.auto_remove;

        let mut plan = Some(first_plan);
        let mut first = true;
        let mut backoff = Duration::from_millis(100);
        let code = loop {
            let p = match plan.take() {
                Some(p) => p,
                None => ChildPlan::build(
                    self.config,
                    self.paths,
                    self.cs.paths.rootless,
                    stdio_for(self.config, &Attach::Detached),
                )?,
            };
            let ooms_before = self.cgroup.as_ref().map_or(0, Cgroup::oom_kills);
            let (inst, failed_code) = match self.spawn(p) {
                Ok(i) => (Some(i), 0),
                Err(Failed { msg, code }) => {
                    if first {
                        self.record_failed_start(code, &msg);
                        self.status.send(&format!("E {code} {msg}"));
                        self.cleanup_cgroup();
                        return Ok(());
                    }
                    crate::warn!("restarting container {}: {msg}", self.config.name);
                    // Detached monitors print nowhere: inspect shows it.
                    let _lock = self.cs.lock(self.id);
                    let mut s = self.cs.state(self.id).unwrap_or_default();
                    s.error.clone_from(&msg);
                    let _ = self.cs.write_state_with(self.id, &s, durable);
                    (None, code)
                }
            };
            let started_at = Instant::now();
            let mut code = if let Some(inst) = inst {
                let mut state = self.cs.state(self.id).unwrap_or_default();
                state.status = Status::Running;
                state.pid = inst.child;
                state.pid_start = crate::container::process_start_time(inst.child).unwrap_or(0);
                state.monitor_pid = std::process::id() as i32;
                state.monitor_start =
                    crate::container::process_start_time(state.monitor_pid).unwrap_or(0);
                state.exit_code = 0;
                state.oom_killed = false;
                state.error.clear();
                state.started_at = Some(Timestamp::now().rfc3339_nano());
                state.finished_at = None;
                state.boot_id = crate::container::boot_id();
                if self.config.healthcheck.is_some() {
                    state.health.get_or_insert_with(Default::default).restart();
                }
                state.cgroup.clone_from(&self.cgroup);
                state.networks.clone_from(&self.networks);
                state.ports.clone_from(&self.ports);
                if first {
                    state.stopped_by_user = false;
                } else {
                    state.restart_count += 1;
                }
                self.cs.write_state_with(self.id, &state, durable)?;
                self.cs.event(&Event::container("start", self.config));
                if first {
                    self.status.send(&format!("S {}", inst.child));
                    sys::trim_heap();
                    sys::trim_stack();
                }
                first = false;
                self.pump(inst, &sigfd)
            } else {
                first = false;
                failed_code
            };
            self.log.flush();
            self.detach_networks();
            // Record the exit under the container lock, and decide.
            let finished = Timestamp::now().rfc3339_nano();
            let oom = self
                .cgroup
                .as_ref()
                .is_some_and(|c| c.oom_kills() > ooms_before);
            if oom {
                self.cs.event(&Event::container("oom", self.config));
            }
            let (restart, count) = {
                let _lock = self.cs.lock(self.id);
                let mut s = self.cs.state(self.id).unwrap_or_default();
                // `update` may have changed the policy meanwhile.
                let policy = self
                    .cs
                    .config(self.id)
                    .map_or_else(|_| self.config.restart.clone(), |c| c.restart);
                let restart =
                    std::mem::take(&mut self.force_restart) || should_restart(&policy, code, &s);
                s.oom_killed = oom;
                s.status = if restart {
                    Status::Restarting
                } else {
                    Status::Exited
                };
                s.exit_code = code;
                s.pid = 0;
                s.finished_at = Some(finished);
                s.networks.clear();
                s.ports.clear();
                if !restart {
                    s.monitor_pid = 0;
                    s.cgroup = None;
                }
                let _ = self.cs.write_state_with(self.id, &s, durable);
                (restart, s.restart_count)
            };
            let mut died = Event::container("died", self.config);
            died.exit_code = Some(code);
            self.cs.event(&died);
            if !restart {
                break code;
            }
            // A foreground client sees the first exit only (docker).
            if let Attach::Foreground { .. } = self.attach {
                self.end_foreground(&format!("X {code}"));
            }
            // docker's backoff: 100 ms doubling to a minute, reset after
            // an instance ran for 10 s.
            if started_at.elapsed() >= Duration::from_secs(10) {
                backoff = Duration::from_millis(100);
            }
            crate::debug!(
                "restarting {} (restart {}) in {backoff:?}",
                self.config.name,
                count + 1
            );
            if self.sleep_or_stop(backoff, &sigfd) {
                // Stopped during the backoff.
                let _lock = self.cs.lock(self.id);
                let mut s = self.cs.state(self.id).unwrap_or_default();
                s.status = Status::Exited;
                s.monitor_pid = 0;
                s.cgroup = None;
                let _ = self.cs.write_state_with(self.id, &s, durable);
                code = s.exit_code;
                break code;
            }
            backoff = (backoff * 2).min(Duration::from_secs(60));
        };
        self.finish(code);
        Ok(())
    }

    /// Sleep for the restart backoff; true if the user stopped the
    /// container meanwhile (stop and kill signal the monitor).
    fn sleep_or_stop(&mut self, d: Duration, sigfd: &OwnedFd) -> bool {
        let deadline = Instant::now() + d;
        loop {
            if self.cs.state(self.id).is_ok_and(|s| s.stopped_by_user) {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            let mut p = [PollFd::new(sigfd.as_fd(), PollFlags::POLLIN)];
            let ms = u16::try_from(left.as_millis().min(1000)).unwrap_or(1000);
            let _ = poll(&mut p, PollTimeout::from(ms));
            while sys::read_signalfd(sigfd.as_fd()).is_some() {}
        }
    }

    fn finish(&mut self, code: i32) {
        // What a log driver could not deliver, said once at the end (on a
        // foreground run's stderr; with --log-level debug in any case).
        if let Some(report) = self.log.close() {
            crate::warn!("container {}: {report}", self.config.name);
        }
        self.cleanup_cgroup();
        // Attached clients learn the exit code before the socket goes.
        let mut msg = vec![MSG_EXIT];
        msg.extend_from_slice(&code.to_le_bytes());
        for c in &self.clients {
            sys::send_nonblocking(c.as_raw_fd(), &msg);
        }
        self.clients.clear();
        let _ = std::fs::remove_file(self.cs.run_dir(self.id).join("attach"));
        if self.config.auto_remove
            && let Err(e) =
                crate::container::ops::remove_auto(self.cs, self.id, &self.config.mounts)
        {
            crate::warn!("removing container {}: {e:#}", self.config.name);
        }
        if let Attach::Foreground { .. } = self.attach {
            self.end_foreground(&format!("X {code}"));
        }
        self.status.send(&format!("X {code}"));
        self.status.close();
    }

    /// Join the container (its init `child`) to its bridge networks.
    fn attach_networks(&mut self, child: i32) -> Result<()> {
        use crate::network::bridge;
        let netns = std::fs::File::open(format!("/proc/{child}/ns/net"))
            .context("opening the container's network namespace")?;
        let holder = (
            std::process::id() as i32,
            crate::container::process_start_time(std::process::id() as i32).unwrap_or(0),
        );
        let hosts = self.paths.userdata.join("hosts");
        let place = bridge::Place::for_store(&self.cs.paths)?;
        for (i, req) in self.config.net.networks.iter().enumerate() {
            let Some(def) = &req.definition else {
                bail!(
                    "network {} has no definition in the container's record",
                    req.name
                );
            };
            let mut names = vec![self.config.name.clone()];
            names.extend(req.aliases.iter().cloned());
            names.push(self.id[..12.min(self.id.len())].to_string());
            let ip = parse_addr(req.ip.as_deref())?;
            let ip6 = parse_addr(req.ip6.as_deref())?;
            let mac = req.mac.as_deref().map(bridge::parse_mac).transpose()?;
            let a = bridge::attach(
                netns.as_fd(),
                &bridge::Request {
                    network: def,
                    container_id: self.id,
                    names,
                    ip,
                    ip6,
                    mac,
                    interface: format!("eth{i}"),
                    hosts: &hosts,
                    links: req.links.clone(),
                    // Ports go to the first network's address.
                    ports: if i == 0 { &self.ports } else { &[] },
                    default_route: i == 0,
                    holder,
                },
                &place,
            )
            .with_context(|| format!("joining network {}", req.name))?;
            if i == 0 {
                let own = format!("{}\t{} {}", a.ip, self.config.hostname, self.config.name);
                crate::network::hosts::add_static(&hosts, &own)?;
                if let Some(ip6) = a.ip6 {
                    let own6 = format!("{ip6}\t{} {}", self.config.hostname, self.config.name);
                    crate::network::hosts::add_static(&hosts, &own6)?;
                }
                if let Some(ns) = &place.netns
                    && !self.port_fds.is_empty()
                {
                    self.forwarder =
                        Some(crate::network::forward::start(&self.port_fds, a.ip, ns)?);
                }
            }
            self.networks.push(a);
        }
        Ok(())
    }

    /// Leave every network (after the container exited).
    fn detach_networks(&mut self) {
        if self.config.network == "pasta" {
            crate::network::pasta::stop(&self.cs.run_dir(self.id).join("pasta.pid"), &self.ports);
        }
        if let Some(s) = self.slirp.take() {
            s.stop();
        }
        if let Some(pid) = self.forwarder.take() {
            crate::network::forward::stop(pid);
        }
        if self.networks.is_empty() {
            return;
        }
        let r = crate::network::bridge::Place::for_store(&self.cs.paths)
            .and_then(|place| crate::network::bridge::detach(self.id, &place));
        if let Err(e) = r {
            crate::warn!("leaving the networks of {}: {e:#}", self.config.name);
        }
        self.networks.clear();
    }

    /// Give the terminal back and tell the client why.
    fn end_foreground(&mut self, line: &str) {
        redirect_to_null();
        self.status.send(line);
        self.status.close();
        self.attach = Attach::Detached;
    }

    fn cleanup_cgroup(&mut self) {
        if let Some(cg) = self.cgroup.take() {
            cg.kill_all();
            cg.remove();
        }
    }

    /// A start that failed: the container stays "created" with the error
    /// (docker), or goes away with `--rm`.
    fn record_failed_start(&self, code: i32, msg: &str) {
        if self.config.auto_remove {
            let _ = crate::container::ops::remove_auto(self.cs, self.id, &self.config.mounts);
            return;
        }
        let mut s = self.cs.state(self.id).unwrap_or_default();
        s.status = Status::Created;
        s.exit_code = code;
        s.error = msg.to_string();
        let _ = self.cs.write_state(self.id, &s);
    }

    /// Clone the container's init from `plan` and wait until it reached
    /// exec (or failed).
    fn spawn(&mut self, mut plan: ChildPlan) -> std::result::Result<Instance, Failed> {
        let failed = |e: anyhow::Error| Failed {
            msg: format!("{e:#}"),
            code: crate::error::Report::from_error(&e).code,
        };
        let mut child_side: Vec<OwnedFd> = Vec::new();
        let (mut out_r, mut err_r, mut in_w) = (None, None, None);
        if self.config.log_driver == "passthrough" && !matches!(plan.stdio, Stdio::Tty { .. }) {
            // podman's passthrough: the caller's own stdio (ours, in a
            // foreground run), no pipes, nothing to log.
            let stdin = if self.config.process.stdin {
                None
            } else {
                match std::fs::File::open("/dev/null") {
                    Ok(f) => Some(OwnedFd::from(f)),
                    Err(e) => return Err(failed(anyhow!("opening /dev/null: {e}"))),
                }
            };
            plan.stdio = Stdio::Fds {
                stdin: stdin.as_ref().map_or(0, AsRawFd::as_raw_fd),
                stdout: 1,
                stderr: 2,
            };
            child_side.extend(stdin);
        } else if !matches!(plan.stdio, Stdio::Tty { .. }) {
            let (o_r, o_w) = pipe().map_err(failed)?;
            let (e_r, e_w) = pipe().map_err(failed)?;
            let stdin = if self.config.process.stdin {
                let (i_r, i_w) = pipe().map_err(failed)?;
                in_w = Some(i_w);
                i_r
            } else {
                match std::fs::File::open("/dev/null") {
                    Ok(f) => OwnedFd::from(f),
                    Err(e) => return Err(failed(anyhow!("opening /dev/null: {e}"))),
                }
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
        .map_err(|e| failed(anyhow!("creating a socket pair: {e}")))?;
        let (go_r, go_w) = pipe().map_err(failed)?;
        plan.report_fd = report_w.as_raw_fd();
        plan.go_fd = go_r.as_raw_fd();
        let cgroup_file = match &self.cgroup {
            Some(cg) => cg.join_files().map_err(failed)?,
            None => Vec::new(),
        };
        plan.cgroup_fds = cgroup_file.iter().map(AsRawFd::as_raw_fd).collect();
        plan.monitor_pid = std::process::id() as i32;
        // The monitor's own ends, which the container must not keep (an
        // init holding the stdin pipe's write end would keep it open).
        let mut ours: Vec<RawFd> = vec![
            report_r.as_raw_fd(),
            go_w.as_raw_fd(),
            self.status.fd,
            self.listener.as_raw_fd(),
        ];
        ours.extend(
            out_r
                .iter()
                .chain(err_r.iter())
                .chain(in_w.iter())
                .chain(self.clients.iter())
                .map(AsRawFd::as_raw_fd),
        );
        ours.extend(self.log.fds());
        // The child must start dumpable (see below); after a restart we
        // are not any more.
        let _ = sys::prctl_raw(libc::PR_SET_DUMPABLE, 1, 0);
        let child = sys::clone_fork(plan.clone_flags)
            .map_err(|e| failed(anyhow!("creating the container's namespaces: {e}")))?;
        if child == 0 {
            // In the container's first process. (The signalfd is
            // close-on-exec, and exec resets the mask.)
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
        drop(cgroup_file);
        let abort = |e: anyhow::Error| {
            let _ = sys::kill_raw(child, libc::SIGKILL);
            let _ = sys::waitpid_raw(child, false);
            failed(e)
        };
        if let Some((uid_map, gid_map)) = &plan.id_maps {
            // We are root in skiff's user namespace: the maps can be written
            // directly (no setgroups=deny needed with CAP_SETGID there).
            let w = |f: &str, data: &str| {
                std::fs::write(format!("/proc/{child}/{f}"), data)
                    .with_context(|| format!("writing {f} of the container"))
            };
            w("uid_map", uid_map)
                .and_then(|()| w("gid_map", gid_map))
                .map_err(abort)?;
        }
        if let Some(adj) = self.config.cgroup.oom_score_adj {
            std::fs::write(format!("/proc/{child}/oom_score_adj"), adj.to_string())
                .context("writing oom_score_adj of the container")
                .map_err(abort)?;
        }
        if self.config.network == "bridge"
            && let Err(e) = self.attach_networks(child)
        {
            self.detach_networks();
            return Err(abort(e));
        }
        if matches!(self.config.network.as_str(), "pasta" | "slirp4netns") {
            // They forward the TCP ports; the UDP ones (kept in port_fds,
            // see `start`) go through skiff's forwarder, to the container's
            // loopback from inside its namespace.
            let tcp: Vec<_> = self
                .ports
                .iter()
                .filter(|p| p.protocol == "tcp")
                .cloned()
                .collect();
            let run = self.cs.run_dir(self.id);
            if self.config.network == "pasta" {
                crate::network::pasta::start(child, &tcp, &run.join("pasta.pid")).map_err(abort)?;
            } else {
                let s =
                    crate::network::slirp::start(child, &tcp, &run, &self.config.net.slirp_options)
                        .map_err(abort)?;
                self.slirp = Some(s);
            }
            if !self.port_fds.is_empty() {
                let ns = std::path::PathBuf::from(format!("/proc/{child}/ns/net"));
                match crate::network::forward::start(
                    &self.port_fds,
                    std::net::Ipv4Addr::LOCALHOST,
                    &ns,
                ) {
                    Ok(pid) => self.forwarder = Some(pid),
                    Err(e) => {
                        self.detach_networks();
                        return Err(abort(e));
                    }
                }
            }
        }
        sys::write_all_raw(go_w.as_raw_fd(), b"1");
        drop(go_w);
        match spawn::read_report(report_r.as_raw_fd()) {
            Ok(master) => Ok(Instance {
                child,
                master,
                out_r,
                err_r,
                in_w,
            }),
            Err((code, errno)) => {
                let (msg, exit) = plan.describe_failure(code, errno);
                let _ = sys::waitpid_raw(child, false);
                self.detach_networks();
                Err(Failed { msg, code: exit })
            }
        }
    }

    /// Move bytes until the instance is gone. Returns its exit code.
    fn pump(&mut self, inst: Instance, sigfd: &OwnedFd) -> i32 {
        let Instance {
            child,
            master,
            out_r,
            err_r,
            mut in_w,
        } = inst;
        let master = master.as_ref().map(AsRawFd::as_raw_fd);
        let (mut client_in, mut client_out, mut matcher) = match &self.attach {
            Attach::Foreground { stdin, detach_keys } => (
                // passthrough: the container reads our stdin itself.
                (*stdin && self.config.log_driver != "passthrough").then_some(0),
                true,
                Matcher::new(if master.is_some() {
                    detach_keys.clone()
                } else {
                    Vec::new()
                }),
            ),
            Attach::Detached => (None, false, Matcher::new(Vec::new())),
        };
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
        let mut exit: Option<i32> = None;
        let mut exited_at: Option<Instant> = None;
        // conmon reads 8 KiB at a time; 16 KiB keeps the resident cost of a
        // long-lived monitor small without many more reads.
        let mut buf = vec![0u8; 16 * 1024];
        if let (Some(m), true) = (master, client_out) {
            sys::copy_winsize(0, m);
        }
        let stdin_target =
            |in_w: &Option<OwnedFd>| master.or(in_w.as_ref().map(AsRawFd::as_raw_fd));
        let mut health = Healthchecks::new(self.config);
        loop {
            if exit.is_some() && sources.is_empty() {
                break;
            }
            // After the container's init is gone every writer is gone too
            // (the pid namespace dies with it); do not wait forever anyway.
            if exited_at.is_some_and(|t| t.elapsed() > Duration::from_secs(2)) {
                break;
            }
            let mut fds: Vec<RawFd> = sources.iter().map(|(fd, _)| *fd).collect();
            let n_sources = fds.len();
            fds.extend(client_in);
            let n_in = fds.len();
            fds.push(self.listener.as_raw_fd());
            fds.extend(self.clients.iter().map(AsRawFd::as_raw_fd));
            fds.push(sigfd.as_raw_fd());
            let mut pfds: Vec<PollFd> = fds
                .iter()
                .map(|fd| PollFd::new(sys::borrow_fd(*fd), PollFlags::POLLIN))
                .collect();
            let mut timeout = if exit.is_some() {
                100u16
            } else {
                health.poll_timeout(10_000)
            };
            // A log driver with records waiting for its peer retries then.
            if let Some(t) = self.log.next_tick() {
                timeout = timeout.min(u16::try_from(t.as_millis()).unwrap_or(u16::MAX).max(1));
            }
            match poll(&mut pfds, PollTimeout::from(timeout)) {
                Ok(_) => {}
                Err(nix::errno::Errno::EINTR) => continue,
                Err(_) => break,
            }
            let ready: Vec<bool> = pfds
                .iter()
                .map(|p| p.revents().is_some_and(|r| !r.is_empty()))
                .collect();

            // Container output: log, foreground client, attach clients.
            let mut closed = Vec::new();
            for (i, (fd, stream)) in sources.iter().enumerate() {
                if !ready[i] {
                    continue;
                }
                match nix::unistd::read(sys::borrow_fd(*fd), &mut buf) {
                    Ok(0) | Err(_) => closed.push(i),
                    Ok(n) => {
                        let data = &buf[..n];
                        self.log.write(*stream, data);
                        if client_out {
                            let target = if *stream == Stream::Stderr { 2 } else { 1 };
                            if !write_fd(target, data) {
                                client_out = false;
                            }
                        }
                        self.broadcast(*stream, data);
                    }
                }
            }
            for i in closed.into_iter().rev() {
                sources.remove(i);
            }
            self.log.tick();

            // Foreground stdin (with detach keys on a terminal).
            if let Some(cin) = client_in
                && ready[n_sources]
            {
                match nix::unistd::read(sys::borrow_fd(cin), &mut buf) {
                    Ok(0) | Err(_) => {
                        client_in = None;
                        // EOF: the container's stdin closes too (not for a
                        // terminal, where EOF is a character).
                        in_w = None;
                    }
                    Ok(n) => {
                        let mut pass = Vec::with_capacity(n);
                        let detached = matcher.feed(&buf[..n], &mut pass);
                        if let Some(t) = stdin_target(&in_w)
                            && !pass.is_empty()
                            && !write_fd(t, &pass)
                        {
                            in_w = None;
                        }
                        if detached {
                            client_in = None;
                            client_out = false;
                            self.end_foreground("D");
                        }
                    }
                }
            }

            // New attach clients.
            if ready[n_in] {
                while let Ok(fd) = nix::sys::socket::accept4(
                    self.listener.as_raw_fd(),
                    nix::sys::socket::SockFlag::SOCK_CLOEXEC
                        | nix::sys::socket::SockFlag::SOCK_NONBLOCK,
                ) {
                    self.clients.push(crate::runtime::sys::own_fd(fd));
                }
            }
            // Input from attach clients.
            let mut gone = Vec::new();
            for (k, c) in self.clients.iter().enumerate() {
                if !ready.get(n_in + 1 + k).copied().unwrap_or(false) {
                    continue;
                }
                match nix::unistd::read(c.as_fd(), &mut buf) {
                    Ok(0) => gone.push(k),
                    Err(nix::errno::Errno::EAGAIN) => {}
                    Err(_) => gone.push(k),
                    Ok(n) => match buf[0] {
                        MSG_STDIN if n > 1 => {
                            if let Some(t) = stdin_target(&in_w)
                                && !write_fd(t, &buf[1..n])
                            {
                                in_w = None;
                            }
                        }
                        // The client's input ended: so does the
                        // container's (not a terminal's).
                        MSG_STDIN => in_w = None,
                        MSG_RESIZE if n == 5 => {
                            if let Some(m) = master {
                                let rows = u16::from_le_bytes([buf[1], buf[2]]);
                                let cols = u16::from_le_bytes([buf[3], buf[4]]);
                                sys::set_winsize(m, rows, cols);
                            }
                        }
                        _ => {}
                    },
                }
            }
            for k in gone.into_iter().rev() {
                self.clients.remove(k);
            }

            // Signals.
            if ready[pfds.len() - 1] {
                while let Some(sig) = sys::read_signalfd(sigfd.as_fd()) {
                    match sig {
                        libc::SIGCHLD => {
                            while let Ok((pid, st)) = sys::waitpid_raw(-1, true) {
                                if pid <= 0 {
                                    break;
                                }
                                if pid == child {
                                    exit = Some(exit_code(st));
                                    exited_at = Some(Instant::now());
                                } else if health.reaped(pid) {
                                    self.health_verdict(&mut health, child);
                                }
                            }
                        }
                        libc::SIGWINCH => {
                            if let (Some(m), true) = (master, client_out) {
                                sys::copy_winsize(0, m);
                            }
                        }
                        _ => {}
                    }
                }
            }
            if exit.is_none()
                && let Ok((pid, st)) = sys::waitpid_raw(child, true)
                && pid == child
            {
                // A SIGCHLD can be coalesced; check directly now and then.
                exit = Some(exit_code(st));
                exited_at = Some(Instant::now());
            }
            if exit.is_none() {
                health.tick(self.cs, self.id, child);
            }
        }
        drop(in_w);
        exit.unwrap_or_else(|| match sys::waitpid_raw(child, false) {
            Ok((_, st)) => exit_code(st),
            Err(_) => 255,
        })
    }

    /// A check ended: act on an unhealthy container as
    /// `--health-on-failure` says.
    fn health_verdict(&mut self, health: &mut Healthchecks, child: i32) {
        let Some(hc) = &self.config.healthcheck else {
            return;
        };
        let unhealthy = self.cs.state(self.id).is_ok_and(|s| {
            s.health
                .is_some_and(|h| h.status == crate::container::health::UNHEALTHY)
        });
        if !unhealthy || health.acting.is_some() {
            return;
        }
        let stop_signal = crate::runtime::signals::parse(&self.config.stop_signal).unwrap_or(15);
        let grace = Duration::from_secs(u64::from(self.config.stop_timeout));
        match hc.on_failure {
            OnFailure::None => {}
            OnFailure::Kill => {
                crate::debug!("container {} is unhealthy: killing it", self.config.name);
                let _ = sys::kill_raw(child, libc::SIGKILL);
                health.acting = Some(Instant::now());
            }
            OnFailure::Stop | OnFailure::Restart => {
                crate::debug!(
                    "container {} is unhealthy: {}",
                    self.config.name,
                    hc.on_failure.as_str()
                );
                if hc.on_failure == OnFailure::Restart {
                    self.force_restart = true;
                } else if let Ok(_lock) = self.cs.lock(self.id) {
                    // A stop, as `stop` does it: no restart policy after.
                    let mut s = self.cs.state(self.id).unwrap_or_default();
                    s.stopped_by_user = true;
                    let _ = self
                        .cs
                        .write_state_with(self.id, &s, !self.config.auto_remove);
                }
                let _ = sys::kill_raw(child, stop_signal);
                health.acting = Some(Instant::now() + grace);
            }
        }
    }

    /// Send output to every attached client (lossy for a client that does
    /// not keep up: the log stays complete).
    fn broadcast(&mut self, stream: Stream, data: &[u8]) {
        if self.clients.is_empty() {
            return;
        }
        let mut msg = Vec::with_capacity(data.len() + 1);
        msg.push(if stream == Stream::Stderr {
            MSG_STDERR
        } else {
            MSG_STDOUT
        });
        msg.extend_from_slice(data);
        for c in &self.clients {
            sys::send_nonblocking(c.as_raw_fd(), &msg);
        }
    }
}

/// The monitor's healthcheck schedule: each check runs in a forked child
/// (`runtime::health::check`) so that the monitor never waits on one.
struct Healthchecks {
    config: Option<crate::container::health::HealthConfig>,
    started: Instant,
    due: Option<Instant>,
    running: Option<i32>,
    /// An on-failure action under way: when to SIGKILL if still running.
    acting: Option<Instant>,
}

impl Healthchecks {
    fn new(c: &ContainerConfig) -> Healthchecks {
        let config = c.healthcheck.clone();
        let started = Instant::now();
        let due = config
            .as_ref()
            .and_then(|h| h.next_interval(Duration::ZERO))
            .map(|d| started + d);
        Healthchecks {
            config,
            started,
            due,
            running: None,
            acting: None,
        }
    }

    /// How long poll may sleep (ms, at most `max`).
    fn poll_timeout(&self, max: u16) -> u16 {
        let now = Instant::now();
        [self.due, self.acting]
            .into_iter()
            .flatten()
            .map(|t| t.saturating_duration_since(now).as_millis() + 1)
            .fold(u128::from(max), u128::min)
            .try_into()
            .unwrap_or(max)
    }

    /// Start a check when one is due; escalate an on-failure stop.
    fn tick(&mut self, cs: &ContainerStore, id: &str, child: i32) {
        let now = Instant::now();
        if self.acting.is_some_and(|t| now >= t) {
            let _ = sys::kill_raw(child, libc::SIGKILL);
            self.acting = None;
        }
        if self.running.is_some() || self.due.is_none_or(|t| now < t) {
            return;
        }
        self.due = None;
        let forked = sys::fork_run(|| {
            // Nothing of the monitor's: a pipe end kept here would hold
            // the container's stdin open.
            redirect_to_null();
            sys::close_fds_except(&[0, 1, 2]);
            match crate::runtime::health::check(cs, id) {
                Ok(v) if v.healthy() => 0,
                Ok(_) => 1,
                Err(_) => crate::error::EXIT_FAILURE,
            }
        });
        match forked {
            Ok(pid) => self.running = Some(pid.as_raw()),
            Err(e) => {
                crate::warn!("running the healthcheck: {e}");
                self.schedule();
            }
        }
    }

    fn schedule(&mut self) {
        self.due = self
            .config
            .as_ref()
            .and_then(|h| h.next_interval(self.started.elapsed()))
            .map(|d| Instant::now() + d);
    }

    /// Was `pid` the running check? Then the next one is scheduled.
    fn reaped(&mut self, pid: i32) -> bool {
        if self.running != Some(pid) {
            return false;
        }
        self.running = None;
        self.schedule();
        true
    }
}

struct Failed {
    msg: String,
    code: i32,
}

fn exit_code(status: i32) -> i32 {
    if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    }
}

/// docker's restart decision after an instance exited with `code`.
pub fn should_restart(p: &RestartPolicy, code: i32, s: &crate::container::ContainerState) -> bool {
    if s.stopped_by_user {
        return false;
    }
    match p.name.as_str() {
        "always" | "unless-stopped" => true,
        "on-failure" => code != 0 && (p.max_retries == 0 || s.restart_count < p.max_retries),
        _ => false,
    }
}

/// Write everything; false if the reader went away.
fn write_fd(fd: RawFd, mut data: &[u8]) -> bool {
    while !data.is_empty() {
        match nix::unistd::write(sys::borrow_fd(fd), data) {
            Ok(0) => return false,
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) => {}
            Err(nix::errno::Errno::EAGAIN) => {
                let mut p = [PollFd::new(sys::borrow_fd(fd), PollFlags::POLLOUT)];
                let _ = poll(&mut p, PollTimeout::from(1000u16));
            }
            Err(_) => return false,
        }
    }
    true
}
