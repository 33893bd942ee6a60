//! `build` (also `image build`, `builder build`, `buildx build`): a
//! Dockerfile into an image, podman's flags and output.

use super::Globals;
use super::format;
use crate::build::exec::{BuildRequest, StageJob, StageSpawner, build as run_build};
use crate::engine::Engine;
use crate::engine::image::{PullPolicy, PullRequest};
use crate::image::reference::Reference;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// The build context directory
    #[arg(value_name = "CONTEXT", default_value = ".")]
    pub context: PathBuf,
    /// The Dockerfile (default: Containerfile, then Dockerfile, in the context)
    #[arg(short, long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Name for the image (repeatable)
    #[arg(short, long, value_name = "NAME")]
    pub tag: Vec<String>,
    /// A build argument: KEY=VALUE, or KEY alone to take it from the environment
    #[arg(long, value_name = "KEY[=VALUE]")]
    pub build_arg: Vec<String>,
    /// Build the stage of this name and the stages it needs
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// When to pull base images: missing, always, never, newer (alone: always)
    #[arg(long, value_name = "POLICY", num_args = 0..=1, default_missing_value = "always", require_equals = true)]
    pub pull: Option<String>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// Write the image ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// The network of RUN steps: none, host, or a network name
    #[arg(long, visible_alias = "net", value_name = "MODE")]
    pub network: Option<String>,
    /// Do not use cached steps (the steps made are still cached)
    #[arg(long)]
    pub no_cache: bool,
    /// Keep each step's image as the build cache, and use the cache
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub layers: bool,
    /// Remove intermediate containers (they always are)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub rm: bool,
    /// Remove intermediate containers even when a step fails (they always are)
    #[arg(long)]
    pub force_rm: bool,
    /// A secret for RUN --mount=type=secret: id=ID,src=PATH or id=ID,env=VAR
    #[arg(long, value_name = "id=ID,src=PATH")]
    pub secret: Vec<String>,
    /// The image format: oci (default, or $BUILDAH_FORMAT) or docker (keeps HEALTHCHECK and ONBUILD)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Build arguments from a file: KEY=VALUE lines (# comments)
    #[arg(long, value_name = "FILE")]
    pub build_arg_file: Vec<PathBuf>,
    /// The base image of the first stage, instead of its FROM's
    #[arg(long, value_name = "IMAGE")]
    pub from: Option<String>,
    /// The ignore file, instead of the context's .containerignore or .dockerignore
    #[arg(long, value_name = "FILE")]
    pub ignorefile: Option<PathBuf>,
    /// Build only the stages the target needs (false: every stage before it too)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub skip_unused_stages: bool,
    /// Write the build's output to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub logfile: Option<PathBuf>,
    /// An annotation for the image's manifest: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// A label for the image (repeatable): a LABEL step at the end
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// The platform to build for: the host's only (linux/amd64 here)
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
    /// An /etc/hosts entry for RUN steps: HOST:IP (repeatable)
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// A resource limit for RUN steps: NAME=SOFT[:HARD] (repeatable)
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,
    /// A bind mount for RUN steps: SRC:DEST[:OPTIONS] (repeatable; not in the image)
    #[arg(short, long, value_name = "SRC:DEST[:OPTIONS]")]
    pub volume: Vec<String>,
    /// The user namespace of RUN steps (as run --userns)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// The final image's new layers as one (no step images are kept)
    #[arg(long)]
    pub squash: bool,
    /// All the final image's layers, its base's too, as one
    #[arg(long)]
    pub squash_all: bool,
    /// The image's creation time and its files' times, in seconds since the epoch (as SOURCE_DATE_EPOCH)
    #[arg(long, value_name = "SECONDS")]
    pub timestamp: Option<i64>,
    /// A named context for FROM and --from=: NAME=DIR or NAME=docker-image://REF (repeatable)
    #[arg(long, value_name = "NAME=VALUE")]
    pub build_context: Vec<String>,
    /// How many stages build at once (0: as many as can)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// Also write the final stage's files: type=local,dest=DIR, type=tar,dest=FILE (- for stdout), or DIR
    #[arg(short, long, value_name = "OUTPUT")]
    pub output: Option<String>,
    #[command(flatten)]
    pub registry: super::registry::RegistryFlags,
}

