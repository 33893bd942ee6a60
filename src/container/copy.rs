//! `cp` between a container and the host, with docker's path rules.
//!
//! One side is the container's root (see `rootfs::with_root`), where paths
//! resolve as the container sees them: `openat2(RESOLVE_IN_ROOT)`, so a
//! symlink to `/etc/shadow` or `../../..` stays inside the container's
//! root. The other side is the host (paths resolved as usual: they are the
//! user's own) or a tar stream on stdin/stdout. Data moves as a tar stream
//! from `image::tree::write_path` to `image::layer::unpack_at`, the same
//! code that reads and writes layers, on two threads.

use super::ContainerStore;
use super::rootfs::{self, Access};
use crate::image::layer::{UnpackOptions, unpack_at};
use crate::image::store::ImageStore;
use crate::image::tree::{TreeOptions, open_in_root, split_parent, write_path};
use anyhow::{Context, Result, anyhow, bail};
use nix::fcntl::OFlag;
use nix::sys::stat::Mode;
use std::io::Write;
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// How to copy.
#[derive(Clone, Debug, Default)]
pub struct CopyOptions {
    /// `-a`: keep the source's owners (else: root in the container, the
    /// invoking user on the host).
    pub archive: bool,
    /// `-L`: follow a symlink at the source path.
    pub follow: bool,
}

/// What the source is, as far as the rules care.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SrcInfo {
    is_dir: bool,
    /// The path ends in `/.`: copy the directory's contents.
    contents_only: bool,
    /// The source's own name.
    base: Vec<u8>,
}

/// What is at the destination path.
#[derive(Clone, Debug, PartialEq, Eq)]
struct DstInfo {
    exists: bool,
    is_dir: bool,
    trailing_slash: bool,
    base: Vec<u8>,
    display: String,
}

/// Where to extract: into the destination directory, or into its parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Into,
    Parent,
}

/// Docker's rules (`docker cp --help`): a file onto a file replaces it,
/// into a directory keeps its name, to a new path takes that name; a
/// directory into a directory is copied into it (its contents with
/// `dir/.`), to a new path becomes that directory. Returns where to extract
/// and the name the source gets in the archive (empty: contents only).
fn plan(src: &SrcInfo, dst: &DstInfo) -> Result<(Target, Vec<u8>)> {
    if dst.exists && dst.is_dir {
        let name = if src.contents_only {
            Vec::new()
        } else {
            src.base.clone()
        };
        return Ok((Target::Into, name));
    }
    if dst.exists {
        if dst.trailing_slash {
            bail!("{}: not a directory", dst.display);
        }
        if src.is_dir {
            bail!(
                "cannot copy a directory to a file: {} is a file",
                dst.display
            );
        }
        return Ok((Target::Parent, dst.base.clone()));
    }
    if dst.trailing_slash && !src.is_dir {
        bail!(
            "{}: no such directory (the destination directory must exist)",
            dst.display
        );
    }
    Ok((Target::Parent, dst.base.clone()))
}

/// Split a path as given into (path to resolve, trailing slash, `/.`).
fn parse_path(p: &[u8]) -> (Vec<u8>, bool, bool) {
    let contents_only = p == b"." || p.ends_with(b"/.");
    let trailing = p.ends_with(b"/") || contents_only;
    let mut s = p.to_vec();
    if contents_only {
        s.truncate(s.len() - 1);
    }
    while s.len() > 1 && s.ends_with(b"/") {
        s.pop();
    }
    (s, trailing, contents_only)
}

fn host_path(p: &[u8]) -> PathBuf {
    if p.is_empty() {
        PathBuf::from(".")
    } else {
        PathBuf::from(std::ffi::OsStr::from_bytes(p))
    }
}

fn base_name(p: &[u8]) -> Vec<u8> {
    split_parent(p).1.to_vec()
}

/// The owner files get on the host without `-a`: the invoking user (in a
/// rootless user namespace, that is root).
fn host_owner(rootless: bool) -> (u32, u32) {
    if rootless {
        (0, 0)
    } else {
        (
            nix::unistd::geteuid().as_raw(),
            nix::unistd::getegid().as_raw(),
        )
    }
}

