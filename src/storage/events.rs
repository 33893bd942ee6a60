//! The event log: what happened to containers, images, volumes and
//! networks, for `skiff events` and the API's `/events`.
//!
//! podman's `file` events backend: one JSON object per line in
//! `<runroot>/events/events.log` (on tmpfs: events go with a reboot, as
//! podman's do). Every skiff process appends its own events with one
//! `write` on an `O_APPEND` descriptor, so lines from processes writing at
//! once never interleave; readers take whole lines only (a line still being
//! written waits for the next read). A log past [`MAX_SIZE`] is rotated
//! under an exclusive lock: its newest half is kept, written to a new file
//! renamed over the old, so readers that follow it reopen it when its
//! inode changes. Failing to log never fails the operation (a warning in
//! debug output).

use super::StorePaths;
use crate::util::time::Timestamp;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::PathBuf;

/// Rotate the log once it is larger than this (podman's default
/// `events_logfile_max_size` is 1 MB).
pub const MAX_SIZE: u64 = 1_000_000;

/// What an event is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Type {
    Container,
    Image,
    Volume,
    Network,
    Pod,
    System,
}

impl Type {
    pub fn as_str(self) -> &'static str {
        match self {
            Type::Container => "container",
            Type::Image => "image",
            Type::Volume => "volume",
            Type::Network => "network",
            Type::Pod => "pod",
            Type::System => "system",
        }
    }

    pub fn parse(s: &str) -> Option<Type> {
        Some(match s {
            "container" => Type::Container,
            "image" => Type::Image,
            "volume" => Type::Volume,
            "network" => Type::Network,
            "pod" => Type::Pod,
            "system" => Type::System,
            _ => return None,
        })
    }
}

/// One event, as podman's file backend writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "ID", default)]
    pub id: String,
    #[serde(rename = "Image", default, skip_serializing_if = "String::is_empty")]
    pub image: String,
    #[serde(rename = "Name", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// What happened: `create`, `start`, `died`, `remove`, `pull`, ...
    #[serde(rename = "Status")]
    pub status: String,
    #[serde(rename = "Time")]
    pub time: String,
    #[serde(rename = "Type")]
    pub kind: Type,
    #[serde(
        rename = "ContainerExitCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exit_code: Option<i32>,
    /// podman's: the container's health after a check.
    #[serde(
        rename = "health_status",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<String>,
    #[serde(
        rename = "Attributes",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub attributes: BTreeMap<String, String>,
}

impl Event {
    /// An event of now.
    pub fn new(kind: Type, status: &str, id: &str) -> Event {
        Event {
            id: id.to_string(),
            image: String::new(),
            name: String::new(),
            status: status.to_string(),
            time: Timestamp::now().rfc3339_nano(),
            kind,
            exit_code: None,
            health_status: None,
            attributes: BTreeMap::new(),
        }
    }

    /// A container's event: its image and name, and its labels as
    /// attributes (docker and podman both put them there).
    pub fn container(status: &str, c: &crate::container::spec::ContainerConfig) -> Event {
        let mut e = Event::new(Type::Container, status, &c.id);
        e.image = if c.image_full_name.is_empty() {
            c.image.clone()
        } else {
            c.image_full_name.clone()
        };
        e.name.clone_from(&c.name);
        e.attributes = c.labels.clone();
        e
    }

    pub fn named(kind: Type, status: &str, id: &str, name: &str) -> Event {
        let mut e = Event::new(kind, status, id);
        e.name = name.to_string();
        e
    }

    pub fn timestamp(&self) -> Timestamp {
        Timestamp::parse_rfc3339(&self.time).unwrap_or_default()
    }
}

fn dir(paths: &StorePaths) -> PathBuf {
    paths.runroot.join("events")
}

/// The log file.
pub fn log_path(paths: &StorePaths) -> PathBuf {
    dir(paths).join("events.log")
}

/// Append `e` to the log (unless events are off). Never fails.
pub fn emit(paths: &StorePaths, e: &Event) {
    if !paths.events {
        return;
    }
    if let Err(err) = append(paths, e) {
        crate::debug!("writing the event log: {err:#}");
    }
}

