//! Docker's word expansion for Dockerfile instructions: variables
//! (`$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`,
//! `${VAR+word}`, `${VAR:?message}`, `${VAR?message}`), single and double
//! quotes, and the escape character (`\` or the `# escape=` one), as
//! moby/buildkit's `shell.Lex` treats them.

use std::collections::HashMap;
use std::fmt;

/// Why a word cannot be expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub message: String,
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LexError {}

fn err(m: impl Into<String>) -> LexError {
    LexError { message: m.into() }
}

/// The variables a word is expanded with.
pub trait Vars {
    fn get(&self, name: &str) -> Option<&str>;
}

impl<S: std::hash::BuildHasher> Vars for HashMap<String, String, S> {
    fn get(&self, name: &str) -> Option<&str> {
        HashMap::get(self, name).map(String::as_str)
    }
}

impl Vars for [(String, String)] {
    /// The last definition wins.
    fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Vars for Vec<(String, String)> {
    fn get(&self, name: &str) -> Option<&str> {
        Vars::get(self.as_slice(), name)
    }
}

/// Expands words with an escape character.
#[derive(Clone, Debug)]
pub struct Lexer {
    pub escape: char,
}

struct Scan<'a, V: Vars + ?Sized> {
    chars: Vec<char>,
    pos: usize,
    escape: char,
    vars: &'a V,
}

impl Lexer {
    /// One word: quotes removed, variables expanded (ENV and LABEL values,
    /// WORKDIR, USER...).
    pub fn word<V: Vars + ?Sized>(&self, input: &str, vars: &V) -> Result<String, LexError> {
        let words = self.scan(input, vars, false)?;
        Ok(words.into_iter().next().unwrap_or_default())
    }

    /// Several words split at unquoted whitespace (COPY sources, EXPOSE,
    /// VOLUME's shell form...); a word that expands to nothing unquoted
    /// disappears.
    pub fn words<V: Vars + ?Sized>(&self, input: &str, vars: &V) -> Result<Vec<String>, LexError> {
        self.scan(input, vars, true)
    }

    /// Variables expanded and nothing else: quotes stay as written (a
    /// here-document's body); the escape character only protects a `$`.
    pub fn variables<V: Vars + ?Sized>(&self, input: &str, vars: &V) -> Result<String, LexError> {
        let mut s = Scan {
            chars: input.chars().collect(),
            pos: 0,
            escape: self.escape,
            vars,
        };
        let mut out = String::new();
        while let Some(c) = s.next() {
            if c == s.escape && s.peek() == Some('$') {
                s.pos += 1;
                out.push('$');
            } else if c == '$' {
                out.push_str(&s.variable()?);
            } else {
                out.push(c);
            }
        }
        Ok(out)
    }

    fn scan<V: Vars + ?Sized>(
        &self,
        input: &str,
        vars: &V,
        split: bool,
    ) -> Result<Vec<String>, LexError> {
        let mut s = Scan {
            chars: input.chars().collect(),
            pos: 0,
            escape: self.escape,
            vars,
        };
        s.run(split)
    }
}

