//! The tar stream of a COPY/ADD step from the build context: each
//! placement (see `sources`) at its destination, directories walked in
//! name order with `.dockerignore` applied to their entries, symlinks kept
//! as symlinks, modification times kept. Owners are 0:0 unless `--chown`
//! says otherwise, and `--chmod` replaces the modes.

use super::ignore::Ignore;
use super::sources::Placement;
use crate::image::digest::{Digest, Hasher};
use anyhow::{Context, Result};
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// How the copied entries are owned and moded.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ownership {
    pub uid: u32,
    pub gid: u32,
    /// `--chmod`: the mode of every entry (permission bits).
    pub mode: Option<u32>,
    /// Entries keep their sources' owners (`COPY --from` without
    /// `--chown`); `uid` and `gid` are then unused.
    pub keep_owners: bool,
}

/// Where the walk of a COPY's sources goes: the layer's tar stream, or
/// the digest of their content for the build cache.
trait Sink {
    /// A directory; `meta` is its source's (none for a destination made
    /// for a directory's contents).
    fn dir(
        &mut self,
        name: &str,
        mode: u32,
        mtime: u64,
        meta: Option<&std::fs::Metadata>,
    ) -> Result<()>;
    fn symlink(&mut self, name: &str, target: &Path, meta: &std::fs::Metadata) -> Result<()>;
    fn file(&mut self, name: &str, src: &Path, meta: &std::fs::Metadata) -> Result<()>;
    /// A file of `content` (a here-document), mode 0644.
    fn inline(&mut self, name: &str, content: &[u8]) -> Result<()>;
    /// The entries of the tar archive `src` below `dest` (ADD).
    fn archive(&mut self, dest: &str, src: &Path) -> Result<()>;
}

/// Unpack a tar stream into `dir` (made if missing), modes and times
/// kept, owned by this process unless `owners` (then as in the archive):
/// a copy of files for a build's own use or its `--output`.
pub fn unpack_into(tar: impl std::io::Read, dir: &Path, owners: bool) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut a = tar::Archive::new(tar);
    a.set_preserve_permissions(true);
    a.set_preserve_ownerships(owners);
    a.set_preserve_mtime(true);
    a.set_overwrite(true);
    a.unpack(dir)
        .with_context(|| format!("unpacking into {}", dir.display()))
}

/// Whether `path` is a tar archive, compressed (gzip, zstd) or not: what
/// ADD unpacks rather than copies. bzip2 and xz archives are refused by
/// name rather than copied as files.
pub fn is_archive(path: &Path) -> Result<bool> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut r = crate::image::layer::decompress(f)
        .with_context(|| format!("ADD {}: an archive skiff cannot unpack", path.display()))?;
    let mut head = [0u8; 512];
    let mut n = 0;
    while n < head.len() {
        match std::io::Read::read(&mut r, &mut head[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    // A tar header: "ustar" magic, or (old tar) a valid checksum.
    if n < 512 {
        return Ok(false);
    }
    if &head[257..262] == b"ustar" {
        return Ok(true);
    }
    let Some(stored) = std::str::from_utf8(&head[148..156])
        .ok()
        .map(|t| t.trim_matches(|c: char| c == '\0' || c == ' '))
        .and_then(|t| u32::from_str_radix(t, 8).ok())
    else {
        return Ok(false);
    };
    let sum: u32 = head
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u32::from(*b)
            }
        })
        .sum();
    Ok(sum == stored && head[0] != 0)
}

/// An archive entry's path below `dest`: cleaned, never above it.
fn archive_path(dest: &str, name: &Path) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in name.components() {
        match c {
            std::path::Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            std::path::Component::ParentDir => {
                parts.pop()?;
            }
            _ => {}
        }
    }
    let rel = parts.join("/");
    Some(match (dest.is_empty(), rel.is_empty()) {
        (_, true) => dest.to_string(),
        (true, false) => rel,
        (false, false) => format!("{dest}/{rel}"),
    })
}

/// Write the layer of `placements` (context paths relative to `context`)
/// to `out`.
pub fn write_copy_layer(
    out: impl Write,
    context: &Path,
    placements: &[Placement],
    ignore: &Ignore,
    own: Ownership,
) -> Result<()> {
    let mut b = tar::Builder::new(out);
    b.mode(tar::HeaderMode::Complete);
    b.follow_symlinks(false);
    let mut sink = TarSink { b, own };
    walk_placements(&mut sink, context, placements, ignore)?;
    sink.b.into_inner()?.flush().context("writing the layer")?;
    Ok(())
}

