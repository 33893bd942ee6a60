//! Running a planned Dockerfile through the engine: the stages the
//! target needs (those that do not depend on each other at once, each in
//! a process of its own), each instruction one step (a RUN container, a
//! COPY/ADD layer, a COPY --from layer read from another image, or a
//! config change) whose image comes from the cache when its key is there
//! (see `cache`), podman's step lines on `out`. What is not supported
//! (git sources, ADD --checksum without a single URL, other platforms)
//! is refused with a message saying so rather than built differently.
//! Driven end to end, rootful and rootless, by tests/build.rs (against
//! podman) and tests/engine.rs.

use super::cache::Cache;
use super::dockerfile::{self, Args, Instruction};
use super::ignore::Ignore;
use super::layer::Ownership;
use super::lex::Lexer;
use super::plan::{self, Base};
use crate::engine::Engine;
use crate::engine::build::{ConfigStep, CopyFromStep, CopyStep, RunStep};
use crate::engine::image::{PullPolicy, PullRequest};
use crate::image::spec::ContainerConfig;
use crate::image::store::ImageRecord;
use crate::registry::progress::Progress;
use anyhow::{Context, Result, anyhow, bail};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;

/// What to build.
pub struct BuildRequest {
    /// The context directory.
    pub context: PathBuf,
    /// The Dockerfile's name (for messages) and text.
    pub dockerfile: (String, String),
    /// `--build-arg` values.
    pub build_args: Vec<(String, String)>,
    pub target: Option<String>,
    pub pull: PullPolicy,
    pub registry: PullRequest,
    /// The network of RUN steps (the default network when `None`).
    pub network: Option<String>,
    /// The creation time of every step (`SOURCE_DATE_EPOCH`, RFC 3339).
    pub created: Option<String>,
    /// Keep step images as the cache and use it (podman's `--layers`,
    /// default on).
    pub layers: bool,
    /// Do not use the cache (the steps made still go into it).
    pub no_cache: bool,
    /// RUN output only in the step containers' logs (`-q`).
    pub quiet: bool,
    /// `--secret`s: id and source.
    pub secrets: Vec<(String, super::mounts::SecretSource)>,
    /// `--format docker`: keep what only docker's image config has
    /// (HEALTHCHECK, ONBUILD); podman's default OCI format drops them with
    /// a warning.
    pub docker_format: bool,
    /// `--output`: the final stage's files written out as well.
    pub output: Option<Output>,
    /// How many stages build at once (podman's `--jobs`; 0: as many as
    /// can).
    pub jobs: usize,
    /// `--label K=V`: LABEL steps after the target stage's instructions.
    pub labels: Vec<String>,
    /// `--add-host`, `--ulimit`, `-v`, `--userns` for every RUN.
    pub run: crate::engine::build::RunSettings,
    /// `--squash`: the final stage's new layers as one; `--squash-all`:
    /// all its layers.
    pub squash: Squash,
    /// `--from`: the first stage's base instead of its FROM's.
    pub from: Option<String>,
    /// `--ignorefile`: the ignore rules instead of the context's.
    pub ignorefile: Option<PathBuf>,
    /// `--skip-unused-stages=false`: every stage up to the target is
    /// built, needed or not.
    pub all_stages: bool,
    /// `--annotation K=V`: the final image's manifest annotations.
    pub annotations: Vec<(String, String)>,
    /// `--build-context NAME=...` (BuildKit's named contexts), for FROM
    /// and `--from=` where no stage has that name.
    pub contexts: Vec<(String, NamedContext)>,
}

/// What a named build context is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamedContext {
    /// A directory: `COPY --from=NAME` copies from it.
    Dir(PathBuf),
    /// `docker-image://REF` (or `container-image://`): that image.
    Image(String),
}

impl NamedContext {
    /// `NAME=VALUE` as `--build-context` takes it.
    pub fn parse(s: &str) -> Result<(String, NamedContext)> {
        let (name, value) = s
            .split_once('=')
            .filter(|(n, v)| !n.is_empty() && !v.is_empty())
            .ok_or_else(|| anyhow!("invalid --build-context {s:?}: not NAME=VALUE"))?;
        let context = if let Some(r) = value
            .strip_prefix("docker-image://")
            .or_else(|| value.strip_prefix("container-image://"))
        {
            NamedContext::Image(r.to_string())
        } else if value.contains("://") {
            return Err(crate::error::classified(
                crate::error::Kind::NotImplemented,
                format!(
                    "--build-context {s:?}: only directories and docker-image:// references are supported"
                ),
            ));
        } else {
            let dir = PathBuf::from(value);
            if !dir.is_dir() {
                bail!("--build-context {s:?}: {value} is not a directory");
            }
            NamedContext::Dir(std::path::absolute(&dir).unwrap_or(dir))
        };
        Ok((name.to_string(), context))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Squash {
    #[default]
    No,
    New,
    All,
}

/// Where `build --output` writes the final stage's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// `type=local,dest=DIR` (or a bare `DIR`): the files in a directory.
    Local(PathBuf),
    /// `type=tar,dest=FILE`: a tar archive of them.
    Tar(PathBuf),
    /// `type=tar,dest=-` (or `-`): that archive on stdout.
    Stdout,
}

impl Output {
    /// docker's and podman's `--output` values.
    pub fn parse(s: &str) -> Result<Output> {
        if s == "-" {
            return Ok(Output::Stdout);
        }
        if !s.contains('=') {
            return Ok(Output::Local(s.into()));
        }
        let (mut kind, mut dest) = (None, None);
        for part in s.split(',') {
            match part.split_once('=') {
                Some(("type", v)) => kind = Some(v),
                Some(("dest", v)) => dest = Some(v),
                _ => bail!("invalid --output {s:?}: unknown option {part:?}"),
            }
        }
        let dest = dest.ok_or_else(|| anyhow!("invalid --output {s:?}: no dest= given"))?;
        match (kind, dest) {
            (Some("local") | None, "-") => {
                bail!("invalid --output {s:?}: a local output needs a directory, not -")
            }
            (Some("local") | None, d) => Ok(Output::Local(d.into())),
            (Some("tar"), "-") => Ok(Output::Stdout),
            (Some("tar"), d) => Ok(Output::Tar(d.into())),
            (Some(other), _) => {
                bail!("invalid --output {s:?}: type {other:?} is not supported (local or tar)")
            }
        }
    }

    /// Write `image`'s files here.
    fn write(&self, engine: &Engine, image: &ImageRecord) -> Result<()> {
        let (_staging, files) = engine.image_files(image)?;
        let open =
            || std::fs::File::open(&files).with_context(|| format!("reading {}", files.display()));
        match self {
            Output::Stdout => {
                let mut out = std::io::stdout().lock();
                std::io::copy(&mut open()?, &mut out).context("writing the output to stdout")?;
                out.flush().context("writing the output to stdout")
            }
            // Whole or not at all: a temporary file renamed over it.
            Output::Tar(path) => crate::storage::atomic::create_with(path, |mut f| {
                std::io::copy(&mut open()?, &mut f)
                    .with_context(|| format!("writing {}", path.display()))?;
                Ok(())
            }),
            Output::Local(dir) => {
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
                super::layer::unpack_into(open()?, dir, false)
                    .with_context(|| format!("writing the output to {}", dir.display()))
            }
        }
    }
}

fn unsupported(ins: &Instruction, what: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotImplemented,
        format!("{} {what} is not supported yet", ins.keyword),
    )
}

