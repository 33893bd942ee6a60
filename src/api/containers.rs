//! `/containers/...`: list, create, inspect, the lifecycle (start, stop,
//! restart, kill, pause, unpause, rename, remove, prune), wait, attach,
//! logs, top, changes, export and resize.

use super::docker::invalid;
use super::http::{Request, Response};
use super::{Conn, Ctx, Reply, docker, stream};
use crate::container::copy::CopyOptions;
use crate::container::select::Target;
use crate::engine::container::{ListRequest, LogsRequest, RemoveRequest};
use crate::engine::files::CopyEnd;
use crate::util::time::Timestamp;
use anyhow::Context;
use anyhow::{Result, bail};
use serde_json::json;
use std::os::fd::{AsFd, AsRawFd};

pub(super) fn route(
    ctx: &Ctx<'_>,
    req: &Request,
    conn: &mut Conn,
    method: &str,
    seg: &[&str],
) -> Result<Reply> {
    Ok(match (method, seg) {
        ("GET", ["json"]) => list(ctx, req)?,
        ("POST", ["create"]) => create(ctx, req)?,
        ("POST", ["prune"]) => prune(ctx, req)?,
        ("GET", [id, "json"]) => inspect(ctx, id)?,
        ("POST", [id, "start"]) => start(ctx, id)?,
        ("POST", [id, "stop"]) => stop(ctx, req, id)?,
        ("POST", [id, "restart"]) => restart(ctx, req, id)?,
        ("POST", [id, "kill"]) => kill(ctx, req, id)?,
        ("POST", [id, "pause"]) => {
            let e = ctx.engine()?;
            e.pause(&e.find(id)?.id)?;
            Response::empty(204).into()
        }
        ("POST", [id, "unpause"]) => {
            let e = ctx.engine()?;
            e.unpause(&e.find(id)?.id)?;
            Response::empty(204).into()
        }
        ("POST", [id, "rename"]) => {
            let Some(name) = req.query("name").filter(|n| !n.is_empty()) else {
                bail!(invalid("a new name is needed (name=)"));
            };
            ctx.engine()?.rename(id, name)?;
            Response::empty(204).into()
        }
        ("DELETE", [id]) => remove(ctx, req, id)?,
        ("POST", [id, "wait"]) => wait(ctx, req, conn, id)?,
        ("POST", [id, "attach"]) => attach(ctx, req, conn, id)?,
        ("GET", [id, "logs"]) => logs(ctx, req, conn, id)?,
        ("GET", [id, "top"]) => {
            let e = ctx.engine()?;
            let id = e.find(id)?.id;
            let args: Vec<String> = req
                .query("ps_args")
                .unwrap_or("")
                .split_whitespace()
                .map(str::to_string)
                .collect();
            Response::json(200, &docker::top(&e.top(&id, &args)?)).into()
        }
        ("GET", [id, "changes"]) => {
            let changes = ctx.engine()?.changes(Some(id), false)?;
            let kind = |k: char| match k {
                'C' => 0,
                'A' => 1,
                _ => 2,
            };
            let list: Vec<_> = changes
                .iter()
                .map(|c| json!({"Path": c.path, "Kind": kind(c.kind)}))
                .collect();
            Response::json(200, &json!(list)).into()
        }
        ("GET", [id, "export"]) => export(ctx, conn, id)?,
        ("HEAD", [id, "archive"]) => stat_path(ctx, req, id)?,
        ("GET", [id, "archive"]) => get_archive(ctx, req, conn, id)?,
        ("PUT", [id, "archive"]) => put_archive(ctx, req, conn, id)?,
        ("POST", [id, "resize"]) => resize(ctx, req, id)?,
        ("GET", [id, "stats"]) => stats(ctx, req, conn, id)?,
        ("POST", [id, "update"]) => {
            let body = req.json()?;
            let restart =
                body["RestartPolicy"]["Name"].as_str().map(|n| {
                    match body["RestartPolicy"]["MaximumRetryCount"].as_u64() {
                        Some(c) if c > 0 => format!("{n}:{c}"),
                        _ => n.to_string(),
                    }
                });
            let flags = docker::resource_flags(&body);
            ctx.engine()?.update(id, &flags, restart.as_deref())?;
            Response::json(200, &json!({"Warnings": []})).into()
        }
        ("POST", [id, "exec"]) => super::exec::create(ctx, req, id)?,
        _ => Response::error(404, "page not found").into(),
    })
}

