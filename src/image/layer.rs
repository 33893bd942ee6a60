//! Unpacking layer tarballs into directories usable as overlay lower dirs.
//!
//! Owns: compression detection, the walk over tar entries, OCI whiteouts
//! turned into overlay whiteouts, and the refusal of hostile archives.
//! Never: follows a path outside the destination. Every entry is created
//! relative to a directory fd that was opened with
//! `openat2(RESOLVE_BENEATH)`, and the final component with `O_NOFOLLOW`,
//! so neither `..`, absolute names, nor symlinks planted earlier in the same
//! archive can make us write outside (CVE-2018-15664, RUSTSEC-2026-0067).
//!
//! The uncompressed stream is hashed as it is read: its sha256 is the
//! layer's diff ID, which the caller checks against the image config.

use super::digest::{Digest, HashingReader};
use anyhow::{Context, Result, anyhow, bail};
use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, OpenHow, ResolveFlag, openat, openat2};
use nix::sys::stat::{
    Mode, SFlag, UtimensatFlags, fchmod, fstatat, futimens, mkdirat, mknodat, utimensat,
};
use nix::sys::time::TimeSpec;
use nix::unistd::{Gid, Uid, UnlinkatFlags, fchown, fchownat, linkat, symlinkat, unlinkat};
use std::cell::Cell;
use std::ffi::OsStr;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::rc::Rc;

/// The most header data (ustar headers, GNU long names, PAX records) we
/// accept for a single entry. Real archives use a few KiB; a hostile one can
/// claim gigabytes of "long name" to exhaust memory.
const MAX_HEADER_BYTES: u64 = 1 << 20;
const WHITEOUT_PREFIX: &str = ".wh.";
/// Files at least this big get their writeback started as soon as they
/// are written, so that the `syncfs` before a commit has less to wait for.
const WRITEBACK_MIN: u64 = 64 * 1024;
const OPAQUE_MARKER: &str = ".wh..wh..opq";

#[derive(Clone, Debug, Default)]
pub struct UnpackOptions {
    /// Write `user.overlay.*` xattrs (for an overlay mounted with
    /// `userxattr` in a user namespace) instead of `trusted.overlay.*`.
    pub rootless: bool,
    /// Apply the owners recorded in the archive. Off when we run in a user
    /// namespace that maps a single ID: then every file belongs to us.
    pub chown: bool,
    /// Treat `.wh.` names as plain files (not an image layer: `cp`).
    pub no_whiteouts: bool,
    /// Give every entry this owner instead of the archive's (`cp` without
    /// `-a`).
    pub owner: Option<(u32, u32)>,
    /// Extract into this directory of a container's root, which the
    /// destination is then: paths resolve as the container sees them
    /// (`RESOLVE_IN_ROOT`: symlinks followed, but never out of the root).
    /// `None`: the destination is a layer, nothing may lead out of it.
    pub in_root: Option<Vec<u8>>,
    /// Refuse to replace a directory with a non-directory or the other way
    /// round (`cp` without `--overwrite`): a [`KindConflict`] error.
    pub keep_kinds: bool,
    /// Apply OCI whiteouts by deleting what they hide (a layer applied onto
    /// a full root file system: the vfs driver) instead of making overlay
    /// whiteouts.
    pub apply_whiteouts: bool,
}

/// `cp` without `--overwrite` met a directory where the archive has a
/// non-directory, or the other way round.
#[derive(Debug)]
pub struct KindConflict {
    /// The archive path of the entry.
    pub path: Vec<u8>,
    /// What is there already is a directory.
    pub existing_dir: bool,
}

impl std::fmt::Display for KindConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = String::from_utf8_lossy(&self.path);
        if self.existing_dir {
            write!(f, "cannot overwrite directory {p:?} with non-directory")
        } else {
            write!(f, "cannot overwrite non-directory {p:?} with directory")
        }
    }
}

impl std::error::Error for KindConflict {}

#[derive(Clone, Debug, Default)]
pub struct UnpackStats {
    /// sha256 of the uncompressed tar stream.
    pub diff_id: Option<Digest>,
    /// Length of the uncompressed tar stream.
    pub tar_size: u64,
    /// Sum of the sizes of regular files written.
    pub content_size: u64,
    pub entries: u64,
    pub skipped_devices: u64,
    pub skipped_xattrs: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Detect by magic bytes; bzip2 and xz are named so the error is clear.
    pub fn detect(head: &[u8]) -> Result<Compression> {
        Ok(match head {
            [0x1f, 0x8b, ..] => Compression::Gzip,
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Compression::Zstd,
            [b'B', b'Z', b'h', ..] => bail!("bzip2-compressed layers are not supported"),
            [0xfd, b'7', b'z', b'X', b'Z', 0x00, ..] => {
                bail!("xz-compressed layers are not supported")
            }
            _ => Compression::None,
        })
    }
}