/// What one step does, once its cache key says it must run.
enum Work {
    /// A new config (and author: MAINTAINER), no layer.
    Config(ContainerConfig, Option<String>),
    /// The step, and the locks of its `sharing=locked` caches.
    Run(RunStep, Vec<crate::storage::lock::LockGuard>),
    Copy {
        placements: Vec<super::sources::Placement>,
        ownership: Ownership,
        /// A named context the sources are in (the build context when
        /// `None`), and its ignore rules.
        from_dir: Option<(PathBuf, Ignore)>,
    },
    CopyFrom {
        source: ImageRecord,
        sources: Vec<String>,
        dest: String,
        workdir: String,
        ownership: Ownership,
    },
}

/// One step, ready to look up in the cache or to do.
struct Step {
    work: Work,
    created_by: String,
    /// What, besides the parent, the result depends on.
    key_parts: Vec<Vec<u8>>,
}

/// Starts a process that builds one stage (see [`StageJob`]): how the
/// front-end runs itself again. With one, stages that do not depend on
/// each other build at once (RUN forks, so stages cannot run in threads).
pub trait StageSpawner {
    /// Start `job`, its stdout and stderr into `out`.
    fn spawn(&self, job: &StageJob, out: std::fs::File) -> Result<std::process::Child>;
}

/// One stage of a build, built by a process of its own: the request is
/// the parent's (the same command line), this says which stage, with
/// which images for the stages before it, and where the stage's image ID
/// goes.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct StageJob {
    pub stage: usize,
    /// podman's `[n/m] ` before each line.
    pub prefix: String,
    pub final_stage: bool,
    /// Built stages: (index, image ID; none for an empty scratch stage).
    pub built: Vec<(usize, Option<String>)>,
    /// The file the child writes the stage's image ID to.
    pub result: PathBuf,
    /// The parent's context and Dockerfile (which it may have read from
    /// stdin).
    pub context: PathBuf,
    pub dockerfile: (String, String),
}

/// Build `r`: the final image (unnamed: the caller tags it) and the
/// stage prefix of podman's lines for the caller's `COMMIT` line.
///
/// The stages the target needs are numbered in file order, as podman
/// numbers them. With a spawner and `jobs` other than 1, the stages of
/// one level (those whose dependencies are all built) build at once:
/// the first in this process, its output live, the others in processes
/// of their own whose output follows in stage order.
pub fn build(
    engine: &Engine,
    r: &BuildRequest,
    spawner: Option<&dyn StageSpawner>,
    out: &mut dyn Write,
) -> Result<(ImageRecord, String)> {
    let file = &r.dockerfile.0;
    let (df, plan, target) = planned(r)?;
    let levels = if r.all_stages {
        // One stage after the other, every one up to the target.
        (0..=target).map(|s| vec![s]).collect()
    } else {
        plan.levels(target)
    };
    let mut order: Vec<usize> = levels.iter().flatten().copied().collect();
    order.sort_unstable();
    // podman numbers every stage up to the target, built or not.
    let numbered: Vec<usize> = (0..=target).collect();
    let prefix = |si: usize| -> String {
        // podman numbers the stages only when there are several.
        match numbered.iter().position(|&s| s == si) {
            Some(pos) if numbered.len() > 1 => format!("[{}/{}] ", pos + 1, numbered.len()),
            _ => String::new(),
        }
    };
    // Levels with several stages when they can build at once; otherwise
    // every stage alone, in file order.
    let groups: Vec<Vec<usize>> = match spawner {
        Some(_) if r.jobs != 1 => levels
            .iter()
            .flat_map(|l| {
                let width = if r.jobs == 0 { l.len() } else { r.jobs };
                l.chunks(width.max(1))
                    .map(<[usize]>::to_vec)
                    .collect::<Vec<_>>()
            })
            .collect(),
        _ => order.iter().map(|&s| vec![s]).collect(),
    };
    let mut b = Builder::new(engine, r, file, &df, &plan, out)?;
    let last_stage = order.last().copied();
    let result = (|| -> Result<Option<ImageRecord>> {
        let mut last = None;
        for group in &groups {
            let (first, others) = group.split_first().context("an empty group of stages")?;
            let children = others
                .iter()
                .map(|&si| b.spawn_stage(spawner, si, prefix(si), Some(si) == last_stage))
                .collect::<Result<Vec<_>>>()?;
            let own = b.stage(*first, &prefix(*first), Some(*first) == last_stage);
            // The others finish even when this one failed: a stopped
            // stage could leave its RUN container behind.
            let mut failed = None;
            match own {
                Ok(own) => {
                    b.built[*first] = Some(own.clone());
                    if Some(*first) == last_stage {
                        last.clone_from(&own);
                    }
                }
                Err(e) => failed = Some(e),
            }
            for c in children {
                match b.finish_stage(c) {
                    Ok((si, image)) => {
                        if Some(si) == last_stage {
                            last.clone_from(&image);
                        }
                        b.built[si] = Some(image);
                    }
                    Err(e) => failed = failed.or(Some(e)),
                }
            }
            if let Some(e) = failed {
                return Err(e);
            }
        }
        Ok(last)
    })();
    // Without --layers the step images go when the build ends; with it
    // they stay as the cache (also after a failure, as in podman).
    if !r.layers {
        b.remove_made(result.as_ref().ok().and_then(|r| r.as_ref()));
    }
    let mut image = result?.context("nothing was built")?;
    if r.squash != Squash::No {
        let base = last_stage.and_then(|si| b.bases[si].clone());
        let squashed = engine.squash_image(&image, base.as_ref(), r.squash == Squash::All)?;
        if squashed.id != image.id && !r.layers {
            let _ = engine.remove_image(&image.id.to_string(), false, true);
        }
        image = squashed;
    }
    // A docker manifest has no annotations: podman drops them then.
    if !r.annotations.is_empty() && !r.docker_format {
        engine.images.annotate(&image.id, &r.annotations)?;
    }
    if let Some(o) = &r.output {
        o.write(engine, &image)?;
    }
    engine.image_event("build", &image.id, "");
    Ok((image, last_stage.map(prefix).unwrap_or_default()))
}

