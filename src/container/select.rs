//! Which containers a command acts on: names and IDs as given, `--all`,
//! `--latest`, `--filter`, `--cidfile` (podman's selection rules), and the
//! `ps` filters they share.

use super::{ContainerConfig, ContainerState, ContainerStore, IndexEntry, Status};
use crate::error::{Kind, classified};
use crate::image::store::ImageRecord;
use anyhow::{Result, anyhow, bail};
use std::path::PathBuf;

/// podman's `--filter` for containers. Values of one key are alternatives
/// (OR), different keys must all match (AND); `label` values must all
/// match.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    status: Vec<String>,
    name: Vec<regex::Regex>,
    id: Vec<String>,
    label: Vec<(String, Option<String>, bool)>,
    ancestor: Vec<String>,
    exited: Vec<i32>,
    before: Vec<String>,
    since: Vec<String>,
    until: Vec<crate::util::time::Timestamp>,
    volume: Vec<String>,
    network: Vec<String>,
    /// starting, healthy, unhealthy, or none (no healthcheck).
    health: Vec<String>,
}

/// The state names podman knows (for `status=` and `wait --condition`).
pub const STATES: &[&str] = &[
    "created",
    "running",
    "paused",
    "exited",
    "stopped",
    "stopping",
    "restarting",
    "removing",
    "dead",
    "configured",
    "unknown",
];

impl Filters {
    pub fn parse(specs: &[String]) -> Result<Filters> {
        let mut f = Filters::default();
        for s in specs {
            let (k, v) = s.split_once('=').ok_or_else(|| {
                classified(
                    Kind::Invalid,
                    format!("invalid filter {s:?}: want key=value"),
                )
            })?;
            match k {
                "status" => {
                    if !STATES.contains(&v) {
                        bail!(classified(
                            Kind::Invalid,
                            format!(
                                "{v} is not a valid status: must be one of {}",
                                STATES.join(", ")
                            )
                        ));
                    }
                    f.status.push(v.into());
                }
                "name" => f.name.push(regex::Regex::new(v).map_err(|e| {
                    classified(Kind::Invalid, format!("invalid name filter {v:?}: {e}"))
                })?),
                "id" => f.id.push(v.into()),
                "label" | "label!" => {
                    let neg = k == "label!";
                    f.label.push(match v.split_once('=') {
                        Some((a, b)) => (a.into(), Some(b.into()), neg),
                        None => (v.into(), None, neg),
                    });
                }
                "ancestor" => f.ancestor.push(v.into()),
                "exited" => f.exited.push(v.parse().map_err(|_| {
                    classified(
                        Kind::Invalid,
                        format!("exited code out of range {v:?}: must be an integer"),
                    )
                })?),
                "before" => f.before.push(v.into()),
                "since" => f.since.push(v.into()),
                "until" => {
                    f.until
                        .push(crate::util::time::Timestamp::parse_user_time(v).ok_or_else(
                            || classified(Kind::Invalid, format!("invalid until filter {v:?}")),
                        )?);
                }
                "volume" => f.volume.push(v.into()),
                "network" => f.network.push(v.into()),
                "health" => f.health.push(v.into()),
                _ => bail!(classified(
                    Kind::Invalid,
                    format!(
                        "invalid filter {k:?}: supported filters are ancestor, before, exited, health, id, label, name, network, since, status, until, volume"
                    )
                )),
            }
        }
        Ok(f)
    }

    pub fn is_empty(&self) -> bool {
        self.status.is_empty()
            && self.name.is_empty()
            && self.id.is_empty()
            && self.label.is_empty()
            && self.ancestor.is_empty()
            && self.exited.is_empty()
            && self.before.is_empty()
            && self.since.is_empty()
            && self.until.is_empty()
            && self.volume.is_empty()
            && self.network.is_empty()
            && self.health.is_empty()
    }

    /// Whether a filter asks for containers that are not running (so that
    /// `ps` without `-a` lists them).
    pub fn wants_stopped(&self) -> bool {
        !self.status.is_empty() || !self.exited.is_empty()
    }

    /// Does the container pass? `index` resolves before/since, `images`
    /// ancestors.
    pub fn matches(
        &self,
        c: &ContainerConfig,
        st: &ContainerState,
        index: &[IndexEntry],
        images: &[ImageRecord],
    ) -> Result<bool> {
        let status = st.status.as_str();
        if !self.status.is_empty()
            && !self.status.iter().any(|s| {
                s == status
                    || (s == "stopped" && st.status == Status::Exited)
                    || (s == "configured" && st.status == Status::Created)
            })
        {
            return Ok(false);
        }
        if !self.name.is_empty() && !self.name.iter().any(|r| r.is_match(&c.name)) {
            return Ok(false);
        }
        if !self.id.is_empty() && !self.id.iter().any(|i| c.id.starts_with(i.as_str())) {
            return Ok(false);
        }
        for (k, v, neg) in &self.label {
            let hit = match v {
                Some(v) => c.labels.get(k) == Some(v),
                None => c.labels.contains_key(k),
            };
            if hit == *neg {
                return Ok(false);
            }
        }
        if !self.ancestor.is_empty()
            && !self.ancestor.iter().any(|an| {
                *an == c.image
                    || c.image_id
                        .hex()
                        .starts_with(an.trim_start_matches("sha256:"))
                    || crate::image::store::find(images, an)
                        .ok()
                        .flatten()
                        .is_some_and(|i| i.id == c.image_id)
            })
        {
            return Ok(false);
        }
        if !self.health.is_empty() {
            let h = st
                .health
                .as_ref()
                .map(|h| h.status.as_str())
                .filter(|h| !h.is_empty() && c.healthcheck.is_some())
                .unwrap_or("none");
            if !self.health.iter().any(|x| x == h) {
                return Ok(false);
            }
        }
        if !self.exited.is_empty()
            && (st.status != Status::Exited || !self.exited.contains(&st.exit_code))
        {
            return Ok(false);
        }
        let created_of = |name: &str| -> Result<String> {
            super::find_in(index, name)?
                .map(|e| e.created.clone())
                .ok_or_else(|| super::no_such_container(name))
        };
        for b in &self.before {
            if c.created >= created_of(b)? {
                return Ok(false);
            }
        }
        for s in &self.since {
            if c.created <= created_of(s)? {
                return Ok(false);
            }
        }
        if !self.until.is_empty() {
            let created =
                crate::util::time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
            if !self.until.iter().any(|u| created < *u) {
                return Ok(false);
            }
        }
        if !self.volume.is_empty()
            && !self.volume.iter().any(|v| {
                c.mounts
                    .iter()
                    .any(|m| m.source == *v || m.destination == *v)
            })
        {
            return Ok(false);
        }
        if !self.network.is_empty()
            && !self
                .network
                .iter()
                .any(|n| c.net.networks.iter().any(|r| r.name == *n) || c.network == *n)
        {
            return Ok(false);
        }
        Ok(true)
    }
}

