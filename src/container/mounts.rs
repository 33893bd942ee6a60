//! What a container mounts besides its root: `-v/--volume`, `--mount`,
//! `--tmpfs`, `--volumes-from` and the image's VOLUMEs, parsed with
//! docker's and podman's rules into [`Mount`] records kept in the
//! container's configuration. `runtime::spawn` turns them into mounts.

use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::path::{Component, Path, PathBuf};

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MountKind {
    Bind,
    Volume,
    Tmpfs,
}

impl MountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MountKind::Bind => "bind",
            MountKind::Volume => "volume",
            MountKind::Tmpfs => "tmpfs",
        }
    }
}

/// One mount of a container.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Mount {
    #[serde(rename = "type")]
    pub kind: MountKind,
    /// Host path (bind), volume name (volume; empty until an anonymous
    /// volume is named), nothing (tmpfs).
    #[serde(default)]
    pub source: String,
    pub destination: String,
    #[serde(default)]
    pub readonly: bool,
    /// `rprivate` (default), `private`, `rshared`, `shared`, `rslave`,
    /// `slave`.
    #[serde(default)]
    pub propagation: String,
    /// Mount flags (`noexec`, `nosuid`, `nodev`, their opposites) and,
    /// for tmpfs, its options (`size=`, `mode=`...).
    #[serde(default)]
    pub options: Vec<String>,
    /// Do not fill a new volume with the image's content.
    #[serde(default)]
    pub nocopy: bool,
    /// `U`: give the source to the container's user.
    #[serde(default)]
    pub chown: bool,
    /// `z` or `Z` as given (accepted: no SELinux on these hosts).
    #[serde(default)]
    pub relabel: String,
    /// A bind of only the source mount, not the mounts below it.
    #[serde(default)]
    pub nonrecursive: bool,
    /// An anonymous volume (`-v /path`, an image's VOLUME).
    #[serde(default)]
    pub anonymous: bool,
    /// For a new volume made by `--mount`: its labels and driver options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volume_labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volume_options: Vec<String>,
}

impl Mount {
    fn new(kind: MountKind, source: &str, destination: String) -> Mount {
        Mount {
            kind,
            source: source.to_string(),
            destination,
            readonly: false,
            propagation: String::new(),
            options: Vec::new(),
            nocopy: false,
            chown: false,
            relabel: String::new(),
            nonrecursive: false,
            anonymous: false,
            volume_labels: Vec::new(),
            volume_options: Vec::new(),
        }
    }

    /// docker's `Mode` field of inspect's Mounts.
    pub fn mode(&self) -> String {
        let mut m = Vec::new();
        if !self.relabel.is_empty() {
            m.push(self.relabel.clone());
        }
        if self.readonly && self.kind != MountKind::Tmpfs {
            m.push("ro".into());
        }
        m.join(",")
    }

    /// The effective propagation (docker reports `rprivate` by default).
    pub fn propagation_or_default(&self) -> &str {
        if self.propagation.is_empty() {
            "rprivate"
        } else {
            &self.propagation
        }
    }
}

const PROPAGATIONS: &[&str] = &[
    "rprivate", "private", "rshared", "shared", "rslave", "slave",
];
const FLAG_WORDS: &[&str] = &["noexec", "exec", "nosuid", "suid", "nodev", "dev"];

/// Clean an absolute container path: `/a//b/./c/` → `/a/b/c`; `..` is
/// resolved lexically, never above `/`.
pub fn clean_destination(d: &str) -> Result<String> {
    if !d.starts_with('/') {
        bail!("invalid mount destination {d:?}: it must be an absolute path");
    }
    let mut parts: Vec<&str> = Vec::new();
    for c in Path::new(d).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str().unwrap_or("")),
            Component::ParentDir => {
                parts.pop();
            }
            _ => {}
        }
    }
    if parts.is_empty() {
        bail!("invalid mount destination {d:?}: it cannot be /");
    }
    Ok(format!("/{}", parts.join("/")))
}

