//! `mount` and `unmount`: a container's root file system mounted where
//! the caller can see it, at `<runroot>/containers/<id>/merged` (podman's
//! `mount`). Root mounts it in the host's mount namespace; another user
//! inside `skiff unshare`, whose mount namespace belongs to the store's
//! user namespace (podman asks the same).
//!
//! A stopped container gets the overlay it would run on (its upper and
//! work directories over the image's layers). A running container's root
//! is cloned from its own mount namespace (`open_tree` in a helper that
//! joined it, `move_mount` here): the same overlay, never a second one on
//! the same upper directory, which the kernel calls undefined behaviour.
//! For the same reason a container started while mounted runs on that
//! mount (`Paths::premounted`), and the file system commands use it.
//!
//! Whether a container is mounted is read from the mount table (the mount
//! point's device), never from a record that could outlive the mount: a
//! reboot or the end of a `skiff unshare` session unmounts for real. The
//! mount count (podman's: each `mount` needs an `unmount`, unless
//! `--force`) is kept in `<run>/mount.count` with the mount namespace it
//! counts for.

use super::ContainerStore;
use crate::error::WithHint;
use crate::image::store::ImageStore;
use crate::runtime::sys;
use crate::runtime::view;
use anyhow::{Context, Result, anyhow, bail};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

/// Where a container's root is mounted.
pub fn mountpoint(cs: &ContainerStore, id: &str) -> PathBuf {
    cs.run_dir(id).join("merged")
}

/// Whether the container's root is mounted in this mount namespace.
pub fn is_mounted(cs: &ContainerStore, id: &str) -> bool {
    view::is_mountpoint(&mountpoint(cs, id))
}