impl<V: Vars + ?Sized> Scan<'_, V> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn run(&mut self, split: bool) -> Result<Vec<String>, LexError> {
        let mut words = Vec::new();
        let mut word = String::new();
        // Whether the current word has content, quoted or not (an empty
        // pair of quotes is a word; an empty variable alone is not).
        let mut started = false;
        while let Some(c) = self.peek() {
            if split && c.is_whitespace() {
                self.pos += 1;
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
                continue;
            }
            match c {
                '\'' => {
                    self.pos += 1;
                    word.push_str(&self.single_quoted()?);
                    started = true;
                }
                '"' => {
                    self.pos += 1;
                    word.push_str(&self.double_quoted()?);
                    started = true;
                }
                '$' => {
                    self.pos += 1;
                    let v = self.variable()?;
                    if !v.is_empty() {
                        started = true;
                    }
                    word.push_str(&v);
                }
                c if c == self.escape => {
                    self.pos += 1;
                    match self.next() {
                        Some(n) => word.push(n),
                        // A trailing escape stays.
                        None => word.push(c),
                    }
                    started = true;
                }
                c => {
                    self.pos += 1;
                    word.push(c);
                    started = true;
                }
            }
        }
        if started || (!split && words.is_empty()) {
            words.push(word);
        }
        Ok(words)
    }

    fn single_quoted(&mut self) -> Result<String, LexError> {
        let mut out = String::new();
        loop {
            match self.next() {
                None => {
                    return Err(err(
                        "unexpected end of statement while looking for matching single-quote",
                    ));
                }
                Some('\'') => return Ok(out),
                Some(c) => out.push(c),
            }
        }
    }

    fn double_quoted(&mut self) -> Result<String, LexError> {
        let mut out = String::new();
        loop {
            match self.next() {
                None => {
                    return Err(err(
                        "unexpected end of statement while looking for matching double-quote",
                    ));
                }
                Some('"') => return Ok(out),
                Some('$') => out.push_str(&self.variable()?),
                Some(c) if c == self.escape => match self.peek() {
                    // Inside double quotes the escape only escapes these.
                    Some(n @ ('"' | '$')) => {
                        self.pos += 1;
                        out.push(n);
                    }
                    Some(n) if n == self.escape => {
                        self.pos += 1;
                        out.push(n);
                    }
                    _ => out.push(c),
                },
                Some(c) => out.push(c),
            }
        }
    }

    /// After a `$`: the variable's value (or a lone `$`).
    fn variable(&mut self) -> Result<String, LexError> {
        match self.peek() {
            Some('{') => {
                self.pos += 1;
                self.braced()
            }
            Some(c) if c.is_ascii_alphanumeric() || c == '_' => {
                let name = self.name();
                Ok(self.vars.get(&name).unwrap_or("").to_string())
            }
            _ => Ok("$".to_string()),
        }
    }

    fn name(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                name.push(c);
                self.pos += 1;
            } else {
                break;
            }
        }
        name
    }

    /// `${...}` after the brace.
    fn braced(&mut self) -> Result<String, LexError> {
        let name = self.name();
        if name.is_empty() {
            return Err(err("bad substitution: missing variable name in ${}"));
        }
        let value = self.vars.get(&name).map(str::to_string);
        match self.next() {
            Some('}') => Ok(value.unwrap_or_default()),
            Some(':') => {
                let op = self
                    .next()
                    .ok_or_else(|| err(format!("bad substitution: ${{{name}:")))?;
                let word = self.until_brace(&name)?;
                // With ':', an empty value counts as unset.
                let set = value.as_deref().is_some_and(|v| !v.is_empty());
                apply(op, &name, value, set, word, true)
            }
            Some(op @ ('-' | '+' | '?')) => {
                let word = self.until_brace(&name)?;
                let set = value.is_some();
                apply(op, &name, value, set, word, false)
            }
            Some(c) => Err(err(format!(
                "bad substitution: unsupported modifier ({c}) in ${{{name}...}}"
            ))),
            None => Err(err(format!("bad substitution: missing '}}' in ${{{name}"))),
        }
    }

    /// The word of a `${VAR:-word}` up to its closing brace, expanded.
    fn until_brace(&mut self, name: &str) -> Result<String, LexError> {
        let mut out = String::new();
        loop {
            match self.next() {
                None => return Err(err(format!("bad substitution: missing '}}' in ${{{name}"))),
                Some('}') => return Ok(out),
                Some('$') => out.push_str(&self.variable()?),
                Some('\'') => out.push_str(&self.single_quoted()?),
                Some('"') => out.push_str(&self.double_quoted()?),
                Some(c) if c == self.escape => {
                    if let Some(n) = self.next() {
                        out.push(n);
                    }
                }
                Some(c) => out.push(c),
            }
        }
    }
}

