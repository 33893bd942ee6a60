//! A directory tree written as a tar stream, through file descriptors
//! only: every entry is opened with `O_NOFOLLOW` relative to its already
//! open parent, and the starting point is resolved with
//! `openat2(RESOLVE_IN_ROOT)`. A tree that changes while it is read (a
//! running container swapping a directory for a symlink) therefore cannot
//! lead the walk outside it: symlinks are archived as symlinks, never
//! followed. Used by `cp` (out of a container), `export`, `commit` (which
//! turns overlay whiteouts into OCI ones) and volume copy-up.

use anyhow::{Context, Result, anyhow, bail};
use nix::dir::Dir;
use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, OpenHow, ResolveFlag, openat, openat2, readlinkat};
use nix::sys::stat::{FileStat, Mode, fstat, fstatat};
use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;

/// Decides which archive paths (no leading `/`) to leave out, given what
/// is there.
pub type Exclude<'a> = &'a dyn Fn(&[u8], &FileStat) -> bool;

/// How to write the tree.
#[derive(Default)]
pub struct TreeOptions<'a> {
    /// Overlay upper directory mode (commit): a 0:0 character device is a
    /// whiteout (`.wh.NAME`), a directory with this xattr set to `y` is
    /// opaque (`.wh..wh..opq`).
    pub overlay_opaque_xattr: Option<&'a str>,
    /// Archive paths (no leading `/`) to leave out, with what is there.
    pub exclude: Option<Exclude<'a>>,
    /// A directory without its entries (one entry of a list of changes).
    pub shallow: bool,
    /// No modification time later than this (a reproducible build's
    /// `SOURCE_DATE_EPOCH`, as BuildKit's rewrite-timestamp).
    pub clamp_mtime: Option<u64>,
}

/// Open `rel` inside `root` as a container sees it: symlinks resolved
/// within `root`, `..` stopping at it. With `follow`, a final symlink is
/// followed too (within `root`).
pub fn open_in_root(
    root: &OwnedFd,
    rel: &[u8],
    flags: OFlag,
    follow: bool,
) -> nix::Result<OwnedFd> {
    let path: &[u8] = if rel.iter().all(|&c| c == b'/') || rel.is_empty() {
        b"."
    } else {
        rel
    };
    let mut flags = flags | OFlag::O_CLOEXEC;
    if !follow {
        flags |= OFlag::O_NOFOLLOW;
    }
    let how = OpenHow::new()
        .flags(flags)
        .resolve(ResolveFlag::RESOLVE_IN_ROOT | ResolveFlag::RESOLVE_NO_MAGICLINKS);
    openat2(root, OsStr::from_bytes(path), how)
}

/// Split `a/b/c` into (`a/b`, `c`); `c` alone has parent `.`.
pub fn split_parent(rel: &[u8]) -> (&[u8], &[u8]) {
    let rel = trim_slashes(rel);
    match rel.iter().rposition(|&c| c == b'/') {
        Some(i) => (&rel[..i], &rel[i + 1..]),
        None => (b".", rel),
    }
}

fn trim_slashes(p: &[u8]) -> &[u8] {
    let mut s = p;
    while let [rest @ .., b'/'] = s {
        s = rest;
    }
    while let [b'/', rest @ ..] = s {
        s = rest;
    }
    s
}