/// Whether owners from archives can be applied (a rootless namespace that
/// maps only the user's own ID cannot hold other owners).
fn can_chown(rootless: bool) -> bool {
    !rootless
        || crate::runtime::userns::Mapping::for_current_user(
            nix::unistd::getuid().as_raw(),
            nix::unistd::getgid().as_raw(),
        )
        .is_full()
}

fn not_found_in(name: &str, path: &str, e: nix::errno::Errno) -> anyhow::Error {
    anyhow!(
        "{path:?} could not be found on container {name}: {}",
        e.desc().to_lowercase()
    )
}

/// Stat `rel` inside a container root (symlinks followed within it when
/// `follow`).
fn stat_in_root(root: &OwnedFd, rel: &[u8], follow: bool) -> nix::Result<nix::sys::stat::FileStat> {
    let fd = open_in_root(root, rel, OFlag::O_PATH, follow)?;
    nix::sys::stat::fstat(&fd)
}

fn is_dir(st: &nix::sys::stat::FileStat) -> bool {
    st.st_mode & libc::S_IFMT == libc::S_IFDIR
}

/// The destination on the host: what is there, and open directories to
/// extract into.
struct HostDest {
    info: DstInfo,
    dir: Option<OwnedFd>,
    parent: Option<OwnedFd>,
}

