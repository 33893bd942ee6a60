//! Creating the container's first process.
//!
//! [`ChildPlan::build`] turns a container configuration into everything
//! the child will need — C strings, argument arrays, the seccomp program,
//! capability masks, the ordered list of mounts — before the clone. The
//! child ([`child_main`]) then runs only system calls over that plan and
//! ends in `execve` or `_exit` (style.md 3.6, 3.7).
//!
//! Order in the child (after youki `init/process.rs` and crun
//! `container_init_setup`):
//!  1. wait for the monitor's go (it may write ID maps first)
//!  2. make every mount private, mount the overlay root
//!  3. mounts inside the root: /proc, /dev (+ nodes, pts, shm, mqueue),
//!     /sys, hostname/hosts/resolv.conf, console; masked and read-only
//!     paths. Targets are resolved with `openat2(RESOLVE_IN_ROOT)` so a
//!     symlink in the image cannot point a mount at the host; /proc and
//!     /sys must be real directories (GHSA-fh74-hm69-rqjw).
//!  4. pivot_root(".", ".") and detach the old root (runc PR 1500)
//!  5. hostname, read-only root, loopback, working directory
//!  6. stdio, every other fd close-on-exec (CVE-2024-21626)
//!  7. rlimits, no_new_privs, bounding set, groups/gid/uid, capabilities,
//!     seccomp last (before caps when no_new_privs is off)
//!  8. default signal dispositions, umask 022, exec (or `--init`: fork,
//!     stay PID 1, reap and forward signals)

use super::process::{self, ProcessPlan, ProcessSpec, Stage, check, fail};
use super::sys;
use crate::container::ContainerConfig;
use anyhow::{Context, Result, anyhow, bail};
use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

const MS_RDONLY: libc::c_ulong = libc::MS_RDONLY;
const MS_NOSUID: libc::c_ulong = libc::MS_NOSUID;
const MS_NODEV: libc::c_ulong = libc::MS_NODEV;
const MS_NOEXEC: libc::c_ulong = libc::MS_NOEXEC;
const MS_BIND: libc::c_ulong = libc::MS_BIND;
const MS_REC: libc::c_ulong = libc::MS_REC;
const MS_REMOUNT: libc::c_ulong = libc::MS_REMOUNT;
const MS_PRIVATE: libc::c_ulong = libc::MS_PRIVATE;
const MS_STRICTATIME: libc::c_ulong = libc::MS_STRICTATIME;

const RESOLVE_NO_MAGICLINKS: u64 = 0x02;
const RESOLVE_NO_SYMLINKS: u64 = 0x04;
const RESOLVE_IN_ROOT: u64 = 0x10;

/// A source for a mount.
enum Source {
    None,
    Str(CString),
}

enum Step {
    Mkdir {
        parent: CString,
        name: CString,
        mode: libc::mode_t,
    },
    Touch {
        parent: CString,
        name: CString,
    },
    Mount {
        src: Source,
        target: CString,
        fstype: Option<CString>,
        flags: libc::c_ulong,
        data: Option<CString>,
        /// The target must be a real directory (no symlink on the way).
        strict: bool,
    },
    Mknod {
        parent: CString,
        name: CString,
        mode: libc::mode_t,
        dev: libc::dev_t,
        /// The owner, when not root (a host device's for --privileged).
        owner: Option<(u32, u32)>,
    },
    Symlink {
        target: CString,
        parent: CString,
        name: CString,
    },
    Mask {
        target: CString,
    },
    /// A tmpfs on `target` with what was there copied in (podman's
    /// `tmpcopyup`).
    TmpfsCopyUp {
        target: CString,
        flags: libc::c_ulong,
        data: Option<CString>,
    },
    /// A namespaced sysctl: `value` written to `path` (`proc/sys/...`).
    Sysctl {
        path: CString,
        value: CString,
    },
    ReadOnly {
        target: CString,
        flags: libc::c_ulong,
    },
    /// A host path bound at `target` (volumes, `-v /src:/dst`), then made
    /// read-only or given flags (keeping the locked ones), then its
    /// propagation.
    Bind {
        src: CString,
        target: CString,
        recursive: bool,
        remount: libc::c_ulong,
        propagation: libc::c_ulong,
    },
}

/// How the child's stdio is connected.
#[derive(Clone, Copy, Debug)]
pub enum Stdio {
    /// fds for 0, 1, 2 (the child dups them into place).
    Fds {
        stdin: i32,
        stdout: i32,
        stderr: i32,
    },
    /// A new pty in the container's devpts: its slave becomes stdin,
    /// stdout, stderr, /dev/console and the controlling terminal; the
    /// master goes to the monitor over the report socket.
    Tty { rows: u16, cols: u16 },
}

/// Everything the child needs, prepared before the clone.
pub struct ChildPlan {
    pub clone_flags: libc::c_int,
    layers_root: CString,
    merged: CString,
    /// The root mount: an overlay (`data` its options) or, for the vfs
    /// driver, a bind mount of the container's own copy (`source`).
    root_source: CString,
    root_fstype: Option<CString>,
    root_flags: libc::c_ulong,
    root_data: Option<CString>,
    premounted: bool,
    /// `--network container:`: the other container's netns file, joined
    /// first thing.
    join_net: Option<CString>,
    /// Propagation of the container's copy of the mount tree: private,
    /// unless a bind mount asks for slave or shared propagation, which
    /// needs the host's mounts to still propagate into the copy (runc's
    /// rootfsPropagation).
    root_propagation: libc::c_ulong,
    steps: Vec<Step>,
    descriptions: Vec<String>,
    hostname: Option<Vec<u8>>,
    domainname: Option<Vec<u8>>,
    readonly_root: bool,
    loopback: bool,
    cwd: CString,
    cwd_mkdirs: Vec<(CString, CString)>,
    /// The file mode creation mask for the command.
    umask: libc::mode_t,
    /// A working directory the user asked for: (path, container ID) for
    /// podman's message when it does not exist.
    workdir_check: Option<(String, String)>,
    init: bool,
    pub process: ProcessPlan,
    pub stdio: Stdio,
    /// uid_map and gid_map to write for a new user namespace (keep-id).
    pub id_maps: Option<(String, String)>,
    /// The end of the report pipe the child writes to (close-on-exec).
    pub report_fd: i32,
    /// The end of the go pipe the child reads from.
    pub go_fd: i32,
    /// The container's cgroup files to write "0" into (`Cgroup::
    /// join_files`: one per v1 hierarchy).
    pub cgroup_fds: Vec<i32>,
    /// `--cgroupns=host`: the container keeps our cgroup namespace.
    cgroupns_host: bool,
    pub monitor_pid: i32,
    rootless: bool,
}

fn root_propagation(mounts: &[crate::container::mounts::Planned]) -> libc::c_ulong {
    let wants = mounts.iter().any(|m| {
        matches!(m, crate::container::mounts::Planned::Bind { propagation, .. }
            if matches!(propagation.as_str(), "rslave" | "slave" | "rshared" | "shared"))
    });
    if wants {
        MS_REC | libc::MS_SLAVE
    } else {
        MS_REC | MS_PRIVATE
    }
}

/// Inputs for the plan that come from the store, not the config.
pub struct Paths {
    /// The container's mounts besides its root, in order.
    pub mounts: Vec<crate::container::mounts::Planned>,
    /// `--network container:`: `/proc/<pid>/ns/net` of the other one.
    pub join_netns: Option<PathBuf>,
    pub layers_root: PathBuf,
    /// Lower dirs relative to `layers_root`, top first.
    pub lower: Vec<PathBuf>,
    pub upper: PathBuf,
    pub work: PathBuf,
    pub merged: PathBuf,
    /// The vfs driver: the container's root file system is this directory
    /// (bound at `merged`), not an overlay of the layers.
    pub vfs_root: Option<PathBuf>,
    /// Extra overlay options (`--storage-opt overlay.mountopt=`).
    pub mount_opts: Vec<String>,
    /// The root is mounted at `merged` already (`skiff mount`): the
    /// container uses that mount rather than a second overlay on the same
    /// upper directory.
    pub premounted: bool,
    pub userdata: PathBuf,
}

use process::cstr;