/// Write `rel` (inside `root`) into `out` under the archive name `name`;
/// an empty `name` writes a directory's contents only (docker's `dir/.`).
/// With `follow`, a symlink at `rel` itself is followed (`cp -L`).
pub fn write_path<W: Write>(
    out: &mut tar::Builder<W>,
    root: &OwnedFd,
    rel: &[u8],
    name: &[u8],
    follow: bool,
    opts: &TreeOptions<'_>,
) -> Result<()> {
    let mut w = Walker {
        out,
        opts,
        links: HashMap::new(),
        pending_pax: Vec::new(),
    };
    let rel = trim_slashes(rel);
    if rel.is_empty() || follow {
        // The root itself, or a followed path: open it directly.
        let fd = open_in_root(root, rel, OFlag::O_PATH, true).map_err(|e| not_found(e, rel))?;
        let st = fstat(&fd).context("reading metadata")?;
        let base = if rel.is_empty() {
            b".".as_slice()
        } else {
            split_parent(rel).1
        };
        return w.entry_from_fd(fd, base, name, &st);
    }
    let (parent_rel, base) = split_parent(rel);
    let parent = open_in_root(root, parent_rel, OFlag::O_PATH | OFlag::O_DIRECTORY, true)
        .map_err(|e| not_found(e, rel))?;
    let st = fstatat(
        &parent,
        OsStr::from_bytes(base),
        AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .map_err(|e| not_found(e, rel))?;
    w.entry(&parent, base, name, &st)
}

fn not_found(e: Errno, rel: &[u8]) -> anyhow::Error {
    let p = String::from_utf8_lossy(rel);
    match e {
        Errno::ENOENT => anyhow!("/{p}: no such file or directory"),
        Errno::ENOTDIR => anyhow!("/{p}: not a directory"),
        e => anyhow!("/{p}: {e}"),
    }
}

struct Walker<'o, 'a, W: Write> {
    out: &'o mut tar::Builder<W>,
    opts: &'o TreeOptions<'a>,
    /// (dev, ino) of files with several links → their first archive path.
    links: HashMap<(u64, u64), Vec<u8>>,
    /// PAX records for the next entry.
    pending_pax: Vec<(Vec<u8>, Vec<u8>)>,
}

/// `a/b` for archive paths (`b` alone when `a` is empty).
pub fn join(a: &[u8], b: &[u8]) -> Vec<u8> {
    if a.is_empty() {
        b.to_vec()
    } else {
        let mut v = a.to_vec();
        v.push(b'/');
        v.extend_from_slice(b);
        v
    }
}

fn header_for(st: &FileStat, kind: tar::EntryType, opts: &TreeOptions) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(st.st_mode & 0o7777);
    h.set_uid(u64::from(st.st_uid));
    h.set_gid(u64::from(st.st_gid));
    let mtime = st.st_mtime.max(0) as u64;
    h.set_mtime(opts.clamp_mtime.map_or(mtime, |c| mtime.min(c)));
    h.set_size(0);
    h
}

/// One PAX record: `LEN key=value\n`, LEN counting itself.
fn pax_record(key: &[u8], value: &[u8]) -> Vec<u8> {
    let body = key.len() + value.len() + 3;
    let mut len = body + 1;
    while body + len.to_string().len() != len {
        len = body + len.to_string().len();
    }
    let mut v = format!("{len} ").into_bytes();
    v.extend_from_slice(key);
    v.push(b'=');
    v.extend_from_slice(value);
    v.push(b'\n');
    v
}

/// Extended attributes worth archiving: not overlay's own, not SELinux
/// labels of this host.
fn xattrs(fd: &OwnedFd) -> Vec<(Vec<u8>, Vec<u8>)> {
    let Ok(names) = crate::runtime::sys::flistxattr(fd.as_fd()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for n in names {
        let b = n.as_bytes();
        if b.starts_with(b"trusted.overlay.")
            || b.starts_with(b"user.overlay.")
            || b == b"security.selinux"
        {
            continue;
        }
        if let Ok(Some(v)) = crate::runtime::sys::fgetxattr(fd.as_fd(), &n) {
            out.push((b.to_vec(), v));
        }
    }
    out.sort();
    out
}

/// Reads exactly `left` bytes: zeros if the file shrank meanwhile.
struct Exact<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = match self.inner.read(&mut buf[..want])? {
            0 => {
                buf[..want].fill(0);
                want
            }
            n => n,
        };
        self.left -= n as u64;
        Ok(n)
    }
}

impl<W: Write> Walker<'_, '_, W> {
    fn excluded(&self, path: &[u8], st: &FileStat) -> bool {
        self.opts.exclude.is_some_and(|f| f(path, st))
    }