/// The digest of what a COPY of `placements` writes: every entry's
/// destination, type, mode, size, link target and content, in the layer's
/// order; not modification times (touching a file keeps the cache, as in
/// docker), and not owners (the copy sets them: `--chown` is in the
/// instruction).
pub fn content_digest(context: &Path, placements: &[Placement], ignore: &Ignore) -> Result<Digest> {
    let mut sink = HashSink(Hasher::new());
    walk_placements(&mut sink, context, placements, ignore)?;
    Ok(sink.0.finish())
}

fn walk_placements(
    sink: &mut dyn Sink,
    context: &Path,
    placements: &[Placement],
    ignore: &Ignore,
) -> Result<()> {
    for p in placements {
        let dest = p.dest.trim_start_matches('/');
        let src = context.join(&p.source);
        if let Some(content) = &p.content {
            sink.inline(dest, content)?;
        } else if p.extract {
            if !dest.is_empty() {
                sink.dir(dest, 0o755, 0, None)?;
            }
            sink.archive(dest, &src)?;
        } else if p.contents_of_dir {
            if !dest.is_empty() {
                sink.dir(dest, 0o755, 0, None)?;
            }
            walk(sink, context, &p.source, dest, ignore)?;
        } else {
            entry(sink, &src, dest)?;
        }
    }
    Ok(())
}

struct TarSink<W: Write> {
    b: tar::Builder<W>,
    own: Ownership,
}

impl<W: Write> TarSink<W> {
    fn owners(&self, h: &mut tar::Header, meta: Option<&std::fs::Metadata>) {
        match meta.filter(|_| self.own.keep_owners) {
            Some(m) => {
                h.set_uid(u64::from(m.uid()));
                h.set_gid(u64::from(m.gid()));
            }
            // An entry without a source (a destination made for a
            // directory's contents) is root's.
            None if self.own.keep_owners => {
                h.set_uid(0);
                h.set_gid(0);
            }
            None => {
                h.set_uid(u64::from(self.own.uid));
                h.set_gid(u64::from(self.own.gid));
            }
        }
    }

    fn header(&self, meta: &std::fs::Metadata) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        self.owners(&mut h, Some(meta));
        h.set_mode(self.own.mode.unwrap_or(meta.mode() & 0o7777));
        h.set_mtime(u64::try_from(meta.mtime()).unwrap_or(0));
        h
    }
}

impl<W: Write> Sink for TarSink<W> {
    fn dir(
        &mut self,
        name: &str,
        mode: u32,
        mtime: u64,
        meta: Option<&std::fs::Metadata>,
    ) -> Result<()> {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Directory);
        self.owners(&mut h, meta);
        h.set_mode(self.own.mode.unwrap_or(mode));
        h.set_mtime(mtime);
        h.set_size(0);
        self.b
            .append_data(&mut h, format!("{name}/"), std::io::empty())
            .with_context(|| format!("writing {name}"))
    }

    fn symlink(&mut self, name: &str, target: &Path, meta: &std::fs::Metadata) -> Result<()> {
        let mut h = self.header(meta);
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        // Links keep their own mode bits (0777), whatever --chmod says.
        h.set_mode(0o777);
        self.b
            .append_link(&mut h, name, target)
            .with_context(|| format!("writing {name}"))
    }

    fn file(&mut self, name: &str, src: &Path, meta: &std::fs::Metadata) -> Result<()> {
        let f = std::fs::File::open(src).with_context(|| format!("opening {}", src.display()))?;
        let mut h = self.header(meta);
        h.set_entry_type(tar::EntryType::Regular);
        h.set_size(meta.len());
        self.b
            .append_data(&mut h, name, f)
            .with_context(|| format!("writing {name}"))
    }

    fn inline(&mut self, name: &str, content: &[u8]) -> Result<()> {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        self.owners(&mut h, None);
        h.set_mode(self.own.mode.unwrap_or(0o644));
        h.set_mtime(0);
        h.set_size(content.len() as u64);
        self.b
            .append_data(&mut h, name, content)
            .with_context(|| format!("writing {name}"))
    }

    fn archive(&mut self, dest: &str, src: &Path) -> Result<()> {
        let what = || format!("unpacking {}", src.display());
        let f = std::fs::File::open(src).with_context(what)?;
        let mut a = tar::Archive::new(crate::image::layer::decompress(f).with_context(what)?);
        for e in a.entries().with_context(what)? {
            let mut e = e.with_context(what)?;
            let path = e.path().with_context(what)?.into_owned();
            // The archive's `./` is the destination itself.
            let Some(name) = archive_path(dest, &path).filter(|n| !n.is_empty()) else {
                continue;
            };
            // The entries keep the archive's owners and modes, whatever
            // --chown and --chmod say (as podman unpacks them).
            let mut h = e.header().clone();
            match h.entry_type() {
                tar::EntryType::Symlink => {
                    let target = e
                        .link_name()
                        .with_context(what)?
                        .unwrap_or_default()
                        .into_owned();
                    self.b.append_link(&mut h, &name, target)
                }
                tar::EntryType::Link => {
                    let target = e
                        .link_name()
                        .with_context(what)?
                        .unwrap_or_default()
                        .into_owned();
                    let Some(target) = archive_path(dest, &target).filter(|n| !n.is_empty()) else {
                        continue;
                    };
                    self.b.append_link(&mut h, &name, target)
                }
                tar::EntryType::Regular
                | tar::EntryType::Continuous
                | tar::EntryType::Directory
                | tar::EntryType::Char
                | tar::EntryType::Block
                | tar::EntryType::Fifo => {
                    let name = if h.entry_type().is_dir() {
                        format!("{name}/")
                    } else {
                        name
                    };
                    self.b.append_data(&mut h, &name, &mut e)
                }
                // Extended headers were read by the tar reader; nothing
                // else is a file.
                _ => continue,
            }
            .with_context(what)?;
        }
        Ok(())
    }
}

