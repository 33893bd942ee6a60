//! The vfs storage driver: a container's root file system is a full copy
//! of its image (`containers/<id>/rootfs`), for hosts and nested
//! containers where overlay cannot be mounted. Layers stay as they are in
//! the store (overlay lower directories); here they are applied one after
//! the other, whiteouts deleting what they hide. A container's changes are
//! then found by comparing its copy with the layers, and committed as a
//! layer of those changes (podman's vfs does the same).

use super::rootfs::Change;
use crate::image::digest::Digest;
use crate::image::layer::{UnpackOptions, unpack_at};
use crate::image::store::ImageStore;
use crate::image::tree::{TreeOptions, write_path};
use anyhow::{Context, Result};
use nix::dir::Dir;
use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, OpenHow, ResolveFlag, openat, openat2, readlinkat};
use nix::sys::stat::{FileStat, Mode, fstatat};
use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// The directory holding a vfs container's root file system.
pub const ROOTFS: &str = "rootfs";

fn open_dir(p: &Path) -> Result<OwnedFd> {
    nix::fcntl::open(
        p,
        OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", p.display()))
}

/// Copy the image whose layers are `layers` (chain IDs, bottom first) into
/// the empty directory `dest`. The caller has entered the rootless user
/// namespace.
pub fn populate(images: &ImageStore, layers: &[Digest], dest: &Path, rootless: bool) -> Result<()> {
    let opaque = super::rootfs::opaque_xattr(rootless);
    let target = open_dir(dest)?;
    for chain in layers {
        let diff = images.layer_diff(chain);
        let root = open_dir(&diff)?;
        let opts = UnpackOptions {
            rootless,
            chown: crate::runtime::userns::can_chown(),
            apply_whiteouts: true,
            ..UnpackOptions::default()
        };
        let (produced, consumed) = crate::util::pipe::pipelined(
            |w| {
                let mut b = tar::Builder::new(w);
                let t = TreeOptions {
                    overlay_opaque_xattr: Some(opaque),
                    ..TreeOptions::default()
                };
                write_path(&mut b, &root, b"", b"", false, &t)?;
                b.finish()?;
                Ok(())
            },
            |r| unpack_at(r, target.try_clone()?, &opts).map(|_| ()),
        );
        produced
            .and(consumed)
            .with_context(|| format!("copying layer {} of the image", chain.short()))?;
    }
    Ok(())
}

/// What a merged view of the image's layers holds at one directory: name →
/// (index of the layer that has it, its metadata).
fn merged_dir(
    lowers: &[OwnedFd],
    path: &[u8],
    opaque: &str,
) -> BTreeMap<Vec<u8>, (usize, FileStat)> {
    let mut out = BTreeMap::new();
    let mut hidden: BTreeSet<Vec<u8>> = BTreeSet::new();
    for (i, l) in lowers.iter().enumerate() {
        let rel: &[u8] = if path.is_empty() { b"." } else { path };
        // Overlay merges through directories only: a path reached through
        // a symlink in a layer is another path.
        let how = OpenHow::new()
            .flags(OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC)
            .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_SYMLINKS);
        let dir = match openat2(l, OsStr::from_bytes(rel), how) {
            Ok(d) => d,
            // Not a directory here: if something else is at the path, it
            // hides the layers below.
            Err(Errno::ENOTDIR) => break,
            Err(_) => {
                if !path.is_empty() {
                    let (parent, name) = crate::image::tree::split_parent(path);
                    let how = OpenHow::new()
                        .flags(OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC)
                        .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_SYMLINKS);
                    if let Ok(p) = openat2(l, OsStr::from_bytes(parent), how)
                        && fstatat(&p, OsStr::from_bytes(name), AtFlags::AT_SYMLINK_NOFOLLOW)
                            .is_ok()
                    {
                        // A whiteout or a non-directory covers the path.
                        break;
                    }
                }
                continue;
            }
        };
        let Ok(mut d) = dir
            .try_clone()
            .map_err(drop)
            .and_then(|fd| Dir::from_fd(fd).map_err(drop))
        else {
            continue;
        };
        let names: Vec<Vec<u8>> = d
            .iter()
            .flatten()
            .map(|e| e.file_name().to_bytes().to_vec())
            .filter(|n| n != b"." && n != b"..")
            .collect();
        for n in names {
            if out.contains_key(&n) || hidden.contains(&n) {
                continue;
            }
            let Ok(st) = fstatat(&dir, OsStr::from_bytes(&n), AtFlags::AT_SYMLINK_NOFOLLOW) else {
                continue;
            };
            if st.st_mode & libc::S_IFMT == libc::S_IFCHR && st.st_rdev == 0 {
                hidden.insert(n);
            } else {
                out.insert(n, (i, st));
            }
        }
        if crate::runtime::sys::fgetxattr(dir.as_fd(), OsStr::new(opaque))
            .ok()
            .flatten()
            .is_some_and(|v| v == b"y")
        {
            break;
        }
    }
    out
}

/// Whether an entry of the copy differs from the image's.
fn differs(
    rootfs: &OwnedFd,
    path: &[u8],
    st: &FileStat,
    lowers: &[OwnedFd],
    lower: &(usize, FileStat),
) -> bool {
    let l = &lower.1;
    let fmt = st.st_mode & libc::S_IFMT;
    if fmt != l.st_mode & libc::S_IFMT
        || st.st_mode != l.st_mode
        || st.st_uid != l.st_uid
        || st.st_gid != l.st_gid
    {
        return true;
    }
    match fmt {
        libc::S_IFDIR => false,
        libc::S_IFLNK => {
            let link = |root: &OwnedFd| {
                let (parent, name) = crate::image::tree::split_parent(path);
                let how = OpenHow::new()
                    .flags(OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC)
                    .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_SYMLINKS);
                openat2(root, OsStr::from_bytes(parent), how)
                    .ok()
                    .and_then(|p| readlinkat(&p, OsStr::from_bytes(name)).ok())
            };
            link(rootfs) != link(&lowers[lower.0])
        }
        libc::S_IFCHR | libc::S_IFBLK => st.st_rdev != l.st_rdev,
        libc::S_IFREG => {
            st.st_size != l.st_size
                || st.st_mtime != l.st_mtime
                || st.st_mtime_nsec != l.st_mtime_nsec
        }
        _ => false,
    }
}

