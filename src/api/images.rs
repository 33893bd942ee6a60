//! `/images/...`, `/build`, `/commit`, `/distribution`, `/auth`: images
//! through the engine, pull and push progress as docker's JSON stream.

use super::docker::invalid;
use super::http::{Request, Response};
use super::{Conn, Ctx, Reply, docker};
use crate::registry::auth::{Credentials, Secret};
use crate::registry::progress::{Event, Progress};
use anyhow::{Result, bail};
use base64::Engine as _;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub(super) fn route(
    ctx: &Ctx<'_>,
    req: &Request,
    conn: &mut Conn,
    method: &str,
    path: &str,
) -> Result<Reply> {
    if path == "/build" && method == "POST" {
        return super::build::build(ctx, req, conn);
    }
    if path == "/build/prune" && method == "POST" {
        let all = req.flag("all");
        let filters = docker::request_filters(req)?;
        let (reports, freed) = ctx.engine()?.prune_build_cache(all, &filters)?;
        let ids: Vec<String> = reports
            .iter()
            .flat_map(|r| r.deleted.iter().map(ToString::to_string))
            .collect();
        return Ok(
            Response::json(200, &json!({"CachesDeleted": ids, "SpaceReclaimed": freed})).into(),
        );
    }
    if path == "/auth" && method == "POST" {
        return auth(req);
    }
    if path == "/commit" && method == "POST" {
        return commit(ctx, req);
    }
    if let Some(name) = path
        .strip_prefix("/distribution/")
        .and_then(|r| r.strip_suffix("/json"))
        && method == "GET"
    {
        return distribution(req, name);
    }
    let Some(rest) = path.strip_prefix("/images/") else {
        return Ok(Response::error(404, "page not found").into());
    };
    Ok(match (method, rest) {
        ("GET", "json") => list(ctx, req)?,
        ("POST", "create") => create(ctx, req, conn)?,
        ("POST", "prune") => prune(ctx, req)?,
        ("GET", "search") => search(ctx, req)?,
        ("POST", "load") => load(ctx, req, conn)?,
        ("GET", "get") => {
            let names: Vec<String> = req
                .query
                .iter()
                .filter(|(k, _)| k == "names")
                .map(|(_, v)| v.clone())
                .collect();
            save(ctx, conn, &names)?
        }
        ("GET", r) if r.ends_with("/get") => save(ctx, conn, &[r[..r.len() - 4].to_string()])?,
        ("DELETE", name) => remove(ctx, req, name)?,
        ("GET", r) if r.ends_with("/json") => inspect(ctx, &r[..r.len() - 5])?,
        ("GET", r) if r.ends_with("/history") => history(ctx, &r[..r.len() - 8])?,
        ("POST", r) if r.ends_with("/tag") => tag(ctx, req, &r[..r.len() - 4])?,
        ("POST", r) if r.ends_with("/push") => push(ctx, req, conn, &r[..r.len() - 5])?,
        _ => Response::error(404, "page not found").into(),
    })
}

fn list(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let filters = docker::request_filters(req)?;
    let listed = ctx
        .engine()?
        .image_list_filtered(None, &filters, true, req.flag("all"))?;
    let items: Vec<Value> = listed.iter().map(docker::image).collect();
    Ok(Response::json(200, &json!(items)).into())
}

fn inspect(ctx: &Ctx<'_>, name: &str) -> Result<Reply> {
    let v = ctx.engine()?.image_inspect(name)?;
    Ok(Response::json(200, &docker::image_inspect(v)).into())
}

fn history(ctx: &Ctx<'_>, name: &str) -> Result<Reply> {
    let h = ctx.engine()?.history(name)?;
    let items: Vec<Value> = h
        .iter()
        .map(|e| {
            let v = crate::engine::views::history_json(e);
            json!({
                "Id": v["id"],
                "Created": v["created"]
                    .as_str()
                    .and_then(crate::util::time::Timestamp::parse_rfc3339)
                    .map_or(0, |t| t.secs),
                "CreatedBy": v["createdBy"],
                "Tags": v["tags"],
                "Size": v["size"],
                "Comment": v["comment"],
            })
        })
        .collect();
    Ok(Response::json(200, &json!(items)).into())
}

