//! The fluentd driver: Fluentd's Forward protocol in its message mode, one
//! msgpack array `[tag, time, record]` per line, with docker's record
//! (`container_id`, `container_name` with docker's leading slash,
//! `source`, `log`, and `partial_message` for a part of a long line).
//!
//! The encoder is the few msgpack types these entries need (a crate would
//! bring serde plumbing for four of them).

use super::Stream;
use crate::util::time::Timestamp;

/// A small msgpack writer.
#[derive(Default)]
pub struct Pack(pub Vec<u8>);

impl Pack {
    pub fn uint(&mut self, n: u64) {
        let b = &mut self.0;
        if n < 0x80 {
            b.push(n as u8);
        } else if n <= 0xff {
            b.extend([0xcc, n as u8]);
        } else if n <= 0xffff {
            b.push(0xcd);
            b.extend((n as u16).to_be_bytes());
        } else if n <= 0xffff_ffff {
            b.push(0xce);
            b.extend((n as u32).to_be_bytes());
        } else {
            b.push(0xcf);
            b.extend(n.to_be_bytes());
        }
    }

    /// A str (raw bytes, as Go's msgpack writes Go strings).
    pub fn str(&mut self, s: &[u8]) {
        let n = s.len();
        let b = &mut self.0;
        if n < 32 {
            b.push(0xa0 | n as u8);
        } else if n <= 0xff {
            b.extend([0xd9, n as u8]);
        } else if n <= 0xffff {
            b.push(0xda);
            b.extend((n as u16).to_be_bytes());
        } else {
            b.push(0xdb);
            b.extend(u32::try_from(n).unwrap_or(u32::MAX).to_be_bytes());
        }
        b.extend_from_slice(&s[..n.min(u32::MAX as usize)]);
    }

    pub fn array(&mut self, n: usize) {
        self.header(n, 0x90, 0xdc, 0xdd);
    }

    pub fn map(&mut self, n: usize) {
        self.header(n, 0x80, 0xde, 0xdf);
    }

    fn header(&mut self, n: usize, fix: u8, m16: u8, m32: u8) {
        let b = &mut self.0;
        if n < 16 {
            b.push(fix | n as u8);
        } else if n <= 0xffff {
            b.push(m16);
            b.extend((n as u16).to_be_bytes());
        } else {
            b.push(m32);
            b.extend(u32::try_from(n).unwrap_or(u32::MAX).to_be_bytes());
        }
    }

    /// Fluentd's EventTime: ext type 0, seconds and nanoseconds.
    pub fn event_time(&mut self, t: Timestamp) {
        self.0.extend([0xd7, 0x00]);
        self.0.extend(
            u32::try_from(t.secs.max(0))
                .unwrap_or(u32::MAX)
                .to_be_bytes(),
        );
        self.0.extend(t.nanos.to_be_bytes());
    }
}

/// One Forward-protocol entry.
#[allow(clippy::too_many_arguments)]
pub fn entry(
    tag: &str,
    time: Timestamp,
    sub_second: bool,
    id: &str,
    name: &str,
    stream: Stream,
    line: &[u8],
    partial: bool,
    extra: &[(String, String)],
) -> Vec<u8> {
    let mut p = Pack::default();
    p.array(3);
    p.str(tag.as_bytes());
    if sub_second {
        p.event_time(time);
    } else {
        p.uint(u64::try_from(time.secs).unwrap_or(0));
    }
    p.map(4 + usize::from(partial) + extra.len());
    p.str(b"container_id");
    p.str(id.as_bytes());
    p.str(b"container_name");
    p.str(format!("/{}", name.trim_start_matches('/')).as_bytes());
    p.str(b"source");
    p.str(stream.as_str().as_bytes());
    p.str(b"log");
    p.str(line);
    if partial {
        p.str(b"partial_message");
        p.str(b"true");
    }
    for (k, v) in extra {
        p.str(k.as_bytes());
        p.str(v.as_bytes());
    }
    p.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msgpack_encodings() {
        let enc = |f: &dyn Fn(&mut Pack)| {
            let mut p = Pack::default();
            f(&mut p);
            p.0
        };
        assert_eq!(enc(&|p| p.uint(5)), [5]);
        assert_eq!(enc(&|p| p.uint(200)), [0xcc, 200]);
        assert_eq!(enc(&|p| p.uint(0x1234)), [0xcd, 0x12, 0x34]);
        assert_eq!(enc(&|p| p.uint(0x1_0000)), [0xce, 0, 1, 0, 0]);
        assert_eq!(enc(&|p| p.uint(1 << 40))[0], 0xcf);
        assert_eq!(enc(&|p| p.str(b"ab")), [0xa2, b'a', b'b']);
        assert_eq!(enc(&|p| p.str(&[b'x'; 40]))[..2], [0xd9, 40]);
        assert_eq!(enc(&|p| p.str(&[b'x'; 300]))[..3], [0xda, 1, 44]);
        assert_eq!(enc(&|p| p.array(3)), [0x93]);
        assert_eq!(enc(&|p| p.map(20)), [0xde, 0, 20]);
        let t = Timestamp { secs: 1, nanos: 2 };
        assert_eq!(enc(&|p| p.event_time(t)), [0xd7, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
    }

    #[test]
    fn entries_are_docker_records() {
        let t = Timestamp {
            secs: 100,
            nanos: 0,
        };
        let e = entry(
            "tg",
            t,
            false,
            "abc",
            "web",
            Stream::Stdout,
            b"hi",
            false,
            &[],
        );
        let mut want = vec![0x93, 0xa2, b't', b'g', 100, 0x84];
        for s in [
            &b"container_id"[..],
            b"abc",
            b"container_name",
            b"/web",
            b"source",
            b"stdout",
            b"log",
            b"hi",
        ] {
            want.push(0xa0 | s.len() as u8);
            want.extend_from_slice(s);
        }
        assert_eq!(e, want);
    }
}