/// The Dockerfile: `-f` (or `-`: stdin), else the context's
/// Containerfile, then Dockerfile. Its name (for messages) and text.
fn dockerfile(a: &BuildArgs, context: &Path) -> Result<(String, String)> {
    if let Some(f) = &a.file {
        if f.as_os_str() == "-" {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .context("reading the Dockerfile from stdin")?;
            return Ok(("Dockerfile".into(), text));
        }
        // podman: a file not found as given is looked for in the context.
        let path = if f.exists() {
            f.clone()
        } else {
            // Joined even when absolute, as Go's filepath.Join does.
            absolute(context).join(f.strip_prefix("/").unwrap_or(f))
        };
        let text = std::fs::read_to_string(&path).map_err(|e| {
            anyhow::anyhow!("stat {}: {}", path.display(), crate::error::io_reason(&e))
        })?;
        return Ok((path.display().to_string(), text));
    }
    for name in ["Containerfile", "Dockerfile"] {
        let p = context.join(name);
        if p.is_file() {
            let text =
                std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
            return Ok((name.to_string(), text));
        }
    }
    bail!(
        "no Containerfile or Dockerfile specified or found in context directory, {}: no such file or directory",
        absolute(context).display()
    )
}

/// The stage a `build` process started by another builds (JSON).
const STAGE_ENV: &str = "_SKIFF_BUILD_STAGE";

/// Starts a stage as this command again, with the stage in
/// `_SKIFF_BUILD_STAGE`; rootless, as the user the namespace is for
/// (the process is root in it already).
struct Spawner {
    user: Option<(u32, u32)>,
}

impl StageSpawner for Spawner {
    fn spawn(&self, job: &StageJob, out: std::fs::File) -> Result<std::process::Child> {
        let exe = std::env::current_exe().context("finding skiff's own binary")?;
        let mut c = std::process::Command::new(exe);
        c.args(std::env::args_os().skip(1))
            .env(STAGE_ENV, serde_json::to_string(job)?)
            .stdin(std::process::Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out);
        if let Some((uid, gid)) = self.user {
            c.env(crate::storage::UNSHARE_UID_ENV, uid.to_string())
                .env(crate::storage::UNSHARE_GID_ENV, gid.to_string());
        }
        Ok(c.spawn()?)
    }
}

