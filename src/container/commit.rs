//! `commit`: a container's changes become one new layer on top of its
//! image's layers (or, with `--squash`, its whole file system becomes the
//! only layer), with a config made from the container's and a history
//! entry.
//!
//! The layer is the container's overlay upper directory written as a tar
//! stream (`image::tree`, which turns overlay whiteouts into OCI ones and
//! archives symlinks without following them) and unpacked into the image
//! store as it is produced, on two threads. skiff's own mount points
//! (`rootfs::RUNTIME_PATHS`) are left out.

use super::rootfs::{self, Access};
use super::{ContainerConfig, ContainerStore};
use crate::image::changes;
use crate::image::digest::Digest;
use crate::image::import::Tee;
use crate::image::reference::Reference;
use crate::image::spec::{self as ispec, History, media};
use crate::image::store::{ImageRecord, ImageStore, LayerRecord, LayerRef, Staging};
use crate::image::tree::{TreeOptions, write_path};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, bail};
use nix::fcntl::OFlag;
use nix::sys::stat::Mode;

#[derive(Clone, Debug, Default)]
pub struct CommitOptions {
    pub author: Option<String>,
    pub message: Option<String>,
    /// Dockerfile instructions (`-c`).
    pub changes: Vec<String>,
    /// Freeze a running container while its changes are read.
    pub pause: bool,
    pub squash: bool,
    pub reference: Option<Reference>,
    /// The container's volumes become the image's VOLUMEs (podman's
    /// `--include-volumes`).
    pub include_volumes: bool,
    /// A build step's commit: the image's config stays as it is (the
    /// container's command and settings are not recorded).
    pub keep_config: bool,
    /// The history entry's `created_by` (default: the container's command).
    pub created_by: Option<String>,
    /// The creation time (RFC 3339; default: now), for reproducible builds.
    pub created: Option<String>,
    /// A build step's cache key (see `build::cache`).
    pub build_key: Option<String>,
    /// Paths (no leading `/`) left out of the layer besides skiff's own
    /// (a build step's mount points).
    pub exclude: Vec<String>,
    /// No ONBUILD triggers in the new image (a build ran its base's).
    pub clear_on_build: bool,
}

/// Commit container `id`. The caller has entered the rootless user
/// namespace.
pub fn commit(
    cs: &ContainerStore,
    images: &ImageStore,
    id: &str,
    opts: &CommitOptions,
) -> Result<ImageRecord> {
    let config = cs.config(id)?;
    let all = images.images()?;
    let Some(base) = all.iter().find(|i| i.id == config.image_id) else {
        bail!(
            "image {} of container {} is no longer in the store",
            config.image_id.short(),
            config.name
        );
    };
    let base_config = images.config(base)?;
    let mut image_config = base_config.clone();
    let mut cc = base_config.config.clone().unwrap_or_default();
    if !opts.keep_config {
        container_settings(&mut cc, &config);
    }
    if opts.clear_on_build {
        cc.on_build = None;
    }
    if opts.include_volumes {
        let mut v = cc.volumes.clone().unwrap_or_default();
        for m in &config.mounts {
            if m.kind == super::mounts::MountKind::Volume {
                v.insert(m.destination.clone(), serde_json::json!({}));
            }
        }
        cc.volumes = (!v.is_empty()).then_some(v);
    }
    for c in &opts.changes {
        changes::apply(&mut cc, c).with_context(|| format!("--change {c:?}"))?;
    }

    let paused = opts.pause && pause_if_running(cs, id, &config);
    let staged = (|| {
        let mut staging = images.stage("commit")?;
        let parent = if opts.squash { None } else { base.top_layer() };
        let (layer, blob, blob_size) = if opts.squash {
            squashed_layer(cs, images, &config, &mut staging)?
        } else {
            let clamp = opts
                .created
                .as_deref()
                .and_then(Timestamp::parse_rfc3339)
                .map(|t| t.secs.max(0) as u64);
            changes_layer(
                cs,
                images,
                &config,
                (parent, clamp, &opts.exclude),
                &mut staging,
            )?
        };
        Ok::<_, anyhow::Error>((staging, layer, blob, blob_size))
    })();
    if paused && let Err(e) = super::ops::unpause(cs, id) {
        crate::warn!("unpausing container {}: {e:#}", config.name);
    }
    let (mut staging, layer, blob, blob_size) = staged?;

    let now = opts
        .created
        .clone()
        .unwrap_or_else(|| Timestamp::now().rfc3339_nano());
    let entry =
        History {
            created: Some(now.clone()),
            created_by: Some(opts.created_by.clone().unwrap_or_else(|| {
                shell_words(&[&config.entrypoint[..], &config.cmd[..]].concat())
            })),
            author: opts.author.clone(),
            comment: opts.message.clone(),
            empty_layer: false,
        };
    let new_ref = LayerRef {
        chain_id: layer.chain_id.clone(),
        diff_id: layer.diff_id.clone(),
        blob,
        media_type: media::OCI_LAYER.into(),
        blob_size,
    };
    let (layers, size) = if opts.squash {
        for h in &mut image_config.history {
            h.empty_layer = true;
        }
        image_config.rootfs.diff_ids = vec![layer.diff_id.clone()];
        (vec![new_ref], layer.tar_size)
    } else {
        image_config.rootfs.diff_ids.push(layer.diff_id.clone());
        let mut l = base.layers.clone();
        l.push(new_ref);
        (l, base.size + layer.tar_size)
    };
    image_config.history.push(entry);
    image_config.created = Some(now.clone());
    if !opts.keep_config || opts.author.is_some() {
        image_config.author.clone_from(&opts.author);
    }
    if !opts.keep_config || opts.message.is_some() {
        image_config.comment.clone_from(&opts.message);
    }
    image_config.config = Some(cc);
    let platform = ispec::host_platform();
    if image_config.architecture.is_empty() {
        image_config.architecture = platform.architecture;
        image_config.os = platform.os;
    }
    crate::image::derive::store_image(
        images,
        &mut staging,
        &image_config,
        (layers, size),
        opts.reference
            .iter()
            .map(|r| r.clone().with_default_tag().to_string())
            .collect(),
        now,
        crate::image::store::Lineage {
            parent: Some(base.id.clone()),
            build_key: opts.build_key.clone(),
        },
    )
}