fn tag(ctx: &Ctx<'_>, req: &Request, name: &str) -> Result<Reply> {
    let repo = req.query("repo").unwrap_or("");
    if repo.is_empty() {
        bail!(invalid("repository name must have at least one component"));
    }
    let full = match req.query("tag").filter(|t| !t.is_empty()) {
        Some(t) => format!("{repo}:{t}"),
        None => repo.to_string(),
    };
    let r = crate::image::reference::Reference::parse_local(&full)
        .map_err(|e| invalid(format!("{e:#}")))?;
    ctx.engine()?.tag(name, &[r])?;
    Ok(Response::empty(201).into())
}

fn remove(ctx: &Ctx<'_>, req: &Request, name: &str) -> Result<Reply> {
    let report = ctx
        .engine()?
        .remove_image(name, req.flag("force"), req.flag("noprune"))?;
    let mut items: Vec<Value> = report
        .untagged
        .iter()
        .map(|u| json!({"Untagged": u}))
        .collect();
    items.extend(
        report
            .deleted
            .iter()
            .map(|d| json!({"Deleted": d.to_string()})),
    );
    Ok(Response::json(200, &json!(items)).into())
}

fn prune(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let mut filters = docker::request_filters(req)?;
    // docker prunes dangling images unless dangling=false says all.
    let all = filters
        .iter()
        .any(|f| f == "dangling=false" || f == "dangling=0");
    filters.retain(|f| !f.starts_with("dangling="));
    let (reports, freed) = ctx.engine()?.prune_images_filtered(all, &filters)?;
    let mut items: Vec<Value> = Vec::new();
    for r in &reports {
        items.extend(r.untagged.iter().map(|u| json!({"Untagged": u})));
        items.extend(r.deleted.iter().map(|d| json!({"Deleted": d.to_string()})));
    }
    Ok(Response::json(
        200,
        &json!({"ImagesDeleted": items, "SpaceReclaimed": freed}),
    )
    .into())
}

fn search(_ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let term = req.query("term").unwrap_or("");
    let limit = req
        .query("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(25);
    let filters = docker::request_filters(req)?;
    let hits = crate::engine::registry::search(&registry_options(req)?, term, limit, &filters)?;
    let items: Vec<Value> = hits
        .iter()
        .map(|h| {
            json!({
                "name": h.name,
                "description": h.description,
                "star_count": h.stars,
                "is_official": h.official,
                "is_automated": h.automated,
            })
        })
        .collect();
    Ok(Response::json(200, &json!(items)).into())
}

/// The credentials of an `X-Registry-Auth` header (base64url JSON of
/// docker's AuthConfig); none when absent or empty.
fn registry_auth(req: &Request) -> Result<Option<Credentials>> {
    let Some(h) = req
        .header("x-registry-auth")
        .filter(|h| !h.trim().is_empty())
    else {
        return Ok(None);
    };
    let raw = h.trim().trim_end_matches('=');
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(raw)
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(raw))
        .map_err(|_| invalid("invalid X-Registry-Auth header: not base64"))?;
    let v: Value = serde_json::from_slice(&bytes)
        .map_err(|_| invalid("invalid X-Registry-Auth header: not JSON"))?;
    let user = v["username"].as_str().unwrap_or("");
    let token = v["identitytoken"].as_str().unwrap_or("");
    if !token.is_empty() {
        return Ok(Some(Credentials {
            username: user.to_string(),
            secret: Secret::IdentityToken(token.to_string()),
        }));
    }
    if user.is_empty() {
        return Ok(None);
    }
    Ok(Some(Credentials {
        username: user.to_string(),
        secret: Secret::Password(v["password"].as_str().unwrap_or("").to_string()),
    }))
}

fn registry_options(req: &Request) -> Result<crate::registry::client::ClientOptions> {
    Ok(crate::registry::client::ClientOptions {
        creds: registry_auth(req)?,
        ..Default::default()
    })
}

/// docker's progress messages from skiff's events: one JSON object per
/// line, by layer (`id` is the short digest).
struct Stream {
    out: super::http::Out,
    totals: Mutex<HashMap<String, u64>>,
    /// Every blob: Pulling fs layer, Downloading, Download complete
    /// (pull); Preparing, Pushing, Pushed (push).
    pull: bool,
}

