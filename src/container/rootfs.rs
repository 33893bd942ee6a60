//! A container's file system seen from outside: its root as the container
//! sees it (for `cp`), a read-only view of it (for `export` and `commit
//! --squash`), and its changes against the image (for `diff` and
//! `commit`).
//!
//! A running container's root is its init's `/proc/<pid>/root`, with every
//! mount of the container (volumes, tmpfs) in place. A stopped container
//! has no mounts anywhere, so a helper process mounts a private overlay of
//! it (see `runtime::view`) with its volumes bound in; the container's lock
//! is held meanwhile so that it cannot start on the same upper directory.
//! The changes are read from the container's upper directory directly.

use super::mounts::Planned;
use super::{ContainerConfig, ContainerStore};
use crate::image::store::ImageStore;
use crate::image::tree::join;
use crate::runtime::view::{self, ViewSpec};
use anyhow::{Context, Result};
use nix::dir::Dir;
use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, OpenHow, ResolveFlag, openat, openat2};
use nix::sys::stat::{FileStat, Mode, fstatat};
use std::ffi::OsStr;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// What a view of a stopped container is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    Read,
    Write,
}

/// Paths skiff itself puts into every container (mount points for /proc,
/// /sys, /dev and the generated /etc files): not the container's changes,
/// so `diff` and `commit` leave them out, as podman does. Archive paths,
/// without a leading `/`.
pub const RUNTIME_PATHS: &[&str] = &[
    "proc",
    "sys",
    "dev",
    "etc/hostname",
    "etc/hosts",
    "etc/resolv.conf",
    "etc/mtab",
    "run/.containerenv",
];

pub(crate) fn is_runtime_path(path: &[u8]) -> bool {
    RUNTIME_PATHS.iter().any(|p| p.as_bytes() == path)
}

/// Whether the container's init is running (or paused): `(pid, start)`.
pub fn running_process(cs: &ContainerStore, id: &str) -> Result<Option<(i32, u64)>> {
    let state = super::ops::state(cs, id)?;
    Ok(state
        .status
        .is_active()
        .then_some((state.pid, state.pid_start)))
}

/// Run `f` against the container's root as the container sees it, in a
/// helper process. Rootless: the caller must not have entered its user
/// namespace yet (a running container's namespace is joined instead; for a
/// stopped one this enters ours).
pub fn with_root(
    cs: &ContainerStore,
    images: &ImageStore,
    id: &str,
    access: Access,
    f: impl FnOnce(&OwnedFd) -> Result<()>,
) -> Result<()> {
    let lock = cs.lock(id)?;
    if let Some((pid, start)) = running_process(cs, id)? {
        drop(lock);
        return view::with_process_root(pid, start, f);
    }
    crate::runtime::userns::enter_if_rootless(&cs.paths)?;
    let config = cs.config(id)?;
    let spec = view_spec(cs, images, &config, access, true)?;
    let result = view::with_view(&spec, f);
    drop(lock);
    result
}

/// A private mount of the container's file system: read-only (the upper
/// directory on top of the image's layers) or writable (the container's
/// own overlay), with its volumes and bind mounts if `volumes`.
pub fn view_spec(
    cs: &ContainerStore,
    images: &ImageStore,
    config: &ContainerConfig,
    access: Access,
    volumes: bool,
) -> Result<ViewSpec> {
    let dir = cs.dir(&config.id);
    let vfs = cs.paths.driver == crate::storage::Driver::Vfs;
    let mut lower = Vec::new();
    for chain in config.layers.iter().rev().filter(|_| !vfs) {
        if !images.has_layer(chain) {
            anyhow::bail!(
                "layer {} of image {} is missing from the store",
                chain.short(),
                config.image_id.short()
            );
        }
        lower.push(PathBuf::from(chain.hex()).join("diff"));
    }
    let mut binds = Vec::new();
    if volumes && !config.mounts.is_empty() {
        let vs = crate::volume::VolumeStore::open(&cs.paths)?;
        for p in super::mounts::plan(&config.mounts, &vs)? {
            // File systems (tmpfs) hold nothing while the container is
            // stopped: what is under them is the container's own.
            if let Planned::Bind {
                source,
                destination,
                readonly,
                is_dir,
                ..
            } = p
            {
                binds.push(view::ViewBind {
                    source,
                    destination,
                    readonly,
                    is_dir,
                });
            }
        }
    }
    let mountpoint = cs.run_dir(&config.id).join("merged");
    crate::storage::ensure_dir(&mountpoint, 0o755)?;
    if access == Access::Write && !super::mount::is_mounted(cs, &config.id) {
        super::mount::check_not_mounted_elsewhere(cs, &config.id)?;
    }
    Ok(ViewSpec {
        layers_root: images.paths.root.join("layers"),
        lower,
        upper: (!vfs).then(|| dir.join("upper")),
        work: (access == Access::Write && !vfs).then(|| dir.join("work")),
        vfs_root: vfs.then(|| dir.join(super::vfs::ROOTFS)),
        writable: access == Access::Write,
        binds,
        rootless: cs.paths.rootless,
        mountpoint,
    })
}

