//! The engine operations a build is made of (the Dockerfile executor in
//! `build` calls these): a RUN step as a container of the current image
//! whose changes become the next image, a COPY step as a layer written
//! from the build context, and the steps that only change the config.

use super::Engine;
use super::container::CreateRequest;
use super::image::PullPolicy;
use crate::container::commit::{CommitOptions, commit};
use crate::container::ops;
use crate::container::spec::CreateOptions;
use crate::image::store::ImageRecord;
use crate::registry::progress::Progress;
use crate::runtime::monitor::{Attach, Outcome};
use anyhow::{Result, bail};

/// One RUN step.
#[derive(Clone, Debug, Default)]
pub struct RunStep {
    /// The image to run in (an ID).
    pub image: String,
    /// The command: the shell form already wrapped in the SHELL.
    pub argv: Vec<String>,
    /// Extra environment (build args in effect), `KEY=VALUE`.
    pub env: Vec<String>,
    /// `none`, `host`, or a network name; the default network when `None`.
    pub network: Option<String>,
    /// The history entry's `created_by`.
    pub created_by: String,
    /// The new image's creation time (RFC 3339; now when `None`).
    pub created: Option<String>,
    /// The instruction as written, for the error when the command fails
    /// (`building at STEP "RUN ..."`).
    pub instruction: String,
    /// The new image's build cache key.
    pub build_key: Option<String>,
    /// The command's output goes to the container's log only (`build -q`).
    pub quiet: bool,
    /// `RUN --mount`s, as `run --mount` specs.
    pub mounts: Vec<String>,
    /// Paths (no leading `/`) left out of the new layer: the mount points.
    pub exclude: Vec<String>,
    /// The base's ONBUILD triggers ran: the new image has none.
    pub clear_on_build: bool,
    /// The build's settings for every RUN.
    pub settings: RunSettings,
}

/// What `build` says about every RUN container: podman's `--add-host`,
/// `--ulimit`, `-v` and `--userns`.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct RunSettings {
    pub add_hosts: Vec<String>,
    pub ulimits: Vec<String>,
    /// `-v` specs: bind mounts (their files are the host's: never in a
    /// layer).
    pub volumes: Vec<String>,
    pub userns: Option<String>,
}

/// A step that makes no layer (ENV, LABEL, CMD, ...): the new config.
pub struct ConfigStep<'a> {
    /// The image it builds on; `None` for `scratch`.
    pub base: Option<&'a ImageRecord>,
    pub config: crate::image::spec::ContainerConfig,
    /// A new author (MAINTAINER); the base's is kept otherwise.
    pub author: Option<String>,
    pub created_by: String,
    pub created: Option<String>,
    pub build_key: Option<String>,
}

/// A COPY (or local ADD) step.
pub struct CopyStep<'a> {
    pub base: Option<&'a ImageRecord>,
    /// The build context directory.
    pub context: &'a std::path::Path,
    pub placements: &'a [crate::build::sources::Placement],
    pub ignore: &'a crate::build::ignore::Ignore,
    pub ownership: crate::build::layer::Ownership,
    pub created_by: String,
    pub created: Option<String>,
    pub build_key: Option<String>,
    /// The base's ONBUILD triggers ran: the new image has none.
    pub clear_on_build: bool,
}

/// A `COPY --from` step: paths of another image's file system.
pub struct CopyFromStep<'a> {
    pub base: Option<&'a ImageRecord>,
    /// The image the sources are in (a stage's or a named one).
    pub source: &'a ImageRecord,
    /// The sources as written (paths in `source`, globs allowed).
    pub sources: &'a [String],
    pub dest: &'a str,
    /// The working directory a relative `dest` is in.
    pub workdir: &'a str,
    pub ownership: crate::build::layer::Ownership,
    pub created_by: String,
    pub created: Option<String>,
    pub build_key: Option<String>,
    /// The base's ONBUILD triggers ran: the new image has none.
    pub clear_on_build: bool,
}