/// A host path for a bind: absolute, or `./`, `../` relative to the
/// current directory (podman). It must exist.
fn bind_source(s: &str) -> Result<String> {
    let p = if s.starts_with('/') {
        PathBuf::from(s)
    } else {
        std::env::current_dir()
            .map_err(|e| anyhow!("reading the current directory: {e}"))?
            .join(s)
    };
    if let Err(e) = std::fs::metadata(&p) {
        if e.kind() == std::io::ErrorKind::NotFound {
            bail!(crate::error::classified(
                crate::error::Kind::NotFound,
                format!("statfs {}: no such file or directory", p.display())
            ));
        }
        bail!(
            "bind source path {}: {}",
            p.display(),
            crate::error::io_reason(&e)
        );
    }
    // Normalise lexically; symlinks are followed when mounting.
    let mut out = PathBuf::from("/");
    for c in p.components() {
        match c {
            Component::Normal(s) => out.push(s),
            Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    Ok(out.to_string_lossy().into_owned())
}

fn is_path_like(s: &str) -> bool {
    s.starts_with('/') || s.starts_with("./") || s.starts_with("../") || s == "." || s == ".."
}

/// Apply `-v` options (`ro,z,rshared,...`).
fn apply_volume_options(m: &mut Mount, opts: &str, spec: &str) -> Result<()> {
    let mut seen_rw = false;
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" | "rw" => {
                if seen_rw {
                    bail!("invalid volume {spec:?}: ro and rw given more than once");
                }
                seen_rw = true;
                m.readonly = o == "ro";
            }
            "z" | "Z" => m.relabel = o.to_string(),
            "U" => m.chown = true,
            "nocopy" => m.nocopy = true,
            "copy" => m.nocopy = false,
            "bind" => m.nonrecursive = true,
            "rbind" => m.nonrecursive = false,
            p if PROPAGATIONS.contains(&p) => m.propagation = p.to_string(),
            f if FLAG_WORDS.contains(&f) => m.options.push(f.to_string()),
            "O" => bail!("invalid volume {spec:?}: overlay volumes (O) are not supported"),
            other => bail!("invalid volume {spec:?}: unknown option {other:?}"),
        }
    }
    if m.kind == MountKind::Bind && m.nocopy {
        bail!("invalid volume {spec:?}: nocopy applies to volumes, not bind mounts");
    }
    Ok(())
}

/// `-v [SOURCE:]DESTINATION[:OPTIONS]`.
pub fn parse_volume(spec: &str) -> Result<Mount> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (src, dst, opts) = match parts.as_slice() {
        [d] => (None, *d, ""),
        [a, b] if b.starts_with('/') => (Some(*a), *b, ""),
        [d, o] => (None, *d, *o),
        [s, d, o] => (Some(*s), *d, *o),
        _ => {
            bail!("invalid volume specification {spec:?}: expected [SOURCE:]DESTINATION[:OPTIONS]")
        }
    };
    let destination = clean_destination(dst)
        .map_err(|e| anyhow!("invalid volume specification {spec:?}: {e}"))?;
    let mut m = match src {
        None => {
            let mut m = Mount::new(MountKind::Volume, "", destination);
            m.anonymous = true;
            m
        }
        Some("") => bail!("invalid volume specification {spec:?}: empty source"),
        Some(s) if is_path_like(s) => Mount::new(MountKind::Bind, &bind_source(s)?, destination),
        Some(name) => {
            crate::volume::validate_name(name)?;
            Mount::new(MountKind::Volume, name, destination)
        }
    };
    apply_volume_options(&mut m, opts, spec)?;
    Ok(m)
}

fn parse_bool(v: &str, what: &str) -> Result<bool> {
    match v {
        "" | "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => bail!("invalid value {v:?} for {what} (true or false)"),
    }
}

