//! Container logs: docker's json-file format (one JSON object per line:
//! `{"log":"...","stream":"stdout","time":"<RFC 3339 nanoseconds>"}`) and
//! the CRI k8s-file format podman uses (`<time> stdout F <text>`).

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

/// Turns a stream of output chunks into log records, one per line.
pub struct LogWriter {
    file: Option<std::fs::File>,
    driver: Driver,
    partial: [Vec<u8>; 2],
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Driver {
    Json,
    K8s,
    None,
}

impl LogWriter {
    pub fn open(path: &Path, driver: &str) -> Result<LogWriter> {
        let driver = match driver {
            "k8s-file" => Driver::K8s,
            "none" => Driver::None,
            _ => Driver::Json,
        };
        let file = if driver == Driver::None {
            None
        } else {
            Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .with_context(|| format!("opening log {}", path.display()))?,
            )
        };
        Ok(LogWriter {
            file,
            driver,
            partial: [Vec::new(), Vec::new()],
        })
    }

    pub fn file_ref(&self) -> Option<&std::fs::File> {
        self.file.as_ref()
    }

    /// Add output; complete lines become records.
    pub fn write(&mut self, stream: Stream, data: &[u8]) {
        if self.driver == Driver::None {
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

    fn record(&self, out: &mut Vec<u8>, stream: Stream, line: &[u8], partial: bool) {
        let now = Timestamp::now();
        match self.driver {
            Driver::Json => {
                let rec = JsonLine {
                    log: String::from_utf8_lossy(line),
                    stream: stream.as_str().into(),
                    time: now.rfc3339_nano().into(),
                };
                if serde_json::to_writer(&mut *out, &rec).is_ok() {
                    out.push(b'\n');
                }
            }
            Driver::K8s => {
                let text = line.strip_suffix(b"\n").unwrap_or(line);
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
            Driver::None => {}
        }
    }

    fn emit(&mut self, out: &[u8]) {
        if out.is_empty() {
            return;
        }
        if let Some(f) = &mut self.file {
            // One write per batch: O_APPEND keeps concurrent readers sane.
            let _ = f.write_all(out);
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