fn list(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let filters = docker::request_filters(req)?;
    let limit: Option<usize> = req
        .query("limit")
        .and_then(|l| l.parse::<i64>().ok())
        .filter(|l| *l > 0)
        .map(|l| l as usize);
    let request = ListRequest {
        all: req.flag("all") || limit.is_some(),
        last: limit,
        filters,
        sizes: req.flag("size"),
        ..Default::default()
    };
    let mut listed = ctx.engine()?.list(&request)?;
    // docker lists the newest first.
    listed.sort_by(|a, b| b.config.created.cmp(&a.config.created));
    let items: Vec<_> = listed
        .iter()
        .map(|l| docker::container(&l.config, &l.state, l.size))
        .collect();
    Ok(Response::json(200, &json!(items)).into())
}

fn create(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let body = req.json()?;
    let r = docker::create_request(&body, req.query("name"))?;
    let e = ctx.engine()?;
    let progress =
        crate::registry::progress::Progress::with_mode(crate::registry::progress::Mode::Quiet);
    let c = e.create(&r, &progress)?;
    Ok(Response::json(201, &json!({"Id": c.id, "Warnings": []})).into())
}

fn inspect(ctx: &Ctx<'_>, id: &str) -> Result<Reply> {
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    let c = e.config(&id)?;
    let st = e.state(&id)?;
    let v = docker::container_inspect(e.inspect(&id)?, &c, &st);
    Ok(Response::json(200, &v).into())
}

fn start(ctx: &Ctx<'_>, id: &str) -> Result<Reply> {
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    Ok(if e.start_detached(&id)? {
        Response::empty(204)
    } else {
        // docker's 304: already started.
        Response::empty(304)
    }
    .into())
}

/// `t=` (docker) or `timeout=` (podman's compat API), in seconds.
fn timeout(req: &Request) -> Result<Option<u32>> {
    match req.query("t").or_else(|| req.query("timeout")) {
        None | Some("") => Ok(None),
        Some(t) => match t.parse::<i64>() {
            // docker: a negative timeout waits forever; skiff's longest.
            Ok(n) if n < 0 => Ok(Some(u32::MAX)),
            Ok(n) => Ok(Some(u32::try_from(n).unwrap_or(u32::MAX))),
            Err(_) => bail!(invalid(format!("invalid timeout {t:?}"))),
        },
    }
}

fn stop(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let t = timeout(req)?;
    let e = ctx.engine_host()?;
    let id = e.find(id)?.id;
    Ok(if e.stop(&id, t)? {
        Response::empty(204)
    } else {
        Response::empty(304)
    }
    .into())
}

fn restart(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let t = timeout(req)?;
    let e = ctx.engine_host()?;
    let id = e.find(id)?.id;
    e.stop(&id, t)?;
    e.start_detached(&id)?;
    Ok(Response::empty(204).into())
}

fn kill(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let sig = match req.query("signal").filter(|s| !s.is_empty()) {
        Some(s) => crate::runtime::signals::parse(s).map_err(|e| invalid(format!("{e:#}")))?,
        None => libc::SIGKILL,
    };
    let e = ctx.engine_host()?;
    let entry = e.find(id)?;
    // podman's error for a container that does not run.
    e.kill(&entry.id, sig)?;
    Ok(Response::empty(204).into())
}

fn remove(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let force = req.flag("force");
    let e = if force {
        ctx.engine_host()?
    } else {
        ctx.engine()?
    };
    let entry = e.find(id)?;
    if !force && e.state(&entry.id)?.status.is_active() {
        bail!(crate::error::classified(
            crate::error::Kind::BadState,
            format!(
                "You cannot remove a running container {}. Stop the container before attempting removal or force remove",
                entry.id
            )
        ));
    }
    let target = Target {
        label: id.to_string(),
        entry,
    };
    let r = RemoveRequest {
        force,
        timeout: Some(0),
        volumes: req.flag("v"),
    };
    for res in e.remove(&[target], r)? {
        res?;
    }
    Ok(Response::empty(204).into())
}

fn prune(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let filters = docker::request_filters(req)?;
    let deleted = ctx.engine()?.prune(&filters)?;
    Ok(Response::json(
        200,
        &json!({"ContainersDeleted": deleted, "SpaceReclaimed": 0}),
    )
    .into())
}

