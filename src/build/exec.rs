//! Running a planned Dockerfile through the engine: each needed stage in
//! order, each instruction one step (a RUN container, a COPY layer, or a
//! config change), podman's step lines on `out`. Not yet: the cache,
//! `RUN --mount`, heredocs, `COPY --from`, `ADD` of URLs and archives,
//! `--chown` by name, ONBUILD triggers, parallel stages; each is refused
//! with a message saying so rather than built differently. The executor
//! is driven end to end, rootful and rootless, by tests/engine.rs.

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
use anyhow::{Context, Result, anyhow};
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
}

fn unsupported(ins: &Instruction, what: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotImplemented,
        format!(
            "line {}: {} {what} is not supported yet",
            ins.line, ins.keyword
        ),
    )
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
    let lexer = Lexer { escape: df.escape };
    let plan = plan::plan(file, &df, &r.build_args)?;
    let target = plan.target(r.target.as_deref()).map_err(|e| anyhow!(e))?;
    let order: Vec<usize> = plan.levels(target).into_iter().flatten().collect();
    let ignore = read_ignore(&r.context)?;
    let mut built: Vec<Option<Option<ImageRecord>>> = vec![None; plan.stages.len()];
    let mut last = None;
    let mut last_prefix = String::new();
    // Step images: without a cache to keep them for, all but the result
    // go when the build ends (podman's --layers=false).
    let mut made: Vec<crate::image::digest::Digest> = Vec::new();
    let result = (|| -> Result<Option<ImageRecord>> {
        for (pos, &si) in order.iter().enumerate() {
            let stage = &plan.stages[si];
            // podman counts the steps of each stage, FROM the first.
            let total = 1 + stage.instructions.len();
            let final_stage = order.last() == Some(&si);
            let mut n = 1;
            // podman numbers the stages only when there are several.
            let prefix = if order.len() > 1 {
                format!("[{}/{}] ", pos + 1, order.len())
            } else {
                String::new()
            };
            // A stage's base is shown by its image's ID.
            let from = match &stage.base_kind {
                Base::Stage(b) => match built[*b].clone().flatten() {
                    Some(i) => match &stage.name {
                        Some(name) => format!("{} AS {name}", i.id.hex()),
                        None => i.id.hex().to_string(),
                    },
                    None => stage_from_text(stage),
                },
                _ => stage_from_text(stage),
            };
            let _ = writeln!(out, "{prefix}STEP {n}/{total}: FROM {from}");
            last_prefix.clone_from(&prefix);
            let mut image: Option<ImageRecord> = match &stage.base_kind {
                Base::Scratch => None,
                Base::Stage(b) => built[*b].clone().flatten(),
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
            for ins in &stage.instructions {
                n += 1;
                let _ = writeln!(out, "{prefix}STEP {n}/{total}: {}", ins.original);
                let _ = out.flush();
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
                let fail =
                    |e: anyhow::Error| e.context(format!("{file}:{}: {}", ins.line, ins.keyword));
                if !ins.heredocs.is_empty() {
                    return Err(unsupported(ins, "with a heredoc"));
                }
                let created_by = format!("/bin/sh -c #(nop) {}", ins.original);
                match ins.keyword.as_str() {
                    "ARG" => {
                        for (k, d) in
                            plan::arg_pairs(ins, &lexer, &vars).map_err(|e| fail(anyhow!(e)))?
                        {
                            let meta = plan
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
                                args.push((k, v));
                            }
                        }
                        mark(out, final_stage && n == total, image.as_ref());
                        continue;
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
                        let base = image.as_ref().ok_or_else(|| {
                            fail(anyhow!("RUN needs a base image: FROM scratch has no shell"))
                        })?;
                        let network = match ins.flag("network") {
                            None | Some("default") => r.network.clone(),
                            Some(n @ ("none" | "host")) => Some(n.to_string()),
                            Some(other) => {
                                return Err(unsupported(ins, &format!("--network={other}")));
                            }
                        };
                        image = Some(engine.run_step(&RunStep {
                            image: base.id.to_string(),
                            argv: argv.clone(),
                            env: args.iter().map(|(k, v)| format!("{k}={v}")).collect(),
                            network,
                            created_by: argv.join(" "),
                            created: r.created.clone(),
                            instruction: ins.original.clone(),
                        })?);
                        made.extend(image.as_ref().map(|i| i.id.clone()));
                        mark(out, final_stage && n == total, image.as_ref());
                        continue;
                    }
                    "COPY" | "ADD" => {
                        if ins.flag("from").is_some() {
                            return Err(unsupported(ins, "--from"));
                        }
                        let words = match &ins.args {
                            Args::Exec(v) => v.clone(),
                            Args::Shell(s) => {
                                lexer.words(s, &vars).map_err(|e| fail(anyhow!(e)))?
                            }
                        };
                        let Some((dest, sources)) = words.split_last() else {
                            return Err(fail(anyhow!(
                                "{} requires at least two arguments",
                                ins.keyword
                            )));
                        };
                        if sources.is_empty() {
                            return Err(fail(anyhow!(
                                "{} requires at least two arguments",
                                ins.keyword
                            )));
                        }
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
                            super::sources::place(&r.context, sources, dest, &workdir, &ignore)
                                .map_err(|e| fail(anyhow!(e)))?;
                        image = Some(engine.copy_step(CopyStep {
                            base: image.as_ref(),
                            context: &r.context,
                            placements: &placements,
                            ignore: &ignore,
                            ownership,
                            created_by,
                            created: r.created.clone(),
                        })?);
                        made.extend(image.as_ref().map(|i| i.id.clone()));
                        mark(out, final_stage && n == total, image.as_ref());
                        continue;
                    }
                    "ENV" | "LABEL" => {
                        let pairs = dockerfile::key_values(&ins.keyword, &text, df.escape)
                            .map_err(|e| fail(anyhow!(e)))?;
                        for (k, v) in pairs {
                            let k = lexer.word(&k, &vars).map_err(|e| fail(anyhow!(e)))?;
                            let v = lexer.word(&v, &vars).map_err(|e| fail(anyhow!(e)))?;
                            if ins.keyword == "ENV" {
                                // podman (buildah): a variable set again
                                // moves to the end.
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
                    }
                    "WORKDIR" => {
                        let w = lexer.word(&text, &vars).map_err(|e| fail(anyhow!(e)))?;
                        let prev = config.working_dir.clone().unwrap_or_else(|| "/".into());
                        let (abs, _) = super::sources::destination(&w, &prev);
                        config.working_dir = Some(abs);
                    }
                    "USER" | "STOPSIGNAL" | "EXPOSE" | "VOLUME" => {
                        let arg = match &ins.args {
                            Args::Exec(v) => serde_json::to_string(v)?,
                            Args::Shell(s) => lexer
                                .words(s, &vars)
                                .map_err(|e| fail(anyhow!(e)))?
                                .join(" "),
                        };
                        crate::image::changes::apply(
                            &mut config,
                            &format!("{} {arg}", ins.keyword),
                        )
                        .map_err(fail)?;
                    }
                    "CMD" | "ENTRYPOINT" | "SHELL" => {
                        crate::image::changes::apply(
                            &mut config,
                            &format!("{} {}", ins.keyword, ins.args.text()),
                        )
                        .map_err(fail)?;
                        if ins.keyword == "ENTRYPOINT" {
                            // docker: a new ENTRYPOINT resets the inherited CMD.
                            config.cmd = None;
                        }
                    }
                    other => return Err(unsupported(ins, &format!("({other})"))),
                }
                image = Some(engine.config_step(ConfigStep {
                    base: image.as_ref(),
                    config: config.clone(),
                    created_by,
                    created: r.created.clone(),
                })?);
                made.extend(image.as_ref().map(|i| i.id.clone()));
                mark(out, final_stage && n == total, image.as_ref());
            }
            // A stage that only names its base still has an image of its own.
            if image.is_none() {
                image = Some(engine.config_step(ConfigStep {
                    base: None,
                    config: config.clone(),
                    created_by: format!("/bin/sh -c #(nop) FROM {}", stage.base),
                    created: r.created.clone(),
                })?);
                made.extend(image.as_ref().map(|i| i.id.clone()));
            }
            built[si] = Some(image.clone());
            last = image;
        }
        Ok(last.take())
    })();
    let keep = result
        .as_ref()
        .ok()
        .and_then(|r| r.as_ref())
        .map(|i| i.id.clone());
    for id in made.iter().filter(|d| Some(*d) != keep.as_ref()) {
        let _ = engine.remove_image(&id.to_string(), false);
    }
    let image = result?.context("nothing was built")?;
    Ok((image, last_prefix))
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