/// `--mount type=bind|volume|tmpfs,source=...,destination=...,...`.
pub fn parse_mount(spec: &str) -> Result<Mount> {
    let mut kind = MountKind::Volume;
    let mut src = String::new();
    let mut dst = None;
    let mut m = Mount::new(MountKind::Volume, "", String::new());
    let mut tmpfs_opts = Vec::new();
    for field in spec.split(',') {
        let (k, v) = field.split_once('=').unwrap_or((field, ""));
        match k {
            "type" => {
                kind = match v {
                    "bind" => MountKind::Bind,
                    "volume" => MountKind::Volume,
                    "tmpfs" => MountKind::Tmpfs,
                    other => bail!(
                        "invalid mount {spec:?}: unsupported type {other:?} (bind, volume, tmpfs)"
                    ),
                };
            }
            "source" | "src" => src = v.to_string(),
            "destination" | "dst" | "target" => dst = Some(v.to_string()),
            "readonly" | "ro" => m.readonly = parse_bool(v, k)?,
            "rw" => m.readonly = !parse_bool(v, k)?,
            "bind-propagation" => {
                if !PROPAGATIONS.contains(&v) {
                    bail!("invalid mount {spec:?}: bind-propagation {v:?}");
                }
                m.propagation = v.to_string();
            }
            "bind-nonrecursive" => m.nonrecursive = parse_bool(v, k)?,
            "volume-nocopy" => m.nocopy = parse_bool(v, k)?,
            "volume-label" => m.volume_labels.push(v.to_string()),
            "volume-opt" => m.volume_options.push(v.to_string()),
            "volume-driver" if v == crate::volume::DRIVER => {}
            "volume-driver" => {
                bail!("invalid mount {spec:?}: only the local volume driver is supported")
            }
            "tmpfs-size" => {
                let size = crate::util::units::parse_size(v)
                    .ok_or_else(|| anyhow!("invalid mount {spec:?}: tmpfs-size {v:?}"))?;
                tmpfs_opts.push(format!("size={size}"));
            }
            "tmpfs-mode" => {
                u32::from_str_radix(v, 8).map_err(|_| {
                    anyhow!("invalid mount {spec:?}: tmpfs-mode {v:?} is not octal")
                })?;
                tmpfs_opts.push(format!("mode={v}"));
            }
            "relabel" => {
                m.relabel = if v == "private" {
                    "Z".into()
                } else {
                    "z".into()
                }
            }
            "U" | "chown" => m.chown = parse_bool(v, k)?,
            "consistency" => {}
            "" => {}
            other => bail!("invalid mount {spec:?}: unknown field {other:?}"),
        }
    }
    let dst = dst.ok_or_else(|| anyhow!("invalid mount {spec:?}: destination is required"))?;
    m.destination = clean_destination(&dst).map_err(|e| anyhow!("invalid mount {spec:?}: {e}"))?;
    m.kind = kind;
    match kind {
        MountKind::Bind => {
            if src.is_empty() {
                bail!("invalid mount {spec:?}: a bind mount needs a source");
            }
            m.source = bind_source(&src)?;
        }
        MountKind::Volume => {
            if src.is_empty() {
                m.anonymous = true;
            } else {
                crate::volume::validate_name(&src)?;
                m.source = src;
            }
        }
        MountKind::Tmpfs => {
            if !src.is_empty() {
                bail!("invalid mount {spec:?}: a tmpfs has no source");
            }
            m.options = default_tmpfs_flags();
            m.options.extend(tmpfs_opts.clone());
        }
    }
    if kind != MountKind::Tmpfs && !tmpfs_opts.is_empty() {
        bail!(
            "invalid mount {spec:?}: tmpfs options on a {} mount",
            kind.as_str()
        );
    }
    if kind != MountKind::Volume
        && (m.nocopy || !m.volume_labels.is_empty() || !m.volume_options.is_empty())
    {
        bail!(
            "invalid mount {spec:?}: volume options on a {} mount",
            kind.as_str()
        );
    }
    Ok(m)
}

/// podman's tmpfs defaults: nosuid, nodev (docker adds noexec).
fn default_tmpfs_flags() -> Vec<String> {
    vec!["nosuid".into(), "nodev".into()]
}

/// `--tmpfs PATH[:OPTIONS]` (podman's defaults: nosuid, nodev, and the
/// image's content copied in unless `notmpcopyup`).
pub fn parse_tmpfs(spec: &str) -> Result<Mount> {
    let (dst, opts) = spec.split_once(':').unwrap_or((spec, ""));
    let destination =
        clean_destination(dst).map_err(|e| anyhow!("invalid --tmpfs {spec:?}: {e}"))?;
    let mut m = Mount::new(MountKind::Tmpfs, "", destination);
    m.options = default_tmpfs_flags();
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" => m.readonly = true,
            "rw" => m.readonly = false,
            f if FLAG_WORDS.contains(&f) => {
                // The later word wins: `exec` replaces the default `noexec`.
                let opposite = f
                    .strip_prefix("no")
                    .map_or_else(|| format!("no{f}"), str::to_string);
                m.options.retain(|x| *x != opposite && x != f);
                m.options.push(f.to_string());
            }
            o if o.starts_with("size=")
                || o.starts_with("mode=")
                || o.starts_with("uid=")
                || o.starts_with("gid=")
                || o.starts_with("nr_inodes=")
                || o.starts_with("nr_blocks=") =>
            {
                if let Some(v) = o.strip_prefix("size=") {
                    let n = crate::util::units::parse_size(v)
                        .ok_or_else(|| anyhow!("invalid --tmpfs {spec:?}: size {v:?}"))?;
                    m.options.push(format!("size={n}"));
                } else {
                    m.options.push(o.to_string());
                }
            }
            "tmpcopyup" => m.nocopy = false,
            "notmpcopyup" => m.nocopy = true,
            other => bail!("invalid --tmpfs {spec:?}: unknown option {other:?}"),
        }
    }
    Ok(m)
}