/// What a command was asked to act on.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// Names or IDs as given.
    pub names: Vec<String>,
    pub all: bool,
    /// The most recently created container.
    pub latest: bool,
    pub filters: Vec<String>,
    /// Files holding a container ID each (`--cidfile`).
    pub cidfiles: Vec<PathBuf>,
    /// Names that do not exist are skipped (`--ignore`).
    pub ignore: bool,
}

/// One container a command acts on.
#[derive(Clone, Debug)]
pub struct Target {
    pub entry: IndexEntry,
    /// How to name it in output: what the user typed, else the full ID
    /// (podman prints IDs for --all, --latest and --filter).
    pub label: String,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
            && !self.all
            && !self.latest
            && self.filters.is_empty()
            && self.cidfiles.is_empty()
    }
}

/// Resolve a selection. Every name is looked up before anything is done
/// (podman fails on the first unknown name and acts on none); with
/// `ignore`, unknown names and unreadable cidfiles are skipped. `keep`
/// limits `--all`/`--filter` to containers in a usable state (e.g. running
/// ones for `stop`).
pub fn select(
    cs: &ContainerStore,
    images: &[ImageRecord],
    sel: &Selection,
    keep: impl Fn(&ContainerState) -> bool,
) -> Result<Vec<Target>> {
    let mut out: Vec<Target> = Vec::new();
    let push = |out: &mut Vec<Target>, t: Target| {
        if !out.iter().any(|x| x.entry.id == t.entry.id) {
            out.push(t);
        }
    };
    for n in &sel.names {
        match cs.find(n) {
            Ok(e) => push(
                &mut out,
                Target {
                    entry: e,
                    label: n.clone(),
                },
            ),
            Err(e) if sel.ignore && crate::error::is_not_found(&e) => {}
            Err(e) => return Err(e),
        }
    }
    for f in &sel.cidfiles {
        let id = match std::fs::read_to_string(f) {
            Ok(t) => t.trim().to_string(),
            Err(_) if sel.ignore => continue,
            Err(e) => bail!(classified(
                Kind::Invalid,
                format!(
                    "reading CIDFile: open {}: {}",
                    f.display(),
                    crate::error::io_reason(&e)
                )
            )),
        };
        match cs.find(&id) {
            Ok(e) => push(
                &mut out,
                Target {
                    label: e.id.clone(),
                    entry: e,
                },
            ),
            Err(e) if sel.ignore && crate::error::is_not_found(&e) => {}
            Err(e) => return Err(e),
        }
    }
    if sel.all || sel.latest || !sel.filters.is_empty() {
        let filters = Filters::parse(&sel.filters)?;
        let index = cs.list()?;
        let mut picked = Vec::new();
        for e in &index {
            let (Ok(c), Ok(st)) = (cs.config(&e.id), super::ops::state(cs, &e.id)) else {
                continue;
            };
            if !filters.matches(&c, &st, &index, images)? {
                continue;
            }
            // Named filters choose among every container; --all alone among
            // those the command can act on.
            if filters.is_empty() && !keep(&st) {
                continue;
            }
            picked.push(e.clone());
        }
        if sel.latest {
            // The list is newest first.
            picked.truncate(1);
            if picked.is_empty() && sel.names.is_empty() {
                bail!(classified(Kind::NotFound, "no containers to act on"));
            }
        }
        for e in picked {
            push(
                &mut out,
                Target {
                    label: e.id.clone(),
                    entry: e,
                },
            );
        }
    }
    Ok(out)
}

/// A `--cidfile` that names no container: one clear error.
pub fn no_containers_given(cmd: &str) -> anyhow::Error {
    classified(
        Kind::Invalid,
        format!(
            "you must provide at least one name or id (or --all, --latest, --cidfile) to {cmd}"
        ),
    )
}

/// The containers that share a namespace of `id` (`--network
/// container:ID`): they must go before it.
pub fn dependents(cs: &ContainerStore, id: &str) -> Result<Vec<String>> {
    let needle = format!("container:{id}");
    let mut out = Vec::new();
    for e in cs.list()? {
        if e.id == id {
            continue;
        }
        if cs.config(&e.id).is_ok_and(|c| c.network == needle) {
            out.push(e.id);
        }
    }
    Ok(out)
}

/// An error when a command needs exactly one container but got none.
pub fn need_one(cmd: &str) -> anyhow::Error {
    anyhow!(classified(
        Kind::Invalid,
        format!("{cmd} requires a container name or ID (or --latest)")
    ))
}
