//! `RUN --mount=...` as BuildKit spells it: `type=bind` (the default: a
//! path of the context, or of a stage with `from=`), `type=cache` (a
//! directory kept between builds), `type=tmpfs` and `type=secret` (a
//! `--secret` of the build). Parsed here; the executor makes each an
//! engine mount for the step's container.

use anyhow::{Result, bail};

/// One `--mount` of a RUN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunMount {
    Bind {
        /// A path in the context (or in `from`).
        source: String,
        target: String,
        from: Option<String>,
        /// `rw`: writes allowed (they are thrown away).
        rw: bool,
    },
    Cache {
        /// Shared by every RUN that names it (default: the target).
        id: String,
        target: String,
        /// `shared` (default), `private` or `locked`.
        sharing: String,
        uid: u32,
        gid: u32,
        mode: u32,
        readonly: bool,
    },
    Tmpfs {
        target: String,
        size: Option<String>,
    },
    Secret {
        id: String,
        /// Default: `/run/secrets/ID`.
        target: String,
        required: bool,
        mode: u32,
        uid: u32,
        gid: u32,
    },
}

/// Parse one `--mount` value.
pub fn parse(spec: &str) -> Result<RunMount> {
    let mut kind = "bind".to_string();
    let mut kv: Vec<(String, Option<String>)> = Vec::new();
    for part in spec.split(',').filter(|p| !p.is_empty()) {
        let (k, v) = match part.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_lowercase(), Some(v.trim().to_string())),
            None => (part.trim().to_ascii_lowercase(), None),
        };
        if k == "type" {
            kind = v.unwrap_or_default();
        } else {
            kv.push((k, v));
        }
    }
    let get = |names: &[&str]| -> Option<String> {
        kv.iter()
            .rev()
            .find(|(k, _)| names.contains(&k.as_str()))
            .map(|(_, v)| v.clone().unwrap_or_else(|| "true".into()))
    };
    let flag = |names: &[&str]| -> Result<bool> {
        match get(names).as_deref() {
            None => Ok(false),
            Some("true" | "1" | "") => Ok(true),
            Some("false" | "0") => Ok(false),
            Some(v) => bail!("invalid value {v:?} for {} in --mount={spec}", names[0]),
        }
    };
    let number = |names: &[&str], default: u32, radix: u32| -> Result<u32> {
        match get(names) {
            None => Ok(default),
            Some(v) => u32::from_str_radix(&v, radix)
                .map_err(|_| anyhow::anyhow!("invalid {} {v:?} in --mount={spec}", names[0])),
        }
    };
    let known: &[&str] = match kind.as_str() {
        "bind" => &[
            "target",
            "dst",
            "destination",
            "source",
            "src",
            "from",
            "rw",
            "readwrite",
            "ro",
            "readonly",
        ],
        "cache" => &[
            "target",
            "dst",
            "destination",
            "id",
            "sharing",
            "uid",
            "gid",
            "mode",
            "ro",
            "readonly",
        ],
        "tmpfs" => &["target", "dst", "destination", "size"],
        "secret" => &[
            "target",
            "dst",
            "destination",
            "id",
            "required",
            "mode",
            "uid",
            "gid",
        ],
        "ssh" => bail!("--mount=type=ssh is not supported (skiff has no SSH agent forwarding)"),
        other => bail!("unsupported mount type {other:?} in --mount={spec}"),
    };
    if let Some((k, _)) = kv.iter().find(|(k, _)| !known.contains(&k.as_str())) {
        bail!("unexpected key {k:?} in --mount={spec}");
    }
    let target = get(&["target", "dst", "destination"]);
    let need_target = || -> Result<String> {
        match &target {
            Some(t) if !t.is_empty() => Ok(t.clone()),
            _ => bail!("--mount={spec}: a target is required"),
        }
    };
    Ok(match kind.as_str() {
        "bind" => RunMount::Bind {
            source: get(&["source", "src"]).unwrap_or_default(),
            target: need_target()?,
            from: get(&["from"]),
            rw: flag(&["rw", "readwrite"])?,
        },
        "cache" => {
            let target = need_target()?;
            let sharing = get(&["sharing"]).unwrap_or_else(|| "shared".into());
            if !matches!(sharing.as_str(), "shared" | "private" | "locked") {
                bail!("invalid sharing {sharing:?} in --mount={spec} (shared, private, locked)");
            }
            RunMount::Cache {
                id: get(&["id"]).unwrap_or_else(|| target.clone()),
                target,
                sharing,
                uid: number(&["uid"], 0, 10)?,
                gid: number(&["gid"], 0, 10)?,
                mode: number(&["mode"], 0o755, 8)?,
                readonly: flag(&["ro", "readonly"])?,
            }
        }
        "tmpfs" => RunMount::Tmpfs {
            target: need_target()?,
            size: get(&["size"]),
        },
        _ => {
            let id = match get(&["id"]) {
                Some(i) if !i.is_empty() => i,
                // BuildKit: the target's base name.
                _ => match target.as_deref().and_then(|t| t.rsplit('/').next()) {
                    Some(b) if !b.is_empty() => b.to_string(),
                    _ => bail!("--mount={spec}: a secret needs an id or a target"),
                },
            };
            RunMount::Secret {
                target: target
                    .clone()
                    .filter(|t| !t.is_empty())
                    .unwrap_or_else(|| format!("/run/secrets/{id}")),
                id,
                required: flag(&["required"])?,
                mode: number(&["mode"], 0o400, 8)?,
                uid: number(&["uid"], 0, 10)?,
                gid: number(&["gid"], 0, 10)?,
            }
        }
    })
}