/// `POST /containers/{id}/wait`: the head at once, the status when the
/// condition holds (docker's clients send this before they start the
/// container, and it must see that run's exit even with `--rm`).
fn wait(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let condition = req.query("condition").unwrap_or("not-running");
    if !matches!(condition, "" | "not-running" | "next-exit" | "removed") {
        bail!(invalid(format!("invalid condition: {condition:?}")));
    }
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    let st = e.state(&id)?;
    if matches!(condition, "" | "not-running") && !st.status.is_active() {
        let body = serde_json::to_vec(&json!({"StatusCode": st.exit_code, "Error": null}))?;
        let mut r = Response::new(200, "application/json", body);
        r.body.push(b'\n');
        return Ok(r.into());
    }
    let mut sub = e.subscribe(&id)?;
    if !conn.stream_head(req, "application/json") {
        return Ok(Reply::Closed);
    }
    let still_waiting = not_ended_since(e, &id, st.finished_at.clone());
    let mut early = stream::Early::default();
    let code = match stream::wait_connected(conn, &mut sub, &still_waiting, true, &mut early) {
        Some(sock) => {
            let o = stream::AttachOptions {
                stdin: false,
                stdout: false,
                stderr: false,
                tty: false,
                detach_keys: Vec::new(),
                eof_ends: true,
            };
            match stream::attach(conn, &sock, &o, stream::Early::default()) {
                stream::End::Exited(c) => Some(c),
                stream::End::ClientGone => return Ok(Reply::Closed),
                _ => None,
            }
        }
        None => None,
    };
    let code = match code {
        Some(c) => c,
        None => match e.state(&id) {
            Ok(st) => st.exit_code,
            Err(_) => 0,
        },
    };
    if condition == "removed" {
        // The monitor removes an auto-remove container right after it
        // reported the exit.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while e.find(&id).is_ok() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    let mut body = serde_json::to_vec(&json!({"StatusCode": code, "Error": null}))?;
    body.push(b'\n');
    if conn.out.chunk(&body).is_err() || conn.out.end_chunks().is_err() {
        return Ok(Reply::Closed);
    }
    Ok(Reply::Streamed)
}

/// Whether a subscription should go on waiting for the container's start:
/// it exists and has not ended since it was seen with `first_finish` (it
/// may end between that look and the subscription; then its state has the
/// code).
fn not_ended_since<'a>(
    e: &'a crate::engine::Engine,
    id: &'a str,
    first_finish: Option<String>,
) -> impl Fn() -> bool + 'a {
    move || {
        e.state(id)
            .is_ok_and(|s| s.status.is_active() || s.finished_at == first_finish)
    }
}

/// `POST /containers/{id}/attach`: the hijacked connection carries the
/// container's stdio, from its start when it is not running yet.
fn attach(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    let c = e.config(&id)?;
    let tty = c.process.terminal;
    let detach_keys = match req.query("detachKeys") {
        Some(k) => crate::runtime::detach::parse(k).map_err(|e| invalid(format!("{e:#}")))?,
        None => crate::runtime::detach::parse(crate::runtime::detach::DEFAULT)?,
    };
    let o = stream::AttachOptions {
        stdin: req.flag("stdin") && c.process.stdin,
        stdout: req.flag("stdout"),
        stderr: req.flag("stderr"),
        tty,
        detach_keys,
        eof_ends: false,
    };
    let want_logs = req.flag("logs");
    let want_stream = req.flag("stream");
    let first_finish = e.state(&id)?.finished_at;
    let mut sub = if want_stream {
        Some(e.subscribe(&id)?)
    } else {
        None
    };
    let mut headers = super::common_headers();
    headers.push((
        "Content-Type".into(),
        stream::content_type(req, tty).to_string(),
    ));
    if conn.out.hijack_head(req.upgrade(), &headers).is_err() {
        return Ok(Reply::Closed);
    }
    if want_logs {
        let mut reader = e.logs(std::slice::from_ref(&id), LogsRequest::default())?;
        while let Ok(Some(batch)) = reader.next_batch() {
            for (_, r) in batch {
                let s = stream_of(r.stream);
                if (s == stream::STDOUT && o.stdout) || (s == stream::STDERR && o.stderr) {
                    let _ = conn.out.send(&stream::framed(tty, s, &r.text));
                }
            }
        }
    }
    let Some(sub) = sub.as_mut() else {
        return Ok(Reply::Closed);
    };
    let still_waiting = not_ended_since(e, &id, first_finish);
    let mut early = stream::Early::default();
    if let Some(sock) = stream::wait_connected(conn, sub, &still_waiting, false, &mut early) {
        stream::attach(conn, &sock, &o, early);
    }
    Ok(Reply::Closed)
}

fn stream_of(s: crate::container::logs::Stream) -> u8 {
    match s {
        crate::container::logs::Stream::Stderr => stream::STDERR,
        crate::container::logs::Stream::Stdout => stream::STDOUT,
    }
}

