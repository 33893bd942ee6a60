//! Dockerfile instructions applied to an image config: `import --change`
//! and `commit --change` accept CMD, ENTRYPOINT, ENV, EXPOSE, LABEL,
//! ONBUILD, SHELL, STOPSIGNAL, USER, VOLUME and WORKDIR, as docker does.

use super::spec::ContainerConfig;
use anyhow::{Result, bail};
use std::collections::BTreeMap;

/// Apply one `INSTRUCTION args` line.
pub fn apply(config: &mut ContainerConfig, change: &str) -> Result<()> {
    let change = change.trim();
    let (inst, rest) = change
        .split_once(char::is_whitespace)
        .map_or((change, ""), |(a, b)| (a, b.trim()));
    let upper = inst.to_ascii_uppercase();
    match upper.as_str() {
        "CMD" => config.cmd = Some(exec_or_shell(rest, config)),
        "ENTRYPOINT" => config.entrypoint = Some(exec_or_shell(rest, config)),
        "SHELL" => {
            let Some(v) = json_array(rest) else {
                bail!("SHELL requires the arguments to be a JSON array");
            };
            config.shell = Some(v);
        }
        "ENV" => {
            for (k, v) in key_values(rest, "ENV")? {
                let env = config.env.get_or_insert_with(Vec::new);
                let prefix = format!("{k}=");
                env.retain(|e| !e.starts_with(&prefix));
                env.push(format!("{k}={v}"));
            }
        }
        "LABEL" => {
            for (k, v) in key_values(rest, "LABEL")? {
                config.labels.get_or_insert_with(BTreeMap::new).insert(k, v);
            }
        }
        "EXPOSE" => {
            for p in split_words(rest)? {
                let (port, proto) = p.split_once('/').unwrap_or((&p, "tcp"));
                let valid = !port.is_empty()
                    && port
                        .split('-')
                        .all(|n| n.parse::<u16>().is_ok_and(|n| n > 0))
                    && matches!(proto, "tcp" | "udp" | "sctp");
                if !valid {
                    bail!("invalid port {p:?} in EXPOSE");
                }
                config
                    .exposed_ports
                    .get_or_insert_with(BTreeMap::new)
                    .insert(format!("{port}/{proto}"), serde_json::json!({}));
            }
        }
        "VOLUME" => {
            let vols = match json_array(rest) {
                Some(v) => v,
                None => split_words(rest)?,
            };
            for v in vols {
                if v.is_empty() {
                    bail!("VOLUME specified can not be an empty string");
                }
                config
                    .volumes
                    .get_or_insert_with(BTreeMap::new)
                    .insert(v, serde_json::json!({}));
            }
        }
        "WORKDIR" => config.working_dir = Some(one_word(rest, "WORKDIR")?),
        "USER" => config.user = Some(one_word(rest, "USER")?),
        "STOPSIGNAL" => config.stop_signal = Some(one_word(rest, "STOPSIGNAL")?),
        "ONBUILD" => {
            if rest.is_empty() {
                bail!("ONBUILD requires an instruction");
            }
            config
                .on_build
                .get_or_insert_with(Vec::new)
                .push(rest.to_string());
        }
        "" => bail!("empty change"),
        _ => bail!("{inst:?} is not a valid change command"),
    }
    Ok(())
}

fn one_word(rest: &str, inst: &str) -> Result<String> {
    if rest.is_empty() {
        bail!("{inst} requires exactly one argument");
    }
    Ok(rest.to_string())
}

/// `["a","b"]` (exec form) or a shell command (wrapped in the image's
/// SHELL, default `/bin/sh -c`).
fn exec_or_shell(rest: &str, config: &ContainerConfig) -> Vec<String> {
    if let Some(v) = json_array(rest) {
        return v;
    }
    if rest.is_empty() {
        return Vec::new();
    }
    let mut v = config
        .shell
        .clone()
        .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()]);
    v.push(rest.to_string());
    v
}

fn json_array(s: &str) -> Option<Vec<String>> {
    let t = s.trim();
    if !t.starts_with('[') {
        return None;
    }
    serde_json::from_str::<Vec<String>>(t).ok()
}

/// `K=V K2="v 2"`, or the legacy `K some value` form.
fn key_values(rest: &str, inst: &str) -> Result<Vec<(String, String)>> {
    let words = split_words(rest)?;
    if words.is_empty() {
        bail!("{inst} requires at least one argument");
    }
    if !words[0].contains('=') {
        // Legacy form: the first word is the key, the rest the value.
        let (k, v) = rest
            .split_once(char::is_whitespace)
            .map_or((rest, ""), |(a, b)| (a, b.trim()));
        if v.is_empty() && inst == "ENV" {
            bail!("ENV names can not be blank");
        }
        return Ok(vec![(k.to_string(), v.to_string())]);
    }
    words
        .into_iter()
        .map(|w| match w.split_once('=') {
            Some(("", _)) => bail!("{inst} names can not be blank"),
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => bail!("{inst} argument {w:?} must be of the form key=value"),
        })
        .collect()
}

/// Split on unquoted white space, honouring '...', "..." and backslash
/// escapes (the Dockerfile word rules, without variable expansion).
pub fn split_words(s: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(n) => cur.push(n),
                    None => cur.push('\\'),
                }
            }
            '\'' | '"' => {
                in_word = true;
                let quote = c;
                loop {
                    match chars.next() {
                        None => bail!("unterminated quote in {s:?}"),
                        Some(q) if q == quote => break,
                        Some('\\') if quote == '"' => match chars.next() {
                            Some(n) => cur.push(n),
                            None => bail!("unterminated quote in {s:?}"),
                        },
                        Some(x) => cur.push(x),
                    }
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_apply_like_docker() {
        let mut c = ContainerConfig::default();
        apply(&mut c, r#"CMD ["/bin/sh","-c","echo hi"]"#).unwrap();
        apply(&mut c, "ENTRYPOINT exec app --flag").unwrap();
        apply(&mut c, r#"ENV A=1 B="two words""#).unwrap();
        apply(&mut c, "ENV A=3").unwrap();
        apply(&mut c, "env LEGACY some value").unwrap();
        apply(&mut c, "LABEL com.example=yes").unwrap();
        apply(&mut c, "EXPOSE 80 53/udp").unwrap();
        apply(&mut c, "WORKDIR /srv").unwrap();
        apply(&mut c, "USER 1000:1000").unwrap();
        apply(&mut c, r#"VOLUME ["/data"]"#).unwrap();
        assert_eq!(c.cmd.unwrap(), vec!["/bin/sh", "-c", "echo hi"]);
        assert_eq!(
            c.entrypoint.unwrap(),
            vec!["/bin/sh", "-c", "exec app --flag"]
        );
        assert_eq!(
            c.env.unwrap(),
            vec!["B=two words", "A=3", "LEGACY=some value"]
        );
        assert_eq!(c.labels.unwrap()["com.example"], "yes");
        let ports: Vec<_> = c.exposed_ports.unwrap().into_keys().collect();
        assert_eq!(ports, vec!["53/udp", "80/tcp"]);
        assert_eq!(c.working_dir.as_deref(), Some("/srv"));
        assert!(c.volumes.unwrap().contains_key("/data"));
    }

    #[test]
    fn bad_changes_are_errors() {
        let mut c = ContainerConfig::default();
        for bad in [
            "ADD . /",
            "EXPOSE http",
            "EXPOSE 0",
            "ENV",
            "ENV =x",
            "LABEL \"unterminated",
            "",
        ] {
            assert!(apply(&mut c, bad).is_err(), "{bad:?}");
        }
    }
}
