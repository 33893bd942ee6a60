//! What a pull or push shows while it works, on stderr.
//!
//! On a terminal: one bar per blob, docker-style
//! (`3f4d90098f5b: Downloading [=====>    ] 12.3MB/45.6MB`). Otherwise:
//! podman's lines (`Copying blob sha256:... done`), one per blob when it
//! is finished, and a summary. With `-q`: nothing. For a front-end that
//! renders progress itself (docker's JSON progress messages of the REST
//! API), [`Progress::events`]: every step as an [`Event`].

use crate::image::digest::Digest;
use crate::util::units::human_size;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Quiet,
    Lines,
    Bars,
    /// Every step to a callback, nothing printed.
    Events,
}

/// One step of a pull or push, for [`Progress::events`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A line of its own ("Trying to pull ...").
    Message(String),
    /// A blob (or the config) starts: `verb` is "Downloading", "Pushing".
    Start {
        kind: &'static str,
        digest: String,
        size: u64,
        verb: String,
    },
    /// `bytes` more of it moved.
    Advance { digest: String, bytes: u64 },
    /// Its state changed ("Extracting", ...).
    Status { digest: String, status: String },
    /// It is finished: "done", "skipped: already exists", ...
    Finish {
        digest: String,
        status: String,
        bytes: u64,
    },
    /// It failed or was cancelled.
    Abandon { digest: String },
    /// The end: blobs and bytes moved.
    Summary {
        verb: String,
        what: String,
        blobs: u64,
        bytes: u64,
    },
}

type Sink = Box<dyn Fn(Event) + Send + Sync>;

pub struct Progress {
    mode: Mode,
    multi: Option<MultiProgress>,
    started: Instant,
    totals: Mutex<(u64, u64)>,
    sink: Option<Sink>,
}

/// One blob's line or bar.
pub struct Item<'p> {
    progress: &'p Progress,
    bar: Option<ProgressBar>,
    label: String,
    kind: &'static str,
}

impl Progress {
    /// Bars when stderr is a terminal, lines otherwise, nothing when quiet.
    pub fn new(quiet: bool) -> Progress {
        // Bars need a terminal that can move the cursor (indicatif draws
        // nothing when TERM is unset or dumb).
        let capable = std::env::var("TERM").is_ok_and(|t| !t.is_empty() && t != "dumb");
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() && capable {
            Mode::Bars
        } else {
            Mode::Lines
        };
        Progress::with_mode(mode)
    }

    pub fn with_mode(mode: Mode) -> Progress {
        let multi = (mode == Mode::Bars)
            .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(10)));
        Progress {
            mode,
            multi,
            started: Instant::now(),
            totals: Mutex::new((0, 0)),
            sink: None,
        }
    }

    /// Every step to `sink` (called from the threads that do the work).
    pub fn events(sink: impl Fn(Event) + Send + Sync + 'static) -> Progress {
        Progress {
            sink: Some(Box::new(sink)),
            ..Progress::with_mode(Mode::Events)
        }
    }

    fn emit(&self, e: Event) {
        if let Some(s) = &self.sink {
            s(e);
        }
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// A line of its own ("Trying to pull ...").
    pub fn message(&self, text: &str) {
        match (&self.multi, self.mode) {
            (_, Mode::Quiet) => {}
            (_, Mode::Events) => self.emit(Event::Message(text.to_string())),
            (Some(m), _) => {
                let _ = m.println(text);
            }
            (None, _) => crate::log::status(text),
        }
    }

    /// Start showing a blob (`kind` is "blob" or "config").
    pub fn item(&self, kind: &'static str, digest: &Digest, size: u64, verb: &str) -> Item<'_> {
        self.emit(Event::Start {
            kind,
            digest: digest.to_string(),
            size,
            verb: verb.to_string(),
        });
        let bar = self.multi.as_ref().map(|m| {
            let style = ProgressStyle::with_template(
                "{prefix}: {msg:<11} [{bar:30}] {bytes}/{total_bytes}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            let b = m.add(ProgressBar::new(size));
            b.set_style(style);
            b.set_prefix(digest.hex()[..12].to_string());
            b.set_message(verb.to_string());
            b
        });
        Item {
            progress: self,
            bar,
            label: digest.to_string(),
            kind,
        }
    }

    /// The closing line: how much moved, how fast.
    pub fn summary(&self, verb: &str, what: &str) {
        let (blobs, bytes) = self.totals.lock().map_or((0, 0), |t| *t);
        if self.mode == Mode::Events {
            self.emit(Event::Summary {
                verb: verb.to_string(),
                what: what.to_string(),
                blobs,
                bytes,
            });
        }
        if self.mode != Mode::Lines {
            return;
        }
        let secs = self.started.elapsed().as_secs_f64();
        self.message(&format!(
            "{verb} {what}: {blobs} blob(s), {} in {secs:.1}s",
            human_size(bytes)
        ));
    }
}

impl Item<'_> {
    pub fn inc(&self, n: u64) {
        if self.progress.sink.is_some() {
            self.progress.emit(Event::Advance {
                digest: self.label.clone(),
                bytes: n,
            });
        }
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    pub fn set_message(&self, m: &str) {
        self.progress.emit(Event::Status {
            digest: self.label.clone(),
            status: m.to_string(),
        });
        if let Some(b) = &self.bar {
            b.set_message(m.to_string());
        }
    }

    /// Finished: `status` is "done", "skipped: already exists", ...
    pub fn finish(self, status: &str, bytes: u64) {
        self.progress.emit(Event::Finish {
            digest: self.label.clone(),
            status: status.to_string(),
            bytes,
        });
        if let Ok(mut t) = self.progress.totals.lock() {
            t.0 += 1;
            t.1 += bytes;
        }
        match &self.bar {
            Some(b) => {
                let word = match status {
                    "done" if self.kind == "config" => "Done",
                    "done" => "Complete",
                    s if s.starts_with("skipped") => "Exists",
                    s => s,
                };
                b.set_message(word.to_string());
                b.finish();
            }
            None => {
                if self.progress.mode == Mode::Lines {
                    self.progress
                        .message(&format!("Copying {} {} {status}", self.kind, self.label));
                }
            }
        }
    }

    /// Failed or cancelled: take the bar away.
    pub fn abandon(self) {
        self.progress.emit(Event::Abandon {
            digest: self.label.clone(),
        });
        if let Some(b) = &self.bar {
            b.abandon_with_message("Failed");
        }
    }
}
