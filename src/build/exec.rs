//! Running a planned Dockerfile through the engine: each needed stage in
//! order, each instruction one step (a RUN container, a COPY layer, or a
//! config change) whose image comes from the cache when its key is there
//! (see `cache`), podman's step lines on `out`. Not yet: `RUN --mount`, heredocs, `COPY --from`, `ADD` of URLs and archives,
//! `--chown` by name, ONBUILD triggers, parallel stages; each is refused
//! with a message saying so rather than built differently. The executor
//! is driven end to end, rootful and rootless, by tests/engine.rs.

use super::cache::Cache;
use super::dockerfile::{self, Args, Instruction};
use super::ignore::Ignore;
use super::layer::Ownership;
use super::lex::Lexer;
use super::plan::{self, Base};
use crate::engine::Engine;
use crate::engine::build::{ConfigStep, CopyStep, RunStep};
use crate::engine::image::{PullPolicy, PullRequest};
use crate::image::spec::ContainerConfig;
use crate::image::store::ImageRecord;
use crate::registry::progress::Progress;
use anyhow::{Context, Result, anyhow, bail};
use std::io::Write;
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
}

fn unsupported(ins: &Instruction, what: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotImplemented,
        format!("{} {what} is not supported yet", ins.keyword),
    )
}

/// What one step does, once its cache key says it must run.
enum Work {
    /// A new config, no layer.
    Config(ContainerConfig),
    Run(RunStep),
    Copy {
        placements: Vec<super::sources::Placement>,
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

/// Build `r`: the final image (unnamed: the caller tags it) and the
/// stage prefix of podman's lines for the caller's `COMMIT` line.
pub fn build(
    engine: &Engine,
    r: &BuildRequest,
    out: &mut dyn Write,
) -> Result<(ImageRecord, String)> {
    let (file, text) = &r.dockerfile;
    let df = dockerfile::parse(file, text)?;
    let plan = plan::plan(file, &df, &r.build_args)?;
    let target = plan.target(r.target.as_deref()).map_err(|e| anyhow!(e))?;
    let order: Vec<usize> = plan.levels(target).into_iter().flatten().collect();
    let mut b = Builder {
        engine,
        r,
        file,
        lexer: Lexer { escape: df.escape },
        escape: df.escape,
        plan: &plan,
        ignore: read_ignore(&r.context)?,
        cache: if r.layers {
            Cache::new(engine.images.images()?)
        } else {
            Cache::default()
        },
        built: vec![None; plan.stages.len()],
        made: Vec::new(),
        out,
    };
    let mut last_prefix = String::new();
    let result = (|| -> Result<Option<ImageRecord>> {
        let mut last = None;
        for (pos, &si) in order.iter().enumerate() {
            // podman numbers the stages only when there are several.
            let prefix = if order.len() > 1 {
                format!("[{}/{}] ", pos + 1, order.len())
            } else {
                String::new()
            };
            last_prefix.clone_from(&prefix);
            let image = b.stage(si, &prefix, order.last() == Some(&si))?;
            b.built[si] = Some(image.clone());
            last = image;
        }
        Ok(last)
    })();
    // Without --layers the step images go when the build ends; with it
    // they stay as the cache (also after a failure, as in podman).
    if !r.layers {
        let keep = result
            .as_ref()
            .ok()
            .and_then(|r| r.as_ref())
            .map(|i| i.id.clone());
        for id in b.made.iter().filter(|d| Some(*d) != keep.as_ref()) {
            let _ = engine.remove_image(&id.to_string(), false, true);
        }
    }
    let image = result?.context("nothing was built")?;
    Ok((image, last_prefix))
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
    built: Vec<Option<Option<ImageRecord>>>,
    /// The step images this build made.
    made: Vec<crate::image::digest::Digest>,
    out: &'a mut dyn Write,
}

impl Builder<'_> {
    /// Build stage `si`; its image.
    fn stage(&mut self, si: usize, prefix: &str, final_stage: bool) -> Result<Option<ImageRecord>> {
        let (engine, r) = (self.engine, self.r);
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
                Some(engine.image_for_run(name, r.pull, &r.registry, &Progress::new(false))?)
            }
        };
        let mut config: ContainerConfig = match &image {
            Some(i) => engine.images.config(i)?.container(),
            None => ContainerConfig::default(),
        };
        // ARGs declared in this stage: (name, value).
        let mut args: Vec<(String, String)> = Vec::new();
        for (i, ins) in stage.instructions.iter().enumerate() {
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
                work: Work::Config(config),
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
            Work::Config(config) => engine.config_step(ConfigStep {
                base,
                config,
                created_by: step.created_by,
                created,
                build_key,
            })?,
            Work::Run(mut run) => {
                run.build_key = build_key;
                engine.run_step(&run)?
            }
            Work::Copy {
                placements,
                ownership,
            } => engine.copy_step(CopyStep {
                base,
                context: &self.r.context,
                placements: &placements,
                ignore: &self.ignore,
                ownership,
                created_by: step.created_by,
                created,
                build_key,
            })?,
        };
        self.cache.insert(&key, &image);
        self.made.push(image.id.clone());
        Ok(image)
    }

    /// What instruction `ins` does with the stage's `config` and `args` so
    /// far (both updated here), on `image`.
    fn step(
        &self,
        ins: &Instruction,
        config: &mut ContainerConfig,
        args: &mut Vec<(String, String)>,
        image: Option<&ImageRecord>,
    ) -> Result<Step> {
        let (r, lexer) = (self.r, &self.lexer);
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
        if !ins.heredocs.is_empty() {
            return Err(unsupported(ins, "with a heredoc"));
        }
        let nop = |what: &str| format!("/bin/sh -c #(nop) {what}");
        let config_step = |config: &ContainerConfig, created_by: String| -> Result<Step> {
            Ok(Step {
                key_parts: vec![serde_json::to_vec(config)?],
                created_by,
                work: Work::Config(config.clone()),
            })
        };
        match ins.keyword.as_str() {
            "ARG" => {
                let mut names = Vec::new();
                for (k, d) in plan::arg_pairs(ins, lexer, &vars).map_err(|e| anyhow!(e))? {
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
                if !ins.flag_values("mount").is_empty() {
                    return Err(unsupported(ins, "--mount"));
                }
                let argv = match &ins.args {
                    Args::Exec(v) => v.clone(),
                    Args::Shell(s) => {
                        let mut v = config
                            .shell
                            .clone()
                            .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()]);
                        v.push(s.clone());
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
                let mut created_by = argv.join(" ");
                if !env.is_empty() {
                    created_by = format!("|{} {} {created_by}", env.len(), env.join(" "));
                }
                let key_parts = vec![
                    serde_json::to_vec(&argv)?,
                    serde_json::to_vec(&env)?,
                    network.clone().unwrap_or_default().into_bytes(),
                ];
                Ok(Step {
                    work: Work::Run(RunStep {
                        image: base.id.to_string(),
                        argv,
                        env,
                        network,
                        created_by: created_by.clone(),
                        created: r.created.clone(),
                        instruction: ins.original.clone(),
                        build_key: None,
                        quiet: r.quiet,
                    }),
                    created_by,
                    key_parts,
                })
            }
            "COPY" | "ADD" => {
                if ins.flag("from").is_some() {
                    return Err(unsupported(ins, "--from"));
                }
                let words = match &ins.args {
                    Args::Exec(v) => v.clone(),
                    Args::Shell(s) => lexer.words(s, &vars).map_err(|e| anyhow!(e))?,
                };
                let (dest, sources) = match words.split_last() {
                    Some((d, s)) if !s.is_empty() => (d, s),
                    _ => bail!("{} requires at least two arguments", ins.keyword),
                };
                if ins.keyword == "ADD"
                    && sources.iter().any(|s| {
                        s.contains("://")
                            || [".tar", ".tgz", ".gz", ".xz", ".bz2", ".zst"]
                                .iter()
                                .any(|x| s.ends_with(x))
                    })
                {
                    return Err(unsupported(ins, "of URLs and archives"));
                }
                let ownership = ownership(ins)?;
                let workdir = config.working_dir.clone().unwrap_or_else(|| "/".into());
                let placements =
                    super::sources::place(&r.context, sources, dest, &workdir, &self.ignore)
                        .map_err(|e| anyhow!(e))?;
                let digest = super::layer::content_digest(&r.context, &placements, &self.ignore)?;
                // docker's history: `COPY file:HASH in DEST` (dir:, multi:).
                let kind = match placements.as_slice() {
                    [p] if p.contents_of_dir => "dir",
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
                    },
                })
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

/// `--chown=UID[:GID]` (numbers only so far) and `--chmod=OCTAL`.
fn ownership(ins: &Instruction) -> Result<Ownership> {
    let mut own = Ownership::default();
    if let Some(c) = ins.flag("chown") {
        let (u, g) = c.split_once(':').unwrap_or((c, c));
        match (u.parse::<u32>(), g.parse::<u32>()) {
            (Ok(u), Ok(g)) => {
                own.uid = u;
                own.gid = g;
            }
            _ => return Err(unsupported(ins, "--chown with user or group names")),
        }
    }
    if let Some(m) = ins.flag("chmod") {
        own.mode = Some(
            u32::from_str_radix(m, 8)
                .map_err(|_| anyhow!("line {}: invalid --chmod {m:?}", ins.line))?,
        );
    }
    Ok(own)
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
