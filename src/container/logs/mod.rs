//! Container logs and their drivers. The monitor feeds a [`LogWriter`]
//! the container's output; it cuts it into records (one per line, long
//! lines in 16 KiB parts, as docker) and hands them to the driver:
//!
//! * `json-file`: docker's format, one JSON object per line
//!   (`{"log":"...","stream":"stdout","time":"<RFC 3339 nanoseconds>"}`);
//!   `k8s-file`: the CRI format podman uses (`<time> stdout F <text>`);
//!   both with rotation ([`file`]).
//! * `journald` ([`journald`]), `syslog` ([`syslog`]), `fluentd`
//!   ([`fluentd`]): sent to a peer through [`net::Sender`], which never
//!   blocks the monitor: a bounded queue, retries on later writes and
//!   ticks, counted drops.
//! * `none`, `passthrough` (the container's stdio is the caller's; the
//!   monitor sees no output).
//!
//! [`options`] checks drivers and `--log-opt`s at create.

pub mod file;
pub mod fluentd;
pub mod journald;
pub mod net;
pub mod options;
pub mod syslog;

use crate::util::time::Timestamp;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    pub fn as_str(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

#[derive(Serialize, Deserialize)]
struct JsonLine<'a> {
    log: std::borrow::Cow<'a, str>,
    stream: std::borrow::Cow<'a, str>,
    time: std::borrow::Cow<'a, str>,
}

/// docker splits long lines into 16 KiB records.
const MAX_RECORD: usize = 16 * 1024;

/// What a writer knows about its container beyond the options: for tag
/// templates and docker's extra attributes.
#[derive(Clone, Debug, Default)]
pub struct WriterContext {
    pub info: options::TagInfo,
    pub labels: std::collections::BTreeMap<String, String>,
    pub env: Vec<String>,
}

enum Sink {
    File {
        sink: file::FileSink,
        k8s: bool,
    },
    Journald {
        sender: net::Sender,
        common: journald::Common,
    },
    Syslog {
        sender: net::Sender,
        format: options::SyslogFormat,
        facility: u8,
        tag: String,
        hostname: String,
    },
    Fluentd {
        sender: net::Sender,
        tag: String,
        id: String,
        name: String,
        sub_second: bool,
        extra: Vec<(String, String)>,
    },
    None,
}

/// Turns a stream of output chunks into log records, one per line, for
/// the container's driver.
pub struct LogWriter {
    sink: Sink,
    partial: [Vec<u8>; 2],
}

impl LogWriter {
    /// A writer for `driver` with no options (tests, and old records).
    pub fn open(path: &Path, driver: &str) -> Result<LogWriter> {
        LogWriter::with_options(path, driver, &Default::default(), &WriterContext::default())
    }

    /// The writer a container's record asks for.
    pub fn for_container(
        path: &Path,
        c: &crate::container::spec::ContainerConfig,
    ) -> Result<LogWriter> {
        let ctx = WriterContext {
            info: options::TagInfo {
                id: c.id.clone(),
                name: c.name.clone(),
                image_name: c.image.clone(),
                image_id: c.image_id.to_string(),
            },
            labels: c.labels.clone(),
            env: c.process.env.clone(),
        };
        LogWriter::with_options(path, &c.log_driver, &c.log_opts, &ctx)
    }

    pub fn with_options(
        path: &Path,
        driver: &str,
        opts: &std::collections::BTreeMap<String, String>,
        ctx: &WriterContext,
    ) -> Result<LogWriter> {
        use options::Settings;
        let parsed = options::parse(driver, opts)?;
        let tag = options::render_tag(&parsed.tag, &ctx.info)?;
        let extra = options::extra_attributes(opts, &ctx.labels, &ctx.env);
        let sink = match parsed.settings {
            Settings::File {
                k8s,
                max_size,
                max_file,
                compress,
            } => Sink::File {
                sink: file::FileSink::open(path, max_size, max_file, compress)?,
                k8s,
            },
            Settings::Journald => Sink::Journald {
                sender: net::Sender::journal(Path::new(journald::SOCKET)),
                common: journald::Common::new(&ctx.info, &tag, &extra),
            },
            Settings::Syslog {
                address,
                facility,
                format,
            } => Sink::Syslog {
                sender: net::Sender::new(
                    "syslog",
                    &address,
                    options::DEFAULT_BUFFER,
                    std::time::Duration::from_secs(1),
                    u64::MAX,
                ),
                format,
                facility,
                tag,
                hostname: nix::unistd::gethostname()
                    .map_or_else(|_| "localhost".into(), |h| h.to_string_lossy().into_owned()),
            },
            Settings::Fluentd {
                address,
                buffer_limit,
                retry_wait,
                max_retries,
                sub_second,
            } => Sink::Fluentd {
                sender: net::Sender::new(
                    "fluentd",
                    &address,
                    buffer_limit,
                    retry_wait,
                    max_retries,
                ),
                tag,
                id: ctx.info.id.clone(),
                name: ctx.info.name.clone(),
                sub_second,
                extra,
            },
            Settings::None | Settings::Passthrough => Sink::None,
        };
        Ok(LogWriter {
            sink,
            partial: [Vec::new(), Vec::new()],
        })
    }

