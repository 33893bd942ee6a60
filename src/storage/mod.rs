//! Where skiff keeps its state, and the primitives every writer uses.
//!
//! Owns: the choice of the root (persistent) and runroot (tmpfs) directories,
//! file locks ([`lock`]), atomic file writes ([`atomic`]) and owned temporary
//! directories ([`tmp`]). Everything that writes state goes through here.
//! Never: knows what an image or a container is.

pub mod atomic;
pub mod events;
pub mod lock;
pub mod tmp;

use anyhow::{Context, Result, bail};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::WithHint;

/// The two directory trees of one store, and whose they are.
#[derive(Clone, Debug)]
pub struct StorePaths {
    /// Persistent state: images, layers, container configs, volumes.
    pub root: PathBuf,
    /// Runtime state on tmpfs: pids, sockets, mount points.
    pub runroot: PathBuf,
    /// True when the invoking user is not root: user namespaces, `user.*`
    /// overlay xattrs, subuid ranges.
    pub rootless: bool,
    /// The real uid and gid of the invoking user (before any user namespace).
    pub uid: u32,
    pub gid: u32,
    /// Where named volumes live (`--volumepath`; default `<root>/volumes`).
    pub volumes: PathBuf,
    /// How containers' root file systems are made.
    pub driver: Driver,
    /// Extra overlay mount options (`--storage-opt overlay.mountopt=`).
    pub mount_opts: Vec<String>,
    /// Write the event log (`events_logger` other than `none`).
    pub events: bool,
}

/// A storage driver: how a container's root file system is made from its
/// image's layers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Driver {
    /// An overlay mount: the layers below, the container's changes above.
    #[default]
    Overlay,
    /// A full copy of the image per container, for hosts (and nested
    /// containers) where overlay cannot be mounted.
    Vfs,
}

impl Driver {
    /// `--storage-driver` / `STORAGE_DRIVER` values.
    pub fn parse(s: &str) -> Result<Driver> {
        match s {
            "overlay" | "overlay2" => Ok(Driver::Overlay),
            "vfs" => Ok(Driver::Vfs),
            other => Err(crate::error::classified(
                crate::error::Kind::Invalid,
                format!(
                    "unsupported storage driver {other:?}: skiff supports overlay and vfs"
                ),
            ))
            .hint("overlay is the default; vfs copies each image for each container (no overlay mounts needed)"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Driver::Overlay => "overlay",
            Driver::Vfs => "vfs",
        }
    }
}

impl StorePaths {
    /// Resolve the store from flags, then `SKIFF_ROOT`/`SKIFF_RUNROOT`, then
    /// the defaults: `/var/lib/skiff` + `/run/skiff` for root,
    /// `$XDG_DATA_HOME/skiff` + `$XDG_RUNTIME_DIR/skiff` for everyone else.
    pub fn resolve(root: Option<PathBuf>, runroot: Option<PathBuf>) -> Result<Self> {
        let (uid, gid, rootless) = if let Some((uid, gid)) = unshare_ids() {
            (uid, gid, true)
        } else {
            let uid = nix::unistd::geteuid().as_raw();
            (uid, nix::unistd::getegid().as_raw(), uid != 0)
        };
        let env = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let root = match root.or_else(|| env("SKIFF_ROOT")) {
            Some(p) => absolute(&p)?,
            None if !rootless => PathBuf::from("/var/lib/skiff"),
            None => default_data_home()?.join("skiff"),
        };
        let runroot = match runroot.or_else(|| env("SKIFF_RUNROOT")) {
            Some(p) => absolute(&p)?,
            None if !rootless => PathBuf::from("/run/skiff"),
            None => default_runtime_dir(uid)?.join("skiff"),
        };
        Ok(StorePaths {
            volumes: root.join("volumes"),
            root,
            runroot,
            rootless,
            uid,
            gid,
            driver: Driver::Overlay,
            mount_opts: Vec::new(),
            events: true,
        })
    }

