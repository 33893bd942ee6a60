//! Reading the event log: podman's filters, `--since` and `--until`, once
//! or following. Front-ends render the events (podman's lines, docker's
//! JSON) and wait between batches their own way.

use super::Engine;
use crate::error::{Kind, classified};
use crate::storage::events::{Event, Reader, Type};
use crate::util::time::Timestamp;
use anyhow::Result;

/// What to read.
#[derive(Clone, Debug, Default)]
pub struct EventsRequest {
    /// podman's `KEY=VALUE` filters.
    pub filters: Vec<String>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// Keep reading new events (until `until`, if given).
    pub stream: bool,
    /// Include what was logged before the request (podman's `events`
    /// does; docker's only with `since`).
    pub history: bool,
}

/// Parsed filters: values of one key are alternatives, keys all hold.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    keys: Vec<(String, Vec<String>)>,
}

/// The filter keys podman's `events` takes.
const KEYS: &[&str] = &[
    "container",
    "event",
    "image",
    "label",
    "network",
    "pod",
    "type",
    "volume",
];

impl EventFilter {
    pub fn parse(filters: &[String]) -> Result<EventFilter> {
        let mut keys: Vec<(String, Vec<String>)> = Vec::new();
        for f in filters {
            let Some((k, v)) = f.split_once('=') else {
                return Err(classified(
                    Kind::Invalid,
                    format!("{f:?} is an invalid filter"),
                ));
            };
            if !KEYS.contains(&k) {
                return Err(classified(
                    Kind::Invalid,
                    format!("{k} is an invalid filter"),
                ));
            }
            if k == "type" && Type::parse(v).is_none() {
                return Err(classified(
                    Kind::Invalid,
                    format!("{v} is an invalid event type"),
                ));
            }
            match keys.iter_mut().find(|(x, _)| x == k) {
                Some((_, vals)) => vals.push(v.to_string()),
                None => keys.push((k.to_string(), vec![v.to_string()])),
            }
        }
        Ok(EventFilter { keys })
    }

    pub fn matches(&self, e: &Event) -> bool {
        self.keys
            .iter()
            .all(|(k, vals)| vals.iter().any(|v| matches_one(k, v, e)))
    }
}

fn matches_one(key: &str, v: &str, e: &Event) -> bool {
    let id_or_name =
        |kind: Type| e.kind == kind && (e.name == v || (!v.is_empty() && e.id.starts_with(v)));
    match key {
        "container" => id_or_name(Type::Container),
        "event" => e.status == v,
        "image" => {
            (e.kind == Type::Container && e.image == v)
                || (e.kind == Type::Image
                    && (e.name == v || e.id.starts_with(v.trim_start_matches("sha256:"))))
        }
        "label" => {
            let (lk, lv) = v.split_once('=').unwrap_or((v, ""));
            e.attributes
                .get(lk)
                .is_some_and(|x| !v.contains('=') || x == lv)
        }
        "network" => id_or_name(Type::Network),
        "pod" => id_or_name(Type::Pod),
        "type" => e.kind.as_str() == v,
        "volume" => id_or_name(Type::Volume),
        _ => false,
    }
}

/// The events of a request, batch by batch.
pub struct EventStream {
    reader: Reader,
    filter: EventFilter,
    since: Option<Timestamp>,
    until: Option<Timestamp>,
    stream: bool,
    history: bool,
    first: bool,
}

impl EventStream {
    /// The events logged since the last call that pass the request (at
    /// first: those already logged).
    pub fn next_batch(&mut self) -> Vec<Event> {
        let first = std::mem::replace(&mut self.first, false);
        self.reader
            .read_new()
            .into_iter()
            .filter(|e| {
                let t = e.timestamp();
                (self.history || !first)
                    && self.since.is_none_or(|s| t >= s)
                    && self.until.is_none_or(|u| t <= u)
                    && self.filter.matches(e)
            })
            .collect()
    }

    /// Whether nothing more will come: not following, or past `until`.
    pub fn done(&self) -> bool {
        !self.stream || self.until.is_some_and(|u| Timestamp::now() > u)
    }
}

impl Engine {
    /// Read the event log as `r` asks.
    pub fn events(&self, r: &EventsRequest) -> Result<EventStream> {
        let filter = EventFilter::parse(&r.filters)?;
        Ok(EventStream {
            reader: Reader::new(self.paths()),
            filter,
            since: r.since,
            until: r.until,
            stream: r.stream,
            history: r.history || r.since.is_some(),
            first: true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_select_events() {
        let mut c = Event::named(Type::Container, "start", "abcdef", "web");
        c.image = "busybox".into();
        c.attributes.insert("tier".into(), "front".into());
        let img = Event::named(Type::Image, "pull", "1234", "busybox");
        let f = |v: &[&str]| {
            EventFilter::parse(&v.iter().map(ToString::to_string).collect::<Vec<_>>()).unwrap()
        };
        assert!(f(&[]).matches(&c));
        assert!(f(&["container=web"]).matches(&c));
        assert!(f(&["container=abc"]).matches(&c));
        assert!(!f(&["container=web"]).matches(&img));
        assert!(f(&["event=start", "event=die"]).matches(&c));
        assert!(!f(&["event=start", "type=image"]).matches(&c));
        assert!(f(&["image=busybox"]).matches(&c));
        assert!(f(&["image=busybox"]).matches(&img));
        assert!(f(&["label=tier"]).matches(&c));
        assert!(f(&["label=tier=front"]).matches(&c));
        assert!(!f(&["label=tier=back"]).matches(&c));
        assert!(EventFilter::parse(&["bogus=1".into()]).is_err());
        assert!(EventFilter::parse(&["type=thing".into()]).is_err());
        assert!(EventFilter::parse(&["noequals".into()]).is_err());
    }
}