/// Split tmpfs options into mount flags and the file system's data string.
pub fn tmpfs_data(m: &Mount) -> String {
    m.options
        .iter()
        .filter(|o| !FLAG_WORDS.contains(&o.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(",")
}

/// The flag words of a mount (`noexec`, `nosuid`, `nodev`) that are on.
pub fn flag_words(m: &Mount) -> (bool, bool, bool) {
    let has = |w: &str| m.options.iter().any(|o| o == w);
    (has("noexec"), has("nosuid"), has("nodev"))
}

/// `--volumes-from CTR[:ro|rw]`: the container and the mode override.
pub fn parse_volumes_from(spec: &str) -> Result<(String, Option<bool>)> {
    match spec.rsplit_once(':') {
        Some((c, "ro")) => Ok((c.to_string(), Some(true))),
        Some((c, "rw")) => Ok((c.to_string(), Some(false))),
        Some((_, o)) if !o.is_empty() && !o.contains('/') => {
            bail!("invalid --volumes-from {spec:?}: mode must be ro or rw")
        }
        _ => Ok((spec.to_string(), None)),
    }
}

/// Put mounts in an order that mounts parents before children, and refuse
/// two mounts on one destination.
pub fn order(mounts: &mut [Mount]) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for m in mounts.iter() {
        if !seen.insert(m.destination.clone()) {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                format!("{}: duplicate mount destination", m.destination)
            ));
        }
    }
    mounts.sort_by_key(|m| m.destination.matches('/').count());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_specs() {
        let m = parse_volume("/data").unwrap();
        assert!(m.anonymous && m.kind == MountKind::Volume && m.destination == "/data");
        let m = parse_volume("db:/var/lib/db:ro,Z,nocopy").unwrap();
        assert_eq!(
            (m.source.as_str(), m.readonly, m.nocopy),
            ("db", true, true)
        );
        assert_eq!(m.relabel, "Z");
        let m = parse_volume("/tmp:/host-tmp:rshared,U").unwrap();
        assert_eq!(m.kind, MountKind::Bind);
        assert_eq!((m.propagation.as_str(), m.chown), ("rshared", true));
        let m = parse_volume("/x/:ro").unwrap();
        assert!(m.anonymous && m.readonly && m.destination == "/x");
        for bad in [
            "",
            "a:b:c:d",
            "db:relative",
            "/nonexistent-skiff-test:/x",
            "db:/x:bogus",
            "db:/x:ro,rw",
            "-x:/y",
            "/tmp:/x:nocopy",
            "db:/",
        ] {
            assert!(parse_volume(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn mount_specs() {
        let m =
            parse_mount("type=bind,src=/tmp,dst=/mnt,readonly,bind-propagation=rslave").unwrap();
        assert_eq!((m.kind, m.readonly), (MountKind::Bind, true));
        assert_eq!(m.propagation, "rslave");
        let m = parse_mount("type=tmpfs,destination=/t,tmpfs-size=1m,tmpfs-mode=1770").unwrap();
        assert_eq!(tmpfs_data(&m), "size=1048576,mode=1770");
        // podman's tmpfs defaults: nosuid, nodev, copied up.
        assert_eq!(flag_words(&m), (false, true, true));
        assert!(!m.nocopy);
        let m = parse_mount("target=/v,volume-nocopy").unwrap();
        assert!(m.anonymous && m.nocopy);
        let m =
            parse_mount("type=volume,source=vol,target=/v,volume-opt=type=tmpfs,volume-label=a=b")
                .unwrap();
        assert_eq!(m.volume_options, vec!["type=tmpfs"]);
        for bad in [
            "type=nfs,dst=/x",
            "type=bind,dst=/x",
            "type=tmpfs,src=x,dst=/x",
            "type=bind,src=/tmp,dst=/x,tmpfs-size=1",
            "dst=/x,bogus=1",
            "src=vol",
            "type=tmpfs,dst=/x,tmpfs-mode=9x",
            "type=bind,src=/tmp,dst=/x,volume-nocopy",
        ] {
            assert!(parse_mount(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tmpfs_specs_and_order() {
        let m = parse_tmpfs("/run:size=64k,exec,mode=755").unwrap();
        assert_eq!(tmpfs_data(&m), "size=65536,mode=755");
        assert_eq!(flag_words(&m), (false, true, true));
        assert!(parse_tmpfs("run").is_err());
        assert!(parse_tmpfs("/run:weird").is_err());
        assert!(parse_tmpfs("/x:notmpcopyup").unwrap().nocopy);
        assert_eq!(
            parse_volumes_from("c1:ro").unwrap(),
            ("c1".into(), Some(true))
        );
        assert_eq!(parse_volumes_from("c1").unwrap(), ("c1".into(), None));
        assert!(parse_volumes_from("c1:x").is_err());
        let mut v = vec![parse_tmpfs("/a/b").unwrap(), parse_tmpfs("/a").unwrap()];
        order(&mut v).unwrap();
        assert_eq!(v[0].destination, "/a");
        v.push(parse_tmpfs("/a").unwrap());
        assert!(order(&mut v).is_err());
        assert_eq!(clean_destination("/a//b/./c/../d/").unwrap(), "/a/b/d");
        assert!(clean_destination("/..").is_err());
    }
}

// ---- at create: volumes made, filled and owned ----------------------------

/// What `prepare` needs to know about the new container.
pub struct PrepareContext<'a> {
    /// The image's layer directories, top first, relative to
    /// `layers_root`.
    pub layers_root: &'a std::path::Path,
    pub image_layers: Vec<PathBuf>,
    /// The container's user, for `U`.
    pub user: (u32, u32),
    pub rootless: bool,
    /// Where a temporary view may be mounted.
    pub scratch: PathBuf,
}

/// Give anonymous volumes names, create missing volumes, fill new ones
/// with the image's content at their destination (docker's copy-up) and
/// apply `U`. The caller holds the volumes lock until the container record
/// is written. Returns the names of the volumes created here (to remove if
/// creating the container fails).
pub fn prepare(
    mounts: &mut [Mount],
    vs: &crate::volume::VolumeStore,
    lock: &crate::storage::lock::LockGuard,
    ctx: &PrepareContext<'_>,
) -> Result<Vec<String>> {
    use crate::volume::{Volume, parse_options};
    let mut created = Vec::new();
    let result = (|| -> Result<()> {
        for m in mounts.iter_mut() {
            if m.kind != MountKind::Volume {
                continue;
            }
            if m.source.is_empty() {
                m.source = crate::storage::random_hex(32);
            }
            let fresh = if let Some(v) = vs.get(&m.source)? {
                if !m.volume_options.is_empty() && parse_options(&m.volume_options)? != v.options {
                    bail!("volume {} exists with other options", m.source);
                }
                false
            } else {
                let mut v = Volume::new(&m.source, m.anonymous);
                v.options = parse_options(&m.volume_options)?;
                for l in &m.volume_labels {
                    let (k, val) = l.split_once('=').unwrap_or((l, ""));
                    v.labels.insert(k.to_string(), val.to_string());
                }
                vs.create(lock, &v)?;
                created.push(m.source.clone());
                true
            };
            let v = vs
                .get(&m.source)?
                .ok_or_else(|| crate::volume::no_such_volume(&m.source))?;
            if !m.nocopy && !v.is_mounted_fs() && (fresh || vs.is_empty(&m.source)) {
                copy_up(ctx, &m.destination, &vs.mountpoint(&m.source))?;
            }
            vs.mark_used(lock, &m.source)?;
        }
        for m in mounts.iter() {
            if !m.chown {
                continue;
            }
            let src = match m.kind {
                MountKind::Bind => PathBuf::from(&m.source),
                MountKind::Volume => vs.mountpoint(&m.source),
                MountKind::Tmpfs => continue,
            };
            chown_tree(&src, ctx.user)?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        for name in &created {
            let _ = vs.remove(lock, name);
        }
        return Err(e);
    }
    Ok(created)
}

/// Whether any image layer has something at `dest` (cheap test before
/// mounting a view).
fn image_has(ctx: &PrepareContext<'_>, dest: &str) -> bool {
    let rel = dest.trim_start_matches('/');
    ctx.image_layers
        .iter()
        .any(|l| std::fs::symlink_metadata(ctx.layers_root.join(l).join(rel)).is_ok())
}

/// Copy the image's `dest` directory (contents, and its own mode and
/// owner) into a volume's data directory.
fn copy_up(ctx: &PrepareContext<'_>, dest: &str, data: &std::path::Path) -> Result<()> {
    use crate::image::layer::{UnpackOptions, unpack_at};
    use crate::image::tree::{TreeOptions, open_in_root, write_path};
    use nix::fcntl::OFlag;
    if ctx.image_layers.is_empty() || !image_has(ctx, dest) {
        return Ok(());
    }
    crate::storage::ensure_dir(&ctx.scratch, 0o700)?;
    let spec = crate::runtime::view::ViewSpec {
        layers_root: ctx.layers_root.to_path_buf(),
        lower: ctx.image_layers.clone(),
        upper: None,
        work: None,
        vfs_root: None,
        writable: false,
        binds: Vec::new(),
        rootless: ctx.rootless,
        mountpoint: ctx.scratch.clone(),
    };
    let rel = dest.trim_start_matches('/').as_bytes().to_vec();
    let result = crate::runtime::view::with_view(&spec, |root| {
        let Ok(src) = open_in_root(root, &rel, OFlag::O_RDONLY | OFlag::O_DIRECTORY, true) else {
            // Not a directory in the image (or whited out): nothing to copy.
            return Ok(());
        };
        let st = nix::sys::stat::fstat(&src)?;
        let target = nix::fcntl::open(
            data,
            OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
            nix::sys::stat::Mode::empty(),
        )?;
        let opts = UnpackOptions {
            chown: crate::runtime::userns::can_chown(),
            no_whiteouts: true,
            ..UnpackOptions::default()
        };
        let (produced, consumed) = crate::util::pipe::pipelined(
            |w| {
                let mut b = tar::Builder::new(w);
                write_path(&mut b, root, &rel, b"", true, &TreeOptions::default())?;
                b.finish()?;
                Ok(())
            },
            |r| unpack_at(r, target.try_clone()?, &opts).map(|_| ()),
        );
        produced.and(consumed)?;
        if crate::runtime::userns::can_chown() {
            nix::unistd::fchown(
                &target,
                Some(nix::unistd::Uid::from_raw(st.st_uid)),
                Some(nix::unistd::Gid::from_raw(st.st_gid)),
            )?;
        }
        nix::sys::stat::fchmod(
            &target,
            nix::sys::stat::Mode::from_bits_truncate(st.st_mode & 0o7777),
        )?;
        Ok(())
    });
    let _ = std::fs::remove_dir(&ctx.scratch);
    result.with_context(|| format!("copying the image's {dest} into the new volume"))
}

/// `U`: give a tree to the container's user (not following symlinks).
fn chown_tree(root: &std::path::Path, (uid, gid): (u32, u32)) -> Result<()> {
    let uid = Some(nix::unistd::Uid::from_raw(uid));
    let gid = Some(nix::unistd::Gid::from_raw(gid));
    let mut stack = vec![root.to_path_buf()];
    while let Some(p) = stack.pop() {
        nix::unistd::fchownat(
            nix::fcntl::AT_FDCWD,
            &p,
            uid,
            gid,
            nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
        )
        .with_context(|| format!("changing the owner of {}", p.display()))?;
        let meta = std::fs::symlink_metadata(&p)?;
        if meta.is_dir() {
            for e in std::fs::read_dir(&p)? {
                stack.push(e?.path());
            }
        }
    }
    Ok(())
}

/// Remove the anonymous volumes a container had (`rm -v`, `--rm`), unless
/// another container uses them too.
pub fn remove_anonymous(
    vs: &crate::volume::VolumeStore,
    mounts: &[Mount],
    still_used: impl Fn(&str) -> bool,
) -> Result<()> {
    let anon: Vec<&str> = mounts
        .iter()
        .filter(|m| m.kind == MountKind::Volume && m.anonymous && !m.source.is_empty())
        .map(|m| m.source.as_str())
        .collect();
    if anon.is_empty() {
        return Ok(());
    }
    let lock = vs.lock()?;
    for name in anon {
        if still_used(name) {
            continue;
        }
        match vs.remove(&lock, name) {
            Ok(()) => {}
            Err(e) if crate::error::is_not_found(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

// ---- at start: how each mount is made --------------------------------------

/// A mount ready for the child: a bind of a host path, or a file system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Planned {
    Bind {
        source: PathBuf,
        destination: String,
        readonly: bool,
        recursive: bool,
        propagation: String,
        flags: (bool, bool, bool),
        is_dir: bool,
    },
    Fs {
        fstype: String,
        device: String,
        data: String,
        destination: String,
        readonly: bool,
        flags: (bool, bool, bool),
        /// Copy what the image has at the destination into it (a tmpfs
        /// with podman's `tmpcopyup`).
        copy_up: bool,
    },
}

/// Resolve a container's mounts against the volume store.
pub fn plan(mounts: &[Mount], vs: &crate::volume::VolumeStore) -> Result<Vec<Planned>> {
    let mut out = Vec::new();
    for m in mounts {
        let flags = flag_words(m);
        match m.kind {
            MountKind::Tmpfs => out.push(Planned::Fs {
                fstype: "tmpfs".into(),
                device: "tmpfs".into(),
                data: tmpfs_data(m),
                destination: m.destination.clone(),
                readonly: m.readonly,
                flags,
                copy_up: !m.nocopy,
            }),
            MountKind::Bind => {
                let meta = std::fs::metadata(&m.source).map_err(|e| {
                    crate::error::classified(
                        crate::error::Kind::NotFound,
                        format!("statfs {}: {}", m.source, crate::error::io_reason(&e)),
                    )
                })?;
                out.push(Planned::Bind {
                    source: PathBuf::from(&m.source),
                    destination: m.destination.clone(),
                    readonly: m.readonly,
                    recursive: !m.nonrecursive,
                    propagation: m.propagation.clone(),
                    flags,
                    is_dir: meta.is_dir(),
                });
            }
            MountKind::Volume => {
                let v = vs
                    .get(&m.source)?
                    .ok_or_else(|| crate::volume::no_such_volume(&m.source))?;
                let o = v.options.get("o").cloned().unwrap_or_default();
                let words: Vec<&str> = o.split(',').filter(|w| !w.is_empty()).collect();
                let readonly = m.readonly || words.contains(&"ro");
                match v.options.get("type").map(String::as_str) {
                    None => out.push(Planned::Bind {
                        source: vs.mountpoint(&m.source),
                        destination: m.destination.clone(),
                        readonly,
                        recursive: true,
                        propagation: m.propagation.clone(),
                        flags,
                        is_dir: true,
                    }),
                    Some(t)
                        if t == "none" || words.contains(&"bind") || words.contains(&"rbind") =>
                    {
                        let device = v.options.get("device").cloned().unwrap_or_default();
                        let meta = std::fs::metadata(&device)
                            .map_err(|e| anyhow!("volume {}: device {device}: {e}", m.source))?;
                        out.push(Planned::Bind {
                            source: PathBuf::from(device),
                            destination: m.destination.clone(),
                            readonly,
                            recursive: !words.contains(&"bind"),
                            propagation: m.propagation.clone(),
                            flags,
                            is_dir: meta.is_dir(),
                        });
                    }
                    Some(t) => {
                        let data: Vec<&str> = words
                            .iter()
                            .copied()
                            .filter(|w| !matches!(*w, "ro" | "rw") && !FLAG_WORDS.contains(w))
                            .collect();
                        out.push(Planned::Fs {
                            fstype: t.to_string(),
                            device: v
                                .options
                                .get("device")
                                .cloned()
                                .unwrap_or_else(|| t.to_string()),
                            data: data.join(","),
                            destination: m.destination.clone(),
                            readonly,
                            flags: (
                                flags.0 || words.contains(&"noexec"),
                                flags.1 || words.contains(&"nosuid"),
                                flags.2 || words.contains(&"nodev"),
                            ),
                            copy_up: false,
                        });
                    }
                }
            }
        }
    }
    Ok(out)
}