/// The Dockerfile parsed and planned, `--label`s as LABEL steps at the
/// end of the target stage (podman's steps and history entries), and the
/// target.
fn planned(r: &BuildRequest) -> Result<(dockerfile::Dockerfile, plan::Plan, usize)> {
    let (file, text) = &r.dockerfile;
    let df = dockerfile::parse(file, text)?;
    let mut plan = plan::plan(file, &df, &r.build_args)?;
    let target = plan.target(r.target.as_deref()).map_err(|e| anyhow!(e))?;
    if let (Some(from), Some(first)) = (&r.from, plan.stages.first_mut()) {
        first.base.clone_from(from);
        first.base_kind = if from == "scratch" {
            Base::Scratch
        } else {
            Base::Image(from.clone())
        };
    }
    for label in &r.labels {
        let (k, v) = label.split_once('=').unwrap_or((label, ""));
        let line = format!(
            "LABEL {}={}",
            serde_json::to_string(k)?,
            serde_json::to_string(v)?
        );
        let extra = dockerfile::parse("--label", &format!("{line}\n"))
            .map_err(|e| anyhow!("--label {label:?}: {}", e.message))?;
        plan.stages[target].instructions.extend(extra.instructions);
    }
    Ok((df, plan, target))
}

/// Build the one stage `job` names (in a process a parent build started
/// with a [`StageSpawner`]), its image ID into `job.result`.
pub fn build_stage(
    engine: &Engine,
    r: &BuildRequest,
    job: &StageJob,
    out: &mut dyn Write,
) -> Result<()> {
    let file = &r.dockerfile.0;
    let (df, plan, _) = planned(r)?;
    if job.stage >= plan.stages.len() {
        bail!("internal error: the build has no stage {}", job.stage);
    }
    let mut b = Builder::new(engine, r, file, &df, &plan, out)?;
    let images = engine.images.images()?;
    for (si, id) in &job.built {
        let image = match id {
            Some(id) => Some(
                engine
                    .images
                    .lookup(&images, id)
                    .with_context(|| format!("the image of stage {si}"))?
                    .clone(),
            ),
            None => None,
        };
        if let Some(slot) = b.built.get_mut(*si) {
            *slot = Some(image);
        }
    }
    let result = b.stage(job.stage, &job.prefix, job.final_stage);
    let keep = result.as_ref().ok().and_then(|i| i.as_ref());
    if !r.layers {
        b.remove_made(keep);
    }
    let id = result?.map(|i| i.id.to_string()).unwrap_or_default();
    crate::storage::atomic::write(&job.result, id.as_bytes(), 0o600)
        .with_context(|| format!("writing {}", job.result.display()))
}

/// A stage building in another process.
struct Child {
    stage: usize,
    process: std::process::Child,
    /// Its output, shown once it is done.
    log: PathBuf,
    result: PathBuf,
}

struct Builder<'a> {
    engine: &'a Engine,
    r: &'a BuildRequest,
    file: &'a str,
    lexer: Lexer,
    escape: char,
    plan: &'a plan::Plan,
    ignore: Ignore,
    cache: Cache,
    /// Each stage's image once built (`Some(None)`: a scratch stage with
    /// nothing in it).
    #[allow(clippy::option_option)]
    built: Vec<Option<Option<ImageRecord>>>,
    /// The step images this build made.
    made: Vec<crate::image::digest::Digest>,
    /// Each stage's base image (none for scratch), once known.
    bases: Vec<Option<ImageRecord>>,
    /// The stage being built.
    stage_index: usize,
    /// The stage's base had ONBUILD triggers (run first; gone from the
    /// stage's images).
    clear_on_build: bool,
    /// Where this build keeps files of its own (secrets for RUN mounts).
    scratch: Option<crate::storage::tmp::TempDir>,
    out: &'a mut dyn Write,
}