struct HashSink(Hasher);

impl HashSink {
    /// One field, length-prefixed so that no two entries run together.
    fn field(&mut self, data: &[u8]) {
        self.0.update(&(data.len() as u64).to_le_bytes());
        self.0.update(data);
    }

    /// The bytes of the file `src`.
    fn content(&mut self, src: &Path) -> Result<()> {
        let mut f =
            std::fs::File::open(src).with_context(|| format!("opening {}", src.display()))?;
        std::io::copy(&mut f, &mut self.0).with_context(|| format!("reading {}", src.display()))?;
        Ok(())
    }
}

impl Sink for HashSink {
    fn dir(
        &mut self,
        name: &str,
        mode: u32,
        _mtime: u64,
        _meta: Option<&std::fs::Metadata>,
    ) -> Result<()> {
        self.field(b"d");
        self.field(name.as_bytes());
        self.field(&mode.to_le_bytes());
        Ok(())
    }

    fn symlink(&mut self, name: &str, target: &Path, _meta: &std::fs::Metadata) -> Result<()> {
        self.field(b"l");
        self.field(name.as_bytes());
        self.field(target.as_os_str().as_encoded_bytes());
        Ok(())
    }

    fn file(&mut self, name: &str, src: &Path, meta: &std::fs::Metadata) -> Result<()> {
        self.field(b"f");
        self.field(name.as_bytes());
        self.field(&(meta.mode() & 0o7777).to_le_bytes());
        self.field(&meta.len().to_le_bytes());
        self.content(src)
    }

    fn inline(&mut self, name: &str, content: &[u8]) -> Result<()> {
        self.field(b"i");
        self.field(name.as_bytes());
        self.field(content);
        Ok(())
    }

    fn archive(&mut self, dest: &str, src: &Path) -> Result<()> {
        self.field(b"a");
        self.field(dest.as_bytes());
        self.content(src)
    }
}

/// One entry: a file, a symlink, or a directory (without its contents).
fn entry(sink: &mut dyn Sink, src: &Path, name: &str) -> Result<()> {
    let meta = src
        .symlink_metadata()
        .with_context(|| format!("reading {}", src.display()))?;
    let ft = meta.file_type();
    if ft.is_dir() {
        sink.dir(
            name,
            meta.mode() & 0o7777,
            u64::try_from(meta.mtime()).unwrap_or(0),
            Some(&meta),
        )
    } else if ft.is_symlink() {
        let target =
            std::fs::read_link(src).with_context(|| format!("reading {}", src.display()))?;
        sink.symlink(name, &target, &meta)
    } else if ft.is_file() {
        sink.file(name, src, &meta)
    } else {
        // Devices, sockets and fifos in a build context are not copied
        // (docker copies fifos; nothing here needs them yet).
        crate::debug!(
            "skipping {}: not a file, directory or symlink",
            src.display()
        );
        Ok(())
    }
}