    fn append(&mut self, h: &mut tar::Header, path: &[u8], data: impl Read) -> Result<()> {
        self.flush_pax(path)?;
        self.out
            .append_data(h, OsStr::from_bytes(path), data)
            .with_context(|| format!("writing {} to the archive", String::from_utf8_lossy(path)))
    }

    /// Extended attributes for the next entry's PAX header.
    fn pax(&mut self, xattrs: &[(Vec<u8>, Vec<u8>)]) {
        self.pending_pax = xattrs
            .iter()
            .map(|(k, v)| {
                let mut key = b"SCHILY.xattr.".to_vec();
                key.extend_from_slice(k);
                (key, v.clone())
            })
            .collect();
    }

    /// The PAX header of the entry `path`, if it needs one: its pending
    /// extended attributes, and its name when it starts with `./` (which
    /// the tar crate's names drop; moby's archives of `dir/.` keep it, and
    /// docker's client rebases on it).
    fn flush_pax(&mut self, path: &[u8]) -> Result<()> {
        let mut records = std::mem::take(&mut self.pending_pax);
        if path.starts_with(b"./") {
            records.push((b"path".to_vec(), path.to_vec()));
        }
        if records.is_empty() {
            return Ok(());
        }
        let mut data = Vec::new();
        for (k, v) in &records {
            data.extend(pax_record(k, v));
        }
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::XHeader);
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        let mut name = b"PaxHeaders.0/".to_vec();
        let tail = &path[path.len().saturating_sub(80)..];
        name.extend(tail.iter().map(|&c| if c == b'/' { b'_' } else { c }));
        h.set_path(OsStr::from_bytes(&name))
            .context("naming a PAX header")?;
        h.set_cksum();
        self.out
            .append(&h, &data[..])
            .context("writing a PAX header")
    }

    /// Archive `parent/name` (already `lstat`ed as `st`) as `path`.
    fn entry(&mut self, parent: &OwnedFd, name: &[u8], path: &[u8], st: &FileStat) -> Result<()> {
        let fmt = st.st_mode & libc::S_IFMT;
        let oname = OsStr::from_bytes(name);
        match fmt {
            libc::S_IFDIR | libc::S_IFREG => {
                let flags = if fmt == libc::S_IFDIR {
                    OFlag::O_RDONLY | OFlag::O_DIRECTORY
                } else {
                    OFlag::O_RDONLY
                };
                let fd = match openat(
                    parent,
                    oname,
                    flags | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                    Mode::empty(),
                ) {
                    Ok(fd) => fd,
                    // Gone or replaced meanwhile: archive what is there now.
                    Err(Errno::ENOENT) => return Ok(()),
                    Err(e @ (Errno::ELOOP | Errno::ENOTDIR)) => {
                        let st = fstatat(parent, oname, AtFlags::AT_SYMLINK_NOFOLLOW)?;
                        if st.st_mode & libc::S_IFMT == fmt {
                            return Err(e).context("opening a file to archive");
                        }
                        return self.entry(parent, name, path, &st);
                    }
                    Err(e) => {
                        return Err(e)
                            .with_context(|| format!("opening {}", String::from_utf8_lossy(path)));
                    }
                };
                let st = fstat(&fd)?;
                self.entry_from_fd(fd, name, path, &st)
            }
            libc::S_IFLNK => {
                if self.excluded(path, st) {
                    return Ok(());
                }
                let target = readlinkat(parent, oname).context("reading a symlink")?;
                let mut h = header_for(st, tar::EntryType::Symlink, self.opts);
                self.flush_pax(path)?;
                self.out
                    .append_link(&mut h, OsStr::from_bytes(path), &target)
                    .with_context(|| format!("writing {}", String::from_utf8_lossy(path)))
            }
            libc::S_IFCHR | libc::S_IFBLK | libc::S_IFIFO => {
                if self.excluded(path, st) {
                    return Ok(());
                }
                if fmt == libc::S_IFCHR
                    && st.st_rdev == 0
                    && self.opts.overlay_opaque_xattr.is_some()
                {
                    // An overlay whiteout: the OCI form.
                    let (dir, base) = match path.iter().rposition(|&c| c == b'/') {
                        Some(i) => (&path[..i], &path[i + 1..]),
                        None => (&b""[..], path),
                    };
                    let mut wh = b".wh.".to_vec();
                    wh.extend_from_slice(base);
                    let mut h = header_for(st, tar::EntryType::Regular, self.opts);
                    h.set_mode(0o644);
                    return self.append(&mut h, &join(dir, &wh), io::empty());
                }
                let kind = match fmt {
                    libc::S_IFCHR => tar::EntryType::Char,
                    libc::S_IFBLK => tar::EntryType::Block,
                    _ => tar::EntryType::Fifo,
                };
                let mut h = header_for(st, kind, self.opts);
                if fmt != libc::S_IFIFO {
                    h.set_device_major(libc::major(st.st_rdev))?;
                    h.set_device_minor(libc::minor(st.st_rdev))?;
                }
                self.append(&mut h, path, io::empty())
            }
            // Sockets cannot be archived; tar skips them too.
            _ => Ok(()),
        }
    }

    /// Archive an open file or directory.
    fn entry_from_fd(
        &mut self,
        fd: OwnedFd,
        name: &[u8],
        path: &[u8],
        st: &FileStat,
    ) -> Result<()> {
        let fmt = st.st_mode & libc::S_IFMT;
        if fmt != libc::S_IFDIR && fmt != libc::S_IFREG {
            // A followed path that is neither a file nor a directory.
            bail!(
                "{}: cannot archive this kind of file here",
                String::from_utf8_lossy(name)
            );
        }
        // An O_PATH descriptor cannot be read: reopen it.
        let fd = if fmt == libc::S_IFDIR {
            openat(
                &fd,
                ".",
                OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
                Mode::empty(),
            )
            .context("opening a directory")?
        } else {
            let p = format!("/proc/self/fd/{}", std::os::fd::AsRawFd::as_raw_fd(&fd));
            match nix::fcntl::open(
                p.as_str(),
                OFlag::O_RDONLY | OFlag::O_CLOEXEC,
                Mode::empty(),
            ) {
                Ok(f) => f,
                Err(_) => fd,
            }
        };
        if !path.is_empty() && self.excluded(path, st) {
            return Ok(());
        }
        if fmt == libc::S_IFREG {
            if st.st_nlink > 1 {
                let key = (st.st_dev, st.st_ino);
                if let Some(first) = self.links.get(&key).cloned() {
                    let mut h = header_for(st, tar::EntryType::Link, self.opts);
                    self.flush_pax(path)?;
                    return self
                        .out
                        .append_link(&mut h, OsStr::from_bytes(path), OsStr::from_bytes(&first))
                        .context("writing a hard link");
                }
                self.links.insert(key, path.to_vec());
            }
            let x = xattrs(&fd);
            self.pax(&x);
            let mut h = header_for(st, tar::EntryType::Regular, self.opts);
            h.set_size(st.st_size as u64);
            let file = std::fs::File::from(fd);
            return self.append(
                &mut h,
                path,
                Exact {
                    inner: file,
                    left: st.st_size as u64,
                },
            );
        }
        // A directory: itself (unless it is the unnamed root), then its
        // entries in name order.
        if !path.is_empty() {
            let x = xattrs(&fd);
            self.pax(&x);
            let mut h = header_for(st, tar::EntryType::Directory, self.opts);
            let mut p = path.to_vec();
            p.push(b'/');
            self.append(&mut h, &p, io::empty())?;
            if let Some(attr) = self.opts.overlay_opaque_xattr
                && crate::runtime::sys::fgetxattr(fd.as_fd(), OsStr::new(attr))
                    .ok()
                    .flatten()
                    .is_some_and(|v| v == b"y")
            {
                let mut h = header_for(st, tar::EntryType::Regular, self.opts);
                h.set_mode(0o644);
                self.append(&mut h, &join(path, b".wh..wh..opq"), io::empty())?;
            }
        }
        if self.opts.shallow && !path.is_empty() {
            return Ok(());
        }
        let mut names: Vec<Vec<u8>> = Vec::new();
        let dup = fd.try_clone().context("duplicating a directory fd")?;
        let mut dir = Dir::from_fd(dup).context("reading a directory")?;
        for e in dir.iter() {
            let e = e.context("reading a directory")?;
            let n = e.file_name().to_bytes();
            if n != b"." && n != b".." {
                names.push(n.to_vec());
            }
        }
        names.sort();
        for n in names {
            let st = match fstatat(&fd, OsStr::from_bytes(&n), AtFlags::AT_SYMLINK_NOFOLLOW) {
                Ok(st) => st,
                Err(Errno::ENOENT) => continue,
                Err(e) => return Err(e).context("reading metadata"),
            };
            let child = join(path, &n);
            self.entry(&fd, &n, &child, &st)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(archive: &[u8]) -> Vec<(String, tar::EntryType, Option<String>)> {
        let mut a = tar::Archive::new(archive);
        a.entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    String::from_utf8_lossy(&e.path_bytes()).into_owned(),
                    e.header().entry_type(),
                    e.link_name_bytes()
                        .map(|l| String::from_utf8_lossy(&l).into_owned()),
                )
            })
            .collect()
    }

    #[test]
    fn symlinks_are_archived_not_followed_and_links_are_kept() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("etc/sub")).unwrap();
        std::fs::write(r.join("etc/a"), b"A").unwrap();
        std::fs::hard_link(r.join("etc/a"), r.join("etc/sub/b")).unwrap();
        std::os::unix::fs::symlink("/etc/shadow", r.join("etc/evil")).unwrap();
        std::os::unix::fs::symlink("../../..", r.join("etc/up")).unwrap();
        let root = nix::fcntl::open(r, OFlag::O_PATH | OFlag::O_DIRECTORY, Mode::empty()).unwrap();
        let mut b = tar::Builder::new(Vec::new());
        write_path(
            &mut b,
            &root,
            b"etc",
            b"etc",
            false,
            &TreeOptions::default(),
        )
        .unwrap();
        let l = listing(&b.into_inner().unwrap());
        let names: Vec<&str> = l.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "etc/",
                "etc/a",
                "etc/evil",
                "etc/sub/",
                "etc/sub/b",
                "etc/up"
            ]
        );
        assert_eq!(l[2].1, tar::EntryType::Symlink);
        assert_eq!(l[2].2.as_deref(), Some("/etc/shadow"));
        assert_eq!(l[4].1, tar::EntryType::Link);
        // Following a symlink stays inside the root: /etc/shadow there does
        // not exist, so nothing of the host's is read.
        let mut b = tar::Builder::new(Vec::new());
        assert!(
            write_path(
                &mut b,
                &root,
                b"etc/evil",
                b"x",
                true,
                &TreeOptions::default()
            )
            .is_err()
        );
        // `..` out of the root lands on the root.
        let mut b = tar::Builder::new(Vec::new());
        write_path(
            &mut b,
            &root,
            b"etc/up/etc/a",
            b"a",
            true,
            &TreeOptions::default(),
        )
        .unwrap();
        assert_eq!(listing(&b.into_inner().unwrap())[0].0, "a");
        // Contents only.
        let mut b = tar::Builder::new(Vec::new());
        write_path(
            &mut b,
            &root,
            b"etc/sub",
            b"",
            false,
            &TreeOptions::default(),
        )
        .unwrap();
        assert_eq!(listing(&b.into_inner().unwrap())[0].0, "b");
        assert_eq!(split_parent(b"/a/b/"), (&b"a"[..], &b"b"[..]));
        assert_eq!(split_parent(b"c"), (&b"."[..], &b"c"[..]));
        assert_eq!(pax_record(b"k", b"v").len(), 6);
        assert_eq!(&pax_record(b"k", b"v")[..], b"6 k=v\n");
        let long = pax_record(b"SCHILY.xattr.user.x", &[b'a'; 100]);
        let n: usize = String::from_utf8_lossy(&long)
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(n, long.len());
    }
}
