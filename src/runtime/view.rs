//! A private, temporary view of a root file system: a forked helper
//! enters a new mount namespace, mounts the overlay there (read-only with
//! every layer a lower dir, or writable with a container's upper and work
//! dirs), binds volumes into it, and runs a closure against the root. The
//! mounts vanish with the helper, so nothing is left mounted on the host
//! whatever happens. Used for volume copy-up, `export`, and `cp` with a
//! stopped container.

use super::sys;
use anyhow::{Context, Result, anyhow, bail};
use nix::fcntl::OFlag;
use nix::mount::MsFlags;
use nix::sys::stat::Mode;
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::PathBuf;

/// What to mount.
pub struct ViewSpec {
    /// The store's layers directory (lower dirs are given relative to it,
    /// so the option string stays short).
    pub layers_root: PathBuf,
    /// Lower dirs, top first, relative to `layers_root` (or absolute).
    pub lower: Vec<PathBuf>,
    /// A container's upper dir: the top lower dir of a read-only view, or
    /// the upper dir of a writable one (with `work`).
    pub upper: Option<PathBuf>,
    pub work: Option<PathBuf>,
    /// The vfs driver: the container's own copy of its image, bound at
    /// the mount point (no overlay; `lower`, `upper` and `work` unused).
    pub vfs_root: Option<PathBuf>,
    /// A view to write through (else mounted read-only).
    pub writable: bool,
    /// Host directories or files to bind at container paths. A missing
    /// mount point is created as `start` would create it (in a read-only
    /// view, on a throwaway upper directory).
    pub binds: Vec<ViewBind>,
    /// Overlay in a user namespace: `userxattr`.
    pub rootless: bool,
    /// An empty directory to mount on.
    pub mountpoint: PathBuf,
}

/// A bind mount of a view.
#[derive(Clone, Debug)]
pub struct ViewBind {
    pub source: PathBuf,
    /// The container path.
    pub destination: String,
    pub readonly: bool,
    /// The source is a directory (else the mount point is a file).
    pub is_dir: bool,
}

/// Run `f` with the root of the view, in a forked helper. `f` may write to
/// descriptors the caller set up; its error comes back as text.
pub fn with_view(spec: &ViewSpec, f: impl FnOnce(&OwnedFd) -> Result<()>) -> Result<()> {
    in_helper(|| build_and_run(spec, f))
}

/// Run `f` in a forked helper whose root directory is the view (chroot),
/// so that paths and symlinks in it resolve as in a container (a build's
/// `COPY --from`).
pub fn with_view_as_root(spec: &ViewSpec, f: impl FnOnce() -> Result<()>) -> Result<()> {
    with_view(spec, |root| {
        nix::unistd::fchdir(root).context("entering the view")?;
        nix::unistd::chroot(".").context("changing root to the view")?;
        nix::unistd::chdir("/").context("entering the view")?;
        f()
    })
}

