//! The last steps of every process skiff starts in a container — the
//! container's init and `exec`'d processes alike: resource limits,
//! no_new_privs, the bounding set, groups and IDs, capabilities, seccomp,
//! and the exec with its PATH search. [`ProcessPlan::build`] prepares all
//! of it before fork/clone; [`apply_security`] and [`exec`] run in the
//! child using only system calls.

use super::seccomp::bpf::SockFilter;
use super::sys;
use crate::container::spec::{Rlimit, User};
use anyhow::{Context, Result, anyhow};
use std::ffi::CString;

/// Where a child failed, for the parent's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Stage {
    Go = 0x1000,
    Private,
    Overlay,
    OpenRoot,
    Pivot,
    Hostname,
    ReadOnly,
    Loopback,
    Cwd,
    Stdio,
    Ctty,
    Rlimit,
    NoNewPrivs,
    Bounding,
    Groups,
    Gid,
    Uid,
    Caps,
    Seccomp,
    Exec,
    InitFork,
    Cloexec,
    Parent,
    Cgroup,
    JoinNet,
}

impl Stage {
    pub fn from_u32(v: u32) -> Option<Stage> {
        #[allow(clippy::enum_glob_use)]
        use Stage::*;
        const ALL: [Stage; 25] = [
            Go, Private, Overlay, OpenRoot, Pivot, Hostname, ReadOnly, Loopback, Cwd, Stdio, Ctty,
            Rlimit, NoNewPrivs, Bounding, Groups, Gid, Uid, Caps, Seccomp, Exec, InitFork, Cloexec,
            Parent, Cgroup, JoinNet,
        ];
        ALL.into_iter().find(|s| *s as u32 == v)
    }

    pub fn describe(self) -> &'static str {
        match self {
            Stage::Go => "waiting for the monitor",
            Stage::Private => "making mounts private",
            Stage::Overlay => "mounting the overlay root file system",
            Stage::OpenRoot => "opening the root file system",
            Stage::Pivot => "pivot_root",
            Stage::Hostname => "setting the hostname",
            Stage::ReadOnly => "making the root file system read-only",
            Stage::Loopback => "bringing up the loopback interface",
            Stage::Cwd => "changing to the working directory",
            Stage::Stdio => "setting up stdio",
            Stage::Ctty => "setting the controlling terminal",
            Stage::Rlimit => "setting resource limits",
            Stage::NoNewPrivs => "setting no_new_privs",
            Stage::Bounding => "dropping bounding capabilities",
            Stage::Groups => "setting supplementary groups",
            Stage::Gid => "setting the group ID",
            Stage::Uid => "setting the user ID",
            Stage::Caps => "setting capabilities",
            Stage::Seccomp => "loading the seccomp filter",
            Stage::Exec => "executing the command",
            Stage::InitFork => "starting the init process",
            Stage::Cloexec => "closing file descriptors",
            Stage::Parent => "the parent went away",
            Stage::Cgroup => "joining the container's cgroup",
            Stage::JoinNet => "joining the network namespace of the other container",
        }
    }
}

/// What the process will be, in a form a child can apply with syscalls.
pub struct ProcessPlan {
    runtime: String,
    argv_strings: Vec<CString>,
    argv: Vec<*const libc::c_char>,
    /// Owns the strings `envp` points into.
    _env_strings: Vec<CString>,
    envp: Vec<*const libc::c_char>,
    candidates: Vec<CString>,
    uid: u32,
    gid: u32,
    groups: Vec<libc::gid_t>,
    caps: u64,
    no_new_privs: bool,
    seccomp: Option<Vec<SockFilter>>,
    rlimits: Vec<(libc::c_int, u64, u64)>,
}

/// The inputs of a [`ProcessPlan`].
pub struct ProcessSpec<'a> {
    pub args: &'a [String],
    pub env: &'a [String],
    pub user: &'a User,
    /// Capability names (`CAP_...`).
    pub caps: &'a [String],
    pub no_new_privs: bool,
    /// `default`, `unconfined`, or a docker profile's JSON.
    pub seccomp: &'a str,
    pub rlimits: &'a [Rlimit],
    /// The runtime name the container was made for (in messages).
    pub runtime: &'a str,
}