/// docker's `since`/`until`: Unix seconds (with a fraction), or RFC 3339.
fn time_param(v: Option<&str>) -> Result<Option<Timestamp>> {
    let Some(v) = v.filter(|v| !v.is_empty() && *v != "0") else {
        return Ok(None);
    };
    if let Ok(f) = v.parse::<f64>() {
        let secs = f.trunc() as i64;
        let nanos = ((f - f.trunc()) * 1e9) as u32;
        return Ok(Some(Timestamp { secs, nanos }));
    }
    Timestamp::parse_rfc3339(v)
        .map(Some)
        .ok_or_else(|| invalid(format!("invalid time {v:?}")))
}

/// `GET /containers/{id}/logs`: the records, framed (raw for a terminal),
/// following when asked.
fn logs(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let (stdout, stderr) = (req.flag("stdout"), req.flag("stderr"));
    if !stdout && !stderr {
        bail!(invalid(
            "Bad parameters: you must choose at least one stream"
        ));
    }
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    let c = e.config(&id)?;
    let tty = c.process.terminal;
    let tail = match req.query("tail") {
        None | Some("" | "all") => None,
        Some(t) => Some(
            t.parse::<i64>()
                .map(|n| usize::try_from(n).unwrap_or(0))
                .map_err(|_| invalid(format!("invalid tail {t:?}")))?,
        ),
    };
    let lr = LogsRequest {
        since: time_param(req.query("since"))?,
        until: time_param(req.query("until"))?,
        tail,
        follow: req.flag("follow"),
    };
    let timestamps = req.flag("timestamps");
    let mut reader = e.logs(std::slice::from_ref(&id), lr)?;
    if !conn.stream_head(req, stream::content_type(req, tty)) {
        return Ok(Reply::Closed);
    }
    loop {
        let Ok(Some(batch)) = reader.next_batch() else {
            break;
        };
        let mut data = Vec::new();
        for (_, r) in batch {
            let s = stream_of(r.stream);
            if (s == stream::STDOUT && !stdout) || (s == stream::STDERR && !stderr) {
                continue;
            }
            let mut text = Vec::new();
            if timestamps {
                text.extend_from_slice(r.time.rfc3339_nano().as_bytes());
                text.push(b' ');
            }
            text.extend_from_slice(&r.text);
            data.extend(stream::framed(tty, s, &text));
        }
        if conn.out.chunk(&data).is_err() {
            return Ok(Reply::Closed);
        }
    }
    if conn.out.end_chunks().is_err() {
        return Ok(Reply::Closed);
    }
    Ok(Reply::Streamed)
}

/// `GET /containers/{id}/export`: the file system as a tar archive, the
/// body ending with the connection.
fn export(ctx: &Ctx<'_>, conn: &mut Conn, id: &str) -> Result<Reply> {
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    let Some(file) = conn.tar_head(None)? else {
        return Ok(Reply::Closed);
    };
    if let Err(err) = e.export(&id, &file) {
        crate::warn!("exporting {id}: {err:#}");
    }
    Ok(Reply::Closed)
}

