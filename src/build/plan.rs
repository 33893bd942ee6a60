//! From a parsed Dockerfile to its stages: the `ARG`s before the first
//! `FROM` (meta arguments, which `FROM` lines may use), each stage's base
//! (an image, `scratch`, or an earlier stage), the stages a target needs
//! (its base chain, `COPY --from`, `RUN --mount=...,from=`), and the order
//! to build them in, as levels of stages that do not depend on each other
//! (built in parallel).

use super::dockerfile::{Args, Dockerfile, Instruction, ParseError};
use super::lex::Lexer;

/// A build stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    pub index: usize,
    /// `AS name`, lower case.
    pub name: Option<String>,
    /// The base as written after meta-argument expansion.
    pub base: String,
    pub base_kind: Base,
    /// `FROM --platform=`.
    pub platform: Option<String>,
    /// The `FROM` line.
    pub line: usize,
    /// Everything after the `FROM`.
    pub instructions: Vec<Instruction>,
}

/// What a stage starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Base {
    Scratch,
    /// An earlier stage.
    Stage(usize),
    Image(String),
}

/// The stages of a Dockerfile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// `ARG`s before the first `FROM`: name and default.
    pub meta_args: Vec<(String, Option<String>)>,
    pub stages: Vec<Stage>,
}

/// `ARG NAME[=default]` (several in one instruction).
pub fn arg_pairs(
    ins: &Instruction,
    lexer: &Lexer,
    vars: &[(String, String)],
) -> Result<Vec<(String, Option<String>)>, String> {
    let Args::Shell(text) = &ins.args else {
        return Err("ARG takes NAME[=default]".into());
    };
    let mut out = Vec::new();
    for w in text.split_whitespace() {
        match w.split_once('=') {
            Some((k, v)) => {
                let v = lexer.word(v, vars).map_err(|e| e.to_string())?;
                out.push((k.to_string(), Some(v)));
            }
            None => out.push((w.to_string(), None)),
        }
    }
    for (k, _) in &out {
        if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("invalid ARG name {k:?}"));
        }
    }
    Ok(out)
}

/// Group a Dockerfile's instructions into stages. `build_args` override
/// the meta arguments' defaults in `FROM` lines.
pub fn plan(
    file: &str,
    df: &Dockerfile,
    build_args: &[(String, String)],
) -> Result<Plan, ParseError> {
    let lexer = Lexer { escape: df.escape };
    let error = |line: usize, message: String| ParseError {
        file: file.to_string(),
        line,
        column: None,
        message,
    };
    let mut meta_args: Vec<(String, Option<String>)> = Vec::new();
    let mut stages: Vec<Stage> = Vec::new();
    for ins in &df.instructions {
        if ins.keyword == "FROM" {
            // Meta arguments in effect: defaults, then --build-arg values.
            let mut vars: Vec<(String, String)> = Vec::new();
            for (k, d) in &meta_args {
                let given = build_args
                    .iter()
                    .rev()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone());
                if let Some(v) = given.or_else(|| d.clone()) {
                    vars.push((k.clone(), v));
                }
            }
            let Args::Shell(text) = &ins.args else {
                return Err(error(ins.line, "FROM takes IMAGE [AS NAME]".into()));
            };
            let words = lexer
                .words(text, &vars)
                .map_err(|e| error(ins.line, e.to_string()))?;
            let (base, name) = match words.as_slice() {
                [] => {
                    return Err(error(
                        ins.line,
                        format!("base name ({text}) should not be blank"),
                    ));
                }
                [b] => (b.clone(), None),
                [b, as_, n] if as_.eq_ignore_ascii_case("as") => {
                    (b.clone(), Some(n.to_ascii_lowercase()))
                }
                _ => {
                    return Err(error(
                        ins.line,
                        format!("FROM requires either one or three arguments: {text}"),
                    ));
                }
            };
            if base.is_empty() {
                return Err(error(ins.line, "base name should not be blank".into()));
            }
            if let Some(n) = &name {
                if !n.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    || !n
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
                {
                    return Err(error(
                        ins.line,
                        format!(
                            "invalid name for build stage: {n:?}, name can't start with a number or contain symbols"
                        ),
                    ));
                }
                if stages.iter().any(|s| s.name.as_deref() == Some(n)) {
                    return Err(error(ins.line, format!("duplicate name {n}")));
                }
            }
            let lower = base.to_ascii_lowercase();
            let base_kind = if lower == "scratch" {
                Base::Scratch
            } else if let Some(s) = stages
                .iter()
                .find(|s| s.name.as_deref() == Some(lower.as_str()))
            {
                Base::Stage(s.index)
            } else {
                Base::Image(base.clone())
            };
            let platform = match ins.flag("platform") {
                Some(p) => Some(
                    lexer
                        .word(p, &vars)
                        .map_err(|e| error(ins.line, e.to_string()))?,
                ),
                None => None,
            };
            stages.push(Stage {
                index: stages.len(),
                name,
                base,
                base_kind,
                platform,
                line: ins.line,
                instructions: Vec::new(),
            });
            continue;
        }
        match stages.last_mut() {
            Some(s) => s.instructions.push(ins.clone()),
            None if ins.keyword == "ARG" => {
                let pairs = arg_pairs(ins, &lexer, &[]).map_err(|e| error(ins.line, e))?;
                meta_args.extend(pairs);
            }
            None => {
                return Err(error(ins.line, "no build stage in current context".into()));
            }
        }
    }
    if stages.is_empty() {
        return Err(error(1, "the Dockerfile has no FROM instruction".into()));
    }
    Ok(Plan { meta_args, stages })
}

