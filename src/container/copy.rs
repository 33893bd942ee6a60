//! `cp` between containers and the host, with podman's path rules.
//!
//! A container side is the container's root (see `rootfs::with_root`),
//! where paths resolve as the container sees them:
//! `openat2(RESOLVE_IN_ROOT)`, so a symlink to `/etc/shadow` or `../../..`
//! stays inside the container's root; a relative path is relative to the
//! container's working directory. The host side is resolved as usual
//! (paths are the user's own), or is a tar stream on stdin/stdout. Data
//! moves as a tar stream from `image::tree::write_path` to
//! `image::layer::unpack_at`, the same code that reads and writes layers,
//! on two threads.
//!
//! Symlinks: one at the source path is followed (podman), and so is one at
//! the destination path: the copy lands where the link points, and the
//! link itself is never replaced (podman 4.3 replaces it, which made
//! `cp ctr:/f /dev/stdout` replace the host's `/dev/stdout`). A
//! destination that is neither a directory nor a regular file (a device,
//! a pipe) is refused. Without `overwrite`, a directory never replaces a
//! non-directory nor the other way round.

use super::ContainerStore;
use super::rootfs::{self, Access};
use crate::image::layer::{KindConflict, UnpackOptions, unpack_at};
use crate::image::store::ImageStore;
use crate::image::tree::{TreeOptions, open_in_root, split_parent, write_path};
use anyhow::{Context, Result, anyhow, bail};
use nix::errno::Errno;
use nix::fcntl::OFlag;
use nix::sys::stat::Mode;
use std::io::Write;
use std::os::fd::{BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// How to copy.
#[derive(Clone, Debug)]
pub struct CopyOptions {
    /// podman's `--archive` (on by default): what is copied into a
    /// container belongs to the container's primary user and group; off:
    /// it keeps the owners of the source. Files copied to the host always
    /// belong to the invoking user.
    pub chown: bool,
    /// `--overwrite`: a directory may replace a non-directory and the other
    /// way round.
    pub overwrite: bool,
    /// Name a streamed archive's entries as moby's server does, which
    /// docker's client rebases: after the path as given (a followed
    /// symlink keeps the link's name), `.` for a directory's contents.
    pub docker_names: bool,
}

impl Default for CopyOptions {
    fn default() -> Self {
        Self {
            chown: true,
            overwrite: false,
            docker_names: false,
        }
    }
}

/// One end of a copy.
#[derive(Clone, Copy, Debug)]
pub enum Side<'a> {
    /// A host path.
    Host(&'a Path),
    /// A tar stream: read from this descriptor as the source, written to
    /// it as the destination.
    Stream(BorrowedFd<'a>),
    /// A path in a container (relative: to its working directory).
    Container {
        id: &'a str,
        name: &'a str,
        path: &'a str,
    },
}

/// What a path names, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Dir,
    Regular,
    Symlink,
    Other,
}

fn kind_of(st: &nix::sys::stat::FileStat) -> Kind {
    match st.st_mode & libc::S_IFMT {
        libc::S_IFDIR => Kind::Dir,
        libc::S_IFREG => Kind::Regular,
        libc::S_IFLNK => Kind::Symlink,
        _ => Kind::Other,
    }
}

/// A place where paths resolve: the host, or inside a container's root.
enum Fs<'a> {
    Host,
    Root(&'a OwnedFd),
}

impl Fs<'_> {
    /// What `path` (absolute) is, following a final symlink or not.
    fn stat(&self, path: &[u8], follow: bool) -> nix::Result<Kind> {
        match self {
            Fs::Host => {
                let p = Path::new(std::ffi::OsStr::from_bytes(path));
                let st = if follow {
                    nix::sys::stat::stat(p)
                } else {
                    nix::sys::stat::lstat(p)
                }?;
                Ok(kind_of(&st))
            }
            Fs::Root(root) => {
                let fd = open_in_root(root, path, OFlag::O_PATH, follow)?;
                Ok(kind_of(&nix::sys::stat::fstat(&fd)?))
            }
        }
    }

    fn readlink(&self, path: &[u8]) -> nix::Result<Vec<u8>> {
        match self {
            Fs::Host => Ok(nix::fcntl::readlink(std::ffi::OsStr::from_bytes(path))?
                .as_bytes()
                .to_vec()),
            Fs::Root(root) => {
                let fd = open_in_root(root, path, OFlag::O_PATH, false)?;
                Ok(nix::fcntl::readlinkat(&fd, "")?.as_bytes().to_vec())
            }
        }
    }
}