/// The container's settings as the image's config: what `run` was given
/// (entrypoint, command, environment, user, working directory, labels,
/// ports, volumes), docker's way.
fn container_settings(cc: &mut ispec::ContainerConfig, config: &ContainerConfig) {
    cc.entrypoint = (!config.entrypoint.is_empty()).then(|| config.entrypoint.clone());
    cc.cmd = (!config.cmd.is_empty()).then(|| config.cmd.clone());
    let image_env = cc.env.clone().unwrap_or_default();
    let in_image = |k: &str| image_env.iter().any(|e| e.split('=').next() == Some(k));
    // What skiff adds at run time is no setting of the container's.
    let env: Vec<String> = config
        .process
        .env
        .iter()
        .filter(|e| {
            let k = e.split('=').next().unwrap_or("");
            match k {
                "HOSTNAME" | "container" => false,
                "HOME" | "TERM" => in_image(k) || !is_runtime_default(e, config),
                _ => true,
            }
        })
        .cloned()
        .collect();
    cc.env = (!env.is_empty()).then_some(env);
    if !config.process.user.spec.is_empty() {
        cc.user = Some(config.process.user.spec.clone());
    }
    if config.process.cwd != "/" || cc.working_dir.is_some() {
        cc.working_dir = Some(config.process.cwd.clone());
    }
    let mut labels = cc.labels.clone().unwrap_or_default();
    labels.extend(config.labels.clone());
    cc.labels = (!labels.is_empty()).then_some(labels);
    if !config.exposed_ports.is_empty() {
        cc.exposed_ports = Some(config.exposed_ports.clone());
    }
    if !config.volumes.is_empty() {
        cc.volumes = Some(config.volumes.clone());
    }
}

fn is_runtime_default(e: &str, config: &ContainerConfig) -> bool {
    let home = if config.process.user.home.is_empty() {
        "/"
    } else {
        config.process.user.home.as_str()
    };
    e == format!("HOME={home}") || e == "TERM=xterm"
}

/// Docker's `created_by` for a commit: the command, words joined.
fn shell_words(args: &[String]) -> String {
    args.join(" ")
}