/// `--platform`: skiff builds for the machine's own platform only (it
/// runs RUN steps natively: no emulation).
fn check_platform(p: &str) -> Result<()> {
    let host = crate::image::spec::host_platform();
    for one in p.split(',') {
        let mut parts = one.split('/');
        let (os, arch, variant) = (parts.next(), parts.next(), parts.next());
        let same = os == Some(host.os.as_str())
            && arch.is_none_or(|a| a == host.architecture)
            && variant.is_none_or(|v| host.variant.as_deref().is_none_or(|h| h == v));
        if !same {
            return Err(crate::error::classified(
                crate::error::Kind::NotImplemented,
                format!(
                    "building for {one}: skiff builds for this machine's platform only ({}/{}): RUN steps run natively",
                    host.os, host.architecture
                ),
            ));
        }
    }
    Ok(())
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

pub fn build(g: &Globals, a: &BuildArgs) -> Result<i32> {
    let from_stdin = a.context.as_os_str() == "-";
    if from_stdin && a.file.as_deref().is_some_and(|f| f.as_os_str() == "-") {
        bail!("the context and the Dockerfile cannot both come from stdin (- and -f -)");
    }
    if !from_stdin && !a.context.is_dir() {
        bail!(
            "context must be a directory: {:?}",
            absolute(&a.context).display().to_string()
        );
    }
    // A stage a parent build started (see `Spawner`).
    let job: Option<StageJob> = match std::env::var(STAGE_ENV) {
        Ok(j) => Some(serde_json::from_str(&j).context("reading the stage to build")?),
        Err(_) => None,
    };
    let tags = a
        .tag
        .iter()
        .map(|t| Reference::parse_local(t))
        .collect::<Result<Vec<_>>>()?;
    if let Some(p) = &a.platform {
        check_platform(p)?;
    }
    let mut build_args = Vec::new();
    // Files first: --build-arg overrides them.
    for f in &a.build_arg_file {
        let text = std::fs::read_to_string(f).map_err(|e| {
            anyhow::anyhow!(
                "reading --build-arg-file {}: {}",
                f.display(),
                crate::error::io_reason(&e)
            )
        })?;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line.split_once('=') {
                Some((k, v)) => build_args.push((k.trim().to_string(), v.to_string())),
                None => bail!(
                    "--build-arg-file {}: {line:?} is not KEY=VALUE",
                    f.display()
                ),
            }
        }
    }
    for b in &a.build_arg {
        match b.split_once('=') {
            Some((k, v)) => build_args.push((k.to_string(), v.to_string())),
            None => {
                if let Ok(v) = std::env::var(b) {
                    build_args.push((b.clone(), v));
                }
            }
        }
    }
    let pull = match a.pull.as_deref() {
        None | Some("false") => PullPolicy::Missing,
        Some("true") => PullPolicy::Always,
        Some(p) => PullPolicy::parse(p)?,
    };
    // --timestamp or SOURCE_DATE_EPOCH: every step's time, for
    // reproducible images.
    let created = match std::env::var("SOURCE_DATE_EPOCH") {
        _ if a.timestamp.is_some() => a
            .timestamp
            .map(|secs| crate::util::time::Timestamp { secs, nanos: 0 }.rfc3339_nano()),
        Ok(s) if !s.is_empty() => {
            let secs: i64 = s
                .parse()
                .with_context(|| format!("SOURCE_DATE_EPOCH {s:?} is not a number of seconds"))?;
            Some(crate::util::time::Timestamp { secs, nanos: 0 }.rfc3339_nano())
        }
        _ => None,
    };
    let format = a
        .format
        .clone()
        .or_else(|| std::env::var("BUILDAH_FORMAT").ok())
        .unwrap_or_else(|| "oci".into());
    let docker_format = match format.as_str() {
        "oci" => false,
        "docker" => true,
        other => bail!("unrecognized image type {other:?}"),
    };
    let engine = Engine::open_in_userns(g)?;
    // `-`: a tar archive of the context, or a Dockerfile, on stdin.
    let mut _stdin_context = None;
    let mut context = a.context.clone();
    let mut dockerfile_text = None;
    if let Some(j) = &job {
        context.clone_from(&j.context);
    } else if from_stdin {
        let dir = crate::storage::tmp::TempDir::new(&engine.paths().tmp_dir(), "context")?;
        dockerfile_text = crate::build::context::from_stream(std::io::stdin().lock(), dir.path())?
            .map(|t| ("Dockerfile".to_string(), t));
        context = crate::build::context::dir_of(dir.path());
        _stdin_context = Some(dir);
    }
    let dockerfile = match (&job, dockerfile_text) {
        (Some(j), _) => j.dockerfile.clone(),
        (None, Some(d)) => d,
        (None, None) => dockerfile(a, &context)?,
    };
    let request = BuildRequest {
        context,
        dockerfile,
        build_args,
        target: a.target.clone(),
        pull,
        registry: PullRequest {
            client: a.registry.client_options()?,
            platform: None,
            all_tags: false,
        },
        network: a.network.clone(),
        created,
        // podman: squashing keeps no step images.
        layers: a.layers && !a.squash && !a.squash_all,
        no_cache: a.no_cache,
        quiet: a.quiet,
        docker_format,
        secrets: a
            .secret
            .iter()
            .map(|s| crate::build::mounts::parse_secret(s))
            .collect::<Result<_>>()?,
        output: a
            .output
            .as_deref()
            .map(crate::build::exec::Output::parse)
            .transpose()?,
        jobs: a.jobs,
        labels: a.label.clone(),
        squash: match (a.squash, a.squash_all) {
            (_, true) => crate::build::exec::Squash::All,
            (true, false) => crate::build::exec::Squash::New,
            (false, false) => crate::build::exec::Squash::No,
        },
        from: a.from.clone(),
        ignorefile: a.ignorefile.clone(),
        all_stages: !a.skip_unused_stages,
        annotations: a
            .annotation
            .iter()
            .map(|s| match s.split_once('=') {
                Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
                _ => Err(anyhow::anyhow!("invalid annotation {s:?}: not KEY=VALUE")),
            })
            .collect::<Result<_>>()?,
        contexts: a
            .build_context
            .iter()
            .map(|c| crate::build::exec::NamedContext::parse(c))
            .collect::<Result<_>>()?,
        run: crate::engine::build::RunSettings {
            add_hosts: a.add_host.clone(),
            ulimits: a.ulimit.clone(),
            volumes: a.volume.clone(),
            userns: a.userns.clone(),
        },
    };
    // With the files on stdout, the build's lines go to stderr.
    let to_stdout = request.output == Some(crate::build::exec::Output::Stdout);
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let mut sink = std::io::sink();
    // --logfile: this process's stdout and stderr (and so the RUN
    // steps') go to the file.
    if let Some(f) = &a.logfile {
        let file = std::fs::File::create(f).map_err(|e| {
            anyhow::anyhow!(
                "creating --logfile {}: {}",
                f.display(),
                crate::error::io_reason(&e)
            )
        })?;
        let _ = std::io::stdout().flush();
        for fd in [1, 2] {
            crate::runtime::sys::dup2_raw(std::os::fd::AsRawFd::as_raw_fd(&file), fd)
                .map_err(|e| anyhow::anyhow!("--logfile {}: errno {e}", f.display()))?;
        }
    }
    let out: &mut dyn Write = match (a.quiet, to_stdout) {
        (true, _) => &mut sink,
        (false, true) => &mut stderr,
        (false, false) => &mut stdout,
    };
    if let Some(job) = &job {
        crate::build::exec::build_stage(&engine, &request, job, out)?;
        return Ok(0);
    }
    let spawner = Spawner {
        user: engine
            .rootless()
            .then(|| (engine.paths().uid, engine.paths().gid)),
    };
    let (image, prefix) = run_build(&engine, &request, Some(&spawner), out)?;
    if !tags.is_empty() {
        engine.tag(&image.id.to_string(), &tags)?;
    }
    if !a.quiet {
        let mut text = format!("{prefix}COMMIT");
        if let Some(t) = a.tag.first() {
            text.push(' ');
            text.push_str(t);
        }
        text.push('\n');
        text.push_str(&format!("--> {}\n", &image.id.hex()[..11]));
        for t in &tags {
            text.push_str(&format!(
                "Successfully tagged {}\n",
                t.clone().with_default_tag()
            ));
        }
        let _ = out.write_all(text.as_bytes());
    }
    if let Some(f) = &a.iidfile {
        format::write_file(f, image.id.to_string().as_bytes())
            .with_context(|| format!("writing the image ID to {}", f.display()))?;
    }
    if to_stdout {
        let _ = writeln!(out, "{}", image.id.hex());
    } else {
        format::outln(image.id.hex());
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct BuilderPruneArgs {
    /// Remove all the build cache, not just what leads to no image
    #[arg(short, long)]
    pub all: bool,
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Prune only what matches (until=, label=, label!=)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

/// `builder prune`: docker's question and report.
pub fn prune(g: &Globals, a: &BuilderPruneArgs) -> Result<i32> {
    if !a.force {
        let what = if a.all {
            "all build cache"
        } else {
            "all dangling build cache"
        };
        if !super::system::confirm(&format!(
            "WARNING! This will remove {what}. Are you sure you want to continue? [y/N] "
        ))? {
            return Ok(0);
        }
    }
    let engine = Engine::open_in_userns(g)?;
    let (reports, freed) = engine.prune_build_cache(a.all, &a.filter)?;
    let mut text = String::new();
    let ids: Vec<_> = reports.iter().flat_map(|r| r.deleted.iter()).collect();
    if !ids.is_empty() {
        text.push_str("Deleted build cache objects:\n");
        for d in ids {
            text.push_str(d.hex());
            text.push('\n');
        }
    }
    text.push('\n');
    // docker's go-units: four digits, no space ("1.234kB").
    text.push_str(&format!(
        "Total reclaimed space: {}\n",
        crate::util::units::human_size4(freed).replace(' ', "")
    ));
    format::out(&text);
    Ok(0)
}
