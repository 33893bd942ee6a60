//! `/containers/{id}/exec` and `/exec/{id}/...`: docker's exec sessions.
//! A session is made by one request and run by another (often on other
//! connections, so in other processes): its record lives in the runroot
//! (`api-exec/<id>.json`, tmpfs, gone with a reboot as the processes are).

use super::http::{Request, Response};
use super::{Conn, Ctx, Reply, stream};
use crate::runtime::exec::ExecRequest;
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::os::fd::OwnedFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

/// One exec session.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Session {
    id: String,
    container: String,
    args: Vec<String>,
    env: Vec<String>,
    user: Option<String>,
    workdir: Option<String>,
    tty: bool,
    stdin: bool,
    stdout: bool,
    stderr: bool,
    privileged: bool,
    detach_keys: Option<String>,
    running: bool,
    /// Started once: a session runs only once (docker).
    started: bool,
    exit_code: Option<i32>,
    pid: i32,
}

fn dir(ctx: &Ctx<'_>) -> Result<PathBuf> {
    Ok(ctx.engine()?.paths().runroot.join("api-exec"))
}

fn no_such_exec(id: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotFound,
        format!("No such exec instance: {id}"),
    )
}

fn load(ctx: &Ctx<'_>, id: &str) -> Result<Session> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(no_such_exec(id));
    }
    crate::storage::atomic::read_json(&dir(ctx)?.join(format!("{id}.json")))?
        .ok_or_else(|| no_such_exec(id))
}

fn save(ctx: &Ctx<'_>, s: &Session) -> Result<()> {
    let d = dir(ctx)?;
    crate::storage::ensure_dir(&d, 0o700)?;
    crate::storage::atomic::write_json_with(&d.join(format!("{}.json", s.id)), s, false)
}

/// `POST /containers/{id}/exec`.
pub(super) fn create(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let body = req.json()?;
    let args: Vec<String> = match &body["Cmd"] {
        serde_json::Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        serde_json::Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    };
    if args.is_empty() {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "No exec command specified"
        ));
    }
    let e = ctx.engine()?;
    let entry = e.find(id)?;
    let st = e.state(&entry.id)?;
    if !st.status.is_active() {
        bail!(crate::error::classified(
            crate::error::Kind::BadState,
            "can only create exec sessions on running containers: container state improper"
                .to_string()
        ));
    }
    if st.status == crate::container::Status::Paused {
        bail!(crate::error::classified(
            crate::error::Kind::BadState,
            format!(
                "Container {} is paused, unpause the container before exec",
                entry.id
            )
        ));
    }
    let text = |k: &str| {
        body[k]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let flag = |k: &str| body[k].as_bool().unwrap_or(false);
    let s = Session {
        id: crate::storage::random_hex(32),
        container: entry.id,
        args,
        env: body["Env"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        user: text("User"),
        workdir: text("WorkingDir"),
        tty: flag("Tty"),
        stdin: flag("AttachStdin"),
        stdout: flag("AttachStdout"),
        stderr: flag("AttachStderr"),
        privileged: flag("Privileged"),
        detach_keys: text("DetachKeys"),
        ..Default::default()
    };
    save(ctx, &s)?;
    Ok(Response::json(201, &json!({"Id": s.id})).into())
}

pub(super) fn route(
    ctx: &Ctx<'_>,
    req: &Request,
    conn: &mut Conn,
    method: &str,
    seg: &[&str],
) -> Result<Reply> {
    Ok(match (method, seg) {
        ("POST", [id, "start"]) => start(ctx, req, conn, id)?,
        ("POST", [id, "resize"]) => resize(ctx, req, id)?,
        ("GET", [id, "json"]) => {
            let s = load(ctx, id)?;
            Response::json(200, &inspect(&s)).into()
        }
        _ => Response::error(404, "page not found").into(),
    })
}

fn inspect(s: &Session) -> serde_json::Value {
    json!({
        "ID": s.id,
        "ContainerID": s.container,
        "Running": s.running,
        "ExitCode": s.exit_code,
        "Pid": s.pid,
        "OpenStdin": s.stdin,
        "OpenStdout": s.stdout,
        "OpenStderr": s.stderr,
        "CanRemove": false,
        "DetachKeys": s.detach_keys.clone().unwrap_or_default(),
        "ProcessConfig": {
            "tty": s.tty,
            "entrypoint": s.args.first(),
            "arguments": s.args.get(1..).unwrap_or_default(),
            "privileged": s.privileged,
            "user": s.user.clone().unwrap_or_default(),
        },
    })
}

/// Write a session's terminal size in place: its helper holds the file
/// open (it reads it inside the container, where the path is not).
fn write_size(p: &std::path::Path, h: u64, w: u64) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(p)
        .with_context(|| format!("opening {}", p.display()))?;
    // Fixed width, so a shorter size leaves no digits of a longer one.
    f.write_all(format!("{h:>5} {w:>5}\n").as_bytes())
        .with_context(|| format!("writing {}", p.display()))
}

fn winsize_file(ctx: &Ctx<'_>, id: &str) -> Result<PathBuf> {
    Ok(dir(ctx)?.join(format!("{id}.size")))
}

