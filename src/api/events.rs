//! `GET /events`: the event log as docker's stream of JSON messages.

use super::http::Request;
use super::{Conn, Ctx, Reply, docker, stream};
use crate::engine::events::EventsRequest;
use crate::storage::events::{Event, Type};
use crate::util::time::Timestamp;
use anyhow::Result;
use serde_json::{Value, json};

/// How often a following stream looks for new events.
const POLL_MS: u16 = 100;

pub(super) fn events(ctx: &Ctx<'_>, req: &Request, conn: &mut Conn) -> Result<Reply> {
    let time = |k: &str| -> Result<Option<Timestamp>> {
        match req.query(k).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => Timestamp::parse_user_time(v)
                .map(Some)
                .ok_or_else(|| docker::invalid(format!("invalid {k} value {v:?}"))),
        }
    };
    let filters = docker::request_filters(req)?
        .into_iter()
        .map(|f| podman_filter(&f))
        .collect();
    let r = EventsRequest {
        filters,
        since: time("since")?,
        until: time("until")?,
        stream: true,
        history: false,
    };
    let mut events = ctx.engine()?.events(&r)?;
    if !conn.stream_head(req, "application/json") {
        return Ok(Reply::Closed);
    }
    loop {
        for e in events.next_batch() {
            let mut line = serde_json::to_vec(&message(&e)).unwrap_or_default();
            line.push(b'\n');
            if conn.out.chunk(&line).is_err() {
                return Ok(Reply::Closed);
            }
        }
        if events.done() {
            return Ok(if conn.out.end_chunks().is_ok() {
                Reply::Streamed
            } else {
                Reply::Closed
            });
        }
        if stream::client_gone(conn, POLL_MS) {
            return Ok(Reply::Closed);
        }
    }
}

/// A docker filter (`event=die`) in podman's words (`event=died`).
fn podman_filter(f: &str) -> String {
    match f.split_once('=') {
        Some(("event", v)) => format!("event={}", podman_status(v)),
        _ => f.to_string(),
    }
}

fn podman_status(docker: &str) -> &str {
    match docker {
        "die" => "died",
        "destroy" | "delete" => "remove",
        "load" => "loadfromarchive",
        other => other,
    }
}

/// podman's status as docker's action.
fn action(e: &Event) -> String {
    match (e.kind, e.status.as_str()) {
        (_, "died") => "die".into(),
        (Type::Image, "remove") => "delete".into(),
        (_, "remove") => "destroy".into(),
        (_, "loadfromarchive") => "load".into(),
        (_, "exec") => format!(
            "exec_start: {}",
            e.attributes.get("execCommand").map_or("", String::as_str)
        ),
        (_, "health_status") => format!(
            "health_status: {}",
            e.health_status.as_deref().unwrap_or_default()
        ),
        (_, s) => s.to_string(),
    }
}

/// docker's events message.
fn message(e: &Event) -> Value {
    let t = e.timestamp();
    let action = action(e);
    let mut attrs: serde_json::Map<String, Value> = e
        .attributes
        .iter()
        .filter(|(k, _)| k.as_str() != "execCommand")
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    let id = match e.kind {
        Type::Volume => e.name.clone(),
        Type::Image if !e.id.is_empty() => format!("sha256:{}", e.id),
        _ => e.id.clone(),
    };
    match e.kind {
        Type::Container => {
            attrs.insert("image".into(), json!(e.image));
            attrs.insert("name".into(), json!(e.name));
            if let Some(code) = e.exit_code {
                attrs.insert("exitCode".into(), json!(code.to_string()));
            }
        }
        _ if !e.name.is_empty() => {
            attrs.insert("name".into(), json!(e.name));
        }
        _ => {}
    }
    let mut m = json!({
        "Type": e.kind.as_str(),
        "Action": action,
        "Actor": {"ID": id, "Attributes": attrs},
        "scope": "local",
        "time": t.secs,
        "timeNano": i128::from(t.secs) * 1_000_000_000 + i128::from(t.nanos),
    });
    // The fields of API versions before 1.22, which clients still read.
    if matches!(e.kind, Type::Container | Type::Image) {
        m["status"] = json!(action);
        m["id"] = json!(id);
        if e.kind == Type::Container {
            m["from"] = json!(e.image);
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_read_as_docker_messages() {
        let mut e = Event::named(Type::Container, "died", "abc", "web");
        e.image = "busybox".into();
        e.exit_code = Some(3);
        let m = message(&e);
        assert_eq!(m["Action"], "die");
        assert_eq!(m["status"], "die");
        assert_eq!(m["Actor"]["Attributes"]["exitCode"], "3");
        assert_eq!(m["Actor"]["Attributes"]["name"], "web");
        assert_eq!(m["from"], "busybox");
        let v = Event::named(Type::Volume, "remove", "data", "data");
        assert_eq!(message(&v)["Action"], "destroy");
        assert_eq!(message(&v)["Actor"]["ID"], "data");
        assert!(message(&v).get("status").is_none());
        assert_eq!(podman_filter("event=die"), "event=died");
        assert_eq!(podman_filter("type=container"), "type=container");
    }
}