fn host_dest(path: &Path) -> Result<HostDest> {
    let raw = path.as_os_str().as_bytes();
    let (clean, trailing, _) = parse_path(raw);
    let clean = host_path(&clean);
    let open_dir = |p: &Path| {
        nix::fcntl::open(
            p,
            OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
    };
    let meta = std::fs::metadata(&clean);
    let (exists, dir_) = match &meta {
        Ok(m) => (true, m.is_dir()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (false, false),
        Err(e) => bail!("{}: {e}", path.display()),
    };
    let dir = if dir_ {
        Some(open_dir(&clean).with_context(|| format!("opening {}", path.display()))?)
    } else {
        None
    };
    let parent_path = match clean.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let parent = if dir_ {
        None
    } else {
        Some(open_dir(&parent_path).map_err(|e| {
            anyhow!(
                "{}: {}",
                parent_path.display(),
                match e {
                    nix::errno::Errno::ENOENT => "no such directory".to_string(),
                    e => e.desc().to_lowercase(),
                }
            )
        })?)
    };
    Ok(HostDest {
        info: DstInfo {
            exists,
            is_dir: dir_,
            trailing_slash: trailing,
            base: clean
                .file_name()
                .map(|n| n.as_bytes().to_vec())
                .unwrap_or_default(),
            display: path.display().to_string(),
        },
        dir,
        parent,
    })
}

/// Where `cp` writes a container's files.
pub enum Out<'a> {
    Host(&'a Path),
    Stdout,
}

/// Copy `src` out of a container.
pub fn copy_out(
    cs: &ContainerStore,
    images: &ImageStore,
    id: &str,
    name: &str,
    src: &str,
    dest: &Out<'_>,
    opts: &CopyOptions,
) -> Result<()> {
    let rootless = cs.paths.rootless;
    let host = match dest {
        Out::Host(p) => Some(host_dest(p)?),
        Out::Stdout => None,
    };
    let (rel, trailing, contents_only) = parse_path(src.as_bytes());
    let unpack = UnpackOptions {
        chown: can_chown(rootless),
        no_whiteouts: true,
        owner: (!opts.archive).then(|| host_owner(rootless)),
        ..UnpackOptions::default()
    };
    let follow = opts.follow;
    rootfs::with_root(cs, images, id, Access::Read, |root| {
        let st =
            stat_in_root(root, &rel, follow || trailing).map_err(|e| not_found_in(name, src, e))?;
        if trailing && !is_dir(&st) {
            bail!("{src:?}: not a directory");
        }
        let info = SrcInfo {
            is_dir: is_dir(&st),
            contents_only,
            base: base_name(&rel),
        };
        let Some(host) = host else {
            // A tar stream: the source under its own name.
            let name = if contents_only { Vec::new() } else { info.base };
            let out = std::fs::File::from(nix::unistd::dup(std::io::stdout())?);
            let mut b = tar::Builder::new(std::io::BufWriter::new(out));
            write_path(
                &mut b,
                root,
                &rel,
                &name,
                follow || trailing,
                &TreeOptions::default(),
            )?;
            b.into_inner()?.flush().context("writing to stdout")?;
            return Ok(());
        };
        let (target, archive_name) = plan(&info, &host.info)?;
        let target = match target {
            Target::Into => host.dir,
            Target::Parent => host.parent,
        }
        .context("internal error: no directory to copy into")?;
        let (produced, consumed) = crate::util::pipe::pipelined(
            |w| {
                let mut b = tar::Builder::new(w);
                write_path(
                    &mut b,
                    root,
                    &rel,
                    &archive_name,
                    follow || trailing,
                    &TreeOptions::default(),
                )?;
                b.finish()?;
                Ok(())
            },
            |r| unpack_at(r, target, &unpack).map(|_| ()),
        );
        consumed.and(produced)
    })
}

/// Where `cp` reads files for a container.
pub enum In<'a> {
    Host(&'a Path),
    Stdin,
}

/// Copy into a container's `dest`.
pub fn copy_in(
    cs: &ContainerStore,
    images: &ImageStore,
    id: &str,
    src: &In<'_>,
    dest: &str,
    opts: &CopyOptions,
) -> Result<()> {
    let rootless = cs.paths.rootless;
    // The host side, opened before anything changes namespaces.
    let host = match src {
        In::Host(p) => Some(host_source(p, opts.follow)?),
        In::Stdin => None,
    };
    let (rel, trailing, _) = parse_path(dest.as_bytes());
    let mut unpack = UnpackOptions {
        chown: can_chown(rootless),
        no_whiteouts: true,
        owner: (!opts.archive).then_some((0, 0)),
        ..UnpackOptions::default()
    };
    rootfs::with_root(cs, images, id, Access::Write, |root| {
        let dst = match stat_in_root(root, &rel, true) {
            Ok(st) => DstInfo {
                exists: true,
                is_dir: is_dir(&st),
                trailing_slash: trailing,
                base: base_name(&rel),
                display: dest.to_string(),
            },
            Err(nix::errno::Errno::ENOENT) => DstInfo {
                exists: false,
                is_dir: false,
                trailing_slash: trailing,
                base: base_name(&rel),
                display: dest.to_string(),
            },
            Err(e) => bail!("{dest}: {}", e.desc().to_lowercase()),
        };
        let Some((parent, src_rel, info)) = host else {
            if !dst.is_dir {
                bail!("{dest}: the destination must be a directory to extract a tar stream into");
            }
            unpack.in_root = Some(rel.clone());
            let stdin = std::fs::File::from(nix::unistd::dup(std::io::stdin())?);
            unpack_at(std::io::BufReader::new(stdin), root.try_clone()?, &unpack)?;
            return Ok(());
        };
        let (target, archive_name) = plan(&info, &dst)?;
        let dir_rel = match target {
            Target::Into => rel.clone(),
            Target::Parent => {
                let p = split_parent(&rel).0.to_vec();
                let exists = open_in_root(root, &p, OFlag::O_PATH | OFlag::O_DIRECTORY, true);
                if exists.is_err() {
                    bail!("{dest}: no such directory in the container");
                }
                p
            }
        };
        unpack.in_root = Some(dir_rel);
        let follow = opts.follow;
        let (produced, consumed) = crate::util::pipe::pipelined(
            |w| {
                let mut b = tar::Builder::new(w);
                write_path(
                    &mut b,
                    &parent,
                    &src_rel,
                    &archive_name,
                    follow,
                    &TreeOptions::default(),
                )?;
                b.finish()?;
                Ok(())
            },
            |r| unpack_at(r, root.try_clone()?, &unpack).map(|_| ()),
        );
        consumed.and(produced)
    })
}

/// A host source: its parent directory (opened), its name in it, and what
/// it is.
fn host_source(path: &Path, follow: bool) -> Result<(OwnedFd, Vec<u8>, SrcInfo)> {
    let raw = path.as_os_str().as_bytes();
    let (clean, trailing, contents_only) = parse_path(raw);
    let mut clean = host_path(&clean);
    let meta = if follow || trailing {
        std::fs::metadata(&clean)
    } else {
        std::fs::symlink_metadata(&clean)
    }
    .map_err(|e| anyhow!("{}: {}", path.display(), crate::error::io_reason(&e)))?;
    if trailing && !meta.is_dir() {
        bail!("{}: not a directory", path.display());
    }
    // `.`, `..`, a followed symlink, `/`: name it by what it is.
    let base = clean.file_name().map(|n| n.as_bytes().to_vec());
    if follow || trailing || base.is_none() || clean.ends_with("..") {
        clean = std::fs::canonicalize(&clean)
            .map_err(|e| anyhow!("{}: {}", path.display(), crate::error::io_reason(&e)))?;
    }
    let (parent, name) = match (clean.parent(), clean.file_name()) {
        (Some(p), Some(n)) => (
            if p.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                p.to_path_buf()
            },
            n.as_bytes().to_vec(),
        ),
        // The root directory itself.
        _ => (PathBuf::from("/"), Vec::new()),
    };
    let fd = nix::fcntl::open(
        &parent,
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", parent.display()))?;
    let info = SrcInfo {
        is_dir: meta.is_dir(),
        contents_only: contents_only || name.is_empty(),
        base: name.clone(),
    };
    Ok((fd, name, info))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(is_dir: bool, contents_only: bool) -> SrcInfo {
        SrcInfo {
            is_dir,
            contents_only,
            base: b"s".to_vec(),
        }
    }

    fn dst(exists: bool, is_dir: bool, trailing_slash: bool) -> DstInfo {
        DstInfo {
            exists,
            is_dir,
            trailing_slash,
            base: b"d".to_vec(),
            display: "d".into(),
        }
    }

    #[test]
    fn docker_path_rules() {
        // A file.
        assert_eq!(
            plan(&src(false, false), &dst(false, false, false)).unwrap(),
            (Target::Parent, b"d".to_vec())
        );
        assert!(plan(&src(false, false), &dst(false, false, true)).is_err());
        assert_eq!(
            plan(&src(false, false), &dst(true, false, false)).unwrap(),
            (Target::Parent, b"d".to_vec())
        );
        assert_eq!(
            plan(&src(false, false), &dst(true, true, false)).unwrap(),
            (Target::Into, b"s".to_vec())
        );
        // A directory.
        assert_eq!(
            plan(&src(true, false), &dst(false, false, false)).unwrap(),
            (Target::Parent, b"d".to_vec())
        );
        assert_eq!(
            plan(&src(true, false), &dst(false, false, true)).unwrap(),
            (Target::Parent, b"d".to_vec())
        );
        assert!(plan(&src(true, false), &dst(true, false, false)).is_err());
        assert_eq!(
            plan(&src(true, false), &dst(true, true, false)).unwrap(),
            (Target::Into, b"s".to_vec())
        );
        assert_eq!(
            plan(&src(true, true), &dst(true, true, false)).unwrap(),
            (Target::Into, Vec::new())
        );
        assert_eq!(
            plan(&src(true, true), &dst(false, false, false)).unwrap(),
            (Target::Parent, b"d".to_vec())
        );
    }

    #[test]
    fn paths_are_parsed() {
        assert_eq!(parse_path(b"/a/b/"), (b"/a/b".to_vec(), true, false));
        assert_eq!(parse_path(b"/a/b/."), (b"/a/b".to_vec(), true, true));
        assert_eq!(parse_path(b"."), (b"".to_vec(), true, true));
        assert_eq!(parse_path(b"/"), (b"/".to_vec(), true, false));
        assert_eq!(parse_path(b"x"), (b"x".to_vec(), false, false));
    }
}