impl Plan {
    /// The stage `--target` names (the last one without).
    pub fn target(&self, name: Option<&str>) -> Result<usize, String> {
        match name {
            None => Ok(self.stages.len() - 1),
            Some(n) => self
                .stages
                .iter()
                .find(|s| s.name.as_deref() == Some(n.to_ascii_lowercase().as_str()))
                .map(|s| s.index)
                .ok_or_else(|| format!("target stage {n:?} could not be found")),
        }
    }

    /// The earlier stage a `--from=` value names (a name or an index), or
    /// `None` for an image.
    pub fn stage_ref(&self, before: usize, value: &str) -> Option<usize> {
        if let Ok(i) = value.parse::<usize>() {
            return (i < before).then_some(i);
        }
        let lower = value.to_ascii_lowercase();
        self.stages[..before.min(self.stages.len())]
            .iter()
            .find(|s| s.name.as_deref() == Some(lower.as_str()))
            .map(|s| s.index)
    }

    /// The stages stage `i` reads from directly.
    pub fn dependencies(&self, i: usize) -> Vec<usize> {
        let s = &self.stages[i];
        let mut deps = Vec::new();
        if let Base::Stage(b) = s.base_kind {
            deps.push(b);
        }
        for ins in &s.instructions {
            let mut froms: Vec<&str> = Vec::new();
            if ins.keyword == "COPY" {
                froms.extend(ins.flag("from"));
            }
            if ins.keyword == "RUN" {
                for m in ins.flag_values("mount") {
                    froms.extend(m.split(',').filter_map(|kv| kv.strip_prefix("from=")));
                }
            }
            for f in froms {
                if let Some(d) = self.stage_ref(i, f)
                    && !deps.contains(&d)
                {
                    deps.push(d);
                }
            }
        }
        deps
    }