    /// The descriptors the writer holds (kept across the monitor's fd
    /// sweep; closed in the container).
    pub fn fds(&self) -> Vec<std::os::fd::RawFd> {
        use std::os::fd::AsRawFd;
        match &self.sink {
            Sink::File { sink, .. } => vec![sink.file().as_raw_fd()],
            Sink::Journald { sender, .. }
            | Sink::Syslog { sender, .. }
            | Sink::Fluentd { sender, .. } => sender.fd().into_iter().collect(),
            Sink::None => Vec::new(),
        }
    }

    fn sender(&mut self) -> Option<&mut net::Sender> {
        match &mut self.sink {
            Sink::Journald { sender, .. }
            | Sink::Syslog { sender, .. }
            | Sink::Fluentd { sender, .. } => Some(sender),
            Sink::File { .. } | Sink::None => None,
        }
    }

    /// Add output; complete lines become records.
    pub fn write(&mut self, stream: Stream, data: &[u8]) {
        if matches!(self.sink, Sink::None) {
            return;
        }
        let i = stream as usize;
        let mut buf = std::mem::take(&mut self.partial[i]);
        buf.extend_from_slice(data);
        let mut start = 0;
        let mut out = Vec::new();
        while let Some(nl) = buf[start..].iter().position(|&b| b == b'\n') {
            self.record(&mut out, stream, &buf[start..=start + nl], false);
            start += nl + 1;
        }
        while buf.len() - start >= MAX_RECORD {
            self.record(&mut out, stream, &buf[start..start + MAX_RECORD], true);
            start += MAX_RECORD;
        }
        self.partial[i] = buf[start..].to_vec();
        self.emit(&out);
    }

    /// Write out any partial lines (at exit).
    pub fn flush(&mut self) {
        let mut out = Vec::new();
        for (i, stream) in [Stream::Stdout, Stream::Stderr].into_iter().enumerate() {
            let rest = std::mem::take(&mut self.partial[i]);
            if !rest.is_empty() {
                self.record(&mut out, stream, &rest, true);
            }
        }
        self.emit(&out);
    }

    /// Retry what waits for a peer (the monitor calls this when
    /// [`LogWriter::next_tick`] says so).
    pub fn tick(&mut self) {
        if let Some(s) = self.sender() {
            s.tick();
        }
    }

    /// How soon `tick` should run; `None` when nothing waits.
    pub fn next_tick(&self) -> Option<std::time::Duration> {
        match &self.sink {
            Sink::Journald { sender, .. }
            | Sink::Syslog { sender, .. }
            | Sink::Fluentd { sender, .. } => sender.next_tick(),
            Sink::File { .. } | Sink::None => None,
        }
    }

    /// The container is gone: flush, a last short delivery attempt, and a
    /// report of what was dropped (to be printed), if anything was.
    pub fn close(&mut self) -> Option<String> {
        self.flush();
        self.sender().and_then(net::Sender::close)
    }

    fn record(&mut self, out: &mut Vec<u8>, stream: Stream, line: &[u8], partial: bool) {
        let now = Timestamp::now();
        let text = line.strip_suffix(b"\n").unwrap_or(line);
        match &mut self.sink {
            Sink::File { k8s: false, .. } => {
                let rec = JsonLine {
                    log: String::from_utf8_lossy(line),
                    stream: stream.as_str().into(),
                    time: now.rfc3339_nano().into(),
                };
                if serde_json::to_writer(&mut *out, &rec).is_ok() {
                    out.push(b'\n');
                }
            }
            Sink::File { k8s: true, .. } => {
                let _ = write!(
                    out,
                    "{} {} {} ",
                    now.rfc3339_nano_fixed(),
                    stream.as_str(),
                    if partial { "P" } else { "F" }
                );
                out.extend_from_slice(text);
                out.push(b'\n');
            }
            Sink::Journald { sender, common } => {
                sender.push(common.entry(stream, text, partial));
            }
            Sink::Syslog {
                sender,
                format,
                facility,
                tag,
                hostname,
            } => {
                let severity = if stream == Stream::Stderr { 3 } else { 6 };
                let (offset, _) = crate::runtime::sys::local_offset(now.secs);
                sender.push(syslog::format(
                    *format,
                    *facility * 8 + severity,
                    now,
                    offset,
                    hostname,
                    tag,
                    std::process::id(),
                    text,
                ));
            }
            Sink::Fluentd {
                sender,
                tag,
                id,
                name,
                sub_second,
                extra,
            } => {
                sender.push(fluentd::entry(
                    tag,
                    now,
                    *sub_second,
                    id,
                    name,
                    stream,
                    text,
                    partial,
                    extra,
                ));
            }
            Sink::None => {}
        }
    }