/// A `${VAR<op>word}` modifier applied.
fn apply(
    op: char,
    name: &str,
    value: Option<String>,
    set: bool,
    word: String,
    colon: bool,
) -> Result<String, LexError> {
    match op {
        '-' => Ok(if set { value.unwrap_or_default() } else { word }),
        '+' => Ok(if set { word } else { String::new() }),
        '?' if set => Ok(value.unwrap_or_default()),
        '?' => Err(err(if word.is_empty() {
            format!("{name}: is not allowed to be unset")
        } else {
            format!("{name}: {word}")
        })),
        c => Err(err(format!(
            "bad substitution: unsupported modifier ({}{c}) in ${{{name}}}",
            if colon { ":" } else { "" }
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vec<(String, String)> {
        vec![
            ("A".into(), "alpha".into()),
            ("EMPTY".into(), String::new()),
            ("SP".into(), "x y".into()),
        ]
    }

    fn w(s: &str) -> String {
        Lexer { escape: '\\' }.word(s, &vars()).unwrap()
    }

    fn ws(s: &str) -> Vec<String> {
        Lexer { escape: '\\' }.words(s, &vars()).unwrap()
    }

    #[test]
    fn variables_in_every_form() {
        assert_eq!(w("$A"), "alpha");
        assert_eq!(w("${A}/x"), "alpha/x");
        assert_eq!(w("$A$A"), "alphaalpha");
        assert_eq!(w("${NOPE:-def}"), "def");
        assert_eq!(w("${EMPTY:-def}"), "def");
        assert_eq!(w("${EMPTY-def}"), "");
        assert_eq!(w("${NOPE-def}"), "def");
        assert_eq!(w("${A:+set}"), "set");
        assert_eq!(w("${EMPTY:+set}"), "");
        assert_eq!(w("${EMPTY+set}"), "set");
        assert_eq!(w("${NOPE+set}"), "");
        assert_eq!(w("${A:?boom}"), "alpha");
        assert_eq!(w("${NOPE:-$A}"), "alpha");
        assert_eq!(w("${NOPE:-${A}-x}"), "alpha-x");
        assert_eq!(w("$"), "$");
        assert_eq!(w("a$"), "a$");
        assert_eq!(w("$NOPE"), "");
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(w("'$A'"), "$A");
        assert_eq!(w("\"$A b\""), "alpha b");
        assert_eq!(w("\\$A"), "$A");
        assert_eq!(w("\"\\$A\""), "$A");
        assert_eq!(w("\"a\\b\""), "a\\b");
        assert_eq!(w("a\\ b"), "a b");
        assert_eq!(Lexer { escape: '`' }.word("`$A", &vars()).unwrap(), "$A");
        assert_eq!(
            Lexer { escape: '`' }.word("C:\\dir", &vars()).unwrap(),
            "C:\\dir"
        );
    }

    #[test]
    fn splitting_into_words() {
        assert_eq!(ws("a b  c"), ["a", "b", "c"]);
        assert_eq!(ws("'a b' c"), ["a b", "c"]);
        assert_eq!(ws("$SP z"), ["x y", "z"]);
        assert_eq!(ws("$NOPE z"), ["z"]);
        assert_eq!(ws("\"\" z"), ["", "z"]);
        assert!(ws("").is_empty());
    }

    #[test]
    fn malformed_words_are_errors_not_panics() {
        let l = Lexer { escape: '\\' };
        for bad in [
            "'open",
            "\"open",
            "${A",
            "${",
            "${}",
            "${A%x}",
            "${A:",
            "${NOPE:?}",
            "${NOPE?gone}",
        ] {
            assert!(l.word(bad, &vars()).is_err(), "{bad}");
        }
        assert_eq!(
            l.word("${NOPE:?gone}", &vars()).unwrap_err().message,
            "NOPE: gone"
        );
    }
}