/// Run `f` with the root directory of a running process (a container's
/// init), its mounts included, in a forked helper. A rootless container
/// lives in a user namespace of its own, which the helper joins first: it
/// then may open the root whatever user the process runs as.
pub fn with_process_root(
    pid: i32,
    start: u64,
    f: impl FnOnce(&OwnedFd) -> Result<()>,
) -> Result<()> {
    let pidfd = open_process(pid, start)?;
    let join_user =
        super::exec::ns_inode(&pid.to_string(), "user") != super::exec::ns_inode("self", "user");
    in_helper(|| {
        if join_user {
            sys::setns_pidfd(std::os::fd::AsFd::as_fd(&pidfd), libc::CLONE_NEWUSER)
                .context("joining the container's user namespace")?;
        }
        let root = nix::fcntl::open(
            format!("/proc/{pid}/root").as_str(),
            OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .context("opening the container's root directory")?;
        f(&root)
    })
}

/// A pidfd of a container's init `pid` that started at `start` (so that
/// a reused pid is never joined).
pub fn open_process(pid: i32, start: u64) -> Result<OwnedFd> {
    let pidfd = sys::pidfd_open(pid).with_context(|| format!("opening process {pid}"))?;
    if crate::container::process_start_time(pid) != Some(start) {
        bail!("the container stopped");
    }
    Ok(pidfd)
}

/// Run `f` in a forked helper process (which may change namespaces and
/// mount things that then vanish with it); its error comes back as text.
pub fn in_helper(f: impl FnOnce() -> Result<()>) -> Result<()> {
    let (err_r, err_w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
    let (r_raw, w_raw) = (err_r.as_raw_fd(), err_w.as_raw_fd());
    let pid = sys::fork_run(|| {
        // The child's copies of the parent's descriptors: it ends in
        // _exit, never dropping the parent's owners.
        sys::close_raw(r_raw);
        match f() {
            Ok(()) => 0,
            Err(e) => {
                sys::write_all_raw(w_raw, format!("{e:#}").as_bytes());
                1
            }
        }
    })
    .context("starting a helper process")?;
    drop(err_w);
    let mut msg = String::new();
    let _ = std::fs::File::from(err_r).read_to_string(&mut msg);
    let status = nix::sys::wait::waitpid(pid, None).context("waiting for the helper")?;
    match status {
        nix::sys::wait::WaitStatus::Exited(_, 0) => Ok(()),
        _ if !msg.is_empty() => Err(anyhow!("{msg}")),
        other => bail!("the helper process failed: {other:?}"),
    }
}

fn build_and_run(spec: &ViewSpec, f: impl FnOnce(&OwnedFd) -> Result<()>) -> Result<()> {
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("creating a mount namespace")?;
    nix::mount::mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .context("making mounts private")?;
    let premounted = is_mountpoint(&spec.mountpoint);
    let root_path = if premounted {
        // `skiff mount` mounted the container already: no second overlay
        // on the same upper directory.
        spec.mountpoint.clone()
    } else {
        mount_view(spec)?
    };
    let open_root = |p: &std::path::Path| {
        nix::fcntl::open(
            p,
            OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", p.display()))
    };
    let mut root = open_root(&root_path)?;
    let find = |root: &OwnedFd, dest: &str| {
        crate::image::tree::open_in_root(
            root,
            dest.trim_start_matches('/').as_bytes(),
            OFlag::O_PATH,
            true,
        )
    };
    let missing = spec
        .binds
        .iter()
        .any(|b| matches!(find(&root, &b.destination), Err(nix::errno::Errno::ENOENT)));
    let writable = spec.writable || premounted;
    let mut can_create = writable;
    if missing && !writable {
        // A read-only view whose mount points do not exist yet (a container
        // that never started): the same layers under a throwaway upper
        // directory, where they can be made.
        match scratch_view(spec) {
            Ok(p) => {
                root = open_root(&p)?;
                can_create = true;
            }
            Err(e) => crate::debug!("no writable view for missing mount points: {e:#}"),
        }
    }
    for b in &spec.binds {
        let target = match find(&root, &b.destination) {
            Ok(t) => t,
            Err(nix::errno::Errno::ENOENT) if can_create => {
                make_mount_point(&root, &b.destination, b.is_dir)
                    .with_context(|| format!("creating the mount point {}", b.destination))?;
                find(&root, &b.destination).with_context(|| format!("finding {}", b.destination))?
            }
            Err(nix::errno::Errno::ENOENT) => continue,
            Err(e) => return Err(e).with_context(|| format!("finding {}", b.destination)),
        };
        let tpath = format!("/proc/self/fd/{}", target.as_raw_fd());
        nix::mount::mount(
            Some(b.source.as_path()),
            tpath.as_str(),
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        )
        .with_context(|| format!("mounting {} on {}", b.source.display(), b.destination))?;
        if b.readonly {
            let target = find(&root, &b.destination)?;
            let tpath = format!("/proc/self/fd/{}", target.as_raw_fd());
            let _ = nix::mount::mount(
                None::<&str>,
                tpath.as_str(),
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
                None::<&str>,
            );
        }
    }
    f(&root)
}

/// The view's layers (its upper directory as the top lower one) under an
/// upper directory on a tmpfs of this helper's mount namespace, mounted
/// over the mount point; returns the new root.
fn scratch_view(spec: &ViewSpec) -> Result<PathBuf> {
    let _ = nix::mount::umount2(&spec.mountpoint, nix::mount::MntFlags::MNT_DETACH);
    nix::mount::mount(
        Some("tmpfs"),
        &spec.mountpoint,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some("mode=0755"),
    )
    .context("mounting a scratch tmpfs")?;
    for d in ["upper", "work", "root"] {
        std::fs::create_dir(spec.mountpoint.join(d)).context("creating scratch directories")?;
    }
    let mut lower = Vec::new();
    if let Some(r) = &spec.vfs_root {
        lower.push(r.clone());
    } else {
        if let Some(u) = &spec.upper {
            lower.push(u.clone());
        }
        lower.extend(spec.lower.iter().cloned());
    }
    let scratch = ViewSpec {
        layers_root: spec.layers_root.clone(),
        lower,
        upper: Some(spec.mountpoint.join("upper")),
        work: Some(spec.mountpoint.join("work")),
        vfs_root: None,
        writable: true,
        binds: Vec::new(),
        rootless: spec.rootless,
        mountpoint: spec.mountpoint.join("root"),
    };
    mount_view(&scratch)
}

/// mkdir -p of a container path (or an empty file for a file's mount
/// point), as `start` makes mount points.
fn make_mount_point(root: &OwnedFd, dest: &str, is_dir: bool) -> Result<()> {
    let comps: Vec<&str> = dest.split('/').filter(|c| !c.is_empty()).collect();
    let mut parent = String::new();
    for (i, c) in comps.iter().enumerate() {
        let dir = crate::image::tree::open_in_root(
            root,
            if parent.is_empty() {
                b"."
            } else {
                parent.as_bytes()
            },
            OFlag::O_PATH | OFlag::O_DIRECTORY,
            true,
        )?;
        let last = i + 1 == comps.len();
        let r = if last && !is_dir {
            nix::fcntl::openat(
                &dir,
                *c,
                OFlag::O_CREAT | OFlag::O_WRONLY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                Mode::from_bits_truncate(0o644),
            )
            .map(drop)
        } else {
            nix::sys::stat::mkdirat(&dir, *c, Mode::from_bits_truncate(0o755))
        };
        match r {
            Ok(()) | Err(nix::errno::Errno::EEXIST) => {}
            Err(e) => return Err(e.into()),
        }
        if !parent.is_empty() {
            parent.push('/');
        }
        parent.push_str(c);
    }
    Ok(())
}

/// Whether `path` is the root of a mount (in this mount namespace): its
/// mount differs from its parent's (a bind mount of the same file system
/// too), or, on kernels without mount IDs in statx, its device does.
pub fn is_mountpoint(path: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let parent = path.parent().unwrap_or(path);
    if let (Ok(m), Ok(p)) = (sys::mount_id(path), sys::mount_id(parent)) {
        return m != p || path == parent;
    }
    match (std::fs::metadata(path), std::fs::metadata(parent)) {
        (Ok(m), Ok(p)) => m.dev() != p.dev() || m.ino() == p.ino(),
        _ => false,
    }
}

/// Mount the overlay `spec` describes at its mount point (in the calling
/// process's mount namespace) and say where the root is: a one-directory
/// read-only view is that directory, no mount needed. Changes the working
/// directory.
pub fn mount_view(spec: &ViewSpec) -> Result<PathBuf> {
    let writable = spec.writable;
    if let Some(root) = &spec.vfs_root {
        nix::mount::mount(
            Some(root.as_path()),
            &spec.mountpoint,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        )
        .context("mounting the container's file system")?;
        if !writable {
            nix::mount::mount(
                None::<&str>,
                &spec.mountpoint,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
                None::<&str>,
            )
            .context("making the container's file system read-only")?;
        }
        return Ok(spec.mountpoint.clone());
    }
    let mut lowers: Vec<String> = Vec::new();
    if let (Some(u), false) = (&spec.upper, writable) {
        lowers.push(u.to_string_lossy().into_owned());
    }
    lowers.extend(
        spec.lower
            .iter()
            .map(|p| p.to_string_lossy().replace(':', "\\:")),
    );
    Ok(if lowers.len() == 1 && !writable {
        // One directory: it is the view (overlay wants two lower dirs).
        let p = PathBuf::from(&lowers[0]);
        if p.is_absolute() {
            p
        } else {
            spec.layers_root.join(p)
        }
    } else {
        let mut data = format!("lowerdir={}", lowers.join(":"));
        if let (Some(u), Some(w)) = (&spec.upper, &spec.work) {
            data.push_str(&format!(
                ",upperdir={},workdir={}",
                u.display(),
                w.display()
            ));
        }
        if spec.rootless {
            data.push_str(",userxattr");
        }
        nix::unistd::chdir(&spec.layers_root).context("entering the layers directory")?;
        let flags = if writable {
            MsFlags::empty()
        } else {
            MsFlags::MS_RDONLY
        };
        nix::mount::mount(
            Some("overlay"),
            &spec.mountpoint,
            Some("overlay"),
            flags,
            Some(data.as_str()),
        )
        .context("mounting the container's file system")?;
        spec.mountpoint.clone()
    })
}