    fn emit(&mut self, out: &[u8]) {
        if out.is_empty() {
            return;
        }
        if let Sink::File { sink, .. } = &mut self.sink {
            sink.write(out);
        }
    }
}

/// Reads a container's log back, for the drivers that can.
pub enum Reader {
    File(file::Follower),
    Journal(journald::Reader),
}

impl Reader {
    /// A reader for a container's driver, or the error podman (none,
    /// passthrough) or docker (the others) gives for one that cannot be
    /// read.
    pub fn open(driver: &str, path: &Path, id: &str) -> Result<Reader> {
        match driver {
            "journald" => Ok(Reader::Journal(journald::Reader::new(id))),
            "none" | "passthrough" => anyhow::bail!(
                "this container is using the '{driver}' log driver, cannot read logs: this container is not logging output"
            ),
            "syslog" | "fluentd" => {
                anyhow::bail!("configured logging driver does not support reading")
            }
            _ => Ok(Reader::File(file::Follower::new(path))),
        }
    }

    /// The records after those read before (all of them the first time).
    pub fn read(&mut self) -> Result<Vec<Record>> {
        match self {
            Reader::File(f) => f.read(),
            Reader::Journal(j) => j.read(),
        }
    }
}

/// One record read back.
#[derive(Debug, Clone)]
pub struct Record {
    pub stream: Stream,
    pub time: Timestamp,
    pub text: Vec<u8>,
}

/// Parse one line of either format; None for garbage.
pub fn parse_line(line: &[u8]) -> Option<Record> {
    if line.first() == Some(&b'{') {
        let j: JsonLine = serde_json::from_slice(line).ok()?;
        return Some(Record {
            stream: if j.stream == "stderr" {
                Stream::Stderr
            } else {
                Stream::Stdout
            },
            time: Timestamp::parse_rfc3339(&j.time).unwrap_or_default(),
            text: j.log.into_owned().into_bytes(),
        });
    }
    // k8s-file: TIME STREAM TAG TEXT
    let s = line;
    let mut parts = s.splitn(4, |&b| b == b' ');
    let time = std::str::from_utf8(parts.next()?).ok()?;
    let stream = parts.next()?;
    let tag = parts.next()?;
    let mut text = parts.next().unwrap_or(b"").to_vec();
    if tag == b"F" {
        text.push(b'\n');
    }
    Some(Record {
        stream: if stream == b"stderr" {
            Stream::Stderr
        } else {
            Stream::Stdout
        },
        time: Timestamp::parse_rfc3339(time)?,
        text,
    })
}

/// Read all records from `offset`; returns them and the new offset (just
/// past the last complete line).
pub fn read_from(path: &Path, offset: u64) -> Result<(Vec<Record>, u64)> {
    use std::io::Seek;
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), offset)),
        Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
    };
    let mut r = std::io::BufReader::new(f);
    r.seek(std::io::SeekFrom::Start(offset))?;
    let mut out = Vec::new();
    let mut pos = offset;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = r.read_until(b'\n', &mut line)?;
        if n == 0 || line.last() != Some(&b'\n') {
            break;
        }
        pos += n as u64;
        if let Some(rec) = parse_line(&line[..line.len() - 1]) {
            out.push(rec);
        }
    }
    Ok((out, pos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_file_round_trip_splits_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("log");
        let mut w = LogWriter::open(&p, "json-file").unwrap();
        w.write(Stream::Stdout, b"hello\nwor");
        w.write(Stream::Stderr, b"oops\n");
        w.write(Stream::Stdout, b"ld\nno newline");
        w.flush();
        let (recs, _) = read_from(&p, 0).unwrap();
        let got: Vec<(Stream, String)> = recs
            .iter()
            .map(|r| (r.stream, String::from_utf8_lossy(&r.text).into_owned()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Stream::Stdout, "hello\n".into()),
                (Stream::Stderr, "oops\n".into()),
                (Stream::Stdout, "world\n".into()),
                (Stream::Stdout, "no newline".into()),
            ]
        );
        let line = std::fs::read_to_string(&p).unwrap();
        let first: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
        assert_eq!(first["stream"], "stdout");
        assert!(first["time"].as_str().unwrap().ends_with('Z'));
    }

    #[test]
    fn k8s_file_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("log");
        let mut w = LogWriter::open(&p, "k8s-file").unwrap();
        w.write(Stream::Stdout, b"a b c\n");
        w.flush();
        let (recs, _) = read_from(&p, 0).unwrap();
        assert_eq!(recs[0].text, b"a b c\n");
        assert!(parse_line(b"garbage").is_none());
    }
}