/// A build's `--secret id=ID,src=PATH` (or `env=VAR`; `type=file|env`).
pub fn parse_secret(spec: &str) -> Result<(String, SecretSource)> {
    let (mut id, mut src, mut env, mut kind) = (None, None, None, None);
    for part in spec.split(',') {
        match part.split_once('=') {
            Some(("id", v)) => id = Some(v.to_string()),
            Some(("src" | "source", v)) => src = Some(v.to_string()),
            Some(("env", v)) => env = Some(v.to_string()),
            Some(("type", v)) => kind = Some(v.to_string()),
            _ => bail!("invalid --secret {spec:?}: want id=ID,src=PATH or id=ID,env=VAR"),
        }
    }
    let Some(id) = id.filter(|i| !i.is_empty()) else {
        bail!("invalid --secret {spec:?}: an id is required");
    };
    let source = match (kind.as_deref(), src, env) {
        (Some("env"), Some(v), None) | (_, None, Some(v)) => SecretSource::Env(v),
        (None | Some("file"), Some(p), None) => SecretSource::File(p.into()),
        // BuildKit: only an id reads the environment variable of that name.
        (None, None, None) => SecretSource::Env(id.clone()),
        _ => bail!("invalid --secret {spec:?}: want id=ID,src=PATH or id=ID,env=VAR"),
    };
    Ok((id, source))
}

/// Where a secret's content comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretSource {
    File(std::path::PathBuf),
    Env(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mounts_as_buildkit_spells_them() {
        assert_eq!(
            parse("type=cache,target=/root/.cache,sharing=locked,mode=0700,uid=1000").unwrap(),
            RunMount::Cache {
                id: "/root/.cache".into(),
                target: "/root/.cache".into(),
                sharing: "locked".into(),
                uid: 1000,
                gid: 0,
                mode: 0o700,
                readonly: false,
            }
        );
        assert_eq!(
            parse("src=go.mod,dst=/src/go.mod").unwrap(),
            RunMount::Bind {
                source: "go.mod".into(),
                target: "/src/go.mod".into(),
                from: None,
                rw: false,
            }
        );
        assert_eq!(
            parse("type=secret,id=token").unwrap(),
            RunMount::Secret {
                id: "token".into(),
                target: "/run/secrets/token".into(),
                required: false,
                mode: 0o400,
                uid: 0,
                gid: 0,
            }
        );
        for bad in [
            "type=cache",
            "type=cache,target=/x,sharing=sometimes",
            "type=nfs,target=/x",
            "type=tmpfs,target=/x,color=red",
            "type=cache,target=/x,mode=rwx",
            "type=ssh",
            "type=secret",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_secret("id=a,src=/tmp/a").unwrap(),
            ("a".into(), SecretSource::File("/tmp/a".into()))
        );
        assert_eq!(
            parse_secret("id=a,env=TOKEN").unwrap(),
            ("a".into(), SecretSource::Env("TOKEN".into()))
        );
        assert!(parse_secret("src=/x").is_err());
        assert!(parse_secret("id=a,what=1").is_err());
    }
}
