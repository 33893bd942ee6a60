//! `.dockerignore` / `.containerignore`, docker's rules
//! (moby/patternmatcher): one pattern per line, `#` comments, `*` and `?`
//! within one path component, `**` across any number of them, `[...]`
//! classes, `\` escapes, `!` exceptions; a pattern that matches a
//! directory matches everything below it; the last pattern that matches a
//! path decides.

use regex::Regex;

/// The compiled patterns of an ignore file.
#[derive(Clone, Debug, Default)]
pub struct Ignore {
    patterns: Vec<Pattern>,
}

#[derive(Clone, Debug)]
struct Pattern {
    re: Regex,
    exception: bool,
    /// How many path components the pattern has (`a/b` 2), for matching
    /// the parents of a path.
    depth: usize,
}

impl Ignore {
    /// Parse an ignore file's text; a bad pattern is an error naming it.
    pub fn parse(text: &str) -> Result<Ignore, String> {
        let mut patterns = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (exception, p) = match line.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let p = clean(p);
            if p.is_empty() {
                if exception {
                    return Err("illegal exclusion pattern: \"!\"".into());
                }
                continue;
            }
            let re = Regex::new(&glob_regex(&p, true))
                .map_err(|e| format!("invalid .dockerignore pattern {line:?}: {e}"))?;
            patterns.push(Pattern {
                re,
                exception,
                depth: p.split('/').count(),
            });
        }
        Ok(Ignore { patterns })
    }

    /// Whether a context path (relative, `/`-separated) is left out.
    pub fn ignored(&self, path: &str) -> bool {
        let path = clean(path);
        let parts: Vec<&str> = path.split('/').collect();
        let mut ignored = false;
        for p in &self.patterns {
            let mut m = p.re.is_match(&path);
            if !m && parts.len() > 1 {
                // A pattern that names a parent directory matches too.
                let n = p.depth.min(parts.len() - 1);
                for k in (1..=n).rev() {
                    if p.re.is_match(&parts[..k].join("/")) {
                        m = true;
                        break;
                    }
                }
            }
            if m {
                ignored = !p.exception;
            }
        }
        ignored
    }

    /// Whether some exception could bring back a path below `dir` (then
    /// an ignored directory must still be walked).
    pub fn has_exceptions(&self) -> bool {
        self.patterns.iter().any(|p| p.exception)
    }
}

/// Go's `filepath.Clean`, without a leading `/` (patterns and paths are
/// relative to the context).
pub fn clean(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            x => out.push(x),
        }
    }
    out.join("/")
}

/// The character class that opens at `chars[start]` (`[`), as a regex
/// (`[^...]` negates, as in Go's `filepath.Match` and moby's matcher), and
/// the index of its `]`; `None` when it is never closed.
pub(super) fn class(chars: &[char], start: usize) -> Option<(String, usize)> {
    let len = chars[start + 1..].iter().position(|&x| x == ']')?;
    let body: String = chars[start + 1..start + 1 + len].iter().collect();
    Some((format!("[{}]", body.replace('\\', "\\\\")), start + 1 + len))
}

/// A glob as an anchored regex. With `double_star` (`.dockerignore`),
/// `**` spans directories; without (Go's `filepath.Match`, one path
/// component), it is two `*`.
pub(super) fn glob_regex(p: &str, double_star: bool) -> String {
    let mut re = String::from("^");
    let chars: Vec<char> = p.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '*' if double_star && chars.get(i + 1) == Some(&'*') => {
                i += 1;
                if chars.get(i + 1) == Some(&'/') {
                    i += 1;
                }
                if i + 1 >= chars.len() {
                    re.push_str(".*");
                } else {
                    re.push_str("(.*/)?");
                }
            }
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            '[' => match class(&chars, i) {
                Some((text, end)) => {
                    re.push_str(&text);
                    i = end;
                }
                None => re.push_str("\\["),
            },
            '\\' => {
                i += 1;
                if let Some(&n) = chars.get(i) {
                    re.push_str(&regex::escape(&n.to_string()));
                }
            }
            c => re.push_str(&regex::escape(&c.to_string())),
        }
        i += 1;
    }
    re.push('$');
    re
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ig(text: &str) -> Ignore {
        Ignore::parse(text).unwrap()
    }

    #[test]
    fn docker_rules() {
        let i = ig(
            "# comment\n*.log\n!keep.log\nbuild/\n/secret\n**/*.tmp\ndocs/**\n!docs/README.md\n",
        );
        assert!(i.ignored("a.log"));
        assert!(!i.ignored("keep.log"));
        assert!(!i.ignored("dir/a.log"), "* does not cross /");
        assert!(i.ignored("build"));
        assert!(i.ignored("build/x/y"), "a directory's contents go with it");
        assert!(i.ignored("secret"));
        assert!(i.ignored("x.tmp"));
        assert!(i.ignored("a/b/c.tmp"));
        assert!(i.ignored("docs/guide.md"));
        assert!(!i.ignored("docs/README.md"));
        assert!(!i.ignored("src/main.rs"));
        assert!(i.has_exceptions());
    }

    #[test]
    fn order_matters() {
        assert!(ig("!a\na\n").ignored("a"));
        assert!(!ig("a\n!a\n").ignored("a"));
        assert!(!ig("*\n!src\n").ignored("src/lib.rs"));
        assert!(ig("*\n!src\n").ignored("target"));
    }

    #[test]
    fn classes_escapes_and_cleaning() {
        let i = ig("file[0-9]\nq?\n\\*star\n./dot/../up\n[^a]x\n");
        assert!(i.ignored("file7"));
        assert!(!i.ignored("filex"));
        assert!(i.ignored("qz"));
        assert!(!i.ignored("q/"));
        assert!(i.ignored("*star"));
        assert!(!i.ignored("xstar"));
        assert!(i.ignored("up"));
        assert!(i.ignored("bx"));
        assert!(!i.ignored("ax"));
        assert!(Ignore::parse("!\n").is_err());
        assert!(Ignore::parse("[\n").is_ok());
    }
}