/// The overlay xattr that marks an opaque directory in this store's upper
/// directories.
pub fn opaque_xattr(rootless: bool) -> &'static str {
    if rootless {
        "user.overlay.opaque"
    } else {
        "trusted.overlay.opaque"
    }
}

/// Leave out what skiff put into the container (for `commit`, reading
/// the upper directory).
pub fn exclude_runtime_paths(path: &[u8], _st: &FileStat) -> bool {
    is_runtime_path(path)
}

/// Leave out the empty files skiff mounts its /etc files on (for `commit
/// --squash`, reading the whole file system: the image's own /proc, /sys
/// and /dev directories stay).
pub fn exclude_runtime_stubs(path: &[u8], st: &FileStat) -> bool {
    (path.starts_with(b"etc/") || path.starts_with(b"run/"))
        && is_runtime_path(path)
        && st.st_mode & libc::S_IFMT == libc::S_IFREG
        && st.st_size == 0
}

/// One line of `diff`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// `A` added, `C` changed, `D` deleted.
    pub kind: char,
    /// Absolute path in the container.
    pub path: String,
}

/// The container's changes against its image, sorted by path, as docker
/// reports them: a directory holding a change is itself changed.
pub fn changes(
    cs: &ContainerStore,
    images: &ImageStore,
    config: &ContainerConfig,
) -> Result<Vec<Change>> {
    let lowers: Vec<PathBuf> = config
        .layers
        .iter()
        .rev()
        .map(|l| images.layer_diff(l))
        .collect();
    let opaque = opaque_xattr(cs.paths.rootless);
    if cs.paths.driver == crate::storage::Driver::Vfs {
        let rootfs = cs.dir(&config.id).join(super::vfs::ROOTFS);
        return super::vfs::changes(&rootfs, &lowers, opaque);
    }
    let upper = cs.dir(&config.id).join("upper");
    changes_between(&upper, &lowers, opaque)
}

/// Compare an overlay upper directory with its lower directories (top
/// first).
pub fn changes_between(upper: &Path, lowers: &[PathBuf], opaque: &str) -> Result<Vec<Change>> {
    let open_dir = |p: &Path| {
        nix::fcntl::open(
            p,
            OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", p.display()))
    };
    let upper_fd = open_dir(upper)?;
    let mut lower_fds = Vec::new();
    for l in lowers {
        lower_fds.push(open_dir(l)?);
    }
    let walk = Walk {
        lowers: &lower_fds,
        opaque,
    };
    let mut out = Vec::new();
    walk.dir(&upper_fd, b"", &mut out)?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

struct Walk<'a> {
    lowers: &'a [OwnedFd],
    opaque: &'a str,
}

impl Walk<'_> {
    /// Report the entries of the upper directory `fd` (at `rel`); returns
    /// whether any were reported and whether any were skipped as runtime
    /// paths.
    fn dir(&self, fd: &OwnedFd, rel: &[u8], out: &mut Vec<Change>) -> Result<(bool, bool)> {
        let mut names = Vec::new();
        let mut d = Dir::from_fd(fd.try_clone()?).context("reading a directory")?;
        for e in d.iter() {
            let e = e.context("reading a directory")?;
            let n = e.file_name().to_bytes();
            if n != b"." && n != b".." {
                names.push(n.to_vec());
            }
        }
        let (mut reported, mut skipped) = (false, false);
        for n in names {
            let path = join(rel, &n);
            if is_runtime_path(&path) {
                skipped = true;
                continue;
            }
            let name = OsStr::from_bytes(&n);
            let st = match fstatat(fd, name, AtFlags::AT_SYMLINK_NOFOLLOW) {
                Ok(st) => st,
                Err(Errno::ENOENT) => continue,
                Err(e) => return Err(e).context("reading metadata"),
            };
            let fmt = st.st_mode & libc::S_IFMT;
            if fmt == libc::S_IFCHR && st.st_rdev == 0 {
                // A whiteout: deleted, if there was anything to delete.
                if self.in_lower(&path) {
                    out.push(change('D', &path));
                    reported = true;
                }
                continue;
            }
            let existed = self.in_lower(&path);
            if fmt == libc::S_IFDIR {
                let child = match openat(
                    fd,
                    name,
                    OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                    Mode::empty(),
                ) {
                    Ok(c) => c,
                    Err(Errno::ENOENT) => continue,
                    Err(e) => return Err(e).context("opening a directory"),
                };
                let opaque = existed
                    && crate::runtime::sys::fgetxattr(child.as_fd(), OsStr::new(self.opaque))
                        .ok()
                        .flatten()
                        .is_some_and(|v| v == b"y");
                let (inner, inner_skipped) = self.dir(&child, &path, out)?;
                skipped |= inner_skipped;
                // A directory that is only here to hold skiff's mount
                // points is no change of the container's.
                if inner || opaque || !inner_skipped {
                    out.push(change(if existed { 'C' } else { 'A' }, &path));
                    reported = true;
                }
                if opaque {
                    self.deleted_under(&path, fd, &n, out)?;
                }
                continue;
            }
            out.push(change(if existed { 'C' } else { 'A' }, &path));
            reported = true;
        }
        Ok((reported, skipped))
    }

    /// Whether `path` exists in the image (the first lower dir that has
    /// it, or a whiteout of it, decides).
    fn in_lower(&self, path: &[u8]) -> bool {
        self.lower_entry(path).is_some()
    }

    fn lower_entry(&self, path: &[u8]) -> Option<(usize, FileStat)> {
        let (parent, name) = crate::image::tree::split_parent(path);
        for (i, l) in self.lowers.iter().enumerate() {
            // Overlay merges by name through directories only: a lower
            // path reached through a symlink is not the same path.
            let how = OpenHow::new()
                .flags(OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC)
                .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_SYMLINKS);
            let Ok(dir) = openat2(l, OsStr::from_bytes(parent), how) else {
                continue;
            };
            match fstatat(&dir, OsStr::from_bytes(name), AtFlags::AT_SYMLINK_NOFOLLOW) {
                Ok(st) if st.st_mode & libc::S_IFMT == libc::S_IFCHR && st.st_rdev == 0 => {
                    return None;
                }
                Ok(st) => return Some((i, st)),
                Err(_) => {}
            }
            if crate::runtime::sys::fgetxattr(dir.as_fd(), OsStr::new(self.opaque))
                .ok()
                .flatten()
                .is_some_and(|v| v == b"y")
            {
                return None;
            }
        }
        None
    }

    /// An opaque directory hides everything the image had under it: what
    /// the upper directory does not have again was deleted.
    fn deleted_under(
        &self,
        path: &[u8],
        upper_parent: &OwnedFd,
        name: &[u8],
        out: &mut Vec<Change>,
    ) -> Result<()> {
        let Some((i, _)) = self.lower_entry(path) else {
            return Ok(());
        };
        let how = OpenHow::new()
            .flags(OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC)
            .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_SYMLINKS);
        let Ok(lower_dir) = openat2(&self.lowers[i], OsStr::from_bytes(path), how) else {
            return Ok(());
        };
        let upper_dir = openat(
            upper_parent,
            OsStr::from_bytes(name),
            OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
            Mode::empty(),
        )?;
        let mut d = Dir::from_fd(lower_dir).context("reading a directory")?;
        for e in d.iter() {
            let e = e.context("reading a directory")?;
            let n = e.file_name().to_bytes();
            if n == b"." || n == b".." || n.starts_with(b".wh.") {
                continue;
            }
            if fstatat(
                &upper_dir,
                OsStr::from_bytes(n),
                AtFlags::AT_SYMLINK_NOFOLLOW,
            )
            .is_err()
            {
                out.push(change('D', &join(path, n)));
            }
        }
        Ok(())
    }
}