fn pause_if_running(cs: &ContainerStore, id: &str, config: &ContainerConfig) -> bool {
    match rootfs::running_process(cs, id) {
        Ok(Some(_)) => {}
        _ => return false,
    }
    if cs
        .state(id)
        .is_ok_and(|s| s.status == super::Status::Paused)
    {
        return false;
    }
    match super::ops::pause(cs, id) {
        Ok(()) => true,
        Err(e) => {
            crate::warn!("{e:#}: committing container {} while it runs", config.name);
            false
        }
    }
}

/// The upper directory as a layer on top of `parent`.
fn changes_layer(
    cs: &ContainerStore,
    images: &ImageStore,
    config: &ContainerConfig,
    (parent, clamp_mtime, extra): (Option<&Digest>, Option<u64>, &[String]),
    staging: &mut Staging,
) -> Result<(LayerRecord, Digest, u64)> {
    let rootless = cs.paths.rootless;
    // vfs: the container's copy against its image, entry by entry.
    let vfs_changes = match cs.paths.driver {
        crate::storage::Driver::Vfs => Some(rootfs::changes(cs, images, config)?),
        crate::storage::Driver::Overlay => None,
    };
    let top = match vfs_changes {
        Some(_) => cs.dir(&config.id).join(super::vfs::ROOTFS),
        None => cs.dir(&config.id).join("upper"),
    };
    let upper_fd = nix::fcntl::open(
        &top,
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", top.display()))?;
    let unpack = images.unpack_options();
    let writer = staging.blob_writer()?;
    let (produced, consumed) = crate::util::pipe::pipelined(
        |w| {
            let mut b = tar::Builder::new(w);
            if let Some(changes) = &vfs_changes {
                super::vfs::write_changes(&mut b, &top, changes)?;
            } else {
                let exclude = |path: &[u8], st: &nix::sys::stat::FileStat| {
                    rootfs::exclude_runtime_paths(path, st)
                        || extra.iter().any(|e| e.as_bytes() == path)
                };
                let opts = TreeOptions {
                    overlay_opaque_xattr: Some(rootfs::opaque_xattr(rootless)),
                    exclude: Some(&exclude),
                    clamp_mtime,
                    ..TreeOptions::default()
                };
                write_path(&mut b, &upper_fd, b"", b"", false, &opts)?;
            }
            b.finish()?;
            Ok(())
        },
        |r| {
            let mut tee = Tee {
                inner: r,
                out: writer,
            };
            let layer = staging.unpack_new_layer(&mut tee, parent, &unpack)?;
            std::io::copy(&mut tee, &mut std::io::sink())?;
            Ok((layer, tee.out))
        },
    );
    let (layer, writer) = consumed.and_then(|c| produced.map(|()| c))?;
    let (blob, size) = staging.finish_blob(writer, Some(&layer.diff_id))?;
    Ok((layer, blob, size))
}

/// The container's whole file system (without its volumes) as one layer.
fn squashed_layer(
    cs: &ContainerStore,
    images: &ImageStore,
    config: &ContainerConfig,
    staging: &mut Staging,
) -> Result<(LayerRecord, Digest, u64)> {
    // The view lives in a helper process: it writes the tar to a file,
    // which is then read as any imported layer.
    let path = staging.tmp.path().join("squashed.tar");
    let file =
        std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    let spec = rootfs::view_spec(cs, images, config, Access::Read, false)?;
    crate::runtime::view::with_view(&spec, |root| {
        let exclude = rootfs::exclude_runtime_stubs;
        let opts = TreeOptions {
            overlay_opaque_xattr: None,
            exclude: Some(&exclude),
            ..TreeOptions::default()
        };
        let mut b = tar::Builder::new(std::io::BufWriter::new(&file));
        write_path(&mut b, root, b"", b"", false, &opts)?;
        b.into_inner()?
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        Ok(())
    })?;
    let file = std::fs::File::open(&path)?;
    let writer = staging.blob_writer()?;
    let mut tee = Tee {
        inner: std::io::BufReader::new(file),
        out: writer,
    };
    let unpack = images.unpack_options();
    let layer = staging.unpack_new_layer(&mut tee, None, &unpack)?;
    std::io::copy(&mut tee, &mut std::io::sink())?;
    let (blob, size) = staging.finish_blob(tee.out, Some(&layer.diff_id))?;
    let _ = std::fs::remove_file(&path);
    Ok((layer, blob, size))
}