impl<'a> Builder<'a> {
    fn new(
        engine: &'a Engine,
        r: &'a BuildRequest,
        file: &'a str,
        df: &dockerfile::Dockerfile,
        plan: &'a plan::Plan,
        out: &'a mut dyn Write,
    ) -> Result<Builder<'a>> {
        Ok(Builder {
            engine,
            r,
            file,
            lexer: Lexer { escape: df.escape },
            escape: df.escape,
            plan,
            ignore: match &r.ignorefile {
                Some(f) => {
                    let text = std::fs::read_to_string(f)
                        .with_context(|| format!("reading --ignorefile {}", f.display()))?;
                    Ignore::parse(&text).map_err(|e| anyhow!(e))?
                }
                None => read_ignore(&r.context)?,
            },
            cache: if r.layers {
                Cache::new(engine.images.images()?)
            } else {
                Cache::default()
            },
            built: vec![None; plan.stages.len()],
            made: Vec::new(),
            bases: vec![None; plan.stages.len()],
            stage_index: 0,
            clear_on_build: false,
            scratch: None,
            out,
        })
    }

    /// Remove the step images this build made but `keep` (`--layers=false`).
    fn remove_made(&self, keep: Option<&ImageRecord>) {
        let keep = keep.map(|i| &i.id);
        for id in self.made.iter().filter(|d| Some(*d) != keep) {
            let _ = self.engine.remove_image(&id.to_string(), false, true);
        }
    }

    /// Start building stage `si` in another process.
    fn spawn_stage(
        &mut self,
        spawner: Option<&dyn StageSpawner>,
        si: usize,
        prefix: String,
        final_stage: bool,
    ) -> Result<Child> {
        let spawner = spawner.context("internal error: no way to start a stage")?;
        let dir = self.scratch_dir()?;
        let tag = crate::storage::random_hex(8);
        let (log, result) = (
            dir.join(format!("stage-{tag}.log")),
            dir.join(format!("stage-{tag}.id")),
        );
        let job = StageJob {
            stage: si,
            prefix,
            final_stage,
            built: self
                .built
                .iter()
                .enumerate()
                .filter_map(|(i, b)| {
                    b.as_ref()
                        .map(|b| (i, b.as_ref().map(|r| r.id.to_string())))
                })
                .collect(),
            result: result.clone(),
            context: self.r.context.clone(),
            dockerfile: self.r.dockerfile.clone(),
        };
        let file =
            std::fs::File::create(&log).with_context(|| format!("creating {}", log.display()))?;
        let process = spawner
            .spawn(&job, file)
            .with_context(|| format!("starting stage {si}"))?;
        Ok(Child {
            stage: si,
            process,
            log,
            result,
        })
    }

    /// Wait for a stage built in another process: its output shown, its
    /// image. A failed stage has reported its error in that output: the
    /// build fails with its exit code.
    fn finish_stage(&mut self, mut c: Child) -> Result<(usize, Option<ImageRecord>)> {
        let status = c.process.wait().context("waiting for a stage")?;
        if let Ok(mut f) = std::fs::File::open(&c.log) {
            let _ = std::io::copy(&mut f, &mut self.out);
            let _ = self.out.flush();
        }
        if !status.success() {
            let code = status.code().unwrap_or(125);
            return Err(crate::error::ExitError::silent(code).into());
        }
        let id = std::fs::read_to_string(&c.result)
            .with_context(|| format!("reading the image of stage {}", c.stage))?;
        if id.is_empty() {
            return Ok((c.stage, None));
        }
        let images = self.engine.images.images()?;
        let image = self.engine.images.lookup(&images, id.trim())?.clone();
        self.made.push(image.id.clone());
        Ok((c.stage, Some(image)))
    }

    /// Build stage `si`; its image.
    fn stage(&mut self, si: usize, prefix: &str, final_stage: bool) -> Result<Option<ImageRecord>> {
        let (engine, r) = (self.engine, self.r);
        self.stage_index = si;
        let stage = &self.plan.stages[si];
        // podman counts the steps of each stage, FROM the first.
        let total = 1 + stage.instructions.len();
        // A stage's base is shown by its image's ID.
        let from = match &stage.base_kind {
            Base::Stage(b) => match self.built[*b].clone().flatten() {
                Some(i) => match &stage.name {
                    Some(name) => format!("{} AS {name}", i.id.hex()),
                    None => i.id.hex().to_string(),
                },
                None => stage_from_text(stage),
            },
            _ => stage_from_text(stage),
        };
        let _ = writeln!(self.out, "{prefix}STEP 1/{total}: FROM {from}");
        let mut image: Option<ImageRecord> = match &stage.base_kind {
            Base::Scratch => None,
            Base::Stage(b) => self.built[*b].clone().flatten(),
            Base::Image(name) => {
                let name = match self.named(name) {
                    Some(NamedContext::Image(r)) => r,
                    Some(NamedContext::Dir(d)) => bail!(
                        "FROM {name}: the build context {name} is a directory ({}), not an image",
                        d.display()
                    ),
                    None => name.clone(),
                };
                Some(engine.image_for_run(&name, r.pull, &r.registry, &Progress::new(false))?)
            }
        };
        self.bases[si].clone_from(&image);
        let mut config: ContainerConfig = match &image {
            Some(i) => engine.images.config(i)?.container(),
            None => ContainerConfig::default(),
        };
        // The base's ONBUILD triggers run first (podman numbers them after
        // the FROM line, whose total does not count them).
        let mut triggers = Vec::new();
        for t in config.on_build.take().unwrap_or_default() {
            let parsed = dockerfile::parse("ONBUILD", &format!("{t}\n")).map_err(|e| {
                anyhow!(
                    "{}:{}: FROM: the base image's ONBUILD {t:?}: {}",
                    self.file,
                    stage.line,
                    e.message
                )
            })?;
            triggers.extend(parsed.instructions);
        }
        self.clear_on_build = !triggers.is_empty();
        let total = total + triggers.len();
        // ARGs declared in this stage: (name, value).
        let mut args: Vec<(String, String)> = Vec::new();
        for (i, ins) in triggers.iter().chain(&stage.instructions).enumerate() {
            let n = i + 2;
            let _ = writeln!(self.out, "{prefix}STEP {n}/{total}: {}", ins.original);
            let _ = self.out.flush();
            let step = self
                .step(ins, &mut config, &mut args, image.as_ref())
                .map_err(|e| e.context(format!("{}:{}: {}", self.file, ins.line, ins.keyword)))?;
            image = Some(self.perform(step, image.as_ref())?);
            mark(self.out, final_stage && n == total, image.as_ref());
        }
        // A stage that only names its base still has an image of its own.
        if image.is_none() {
            let step = Step {
                created_by: format!("/bin/sh -c #(nop) FROM {}", stage.base),
                key_parts: vec![serde_json::to_vec(&config)?],
                work: Work::Config(config, None),
            };
            image = Some(self.perform(step, None)?);
        }
        Ok(image)
    }

    /// The image of `step` on `base`: from the cache, or made.
    fn perform(&mut self, step: Step, base: Option<&ImageRecord>) -> Result<ImageRecord> {
        let engine = self.engine;
        let mut parts: Vec<&[u8]> = vec![step.created_by.as_bytes()];
        parts.extend(step.key_parts.iter().map(Vec::as_slice));
        let created = self.r.created.clone();
        if let Some(c) = &created {
            parts.push(c.as_bytes());
        }
        let key = super::cache::key(base.map(|b| &b.id), &parts);
        if self.r.layers
            && !self.r.no_cache
            && let Some(hit) = self.cache.get(&key)
        {
            let _ = writeln!(self.out, "--> Using cache {}", hit.id.hex());
            return Ok(hit.clone());
        }
        let build_key = self.r.layers.then(|| key.clone());
        let image = match step.work {
            Work::Config(config, author) => engine.config_step(ConfigStep {
                base,
                config,
                author,
                created_by: step.created_by,
                created,
                build_key,
            })?,
            Work::CopyFrom {
                source,
                sources,
                dest,
                workdir,
                ownership,
            } => engine.copy_from_step(CopyFromStep {
                base,
                source: &source,
                sources: &sources,
                dest: &dest,
                workdir: &workdir,
                ownership,
                created_by: step.created_by,
                created,
                build_key,
                clear_on_build: self.clear_on_build,
            })?,
            Work::Run(mut run, _locks) => {
                run.build_key = build_key;
                run.clear_on_build = self.clear_on_build;
                engine.run_step(&run)?
            }
            Work::Copy {
                placements,
                ownership,
                from_dir,
            } => engine.copy_step(CopyStep {
                base,
                context: from_dir.as_ref().map_or(&self.r.context, |d| &d.0),
                placements: &placements,
                ignore: from_dir.as_ref().map_or(&self.ignore, |d| &d.1),
                ownership,
                created_by: step.created_by,
                created,
                build_key,
                clear_on_build: self.clear_on_build,
            })?,
        };
        self.cache.insert(&key, &image);
        self.made.push(image.id.clone());
        Ok(image)
    }

    /// What instruction `ins` does with the stage's `config` and `args` so
    /// far (both updated here), on `image`.
    fn step(
        &mut self,
        ins: &Instruction,
        config: &mut ContainerConfig,
        args: &mut Vec<(String, String)>,
        image: Option<&ImageRecord>,
    ) -> Result<Step> {
        let (r, lexer) = (self.r, self.lexer.clone());
        // Variables for expansion: ARGs, then ENV over them.
        let mut vars = args.clone();
        for e in config.env.iter().flatten() {
            if let Some((k, v)) = e.split_once('=') {
                vars.push((k.to_string(), v.to_string()));
            }
        }
        let text = match &ins.args {
            Args::Shell(s) => s.clone(),
            Args::Exec(_) => String::new(),
        };
        let nop = |what: &str| format!("/bin/sh -c #(nop) {what}");
        let config_step = |config: &ContainerConfig, created_by: String| -> Result<Step> {
            Ok(Step {
                key_parts: vec![serde_json::to_vec(config)?],
                created_by,
                work: Work::Config(config.clone(), None),
            })
        };
        match ins.keyword.as_str() {
            "ARG" => {
                let mut names = Vec::new();
                for (k, d) in plan::arg_pairs(ins, &lexer, &vars).map_err(|e| anyhow!(e))? {
                    let meta = self
                        .plan
                        .meta_args
                        .iter()
                        .find(|(m, _)| *m == k)
                        .and_then(|(_, v)| v.clone());
                    let given = r
                        .build_args
                        .iter()
                        .rev()
                        .find(|(g, _)| *g == k)
                        .map(|(_, v)| v.clone());
                    if let Some(v) = given.or(d).or(meta) {
                        args.retain(|(a, _)| *a != k);
                        args.push((k.clone(), v));
                    }
                    names.push(k);
                }
                // podman's history names the arguments, not their values:
                // the steps that use them carry those.
                config_step(config, nop(&format!("ARG {}", names.join(" "))))
            }
            "RUN" => {
                let (mounts, mount_keys, locks) = self.run_mounts(ins, &vars)?;
                let argv = match &ins.args {
                    Args::Exec(_) if !ins.heredocs.is_empty() => {
                        return Err(unsupported(ins, "in the JSON form with a heredoc"));
                    }
                    Args::Exec(v) => v.clone(),
                    Args::Shell(s) => {
                        let mut v = config
                            .shell
                            .clone()
                            .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()]);
                        v.push(heredoc_script(s, &ins.heredocs));
                        v
                    }
                };
                let base = image
                    .ok_or_else(|| anyhow!("RUN needs a base image: FROM scratch has no shell"))?;
                let network = match ins.flag("network") {
                    None | Some("default") => r.network.clone(),
                    Some(n @ ("none" | "host")) => Some(n.to_string()),
                    Some(other) => {
                        return Err(unsupported(ins, &format!("--network={other}")));
                    }
                };
                let env: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                // docker's and podman's history: `|N K=V ... COMMAND` when
                // build arguments are in effect.
                // podman records the RUN's flags after the shell.
                let flags: Vec<String> = ins
                    .flags
                    .iter()
                    .map(|(k, v)| match v {
                        Some(v) => format!("--{k}={v}"),
                        None => format!("--{k}"),
                    })
                    .collect();
                let mut created_by = match (&ins.args, flags.is_empty()) {
                    (Args::Shell(_), false) if argv.len() >= 2 => format!(
                        "{} {} {}",
                        argv[..argv.len() - 1].join(" "),
                        flags.join(" "),
                        argv[argv.len() - 1]
                    ),
                    _ => argv.join(" "),
                };
                if !env.is_empty() {
                    created_by = format!("|{} {} {created_by}", env.len(), env.join(" "));
                }
                let key_parts = vec![
                    serde_json::to_vec(&argv)?,
                    serde_json::to_vec(&env)?,
                    network.clone().unwrap_or_default().into_bytes(),
                    serde_json::to_vec(&mount_keys)?,
                    serde_json::to_vec(&r.run)?,
                ];
                // (A -v bind mount's files are the host's, never in the
                // layer; its mount point stays, as in podman.)
                let exclude = mounts
                    .iter()
                    .map(|m| crate::container::mounts::parse_mount(m))
                    .map(|m| m.map(|m| m.destination.trim_start_matches('/').to_string()))
                    .collect::<Result<_>>()?;
                Ok(Step {
                    work: Work::Run(
                        RunStep {
                            image: base.id.to_string(),
                            argv,
                            env,
                            network,
                            created_by: created_by.clone(),
                            created: r.created.clone(),
                            instruction: ins.original.clone(),
                            build_key: None,
                            quiet: r.quiet,
                            mounts,
                            exclude,
                            clear_on_build: false,
                            settings: r.run.clone(),
                        },
                        locks,
                    ),
                    created_by,
                    key_parts,
                })
            }
            "COPY" | "ADD" => {
                let words = match &ins.args {
                    Args::Exec(v) => v.clone(),
                    Args::Shell(s) => lexer.words(s, &vars).map_err(|e| anyhow!(e))?,
                };
                let (dest, sources) = match words.split_last() {
                    Some((d, s)) if !s.is_empty() => (d, s),
                    _ => bail!("{} requires at least two arguments", ins.keyword),
                };
                // Here-documents are files of their own; the rest come
                // from the context (or --from).
                let (docs, sources): (Vec<&String>, Vec<&String>) = sources
                    .iter()
                    .partition(|s| ins.heredocs.iter().any(|h| heredoc_word(s, &h.name)));
                let sources: Vec<String> = sources.into_iter().cloned().collect();
                // ADD downloads URLs; the rest are the context's.
                let (urls, sources): (Vec<String>, Vec<String>) = sources
                    .into_iter()
                    .partition(|s| ins.keyword == "ADD" && is_url(s));
                if let Some(git) = urls.iter().find(|u| u.ends_with(".git")) {
                    return Err(unsupported(ins, &format!("of a git repository ({git})")));
                }
                let checksum = ins.flag("checksum");
                if checksum.is_some() && (urls.len() != 1 || !sources.is_empty()) {
                    bail!("ADD --checksum needs a single http(s) source");
                }
                let mut ownership = self.ownership(ins, image)?;
                let workdir = config.working_dir.clone().unwrap_or_else(|| "/".into());
                // --from= a named directory context: a COPY from it.
                let from_dir = match ins.flag("from") {
                    Some(f) => {
                        let f = lexer.word(f, &vars).map_err(|e| anyhow!(e))?;
                        match self.named(&f) {
                            Some(NamedContext::Dir(d)) => {
                                let ignore = read_ignore(&d)?;
                                Some((d, ignore))
                            }
                            _ => None,
                        }
                    }
                    None => None,
                };
                let (src_dir, src_ignore) = match &from_dir {
                    Some((d, i)) => (d.clone(), i.clone()),
                    None => (r.context.clone(), self.ignore.clone()),
                };
                if let Some(from) = ins.flag("from")
                    && from_dir.is_none()
                {
                    // podman: files from another image keep their owners
                    // unless --chown says otherwise.
                    ownership.keep_owners = ins.flag("chown").is_none();
                    if !docs.is_empty() {
                        return Err(unsupported(ins, "--from with a heredoc"));
                    }
                    let from = lexer.word(from, &vars).map_err(|e| anyhow!(e))?;
                    let source = self.image_of_from(&from)?;
                    let created_by = nop(&format!(
                        "{} --from={from} {} {dest}",
                        ins.keyword,
                        sources.join(" ")
                    ));
                    return Ok(Step {
                        key_parts: vec![
                            ins.original.clone().into_bytes(),
                            source.id.as_str().as_bytes().to_vec(),
                            format!("{ownership:?}").into_bytes(),
                            workdir.clone().into_bytes(),
                        ],
                        created_by,
                        work: Work::CopyFrom {
                            source,
                            sources,
                            dest: dest.clone(),
                            workdir,
                            ownership,
                        },
                    });
                }
                let mut placements = if sources.is_empty() {
                    Vec::new()
                } else {
                    super::sources::place(&src_dir, &sources, dest, &workdir, &src_ignore)
                        .map_err(|e| anyhow!(e))?
                };
                let (abs, dest_is_dir) = super::sources::destination(dest, &workdir);
                if ins.keyword == "ADD" {
                    // A local tar archive is unpacked into the destination.
                    for p in &mut placements {
                        if !p.contents_of_dir
                            && src_dir.join(&p.source).is_file()
                            && super::layer::is_archive(&src_dir.join(&p.source))?
                        {
                            p.extract = true;
                            p.dest.clone_from(&abs);
                        }
                    }
                }
                let many = urls.len() + sources.len() + docs.len() > 1;
                for url in &urls {
                    let file = self.download(url, checksum)?;
                    let name = url_file_name(url);
                    if name.is_empty() && (dest_is_dir || many) {
                        bail!("cannot determine a file name for {url} in {dest}");
                    }
                    placements.push(super::sources::Placement {
                        source: file,
                        dest: if dest_is_dir || many {
                            format!("{}/{name}", abs.trim_end_matches('/'))
                        } else {
                            abs.clone()
                        },
                        contents_of_dir: false,
                        content: None,
                        extract: false,
                    });
                }
                for d in &docs {
                    let doc = ins
                        .heredocs
                        .iter()
                        .find(|h| heredoc_word(d, &h.name))
                        .context("a heredoc without a body")?;
                    let content = if doc.expand {
                        lexer
                            .variables(&doc.content, &vars)
                            .map_err(|e| anyhow!(e))?
                    } else {
                        doc.content.clone()
                    };
                    let into_dir = dest_is_dir || many;
                    placements.push(super::sources::Placement {
                        source: PathBuf::new(),
                        dest: if into_dir {
                            format!("{}/{}", abs.trim_end_matches('/'), doc.name)
                        } else {
                            abs.clone()
                        },
                        contents_of_dir: false,
                        content: Some(content.into_bytes()),
                        extract: false,
                    });
                }
                let digest = super::layer::content_digest(&src_dir, &placements, &src_ignore)?;
                // docker's history: `COPY file:HASH in DEST` (dir:, multi:).
                let kind = match placements.as_slice() {
                    [p] if p.contents_of_dir || p.extract => "dir",
                    [_] => "file",
                    _ => "multi",
                };
                let created_by = nop(&format!(
                    "{} {kind}:{} in {dest} ",
                    ins.keyword,
                    digest.hex()
                ));
                Ok(Step {
                    key_parts: vec![
                        ins.original.clone().into_bytes(),
                        format!("{ownership:?}").into_bytes(),
                    ],
                    created_by,
                    work: Work::Copy {
                        placements,
                        ownership,
                        from_dir,
                    },
                })
            }
            "MAINTAINER" => {
                let author = lexer.word(&text, &vars).map_err(|e| anyhow!(e))?;
                Ok(Step {
                    key_parts: vec![serde_json::to_vec(config)?, author.clone().into_bytes()],
                    created_by: nop(&format!("MAINTAINER {author}")),
                    work: Work::Config(config.clone(), Some(author)),
                })
            }
            "HEALTHCHECK" => {
                if r.docker_format {
                    config.healthcheck = Some(healthcheck(ins)?);
                } else {
                    crate::warn!(
                        "HEALTHCHECK is not supported for OCI image format and will be ignored. Must use `docker` format"
                    );
                }
                config_step(config, nop(&ins.original))
            }
            "ONBUILD" => {
                let trigger = text.trim();
                let first = trigger
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_ascii_uppercase();
                match first.as_str() {
                    "ONBUILD" => bail!("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
                    "FROM" | "MAINTAINER" => {
                        bail!("{first} isn't allowed as an ONBUILD trigger")
                    }
                    _ => {}
                }
                if r.docker_format {
                    config
                        .on_build
                        .get_or_insert_with(Vec::new)
                        .push(trigger.to_string());
                } else {
                    crate::warn!(
                        "ONBUILD is not supported for OCI image format, {trigger} will be ignored. Must use `docker` format"
                    );
                }
                config_step(config, nop(&ins.original))
            }
            "ENV" | "LABEL" => {
                let pairs = dockerfile::key_values(&ins.keyword, &text, self.escape)
                    .map_err(|e| anyhow!(e))?;
                for (k, v) in pairs {
                    let k = lexer.word(&k, &vars).map_err(|e| anyhow!(e))?;
                    let v = lexer.word(&v, &vars).map_err(|e| anyhow!(e))?;
                    if ins.keyword == "ENV" {
                        // podman (buildah): a variable set again moves to
                        // the end.
                        let env = config.env.get_or_insert_with(Vec::new);
                        env.retain(|e| e.split_once('=').map(|x| x.0) != Some(k.as_str()));
                        env.push(format!("{k}={v}"));
                    } else {
                        config
                            .labels
                            .get_or_insert_with(Default::default)
                            .insert(k, v);
                    }
                }
                config_step(config, nop(&ins.original))
            }
            "WORKDIR" => {
                let w = lexer.word(&text, &vars).map_err(|e| anyhow!(e))?;
                let prev = config.working_dir.clone().unwrap_or_else(|| "/".into());
                let (abs, _) = super::sources::destination(&w, &prev);
                config.working_dir = Some(abs);
                config_step(config, nop(&ins.original))
            }
            "USER" | "STOPSIGNAL" | "EXPOSE" | "VOLUME" => {
                let arg = match &ins.args {
                    Args::Exec(v) => serde_json::to_string(v)?,
                    Args::Shell(s) => lexer.words(s, &vars).map_err(|e| anyhow!(e))?.join(" "),
                };
                crate::image::changes::apply(config, &format!("{} {arg}", ins.keyword))?;
                config_step(config, nop(&ins.original))
            }
            "SHELL" if !r.docker_format => {
                // podman: the OCI format has no SHELL, and RUN ignores it.
                let shell = match &ins.args {
                    Args::Exec(v) => v.join(" "),
                    Args::Shell(s) => s.clone(),
                };
                crate::warn!(
                    "SHELL is not supported for OCI image format, [{shell}] will be ignored. Must use `docker` format"
                );
                config_step(config, nop(&ins.original))
            }
            "CMD" | "ENTRYPOINT" | "SHELL" => {
                crate::image::changes::apply(
                    config,
                    &format!("{} {}", ins.keyword, ins.args.text()),
                )?;
                if ins.keyword == "ENTRYPOINT" {
                    // docker: a new ENTRYPOINT resets the inherited CMD.
                    config.cmd = None;
                }
                config_step(config, nop(&ins.original))
            }
            other => Err(unsupported(ins, &format!("({other})"))),
        }
    }
}