fn append(paths: &StorePaths, e: &Event) -> Result<()> {
    super::ensure_dir(&dir(paths), 0o700)?;
    let mut line = serde_json::to_vec(e)?;
    line.push(b'\n');
    let path = log_path(paths);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(libc::O_CLOEXEC)
        .open(&path)
        .with_context(|| format!("opening {}", path.display()))?;
    f.write_all(&line).context("appending an event")?;
    if f.metadata().map_or(0, |m| m.len()) > MAX_SIZE {
        drop(f);
        rotate(paths)?;
    }
    Ok(())
}

/// Keep the newest half of the log, whole lines only.
fn rotate(paths: &StorePaths) -> Result<()> {
    let _lock = super::lock::lock(
        &dir(paths).join("events.lock"),
        super::lock::Mode::Exclusive,
    )?;
    let path = log_path(paths);
    let data = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    if (data.len() as u64) <= MAX_SIZE {
        return Ok(()); // another process rotated it
    }
    let cut = data.len() - (MAX_SIZE as usize) / 2;
    let start = data[cut..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(data.len(), |i| cut + i + 1);
    super::atomic::write(&path, &data[start..], 0o600)
}

/// A reader of the log from some point on, following it across
/// rotations.
pub struct Reader {
    path: PathBuf,
    file: Option<std::fs::File>,
    inode: u64,
    offset: u64,
    partial: Vec<u8>,
}

impl Reader {
    /// A reader from the log's start.
    pub fn new(paths: &StorePaths) -> Reader {
        Reader {
            path: log_path(paths),
            file: None,
            inode: 0,
            offset: 0,
            partial: Vec::new(),
        }
    }

    /// The events appended since the last call (all of them at first).
    /// Lines that do not parse are skipped.
    pub fn read_new(&mut self) -> Vec<Event> {
        // A rotated log is a new file: read it from its start.
        let inode = std::fs::metadata(&self.path).map_or(0, |m| m.ino());
        if inode != self.inode {
            self.file = std::fs::File::open(&self.path).ok();
            self.inode = inode;
            self.offset = 0;
            self.partial.clear();
        }
        let Some(f) = self.file.as_mut() else {
            return Vec::new();
        };
        let mut buf = Vec::new();
        if f.seek(SeekFrom::Start(self.offset)).is_err() || f.read_to_end(&mut buf).is_err() {
            return Vec::new();
        }
        self.offset += buf.len() as u64;
        self.partial.extend_from_slice(&buf);
        let Some(end) = self.partial.iter().rposition(|&b| b == b'\n') else {
            return Vec::new();
        };
        let whole: Vec<u8> = self.partial.drain(..=end).collect();
        whole
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(|l| serde_json::from_slice(l).ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(d: &std::path::Path) -> StorePaths {
        StorePaths {
            root: d.join("root"),
            runroot: d.join("run"),
            rootless: false,
            uid: 0,
            gid: 0,
            volumes: d.join("root/volumes"),
            driver: crate::storage::Driver::Overlay,
            mount_opts: Vec::new(),
            events: true,
        }
    }

    #[test]
    fn events_are_appended_read_and_rotated() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        let mut r = Reader::new(&p);
        assert!(r.read_new().is_empty());
        emit(&p, &Event::named(Type::Volume, "create", "v1", "v1"));
        let mut e = Event::new(Type::Container, "died", "abc");
        e.exit_code = Some(3);
        emit(&p, &e);
        let got = r.read_new();
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], e);
        // A half-written line waits for its end; garbage is skipped.
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(log_path(&p))
            .unwrap();
        f.write_all(b"not json\n{\"ID\":\"x\",\"Status\":\"pull\",\"Ti")
            .unwrap();
        assert!(r.read_new().is_empty());
        f.write_all(b"me\":\"2026-01-01T00:00:00Z\",\"Type\":\"image\"}\n")
            .unwrap();
        assert_eq!(r.read_new()[0].status, "pull");
        // Rotation keeps the newest events, whole.
        for i in 0..20_000 {
            emit(&p, &Event::new(Type::Image, "tag", &format!("{i:064}")));
        }
        let size = std::fs::metadata(log_path(&p)).unwrap().len();
        assert!(size <= MAX_SIZE, "{size}");
        let all = Reader::new(&p).read_new();
        assert_eq!(all.last().unwrap().id, format!("{:064}", 19_999));
        // Off: nothing written.
        let mut off = p.clone();
        off.events = false;
        off.runroot = d.path().join("run2");
        emit(&off, &e);
        assert!(!log_path(&off).exists());
    }
}