/// `path` with its symlinks followed until it names something that is
/// not a symlink or does not exist (a dangling link: what it points to).
/// On the host an existing path is canonicalized (the kernel resolves
/// `..` and magic links such as `/proc/self/fd/1`); inside a container
/// each link target is joined to the link's parent and cleaned lexically,
/// as podman does, and resolved again by `RESOLVE_IN_ROOT`.
fn follow_links(fs: &Fs<'_>, path: &[u8]) -> nix::Result<Vec<u8>> {
    if matches!(fs, Fs::Host)
        && let Ok(p) = std::fs::canonicalize(Path::new(std::ffi::OsStr::from_bytes(path)))
    {
        return Ok(p.into_os_string().into_encoded_bytes());
    }
    let mut p = clean(path);
    for _ in 0..40 {
        match fs.stat(&p, false) {
            Ok(Kind::Symlink) => {}
            Ok(_) | Err(Errno::ENOENT) => return Ok(p),
            Err(e) => return Err(e),
        }
        let target = fs.readlink(&p)?;
        p = if target.first() == Some(&b'/') {
            target
        } else {
            let mut q = split_parent_abs(&p).0;
            q.push(b'/');
            q.extend_from_slice(&target);
            q
        };
        p = clean(&p);
    }
    Err(Errno::ELOOP)
}

/// An absolute path cleaned lexically: no `.`, `..` or repeated `/`
/// (`..` at the root stays at the root).
fn clean(p: &[u8]) -> Vec<u8> {
    let mut parts: Vec<&[u8]> = Vec::new();
    for c in p.split(|&b| b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let mut out = Vec::with_capacity(p.len());
    for c in parts {
        out.push(b'/');
        out.extend_from_slice(c);
    }
    if out.is_empty() {
        out.push(b'/');
    }
    out
}

/// `/a/b/c` → (`/a/b`, `c`); `/c` → (`/`, `c`).
fn split_parent_abs(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let (parent, base) = split_parent(p);
    let parent = if parent == b"." || parent.is_empty() {
        b"/".to_vec()
    } else {
        let mut v = b"/".to_vec();
        v.extend_from_slice(parent.strip_prefix(b"/").unwrap_or(parent));
        v
    };
    (parent, base.to_vec())
}

/// A path as given: (the path without trailing `/` or `/.`, a trailing
/// `/`, a `/.` asking for a directory's contents).
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

/// An absolute path: `p` itself, or `p` under `base` (the host's working
/// directory, the container's working directory).
fn absolute(base: &[u8], p: &[u8]) -> Vec<u8> {
    if p.first() == Some(&b'/') {
        return clean(p);
    }
    let mut out = base.to_vec();
    if out.last() != Some(&b'/') {
        out.push(b'/');
    }
    out.extend_from_slice(p);
    clean(&out)
}

fn display(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

fn reason(e: Errno) -> String {
    e.desc().to_lowercase()
}

/// Where one side of the copy is, resolved: everything the rules need.
struct Place<'a> {
    fs: Fs<'a>,
    /// The path as the user wrote it (for messages).
    given: String,
    /// Where messages say it is: `on the host`, `on container NAME`.
    where_: String,
}

/// The resolved source: the path to archive and the name it is known by.
struct Source {
    path: Vec<u8>,
    base: Vec<u8>,
    is_dir: bool,
    contents_only: bool,
}

impl Place<'_> {
    fn not_found(&self, e: Errno) -> anyhow::Error {
        anyhow!(
            "{:?} could not be found {}: {}",
            self.given,
            self.where_,
            reason(e)
        )
    }

    /// Resolve a source path (a symlink at it followed).
    fn source(&self, abs: &[u8], trailing: bool, contents_only: bool) -> Result<Source> {
        let kind = self.fs.stat(abs, true).map_err(|e| self.not_found(e))?;
        if trailing && kind != Kind::Dir {
            return Err(self.not_found(Errno::ENOTDIR));
        }
        let path = follow_links(&self.fs, abs).map_err(|e| self.not_found(e))?;
        let base = split_parent_abs(&path).1;
        Ok(Source {
            is_dir: kind == Kind::Dir,
            contents_only: contents_only || base.is_empty(),
            base,
            path,
        })
    }

    /// Resolve a destination path: where to extract and under which name.
    fn dest(&self, abs: &[u8], trailing: bool) -> Result<Dest> {
        match self.fs.stat(abs, true) {
            Ok(kind) => {
                if !matches!(kind, Kind::Dir | Kind::Regular) {
                    bail!(
                        "invalid destination: {:?} must be a directory or a regular file",
                        display(abs)
                    );
                }
                if trailing && kind != Kind::Dir {
                    return Err(self.not_found(Errno::ENOTDIR));
                }
                let path = follow_links(&self.fs, abs).map_err(|e| self.not_found(e))?;
                Ok(Dest {
                    path,
                    exists: true,
                    is_dir: kind == Kind::Dir,
                })
            }
            Err(Errno::ENOENT) => {
                if trailing {
                    return Err(self.not_found(Errno::ENOENT));
                }
                // A dangling symlink: the copy creates what it points to.
                let path = follow_links(&self.fs, abs).map_err(|e| self.not_found(e))?;
                let parent = split_parent_abs(&path).0;
                match self.fs.stat(&parent, true) {
                    Ok(Kind::Dir) => {}
                    Ok(_) => return Err(self.not_found(Errno::ENOTDIR)),
                    Err(e) => return Err(self.not_found(e)),
                }
                Ok(Dest {
                    path,
                    exists: false,
                    is_dir: false,
                })
            }
            Err(e) => Err(self.not_found(e)),
        }
    }
}