pub fn cstr(s: impl AsRef<[u8]>) -> Result<CString> {
    CString::new(s.as_ref()).map_err(|_| anyhow!("string contains a NUL byte"))
}

impl ProcessPlan {
    pub fn build(s: &ProcessSpec<'_>) -> Result<ProcessPlan> {
        let mut caps = 0u64;
        for name in s.caps {
            let cap: caps::Capability = name
                .parse()
                .map_err(|_| anyhow!("unknown capability {name}"))?;
            caps |= 1u64 << cap.index();
        }
        let seccomp = match s.seccomp {
            "unconfined" => None,
            "default" => Some(
                super::seccomp::compile(&super::seccomp::Profile::default_profile(), s.caps)
                    .context("compiling the default seccomp profile")?,
            ),
            json => Some(
                super::seccomp::compile(&super::seccomp::Profile::parse(json.as_bytes())?, s.caps)
                    .context("compiling the seccomp profile")?,
            ),
        };
        let mut rlimits = Vec::new();
        for r in s.rlimits {
            let res = crate::container::spec::rlimit_resource(&r.name)
                .ok_or_else(|| anyhow!("unknown rlimit {}", r.name))?;
            let (soft, hard) = clamp_rlimit(res, r.soft, r.hard);
            rlimits.push((res, soft, hard));
        }
        let argv_strings: Vec<CString> = s
            .args
            .iter()
            .map(cstr)
            .collect::<Result<_>>()
            .context("command argument")?;
        let mut argv: Vec<*const libc::c_char> = argv_strings.iter().map(|s| s.as_ptr()).collect();
        argv.push(std::ptr::null());
        let env_strings: Vec<CString> = s
            .env
            .iter()
            .map(cstr)
            .collect::<Result<_>>()
            .context("environment variable")?;
        let mut envp: Vec<*const libc::c_char> = env_strings.iter().map(|s| s.as_ptr()).collect();
        envp.push(std::ptr::null());
        let prog = s.args.first().cloned().unwrap_or_default();
        let candidates = if prog.contains('/') {
            vec![cstr(&prog)?]
        } else {
            let path = crate::container::spec::get_env(s.env, "PATH")
                .unwrap_or(crate::container::spec::DEFAULT_PATH);
            path.split(':')
                .map(|d| if d.is_empty() { "." } else { d })
                .map(|d| cstr(format!("{}/{prog}", d.trim_end_matches('/'))))
                .collect::<Result<_>>()?
        };
        Ok(ProcessPlan {
            runtime: s.runtime.to_string(),
            argv_strings,
            argv,
            _env_strings: env_strings,
            envp,
            candidates,
            uid: s.user.uid,
            gid: s.user.gid,
            groups: s.user.additional_gids.clone(),
            caps,
            no_new_privs: s.no_new_privs,
            seccomp,
            rlimits,
        })
    }

    /// The message and exit code for an exec failure, in crun's words
    /// (podman passes them on), naming the runtime.
    pub fn describe_exec_failure(&self, errno: i32) -> (String, i32) {
        let reason = nix::errno::Errno::from_raw(errno).desc();
        let prog = self
            .argv_strings
            .first()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rt = &self.runtime;
        match errno {
            libc::ENOENT | libc::ENOTDIR => {
                // crun says "in $PATH" for absolute paths too.
                (
                    format!(
                        "{rt}: executable file `{prog}` not found in $PATH: {reason}: OCI runtime attempted to invoke a command that was not found"
                    ),
                    crate::error::EXIT_NOT_FOUND,
                )
            }
            libc::EACCES | libc::EPERM => (
                format!("{rt}: open executable: {reason}: OCI permission denied"),
                crate::error::EXIT_CANNOT_INVOKE,
            ),
            _ => (
                format!("{rt}: cannot execute `{prog}`: {reason}"),
                crate::error::EXIT_CANNOT_INVOKE,
            ),
        }
    }
}