impl Engine {
    /// The image config a step starts from: its base's, or an empty one
    /// for `scratch`.
    pub fn step_config(
        &self,
        base: Option<&ImageRecord>,
    ) -> Result<crate::image::spec::ImageConfig> {
        match base {
            Some(b) => self.images.config(b),
            None => Ok(crate::image::spec::ImageConfig::parse(
                br#"{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]}}"#,
            )?),
        }
    }

    /// A step that only changes the config: a new image with the base's
    /// layers and an `empty_layer` history entry.
    pub fn config_step(&self, s: ConfigStep<'_>) -> Result<ImageRecord> {
        let mut config = self.step_config(s.base)?;
        config.config = Some(s.config);
        if s.author.is_some() {
            config.author = s.author;
        }
        self.derive_step(
            s.base,
            config,
            (&s.created_by, s.created),
            s.build_key,
            None,
        )
    }

    /// One step's image on top of `base`.
    fn derive_step(
        &self,
        base: Option<&ImageRecord>,
        config: crate::image::spec::ImageConfig,
        (created_by, created): (&str, Option<String>),
        build_key: Option<String>,
        layer: Option<&mut dyn std::io::Read>,
    ) -> Result<ImageRecord> {
        crate::image::derive::derive(
            &self.images,
            crate::image::derive::Derivation {
                base,
                config,
                history: step_history(created_by, created.as_deref()),
                names: Vec::new(),
                created,
                lineage: crate::image::store::Lineage {
                    parent: base.map(|b| b.id.clone()),
                    build_key,
                },
            },
            layer,
        )
    }

    /// A COPY step: the placements written from the context as a new
    /// layer on top of the base (config unchanged).
    pub fn copy_step(&self, s: CopyStep<'_>) -> Result<ImageRecord> {
        self.enter_userns()?;
        let mut config = self.step_config(s.base)?;
        if s.clear_on_build
            && let Some(c) = config.config.as_mut()
        {
            c.on_build = None;
        }
        // The layer streams from the walk of the context (a thread) to
        // the unpacker: never whole in memory. (No fork happens here.)
        let (produced, consumed) = crate::util::pipe::pipelined(
            |w| {
                crate::build::layer::write_copy_layer(
                    w,
                    s.context,
                    s.placements,
                    s.ignore,
                    s.ownership,
                )
            },
            |r| {
                self.derive_step(
                    s.base,
                    config,
                    (&s.created_by, s.created),
                    s.build_key,
                    Some(r),
                )
            },
        );
        // The walk's own error says more than the reader's broken stream.
        produced?;
        consumed
    }

    /// A `COPY --from` step: the sources, found in a read-only view of the
    /// source image (a container made for it, never started) whose root
    /// the copying helper takes as its own, written as a new layer on top
    /// of the base.
    pub fn copy_from_step(&self, s: CopyFromStep<'_>) -> Result<ImageRecord> {
        let mut config = self.step_config(s.base)?;
        if s.clear_on_build
            && let Some(c) = config.config.as_mut()
        {
            c.on_build = None;
        }
        let (_staging, path) = self.tar_in_view(s.source, |root, out| {
            let none = crate::build::ignore::Ignore::default();
            let placements =
                crate::build::sources::place(root, s.sources, s.dest, s.workdir, &none)
                    .map_err(|e| anyhow::anyhow!(e))?;
            crate::build::layer::write_copy_layer(out, root, &placements, &none, s.ownership)
        })?;
        let mut layer = std::io::BufReader::new(std::fs::File::open(&path)?);
        self.derive_step(
            s.base,
            config,
            (&s.created_by, s.created),
            s.build_key,
            Some(&mut layer),
        )
    }