/// The resolved destination.
struct Dest {
    path: Vec<u8>,
    exists: bool,
    is_dir: bool,
}

impl Dest {
    /// The directory to extract into and the name the source gets there
    /// (empty: the source's own name, or its contents for `dir/.`).
    fn plan(&self, src: &Source) -> Result<(Vec<u8>, Vec<u8>)> {
        if self.exists && self.is_dir {
            let name = if src.contents_only {
                Vec::new()
            } else {
                src.base.clone()
            };
            return Ok((self.path.clone(), name));
        }
        if src.is_dir && self.exists {
            bail!("destination must be a directory when copying a directory");
        }
        let (parent, base) = split_parent_abs(&self.path);
        Ok((parent, base))
    }
}

/// The owner of what is copied into a container with `chown`: its
/// primary user and group.
fn container_owner(cs: &ContainerStore, id: &str) -> Result<(u32, u32)> {
    let c = cs.config(id)?;
    Ok((c.process.user.uid, c.process.user.gid))
}

/// The owner files get on the host: the invoking user (in a rootless user
/// namespace, that is root).
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

/// A container's working directory (what relative paths start from).
fn workdir(cs: &ContainerStore, id: &str) -> Result<Vec<u8>> {
    let c = cs.config(id)?;
    let w = if c.process.cwd.is_empty() {
        "/".to_string()
    } else {
        c.process.cwd
    };
    Ok(w.into_bytes())
}

fn host_cwd() -> Result<Vec<u8>> {
    Ok(std::env::current_dir()
        .context("reading the working directory")?
        .into_os_string()
        .into_encoded_bytes())
}