/// The `path` of an archive request, and what it names, as docker's
/// `X-Docker-Container-Path-Stat` header; a missing path is docker's 404.
fn archive_stat(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<(String, (String, String))> {
    let Some(path) = req.query("path").filter(|p| !p.is_empty()) else {
        bail!(invalid("path is required"));
    };
    // Signals and namespaces: a copy starts outside the store's userns.
    let e = ctx.engine_host()?;
    let found = e.find(id)?;
    let Some(st) = e.stat_path(&found.id, path)? else {
        bail!(crate::error::classified(
            crate::error::Kind::NotFound,
            format!("Could not find the file {path} in container {id}")
        ));
    };
    Ok((path.to_string(), docker::path_stat_header(&st)))
}

/// `HEAD /containers/{id}/archive?path=`: what a path is (docker cp
/// asks before copying either way).
fn stat_path(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let (_, header) = archive_stat(ctx, req, id)?;
    let mut r = Response::empty(200);
    r.headers.push(header);
    Ok(r.into())
}

/// `GET /containers/{id}/archive?path=`: the path as a tar archive, the
/// body ending with the connection.
fn get_archive(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let (path, header) = archive_stat(ctx, req, id)?;
    let Some(file) = conn.tar_head(Some(header))? else {
        return Ok(Reply::Closed);
    };
    let from = CopyEnd::Container {
        name: id.to_string(),
        path,
    };
    let opts = CopyOptions {
        docker_names: true,
        ..CopyOptions::default()
    };
    let e = ctx.engine_host()?;
    if let Err(err) = e.copy_stream(&from, &CopyEnd::Stream, &opts, file.as_fd()) {
        // The head is out: the client sees the archive end early.
        crate::warn!("copying {id}:{}: {err:#}", from_path(&from));
    }
    Ok(Reply::Closed)
}

fn from_path(end: &CopyEnd) -> &str {
    match end {
        CopyEnd::Container { path, .. } => path,
        _ => "",
    }
}

/// `PUT /containers/{id}/archive?path=DIR`: extract the body (a tar
/// archive) into the directory `path`. The body is spooled to a file
/// without a name first: the extraction runs in a forked helper, which
/// reads it from there.
fn put_archive(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let Some(path) = req.query("path").filter(|p| !p.is_empty()) else {
        bail!(invalid("path is required"));
    };
    let e = ctx.engine_host()?;
    let found = e.find(id)?;
    match e.stat_path(&found.id, path)? {
        None => bail!(crate::error::classified(
            crate::error::Kind::NotFound,
            format!("Could not find the file {path} in container {id}")
        )),
        Some(st) if st.mode & libc::S_IFMT != libc::S_IFDIR => {
            bail!(invalid("extraction point is not a directory".to_string()))
        }
        Some(_) => {}
    }
    let mut spool = crate::storage::tmp::anonymous_file(&e.paths().tmp_dir())?;
    std::io::copy(&mut conn.body(req), &mut spool).context("reading the archive")?;
    std::io::Seek::rewind(&mut spool).context("reading the archive")?;
    let opts = CopyOptions {
        // copyUIDGID: the archive's owners; else the container's user.
        chown: !req.flag("copyUIDGID"),
        overwrite: !req
            .query("noOverwriteDirNonDir")
            .is_some_and(|v| v == "true" || v == "1"),
        docker_names: true,
    };
    let to = CopyEnd::Container {
        name: found.id.clone(),
        path: path.to_string(),
    };
    e.copy_stream(&CopyEnd::Stream, &to, &opts, spool.as_fd())?;
    Ok(Response::empty(200).into())
}

/// `POST /containers/{id}/resize?h=&w=`: the container's terminal size.
fn resize(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let dim = |k: &str| -> Result<u16> {
        req.query(k)
            .unwrap_or("0")
            .parse()
            .map_err(|_| invalid(format!("invalid {k}")))
    };
    let (h, w) = (dim("h")?, dim("w")?);
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    if !e.state(&id)?.status.is_active() {
        bail!(crate::error::classified(
            crate::error::Kind::BadState,
            format!("Container {id} is not running")
        ));
    }
    if e.config(&id)?.process.terminal {
        let a = e.attach(&id)?;
        stream::send_resize(std::os::fd::AsFd::as_fd(&a.socket), h, w);
        // The monitor reads the message before it sees the close.
        let _ = a.socket.as_raw_fd();
    }
    Ok(Response::empty(200).into())
}

/// `GET /containers/{id}/stats`: one message (`stream=false`; a second
/// reading a second after the first, unless `one-shot`, so that the CPU
/// figures have a base) or one a second until the client goes.
fn stats(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let e = ctx.engine()?;
    let id = e.find(id)?.id;
    let names = [id];
    let sample = |e: &crate::engine::Engine| -> Result<crate::engine::resources::Sample> {
        e.stats(&names, true, true)?
            .pop()
            .ok_or_else(|| anyhow::anyhow!("no stats"))
    };
    let stream = !matches!(req.query("stream"), Some("0" | "false" | "False"));
    let one_shot = matches!(req.query("one-shot"), Some("1" | "true" | "True"));
    let second = std::time::Duration::from_secs(1);
    if !stream {
        let first = sample(e)?;
        let (cur, prev) = if one_shot || !first.running {
            (first, None)
        } else {
            std::thread::sleep(second);
            (sample(e)?, Some(first))
        };
        let mut body = serde_json::to_vec(&docker::stats(&cur, prev.as_ref()))?;
        body.push(b'\n');
        return Ok(Response::new(200, "application/json", body).into());
    }
    if !conn.stream_head(req, "application/json") {
        return Ok(Reply::Closed);
    }
    let mut prev: Option<crate::engine::resources::Sample> = None;
    loop {
        let cur = sample(e)?;
        let mut line = serde_json::to_vec(&docker::stats(&cur, prev.as_ref()))?;
        line.push(b'\n');
        if conn.out.chunk(&line).is_err() {
            return Ok(Reply::Closed);
        }
        if !cur.running && prev.is_some() {
            break;
        }
        prev = Some(cur);
        std::thread::sleep(second);
    }
    let _ = conn.out.end_chunks();
    Ok(Reply::Closed)
}