fn mount_ns() -> String {
    std::fs::read_link("/proc/self/ns/mnt")
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn count_file(cs: &ContainerStore, id: &str) -> PathBuf {
    cs.run_dir(id).join("mount.count")
}

/// How many `mount`s the current mount is worth (at least 1 when it is
/// mounted: a count from another namespace or none at all counts once).
fn count(cs: &ContainerStore, id: &str) -> u32 {
    if !is_mounted(cs, id) {
        return 0;
    }
    let text = std::fs::read_to_string(count_file(cs, id)).unwrap_or_default();
    let mut it = text.split_whitespace();
    match (it.next(), it.next().and_then(|n| n.parse::<u32>().ok())) {
        (Some(ns), Some(n)) if ns == mount_ns() && n > 0 => n,
        _ => 1,
    }
}

fn set_count(cs: &ContainerStore, id: &str, n: u32) -> Result<()> {
    let path = count_file(cs, id);
    if n == 0 {
        let _ = std::fs::remove_file(&path);
        return Ok(());
    }
    crate::storage::atomic::write_with(
        &path,
        format!("{} {n}\n", mount_ns()).as_bytes(),
        0o600,
        false,
    )
}

/// A mount of the container in another mount namespace that still has
/// processes (a `skiff unshare` session, or a private namespace of
/// root's): its mount namespace. Starting or writing to the container
/// from here would put a second overlay on the same upper directory.
pub fn mounted_elsewhere(cs: &ContainerStore, id: &str) -> Option<String> {
    let text = std::fs::read_to_string(count_file(cs, id)).ok()?;
    let ns = text.split_whitespace().next()?.to_string();
    if ns == mount_ns() {
        return None;
    }
    // A process in that namespace whose mount table still has the mount:
    // namespace inode numbers are reused as soon as a namespace is freed
    // (a container started meanwhile may have this one), the mount at our
    // path is not.
    let mp = mountpoint(cs, id);
    let entries = std::fs::read_dir("/proc").ok()?;
    let alive = entries.flatten().any(|e| {
        e.file_name().as_bytes().iter().all(u8::is_ascii_digit)
            && std::fs::read_link(e.path().join("ns/mnt"))
                .is_ok_and(|l| l.as_os_str().as_bytes() == ns.as_bytes())
            && std::fs::read(e.path().join("mountinfo"))
                .is_ok_and(|m| mountinfo_has(&m, mp.as_os_str().as_bytes()))
    });
    if alive {
        Some(ns)
    } else {
        // That namespace is gone, and its mounts with it.
        let _ = std::fs::remove_file(count_file(cs, id));
        None
    }
}

/// Whether a mountinfo text has a mount at `path` (field 5, with the
/// kernel's octal escapes for space, tab, newline and backslash).
fn mountinfo_has(mountinfo: &[u8], path: &[u8]) -> bool {
    let mut escaped = Vec::with_capacity(path.len());
    for &b in path {
        match b {
            b' ' | b'\t' | b'\n' | b'\\' => escaped.extend(format!("\\{b:03o}").as_bytes()),
            _ => escaped.push(b),
        }
    }
    mountinfo
        .split(|b| *b == b'\n')
        .any(|l| l.split(|b| *b == b' ').nth(4) == Some(escaped.as_slice()))
}

/// Refuse to use the container's upper directory here while it is mounted
/// in another mount namespace.
pub fn check_not_mounted_elsewhere(cs: &ContainerStore, id: &str) -> Result<()> {
    if let Some(ns) = mounted_elsewhere(cs, id) {
        return Err(anyhow!(
            "container {} is mounted in another mount namespace ({ns})",
            &id[..12.min(id.len())]
        ))
        .hint("unmount it there first (`skiff umount` inside the `skiff unshare` session that mounted it)");
    }
    Ok(())
}

/// Refuse where mounting cannot work: an ordinary user outside `skiff
/// unshare` may not mount in the host's mount namespace.
pub fn check_allowed(cs: &ContainerStore, command: &str) -> Result<()> {
    if cs.paths.rootless && !crate::runtime::userns::in_unshare() {
        bail!(
            "cannot run command \"skiff {command}\" in rootless mode, must execute `skiff unshare` first"
        );
    }
    Ok(())
}

/// Mount the container's root (or count one more mount of it) and say
/// where it is.
pub fn mount(cs: &ContainerStore, images: &ImageStore, id: &str) -> Result<PathBuf> {
    let _lock = cs.lock(id)?;
    let mp = mountpoint(cs, id);
    crate::storage::ensure_dir(&mp, 0o755)?;
    let n = count(cs, id);
    if n > 0 {
        set_count(cs, id, n + 1)?;
        return Ok(mp);
    }
    check_not_mounted_elsewhere(cs, id)?;
    let state = super::ops::reconcile(cs, id, cs.state(id)?)?;
    if state.status.is_active() {
        clone_running_root(state.pid, state.pid_start, &mp)?;
    } else {
        let config = cs.config(id)?;
        let spec =
            super::rootfs::view_spec(cs, images, &config, super::rootfs::Access::Write, false)?;
        // In a helper: mounting wants the layers directory as the working
        // directory (short lower dir options); the mount itself lands in
        // the mount namespace we share with it.
        view::in_helper(|| view::mount_view(&spec).map(|_| ()))?;
    }
    set_count(cs, id, 1)?;
    Ok(mp)
}

/// Attach a copy of a running container's root mount at `target`.
fn clone_running_root(pid: i32, start: u64, target: &std::path::Path) -> Result<()> {
    let pidfd = view::open_process(pid, start)?;
    let (ours, theirs) =
        std::os::unix::net::UnixStream::pair().context("creating a socket pair")?;
    let their_fd = theirs.as_raw_fd();
    view::in_helper(|| {
        sys::setns_pidfd(std::os::fd::AsFd::as_fd(&pidfd), libc::CLONE_NEWNS)
            .context("joining the container's mount namespace")?;
        // setns made the container's root our root.
        let tree = sys::open_tree_clone(c"/").context("copying the container's root mount")?;
        sys::send_with_fd(their_fd, b"t", tree.as_raw_fd()).map_err(|e| {
            anyhow!(
                "passing the mount: {}",
                std::io::Error::from_raw_os_error(e)
            )
        })
    })?;
    drop(theirs);
    let mut b = [0u8; 1];
    let (_, tree) = sys::recv_with_fd(ours.as_raw_fd(), &mut b).context("receiving the mount")?;
    let tree = tree.ok_or_else(|| anyhow!("the helper sent no mount"))?;
    let target_c = std::ffi::CString::new(target.as_os_str().as_encoded_bytes())
        .context("the mount point's path")?;
    sys::move_mount_to(std::os::fd::AsFd::as_fd(&tree), &target_c)
        .with_context(|| format!("mounting on {}", target.display()))
}

/// Count one mount less, and unmount at zero (at once with `force`).
pub fn unmount(cs: &ContainerStore, id: &str, force: bool) -> Result<()> {
    let _lock = cs.lock(id)?;
    unmount_locked(cs, id, force)
}

fn unmount_locked(cs: &ContainerStore, id: &str, force: bool) -> Result<()> {
    let n = count(cs, id);
    if n == 0 {
        check_not_mounted_elsewhere(cs, id)?;
        return set_count(cs, id, 0);
    }
    if n > 1 && !force {
        return set_count(cs, id, n - 1);
    }
    let mp = mountpoint(cs, id);
    let flags = if force {
        nix::mount::MntFlags::MNT_DETACH
    } else {
        nix::mount::MntFlags::empty()
    };
    match nix::mount::umount2(&mp, flags) {
        Ok(()) => {}
        Err(nix::errno::Errno::EBUSY) => {
            return Err(anyhow!("{}: device or resource busy", mp.display())).hint(
                "a process uses files under the mount point; `skiff unmount --force` detaches it anyway",
            );
        }
        Err(e) => return Err(e).with_context(|| format!("unmounting {}", mp.display())),
    }
    set_count(cs, id, 0)
}

/// Before a container's files go: its mount, whatever the count.
pub fn release(cs: &ContainerStore, id: &str) {
    if is_mounted(cs, id)
        && let Err(e) = unmount_locked(cs, id, true)
    {
        crate::warn!("unmounting container {}: {e:#}", &id[..12.min(id.len())]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mountinfo_lines_are_matched_on_the_mount_point() {
        let info = b"22 1 0:21 / /run/skiff/containers/abc/merged rw - overlay overlay rw\n\
                     23 1 0:22 / /tmp/with\\040space rw - tmpfs tmpfs rw\n";
        assert!(mountinfo_has(info, b"/run/skiff/containers/abc/merged"));
        assert!(!mountinfo_has(info, b"/run/skiff/containers/abc"));
        assert!(mountinfo_has(info, b"/tmp/with space"));
        assert!(!mountinfo_has(b"", b"/x"));
    }
}