/// Wrap a reader so that it yields the decompressed stream.
pub fn decompress<'a, R: Read + 'a>(reader: R) -> Result<Box<dyn Read + 'a>> {
    let mut buf = BufReader::with_capacity(256 * 1024, reader);
    let head = buf.fill_buf().context("reading layer")?;
    Ok(match Compression::detect(head)? {
        Compression::None => Box::new(buf),
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(buf)),
        Compression::Zstd => Box::new(
            zstd::stream::read::Decoder::with_buffer(buf).context("starting zstd decoder")?,
        ),
    })
}

/// Counts bytes read while the tar parser looks for the next header, and
/// fails once a single entry's headers exceed [`MAX_HEADER_BYTES`].
struct HeaderBudget<R> {
    inner: R,
    in_header: Rc<Cell<bool>>,
    used: Rc<Cell<u64>>,
}

impl<R: Read> Read for HeaderBudget<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if self.in_header.get() {
            let used = self.used.get() + n as u64;
            self.used.set(used);
            if used > MAX_HEADER_BYTES {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("tar headers of one entry exceed {MAX_HEADER_BYTES} bytes"),
                ));
            }
        }
        Ok(n)
    }
}

/// Unpack a (possibly compressed) layer into the empty directory `dest`.
pub fn unpack<R: Read>(reader: R, dest: &Path, opts: &UnpackOptions) -> Result<UnpackStats> {
    let root = nix::fcntl::open(
        dest,
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", dest.display()))?;
    unpack_at(reader, root, opts)
}

/// Unpack a tar stream relative to an open directory (a layer, or with
/// `opts.in_root` a container's root).
pub fn unpack_at<R: Read>(reader: R, root: OwnedFd, opts: &UnpackOptions) -> Result<UnpackStats> {
    let plain = decompress(reader)?;
    let hashing = HashingReader::new(plain);
    let in_header = Rc::new(Cell::new(false));
    let used = Rc::new(Cell::new(0));
    let guarded = HeaderBudget {
        inner: hashing,
        in_header: in_header.clone(),
        used: used.clone(),
    };
    let mut archive = tar::Archive::new(guarded);
    let mut ctx = Ctx::new(root, opts);
    {
        let mut entries = archive.entries().context("reading layer")?;
        loop {
            in_header.set(true);
            used.set(0);
            let next = entries.next();
            in_header.set(false);
            let Some(entry) = next else { break };
            let mut entry = entry.context("reading layer: invalid tar header")?;
            let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            ctx.entry(&mut entry)
                .with_context(|| format!("unpacking {name:?}"))?;
            // Whatever we did not consume (device nodes, skipped types) is
            // drained here, outside the header budget.
            io::copy(&mut entry, &mut io::sink()).context("reading layer")?;
            ctx.stats.entries += 1;
        }
    }
    ctx.finish()?;
    let (diff_id, tar_size) = archive
        .into_inner()
        .inner
        .finish()
        .context("reading the end of the layer")?;
    let mut stats = ctx.stats;
    stats.diff_id = Some(diff_id);
    stats.tar_size = tar_size;
    if stats.skipped_devices > 0 {
        crate::warn!(
            "skipped {} device node(s) in a layer: creating devices is not permitted here",
            stats.skipped_devices
        );
    }
    Ok(stats)
}

/// A relative path inside the layer, as validated components.
fn clean_path(raw: &[u8]) -> Result<Vec<&[u8]>> {
    if raw.first() == Some(&b'/') {
        bail!("refusing absolute path in layer");
    }
    let mut out = Vec::new();
    for comp in raw.split(|&c| c == b'/') {
        match comp {
            b"" | b"." => {}
            b".." => bail!("refusing path with '..' component in layer"),
            c => out.push(c),
        }
    }
    Ok(out)
}

fn join(comps: &[&[u8]]) -> Vec<u8> {
    comps.join(&b'/')
}

struct Ctx<'a> {
    root: OwnedFd,
    opts: &'a UnpackOptions,
    /// The last parent directory opened, by relative path.
    parent: Option<(Vec<u8>, OwnedFd)>,
    /// Directory mtimes to apply at the end (writing entries changes them).
    dir_times: Vec<(Vec<u8>, TimeSpec)>,
    buf: Vec<u8>,
    stats: UnpackStats,
}