    /// Check the driver against the one this store was made with (a store's
    /// containers need the driver that made them; podman refuses the same
    /// way), recording it when the store is new.
    pub fn check_driver(&self) -> Result<()> {
        let f = self.root.join("storage-driver");
        match std::fs::read_to_string(&f) {
            Ok(t) if t.trim() == self.driver.as_str() => Ok(()),
            Ok(t) => Err(crate::error::classified(
                crate::error::Kind::Invalid,
                format!(
                    "database storage graph driver {:?} does not match our storage graph driver {:?}: database configuration mismatch",
                    t.trim(),
                    self.driver.as_str()
                ),
            ))
            .hint("use the driver the store was made with, or another --root"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Stores made before the driver was recorded are overlay.
                let existing = self.root.join("containers").exists();
                let d = if existing { Driver::Overlay } else { self.driver };
                atomic::write(&f, d.as_str().as_bytes(), 0o644)?;
                if d == self.driver {
                    Ok(())
                } else {
                    self.check_driver()
                }
            }
            Err(e) => Err(e).with_context(|| format!("reading {}", f.display())),
        }
    }

    /// Check `--volumepath` against the one this store's volumes live in
    /// (podman refuses a mismatch, as for the driver), recording it when
    /// the store is new.
    pub fn check_volume_path(&self) -> Result<()> {
        let f = self.root.join("volume-path");
        let ours = self.volumes.to_string_lossy().into_owned();
        match std::fs::read_to_string(&f) {
            Ok(t) if t == ours => Ok(()),
            Ok(t) => Err(crate::error::classified(
                crate::error::Kind::Invalid,
                format!(
                    "database volume path {t:?} does not match our volume path {ours:?}: database configuration mismatch"
                ),
            ))
            .hint("use the volume path the store was made with, or another --root"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Stores made before the path was recorded have theirs
                // under the root.
                let recorded = if self.root.join("volumes").exists() {
                    self.root.join("volumes").to_string_lossy().into_owned()
                } else {
                    ours
                };
                atomic::write(&f, recorded.as_bytes(), 0o644)?;
                self.check_volume_path()
            }
            Err(e) => Err(e).with_context(|| format!("reading {}", f.display())),
        }
    }

    /// Create both trees if missing (0700: nothing in here is for others).
    pub fn create(&self) -> Result<()> {
        for dir in [&self.root, &self.runroot] {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .with_context(|| format!("creating {}", dir.display()))
                .hint(
                    "check that the directory is writable, or choose another with --root/--runroot",
                )?;
        }
        self.check_driver()?;
        self.check_volume_path()
    }

    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }
}

/// The bytes of the files below `p` (symlinks not followed).
pub fn tree_size(p: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![p.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            if let Ok(m) = e.metadata() {
                if m.is_dir() {
                    stack.push(e.path());
                } else {
                    total += m.len();
                }
            }
        }
    }
    total
}

/// Set by `skiff unshare` for its command: the invoking user's real IDs.
pub const UNSHARE_UID_ENV: &str = "_SKIFF_UNSHARE_UID";
pub const UNSHARE_GID_ENV: &str = "_SKIFF_UNSHARE_GID";

/// Inside `skiff unshare` (root in the store's user namespace, the
/// variables it set, and a uid map that gives 0 to that user): the
/// invoking user's real uid and gid. Such a command is rootless although
/// it runs as uid 0 (podman's `_CONTAINERS_USERNS_CONFIGURED`).
pub fn unshare_ids() -> Option<(u32, u32)> {
    let env = |k: &str| std::env::var(k).ok()?.parse::<u32>().ok();
    let (uid, gid) = (env(UNSHARE_UID_ENV)?, env(UNSHARE_GID_ENV)?);
    if !nix::unistd::geteuid().is_root() || uid == 0 {
        return None;
    }
    let map = std::fs::read_to_string("/proc/self/uid_map").ok()?;
    let root_is_user = map.lines().any(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.len() == 3 && f[0] == "0" && f[1] == uid.to_string()
    });
    root_is_user.then_some((uid, gid))
}

