//! The journald driver: systemd's native journal protocol (one datagram
//! per entry on `/run/systemd/journal/socket`; `NAME=value\n` fields, or
//! `NAME\n` + 64-bit little-endian length + value + `\n` for values with a
//! newline), with docker's fields. Reading back goes through
//! `journalctl -o json`.

use super::{Record, Stream};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, bail};

pub const SOCKET: &str = "/run/systemd/journal/socket";

/// Encode one entry. Binary-safe: values holding a newline use the
/// length-prefixed form.
pub fn encode(fields: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, value) in fields {
        out.extend_from_slice(name.as_bytes());
        if value.contains(&b'\n') {
            out.push(b'\n');
            out.extend_from_slice(&(value.len() as u64).to_le_bytes());
            out.extend_from_slice(value);
        } else {
            out.push(b'=');
            out.extend_from_slice(value);
        }
        out.push(b'\n');
    }
    out
}

/// A journal field name from an attribute key, as docker's driver makes
/// them: upper case, `[A-Z0-9_]` only, no leading underscores (those are
/// the journal's trusted fields).
pub fn field_name(key: &str) -> String {
    let s: String = key
        .chars()
        .map(|c| {
            let c = c.to_ascii_uppercase();
            if c.is_ascii_uppercase() || c.is_ascii_digit() {
                c
            } else {
                '_'
            }
        })
        .collect();
    s.trim_start_matches(|c: char| c == '_' || c.is_ascii_digit())
        .to_string()
}

/// The fields every entry of one container carries.
pub struct Common {
    pub fields: Vec<(String, Vec<u8>)>,
}

impl Common {
    pub fn new(info: &super::options::TagInfo, tag: &str, extra: &[(String, String)]) -> Common {
        let mut fields: Vec<(String, Vec<u8>)> = vec![
            (
                "CONTAINER_ID".into(),
                info.id.chars().take(12).collect::<String>().into_bytes(),
            ),
            ("CONTAINER_ID_FULL".into(), info.id.clone().into_bytes()),
            ("CONTAINER_NAME".into(), info.name.clone().into_bytes()),
            ("CONTAINER_TAG".into(), tag.as_bytes().to_vec()),
            ("SYSLOG_IDENTIFIER".into(), tag.as_bytes().to_vec()),
            ("IMAGE_NAME".into(), info.image_name.clone().into_bytes()),
        ];
        for (k, v) in extra {
            let n = field_name(k);
            if !n.is_empty() {
                fields.push((n, v.clone().into_bytes()));
            }
        }
        Common { fields }
    }

    /// One entry for a line (without its newline) of `stream`.
    pub fn entry(&self, stream: Stream, line: &[u8], partial: bool) -> Vec<u8> {
        let prio: &[u8] = if stream == Stream::Stderr { b"3" } else { b"6" };
        let mut f: Vec<(&str, &[u8])> = vec![("MESSAGE", line), ("PRIORITY", prio)];
        if partial {
            f.push(("CONTAINER_PARTIAL_MESSAGE", b"true"));
        }
        f.extend(self.fields.iter().map(|(k, v)| (k.as_str(), v.as_slice())));
        encode(&f)
    }
}

/// Reading a container's entries back with journalctl.
pub struct Reader {
    id: String,
    cursor: Option<String>,
}

/// A journal JSON value: a string, or an array of bytes (binary data).
fn value_bytes(v: &serde_json::Value) -> Option<Vec<u8>> {
    match v {
        serde_json::Value::String(s) => Some(s.clone().into_bytes()),
        serde_json::Value::Array(a) => a
            .iter()
            .map(|b| b.as_u64().and_then(|n| u8::try_from(n).ok()))
            .collect(),
        _ => None,
    }
}