struct Meta {
    mode: u32,
    uid: u32,
    gid: u32,
    mtime: TimeSpec,
    xattrs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl<'a> Ctx<'a> {
    fn new(root: OwnedFd, opts: &'a UnpackOptions) -> Ctx<'a> {
        Ctx {
            root,
            opts,
            parent: None,
            dir_times: Vec::new(),
            buf: vec![0; 1 << 20],
            stats: UnpackStats::default(),
        }
    }

    /// Open `rel` (relative to the destination) the way this unpack
    /// resolves paths: beneath a layer, or inside a container's root.
    fn resolve(&self, rel: &[u8], flags: OFlag) -> nix::Result<OwnedFd> {
        match &self.opts.in_root {
            None => resolve_beneath(&self.root, rel, flags),
            Some(prefix) => {
                let mut p = prefix.clone();
                if rel != b"." && !rel.is_empty() {
                    if !p.is_empty() {
                        p.push(b'/');
                    }
                    p.extend_from_slice(rel);
                }
                if p.is_empty() {
                    p.push(b'.');
                }
                let how = OpenHow::new()
                    .flags(flags | OFlag::O_CLOEXEC)
                    .resolve(ResolveFlag::RESOLVE_IN_ROOT | ResolveFlag::RESOLVE_NO_MAGICLINKS);
                openat2(&self.root, OsStr::from_bytes(&p), how)
            }
        }
    }

    fn overlay_xattr(&self, what: &str) -> String {
        let ns = if self.opts.rootless {
            "user"
        } else {
            "trusted"
        };
        format!("{ns}.overlay.{what}")
    }

    fn entry<R: Read>(&mut self, entry: &mut tar::Entry<'_, R>) -> Result<()> {
        let raw_path = entry.path_bytes().into_owned();
        let comps = clean_path(&raw_path)?;
        let kind = entry.header().entry_type();
        if matches!(
            kind,
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader
        ) {
            return Ok(());
        }
        let meta = read_meta(entry)?;
        let Some((&name, parents)) = comps.split_last() else {
            // The archive's root ("./"): its metadata goes on dest itself.
            if kind.is_dir() {
                let fd = self.open_dir_rw(&[])?;
                self.apply_meta(&fd, &meta)?;
                self.dir_times.push((Vec::new(), meta.mtime));
            }
            return Ok(());
        };
        let parent_rel = join(parents);
        let name_os = OsStr::from_bytes(name);

        // OCI whiteouts (image-spec layer.md "Whiteouts").
        if let Some(hidden) = name
            .strip_prefix(WHITEOUT_PREFIX.as_bytes())
            .filter(|_| !self.opts.no_whiteouts)
        {
            let parent = self.open_parent(&parent_rel)?;
            if self.opts.apply_whiteouts {
                if name == OPAQUE_MARKER.as_bytes() {
                    // The marker follows its directory's own entry: what
                    // the directory holds now is from the layers below.
                    let dir = self.open_dir_rw(&parent_rel)?;
                    let mut names = Vec::new();
                    let mut d =
                        nix::dir::Dir::from_fd(dir.try_clone()?).context("reading a directory")?;
                    for e in d.iter() {
                        let e = e.context("reading a directory")?;
                        let n = e.file_name().to_bytes();
                        if n != b"." && n != b".." {
                            names.push(n.to_vec());
                        }
                    }
                    for n in names {
                        remove_existing(&dir, OsStr::from_bytes(&n))?;
                    }
                    return Ok(());
                }
                if !(hidden.starts_with(WHITEOUT_PREFIX.as_bytes()) || hidden.is_empty()) {
                    remove_existing(&parent, OsStr::from_bytes(hidden))?;
                }
                return Ok(());
            }
            if name == OPAQUE_MARKER.as_bytes() {
                let dir = self.open_dir_rw(&parent_rel)?;
                crate::runtime::sys::fsetxattr(
                    dir.as_fd(),
                    OsStr::new(&self.overlay_xattr("opaque")),
                    b"y",
                )
                .context("marking directory opaque")?;
                return Ok(());
            }
            if hidden.starts_with(WHITEOUT_PREFIX.as_bytes()) || hidden.is_empty() {
                // Other `.wh..wh.` names are aufs bookkeeping: ignore.
                return Ok(());
            }
            let hidden = OsStr::from_bytes(hidden);
            remove_existing(&parent, hidden)?;
            mknodat(&parent, hidden, SFlag::S_IFCHR, Mode::empty(), 0)
                .context("creating whiteout")?;
            return Ok(());
        }

        let parent = self.open_parent(&parent_rel)?;
        if self.opts.keep_kinds
            && !kind.is_dir()
            && fstatat(&parent, name_os, AtFlags::AT_SYMLINK_NOFOLLOW)
                .is_ok_and(|st| st.st_mode & libc::S_IFMT == libc::S_IFDIR)
        {
            return Err(KindConflict {
                path: join(&comps),
                existing_dir: true,
            }
            .into());
        }
        match kind {
            tar::EntryType::Directory => {
                match fstatat(&parent, name_os, AtFlags::AT_SYMLINK_NOFOLLOW) {
                    Ok(st) if st.st_mode & libc::S_IFMT == libc::S_IFDIR => {}
                    Ok(_) if self.opts.keep_kinds => {
                        return Err(KindConflict {
                            path: join(&comps),
                            existing_dir: false,
                        }
                        .into());
                    }
                    Ok(_) => {
                        remove_existing(&parent, name_os)?;
                        mkdirat(&parent, name_os, Mode::from_bits_truncate(0o700))
                            .context("creating directory")?;
                    }
                    Err(Errno::ENOENT) => {
                        mkdirat(&parent, name_os, Mode::from_bits_truncate(0o700))
                            .context("creating directory")?;
                    }
                    Err(e) => return Err(e).context("checking directory"),
                }
                let fd = openat(
                    &parent,
                    name_os,
                    OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                    Mode::empty(),
                )
                .context("opening directory")?;
                self.apply_meta(&fd, &meta)?;
                self.dir_times.push((join(&comps), meta.mtime));
            }
            tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse => {
                remove_existing(&parent, name_os)?;
                let fd = openat(
                    &parent,
                    name_os,
                    OFlag::O_WRONLY
                        | OFlag::O_CREAT
                        | OFlag::O_EXCL
                        | OFlag::O_NOFOLLOW
                        | OFlag::O_CLOEXEC,
                    Mode::from_bits_truncate(0o600),
                )
                .context("creating file")?;
                let mut file = std::fs::File::from(fd);
                let n = copy_with(&mut self.buf, entry, &mut file).context("writing file")?;
                self.stats.content_size += n;
                if n >= WRITEBACK_MIN {
                    crate::runtime::sys::start_writeback(&file);
                }
                self.apply_meta(&file, &meta)?;
                futimens(&file, &meta.mtime, &meta.mtime).context("setting file times")?;
            }
            tar::EntryType::Symlink => {
                let target = entry
                    .link_name_bytes()
                    .ok_or_else(|| anyhow!("symlink without target"))?
                    .into_owned();
                remove_existing(&parent, name_os)?;
                symlinkat(OsStr::from_bytes(&target), &parent, name_os)
                    .context("creating symlink")?;
                self.chown_at(&parent, name_os, &meta)?;
                for (k, v) in &meta.xattrs {
                    // user.* attributes are not allowed on symlinks.
                    if !k.starts_with(b"user.") {
                        self.set_xattr_result(crate::runtime::sys::lsetxattr_at(
                            parent.as_fd(),
                            name_os,
                            OsStr::from_bytes(k),
                            v,
                        ))?;
                    }
                }
                utimensat(
                    &parent,
                    name_os,
                    &meta.mtime,
                    &meta.mtime,
                    UtimensatFlags::NoFollowSymlink,
                )
                .context("setting symlink times")?;
            }
            tar::EntryType::Link => {
                let target = entry
                    .link_name_bytes()
                    .ok_or_else(|| anyhow!("hard link without target"))?
                    .into_owned();
                let tcomps = clean_path(&target).context("hard link target")?;
                let Some((&tname, tparents)) = tcomps.split_last() else {
                    bail!("hard link to the layer root");
                };
                let tparent = self.open_beneath(&join(tparents), false)?;
                remove_existing(&parent, name_os)?;
                linkat(
                    &tparent,
                    OsStr::from_bytes(tname),
                    &parent,
                    name_os,
                    AtFlags::empty(),
                )
                .with_context(|| {
                    format!(
                        "creating hard link to {:?}",
                        String::from_utf8_lossy(&target)
                    )
                })?;
            }
            tar::EntryType::Char | tar::EntryType::Block | tar::EntryType::Fifo => {
                let (sflag, dev) = match kind {
                    tar::EntryType::Char => (SFlag::S_IFCHR, device(entry)),
                    tar::EntryType::Block => (SFlag::S_IFBLK, device(entry)),
                    _ => (SFlag::S_IFIFO, 0),
                };
                remove_existing(&parent, name_os)?;
                match mknodat(
                    &parent,
                    name_os,
                    sflag,
                    Mode::from_bits_truncate(0o600),
                    dev,
                ) {
                    Ok(()) => {}
                    Err(Errno::EPERM) if sflag != SFlag::S_IFIFO => {
                        self.stats.skipped_devices += 1;
                        return Ok(());
                    }
                    Err(e) => return Err(e).context("creating device node"),
                }
                self.chown_at(&parent, name_os, &meta)?;
                nix::sys::stat::fchmodat(
                    &parent,
                    name_os,
                    Mode::from_bits_truncate(meta.mode & 0o7777),
                    nix::sys::stat::FchmodatFlags::FollowSymlink,
                )
                .context("setting mode")?;
                utimensat(
                    &parent,
                    name_os,
                    &meta.mtime,
                    &meta.mtime,
                    UtimensatFlags::NoFollowSymlink,
                )
                .context("setting times")?;
            }
            other => {
                crate::debug!("skipping tar entry of type {other:?}");
            }
        }
        Ok(())
    }

    /// The owner an entry gets: the forced one, the archive's, or none
    /// (left as created).
    fn owner(&self, meta: &Meta) -> Option<(u32, u32)> {
        match self.opts.owner {
            Some(o) => Some(o),
            None if self.opts.chown => Some((meta.uid, meta.gid)),
            None => None,
        }
    }

    fn chown_at(&self, parent: &OwnedFd, name: &OsStr, meta: &Meta) -> Result<()> {
        let Some((uid, gid)) = self.owner(meta) else {
            return Ok(());
        };
        fchownat(
            parent,
            name,
            Some(Uid::from_raw(uid)),
            Some(Gid::from_raw(gid)),
            AtFlags::AT_SYMLINK_NOFOLLOW,
        )
        .map_err(|e| chown_error(e, uid, gid))
    }

    /// Owner, mode (after chown, which clears set-id bits) and xattrs.
    fn apply_meta(&mut self, fd: &impl AsFd, meta: &Meta) -> Result<()> {
        if let Some((uid, gid)) = self.owner(meta) {
            fchown(fd, Some(Uid::from_raw(uid)), Some(Gid::from_raw(gid)))
                .map_err(|e| chown_error(e, uid, gid))?;
        }
        fchmod(fd, Mode::from_bits_truncate(meta.mode & 0o7777)).context("setting mode")?;
        for (k, v) in &meta.xattrs {
            let r = crate::runtime::sys::fsetxattr(fd.as_fd(), OsStr::from_bytes(k), v);
            self.set_xattr_result(r)?;
        }
        Ok(())
    }

    fn set_xattr_result(&mut self, r: io::Result<()>) -> Result<()> {
        match r {
            Ok(()) => Ok(()),
            // Not permitted here (trusted.* when rootless) or not supported
            // by the file system: the content is still right; count it.
            Err(e)
                if matches!(
                    e.raw_os_error(),
                    Some(libc::EPERM | libc::ENOTSUP | libc::EACCES)
                ) =>
            {
                self.stats.skipped_xattrs += 1;
                Ok(())
            }
            Err(e) => Err(e).context("setting extended attribute"),
        }
    }

    fn open_parent(&mut self, rel: &[u8]) -> Result<OwnedFd> {
        if let Some((p, fd)) = &self.parent
            && p == rel
        {
            return fd.try_clone().context("duplicating directory fd");
        }
        let fd = self.open_beneath(rel, true)?;
        self.parent = Some((rel.to_vec(), fd.try_clone().context("duplicating fd")?));
        Ok(fd)
    }

    /// A directory opened for reading (to set xattrs or metadata on it).
    fn open_dir_rw(&mut self, rel: &[u8]) -> Result<OwnedFd> {
        let path = if rel.is_empty() { &b"."[..] } else { rel };
        self.resolve(
            path,
            OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        )
        .map_err(|e| beneath_error(e, rel))
    }

    /// Open directory `rel` (relative to the layer root) without leaving the
    /// root, creating missing directories when `create` is set.
    fn open_beneath(&mut self, rel: &[u8], create: bool) -> Result<OwnedFd> {
        let flags = OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC;
        let path = if rel.is_empty() { &b"."[..] } else { rel };
        match self.resolve(path, flags) {
            Ok(fd) => return Ok(fd),
            Err(Errno::ENOENT) if create => {}
            Err(e) => return Err(beneath_error(e, rel)),
        }
        // Create the missing directories one level at a time, as tar does
        // for entries whose parents were not listed.
        let comps: Vec<&[u8]> = rel.split(|&c| c == b'/').collect();
        let mut cur = self
            .resolve(b".", flags)
            .map_err(|e| beneath_error(e, b"."))?;
        for i in 0..comps.len() {
            let prefix = join(&comps[..=i]);
            match self.resolve(&prefix, flags) {
                Ok(fd) => cur = fd,
                Err(Errno::ENOENT) => {
                    let name = OsStr::from_bytes(comps[i]);
                    match mkdirat(&cur, name, Mode::from_bits_truncate(0o755)) {
                        Ok(()) | Err(Errno::EEXIST) => {}
                        Err(e) => return Err(e).context("creating parent directory"),
                    }
                    cur = self
                        .resolve(&prefix, flags)
                        .map_err(|e| beneath_error(e, &prefix))?;
                }
                Err(e) => return Err(beneath_error(e, &prefix)),
            }
        }
        Ok(cur)
    }

    fn finish(&mut self) -> Result<()> {
        self.parent = None;
        // Children first, so setting a parent's time is the last write to it.
        let dir_times = std::mem::take(&mut self.dir_times);
        for (rel, t) in dir_times.iter().rev() {
            if rel.is_empty() {
                let fd = self.open_dir_rw(&[])?;
                futimens(&fd, t, t).context("setting directory times")?;
                continue;
            }
            let comps: Vec<&[u8]> = rel.split(|&c| c == b'/').collect();
            let Some((&name, parents)) = comps.split_last() else {
                continue;
            };
            let parent = self
                .resolve(
                    &if parents.is_empty() {
                        b".".to_vec()
                    } else {
                        join(parents)
                    },
                    OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
                )
                .map_err(|e| beneath_error(e, rel))?;
            match utimensat(
                &parent,
                OsStr::from_bytes(name),
                t,
                t,
                UtimensatFlags::NoFollowSymlink,
            ) {
                // A later entry may have replaced the directory.
                Ok(()) | Err(Errno::ENOENT) => {}
                Err(e) => return Err(e).context("setting directory times"),
            }
        }
        Ok(())
    }
}

/// `openat2(root, path, RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)`, with a
/// component-by-component `O_NOFOLLOW` walk where openat2 is missing
/// (kernels before 5.6, or a seccomp filter that hides it).
fn resolve_beneath(root: &OwnedFd, path: &[u8], flags: OFlag) -> nix::Result<OwnedFd> {
    let how = OpenHow::new()
        .flags(flags)
        .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_MAGICLINKS);
    match openat2(root, OsStr::from_bytes(path), how) {
        Err(Errno::ENOSYS | Errno::EPERM) => {}
        other => return other,
    }
    let mut cur = openat(root, ".", OFlag::O_PATH | OFlag::O_CLOEXEC, Mode::empty())?;
    let comps: Vec<&[u8]> = path
        .split(|&c| c == b'/')
        .filter(|c| !c.is_empty() && *c != b".")
        .collect();
    for (i, c) in comps.iter().enumerate() {
        if *c == b".." {
            return Err(Errno::EXDEV);
        }
        let last = i + 1 == comps.len();
        let f = if last {
            flags | OFlag::O_NOFOLLOW
        } else {
            OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC
        };
        cur = match openat(&cur, OsStr::from_bytes(c), f, Mode::empty()) {
            // A symlink in the way: we cannot prove it stays inside.
            Err(Errno::ELOOP | Errno::ENOTDIR) => {
                let st = fstatat(&cur, OsStr::from_bytes(c), AtFlags::AT_SYMLINK_NOFOLLOW)?;
                return Err(if st.st_mode & libc::S_IFMT == libc::S_IFLNK {
                    Errno::EXDEV
                } else {
                    Errno::ENOTDIR
                });
            }
            other => other?,
        };
    }
    if comps.is_empty() {
        return openat(root, ".", flags, Mode::empty());
    }
    Ok(cur)
}

fn beneath_error(e: Errno, rel: &[u8]) -> anyhow::Error {
    let p = String::from_utf8_lossy(rel);
    match e {
        Errno::EXDEV | Errno::ELOOP => {
            anyhow!("refusing to write through {p:?}: a symlink there leads outside the layer")
        }
        Errno::ENOTDIR => anyhow!("{p:?} is not a directory"),
        e => anyhow!("opening {p:?}: {e}"),
    }
}

fn chown_error(e: Errno, uid: u32, gid: u32) -> anyhow::Error {
    if e == Errno::EINVAL {
        crate::error::HintedError::wrap(
            anyhow!("cannot set owner {uid}:{gid}: the ID is not mapped in this user namespace"),
            "give your user a large enough range in /etc/subuid and /etc/subgid (e.g. 100000:65536)"
                .into(),
        )
    } else {
        anyhow!("setting owner {uid}:{gid}: {e}")
    }
}

/// Remove whatever is at `parent/name` so a new entry can take its place
/// (tar semantics: later entries replace earlier ones).
fn remove_existing(parent: &OwnedFd, name: &OsStr) -> Result<()> {
    match unlinkat(parent, name, UnlinkatFlags::NoRemoveDir) {
        Ok(()) | Err(Errno::ENOENT) => Ok(()),
        Err(Errno::EISDIR) => match unlinkat(parent, name, UnlinkatFlags::RemoveDir) {
            Ok(()) | Err(Errno::ENOENT) => Ok(()),
            Err(Errno::ENOTEMPTY | Errno::EEXIST) => {
                // A non-empty directory replaced by a non-directory. The
                // directory fd pins the parent, so this path cannot be
                // redirected by a symlink; remove_dir_all does not follow
                // symlinks inside the tree.
                let path = Path::new("/proc/self/fd")
                    .join(std::os::fd::AsRawFd::as_raw_fd(parent).to_string())
                    .join(name);
                std::fs::remove_dir_all(&path).context("replacing a directory")
            }
            Err(e) => Err(e).context("replacing a directory"),
        },
        Err(e) => Err(e).context("replacing an existing entry"),
    }
}

fn device<R: Read>(entry: &tar::Entry<'_, R>) -> libc::dev_t {
    let h = entry.header();
    let major = h.device_major().ok().flatten().unwrap_or(0);
    let minor = h.device_minor().ok().flatten().unwrap_or(0);
    libc::makedev(major, minor)
}

fn read_meta<R: Read>(entry: &mut tar::Entry<'_, R>) -> Result<Meta> {
    let h = entry.header();
    // Go's archive/tar reads a blank (all NUL or space) numeric field as 0,
    // and some archive writers leave uid/gid/mtime blank; so do we.
    let old = h.as_old();
    let blank = |f: &[u8]| f.iter().all(|&c| c == 0 || c == b' ');
    let num = |r: std::io::Result<u64>, field: &[u8], what: &str| -> Result<u64> {
        match r {
            Ok(v) => Ok(v),
            Err(_) if blank(field) => Ok(0),
            Err(e) => Err(anyhow!("invalid {what} in tar header: {e}")),
        }
    };
    let mode = num(h.mode().map(u64::from), &old.mode, "mode")? as u32;
    let mut uid =
        u32::try_from(num(h.uid(), &old.uid, "uid")?).map_err(|_| anyhow!("uid out of range"))?;
    let mut gid =
        u32::try_from(num(h.gid(), &old.gid, "gid")?).map_err(|_| anyhow!("gid out of range"))?;
    let secs = num(h.mtime(), &old.mtime, "mtime")?;
    let mut mtime = TimeSpec::new(secs.min(i64::MAX as u64) as i64, 0);
    let mut xattrs = Vec::new();
    if let Some(pax) = entry.pax_extensions().context("invalid PAX header")? {
        for ext in pax {
            let ext = ext.context("invalid PAX record")?;
            let key = ext.key_bytes();
            let value = ext.value_bytes();
            if let Some(name) = key.strip_prefix(b"SCHILY.xattr.") {
                // Never take overlay's own attributes from an archive: they
                // would let a layer fake redirects or whiteouts.
                if name.starts_with(b"trusted.overlay.") || name.starts_with(b"user.overlay.") {
                    continue;
                }
                xattrs.push((name.to_vec(), value.to_vec()));
            } else if key == b"uid" {
                uid = parse_pax_u32(value).context("invalid PAX uid")?;
            } else if key == b"gid" {
                gid = parse_pax_u32(value).context("invalid PAX gid")?;
            } else if key == b"mtime"
                && let Some(t) = parse_pax_time(value)
            {
                mtime = t;
            }
        }
    }
    Ok(Meta {
        mode,
        uid,
        gid,
        mtime,
        xattrs,
    })
}

fn parse_pax_u32(v: &[u8]) -> Result<u32> {
    std::str::from_utf8(v)?
        .trim()
        .parse()
        .map_err(|e| anyhow!("{e}"))
}

fn parse_pax_time(v: &[u8]) -> Option<TimeSpec> {
    let s = std::str::from_utf8(v).ok()?;
    let (secs, frac) = s.split_once('.').unwrap_or((s, ""));
    let secs: i64 = secs.parse().ok()?;
    let frac: String = frac.chars().take(9).collect();
    let nanos: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<9}").parse().ok()?
    };
    if secs < 0 && nanos > 0 {
        return Some(TimeSpec::new(secs - 1, 1_000_000_000 - nanos));
    }
    Some(TimeSpec::new(secs, nanos))
}