/// Turn a [`KindConflict`] from the unpacker into a message naming the
/// destination path.
fn explain_conflict(e: anyhow::Error, dir: &[u8], where_: &str) -> anyhow::Error {
    let Some(k) = e.chain().find_map(|c| c.downcast_ref::<KindConflict>()) else {
        return e;
    };
    let mut p = dir.to_vec();
    if p.last() != Some(&b'/') {
        p.push(b'/');
    }
    p.extend_from_slice(&k.path);
    let p = display(&p);
    let msg = if k.existing_dir {
        format!("cannot overwrite directory {p:?} {where_} with non-directory")
    } else {
        format!("cannot overwrite non-directory {p:?} {where_} with directory")
    };
    crate::error::HintedError::wrap(anyhow!(msg), "add --overwrite to replace it".to_string())
}

/// Copy `src` to `dest`. One of them is a container; a stream is a tar
/// archive on stdin (source) or stdout (destination). Rootless: the
/// caller must not have entered its user namespace yet (see
/// `rootfs::with_root`).
pub fn copy(
    cs: &ContainerStore,
    images: &ImageStore,
    src: Side<'_>,
    dest: Side<'_>,
    opts: &CopyOptions,
) -> Result<()> {
    match (src, dest) {
        (Side::Container { id, name, path }, Side::Host(h)) => {
            let host = host_path(h)?;
            rootfs::with_root(cs, images, id, Access::Read, |root| {
                let from = container_place(root, name, path);
                let (rel, trailing, contents) = parse_path(path.as_bytes());
                let s = from.source(&absolute(&workdir(cs, id)?, &rel), trailing, contents)?;
                let to = host_place(h);
                let d = to.dest(&host.0, host.1)?;
                if s.is_dir && d.exists && !d.is_dir {
                    bail!("destination must be a directory when copying a directory");
                }
                let (dir, name) = d.plan(&s)?;
                let target = open_host_dir(&dir).map_err(|e| to.not_found(e))?;
                let unpack = UnpackOptions {
                    chown: can_chown(cs.paths.rootless),
                    no_whiteouts: true,
                    owner: Some(host_owner(cs.paths.rootless)),
                    keep_kinds: !opts.overwrite,
                    ..UnpackOptions::default()
                };
                transfer(root, &s, &name, |r| unpack_at(r, target, &unpack))
                    .map_err(|e| explain_conflict(e, &dir, "on the host"))
            })
        }
        (Side::Container { id, name, path }, Side::Stream(fd)) => {
            rootfs::with_root(cs, images, id, Access::Read, |root| {
                let from = container_place(root, name, path);
                let (rel, trailing, contents) = parse_path(path.as_bytes());
                let abs = absolute(&workdir(cs, id)?, &rel);
                let s = from.source(&abs, trailing, contents)?;
                let name = match (s.contents_only, opts.docker_names) {
                    (true, false) => Vec::new(),
                    (true, true) => b".".to_vec(),
                    (false, false) => s.base.clone(),
                    (false, true) => split_parent_abs(&abs).1,
                };
                let out = std::fs::File::from(nix::unistd::dup(fd)?);
                let mut b = tar::Builder::new(std::io::BufWriter::new(out));
                write_path(&mut b, root, &s.path, &name, false, &TreeOptions::default())?;
                b.into_inner()?.flush().context("writing the archive")?;
                Ok(())
            })
        }
        (Side::Host(h), Side::Container { id, name, path }) => {
            // The host side, opened before anything changes namespaces.
            let host = host_path(h)?;
            let from = host_place(h);
            let s = from.source(&host.0, host.1, host.2)?;
            let (parent, _) = split_parent_abs(&s.path);
            let parent_fd = open_host_dir(&parent).map_err(|e| from.not_found(e))?;
            let owner = opts.chown.then(|| container_owner(cs, id)).transpose()?;
            rootfs::with_root(cs, images, id, Access::Write, |root| {
                let to = container_place(root, name, path);
                let (rel, trailing, _) = parse_path(path.as_bytes());
                let d = to.dest(&absolute(&workdir(cs, id)?, &rel), trailing)?;
                if s.is_dir && d.exists && !d.is_dir {
                    bail!("destination must be a directory when copying a directory");
                }
                let (dir, archive_name) = d.plan(&s)?;
                let unpack = in_root_unpack(cs, &dir, owner, opts);
                let hs = Source {
                    path: s.base.clone(),
                    base: s.base.clone(),
                    is_dir: s.is_dir,
                    contents_only: s.contents_only,
                };
                transfer(&parent_fd, &hs, &archive_name, |r| {
                    unpack_at(r, root.try_clone()?, &unpack)
                })
                .map_err(|e| explain_conflict(e, &dir, &format!("on container {name}")))
            })
        }
        (Side::Stream(fd), Side::Container { id, name, path }) => {
            let owner = opts.chown.then(|| container_owner(cs, id)).transpose()?;
            rootfs::with_root(cs, images, id, Access::Write, |root| {
                let to = container_place(root, name, path);
                let (rel, trailing, _) = parse_path(path.as_bytes());
                let abs = absolute(&workdir(cs, id)?, &rel);
                let d = match to.dest(&abs, trailing) {
                    Ok(d) if d.exists && d.is_dir => d,
                    Ok(_) => bail!("destination must be a directory when copying from stdin"),
                    Err(e) if to.fs.stat(&abs, true) == Err(Errno::ENOENT) => {
                        let _ = e;
                        bail!("destination must be a directory when copying from stdin")
                    }
                    Err(e) => return Err(e),
                };
                let unpack = in_root_unpack(cs, &d.path, owner, opts);
                let input = std::fs::File::from(nix::unistd::dup(fd)?);
                unpack_at(std::io::BufReader::new(input), root.try_clone()?, &unpack)
                    .map(|_| ())
                    .map_err(|e| explain_conflict(e, &d.path, &format!("on container {name}")))
            })
        }
        (
            Side::Container {
                id: sid,
                name: sname,
                path: spath,
            },
            Side::Container {
                id: did,
                name: dname,
                path: dpath,
            },
        ) => {
            let owner = opts.chown.then(|| container_owner(cs, did)).transpose()?;
            let swork = workdir(cs, sid)?;
            let dwork = workdir(cs, did)?;
            let run = |sroot: &OwnedFd, droot: &OwnedFd| -> Result<()> {
                let from = container_place(sroot, sname, spath);
                let (rel, trailing, contents) = parse_path(spath.as_bytes());
                let s = from.source(&absolute(&swork, &rel), trailing, contents)?;
                let to = container_place(droot, dname, dpath);
                let (rel, trailing, _) = parse_path(dpath.as_bytes());
                let d = to.dest(&absolute(&dwork, &rel), trailing)?;
                if s.is_dir && d.exists && !d.is_dir {
                    bail!("destination must be a directory when copying a directory");
                }
                let (dir, name) = d.plan(&s)?;
                let unpack = in_root_unpack(cs, &dir, owner, opts);
                transfer(sroot, &s, &name, |r| {
                    unpack_at(r, droot.try_clone()?, &unpack)
                })
                .map_err(|e| explain_conflict(e, &dir, &format!("on container {dname}")))
            };
            if sid == did {
                return rootfs::with_root(cs, images, sid, Access::Write, |root| run(root, root));
            }
            // Two containers' locks, always taken in the same order.
            if sid < did {
                rootfs::with_root(cs, images, sid, Access::Read, |s| {
                    rootfs::with_root(cs, images, did, Access::Write, |d| run(s, d))
                })
            } else {
                rootfs::with_root(cs, images, did, Access::Write, |d| {
                    rootfs::with_root(cs, images, sid, Access::Read, |s| run(s, d))
                })
            }
        }
        (Side::Stream(_), Side::Stream(_)) => {
            bail!("source and destination cannot both be -")
        }
        (Side::Host(_) | Side::Stream(_), Side::Host(_) | Side::Stream(_)) => {
            bail!(
                "invalid arguments: one of the source and the destination must be a container path (CONTAINER:PATH)"
            )
        }
    }
}