/// `POST /exec/{id}/start`: run the session, hijacked unless detached.
fn start(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, id: &str) -> Result<Reply> {
    let body = req.json()?;
    let mut s = load(ctx, id)?;
    if s.started {
        bail!(crate::error::classified(
            crate::error::Kind::BadState,
            format!("Error: Exec command {id} has already run")
        ));
    }
    let detach = body["Detach"].as_bool().unwrap_or(false);
    let tty = body["Tty"].as_bool().unwrap_or(s.tty);
    let e = ctx.engine()?;
    let size = winsize_file(ctx, id)?;
    if tty {
        let (h, w) = match body["ConsoleSize"].as_array().map(Vec::as_slice) {
            Some([h, w]) => (h.as_u64().unwrap_or(24), w.as_u64().unwrap_or(80)),
            _ => (24, 80),
        };
        write_size(&size, h, w)?;
    }
    let keys = crate::runtime::detach::parse(
        s.detach_keys
            .as_deref()
            .unwrap_or(crate::runtime::detach::DEFAULT),
    )?;
    let er = ExecRequest {
        args: s.args.clone(),
        env: s.env.clone(),
        user: s.user.clone(),
        workdir: s.workdir.clone(),
        tty,
        interactive: s.stdin,
        detach,
        privileged: s.privileged,
        detach_keys: if s.stdin { keys } else { Vec::new() },
        winsize_file: tty.then(|| size.clone()),
    };
    s.started = true;
    save(ctx, &s)?;
    if detach {
        let null = || -> Result<OwnedFd> {
            Ok(OwnedFd::from(
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open("/dev/null")
                    .context("opening /dev/null")?,
            ))
        };
        let code = e
            .exec_spawn(&s.container, &er, [null()?, null()?, null()?])?
            .wait()?;
        s.exit_code = Some(code);
        save(ctx, &s)?;
        return Ok(Response::empty(200).into());
    }
    let mut headers = super::common_headers();
    headers.push((
        "Content-Type".into(),
        stream::content_type(req, tty).to_string(),
    ));
    let dup = |fd: i32| -> Result<OwnedFd> {
        nix::unistd::dup(crate::runtime::sys::borrow_fd(fd)).context("dup")
    };
    let (Some(in_fd), Some(out_fd)) = (
        conn.input.get_ref().poll_fd(),
        conn.out.file().map(OwnedFd::from),
    ) else {
        bail!("this connection cannot carry an exec session");
    };
    // Without a terminal, our pipes: framed to the client by us.
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe");
    let started = if tty {
        // With one, the helper pumps between the connection and the
        // terminal itself: raw bytes both ways.
        conn.out.hijack_head(req.upgrade(), &headers)?;
        let err = out_fd.try_clone()?;
        e.exec_spawn(&s.container, &er, [dup(in_fd)?, out_fd, err])
            .map(|h| (h, None))
    } else {
        let (o_r, o_w) = pipe()?;
        let (e_r, e_w) = pipe()?;
        let (i_r, i_w) = if s.stdin {
            let (r, w) = pipe()?;
            (r, Some(w))
        } else {
            (
                OwnedFd::from(std::fs::File::open("/dev/null").context("opening /dev/null")?),
                None,
            )
        };
        drop(out_fd);
        conn.out.hijack_head(req.upgrade(), &headers)?;
        e.exec_spawn(&s.container, &er, [i_r, o_w, e_w])
            .map(|h| (h, Some((o_r, e_r, i_w))))
    };
    let (helper, pipes) = match started {
        Ok(x) => x,
        Err(err) => {
            // The head is out: the error goes down the stream, as
            // docker's does.
            let msg = format!("{err:#}\n");
            let _ = conn
                .out
                .send(&stream::framed(tty, stream::STDERR, msg.as_bytes()));
            s.exit_code = Some(crate::error::Report::from_error(&err).code);
            save(ctx, &s)?;
            return Ok(Reply::Closed);
        }
    };
    s.running = true;
    s.pid = helper.pid;
    save(ctx, &s)?;
    if let Some((o_r, e_r, i_w)) = pipes {
        stream::pipes(
            conn,
            s.stdout.then_some(o_r),
            s.stderr.then_some(e_r),
            i_w,
            false,
        );
    }
    let code = match helper.wait() {
        Ok(c) => c,
        Err(err) => {
            let msg = format!("{err:#}\n");
            let _ = conn
                .out
                .send(&stream::framed(tty, stream::STDERR, msg.as_bytes()));
            crate::error::Report::from_error(&err).code
        }
    };
    s.running = false;
    s.exit_code = Some(code);
    save(ctx, &s)?;
    let _ = std::fs::remove_file(&size);
    Ok(Reply::Closed)
}

/// `POST /exec/{id}/resize?h=&w=`: the session's terminal size, taken up
/// by its helper at SIGWINCH.
fn resize(ctx: &Ctx<'_>, req: &Request, id: &str) -> Result<Reply> {
    let mut s = load(ctx, id)?;
    // docker's clients resize right after they start a session, maybe
    // before its helper runs.
    for _ in 0..50 {
        if !s.started || s.running || s.exit_code.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        s = load(ctx, id)?;
    }
    let dim = |k: &str| -> Result<u16> {
        req.query(k).unwrap_or("0").parse().map_err(|_| {
            crate::error::classified(crate::error::Kind::Invalid, format!("invalid {k}"))
        })
    };
    let (h, w) = (dim("h")?, dim("w")?);
    if !s.tty {
        return Ok(Response::empty(201).into());
    }
    let size = winsize_file(ctx, id)?;
    write_size(&size, u64::from(h), u64::from(w))?;
    if s.running && s.pid > 0 {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(s.pid),
            nix::sys::signal::Signal::SIGWINCH,
        );
    }
    Ok(Response::empty(201).into())
}