fn absolute(p: &Path) -> Result<PathBuf> {
    if p.is_absolute() {
        return Ok(p.to_path_buf());
    }
    Ok(std::env::current_dir()
        .context("reading the current directory")?
        .join(p))
}

fn default_data_home() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return absolute(Path::new(&d));
    }
    let home =
        home_dir().context("finding the data directory: neither XDG_DATA_HOME nor HOME is set")?;
    Ok(home.join(".local/share"))
}

/// `$XDG_CONFIG_HOME`, else `~/.config`.
pub fn config_home() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| home_dir().map(|h| h.join(".config")))
}

/// The user's home directory: `$HOME`, else the passwd entry.
pub fn home_dir() -> Option<PathBuf> {
    if let Some(h) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(h));
    }
    nix::unistd::User::from_uid(nix::unistd::geteuid())
        .ok()
        .flatten()
        .map(|u| u.dir)
}

/// `$XDG_RUNTIME_DIR`, else `/run/user/<uid>`, else `/tmp/skiff-<uid>`; each
/// only if it is a directory we own that nobody else can write (podman's
/// `GetRuntimeDir` rules: a runtime dir of someone else would let them
/// replace our sockets and pid files).
/// The API service's default socket: `/run/skiff/skiff.sock` for root,
/// `skiff/skiff.sock` in the user's runtime directory for others (where
/// `contrib/systemd` puts it too).
pub fn default_api_socket(uid: u32) -> Result<PathBuf> {
    if uid == 0 {
        return Ok(PathBuf::from("/run/skiff/skiff.sock"));
    }
    Ok(default_runtime_dir(uid)?.join("skiff/skiff.sock"))
}

fn default_runtime_dir(uid: u32) -> Result<PathBuf> {
    let owned = |p: &Path| {
        std::fs::metadata(p).is_ok_and(|m| m.is_dir() && m.uid() == uid && m.mode() & 0o022 == 0)
    };
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        let d = PathBuf::from(d);
        if owned(&d) {
            return Ok(d);
        }
        crate::warn!(
            "XDG_RUNTIME_DIR={} is not a directory owned by uid {uid} and closed to others; ignoring it",
            d.display()
        );
    }
    let run_user = PathBuf::from(format!("/run/user/{uid}"));
    if owned(&run_user) {
        return Ok(run_user);
    }
    let tmp = PathBuf::from(format!("/tmp/skiff-{uid}"));
    match std::fs::DirBuilder::new().mode(0o700).create(&tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e).with_context(|| format!("creating {}", tmp.display())),
    }
    let meta =
        std::fs::symlink_metadata(&tmp).with_context(|| format!("checking {}", tmp.display()))?;
    if !meta.is_dir() || meta.uid() != uid {
        bail!(
            "runtime directory {} is not a directory owned by uid {uid}; set XDG_RUNTIME_DIR or --runroot",
            tmp.display()
        );
    }
    if meta.mode() & 0o077 != 0 {
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("making {} private", tmp.display()))?;
    }
    Ok(tmp)
}

/// Read a configuration file of at most `max` bytes; `None` if it does not
/// exist. A bigger file is an error, not a memory hog.
pub fn read_limited(path: &Path, max: u64) -> Result<Option<Vec<u8>>> {
    use std::io::Read;
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let mut data = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut data)
        .with_context(|| format!("reading {}", path.display()))?;
    if data.len() as u64 > max {
        bail!("{} is larger than {max} bytes", path.display());
    }
    Ok(Some(data))
}

/// Create a directory (and parents) with the given mode, ignoring "exists".
pub fn ensure_dir(path: &Path, mode: u32) -> Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(mode)
        .create(path)
        .with_context(|| format!("creating {}", path.display()))
}

/// Random lowercase hex from the kernel's CSPRNG (IDs, temp names).
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    crate::runtime::sys::getrandom(&mut buf);
    let mut s = String::with_capacity(bytes * 2);
    for b in buf {
        use std::fmt::Write;
        let _ = write!(s, "{b:02x}");
    }
    s
}
