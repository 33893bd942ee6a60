//! A container's file system: cp, diff, export, commit, mount, umount.

use super::Engine;
use crate::container::commit::{CommitOptions, commit as commit_container};
use crate::container::copy::{CopyOptions, PathStat, Side, copy};
use crate::container::rootfs::{self, Access, Change};
use crate::container::{IndexEntry, mount};
use crate::image::store::ImageRecord;
use crate::image::tree::{TreeOptions, write_path};
use anyhow::{Context, Result};
use std::io::Write;
use std::os::fd::{AsFd, BorrowedFd};
use std::path::PathBuf;

/// One end of a copy, as given: names are looked up by [`Engine::copy`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyEnd {
    Host(PathBuf),
    /// A tar stream: stdin as the source, stdout as the destination (or
    /// the descriptor given to [`Engine::copy_stream`]).
    Stream,
    Container {
        name: String,
        path: String,
    },
}

impl Engine {
    /// Copy between the host (or a tar stream) and containers, by
    /// podman's path rules. Rootless: a running container's user namespace
    /// is joined, a stopped one's file system is mounted in ours (see
    /// `rootfs::with_root`).
    pub fn copy(&self, from: &CopyEnd, to: &CopyEnd, opts: &CopyOptions) -> Result<()> {
        self.copy_via(from, to, opts, None)
    }

    /// [`Engine::copy`] with [`CopyEnd::Stream`] read from or written to
    /// `stream` instead of stdin or stdout (an API connection).
    pub fn copy_stream(
        &self,
        from: &CopyEnd,
        to: &CopyEnd,
        opts: &CopyOptions,
        stream: BorrowedFd<'_>,
    ) -> Result<()> {
        self.copy_via(from, to, opts, Some(stream))
    }

    /// What `path` in container `name` resolves to (`None`: nothing
    /// there), for the API's archive requests. Rootless: as `copy`.
    pub fn stat_path(&self, name: &str, path: &str) -> Result<Option<PathStat>> {
        let e = self.containers.find(name)?;
        crate::container::copy::stat(&self.containers, &self.images, &e.id, path)
    }

    fn copy_via(
        &self,
        from: &CopyEnd,
        to: &CopyEnd,
        opts: &CopyOptions,
        stream: Option<BorrowedFd<'_>>,
    ) -> Result<()> {
        // podman's cp words a missing container its own way.
        let find = |end: &CopyEnd| -> Result<Option<IndexEntry>> {
            let CopyEnd::Container { name, .. } = end else {
                return Ok(None);
            };
            self.containers.find(name).map(Some).map_err(|e| {
                if crate::error::is_not_found(&e) {
                    crate::error::classified(
                        crate::error::Kind::NotFound,
                        format!("container {name:?} does not exist"),
                    )
                } else {
                    e
                }
            })
        };
        let (se, de) = (find(from)?, find(to)?);
        fn side<'a>(end: &'a CopyEnd, e: Option<&'a IndexEntry>, fd: BorrowedFd<'a>) -> Side<'a> {
            match (end, e) {
                (CopyEnd::Container { path, .. }, Some(e)) => Side::Container {
                    id: &e.id,
                    name: &e.name,
                    path,
                },
                (CopyEnd::Host(h), _) => Side::Host(h),
                _ => Side::Stream(fd),
            }
        }
        let (stdin, stdout) = (std::io::stdin(), std::io::stdout());
        copy(
            &self.containers,
            &self.images,
            side(from, se.as_ref(), stream.unwrap_or(stdin.as_fd())),
            side(to, de.as_ref(), stream.unwrap_or(stdout.as_fd())),
            opts,
        )
    }

    /// A container's changes to its image (`diff`); for a name that is
    /// no container but an image, its top layer's against the ones below.
    pub fn changes(&self, name: Option<&str>, latest: bool) -> Result<Vec<Change>> {
        self.enter_userns()?;
        match self.one(name, latest, "diff") {
            Ok(e) => {
                let config = self.containers.config(&e.id)?;
                rootfs::changes(&self.containers, &self.images, &config)
            }
            Err(e) if crate::error::is_not_found(&e) && !latest => {
                let name = name.unwrap_or_default();
                let images = self.images.images()?;
                let Some(img) = crate::image::store::find(&images, name)? else {
                    return Err(crate::error::classified(
                        crate::error::Kind::NotFound,
                        format!("{name} not found: layer not known"),
                    ));
                };
                let dirs: Vec<PathBuf> = img
                    .layers
                    .iter()
                    .rev()
                    .map(|l| self.images.layer_diff(&l.chain_id))
                    .collect();
                match dirs.split_first() {
                    Some((top, lowers)) => rootfs::changes_between(
                        top,
                        lowers,
                        rootfs::opaque_xattr(self.containers.paths.rootless),
                    ),
                    None => Ok(Vec::new()),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// Write a container's file system (without its volumes) as a tar
    /// archive to `out`.
    pub fn export(&self, name: &str, out: &std::fs::File) -> Result<()> {
        self.enter_userns()?;
        let e = self.containers.find(name)?;
        let config = self.containers.config(&e.id)?;
        let spec = rootfs::view_spec(&self.containers, &self.images, &config, Access::Read, false)?;
        crate::runtime::view::with_view(&spec, |root| {
            let mut b = tar::Builder::new(std::io::BufWriter::with_capacity(256 * 1024, out));
            write_path(&mut b, root, b"", b"", false, &TreeOptions::default())?;
            let mut w = b.into_inner()?;
            w.flush().context("writing the archive")?;
            Ok(())
        })
    }

    /// [`Engine::export`] to the file `p`, atomically: a failed export
    /// leaves no half archive under that name.
    pub fn export_to_file(&self, name: &str, p: &std::path::Path) -> Result<()> {
        crate::storage::atomic::create_with(p, |f| self.export(name, f))
    }

    /// Make an image of a container's changes.
    pub fn commit(&self, name: &str, opts: &CommitOptions) -> Result<ImageRecord> {
        self.enter_userns()?;
        let e = self.containers.find(name)?;
        let img = commit_container(&self.containers, &self.images, &e.id, opts)?;
        if let Ok(c) = self.containers.config(&e.id) {
            self.event(&crate::storage::events::Event::container("commit", &c));
        }
        Ok(img)
    }

    /// Whether `mount`/`umount` can work here (rootless: only inside
    /// `skiff unshare`).
    pub fn mount_allowed(&self, cmd: &str) -> Result<()> {
        self.enter_userns()?;
        mount::check_allowed(&self.containers, cmd)
    }

    /// Mount a container's root where the host can see it; the path.
    pub fn mount(&self, name: &str) -> Result<PathBuf> {
        self.enter_userns()?;
        let e = self.containers.find(name)?;
        mount::mount(&self.containers, &self.images, &e.id)
    }

    /// Unmount a container's root; its ID.
    pub fn unmount(&self, name: &str, force: bool) -> Result<String> {
        self.enter_userns()?;
        let e = self.containers.find(name)?;
        mount::unmount(&self.containers, &e.id, force)?;
        Ok(e.id)
    }

    /// The mounted containers and their mount points.
    pub fn mounted(&self) -> Result<Vec<(IndexEntry, PathBuf)>> {
        self.enter_userns()?;
        let cs = &self.containers;
        Ok(cs
            .list()?
            .into_iter()
            .filter(|e| mount::is_mounted(cs, &e.id))
            .map(|e| {
                let p = mount::mountpoint(cs, &e.id);
                (e, p)
            })
            .collect())
    }
}
