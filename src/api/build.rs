//! `POST /build`: docker's classic builder protocol. The context archive
//! (the request's body) is unpacked into a scratch directory and built by
//! `skiff build` in a process of its own (RUN steps fork containers whose
//! output goes to that process's stdout, and independent stages run as
//! processes too); its lines come back as `{"stream": ...}` objects, the
//! image as `{"aux": {"ID": ...}}`.

use super::docker::invalid;
use super::http::Request;
use super::{Conn, Ctx, Reply};
use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};

/// `{"K": "V"}` query values (buildargs, labels) as `K=V`; a null value
/// takes the variable from the environment (docker's `--build-arg K`).
fn query_pairs(req: &Request, k: &str) -> Result<Vec<String>> {
    let Some(text) = req.query(k).filter(|t| !t.is_empty()) else {
        return Ok(Vec::new());
    };
    let v: Value = serde_json::from_str(text).map_err(|e| invalid(format!("invalid {k}: {e}")))?;
    let obj = v
        .as_object()
        .ok_or_else(|| invalid(format!("invalid {k}: not an object")))?;
    Ok(obj
        .iter()
        .map(|(key, val)| match val.as_str() {
            Some(s) => format!("{key}={s}"),
            None => key.clone(),
        })
        .collect())
}

/// The `skiff` options this service was started with (those before the
/// `system` command), for the build process.
fn global_args() -> Vec<std::ffi::OsString> {
    std::env::args_os()
        .skip(1)
        .take_while(|a| a != "system")
        .collect()
}

pub(super) fn build(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> Result<Reply> {
    let e = ctx.engine()?;
    let tags: Vec<String> = req
        .query
        .iter()
        .filter(|(k, v)| k == "t" && !v.is_empty())
        .map(|(_, v)| v.clone())
        .collect();
    for t in &tags {
        crate::image::reference::Reference::parse_local(t)
            .map_err(|err| invalid(format!("invalid tag {t:?}: {err:#}")))?;
    }
    let build_args = query_pairs(req, "buildargs")?;
    let labels = query_pairs(req, "labels")?;
    if req.query("remote").is_some_and(|r| !r.is_empty()) {
        bail!(crate::error::classified(
            crate::error::Kind::NotImplemented,
            "building from a remote context is not supported by skiff yet"
        ));
    }
    let scratch = crate::storage::tmp::TempDir::new(&e.paths().tmp_dir(), "api-build")?;
    let bare = crate::build::context::from_stream(conn.body(req), scratch.path())
        .context("reading the build context")?;
    let context = crate::build::context::dir_of(scratch.path());
    let dockerfile = if let Some(text) = bare {
        let p = scratch.path().join("Dockerfile");
        std::fs::write(&p, text).context("writing the Dockerfile")?;
        p
    } else {
        let name = req
            .query("dockerfile")
            .filter(|d| !d.is_empty())
            .unwrap_or("Dockerfile");
        let rel = std::path::Path::new(name);
        if rel.is_absolute()
            || rel
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            bail!(invalid(format!(
                "the Dockerfile ({name}) must be within the build context"
            )));
        }
        context.join(rel)
    };
    let iid = scratch.path().join("iid");
    let quiet = req.flag("q");
    let mut cmd =
        std::process::Command::new(std::env::current_exe().context("finding skiff's own binary")?);
    cmd.args(global_args())
        .arg("build")
        .arg("--file")
        .arg(&dockerfile)
        .arg("--iidfile")
        .arg(&iid);
    for t in &tags {
        cmd.arg("--tag").arg(t);
    }
    for a in &build_args {
        cmd.arg("--build-arg").arg(a);
    }
    for l in &labels {
        cmd.arg("--label").arg(l);
    }
    if let Some(t) = req.query("target").filter(|t| !t.is_empty()) {
        cmd.arg("--target").arg(t);
    }
    if req.flag("nocache") {
        cmd.arg("--no-cache");
    }
    if req.flag("pull") {
        cmd.arg("--pull=always");
    }
    if req.flag("squash") {
        cmd.arg("--squash");
    }
    if let Some(n) = req
        .query("networkmode")
        .filter(|n| !n.is_empty() && *n != "default")
    {
        cmd.arg("--network").arg(n);
    }
    if let Some(p) = req.query("platform").filter(|p| !p.is_empty()) {
        cmd.arg("--platform").arg(p);
    }
    for h in req
        .query("extrahosts")
        .unwrap_or("")
        .split(',')
        .filter(|h| !h.is_empty())
    {
        cmd.arg("--add-host").arg(h);
    }
    cmd.arg(&context);
    let (r, w) = std::io::pipe().context("creating a pipe")?;
    cmd.stdin(std::process::Stdio::null())
        .stdout(w.try_clone()?)
        .stderr(w);
    if e.rootless() {
        // We are root in the store's user namespace now: the build must
        // know whose store it is.
        cmd.env(crate::storage::UNSHARE_UID_ENV, e.paths().uid.to_string())
            .env(crate::storage::UNSHARE_GID_ENV, e.paths().gid.to_string());
    }
    if !conn.stream_head(req, "application/json") {
        return Ok(Reply::Closed);
    }
    let send = |v: Value| -> bool {
        let mut line = serde_json::to_vec(&v).unwrap_or_default();
        line.extend_from_slice(b"\r\n");
        conn.out.chunk(&line).is_ok()
    };
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(err) => {
            let msg = format!("starting the build: {err}");
            send(json!({"errorDetail": {"message": msg}, "error": msg}));
            let _ = conn.out.end_chunks();
            return Ok(Reply::Streamed);
        }
    };
    drop(cmd);
    let mut last_error = String::new();
    let mut lines = BufReader::new(r);
    let mut gone = false;
    loop {
        let mut line = Vec::new();
        match lines.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&line).into_owned();
        if let Some(m) = text.strip_prefix("Error: ") {
            // skiff's own report of the failure: docker's error object
            // says it, at the end.
            last_error = m.trim_end().to_string();
            continue;
        }
        if !quiet && !gone && !send(json!({"stream": text})) {
            // The client went away: the build goes on, unread.
            gone = true;
        }
    }
    let status = child.wait().context("waiting for the build")?;
    if gone {
        return Ok(Reply::Closed);
    }
    if status.success() {
        let id = std::fs::read_to_string(&iid).unwrap_or_default();
        let id = id.trim();
        send(json!({"aux": {"ID": id}}));
        if quiet {
            // docker's quiet build says only the ID.
            send(json!({"stream": format!("{id}\n")}));
        } else {
            let hex = id.strip_prefix("sha256:").unwrap_or(id);
            send(json!({"stream": format!("Successfully built {}\n", &hex[..12.min(hex.len())])}));
            for t in &tags {
                send(json!({"stream": format!("Successfully tagged {t}\n")}));
            }
        }
    } else {
        if last_error.is_empty() {
            last_error = format!("the build failed ({status})");
        }
        send(json!({
            "errorDetail": {"code": status.code().unwrap_or(1), "message": last_error},
            "error": last_error,
        }));
    }
    if conn.out.end_chunks().is_err() {
        return Ok(Reply::Closed);
    }
    Ok(Reply::Streamed)
}