    /// The stages a build of `target` needs, as levels: each level's
    /// stages depend only on earlier levels' (and may be built at once).
    pub fn levels(&self, target: usize) -> Vec<Vec<usize>> {
        let mut needed = vec![false; self.stages.len()];
        let mut todo = vec![target];
        while let Some(i) = todo.pop() {
            if std::mem::replace(&mut needed[i], true) {
                continue;
            }
            todo.extend(self.dependencies(i));
        }
        // Dependencies are always earlier stages, so one pass in order
        // gives each stage its depth.
        let mut depth = vec![0usize; self.stages.len()];
        let mut levels: Vec<Vec<usize>> = Vec::new();
        for i in (0..self.stages.len()).filter(|&i| needed[i]) {
            depth[i] = self
                .dependencies(i)
                .iter()
                .map(|&d| depth[d] + 1)
                .max()
                .unwrap_or(0);
            if levels.len() <= depth[i] {
                levels.resize(depth[i] + 1, Vec::new());
            }
            levels[depth[i]].push(i);
        }
        levels
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::dockerfile::parse;

    fn plan_of(text: &str, args: &[(&str, &str)]) -> Result<Plan, String> {
        let df = parse("Dockerfile", text).map_err(|e| e.to_string())?;
        let args: Vec<(String, String)> = args
            .iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
            .collect();
        plan("Dockerfile", &df, &args).map_err(|e| e.to_string())
    }

    const MULTI: &str = "ARG BASE=busybox\nARG TAG\nFROM ${BASE}:${TAG:-latest} AS Build\nRUN make\nFROM scratch AS assets\nCOPY x /x\nFROM build AS test\nRUN --mount=type=bind,from=assets,target=/a true\nFROM $BASE\nCOPY --from=build /out /out\nCOPY --from=1 /x /x\nCOPY --from=alpine:3 /y /y\n";

    #[test]
    fn stages_bases_and_meta_args() {
        let p = plan_of(MULTI, &[]).unwrap();
        assert_eq!(
            p.meta_args,
            [
                ("BASE".into(), Some("busybox".into())),
                ("TAG".into(), None)
            ]
        );
        assert_eq!(p.stages.len(), 4);
        assert_eq!(p.stages[0].name.as_deref(), Some("build"));
        assert_eq!(p.stages[0].base_kind, Base::Image("busybox:latest".into()));
        assert_eq!(p.stages[1].base_kind, Base::Scratch);
        assert_eq!(p.stages[2].base_kind, Base::Stage(0));
        assert_eq!(p.stages[3].base_kind, Base::Image("busybox".into()));
        assert_eq!(p.stages[3].instructions.len(), 3);
        let p = plan_of(MULTI, &[("BASE", "debian"), ("TAG", "12")]).unwrap();
        assert_eq!(p.stages[0].base, "debian:12");
    }

    #[test]
    fn targets_dependencies_and_levels() {
        let p = plan_of(MULTI, &[]).unwrap();
        assert_eq!(p.target(None), Ok(3));
        assert_eq!(p.target(Some("TEST")), Ok(2));
        assert!(
            p.target(Some("nope"))
                .unwrap_err()
                .contains("could not be found")
        );
        assert_eq!(p.dependencies(2), [0, 1]);
        assert_eq!(p.dependencies(3), [0, 1]);
        // build and assets do not depend on each other: one level.
        assert_eq!(p.levels(3), vec![vec![0, 1], vec![3]]);
        assert_eq!(p.levels(2), vec![vec![0, 1], vec![2]]);
        assert_eq!(p.levels(0), vec![vec![0]]);
        assert_eq!(p.stage_ref(3, "alpine:3"), None);
    }

    #[test]
    fn bad_stages_are_errors() {
        assert_eq!(
            plan_of("RUN x\n", &[]).unwrap_err(),
            "Dockerfile:1: no build stage in current context"
        );
        assert!(plan_of("ARG A\n", &[]).unwrap_err().contains("no FROM"));
        assert!(
            plan_of("FROM a AS x\nFROM b AS x\n", &[])
                .unwrap_err()
                .contains("duplicate name x")
        );
        assert!(
            plan_of("FROM a AS 1x\n", &[])
                .unwrap_err()
                .contains("invalid name")
        );
        assert!(
            plan_of("FROM a b\n", &[])
                .unwrap_err()
                .contains("one or three")
        );
        assert!(
            plan_of("ARG B\nFROM $B\n", &[])
                .unwrap_err()
                .contains("blank")
        );
    }
}