/// Never ask for more than the hard limit we have: without
/// CAP_SYS_RESOURCE in the initial namespace the call would fail.
fn clamp_rlimit(res: libc::c_int, soft: u64, hard: u64) -> (u64, u64) {
    use nix::sys::resource::Resource;
    let resource = match res {
        r if r == libc::RLIMIT_NOFILE as i32 => Resource::RLIMIT_NOFILE,
        r if r == libc::RLIMIT_NPROC as i32 => Resource::RLIMIT_NPROC,
        _ => return (soft, hard),
    };
    let Ok((_, cur_hard)) = nix::sys::resource::getrlimit(resource) else {
        return (soft, hard);
    };
    if nix::unistd::geteuid().is_root() && !crate::runtime::userns::entered() {
        return (soft, hard);
    }
    if hard > cur_hard {
        crate::warn!(
            "rlimit {res}: hard limit {hard} is above the current hard limit {cur_hard}; using {cur_hard}"
        );
    }
    (soft.min(cur_hard), hard.min(cur_hard))
}

/// Report a failure to the parent and exit. Never returns.
pub fn fail(report_fd: i32, code: u32, errno: i32) -> ! {
    let mut msg = [0u8; 8];
    msg[..4].copy_from_slice(&code.to_le_bytes());
    msg[4..].copy_from_slice(&errno.to_le_bytes());
    sys::write_all_raw(report_fd, &msg);
    sys::exit_now(1)
}

pub fn check(report_fd: i32, r: Result<(), i32>, stage: Stage) {
    if let Err(e) = r {
        fail(report_fd, stage as u32, e);
    }
}

/// rlimits, no_new_privs, bounding set, groups and IDs, capabilities and
/// seccomp, in the order youki and crun use: seccomp last when
/// no_new_privs is set (the filter may deny setuid), before the
/// capabilities drop otherwise (loading a filter without no_new_privs
/// needs CAP_SYS_ADMIN).
pub fn apply_security(p: &ProcessPlan, report_fd: i32) {
    for (res, soft, hard) in &p.rlimits {
        check(
            report_fd,
            sys::setrlimit_raw(*res, *soft, *hard),
            Stage::Rlimit,
        );
    }
    if p.no_new_privs {
        check(
            report_fd,
            sys::prctl_raw(libc::PR_SET_NO_NEW_PRIVS, 1, 0),
            Stage::NoNewPrivs,
        );
    }
    if !p.no_new_privs
        && let Some(f) = &p.seccomp
    {
        check(report_fd, sys::seccomp_load(f), Stage::Seccomp);
    }
    let last = sys::last_cap();
    for cap in 0..=last {
        if p.caps & (1u64 << cap) == 0 {
            match sys::prctl_raw(libc::PR_CAPBSET_DROP, libc::c_ulong::from(cap), 0) {
                Ok(()) | Err(libc::EINVAL) => {}
                Err(e) => fail(report_fd, Stage::Bounding as u32, e),
            }
        }
    }
    check(
        report_fd,
        sys::prctl_raw(libc::PR_SET_KEEPCAPS, 1, 0),
        Stage::Caps,
    );
    // In a user namespace with setgroups denied (a user without subuid
    // ranges) an empty list is all we could ask for anyway.
    match sys::setgroups_raw(&p.groups) {
        Err(libc::EPERM) if p.groups.is_empty() => {}
        r => check(report_fd, r, Stage::Groups),
    }
    check(report_fd, sys::setresgid_raw(p.gid), Stage::Gid);
    check(report_fd, sys::setresuid_raw(p.uid), Stage::Uid);
    // Ambient capabilities are cleared; inheritable is empty (as docker
    // since CVE-2022-24769); root gets the bounding set back at exec.
    let _ = sys::prctl_raw(
        libc::PR_CAP_AMBIENT,
        libc::PR_CAP_AMBIENT_CLEAR_ALL as libc::c_ulong,
        0,
    );
    check(report_fd, sys::capset_raw(p.caps, p.caps, 0), Stage::Caps);
    if p.no_new_privs
        && let Some(f) = &p.seccomp
    {
        check(report_fd, sys::seccomp_load(f), Stage::Seccomp);
    }
}

/// Default signal dispositions, then exec the first PATH candidate that
/// exists. Never returns.
pub fn exec(p: &ProcessPlan, report_fd: i32) -> ! {
    sys::reset_signals();
    let mut last = libc::ENOENT;
    for c in &p.candidates {
        let e = sys::execve_raw(c, &p.argv, &p.envp);
        match e {
            libc::ENOENT | libc::ENOTDIR => {}
            libc::EACCES => last = libc::EACCES,
            other => fail(report_fd, Stage::Exec as u32, other),
        }
    }
    fail(report_fd, Stage::Exec as u32, last)
}