    /// `build --squash` (`all`: `--squash-all`): `image` with the layers
    /// above `base` (all its layers) as one, its history entries kept
    /// (the base's dropped with `all`, as podman does) and the layer
    /// given to the last.
    pub fn squash_image(
        &self,
        image: &ImageRecord,
        base: Option<&ImageRecord>,
        all: bool,
    ) -> Result<ImageRecord> {
        self.enter_userns()?;
        let base_history = match base {
            Some(b) => self.images.config(b)?.history.len(),
            None => 0,
        };
        let base = if all { None } else { base };
        let kept_layers = base.map_or(0, |b| b.layers.len());
        let mut config = self.images.config(image)?;
        let mut history = std::mem::take(&mut config.history);
        let mut new = history.split_off(base_history.min(history.len()));
        if all {
            history.clear();
        }
        let Some(mut last) = new.pop() else {
            return Ok(image.clone());
        };
        for h in &mut new {
            h.empty_layer = true;
        }
        last.empty_layer = false;
        history.extend(new);
        config.history = history;
        config.rootfs.diff_ids.truncate(kept_layers);
        let staging = crate::storage::tmp::TempDir::new(&self.images.paths.tmp_dir(), "squash")?;
        let path = staging.path().join("layer.tar");
        // What the layers left below have (their unpacked directories).
        let below_dirs: Vec<std::path::PathBuf> = image.layers
            [..kept_layers.min(image.layers.len())]
            .iter()
            .map(|l| self.images.layer_diff(&l.chain_id))
            .collect();
        let below = |p: &str| {
            below_dirs
                .iter()
                .any(|d| d.join(p).symlink_metadata().is_ok())
        };
        crate::image::squash::squash(
            &self.images,
            image.layers.get(kept_layers..).unwrap_or_default(),
            &below,
            std::io::BufWriter::new(std::fs::File::create(&path)?),
        )?;
        let mut layer = std::io::BufReader::new(std::fs::File::open(&path)?);
        crate::image::derive::derive(
            &self.images,
            crate::image::derive::Derivation {
                base,
                created: config.created.clone(),
                config,
                history: last,
                names: Vec::new(),
                lineage: crate::image::store::Lineage::default(),
            },
            Some(&mut layer),
        )
    }

    /// `RUN --mount=type=bind,from=`: a copy of `path` (relative; empty:
    /// everything) of `image` under `dir` (owners and modes as in the
    /// image); the copy's path.
    pub fn extract_from_image(
        &self,
        image: &ImageRecord,
        path: &str,
        dir: &std::path::Path,
    ) -> Result<std::path::PathBuf> {
        let (_staging, tar) = self.tar_in_view(image, |root, w| {
            let none = crate::build::ignore::Ignore::default();
            let source = if path.is_empty() { "/" } else { path };
            let placements =
                crate::build::sources::place(root, &[source.to_string()], "/x", "/", &none)
                    .map_err(|e| anyhow::anyhow!(e))?;
            let own = crate::build::layer::Ownership {
                keep_owners: true,
                ..Default::default()
            };
            crate::build::layer::write_copy_layer(w, root, &placements, &none, own)
        })?;
        crate::build::layer::unpack_into(std::fs::File::open(&tar)?, dir, true)?;
        Ok(dir.join("x"))
    }

    /// `build --output`: every file of `image` (owners and modes as in
    /// the image), as a tar archive in a staging directory of the store
    /// (removed when the directory is dropped): both, as `tar_in_view`.
    pub fn image_files(
        &self,
        image: &ImageRecord,
    ) -> Result<(crate::storage::tmp::TempDir, std::path::PathBuf)> {
        self.tar_in_view(image, |root, w| {
            let none = crate::build::ignore::Ignore::default();
            let all = crate::build::sources::place(root, &["/".to_string()], "/", "/", &none)
                .map_err(|e| anyhow::anyhow!(e))?;
            let own = crate::build::layer::Ownership {
                keep_owners: true,
                ..Default::default()
            };
            crate::build::layer::write_copy_layer(w, root, &all, &none, own)
        })
    }