/// What a container path names, for the Docker API's
/// `X-Docker-Container-Path-Stat`: the path with a final symlink followed
/// (podman's rule, as for a copy's source).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PathStat {
    /// The path's base name as given (`/` for the root).
    pub name: String,
    pub size: i64,
    /// `st_mode`.
    pub mode: u32,
    pub mtime_secs: i64,
    pub mtime_nanos: i64,
    /// The resolved absolute path (podman sets it for every path).
    pub link_target: String,
}

/// Stat `path` in container `id`; `None` when it does not exist.
/// Rootless: as [`copy`], the caller has not entered its namespace.
pub fn stat(
    cs: &ContainerStore,
    images: &ImageStore,
    id: &str,
    path: &str,
) -> Result<Option<PathStat>> {
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
    let work = workdir(cs, id)?;
    rootfs::with_root(cs, images, id, Access::Read, |root| {
        let (rel, _, _) = parse_path(path.as_bytes());
        let abs = absolute(&work, &rel);
        let fs = Fs::Root(root);
        let found = follow_links(&fs, &abs).and_then(|p| {
            let fd = open_in_root(root, &p, OFlag::O_PATH, false)?;
            Ok((p, nix::sys::stat::fstat(&fd)?))
        });
        let stat = match found {
            Ok((p, st)) => Some(PathStat {
                name: match split_parent_abs(&abs).1 {
                    b if b.is_empty() => "/".into(),
                    b => display(&b),
                },
                size: st.st_size,
                mode: st.st_mode,
                mtime_secs: st.st_mtime,
                mtime_nanos: st.st_mtime_nsec,
                link_target: display(&p),
            }),
            Err(Errno::ENOENT | Errno::ENOTDIR) => None,
            Err(e) => bail!("{path:?} could not be read on container: {}", reason(e)),
        };
        let mut f = std::fs::File::from(w.try_clone()?);
        f.write_all(&serde_json::to_vec(&stat)?)
            .context("returning the stat")
    })?;
    drop(w);
    let mut buf = Vec::new();
    std::io::Read::read_to_end(&mut std::fs::File::from(r), &mut buf)
        .context("reading the stat")?;
    serde_json::from_slice(&buf).context("reading the stat")
}