/// One line of `journalctl -o json` as a record (and its cursor).
pub fn parse_entry(line: &str) -> Option<(Record, Option<String>)> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let mut text = value_bytes(&v["MESSAGE"]).unwrap_or_default();
    if v["CONTAINER_PARTIAL_MESSAGE"].as_str() != Some("true") {
        text.push(b'\n');
    }
    let stream = if v["PRIORITY"].as_str() == Some("3") {
        Stream::Stderr
    } else {
        Stream::Stdout
    };
    let micros: i64 = v["__REALTIME_TIMESTAMP"].as_str()?.parse().ok()?;
    let time = Timestamp::from_system(
        std::time::UNIX_EPOCH + std::time::Duration::from_micros(u64::try_from(micros).ok()?),
    );
    let cursor = v["__CURSOR"].as_str().map(str::to_string);
    Some((Record { stream, time, text }, cursor))
}

impl Reader {
    pub fn new(id: &str) -> Reader {
        Reader {
            id: id.to_string(),
            cursor: None,
        }
    }

    /// The entries after the last ones read.
    pub fn read(&mut self) -> Result<Vec<Record>> {
        let mut cmd = std::process::Command::new("journalctl");
        cmd.args(["--no-pager", "--all", "-o", "json"]);
        if let Some(c) = &self.cursor {
            cmd.arg(format!("--after-cursor={c}"));
        }
        cmd.arg(format!("CONTAINER_ID_FULL={}", self.id));
        let out = cmd
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .output()
            .context("running journalctl to read the journal")?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            bail!(
                "reading the journal: journalctl failed: {}",
                err.lines().next().unwrap_or("").trim()
            );
        }
        let mut recs = Vec::new();
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            if let Some((r, c)) = parse_entry(line) {
                recs.push(r);
                if c.is_some() {
                    self.cursor = c;
                }
            }
        }
        Ok(recs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_encoded_binary_safe() {
        assert_eq!(
            encode(&[("MESSAGE", b"hello"), ("PRIORITY", b"6")]),
            b"MESSAGE=hello\nPRIORITY=6\n"
        );
        let e = encode(&[("MESSAGE", b"a\nb")]);
        let mut want = b"MESSAGE\n".to_vec();
        want.extend_from_slice(&3u64.to_le_bytes());
        want.extend_from_slice(b"a\nb\n");
        assert_eq!(e, want);
        assert_eq!(field_name("com.example-label"), "COM_EXAMPLE_LABEL");
        assert_eq!(field_name("_x"), "X");
    }

    #[test]
    fn entries_carry_docker_fields() {
        let info = super::super::options::TagInfo {
            id: "0123456789abcdef".into(),
            name: "web".into(),
            image_name: "busybox".into(),
            image_id: String::new(),
        };
        let c = Common::new(&info, "0123456789ab", &[("a.b".into(), "v".into())]);
        let e = String::from_utf8(c.entry(Stream::Stderr, b"oops", true)).unwrap();
        assert_eq!(
            e,
            "MESSAGE=oops\nPRIORITY=3\nCONTAINER_PARTIAL_MESSAGE=true\nCONTAINER_ID=0123456789ab\n\
             CONTAINER_ID_FULL=0123456789abcdef\nCONTAINER_NAME=web\nCONTAINER_TAG=0123456789ab\n\
             SYSLOG_IDENTIFIER=0123456789ab\nIMAGE_NAME=busybox\nA_B=v\n"
        );
    }

    #[test]
    fn journalctl_json_is_read_back() {
        let (r, c) = parse_entry(
            r#"{"MESSAGE":"hi","PRIORITY":"3","__REALTIME_TIMESTAMP":"1700000000000001","__CURSOR":"s=1"}"#,
        )
        .unwrap();
        assert_eq!(r.text, b"hi\n");
        assert_eq!(r.stream, Stream::Stderr);
        assert_eq!(r.time.rfc3339_nano(), "2023-11-14T22:13:20.000001Z");
        assert_eq!(c.as_deref(), Some("s=1"));
        let (r, _) = parse_entry(
            r#"{"MESSAGE":[104,10,105],"PRIORITY":"6","CONTAINER_PARTIAL_MESSAGE":"true","__REALTIME_TIMESTAMP":"1"}"#,
        )
        .unwrap();
        assert_eq!(r.text, b"h\ni");
        assert!(parse_entry("{}").is_none());
    }
}