    /// A tar stream `write` makes inside a read-only view of `image` (its
    /// root directory the view's, so paths and symlinks resolve as in a
    /// container), in a file under the store's tmp directory: the
    /// directory (removed when dropped) and the file.
    fn tar_in_view(
        &self,
        image: &ImageRecord,
        write: impl FnOnce(&std::path::Path, &mut dyn std::io::Write) -> Result<()>,
    ) -> Result<(crate::storage::tmp::TempDir, std::path::PathBuf)> {
        self.enter_userns()?;
        let c = self.create(
            &CreateRequest {
                options: CreateOptions {
                    image: image.id.to_string(),
                    command: vec!["true".into()],
                    entrypoint: Some(String::new()),
                    network: Some("none".into()),
                    ..Default::default()
                },
                pull: PullPolicy::Never,
                ..Default::default()
            },
            &Progress::new(true),
        )?;
        let result = (|| -> Result<_> {
            let spec = crate::container::rootfs::view_spec(
                &self.containers,
                &self.images,
                &c,
                crate::container::rootfs::Access::Read,
                false,
            )?;
            // The helper writes the stream to a file the store stages; this
            // process reads it once the helper is done.
            let staging = crate::storage::tmp::TempDir::new(&self.images.paths.tmp_dir(), "copy")?;
            let path = staging.path().join("layer.tar");
            let file = std::fs::File::create(&path)?;
            crate::runtime::view::with_view_as_root(&spec, || {
                write(
                    std::path::Path::new("/"),
                    &mut std::io::BufWriter::new(&file),
                )
            })?;
            Ok((staging, path))
        })();
        let removed = ops::remove(
            &self.containers,
            &c.id,
            ops::RemoveOptions {
                force: true,
                timeout: None,
            },
        );
        let out = result?;
        removed?;
        Ok(out)
    }

    /// Run `step.argv` in a container of `step.image`, its output on this
    /// process's stdout and stderr, and make its changes a new image on top
    /// (the image's config unchanged, one history entry). A command that
    /// fails fails the step with its exit status; the container is removed
    /// either way.
    pub fn run_step(&self, step: &RunStep) -> Result<ImageRecord> {
        self.enter_userns()?;
        let req = CreateRequest {
            options: CreateOptions {
                image: step.image.clone(),
                command: step.argv.clone(),
                // The image's ENTRYPOINT does not apply to RUN.
                entrypoint: Some(String::new()),
                env: step.env.clone(),
                network: step.network.clone(),
                ulimits: step.settings.ulimits.clone(),
                userns: step.settings.userns.clone(),
                ..Default::default()
            },
            mount: step.mounts.clone(),
            volume: step.settings.volumes.clone(),
            add_host: step.settings.add_hosts.clone(),
            pull: PullPolicy::Never,
            ..Default::default()
        };
        let c = self.create(&req, &Progress::new(true))?;
        let result = (|| {
            let outcome = if step.quiet {
                self.start_detached(&c.id)?;
                Outcome::Exited(self.wait(
                    &c.id,
                    &[super::container::Condition::NotRunning],
                    std::time::Duration::from_millis(10),
                )?)
            } else {
                self.start(
                    &c.id,
                    Attach::Foreground {
                        stdin: false,
                        detach_keys: Vec::new(),
                    },
                )?
                .wait()?
            };
            match outcome {
                Outcome::Exited(0) => {}
                Outcome::Exited(code) => bail!(crate::error::ExitError::new(
                    code,
                    format!(
                        "building at STEP \"{}\": while running runtime: exit status {code}",
                        step.instruction
                    )
                )),
                Outcome::Detached => bail!("the RUN step's container detached"),
            }
            commit(
                &self.containers,
                &self.images,
                &c.id,
                &CommitOptions {
                    author: None,
                    message: None,
                    changes: Vec::new(),
                    pause: false,
                    squash: false,
                    reference: None,
                    include_volumes: false,
                    keep_config: true,
                    created_by: Some(step.created_by.clone()),
                    created: step.created.clone(),
                    build_key: step.build_key.clone(),
                    exclude: step.exclude.clone(),
                    clear_on_build: step.clear_on_build,
                },
            )
        })();
        let removed = ops::remove(
            &self.containers,
            &c.id,
            ops::RemoveOptions {
                force: true,
                timeout: None,
            },
        );
        let image = result?;
        removed?;
        Ok(image)
    }
}

fn step_history(created_by: &str, created: Option<&str>) -> crate::image::spec::History {
    crate::image::spec::History {
        created: created.map(str::to_string),
        created_by: Some(created_by.to_string()),
        author: None,
        comment: None,
        empty_layer: false,
    }
}