fn container_place<'a>(root: &'a OwnedFd, name: &str, given: &str) -> Place<'a> {
    Place {
        fs: Fs::Root(root),
        given: given.to_string(),
        where_: format!("on container {name}"),
    }
}

fn host_place(given: &Path) -> Place<'static> {
    Place {
        fs: Fs::Host,
        given: given.display().to_string(),
        where_: "on the host".into(),
    }
}

/// A host path as given: (absolute path, trailing `/`, `/.`).
fn host_path(p: &Path) -> Result<(Vec<u8>, bool, bool)> {
    let (clean, trailing, contents) = parse_path(p.as_os_str().as_bytes());
    Ok((absolute(&host_cwd()?, &clean), trailing, contents))
}

fn open_host_dir(p: &[u8]) -> nix::Result<OwnedFd> {
    nix::fcntl::open(
        Path::new(std::ffi::OsStr::from_bytes(p)),
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
}

/// How to extract into `dir` of a container's root.
fn in_root_unpack(
    cs: &ContainerStore,
    dir: &[u8],
    owner: Option<(u32, u32)>,
    opts: &CopyOptions,
) -> UnpackOptions {
    UnpackOptions {
        chown: can_chown(cs.paths.rootless),
        no_whiteouts: true,
        owner,
        in_root: Some(dir.strip_prefix(b"/").unwrap_or(dir).to_vec()),
        keep_kinds: !opts.overwrite,
        ..UnpackOptions::default()
    }
}

/// Archive `src` (inside `root`) under `name` (empty: the source's own
/// name, or a directory's contents) and feed the stream to `consume`, on
/// two threads.
fn transfer(
    root: &OwnedFd,
    src: &Source,
    name: &[u8],
    consume: impl FnOnce(
        &mut crate::util::pipe::ChannelReader,
    ) -> Result<crate::image::layer::UnpackStats>,
) -> Result<()> {
    let name = if name.is_empty() && !src.contents_only {
        src.base.clone()
    } else {
        name.to_vec()
    };
    let (produced, consumed) = crate::util::pipe::pipelined(
        |w| {
            let mut b = tar::Builder::new(w);
            write_path(
                &mut b,
                root,
                &src.path,
                &name,
                false,
                &TreeOptions::default(),
            )?;
            b.finish()?;
            Ok(())
        },
        |r| consume(r).map(|_| ()),
    );
    consumed.and(produced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(is_dir: bool, contents_only: bool) -> Source {
        Source {
            path: b"/x/s".to_vec(),
            base: b"s".to_vec(),
            is_dir,
            contents_only,
        }
    }

    fn dst(exists: bool, is_dir: bool) -> Dest {
        Dest {
            path: b"/p/d".to_vec(),
            exists,
            is_dir,
        }
    }

    #[test]
    fn podman_path_rules() {
        // A file: to a new name, over a file, into a directory.
        assert_eq!(
            dst(false, false).plan(&src(false, false)).unwrap(),
            (b"/p".to_vec(), b"d".to_vec())
        );
        assert_eq!(
            dst(true, false).plan(&src(false, false)).unwrap(),
            (b"/p".to_vec(), b"d".to_vec())
        );
        assert_eq!(
            dst(true, true).plan(&src(false, false)).unwrap(),
            (b"/p/d".to_vec(), b"s".to_vec())
        );
        // A directory: to a new name, into a directory, its contents.
        assert_eq!(
            dst(false, false).plan(&src(true, false)).unwrap(),
            (b"/p".to_vec(), b"d".to_vec())
        );
        assert!(dst(true, false).plan(&src(true, false)).is_err());
        assert_eq!(
            dst(true, true).plan(&src(true, false)).unwrap(),
            (b"/p/d".to_vec(), b"s".to_vec())
        );
        assert_eq!(
            dst(true, true).plan(&src(true, true)).unwrap(),
            (b"/p/d".to_vec(), Vec::new())
        );
        assert_eq!(
            dst(false, false).plan(&src(true, true)).unwrap(),
            (b"/p".to_vec(), b"d".to_vec())
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

    #[test]
    fn relative_paths_start_at_the_base() {
        assert_eq!(absolute(b"/work", b"f"), b"/work/f");
        assert_eq!(absolute(b"/", b"f"), b"/f");
        assert_eq!(absolute(b"/work", b"/abs"), b"/abs");
        assert_eq!(absolute(b"/work", b""), b"/work");
        assert_eq!(absolute(b"/work/", b"."), b"/work");
        assert_eq!(split_parent_abs(b"/a/b"), (b"/a".to_vec(), b"b".to_vec()));
        assert_eq!(split_parent_abs(b"/b"), (b"/".to_vec(), b"b".to_vec()));
        assert_eq!(clean(b"/a/./b/../c//"), b"/a/c");
        assert_eq!(clean(b"/../.."), b"/");
    }

    #[test]
    fn links_are_followed_to_their_target() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("target"), b"x").unwrap();
        std::os::unix::fs::symlink("target", d.path().join("link")).unwrap();
        std::os::unix::fs::symlink("link", d.path().join("link2")).unwrap();
        std::os::unix::fs::symlink("nowhere", d.path().join("dangling")).unwrap();
        let p = |n: &str| d.path().join(n).into_os_string().into_encoded_bytes();
        let got = follow_links(&Fs::Host, &p("link2")).unwrap();
        assert_eq!(
            std::fs::canonicalize(Path::new(std::ffi::OsStr::from_bytes(&got))).unwrap(),
            std::fs::canonicalize(d.path().join("target")).unwrap()
        );
        let got = follow_links(&Fs::Host, &p("dangling")).unwrap();
        assert!(got.ends_with(b"/nowhere"), "{}", display(&got));
        std::os::unix::fs::symlink("loop", d.path().join("loop")).unwrap();
        assert_eq!(follow_links(&Fs::Host, &p("loop")), Err(Errno::ELOOP));
    }
}