/// podman's `--> ID` after every step but the last (whose image the
/// caller reports with its name).
fn mark(out: &mut dyn Write, last: bool, image: Option<&ImageRecord>) {
    if !last && let Some(i) = image {
        let _ = writeln!(out, "--> {}", &i.id.hex()[..11]);
    }
}

fn stage_from_text(s: &plan::Stage) -> String {
    match &s.name {
        Some(n) => format!("{} AS {n}", s.base),
        None => s.base.clone(),
    }
}

/// An ADD source that is downloaded.
fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// The file name a download gets in a destination directory: the URL
/// path's last component (docker's and buildah's rule).
fn url_file_name(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    match path.split_once('/') {
        Some((_, p)) => p
            .rsplit('/')
            .find(|c| !c.is_empty())
            .unwrap_or("")
            .to_string(),
        None => String::new(),
    }
}

/// A here-document source word: `<<NAME`, `<<-NAME`, quoted or not.
fn heredoc_word(word: &str, name: &str) -> bool {
    let w = word.trim_start_matches("<<").trim_start_matches('-');
    word.starts_with("<<") && w.trim_matches(|c| c == '"' || c == '\'') == name
}

/// A RUN's shell script with its here-documents: one that is only a
/// here-document runs its body (BuildKit's rule); otherwise the shell
/// reads the bodies after the command line, as it would in a script.
fn heredoc_script(command: &str, docs: &[dockerfile::Heredoc]) -> String {
    match docs {
        [] => command.to_string(),
        [only] if heredoc_word(command.trim(), &only.name) => only.content.clone(),
        _ => {
            let mut script = format!("{command}\n");
            for d in docs {
                script.push_str(&d.content);
                script.push_str(&d.name);
                script.push('\n');
            }
            script
        }
    }
}