fn cpath(p: &Path) -> Result<CString> {
    cstr(p.as_os_str().as_bytes())
}

/// `/proc/sys` → `proc/sys` (relative to the root).
/// The host's device nodes for a privileged container: (path, mode with
/// type, device number), as runc's `GetDevices` finds them.
fn host_devices() -> Vec<(String, libc::mode_t, libc::dev_t, (u32, u32))> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    const MADE: [&str; 7] = [
        "/dev/null",
        "/dev/zero",
        "/dev/full",
        "/dev/random",
        "/dev/urandom",
        "/dev/tty",
        "/dev/console",
    ];
    let mut out = Vec::new();
    let mut dirs = vec![PathBuf::from("/dev")];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let Ok(ft) = e.file_type() else { continue };
            let path = e.path();
            let name = e.file_name();
            if ft.is_dir() {
                let skip = ["pts", "shm", "fd", "mqueue", ".lxc", ".lxd-mounts", ".udev"];
                if !skip.iter().any(|s| name == *s) {
                    dirs.push(path);
                }
                continue;
            }
            if !(ft.is_char_device() || ft.is_block_device()) {
                continue;
            }
            let Some(p) = path.to_str() else { continue };
            if MADE.contains(&p) || p.contains(',') {
                continue;
            }
            if let Ok(m) = e.metadata() {
                out.push((
                    p.to_string(),
                    m.mode() as libc::mode_t,
                    m.rdev() as libc::dev_t,
                    (m.uid(), m.gid()),
                ));
            }
        }
    }
    out.sort();
    out
}

/// A mount option that is a mount flag (not file system data).
fn mount_flag(o: &str) -> Option<libc::c_ulong> {
    Some(match o {
        "ro" => libc::MS_RDONLY,
        "nodev" => libc::MS_NODEV,
        "nosuid" => libc::MS_NOSUID,
        "noexec" => libc::MS_NOEXEC,
        "noatime" => libc::MS_NOATIME,
        "nodiratime" => libc::MS_NODIRATIME,
        "relatime" => libc::MS_RELATIME,
        "strictatime" => libc::MS_STRICTATIME,
        "sync" => libc::MS_SYNCHRONOUS,
        "dirsync" => libc::MS_DIRSYNC,
        _ => return None,
    })
}