fn change(kind: char, path: &[u8]) -> Change {
    Change {
        kind,
        path: format!("/{}", String::from_utf8_lossy(path)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::print_stderr)]
    fn changes_are_added_changed_and_deleted() {
        if !nix::unistd::geteuid().is_root() {
            eprintln!("skipped: whiteouts (0:0 character devices) need root");
            return;
        }
        let d = tempfile::tempdir().unwrap();
        let (lower, upper) = (d.path().join("lower"), d.path().join("upper"));
        for p in ["etc", "usr/bin", "var/empty"] {
            std::fs::create_dir_all(lower.join(p)).unwrap();
        }
        std::fs::write(lower.join("etc/passwd"), b"root").unwrap();
        std::fs::write(lower.join("usr/bin/tool"), b"x").unwrap();
        std::fs::write(lower.join("var/empty/old"), b"x").unwrap();
        for p in ["etc", "usr/bin", "new/dir", "var/empty", "dev"] {
            std::fs::create_dir_all(upper.join(p)).unwrap();
        }
        std::fs::write(upper.join("etc/passwd"), b"root2").unwrap();
        std::fs::write(upper.join("etc/hostname"), b"").unwrap();
        std::fs::write(upper.join("new/dir/f"), b"").unwrap();
        nix::sys::stat::mknod(
            &upper.join("usr/bin/tool"),
            nix::sys::stat::SFlag::S_IFCHR,
            Mode::empty(),
            0,
        )
        .unwrap();
        crate::runtime::sys::fsetxattr(
            std::fs::File::open(upper.join("var/empty"))
                .unwrap()
                .as_fd(),
            OsStr::new("trusted.overlay.opaque"),
            b"y",
        )
        .unwrap();
        std::fs::write(upper.join("var/empty/fresh"), b"").unwrap();
        let got: Vec<String> = changes_between(&upper, &[lower], "trusted.overlay.opaque")
            .unwrap()
            .into_iter()
            .map(|c| format!("{} {}", c.kind, c.path))
            .collect();
        assert_eq!(
            got,
            [
                "C /etc",
                "C /etc/passwd",
                "A /new",
                "A /new/dir",
                "A /new/dir/f",
                "C /usr",
                "C /usr/bin",
                "D /usr/bin/tool",
                "C /var",
                "C /var/empty",
                "A /var/empty/fresh",
                "D /var/empty/old",
            ]
        );
    }
}