impl Stream {
    fn send(&self, v: &Value) -> bool {
        let mut line = serde_json::to_vec(v).unwrap_or_default();
        line.extend_from_slice(b"\r\n");
        self.out.chunk(&line).is_ok()
    }

    fn short(d: &str) -> String {
        let hex = d.strip_prefix("sha256:").unwrap_or(d);
        hex[..12.min(hex.len())].to_string()
    }

    fn event(&self, e: Event) {
        match e {
            Event::Message(m) => {
                self.send(&json!({"status": m.trim_end()}));
            }
            Event::Start {
                kind, digest, size, ..
            } => {
                if kind == "config" {
                    return;
                }
                if let Ok(mut t) = self.totals.lock() {
                    t.insert(digest.clone(), 0);
                }
                let status = if self.pull {
                    "Pulling fs layer"
                } else {
                    "Preparing"
                };
                self.send(
                    &json!({"status": status, "progressDetail": {}, "id": Self::short(&digest)}),
                );
                let _ = size;
            }
            Event::Advance { digest, bytes } => {
                let current = match self.totals.lock() {
                    Ok(mut t) => match t.get_mut(&digest) {
                        Some(c) => {
                            *c += bytes;
                            *c
                        }
                        None => return,
                    },
                    Err(_) => return,
                };
                let status = if self.pull { "Downloading" } else { "Pushing" };
                self.send(&json!({
                    "status": status,
                    "progressDetail": {"current": current},
                    "id": Self::short(&digest),
                }));
            }
            Event::Status { digest, status } => {
                self.send(
                    &json!({"status": status, "progressDetail": {}, "id": Self::short(&digest)}),
                );
            }
            Event::Finish { digest, status, .. } => {
                let known = self.totals.lock().is_ok_and(|t| t.contains_key(&digest));
                if !known {
                    return;
                }
                let status = match (self.pull, status.as_str()) {
                    (true, s) if s.contains("exists") => "Already exists",
                    (true, _) => "Pull complete",
                    (false, s) if s.contains("exists") || s.contains("skipped") => {
                        "Layer already exists"
                    }
                    (false, _) => "Pushed",
                };
                self.send(
                    &json!({"status": status, "progressDetail": {}, "id": Self::short(&digest)}),
                );
            }
            Event::Abandon { .. } | Event::Summary { .. } => {}
        }
    }

    /// docker's error line (the head is out: errors go down the stream).
    fn error(&self, e: &anyhow::Error) {
        let msg = format!("{e:#}");
        self.send(&json!({"errorDetail": {"message": msg}, "error": msg}));
    }
}

/// Start a JSON progress stream.
fn progress_stream(req: &Request, conn: &Conn, pull: bool) -> Option<(Arc<Stream>, Progress)> {
    if !conn.stream_head(req, "application/json") {
        return None;
    }
    let s = Arc::new(Stream {
        out: conn.out.clone(),
        totals: Mutex::new(HashMap::new()),
        pull,
    });
    let sink = s.clone();
    Some((s, Progress::events(move |e| sink.event(e))))
}

/// The reference of `fromImage` and `tag` (a tag, or a digest).
fn reference(image: &str, tag: Option<&str>) -> String {
    match tag.filter(|t| !t.is_empty()) {
        Some(t) if t.contains(':') => format!("{image}@{t}"),
        Some(t) => format!("{image}:{t}"),
        None => image.to_string(),
    }
}