/// `/dev/tty0`..`/dev/tty63`.
fn is_virtual_console(path: &str) -> bool {
    path.strip_prefix("/dev/tty")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn rel(p: &str) -> String {
    let r = p.trim_start_matches('/');
    if r.is_empty() {
        ".".into()
    } else {
        r.to_string()
    }
}

struct Builder {
    steps: Vec<Step>,
    descriptions: Vec<String>,
}

impl Builder {
    fn push(&mut self, s: Step, what: String) {
        self.steps.push(s);
        self.descriptions.push(what);
    }

    /// mkdir -p of an absolute container path.
    fn mkdirs(&mut self, path: &str, mode: libc::mode_t) -> Result<()> {
        let mut parent = String::from(".");
        for comp in path.split('/').filter(|c| !c.is_empty()) {
            self.push(
                Step::Mkdir {
                    parent: cstr(&parent)?,
                    name: cstr(comp)?,
                    mode,
                },
                format!("creating {path}"),
            );
            parent = if parent == "." {
                comp.to_string()
            } else {
                format!("{parent}/{comp}")
            };
        }
        Ok(())
    }

    fn touch(&mut self, path: &str) -> Result<()> {
        let p = Path::new(path);
        let parent = p.parent().and_then(|p| p.to_str()).unwrap_or("/");
        self.mkdirs(parent, 0o755)?;
        let name = p
            .file_name()
            .ok_or_else(|| anyhow!("bad mount target {path}"))?;
        self.push(
            Step::Touch {
                parent: cstr(rel(parent))?,
                name: cstr(name.as_bytes())?,
            },
            format!("creating {path}"),
        );
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn mount(
        &mut self,
        src: Option<&str>,
        target: &str,
        fstype: Option<&str>,
        flags: libc::c_ulong,
        data: Option<&str>,
        strict: bool,
    ) -> Result<()> {
        self.push(
            Step::Mount {
                src: match src {
                    Some(s) => Source::Str(cstr(s)?),
                    None => Source::None,
                },
                target: cstr(rel(target))?,
                fstype: fstype.map(cstr).transpose()?,
                flags,
                data: data.map(cstr).transpose()?,
                strict,
            },
            format!("mounting {} on {target}", fstype.or(src).unwrap_or("none")),
        );
        Ok(())
    }
}

impl Builder {
    /// A volume, bind or tmpfs mount: its target made, then mounted.
    fn user_mount(&mut self, m: &crate::container::mounts::Planned) -> Result<()> {
        use crate::container::mounts::Planned;
        let flag_bits = |(noexec, nosuid, nodev): (bool, bool, bool)| {
            let mut f = 0;
            if noexec {
                f |= MS_NOEXEC;
            }
            if nosuid {
                f |= MS_NOSUID;
            }
            if nodev {
                f |= MS_NODEV;
            }
            f
        };
        match m {
            Planned::Bind {
                source,
                destination,
                readonly,
                recursive,
                propagation,
                flags,
                is_dir,
            } => {
                if *is_dir {
                    self.mkdirs(destination, 0o755)?;
                } else {
                    self.touch(destination)?;
                }
                let mut remount = flag_bits(*flags);
                if *readonly {
                    remount |= MS_RDONLY;
                }
                let propagation = match propagation.as_str() {
                    "" | "rprivate" => MS_REC | MS_PRIVATE,
                    "private" => MS_PRIVATE,
                    "rshared" => MS_REC | libc::MS_SHARED,
                    "shared" => libc::MS_SHARED,
                    "rslave" => MS_REC | libc::MS_SLAVE,
                    "slave" => libc::MS_SLAVE,
                    other => bail!("invalid propagation {other:?}"),
                };
                self.push(
                    Step::Bind {
                        src: cpath(source)?,
                        target: cstr(rel(destination))?,
                        recursive: *recursive,
                        remount,
                        propagation,
                    },
                    format!("mounting {} on {destination}", source.display()),
                );
            }
            Planned::Fs {
                fstype,
                device,
                data,
                destination,
                readonly,
                flags,
                copy_up,
            } => {
                self.mkdirs(destination, 0o755)?;
                let mut f = flag_bits(*flags);
                if *readonly {
                    f |= MS_RDONLY;
                }
                if *copy_up && fstype == "tmpfs" {
                    self.push(
                        Step::TmpfsCopyUp {
                            target: cstr(rel(destination))?,
                            flags: f,
                            data: (!data.is_empty()).then(|| cstr(data)).transpose()?,
                        },
                        format!("mounting tmpfs on {destination} (with its content)"),
                    );
                    return Ok(());
                }
                self.mount(
                    Some(device),
                    destination,
                    Some(fstype),
                    f,
                    (!data.is_empty()).then_some(data.as_str()),
                    false,
                )?;
            }
        }
        Ok(())
    }
}

impl ChildPlan {
    /// Prepare the child for `c`. `rootless`: we run in a user namespace
    /// (no device nodes, no gid=5 on devpts, userxattr overlays).
    pub fn build(
        c: &ContainerConfig,
        paths: &Paths,
        rootless: bool,
        stdio: Stdio,
    ) -> Result<ChildPlan> {
        let host_net = c.network == "host";
        let join_net = c.network.starts_with("container:");
        let mut flags =
            libc::CLONE_NEWNS | libc::CLONE_NEWPID | libc::CLONE_NEWUTS | libc::CLONE_NEWIPC;
        // The cgroup namespace is unshared by the child after it joined
        // its cgroup, so that the container sees that cgroup as `/`.
        if !host_net && !join_net {
            flags |= libc::CLONE_NEWNET;
        }
        // keep-id: a user namespace nested in skiff's, where the invoking
        // user's uid is itself; the monitor writes the maps.
        let id_maps = c.keep_id.as_ref().map(keep_id_maps);
        if id_maps.is_some() {
            flags |= libc::CLONE_NEWUSER;
        }

        // Overlay options, lower dirs relative to the layers directory so
        // the option string stays under a page for deep images.
        let lower: Vec<String> = paths
            .lower
            .iter()
            .map(|p| p.to_string_lossy().replace(':', "\\:"))
            .collect();
        let mut data = format!(
            "lowerdir={},upperdir={},workdir={}",
            lower.join(":"),
            paths.upper.display(),
            paths.work.display()
        );
        if rootless {
            data.push_str(",userxattr");
        }
        // `--storage-opt overlay.mountopt=`: mount flags become flags,
        // the rest overlay options (containers/storage splits them so).
        let mut root_flags: libc::c_ulong = 0;
        for o in &paths.mount_opts {
            match mount_flag(o) {
                Some(f) => root_flags |= f,
                None if matches!(o.as_str(), "rw" | "dev" | "suid" | "exec" | "atime") => {}
                None => {
                    data.push(',');
                    data.push_str(o);
                }
            }
        }
        if paths.vfs_root.is_none() && data.len() >= 4000 {
            bail!(
                "the image has too many layers for one overlay mount ({} layers)",
                lower.len()
            );
        }

        let mut b = Builder {
            steps: Vec::new(),
            descriptions: Vec::new(),
        };
        let nsfl = MS_NOSUID | MS_NOEXEC | MS_NODEV;
        b.mkdirs("/proc", 0o555)?;
        b.mount(Some("proc"), "/proc", Some("proc"), nsfl, None, true)?;
        b.mkdirs("/dev", 0o755)?;
        b.mount(
            Some("tmpfs"),
            "/dev",
            Some("tmpfs"),
            MS_NOSUID | MS_STRICTATIME,
            Some("mode=755,size=65536k"),
            true,
        )?;
        let rootless = rootless || c.keep_id.is_some();
        for (name, major, minor) in [
            ("null", 1, 3),
            ("zero", 1, 5),
            ("full", 1, 7),
            ("random", 1, 8),
            ("urandom", 1, 9),
            ("tty", 5, 0),
        ] {
            if rootless || c.userns == "keep-id" {
                // Device nodes on a file system owned by a user namespace
                // cannot be opened (SB_I_NODEV): bind the host's.
                b.touch(&format!("/dev/{name}"))?;
                b.mount(
                    Some(&format!("/dev/{name}")),
                    &format!("/dev/{name}"),
                    None,
                    MS_BIND,
                    None,
                    false,
                )?;
            } else {
                b.push(
                    Step::Mknod {
                        parent: cstr("dev")?,
                        name: cstr(name)?,
                        mode: libc::S_IFCHR | 0o666,
                        dev: libc::makedev(major, minor),
                        owner: None,
                    },
                    format!("creating /dev/{name}"),
                );
            }
        }
        if c.security.privileged {
            // docker and podman give a privileged container the host's
            // devices (runc's GetDevices: /dev without pts, shm, fd,
            // mqueue, the console, and what is made above).
            for (path, mode, dev, owner) in host_devices() {
                // Rootless (podman): every device bound, but the virtual
                // consoles (/dev/ttyN); whether it opens is the host's
                // permissions' business.
                if rootless && is_virtual_console(&path) {
                    continue;
                }
                if let Some(parent) = Path::new(&path).parent().and_then(|p| p.to_str())
                    && parent != "/dev"
                {
                    b.mkdirs(parent, 0o755)?;
                }
                if rootless {
                    b.touch(&path)?;
                    b.mount(Some(&path), &path, None, MS_BIND, None, false)?;
                } else {
                    let p = Path::new(&path);
                    let parent = p.parent().and_then(|p| p.to_str()).unwrap_or("/dev");
                    let name = p.file_name().map(OsStrExt::as_bytes).unwrap_or_default();
                    b.push(
                        Step::Mknod {
                            parent: cstr(rel(parent))?,
                            name: cstr(name)?,
                            mode,
                            dev,
                            owner: (owner != (0, 0)).then_some(owner),
                        },
                        format!("creating {path}"),
                    );
                }
            }
        }
        for (link, target) in [
            ("fd", "/proc/self/fd"),
            ("stdin", "/proc/self/fd/0"),
            ("stdout", "/proc/self/fd/1"),
            ("stderr", "/proc/self/fd/2"),
            ("ptmx", "pts/ptmx"),
            ("core", "/proc/kcore"),
        ] {
            b.push(
                Step::Symlink {
                    target: cstr(target)?,
                    parent: cstr("dev")?,
                    name: cstr(link)?,
                },
                format!("creating /dev/{link}"),
            );
        }
        b.mkdirs("/dev/pts", 0o755)?;
        let pts = if rootless {
            "newinstance,ptmxmode=0666,mode=0620"
        } else {
            "newinstance,ptmxmode=0666,mode=0620,gid=5"
        };
        b.mount(
            Some("devpts"),
            "/dev/pts",
            Some("devpts"),
            MS_NOSUID | MS_NOEXEC,
            Some(pts),
            true,
        )?;
        b.mkdirs("/dev/shm", 0o1777)?;
        b.mount(
            Some("shm"),
            "/dev/shm",
            Some("tmpfs"),
            nsfl,
            Some("mode=1777,size=65536k"),
            true,
        )?;
        b.mkdirs("/dev/mqueue", 0o755)?;
        b.mount(
            Some("mqueue"),
            "/dev/mqueue",
            Some("mqueue"),
            nsfl,
            None,
            true,
        )?;
        if c.process.terminal {
            b.touch("/dev/console")?;
        }
        b.mkdirs("/sys", 0o555)?;
        if rootless && host_net {
            // A fresh sysfs needs a network namespace owned by our user
            // namespace; bind the host's read-only instead (crun
            // `sysfs_userns_fallback`).
            b.mount(Some("/sys"), "/sys", None, MS_BIND | MS_REC, None, true)?;
            b.push(
                Step::ReadOnly {
                    target: cstr("sys")?,
                    flags: nsfl,
                },
                "making /sys read-only".into(),
            );
        } else {
            b.mount(
                Some("sysfs"),
                "/sys",
                Some("sysfs"),
                nsfl | MS_RDONLY,
                None,
                true,
            )?;
            if super::cgroups::version() == super::cgroups::Version::V2 {
                b.mkdirs("/sys/fs/cgroup", 0o555)?;
                b.mount(
                    Some("cgroup2"),
                    "/sys/fs/cgroup",
                    Some("cgroup2"),
                    nsfl | MS_RDONLY,
                    None,
                    true,
                )?;
            }
        }
        if c.keep_id.is_some() {
            for f in ["passwd", "group"] {
                let target = format!("/etc/{f}");
                b.touch(&target)?;
                b.mount(
                    Some(&paths.userdata.join(f).to_string_lossy()),
                    &target,
                    None,
                    MS_BIND,
                    None,
                    false,
                )?;
            }
        }
        // podman's /etc/mtab, for tools that read mounts there.
        b.mkdirs("/etc", 0o755)?;
        b.push(
            Step::Symlink {
                target: cstr("/proc/mounts")?,
                parent: cstr("etc")?,
                name: cstr("mtab")?,
            },
            "creating /etc/mtab".to_string(),
        );
        // podman's /run/.containerenv (empty unless privileged).
        b.touch("/run/.containerenv")?;
        b.mount(
            Some(&paths.userdata.join(".containerenv").to_string_lossy()),
            "/run/.containerenv",
            None,
            MS_BIND,
            None,
            false,
        )?;
        for m in &paths.mounts {
            b.user_mount(m)?;
        }
        // The files skiff writes for the container, over the user's
        // mounts (a tmpfs or volume on /etc gets them too, as in podman).
        if host_net {
            // The host's resolv.conf; /etc/hosts as podman writes it for
            // the host's network (its entries, --add-host's, and
            // host.containers.internal).
            b.touch("/etc/resolv.conf")?;
            b.mount(
                Some("/etc/resolv.conf"),
                "/etc/resolv.conf",
                None,
                MS_BIND,
                None,
                false,
            )?;
            b.touch("/etc/hosts")?;
            b.mount(
                Some(&paths.userdata.join("hosts").to_string_lossy()),
                "/etc/hosts",
                None,
                MS_BIND,
                None,
                false,
            )?;
        } else {
            for f in ["hostname", "hosts", "resolv.conf"] {
                if f == "resolv.conf" && c.network == "none" {
                    continue;
                }
                let target = format!("/etc/{f}");
                b.touch(&target)?;
                b.mount(
                    Some(&paths.userdata.join(f).to_string_lossy()),
                    &target,
                    None,
                    MS_BIND,
                    None,
                    false,
                )?;
            }
        }
        if !c.timezone.is_empty() {
            b.touch("/etc/localtime")?;
            b.mount(
                Some(&paths.userdata.join("localtime").to_string_lossy()),
                "/etc/localtime",
                None,
                MS_BIND,
                None,
                false,
            )?;
        }
        for (k, v) in &c.sysctls {
            b.push(
                Step::Sysctl {
                    path: cstr(format!("proc/sys/{}", k.replace('.', "/")))?,
                    value: cstr(v)?,
                },
                format!("setting sysctl {k}={v}"),
            );
        }
        if !c.security.privileged {
            for p in crate::container::spec::MASKED_PATHS {
                b.push(
                    Step::Mask {
                        target: cstr(rel(p))?,
                    },
                    format!("masking {p}"),
                );
            }
            for p in crate::container::spec::READONLY_PATHS {
                b.push(
                    Step::ReadOnly {
                        target: cstr(rel(p))?,
                        flags: nsfl,
                    },
                    format!("making {p} read-only"),
                );
            }
        }

        // Working directory: created if missing (docker does), after the
        // pivot, so plain paths resolve inside the container.
        let mut cwd_mkdirs = Vec::new();
        let mut parent = String::from("/");
        for comp in c.process.cwd.split('/').filter(|s| !s.is_empty()) {
            cwd_mkdirs.push((cstr(&parent)?, cstr(comp)?));
            parent = format!("{}/{comp}", parent.trim_end_matches('/'));
        }

        let process = ProcessPlan::build(&ProcessSpec {
            args: &c.process.args,
            env: &c.process.env,
            user: &c.process.user,
            caps: &c.security.caps,
            no_new_privs: c.security.no_new_privileges,
            seccomp: &c.security.seccomp,
            rlimits: &c.rlimits,
            runtime: c.runtime_name(),
        })?;

        Ok(ChildPlan {
            clone_flags: flags,
            layers_root: cpath(&paths.layers_root)?,
            merged: cpath(&paths.merged)?,
            root_source: match &paths.vfs_root {
                Some(r) => cpath(r)?,
                None => cstr("overlay")?,
            },
            root_fstype: paths
                .vfs_root
                .is_none()
                .then(|| cstr("overlay"))
                .transpose()?,
            root_flags: if paths.vfs_root.is_some() {
                MS_BIND | libc::MS_REC
            } else {
                root_flags
            },
            root_data: paths.vfs_root.is_none().then(|| cstr(&data)).transpose()?,
            premounted: paths.premounted,

            root_propagation: root_propagation(&paths.mounts),
            join_net: paths.join_netns.as_deref().map(cpath).transpose()?,
            steps: b.steps,
            descriptions: b.descriptions,
            hostname: (!host_net
                || c.hostname
                    != nix::unistd::gethostname()
                        .map(|h| h.to_string_lossy().into_owned())
                        .unwrap_or_default())
            .then(|| c.hostname.as_bytes().to_vec()),
            domainname: (!c.domainname.is_empty()).then(|| c.domainname.as_bytes().to_vec()),
            readonly_root: c.security.readonly_rootfs,
            loopback: !host_net,
            cwd: cstr(&c.process.cwd)?,
            // A working directory the user asked for must exist (podman);
            // the image's is made.
            cwd_mkdirs: if c.workdir_given {
                Vec::new()
            } else {
                cwd_mkdirs
            },
            umask: c.umask as libc::mode_t,
            workdir_check: c
                .workdir_given
                .then(|| (c.process.cwd.clone(), c.id.clone())),
            init: c.init,
            process,
            stdio,
            id_maps,
            report_fd: -1,
            go_fd: -1,
            cgroup_fds: Vec::new(),
            cgroupns_host: c.cgroup.namespace == "host",
            monitor_pid: 0,
            rootless,
        })
    }

    /// The message for a failure the child reported.
    pub fn describe_failure(&self, code: u32, errno: i32) -> (String, i32) {
        let err = std::io::Error::from_raw_os_error(errno);
        if code == Stage::Exec as u32 {
            return self.process.describe_exec_failure(errno);
        }
        if code == Stage::Cwd as u32
            && let Some((cwd, id)) = &self.workdir_check
        {
            match errno {
                libc::ENOENT => {
                    return (
                        format!("workdir {cwd:?} does not exist on container {id}"),
                        crate::error::EXIT_CANNOT_INVOKE,
                    );
                }
                libc::ENOTDIR => {
                    return (
                        format!("workdir {cwd:?} exists on container {id}, but is not a directory"),
                        crate::error::EXIT_CANNOT_INVOKE,
                    );
                }
                _ => {}
            }
        }
        let what = if (code as usize) < self.descriptions.len() {
            self.descriptions[code as usize].clone()
        } else {
            Stage::from_u32(code)
                .map_or("setting up the container", Stage::describe)
                .to_string()
        };
        let mut msg = format!("{what}: {err}");
        if code == Stage::Overlay as u32 && self.rootless && errno == libc::EINVAL {
            // Unprivileged overlay mounts need the userxattr option.
            msg.push_str(" (rootless containers need Linux 5.11 or newer for overlay mounts in a user namespace; upgrade the kernel)");
        }
        (msg, crate::error::EXIT_FAILURE)
    }
}

/// `/proc/self/fd/<fd>` in a stack buffer.
fn fd_path(fd: i32, buf: &mut [u8; 32]) -> &CStr {
    const PREFIX: &[u8] = b"/proc/self/fd/";
    buf[..PREFIX.len()].copy_from_slice(PREFIX);
    let mut digits = [0u8; 12];
    let mut n = fd.unsigned_abs();
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let d = &digits[i..];
    buf[PREFIX.len()..PREFIX.len() + d.len()].copy_from_slice(d);
    buf[PREFIX.len() + d.len()] = 0;
    CStr::from_bytes_until_nul(&buf[..]).unwrap_or(c"/")
}

/// The child's path buffers (no allocation after the clone).
const PATH_BUF: usize = 4096;

/// Write `a/b` (relative, no leading slash) into `buf` from `at`; the
/// length written, a NUL after it.
fn join_rel(buf: &mut [u8; PATH_BUF], at: usize, a: &[u8], b: &[u8]) -> Result<usize, i32> {
    let a = if a == b"." { &b""[..] } else { a };
    let mut n = at;
    for part in [a, b] {
        let part = part.strip_prefix(b"/").unwrap_or(part);
        if part.is_empty() {
            continue;
        }
        if n > 0 && buf[n - 1] != b'/' {
            if n + 1 >= PATH_BUF {
                return Err(libc::ENAMETOOLONG);
            }
            buf[n] = b'/';
            n += 1;
        }
        if n + part.len() >= PATH_BUF {
            return Err(libc::ENAMETOOLONG);
        }
        buf[n..n + part.len()].copy_from_slice(part);
        n += part.len();
    }
    buf[n] = 0;
    Ok(n)
}

/// Make sure a file exists at `path[..len]` (relative to the container's
/// root) for a bind mount: a missing file is created; a symlink is
/// followed inside the root and what it points to is created when missing,
/// directories included (crun does the same for mount destinations, so an
/// image's dangling `/etc/resolv.conf` or `/etc/localtime` link works).
fn touch_through(root: i32, path: &mut [u8; PATH_BUF], len: usize) -> Result<(), i32> {
    let mut len = len;
    for _ in 0..8 {
        let full = CStr::from_bytes_until_nul(&path[..=len]).map_err(|_| libc::EINVAL)?;
        match resolve(root, full, false) {
            Ok(fd) => {
                sys::close_fd(fd);
                return Ok(());
            }
            Err(libc::ENOENT) => {}
            Err(e) => return Err(e),
        }
        // The last component, and its directory (made as mkdir -p would).
        let cut = path[..len].iter().rposition(|b| *b == b'/');
        let (dir_len, name_at) = cut.map_or((0, 0), |i| (i, i + 1));
        let dir = mkdirs_in_root(root, path, dir_len)?;
        let name = CStr::from_bytes_until_nul(&path[name_at..=len]).map_err(|_| libc::EINVAL)?;
        let r = sys::mknodat_raw(dir, name, libc::S_IFREG | 0o644, 0);
        if r != Err(libc::EEXIST) {
            sys::close_fd(dir);
            return r;
        }
        // Something is there yet does not resolve: a dangling symlink.
        let mut link = [0u8; PATH_BUF];
        let n = sys::readlinkat_raw(dir, name, &mut link[..PATH_BUF - 1]);
        sys::close_fd(dir);
        let n = n?;
        let target = &link[..n];
        let mut next = [0u8; PATH_BUF];
        let l = if target.starts_with(b"/") {
            join_rel(&mut next, 0, b"", target)?
        } else {
            join_rel(&mut next, 0, &path[..dir_len], target)?
        };
        *path = next;
        len = l;
    }
    Err(libc::ELOOP)
}

/// Open directory `path[..len]` in the root, creating what is missing.
fn mkdirs_in_root(root: i32, path: &mut [u8; PATH_BUF], len: usize) -> Result<i32, i32> {
    let mut end = 0;
    loop {
        while end < len && path[end] == b'/' {
            end += 1;
        }
        let start = end;
        while end < len && path[end] != b'/' {
            end += 1;
        }
        let saved = path[end];
        path[end] = 0;
        let r = (|| {
            let prefix = CStr::from_bytes_until_nul(&path[..=end]).map_err(|_| libc::EINVAL)?;
            if start == end {
                return resolve(root, c".", false);
            }
            match resolve(root, prefix, false) {
                Err(libc::ENOENT) => {
                    // Make the component in its (resolved) parent.
                    let parent_end = path[..start]
                        .iter()
                        .rposition(|b| *b != b'/')
                        .map_or(0, |i| i + 1);
                    let keep = path[parent_end];
                    path[parent_end] = 0;
                    let parent_c = CStr::from_bytes_until_nul(&path[..=parent_end])
                        .map_err(|_| libc::EINVAL)?;
                    let parent =
                        resolve(root, if parent_end == 0 { c"." } else { parent_c }, false);
                    path[parent_end] = keep;
                    let parent = parent?;
                    let comp =
                        CStr::from_bytes_until_nul(&path[start..=end]).map_err(|_| libc::EINVAL)?;
                    let m = sys::mkdirat_raw(parent, comp, 0o755);
                    sys::close_fd(parent);
                    match m {
                        Ok(()) | Err(libc::EEXIST) => {}
                        Err(e) => return Err(e),
                    }
                    let prefix =
                        CStr::from_bytes_until_nul(&path[..=end]).map_err(|_| libc::EINVAL)?;
                    resolve(root, prefix, false)
                }
                other => other,
            }
        })();
        path[end] = saved;
        let fd = r?;
        if end >= len {
            return Ok(fd);
        }
        sys::close_fd(fd);
    }
}

fn resolve(root: i32, rel: &CStr, strict: bool) -> Result<i32, i32> {
    let mut res = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    if strict {
        res |= RESOLVE_NO_SYMLINKS;
    }
    sys::openat2_raw(root, rel, (libc::O_PATH | libc::O_CLOEXEC) as u64, 0, res)
}

/// Copy the tree under directory `src` into directory `dst` with modes
/// and owners (xattrs and hard links are not kept): a tmpfs's content from
/// what it covers. Runs in the child, so no allocation: each level reads
/// its directory into a stack buffer; `buf` carries file data.
fn copy_tree(src: i32, dst: i32, depth: u32, buf: &mut [u8]) -> Result<(), i32> {
    if depth > 64 {
        return Err(libc::ELOOP);
    }
    let mut dents = [0u8; 4096];
    loop {
        let n = sys::getdents64_raw(src, &mut dents)?;
        if n == 0 {
            return Ok(());
        }
        let mut off = 0;
        while off + 19 < n {
            // struct linux_dirent64: ino u64, off i64, reclen u16, type u8,
            // then the NUL-terminated name.
            let reclen = usize::from(u16::from_ne_bytes([dents[off + 16], dents[off + 17]]));
            if reclen < 20 || off + reclen > n {
                return Err(libc::EIO);
            }
            let name = CStr::from_bytes_until_nul(&dents[off + 19..off + reclen])
                .map_err(|_| libc::EIO)?;
            off += reclen;
            if name == c"." || name == c".." {
                continue;
            }
            copy_entry(src, dst, name, depth, buf)?;
        }
    }
}

fn copy_entry(src: i32, dst: i32, name: &CStr, depth: u32, buf: &mut [u8]) -> Result<(), i32> {
    let st = sys::fstatat_raw(src, name, libc::AT_SYMLINK_NOFOLLOW)?;
    let mode = st.st_mode & 0o7777;
    // Owners a user namespace cannot map stay ours.
    let chown_ok = |r: Result<(), i32>| match r {
        Err(libc::EINVAL | libc::EPERM) | Ok(()) => Ok(()),
        Err(e) => Err(e),
    };
    match st.st_mode & libc::S_IFMT {
        libc::S_IFDIR => {
            match sys::mkdirat_raw(dst, name, 0o700) {
                Ok(()) | Err(libc::EEXIST) => {}
                Err(e) => return Err(e),
            }
            let flags = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC;
            let s = sys::openat_raw(src, name, flags, 0)?;
            let d = match sys::openat_raw(dst, name, flags, 0) {
                Ok(d) => d,
                Err(e) => {
                    sys::close_fd(s);
                    return Err(e);
                }
            };
            let mut r = copy_tree(s, d, depth + 1, buf);
            if r.is_ok() {
                r = chown_ok(sys::fchown_fchmod_raw(d, st.st_uid, st.st_gid, mode));
            }
            sys::close_fd(s);
            sys::close_fd(d);
            r
        }
        libc::S_IFREG => {
            let s = sys::openat_raw(
                src,
                name,
                libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
                0,
            )?;
            let d = match sys::openat_raw(
                dst,
                name,
                libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_CLOEXEC,
                0o600,
            ) {
                Ok(d) => d,
                Err(e) => {
                    sys::close_fd(s);
                    return Err(e);
                }
            };
            let mut r = Ok(());
            loop {
                match sys::read_raw(s, buf) {
                    Ok(0) => break,
                    Ok(k) => {
                        if let Err(e) = sys::write_all_checked_raw(d, &buf[..k]) {
                            r = Err(e);
                            break;
                        }
                    }
                    Err(e) => {
                        r = Err(e);
                        break;
                    }
                }
            }
            if r.is_ok() {
                r = chown_ok(sys::fchown_fchmod_raw(d, st.st_uid, st.st_gid, mode));
            }
            sys::close_fd(s);
            sys::close_fd(d);
            r
        }
        libc::S_IFLNK => {
            let mut target = [0u8; 4096];
            let len = sys::readlinkat_raw(src, name, &mut target[..4095])?;
            target[len] = 0;
            let t = CStr::from_bytes_until_nul(&target).map_err(|_| libc::EIO)?;
            sys::symlinkat_raw(t, dst, name)?;
            chown_ok(sys::fchownat_raw(
                dst,
                name,
                st.st_uid,
                st.st_gid,
                libc::AT_SYMLINK_NOFOLLOW,
            ))
        }
        _ => match sys::mknodat_raw(dst, name, st.st_mode, st.st_rdev) {
            // Devices a user namespace may not make are left out.
            Ok(()) => chown_ok(sys::fchownat_raw(
                dst,
                name,
                st.st_uid,
                st.st_gid,
                libc::AT_SYMLINK_NOFOLLOW,
            )),
            Err(libc::EPERM) => Ok(()),
            Err(e) => Err(e),
        },
    }
}

fn run_step(root: i32, step: &Step) -> Result<(), i32> {
    let mut buf = [0u8; 32];
    match step {
        Step::Mkdir { parent, name, mode } => {
            let p = resolve(root, parent, false)?;
            let r = sys::mkdirat_raw(p, name, *mode);
            sys::close_fd(p);
            match r {
                Ok(()) | Err(libc::EEXIST) => Ok(()),
                Err(e) => Err(e),
            }
        }
        Step::Touch { parent, name } => {
            let mut path = [0u8; PATH_BUF];
            let n = join_rel(&mut path, 0, parent.to_bytes(), name.to_bytes())?;
            touch_through(root, &mut path, n)
        }
        Step::Mount {
            src,
            target,
            fstype,
            flags,
            data,
            strict,
        } => {
            let t = resolve(root, target, *strict)?;
            let src = match src {
                Source::None => None,
                Source::Str(s) => Some(s.as_c_str()),
            };
            let r = sys::mount_raw(
                src,
                fd_path(t, &mut buf),
                fstype.as_deref(),
                *flags,
                data.as_deref(),
            );
            sys::close_fd(t);
            r
        }
        Step::Mknod {
            parent,
            name,
            mode,
            dev,
            owner,
        } => {
            let p = resolve(root, parent, true)?;
            let mut r = sys::mknodat_raw(p, name, *mode, *dev);
            if let (Ok(()), Some((uid, gid))) = (r, owner) {
                r = sys::fchownat_raw(p, name, *uid, *gid, libc::AT_SYMLINK_NOFOLLOW);
            }
            sys::close_fd(p);
            r
        }
        Step::Symlink {
            target,
            parent,
            name,
        } => {
            let p = resolve(root, parent, true)?;
            let r = sys::symlinkat_raw(target, p, name);
            sys::close_fd(p);
            match r {
                Ok(()) | Err(libc::EEXIST) => Ok(()),
                Err(e) => Err(e),
            }
        }
        Step::Mask { target } => {
            let t = match resolve(root, target, false) {
                Ok(t) => t,
                Err(libc::ENOENT) => return Ok(()),
                Err(e) => return Err(e),
            };
            let is_dir = sys::is_dir_fd(t);
            let r = if is_dir {
                sys::mount_raw(
                    Some(c"tmpfs"),
                    fd_path(t, &mut buf),
                    Some(c"tmpfs"),
                    MS_RDONLY,
                    Some(c"size=0"),
                )
            } else {
                sys::mount_raw(
                    Some(c"/dev/null"),
                    fd_path(t, &mut buf),
                    None,
                    MS_BIND,
                    None,
                )
            };
            sys::close_fd(t);
            r
        }
        Step::Bind {
            src,
            target,
            recursive,
            remount,
            propagation,
        } => {
            let t = resolve(root, target, false)?;
            let mut flags = MS_BIND;
            if *recursive {
                flags |= MS_REC;
            }
            let r = sys::mount_raw(Some(src), fd_path(t, &mut buf), None, flags, None);
            sys::close_fd(t);
            r?;
            if *remount != 0 {
                // Reopen: the path now leads to the new mount.
                let t = resolve(root, target, false)?;
                let keep = sys::mount_flags_raw(t).unwrap_or(0);
                let r = sys::mount_raw(
                    None,
                    fd_path(t, &mut buf),
                    None,
                    MS_BIND | MS_REMOUNT | keep | remount,
                    None,
                );
                sys::close_fd(t);
                r?;
            }
            let t = resolve(root, target, false)?;
            let r = sys::mount_raw(None, fd_path(t, &mut buf), None, *propagation, None);
            sys::close_fd(t);
            r
        }
        Step::TmpfsCopyUp {
            target,
            flags,
            data,
        } => {
            let t = resolve(root, target, false)?;
            // What is there now, kept open under the tmpfs.
            let old = sys::openat_raw(
                t,
                c".",
                libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
                0,
            );
            let r = sys::mount_raw(
                Some(c"tmpfs"),
                fd_path(t, &mut buf),
                Some(c"tmpfs"),
                *flags & !MS_RDONLY,
                data.as_deref(),
            );
            sys::close_fd(t);
            r?;
            let t = resolve(root, target, false)?;
            let r = match old {
                Ok(old) => {
                    let new = sys::openat_raw(
                        t,
                        c".",
                        libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
                        0,
                    );
                    let r = match new {
                        Ok(new) => {
                            let mut copy_buf = [0u8; 16384];
                            let r = copy_tree(old, new, 0, &mut copy_buf);
                            sys::close_fd(new);
                            r
                        }
                        Err(e) => Err(e),
                    };
                    sys::close_fd(old);
                    r
                }
                Err(_) => Ok(()),
            };
            if r.is_ok() && *flags & MS_RDONLY != 0 {
                let ro = sys::mount_raw(
                    None,
                    fd_path(t, &mut buf),
                    None,
                    MS_REMOUNT | MS_RDONLY | (*flags & !MS_RDONLY),
                    data.as_deref(),
                );
                sys::close_fd(t);
                return ro;
            }
            sys::close_fd(t);
            r
        }
        Step::Sysctl { path, value } => {
            let fd = sys::openat2_raw(
                root,
                path,
                (libc::O_WRONLY | libc::O_CLOEXEC) as u64,
                0,
                RESOLVE_IN_ROOT | RESOLVE_NO_SYMLINKS,
            )?;
            let r = sys::write_once_raw(fd, value.to_bytes());
            sys::close_fd(fd);
            r
        }
        Step::ReadOnly { target, flags } => {
            let t = match resolve(root, target, false) {
                Ok(t) => t,
                Err(libc::ENOENT) => return Ok(()),
                Err(e) => return Err(e),
            };
            let r = sys::mount_raw(
                Some(fd_path(t, &mut buf)),
                fd_path(t, &mut [0u8; 32]),
                None,
                MS_BIND | MS_REC,
                None,
            );
            sys::close_fd(t);
            r?;
            // Reopen: the path now leads to the new bind mount.
            let t = resolve(root, target, false)?;
            let r = sys::mount_raw(
                None,
                fd_path(t, &mut buf),
                None,
                MS_BIND | MS_REMOUNT | MS_RDONLY | flags,
                None,
            );
            sys::close_fd(t);
            r
        }
    }
}

/// The container's first process. Never returns.
pub fn child_main(plan: &ChildPlan) -> ! {
    // Die with the monitor: without it nobody reaps us or our logs.
    let _ = sys::prctl_raw(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0);
    // Into the container's cgroup while we are still single-threaded
    // (before anything could run in it), then a cgroup namespace rooted
    // there.
    for &fd in &plan.cgroup_fds {
        check(plan.report_fd, sys::write_once_raw(fd, b"0"), Stage::Cgroup);
        sys::close_fd(fd);
    }
    if !plan.cgroupns_host {
        check(
            plan.report_fd,
            sys::unshare_raw(libc::CLONE_NEWCGROUP),
            Stage::Cgroup,
        );
    }
    // If the monitor died before the prctl took effect, the go pipe says
    // so: its only writer is gone and the read below sees EOF. (getppid is
    // no help: in a new pid namespace it is always 0.)
    let mut go = [0u8; 1];
    if !sys::read_exact_raw(plan.go_fd, &mut go) || go[0] != b'1' {
        fail(plan.report_fd, Stage::Go as u32, libc::EPIPE);
    }
    sys::close_fd(plan.go_fd);
    sys::set_umask(0);
    if let Some(p) = &plan.join_net {
        let fd = match sys::openat2_raw(
            libc::AT_FDCWD,
            p,
            (libc::O_RDONLY | libc::O_CLOEXEC) as u64,
            0,
            0,
        ) {
            Ok(fd) => fd,
            Err(e) => fail(plan.report_fd, Stage::JoinNet as u32, e),
        };
        check(
            plan.report_fd,
            sys::setns_raw(fd, libc::CLONE_NEWNET),
            Stage::JoinNet,
        );
        sys::close_fd(fd);
    }

    check(
        plan.report_fd,
        sys::mount_raw(None, c"/", None, plan.root_propagation, None),
        Stage::Private,
    );
    if !plan.premounted {
        check(
            plan.report_fd,
            sys::chdir_raw(&plan.layers_root),
            Stage::Overlay,
        );
        check(
            plan.report_fd,
            sys::mount_raw(
                Some(&plan.root_source),
                &plan.merged,
                plan.root_fstype.as_deref(),
                plan.root_flags,
                plan.root_data.as_deref(),
            ),
            Stage::Overlay,
        );
    }
    let root = match sys::openat2_raw(
        libc::AT_FDCWD,
        &plan.merged,
        (libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC) as u64,
        0,
        0,
    ) {
        Ok(fd) => fd,
        Err(e) => fail(plan.report_fd, Stage::OpenRoot as u32, e),
    };
    for (i, step) in plan.steps.iter().enumerate() {
        if let Err(e) = run_step(root, step) {
            fail(plan.report_fd, i as u32, e);
        }
    }

    // pivot_root(".", ".") then detach the old root underneath (runc PR
    // 1500): no temporary directory in the image is needed.
    check(plan.report_fd, sys::fchdir_raw(root), Stage::Pivot);
    check(
        plan.report_fd,
        sys::pivot_root_raw(c".", c"."),
        Stage::Pivot,
    );
    // No `mount(".", MS_SLAVE | MS_REC)` first (runc's): "." names the
    // new root here, and that would turn the container's rshared binds
    // into private mounts. The old root cannot propagate an unmount to
    // the host anyway: the whole tree was made private (or slave) first.
    check(
        plan.report_fd,
        sys::umount_raw(c".", libc::MNT_DETACH),
        Stage::Pivot,
    );
    check(plan.report_fd, sys::chdir_raw(c"/"), Stage::Pivot);
    sys::close_fd(root);

    if let Some(h) = &plan.hostname {
        check(plan.report_fd, sys::sethostname_raw(h), Stage::Hostname);
    }
    if let Some(d) = &plan.domainname {
        check(plan.report_fd, sys::setdomainname_raw(d), Stage::Hostname);
    }
    if plan.readonly_root {
        check(
            plan.report_fd,
            sys::mount_raw(None, c"/", None, MS_BIND | MS_REMOUNT | MS_RDONLY, None),
            Stage::ReadOnly,
        );
    }
    if plan.loopback {
        check(plan.report_fd, sys::loopback_up(), Stage::Loopback);
    }
    if sys::chdir_raw(&plan.cwd).is_err() {
        for (parent, name) in &plan.cwd_mkdirs {
            let p = match resolve(libc::AT_FDCWD, parent, false) {
                Ok(p) => p,
                Err(e) => fail(plan.report_fd, Stage::Cwd as u32, e),
            };
            let r = sys::mkdirat_raw(p, name, 0o755);
            sys::close_fd(p);
            if let Err(e) = r
                && e != libc::EEXIST
            {
                fail(plan.report_fd, Stage::Cwd as u32, e);
            }
        }
        check(plan.report_fd, sys::chdir_raw(&plan.cwd), Stage::Cwd);
    }

    match plan.stdio {
        Stdio::Fds {
            stdin,
            stdout,
            stderr,
        } => {
            check(plan.report_fd, sys::setsid_raw(), Stage::Stdio);
            check(plan.report_fd, sys::dup2_raw(stdin, 0), Stage::Stdio);
            check(plan.report_fd, sys::dup2_raw(stdout, 1), Stage::Stdio);
            check(plan.report_fd, sys::dup2_raw(stderr, 2), Stage::Stdio);
        }
        Stdio::Tty { rows, cols } => {
            // As runc and crun: the terminal comes from the container's own
            // devpts, so `tty` says /dev/pts/0.
            let (master, slave) = match sys::open_pty_here() {
                Ok(p) => p,
                Err(e) => fail(plan.report_fd, Stage::Ctty as u32, e),
            };
            if rows > 0 {
                sys::set_winsize(master, rows, cols);
            }
            let mut buf = [0u8; 32];
            check(
                plan.report_fd,
                sys::mount_raw(
                    Some(fd_path(slave, &mut buf)),
                    c"/dev/console",
                    None,
                    MS_BIND,
                    None,
                ),
                Stage::Ctty,
            );
            check(
                plan.report_fd,
                sys::send_with_fd(plan.report_fd, b"T", master),
                Stage::Ctty,
            );
            sys::close_fd(master);
            check(plan.report_fd, sys::setsid_raw(), Stage::Stdio);
            check(plan.report_fd, sys::set_ctty(slave), Stage::Ctty);
            for fd in 0..3 {
                check(plan.report_fd, sys::dup2_raw(slave, fd), Stage::Stdio);
            }
            if slave > 2 {
                sys::close_fd(slave);
            }
        }
    }
    // Every fd but 0-2 closes at exec: nothing of the host leaks in.
    check(plan.report_fd, sys::cloexec_from(3), Stage::Cloexec);

    process::apply_security(&plan.process, plan.report_fd);
    sys::set_umask(plan.umask);

    if plan.init {
        run_init(plan);
    }
    exec(plan)
}

fn exec(plan: &ChildPlan) -> ! {
    process::exec(&plan.process, plan.report_fd)
}

/// `--init`: stay PID 1, run the command as a child, reap every zombie,
/// forward signals, and exit with the command's status.
fn run_init(plan: &ChildPlan) -> ! {
    // Signals stay blocked in the init and are collected with sigwait; a
    // blocked signal is not dropped by the PID-1 rule.
    sys::block_all_signals();
    let child = match sys::clone_fork(0) {
        Ok(0) => exec(plan),
        Ok(pid) => pid,
        Err(e) => fail(
            plan.report_fd,
            Stage::InitFork as u32,
            e.raw_os_error().unwrap_or(libc::EAGAIN),
        ),
    };
    // Our copy of the report pipe must not keep the monitor waiting: the
    // command reports (or closes it at exec) itself.
    sys::close_fd(plan.report_fd);
    // Nobody in the container may open /proc/1/exe (our binary).
    let _ = sys::prctl_raw(libc::PR_SET_DUMPABLE, 0, 0);
    loop {
        // Reap everything that has exited.
        loop {
            match sys::waitpid_raw(-1, true) {
                Ok((0, _)) | Err(_) => break,
                Ok((pid, status)) if pid == child => {
                    let code = if libc::WIFEXITED(status) {
                        libc::WEXITSTATUS(status)
                    } else {
                        128 + libc::WTERMSIG(status)
                    };
                    sys::exit_now(code);
                }
                Ok(_) => {}
            }
        }
        if let Some(sig) = sys::wait_any_signal(1000)
            && sig != libc::SIGCHLD
        {
            let _ = sys::kill_raw(child, sig);
        }
    }
}

/// Read the child's report from the report socket: `Ok(master)` once it
/// reached exec (the socket closed; `master` is the terminal it sent, if
/// any), else the stage code and errno.
pub fn read_report(fd: i32) -> Result<Option<std::os::fd::OwnedFd>, (u32, i32)> {
    let mut master = None;
    loop {
        let mut msg = [0u8; 8];
        match sys::recv_with_fd(fd, &mut msg) {
            Ok((0, _)) => return Ok(master),
            Ok((1, Some(t))) if msg[0] == b'T' => master = Some(t),
            Ok((8, _)) => {
                let code = u32::from_le_bytes([msg[0], msg[1], msg[2], msg[3]]);
                let errno = i32::from_le_bytes([msg[4], msg[5], msg[6], msg[7]]);
                return Err((code, errno));
            }
            Ok(_) => return Err((Stage::Stdio as u32, libc::EPROTO)),
            Err(e) => return Err((Stage::Parent as u32, e.raw_os_error().unwrap_or(libc::EIO))),
        }
    }
}

/// keep-id maps, relative to skiff's user namespace (where 0 is the
/// invoking user and 1..=N its subordinate range): container IDs below the
/// user's go to 1..=uid, the user's own ID to 0, the rest unchanged.
fn keep_id_maps(k: &crate::container::spec::KeepId) -> (String, String) {
    let map = |own: u32, count: u32| {
        format!(
            "0 1 {own}\n{own} 0 1\n{} {} {}\n",
            own + 1,
            own + 1,
            count - own
        )
    };
    (map(k.uid, k.uid_count), map(k.gid, k.gid_count))
}

/// Files skiff bind-mounts into the container (userdata/). `image_dirs`:
/// the image's layer dirs, top first (for keep-id's passwd and group).
pub fn write_userdata(
    c: &ContainerConfig,
    dir: &Path,
    image_dirs: &[PathBuf],
    rootless: bool,
) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut hostname = c.hostname.clone();
    hostname.push('\n');
    std::fs::write(dir.join("hostname"), hostname).context("writing hostname")?;
    // podman's /run/.containerenv: empty, but for privileged containers
    // what they may want to know about their engine.
    let containerenv = if c.security.privileged {
        format!(
            "engine=\"skiff-{}\"\nname={:?}\nid={:?}\nimage={:?}\nimageid={:?}\nrootless={}\n",
            env!("CARGO_PKG_VERSION"),
            c.name,
            c.id,
            c.image_name(),
            c.image_id.hex(),
            u8::from(rootless)
        )
    } else {
        String::new()
    };
    std::fs::write(dir.join(".containerenv"), containerenv).context("writing .containerenv")?;
    // /etc/hosts from containers.conf base_hosts_file: the host's file by
    // default (podman), the image's, or none.
    let mut hosts = match c.hosts_base.as_str() {
        "none" => String::new(),
        "image" => crate::container::spec::read_image_file(image_dirs, "etc/hosts")
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default(),
        "" => std::fs::read_to_string("/etc/hosts").unwrap_or_default(),
        path => std::fs::read_to_string(path)
            .with_context(|| format!("reading base_hosts_file {path}"))?,
    };
    if hosts.trim().is_empty() {
        // podman's two default entries.
        hosts = "127.0.0.1\tlocalhost\n::1\tlocalhost\n".to_string();
    }
    std::fs::write(dir.join("hosts"), hosts_file(c, &hosts)).context("writing hosts")?;
    // No DNS without a network (podman writes no resolv.conf then).
    if c.network != "none" {
        std::fs::write(dir.join("resolv.conf"), resolv_conf(&c.net))
            .context("writing resolv.conf")?;
    }
    if !c.timezone.is_empty() {
        // A copy, as podman makes: the host's file may change or vanish.
        let from = crate::container::spec::timezone_file(&c.timezone);
        let zone = std::fs::read(&from).with_context(|| format!("reading {}", from.display()))?;
        std::fs::write(dir.join("localtime"), zone).context("writing localtime")?;
    }
    if let Some(k) = &c.keep_id {
        // The image's passwd and group, plus an entry for the user (podman
        // adds one so that `whoami` and $HOME work).
        let read = |f: &str| {
            crate::container::spec::read_image_file(image_dirs, f)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        };
        let mut passwd = read("etc/passwd");
        if !passwd
            .lines()
            .any(|l| l.split(':').nth(2) == Some(&k.uid.to_string()))
        {
            if !passwd.is_empty() && !passwd.ends_with('\n') {
                passwd.push('\n');
            }
            passwd.push_str(&format!(
                "{}:x:{}:{}::{}:/bin/sh\n",
                k.name, k.uid, k.gid, k.home
            ));
        }
        let mut group = read("etc/group");
        if !group
            .lines()
            .any(|l| l.split(':').nth(2) == Some(&k.gid.to_string()))
        {
            if !group.is_empty() && !group.ends_with('\n') {
                group.push('\n');
            }
            group.push_str(&format!("{}:x:{}:\n", k.name, k.gid));
        }
        std::fs::write(dir.join("passwd"), passwd).context("writing passwd")?;
        std::fs::write(dir.join("group"), group).context("writing group")?;
    }
    Ok(())
}

/// The host's resolv.conf without loopback name servers (they mean
/// nothing in another network namespace), as docker does.
/// /etc/hosts as podman writes it: `--add-host` entries, the base file's
/// entries (`IP<tab>names`, comments dropped), `host.containers.internal`,
/// then the container's own entry where its address is known now (bridge
/// networks add theirs once attached).
fn hosts_file(c: &ContainerConfig, base: &str) -> String {
    let mut out = String::new();
    for h in &c.net.add_hosts {
        if let Some((name, ip)) = h.split_once(':') {
            out.push_str(&format!("{ip}\t{name}\n"));
        }
    }
    for line in base.lines() {
        let entry = line.split('#').next().unwrap_or_default();
        let mut words = entry.split_whitespace();
        if let Some(ip) = words.next() {
            let names: Vec<&str> = words.collect();
            if !names.is_empty() {
                out.push_str(&format!("{ip}\t{}\n", names.join(" ")));
            }
        }
    }
    let mode = c.network.as_str();
    if mode.starts_with("container:") {
        return out;
    }
    let gateway = c
        .net
        .networks
        .first()
        .and_then(|n| n.definition.as_ref())
        .and_then(|d| d.subnets.first())
        .map(|s| s.gateway.clone());
    if let Some(ip) = gateway.or_else(|| local_ip().map(|i| i.to_string())) {
        out.push_str(&format!("{ip}\thost.containers.internal\n"));
    }
    let own = if mode == "none" {
        Some("127.0.0.1".to_string())
    } else if mode == "slirp4netns" {
        Some(slirp_address(&c.net.slirp_options))
    } else {
        None
    };
    if let Some(ip) = own {
        out.push_str(&format!("{ip}\t{} {}\n", c.hostname, c.name));
    }
    out
}

/// The host's first IPv4 address that is not loopback (podman's
/// `GetLocalIP`, for host.containers.internal).
fn local_ip() -> Option<std::net::Ipv4Addr> {
    nix::ifaddrs::getifaddrs().ok()?.find_map(|a| {
        let ip = a.address?.as_sockaddr_in()?.ip();
        (!ip.is_loopback() && !ip.is_link_local()).then_some(ip)
    })
}

/// A slirp4netns container's address: .100 of its network (10.0.2.0/24
/// unless `cidr=` says otherwise).
fn slirp_address(options: &[String]) -> String {
    let cidr = options
        .iter()
        .find_map(|o| o.strip_prefix("cidr="))
        .unwrap_or("10.0.2.0/24");
    let net = cidr.split('/').next().unwrap_or("10.0.2.0");
    match net.parse::<std::net::Ipv4Addr>() {
        Ok(a) => {
            let [x, y, z, _] = a.octets();
            format!("{x}.{y}.{z}.100")
        }
        Err(_) => "10.0.2.100".into(),
    }
}

fn resolv_conf(net: &crate::container::spec::NetSettings) -> String {
    let host = std::fs::read_to_string("/run/systemd/resolve/resolv.conf")
        .or_else(|_| std::fs::read_to_string("/etc/resolv.conf"))
        .unwrap_or_default();
    // podman's order: search, nameserver, options; the host's where the
    // container names none (loopback servers cannot answer in there).
    let field = |key: &str| -> Vec<String> {
        host.lines()
            .filter_map(|l| l.trim().strip_prefix(key))
            .filter(|rest| rest.starts_with([' ', '\t']))
            .flat_map(|rest| {
                rest.split_whitespace()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let search = if net.dns_search.is_empty() {
        field("search")
    } else {
        net.dns_search.clone()
    };
    let mut servers: Vec<String> = if net.dns.is_empty() {
        field("nameserver")
            .into_iter()
            .filter(|a| !a.starts_with("127.") && a != "::1")
            .collect()
    } else {
        net.dns.clone()
    };
    if servers.is_empty() {
        servers = vec!["8.8.8.8".into(), "8.8.4.4".into()];
    }
    let options = if net.dns_options.is_empty() {
        field("options")
    } else {
        net.dns_options.clone()
    };
    let mut out = String::new();
    if !search.is_empty() && search != ["."] {
        out.push_str(&format!("search {}\n", search.join(" ")));
    }
    for s in &servers {
        out.push_str(&format!("nameserver {s}\n"));
    }
    if !options.is_empty() {
        out.push_str(&format!("options {}\n", options.join(" ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fd_paths() {
        let mut b = [0u8; 32];
        assert_eq!(fd_path(7, &mut b).to_str().unwrap(), "/proc/self/fd/7");
        assert_eq!(
            fd_path(123_456, &mut b).to_str().unwrap(),
            "/proc/self/fd/123456"
        );
        assert_eq!(rel("/proc/sys"), "proc/sys");
        assert_eq!(rel("/"), ".");
    }
}