/// `HEALTHCHECK [flags] CMD ...` or `HEALTHCHECK NONE`: docker's config
/// (durations in nanoseconds; unset ones left out).
fn healthcheck(ins: &Instruction) -> Result<serde_json::Value> {
    let text = ins.args.text();
    let trimmed = text.trim();
    if trimmed.eq_ignore_ascii_case("NONE") {
        return Ok(serde_json::json!({ "Test": ["NONE"] }));
    }
    let rest = match trimmed.split_once(char::is_whitespace) {
        Some((cmd, rest)) if cmd.eq_ignore_ascii_case("CMD") => rest.trim(),
        _ => bail!("HEALTHCHECK takes NONE or CMD followed by a command"),
    };
    let test: Vec<String> = match serde_json::from_str::<Vec<String>>(rest) {
        Ok(v) if rest.starts_with('[') => std::iter::once("CMD".to_string()).chain(v).collect(),
        _ => vec!["CMD-SHELL".into(), rest.to_string()],
    };
    let mut h = serde_json::json!({ "Test": test });
    for (flag, field) in [
        ("interval", "Interval"),
        ("timeout", "Timeout"),
        ("start-period", "StartPeriod"),
        ("start-interval", "StartInterval"),
    ] {
        if let Some(v) = ins.flag(flag) {
            let d = crate::util::time::parse_go_duration(v)
                .ok_or_else(|| anyhow!("invalid --{flag} {v:?}: not a duration"))?;
            if d.as_nanos() > 0 {
                h[field] = serde_json::json!(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
            }
        }
    }
    if let Some(v) = ins.flag("retries") {
        let n: u64 = v
            .parse()
            .map_err(|_| anyhow!("invalid --retries {v:?}: not a number"))?;
        if n > 0 {
            h["Retries"] = serde_json::json!(n);
        }
    }
    Ok(h)
}

impl Builder<'_> {
    /// `--chown=USER[:GROUP]` (names looked up in `image`'s /etc/passwd
    /// and /etc/group; a user alone also gives its group) and
    /// `--chmod=OCTAL`.
    fn ownership(&self, ins: &Instruction, image: Option<&ImageRecord>) -> Result<Ownership> {
        let mut own = Ownership::default();
        if let Some(c) = ins.flag("chown") {
            let (u, g) = c.split_once(':').map_or((c, None), |(u, g)| (u, Some(g)));
            let numeric = |s: &str| s.parse::<u32>().ok();
            match (numeric(u), g.map(numeric)) {
                (Some(uid), None) => (own.uid, own.gid) = (uid, uid),
                (Some(uid), Some(Some(gid))) => (own.uid, own.gid) = (uid, gid),
                _ => {
                    let dirs: Vec<PathBuf> = image
                        .map(|i| {
                            i.layers
                                .iter()
                                .rev()
                                .map(|l| self.engine.images.layer_diff(&l.chain_id))
                                .collect()
                        })
                        .unwrap_or_default();
                    let read = |f: &str| {
                        crate::container::spec::read_image_file(&dirs, f)
                            .map(|b| String::from_utf8_lossy(&b).into_owned())
                    };
                    let user = crate::container::spec::resolve_user(
                        c,
                        read("etc/passwd").as_deref(),
                        read("etc/group").as_deref(),
                        &[],
                    )?;
                    (own.uid, own.gid) = (user.uid, user.gid);
                }
            }
        }
        if let Some(m) = ins.flag("chmod") {
            own.mode =
                Some(u32::from_str_radix(m, 8).map_err(|_| anyhow!("invalid --chmod {m:?}"))?);
        }
        Ok(own)
    }

    /// A RUN's `--mount`s as the engine's `--mount` specs, what of each goes into the
    /// cache key (a context bind's content; never a secret's), and the
    /// locks of `sharing=locked` caches.
    #[allow(clippy::type_complexity)]
    fn run_mounts(
        &mut self,
        ins: &Instruction,
        vars: &[(String, String)],
    ) -> Result<(
        Vec<String>,
        Vec<String>,
        Vec<crate::storage::lock::LockGuard>,
    )> {
        use super::mounts::{RunMount, SecretSource};
        let (mut mounts, mut keys, mut locks) = (Vec::new(), Vec::new(), Vec::new());
        for spec in ins.flag_values("mount") {
            let spec = self.lexer.word(spec, vars).map_err(|e| anyhow!(e))?;
            match super::mounts::parse(&spec)? {
                RunMount::Bind {
                    source,
                    target,
                    from,
                    rw,
                } => {
                    let rel = super::sources::clean(&source);
                    let image = match from.as_deref().map(|f| (f, self.named(f))) {
                        None | Some((_, Some(NamedContext::Dir(_)))) => None,
                        Some((f, _)) => Some(self.image_of_from(f)?),
                    };
                    let (path, key) = if let Some(image) = image {
                        // A copy of the path in the image (writes to it,
                        // with rw, are thrown away with it).
                        let dir = self
                            .scratch_dir()?
                            .join(format!("bind-{}", crate::storage::random_hex(8)));
                        let path = self.engine.extract_from_image(&image, &rel, &dir)?;
                        (path, format!("bind {target} {} {rel} {rw}", image.id))
                    } else {
                        let base = match from.as_deref().and_then(|f| self.named(f)) {
                            Some(NamedContext::Dir(d)) => d,
                            _ => self.r.context.clone(),
                        };
                        let path = base.join(&rel);
                        let placement = super::sources::Placement {
                            contents_of_dir: path.is_dir(),
                            source: rel.clone().into(),
                            dest: "/x".into(),
                            content: None,
                            extract: false,
                        };
                        let digest = super::layer::content_digest(
                            &base,
                            std::slice::from_ref(&placement),
                            &Ignore::default(),
                        )
                        .with_context(|| format!("--mount={spec}"))?;
                        let key = format!("bind {target} {digest} {rw}");
                        if rw {
                            // Writes go to a copy, as in BuildKit.
                            let dir = self
                                .scratch_dir()?
                                .join(format!("bind-{}", crate::storage::random_hex(8)));
                            let mut tar = Vec::new();
                            super::layer::write_copy_layer(
                                &mut tar,
                                &base,
                                &[placement],
                                &Ignore::default(),
                                Ownership::default(),
                            )?;
                            super::layer::unpack_into(&tar[..], &dir, false)?;
                            (dir.join("x"), key)
                        } else {
                            (path, key)
                        }
                    };
                    let ro = if rw { "" } else { ",ro" };
                    mounts.push(format!("type=bind,src={},dst={target}{ro}", path.display()));
                    keys.push(key);
                }
                RunMount::Cache {
                    id,
                    target,
                    sharing,
                    uid,
                    gid,
                    mode,
                    readonly,
                } => {
                    let root = self.engine.images.paths.root.join("build-cache");
                    crate::storage::ensure_dir(&root, 0o700)?;
                    let name = crate::image::digest::Digest::of(id.as_bytes());
                    let dir = root.join(name.hex());
                    if !dir.exists() {
                        // Made whole under a temporary name, then renamed:
                        // another build never sees it half set up.
                        let tmp = root.join(format!(".new-{}", crate::storage::random_hex(8)));
                        std::fs::create_dir(&tmp)
                            .with_context(|| format!("creating {}", tmp.display()))?;
                        std::os::unix::fs::chown(&tmp, Some(uid), Some(gid))
                            .with_context(|| format!("giving the cache {id} to {uid}:{gid}"))?;
                        std::fs::set_permissions(
                            &tmp,
                            std::os::unix::fs::PermissionsExt::from_mode(mode),
                        )?;
                        if std::fs::rename(&tmp, &dir).is_err() {
                            let _ = std::fs::remove_dir(&tmp);
                        }
                    }
                    // `locked` (and `private`, which skiff treats the same
                    // way): one RUN at a time.
                    if sharing != "shared" {
                        locks.push(crate::storage::lock::lock(
                            &root.join(format!("{}.lock", name.hex())),
                            crate::storage::lock::Mode::Exclusive,
                        )?);
                    }
                    let ro = if readonly { ",ro" } else { "" };
                    mounts.push(format!("type=bind,src={},dst={target}{ro}", dir.display()));
                    keys.push(format!("cache {id} {target} {readonly}"));
                }
                RunMount::Tmpfs { target, size } => {
                    let size = size.map(|s| format!(",tmpfs-size={s}")).unwrap_or_default();
                    mounts.push(format!("type=tmpfs,dst={target}{size}"));
                    keys.push(format!("tmpfs {target}"));
                }
                RunMount::Secret {
                    id,
                    target,
                    required,
                    mode,
                    uid,
                    gid,
                } => {
                    let Some((_, source)) = self.r.secrets.iter().rev().find(|(i, _)| *i == id)
                    else {
                        if required {
                            bail!("secret {id} is required but was not given with --secret");
                        }
                        continue;
                    };
                    let content = match source {
                        SecretSource::File(p) => std::fs::read(p)
                            .with_context(|| format!("reading secret {id} from {}", p.display()))?,
                        SecretSource::Env(v) => std::env::var_os(v)
                            .with_context(|| format!("secret {id}: ${v} is not set"))?
                            .into_encoded_bytes(),
                    };
                    let file = self
                        .scratch_dir()?
                        .join(format!("secret-{}", crate::storage::random_hex(8)));
                    crate::storage::atomic::write_with(&file, &content, mode, false)
                        .with_context(|| format!("writing secret {id}"))?;
                    std::os::unix::fs::chown(&file, Some(uid), Some(gid))
                        .with_context(|| format!("giving secret {id} to {uid}:{gid}"))?;
                    mounts.push(format!("type=bind,src={},dst={target},ro", file.display()));
                    keys.push(format!("secret {id} {target}"));
                }
            }
        }
        for m in &mounts {
            crate::container::mounts::parse_mount(m)?;
        }
        Ok((mounts, keys, locks))
    }

    /// This build's own directory (secrets, downloads), made when first
    /// needed and removed with the build.
    fn scratch_dir(&mut self) -> Result<PathBuf> {
        if self.scratch.is_none() {
            self.scratch = Some(crate::storage::tmp::TempDir::new(
                &self.engine.images.paths.tmp_dir(),
                "build",
            )?);
        }
        Ok(self
            .scratch
            .as_ref()
            .map(|t| t.path().to_path_buf())
            .unwrap_or_default())
    }

    /// ADD of a URL: the file downloaded into the scratch directory, mode
    /// 0600 and dated by `Last-Modified` as docker and buildah do, its
    /// sha256 checked against `--checksum`.
    fn download(&mut self, url: &str, checksum: Option<&str>) -> Result<PathBuf> {
        use crate::registry::client::{describe, http_agent};
        let file = self
            .scratch_dir()?
            .join(format!("add-{}", crate::storage::random_hex(8)));
        let host = url.split_once("://").map_or("", |(_, rest)| {
            rest.split(['/', '?', '#']).next().unwrap_or("")
        });
        let mut resp = http_agent(host)?
            .get(url)
            .call()
            .map_err(|e| describe(&e).context(format!("downloading {url}")))?;
        if !resp.status().is_success() {
            bail!(
                "downloading {url}: invalid response status {}",
                resp.status().as_u16()
            );
        }
        let mtime = resp
            .headers()
            .get("last-modified")
            .and_then(|v| v.to_str().ok())
            .and_then(crate::util::time::Timestamp::parse_http_date);
        let mut w = crate::image::digest::HashingWriter::new(
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&file)
                .with_context(|| format!("creating {}", file.display()))?,
        );
        std::io::copy(&mut resp.body_mut().as_reader(), &mut w)
            .with_context(|| format!("downloading {url}"))?;
        let digest = w.hasher.finish();
        if let Some(want) = checksum
            && want != digest.to_string()
        {
            bail!("ADD {url}: checksum mismatch: expected {want}, got {digest}");
        }
        if let Some(t) = mtime {
            w.inner
                .set_modified(
                    std::time::UNIX_EPOCH + std::time::Duration::from_secs(t.secs.max(0) as u64),
                )
                .with_context(|| format!("dating {}", file.display()))?;
        }
        Ok(file)
    }

    /// The image a `--from=` value names: an earlier stage's, else an
    /// image (pulled as the build's policy says).
    fn image_of_from(&self, from: &str) -> Result<ImageRecord> {
        let before = self.stage_index;
        if let Some(i) = self.plan.stage_ref(before, from) {
            return self.built[i]
                .clone()
                .flatten()
                .with_context(|| format!("stage {from} has no file system"));
        }
        let name = match self.named(from) {
            Some(NamedContext::Image(r)) => r,
            _ => from.to_string(),
        };
        self.engine
            .image_for_run(&name, self.r.pull, &self.r.registry, &Progress::new(false))
    }

    /// The named context `name` stands for, unless a stage before the
    /// current one has that name.
    fn named(&self, name: &str) -> Option<NamedContext> {
        if self.plan.stage_ref(self.stage_index, name).is_some() {
            return None;
        }
        self.r
            .contexts
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c.clone())
    }
}

/// `.containerignore`, else `.dockerignore`, of the context.
fn read_ignore(context: &std::path::Path) -> Result<Ignore> {
    for name in [".containerignore", ".dockerignore"] {
        let p = context.join(name);
        if p.is_file() {
            let text =
                std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
            return Ignore::parse(&text).map_err(|e| anyhow!(e));
        }
    }
    Ok(Ignore::default())
}