/// `POST /images/create`: pull `fromImage` (import from `fromSrc` is not
/// served yet).
fn create(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> Result<Reply> {
    let Some(image) = req.query("fromImage").filter(|i| !i.is_empty()) else {
        return match req.query("fromSrc") {
            Some("-") => import(ctx, req, conn),
            Some(_) => bail!(crate::error::classified(
                crate::error::Kind::NotImplemented,
                "importing from a URL is not supported by skiff: send the archive (fromSrc=-)"
            )),
            None => bail!(invalid("fromImage or fromSrc is required")),
        };
    };
    let name = reference(image, req.query("tag"));
    let e = ctx.engine()?;
    let platform = match req.query("platform").filter(|p| !p.is_empty()) {
        Some(p) => Some(
            crate::image::spec::Platform::parse(p).map_err(|err| invalid(format!("{err:#}")))?,
        ),
        None => None,
    };
    let pr = crate::engine::image::PullRequest {
        client: registry_options(req)?,
        platform,
        all_tags: false,
    };
    let before = e.image_list().ok().and_then(|l| {
        crate::image::store::find(&l, &name)
            .ok()
            .flatten()
            .map(|i| i.id.clone())
    });
    let Some((stream, progress)) = progress_stream(req, conn, true) else {
        return Ok(Reply::Closed);
    };
    match e.pull(&name, &pr, &progress) {
        Ok(images) => {
            if let Some(img) = images.first() {
                if let Some(d) = img.digests.first() {
                    let digest = d.rsplit('@').next().unwrap_or(d);
                    stream.send(&json!({"status": format!("Digest: {digest}")}));
                }
                let shown = img.names.first().cloned().unwrap_or_else(|| name.clone());
                let status = if before.as_ref() == Some(&img.id) {
                    format!("Status: Image is up to date for {shown}")
                } else {
                    format!("Status: Downloaded newer image for {shown}")
                };
                stream.send(&json!({"status": status}));
            }
        }
        Err(err) => stream.error(&err),
    }
    drop(progress);
    if conn.out.end_chunks().is_err() {
        return Ok(Reply::Closed);
    }
    Ok(Reply::Streamed)
}

/// `POST /images/{name}/push?tag=`.
fn push(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn, name: &str) -> Result<Reply> {
    let image = reference(name, req.query("tag"));
    let e = ctx.engine()?;
    let pr = crate::engine::image::PushRequest {
        image: image.clone(),
        client: registry_options(req)?,
        ..Default::default()
    };
    // A missing image is docker's 404, before the stream starts.
    if !e.image_exists(&image)? {
        bail!(crate::error::classified(
            crate::error::Kind::NotFound,
            format!("An image does not exist locally with the tag: {name}")
        ));
    }
    let Some((stream, progress)) = progress_stream(req, conn, false) else {
        return Ok(Reply::Closed);
    };
    let tag = image
        .rsplit_once(':')
        .filter(|(_, t)| !t.contains('/'))
        .map_or("latest", |(_, t)| t)
        .to_string();
    stream.send(&json!({"status": format!("The push refers to repository [{name}]")}));
    match e.push(&pr, &progress) {
        Ok(digests) => {
            if let Some(d) = digests.first() {
                let size = 0;
                // The line, then the details (docker's client prints no
                // message that has them).
                stream.send(&json!({"status": format!("{tag}: digest: {d} size: {size}"), "progressDetail": {}}));
                stream.send(&json!({
                    "progressDetail": {},
                    "aux": {"Tag": tag, "Digest": d.to_string(), "Size": size},
                }));
            }
        }
        Err(err) => stream.error(&err),
    }
    drop(progress);
    if conn.out.end_chunks().is_err() {
        return Ok(Reply::Closed);
    }
    Ok(Reply::Streamed)
}

/// `POST /auth`: check credentials against a registry (a login that
/// stores nothing, as docker's daemon does).
fn auth(req: &Request) -> Result<Reply> {
    let v = req.json()?;
    let server = v["serveraddress"].as_str().unwrap_or("").to_string();
    let user = v["username"].as_str().unwrap_or("").to_string();
    let pass = v["password"].as_str().unwrap_or("").to_string();
    if server.is_empty() {
        bail!(invalid("serveraddress is required"));
    }
    let host = server
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .trim_end_matches("/v1")
        .to_string();
    let creds = Credentials {
        username: user,
        secret: Secret::Password(pass),
    };
    let target = crate::engine::registry::auth_target(Some(&host), None)?;
    if crate::engine::registry::verify_login(&target, None, None, &creds)?
        == crate::engine::registry::Verified::Invalid
    {
        bail!(crate::error::classified(
            crate::error::Kind::Permission,
            format!("login attempt to {server} failed with status: 401 Unauthorized")
        ));
    }
    Ok(Response::json(
        200,
        &json!({"Status": "Login Succeeded", "IdentityToken": ""}),
    )
    .into())
}

/// `POST /commit?container=&repo=&tag=&comment=&author=&pause=&changes=`.
fn commit(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let Some(container) = req.query("container").filter(|c| !c.is_empty()) else {
        bail!(invalid("container is required"));
    };
    let reference = match req.query("repo").filter(|r| !r.is_empty()) {
        Some(r) => Some(
            crate::image::reference::Reference::parse_local(&reference(r, req.query("tag")))
                .map_err(|e| invalid(format!("{e:#}")))?,
        ),
        None => None,
    };
    let opts = crate::container::commit::CommitOptions {
        reference,
        author: req.query("author").map(str::to_string),
        message: req.query("comment").map(str::to_string),
        changes: req
            .query
            .iter()
            .filter(|(k, _)| k == "changes")
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
            .collect(),
        pause: req
            .query("pause")
            .is_none_or(|p| docker::bool_param(Some(p))),
        ..Default::default()
    };
    let img = ctx.engine()?.commit(container, &opts)?;
    Ok(Response::json(201, &json!({"Id": img.id.to_string()})).into())
}

/// `POST /images/create?fromSrc=-`: an image of the tarball in the body
/// (`docker import`), with `repo`, `tag`, `message` and `changes`.
fn import(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> Result<Reply> {
    let reference = match req.query("repo").filter(|r| !r.is_empty()) {
        Some(repo) => Some(
            crate::image::reference::Reference::parse_local(&reference(repo, req.query("tag")))
                .map_err(|e| invalid(format!("{e:#}")))?,
        ),
        None => None,
    };
    let opts = crate::image::import::ImportOptions {
        changes: req
            .query
            .iter()
            .filter(|(k, _)| k == "changes")
            .map(|(_, v)| v.clone())
            .collect(),
        message: req
            .query("message")
            .filter(|m| !m.is_empty())
            .map(str::to_string),
        reference,
        source_name: "-".into(),
        platform: crate::image::spec::Platform::default(),
    };
    let e = ctx.engine()?;
    let img = e.import(conn.body(req), &opts)?;
    let body = json!({"status": img.id.to_string()}).to_string() + "\n";
    Ok(Response::new(200, "application/json", body.into_bytes()).into())
}

/// `POST /images/load`: the images of a docker or OCI archive in the body,
/// reported as docker's `{"stream": "Loaded image: ..."}` lines.
fn load(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> Result<Reply> {
    let e = ctx.engine()?;
    let loaded = e.load(crate::image::archive::LoadSource::Reader(Box::new(
        conn.body(req),
    )))?;
    let mut body = String::new();
    for img in &loaded {
        let line = if img.names.is_empty() {
            format!("Loaded image ID: {}\n", img.id)
        } else {
            img.names
                .iter()
                .map(|n| format!("Loaded image: {n}\n"))
                .collect()
        };
        body.push_str(&json!({"stream": line}).to_string());
        body.push('\n');
    }
    Ok(Response::new(200, "application/json", body.into_bytes()).into())
}

/// `GET /images/{name}/get`, `GET /images/get?names=`: a docker archive
/// of the images, the body ending with the connection.
fn save(ctx: &Ctx<'_>, conn: &mut Conn, names: &[String]) -> Result<Reply> {
    if names.is_empty() {
        bail!(invalid("no image names given"));
    }
    let e = ctx.engine()?;
    let items = e.save_items(names)?;
    let Some(file) = conn.tar_head(None)? else {
        return Ok(Reply::Closed);
    };
    let out = std::io::BufWriter::with_capacity(256 * 1024, file);
    if let Err(err) = e.save(
        &items,
        crate::image::archive::SaveFormat::DockerArchive,
        out,
    ) {
        crate::warn!("saving {}: {err:#}", names.join(", "));
    }
    Ok(Reply::Closed)
}

/// `GET /distribution/{name}/json`: the registry's manifest of `name`.
fn distribution(req: &Request, name: &str) -> Result<Reply> {
    let m = crate::engine::registry::remote_manifest(&registry_options(req)?, name)?;
    let platforms: Vec<Value> = m
        .platforms
        .iter()
        .map(|p| {
            let mut v = json!({"architecture": p.architecture, "os": p.os});
            if let Some(var) = &p.variant {
                v["variant"] = json!(var);
            }
            v
        })
        .collect();
    Ok(Response::json(
        200,
        &json!({
            "Descriptor": {"mediaType": m.media_type, "digest": m.digest, "size": m.size},
            "Platforms": platforms,
        }),
    )
    .into())
}