fn walk(
    sink: &mut dyn Sink,
    context: &Path,
    rel: &Path,
    dest: &str,
    ignore: &Ignore,
) -> Result<()> {
    let dir = context.join(rel);
    let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<std::io::Result<_>>()
        .with_context(|| format!("reading {}", dir.display()))?;
    names.sort();
    for n in names {
        let child_rel = rel.join(&n);
        let rel_text = child_rel.to_string_lossy();
        let name = n.to_string_lossy();
        let child_dest = if dest.is_empty() {
            name.to_string()
        } else {
            format!("{dest}/{name}")
        };
        let src = context.join(&child_rel);
        let is_dir = src.symlink_metadata().is_ok_and(|m| m.is_dir());
        if ignore.ignored(&rel_text) {
            // An exception may bring back something below it.
            if is_dir && ignore.has_exceptions() {
                walk(sink, context, &child_rel, &child_dest, ignore)?;
            }
            continue;
        }
        entry(sink, &src, &child_dest)?;
        if is_dir {
            walk(sink, context, &child_rel, &child_dest, ignore)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::sources::place;

    fn listing(tar: &[u8]) -> Vec<(String, u32, u64, String)> {
        let mut a = tar::Archive::new(tar);
        a.entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let h = e.header().clone();
                let mut body = String::new();
                std::io::Read::read_to_string(&mut e, &mut body).unwrap();
                let link = h
                    .link_name()
                    .unwrap()
                    .map(|l| l.display().to_string())
                    .unwrap_or_default();
                (
                    h.path().unwrap().display().to_string(),
                    h.mode().unwrap(),
                    h.uid().unwrap(),
                    if link.is_empty() {
                        body
                    } else {
                        format!("-> {link}")
                    },
                )
            })
            .collect()
    }

    #[test]
    fn copy_layers_as_docker_writes_them() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let c = d.path();
        std::fs::create_dir_all(c.join("app/sub")).unwrap();
        std::fs::write(c.join("app/run.sh"), "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(c.join("app/run.sh"), std::fs::Permissions::from_mode(0o750))
            .unwrap();
        std::fs::write(c.join("app/sub/x.log"), "log").unwrap();
        std::fs::write(c.join("app/sub/keep.log"), "keep").unwrap();
        std::os::unix::fs::symlink("run.sh", c.join("app/link")).unwrap();
        std::fs::write(c.join("one.txt"), "1").unwrap();
        let ignore = Ignore::parse("**/*.log\n!app/sub/keep.log\n").unwrap();
        let placements = place(c, &["app".into()], "/opt/app", "/", &ignore).unwrap();
        let mut out = Vec::new();
        write_copy_layer(&mut out, c, &placements, &ignore, Ownership::default()).unwrap();
        let l = listing(&out);
        let names: Vec<&str> = l.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "opt/app/",
                "opt/app/link",
                "opt/app/run.sh",
                "opt/app/sub/",
                "opt/app/sub/keep.log"
            ]
        );
        assert_eq!(l[1].3, "-> run.sh");
        assert_eq!(l[2].1 & 0o7777, 0o750);
        assert!(l.iter().all(|e| e.2 == 0), "root-owned: {l:?}");
        // --chown and --chmod, a file to a new name.
        let placements = place(c, &["one.txt".into()], "renamed", "/w", &ignore).unwrap();
        let mut out = Vec::new();
        let own = Ownership {
            uid: 1000,
            gid: 1000,
            mode: Some(0o600),
            keep_owners: false,
        };
        write_copy_layer(&mut out, c, &placements, &ignore, own).unwrap();
        assert_eq!(
            listing(&out),
            [("w/renamed".to_string(), 0o600, 1000, "1".to_string())]
        );
    }

    #[test]
    fn content_digest_sees_content_not_times() {
        let d = tempfile::tempdir().unwrap();
        let c = d.path();
        std::fs::create_dir_all(c.join("app")).unwrap();
        std::fs::write(c.join("app/a.txt"), "a").unwrap();
        let ignore = Ignore::default();
        let placements = place(c, &["app".into()], "/app", "/", &ignore).unwrap();
        let digest = || content_digest(c, &placements, &ignore).unwrap();
        let first = digest();
        // Touched (a new modification time): the same.
        let f = std::fs::File::options()
            .write(true)
            .open(c.join("app/a.txt"))
            .unwrap();
        f.set_modified(std::time::SystemTime::UNIX_EPOCH).unwrap();
        assert_eq!(digest(), first);
        // New content, a new file, a new mode: different.
        std::fs::write(c.join("app/a.txt"), "b").unwrap();
        let second = digest();
        assert_ne!(second, first);
        std::fs::write(c.join("app/b.txt"), "").unwrap();
        let third = digest();
        assert_ne!(third, second);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(c.join("app/b.txt"), std::fs::Permissions::from_mode(0o600))
            .unwrap();
        assert_ne!(digest(), third);
    }
}
