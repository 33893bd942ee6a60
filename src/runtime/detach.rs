//! Detach keys (docker's `--detach-keys`, default `ctrl-p,ctrl-q`): a key
//! sequence in the input stream that detaches the client instead of
//! reaching the container.

use anyhow::{Result, bail};

pub const DEFAULT: &str = "ctrl-p,ctrl-q";

/// Parse docker's format: comma-separated `a`..`z` (and other single
/// characters) or `ctrl-a`..`ctrl-z`, `ctrl-@`, `ctrl-[`, `ctrl-\`,
/// `ctrl-]`, `ctrl-^`, `ctrl-_`. An empty string disables detaching.
pub fn parse(s: &str) -> Result<Vec<u8>> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for k in s.split(',') {
        let k = k.trim();
        if let Some(c) = k.strip_prefix("ctrl-") {
            let b = match c.as_bytes() {
                [b @ b'a'..=b'z'] => b - b'a' + 1,
                [b'@'] => 0,
                [b'['] => 27,
                [b'\\'] => 28,
                [b']'] => 29,
                [b'^'] => 30,
                [b'_'] => 31,
                _ => bail!("invalid detach key {k:?}"),
            };
            out.push(b);
        } else if k.len() == 1 && k.is_ascii() {
            out.push(k.as_bytes()[0]);
        } else {
            bail!("invalid detach key {k:?} (use e.g. ctrl-p,ctrl-q)");
        }
    }
    Ok(out)
}

/// Watches an input stream for the sequence. Bytes that might start it are
/// held back until it is clear whether they do.
#[derive(Clone, Debug)]
pub struct Matcher {
    keys: Vec<u8>,
    matched: usize,
}

impl Matcher {
    pub fn new(keys: Vec<u8>) -> Matcher {
        Matcher { keys, matched: 0 }
    }

    /// Feed input; append what should pass through to `out`. Returns true
    /// when the whole sequence was typed (the rest of `data` is dropped).
    pub fn feed(&mut self, data: &[u8], out: &mut Vec<u8>) -> bool {
        if self.keys.is_empty() {
            out.extend_from_slice(data);
            return false;
        }
        for &b in data {
            if b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    self.matched = 0;
                    return true;
                }
            } else {
                // Release what was held back, then retry this byte.
                out.extend_from_slice(&self.keys[..self.matched]);
                self.matched = 0;
                if b == self.keys[0] {
                    self.matched = 1;
                } else {
                    out.push(b);
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_docker_key_names() {
        assert_eq!(parse("ctrl-p,ctrl-q").unwrap(), vec![16, 17]);
        assert_eq!(parse("ctrl-@,a,ctrl-\\").unwrap(), vec![0, b'a', 28]);
        assert!(parse("ctrl-1").is_err());
        assert!(parse("ab").is_err());
        assert!(parse("").unwrap().is_empty());
    }

    #[test]
    fn matcher_holds_back_and_detects() {
        let mut m = Matcher::new(vec![16, 17]);
        let mut out = Vec::new();
        assert!(!m.feed(b"ab\x10", &mut out));
        assert_eq!(out, b"ab");
        assert!(!m.feed(b"x", &mut out));
        assert_eq!(out, b"ab\x10x");
        out.clear();
        assert!(!m.feed(b"\x10\x10", &mut out));
        assert_eq!(out, b"\x10");
        assert!(m.feed(b"\x11rest", &mut out));
        assert_eq!(out, b"\x10");
    }
}