fn copy_with(buf: &mut [u8], r: &mut impl Read, w: &mut impl Write) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        let n = match r.read(buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        w.write_all(&buf[..n])?;
        total += n as u64;
    }
}

#[cfg(test)]
#[allow(clippy::print_stderr)]
mod tests {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

    fn opts() -> UnpackOptions {
        UnpackOptions {
            rootless: true,
            chown: nix::unistd::geteuid().is_root(),
            ..UnpackOptions::default()
        }
    }

    fn header(path: &str, kind: tar::EntryType, size: u64) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_size(size);
        h.set_mode(if kind.is_dir() { 0o755 } else { 0o644 });
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_700_000_000);
        // Write the name bytes directly: set_path refuses `..` and absolute
        // names, which is exactly what the hostile tests need.
        let name = &mut h.as_old_mut().name;
        name[..path.len()].copy_from_slice(path.as_bytes());
        h.set_cksum();
        h
    }

    fn tar_of(entries: &[(&str, tar::EntryType, &[u8], Option<&str>)]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        for (path, kind, data, link) in entries {
            let mut h = header(path, *kind, data.len() as u64);
            if let Some(l) = link {
                h.set_link_name(l).unwrap();
                h.set_cksum();
            }
            b.append(&h, *data).unwrap();
        }
        b.into_inner().unwrap()
    }

    #[test]
    fn unpacks_files_dirs_links_and_hashes_the_stream() {
        use tar::EntryType as T;
        let data = tar_of(&[
            ("etc/", T::Directory, b"", None),
            (
                "etc/passwd",
                T::Regular,
                b"root:x:0:0::/root:/bin/sh\n",
                None,
            ),
            ("bin/busybox", T::Regular, b"\x7fELF", None),
            ("bin/sh", T::Symlink, b"", Some("busybox")),
            ("bin/ls", T::Link, b"", Some("bin/busybox")),
        ]);
        let dest = tempfile::tempdir().unwrap();
        let stats = unpack(&data[..], dest.path(), &opts()).unwrap();
        assert_eq!(stats.diff_id.unwrap(), Digest::of(&data));
        assert_eq!(stats.tar_size, data.len() as u64);
        assert_eq!(stats.entries, 5);
        let p = dest.path();
        assert_eq!(std::fs::read(p.join("etc/passwd")).unwrap().len(), 26);
        assert_eq!(
            std::fs::read_link(p.join("bin/sh")).unwrap(),
            Path::new("busybox")
        );
        let a = std::fs::metadata(p.join("bin/busybox")).unwrap();
        let b = std::fs::metadata(p.join("bin/ls")).unwrap();
        assert_eq!(a.ino(), b.ino());
        assert_eq!(a.permissions().mode() & 0o777, 0o644);
        assert_eq!(
            std::fs::metadata(p.join("etc")).unwrap().mtime(),
            1_700_000_000
        );
    }

    #[test]
    fn compressed_layers_are_detected() {
        use tar::EntryType as T;
        let data = tar_of(&[("f", T::Regular, b"hello", None)]);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&data).unwrap();
        let gz = gz.finish().unwrap();
        let zs = zstd::encode_all(&data[..], 1).unwrap();
        for blob in [gz, zs] {
            let dest = tempfile::tempdir().unwrap();
            let stats = unpack(&blob[..], dest.path(), &opts()).unwrap();
            // The diff ID is the digest of the *uncompressed* stream.
            assert_eq!(stats.diff_id.unwrap(), Digest::of(&data));
            assert_eq!(std::fs::read(dest.path().join("f")).unwrap(), b"hello");
        }
        assert!(Compression::detect(b"BZh91AY").is_err());
    }

    #[test]
    fn whiteouts_become_overlay_whiteouts() {
        use tar::EntryType as T;
        let data = tar_of(&[
            ("dir/", T::Directory, b"", None),
            ("dir/.wh..wh..opq", T::Regular, b"", None),
            ("etc/.wh.removed", T::Regular, b"", None),
        ]);
        let dest = tempfile::tempdir().unwrap();
        match unpack(&data[..], dest.path(), &opts()) {
            Ok(_) => {}
            Err(e) if format!("{e:#}").contains("creating whiteout") => {
                eprintln!(
                    "skipped: creating a whiteout device needs CAP_MKNOD or a user namespace: {e:#}"
                );
                return;
            }
            Err(e) => panic!("{e:#}"),
        }
        let wh = std::fs::symlink_metadata(dest.path().join("etc/removed")).unwrap();
        assert!(wh.file_type().is_char_device());
        assert_eq!(wh.rdev(), 0);
        assert!(!dest.path().join("etc/.wh.removed").exists());
        assert!(!dest.path().join("dir/.wh..wh..opq").exists());
        let dir = std::fs::File::open(dest.path().join("dir")).unwrap();
        let v = crate::runtime::sys::fgetxattr(&dir, OsStr::new("user.overlay.opaque")).unwrap();
        assert_eq!(v.as_deref(), Some(&b"y"[..]));
    }

    #[test]
    fn hostile_archives_are_refused() {
        use tar::EntryType as T;
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().to_str().unwrap().to_string();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("dotdot", tar_of(&[("../escape", T::Regular, b"x", None)])),
            (
                "nested dotdot",
                tar_of(&[("a/../../escape", T::Regular, b"x", None)]),
            ),
            (
                "absolute",
                tar_of(&[("/tmp/escape", T::Regular, b"x", None)]),
            ),
            (
                "through symlink",
                tar_of(&[
                    ("link", T::Symlink, b"", Some(&target)),
                    ("link/escape", T::Regular, b"x", None),
                ]),
            ),
            (
                "through relative symlink",
                tar_of(&[
                    ("link", T::Symlink, b"", Some("../../../../../../../../../")),
                    ("link/tmp/escape", T::Regular, b"x", None),
                ]),
            ),
            (
                "hardlink outside",
                tar_of(&[("h", T::Link, b"", Some("../../../../etc/passwd"))]),
            ),
            (
                "hardlink through symlink",
                tar_of(&[
                    ("link", T::Symlink, b"", Some("/etc")),
                    ("h", T::Link, b"", Some("link/passwd")),
                ]),
            ),
        ];
        for (what, data) in cases {
            let dest = tempfile::tempdir().unwrap();
            let r = unpack(&data[..], dest.path(), &opts());
            assert!(r.is_err(), "{what}: should be refused");
            assert_eq!(
                std::fs::read_dir(outside.path()).unwrap().count(),
                0,
                "{what}: wrote outside"
            );
        }
        assert!(!Path::new("/tmp/escape").exists());
    }

    #[test]
    fn huge_long_name_is_refused_without_reading_it_all() {
        // A GNU long-name header that claims 64 MiB of name.
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::GNULongName);
        h.set_size(64 << 20);
        h.as_old_mut().name[..13].copy_from_slice(b"././@LongLink");
        h.set_cksum();
        let mut data = h.as_bytes().to_vec();
        data.resize(data.len() + (64 << 20), b'a');
        let dest = tempfile::tempdir().unwrap();
        let e = unpack(&data[..], dest.path(), &opts()).unwrap_err();
        assert!(format!("{e:#}").contains("exceed"), "{e:#}");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let dest = tempfile::tempdir().unwrap();
        let mut junk = vec![0x55u8; 4096];
        junk[0] = b'x';
        assert!(unpack(&junk[..], dest.path(), &opts()).is_err());
        // Truncated gzip.
        assert!(unpack(&[0x1f, 0x8b, 8, 0][..], dest.path(), &opts()).is_err());
    }
}