/// The changes of a vfs container's copy against its image's layers (top
/// first), as docker reports them: a directory holding a change is itself
/// changed; skiff's own mount points are no changes.
pub fn changes(rootfs: &Path, lowers: &[std::path::PathBuf], opaque: &str) -> Result<Vec<Change>> {
    let root = open_dir(rootfs)?;
    let lowers: Vec<OwnedFd> = lowers.iter().map(|p| open_dir(p)).collect::<Result<_>>()?;
    let mut out = Vec::new();
    walk(&root, &lowers, b"", opaque, true, &mut out)?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn change(kind: char, path: &[u8]) -> Change {
    Change {
        kind,
        path: format!("/{}", String::from_utf8_lossy(path)),
    }
}

/// Compare one directory of the copy (`in_image`: the image has it as a
/// directory) and report (something changed, something was skipped).
fn walk(
    root: &OwnedFd,
    lowers: &[OwnedFd],
    path: &[u8],
    opaque: &str,
    in_image: bool,
    out: &mut Vec<Change>,
) -> Result<(bool, bool)> {
    let rel: &[u8] = if path.is_empty() { b"." } else { path };
    let dir = openat(
        root,
        OsStr::from_bytes(rel),
        OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .context("opening a directory")?;
    let merged = if in_image {
        merged_dir(lowers, path, opaque)
    } else {
        BTreeMap::new()
    };
    let mut names: Vec<Vec<u8>> = Dir::from_fd(dir.try_clone()?)
        .context("reading a directory")?
        .iter()
        .flatten()
        .map(|e| e.file_name().to_bytes().to_vec())
        .filter(|n| n != b"." && n != b"..")
        .collect();
    names.sort();
    let (mut changed, mut skipped) = (false, false);
    for n in &names {
        let p = crate::image::tree::join(path, n);
        let Ok(st) = fstatat(&dir, OsStr::from_bytes(n), AtFlags::AT_SYMLINK_NOFOLLOW) else {
            continue;
        };
        if super::rootfs::is_runtime_path(&p) {
            skipped = true;
            continue;
        }
        let lower = merged.get(n);
        let is_dir = st.st_mode & libc::S_IFMT == libc::S_IFDIR;
        let lower_dir = lower.is_some_and(|l| l.1.st_mode & libc::S_IFMT == libc::S_IFDIR);
        match lower {
            None => {
                if is_dir {
                    let (_, inner_skipped) = walk(root, lowers, &p, opaque, false, out)?;
                    // A directory only there for skiff's mount points.
                    let only_runtime = inner_skipped
                        && !out.iter().any(|c| {
                            c.path
                                .starts_with(&format!("/{}/", String::from_utf8_lossy(&p)))
                        });
                    if only_runtime {
                        skipped = true;
                        continue;
                    }
                }
                out.push(change('A', &p));
                changed = true;
            }
            Some(l) => {
                let own = differs(root, &p, &st, lowers, l);
                let inner = if is_dir {
                    let (c, s) = walk(root, lowers, &p, opaque, lower_dir, out)?;
                    skipped |= s;
                    c
                } else {
                    false
                };
                if own || inner {
                    out.push(change('C', &p));
                    changed = true;
                }
            }
        }
    }
    for n in merged.keys() {
        if !names.contains(n) {
            out.push(change('D', &crate::image::tree::join(path, n)));
            changed = true;
        }
    }
    Ok((changed, skipped))
}

/// The changes of a vfs container as a tar layer: each added or changed
/// entry as it is now (a directory without its entries: they are changes
/// of their own), each deleted one as an OCI whiteout.
pub fn write_changes<W: std::io::Write>(
    out: &mut tar::Builder<W>,
    rootfs: &Path,
    changes: &[Change],
) -> Result<()> {
    let root = nix::fcntl::open(
        rootfs,
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", rootfs.display()))?;
    let opts = TreeOptions {
        shallow: true,
        ..TreeOptions::default()
    };
    for c in changes {
        let rel = c.path.trim_start_matches('/').as_bytes();
        if c.kind == 'D' {
            let (dir, base) = crate::image::tree::split_parent(rel);
            let mut wh = b".wh.".to_vec();
            wh.extend_from_slice(base);
            let name = if dir == b"." {
                wh
            } else {
                crate::image::tree::join(dir, &wh)
            };
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(tar::EntryType::Regular);
            h.set_mode(0o644);
            h.set_size(0);
            out.append_data(&mut h, OsStr::from_bytes(&name), std::io::empty())
                .context("writing a whiteout")?;
        } else {
            write_path(out, &root, rel, rel, false, &opts)?;
        }
    }
    Ok(())
}

/// How many bytes the added and changed files of `changes` take (a vfs
/// container's `SizeRw`).
pub fn changes_size(rootfs: &Path, changes: &[Change]) -> u64 {
    changes
        .iter()
        .filter(|c| c.kind != 'D')
        .filter_map(|c| std::fs::symlink_metadata(rootfs.join(c.path.trim_start_matches('/'))).ok())
        .filter(|m| !m.is_dir())
        .map(|m| std::os::unix::fs::MetadataExt::size(&m))
        .sum()
}
