//! The Dockerfile language, parsed as moby/buildkit's parser does: parser
//! directives (`# syntax=`, ignored; `# escape=`), comments, line
//! continuations, heredocs (`<<EOF`, `<<-EOF`, quoted delimiters), flags
//! (`--from=...`), and each instruction's arguments in JSON (exec) or shell
//! form. Variables are not expanded here: that depends on the build state
//! (see `build::lex`). Errors name the file and line (and the column where
//! there is one); nothing here panics on any input.

use std::fmt;

/// A parse error: `Dockerfile:3: unknown instruction: FORM`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(f, "{}:{}:{}: {}", self.file, self.line, c, self.message),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.message),
        }
    }
}

impl std::error::Error for ParseError {}

/// A whole Dockerfile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dockerfile {
    /// The escape character (`\`, or `` ` `` by directive).
    pub escape: char,
    pub instructions: Vec<Instruction>,
}

/// One instruction as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// The instruction word, upper case (`RUN`).
    pub keyword: String,
    /// The line it starts on (1-based).
    pub line: usize,
    /// `--name=value` flags before the arguments (`--name` alone: `None`).
    pub flags: Vec<(String, Option<String>)>,
    pub args: Args,
    /// Here-documents the arguments open, in order.
    pub heredocs: Vec<Heredoc>,
    /// The instruction's text after continuations are joined (without
    /// its heredoc bodies), for history entries and messages.
    pub original: String,
}

/// An instruction's arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Args {
    /// The JSON array form (`["a", "b"]`).
    Exec(Vec<String>),
    /// Everything after the flags, as written.
    Shell(String),
}

impl Args {
    pub fn text(&self) -> String {
        match self {
            Args::Exec(v) => serde_json::to_string(v).unwrap_or_default(),
            Args::Shell(s) => s.clone(),
        }
    }
}

/// `<<EOF` ... `EOF`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heredoc {
    /// The delimiter word.
    pub name: String,
    /// The body, with a final newline for every line.
    pub content: String,
    /// `<<-`: leading tabs were removed.
    pub strip_tabs: bool,
    /// Unquoted delimiter: variables in the body are expanded (by the
    /// shell for RUN, by the build for COPY).
    pub expand: bool,
}

/// The instructions docker knows.
pub const INSTRUCTIONS: &[&str] = &[
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

/// The instructions whose arguments may be a JSON array.
const JSON_FORM: &[&str] = &["ADD", "CMD", "COPY", "ENTRYPOINT", "RUN", "SHELL", "VOLUME"];

/// The instructions that may open here-documents.
const HEREDOC: &[&str] = &["ADD", "COPY", "RUN"];

/// The flags each instruction takes (docker's and buildah's).
fn known_flags(keyword: &str) -> &'static [&'static str] {
    match keyword {
        "FROM" => &["platform"],
        "RUN" => &["mount", "network", "security"],
        "COPY" => &["from", "chown", "chmod", "link", "parents", "exclude"],
        "ADD" => &[
            "chown",
            "chmod",
            "link",
            "checksum",
            "keep-git-dir",
            "exclude",
        ],
        "HEALTHCHECK" => &[
            "interval",
            "timeout",
            "start-period",
            "start-interval",
            "retries",
        ],
        _ => &[],
    }
}

struct Lines<'a> {
    lines: Vec<&'a str>,
    /// Index of the next line to read.
    next: usize,
}

impl Lines<'_> {
    fn take(&mut self) -> Option<(usize, &str)> {
        let l = *self.lines.get(self.next)?;
        self.next += 1;
        Some((self.next, l))
    }
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// `# name=value` at the top of the file.
fn directive(line: &str) -> Option<(String, String)> {
    let rest = line.trim().strip_prefix('#')?;
    let (k, v) = rest.split_once('=')?;
    let k = k.trim();
    if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some((k.to_ascii_lowercase(), v.trim().to_string()))
}

/// Remove a continuation (escape, then only spaces or tabs) from the end:
/// the rest and whether the line continues.
fn continuation(line: &str, escape: char) -> (&str, bool) {
    let t = line.trim_end_matches([' ', '\t']);
    match t.strip_suffix(escape) {
        Some(rest) => (rest, true),
        None => (line, false),
    }
}

/// Parse a Dockerfile. `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Dockerfile, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = Lines {
        lines: text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .collect(),
        next: 0,
    };
    if text.ends_with('\n') {
        lines.lines.pop();
    }
    let error = |line: usize, column: Option<usize>, message: String| ParseError {
        file: file.to_string(),
        line,
        column,
        message,
    };
    // Parser directives: only at the very top, before any other line.
    let mut escape = '\\';
    let mut seen = Vec::new();
    while let Some(l) = lines.lines.get(lines.next) {
        let Some((k, v)) = directive(l) else { break };
        let line_no = lines.next + 1;
        if seen.contains(&k) {
            return Err(error(
                line_no,
                None,
                format!("only one {k} parser directive can be used"),
            ));
        }
        if k == "escape" {
            escape = match v.as_str() {
                "\\" => '\\',
                "`" => '`',
                _ => {
                    return Err(error(
                        line_no,
                        None,
                        format!("invalid escape token '{v}' does not match ` or \\"),
                    ));
                }
            };
        }
        seen.push(k);
        lines.next += 1;
    }
    let mut instructions = Vec::new();
    while let Some((start, first)) = lines.take() {
        let trimmed = first.trim_start();
        if trimmed.is_empty() || is_comment(trimmed) {
            continue;
        }
        let (mut joined, mut more) = continuation(trimmed, escape);
        let mut text = joined.to_string();
        while more {
            let Some((_, l)) = lines.take() else { break };
            if is_comment(l) || l.trim().is_empty() {
                continue;
            }
            (joined, more) = continuation(l, escape);
            text.push_str(joined);
        }
        let ins = instruction(&text, start, &mut lines).map_err(|(col, m)| error(start, col, m))?;
        instructions.push(ins);
    }
    Ok(Dockerfile {
        escape,
        instructions,
    })
}

type Fail = (Option<usize>, String);

fn instruction(text: &str, line: usize, lines: &mut Lines<'_>) -> Result<Instruction, Fail> {
    let text = text.trim();
    let (word, rest) = match text.find(char::is_whitespace) {
        Some(i) => (&text[..i], text[i..].trim_start()),
        None => (text, ""),
    };
    let keyword = word.to_ascii_uppercase();
    if !INSTRUCTIONS.contains(&keyword.as_str()) {
        return Err((Some(1), format!("unknown instruction: {word}")));
    }
    let column_of = |s: &str| Some(text.len() - s.len() + 1);
    let mut rest = rest;
    let mut flags = Vec::new();
    if keyword != "ONBUILD" {
        while let Some(f) = rest.strip_prefix("--") {
            let end = f.find(char::is_whitespace).unwrap_or(f.len());
            let flag = &f[..end];
            if flag.is_empty() {
                // `--` alone ends the flags.
                rest = f[end..].trim_start();
                break;
            }
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (flag.to_string(), None),
            };
            if !known_flags(&keyword).contains(&name.as_str()) {
                return Err((
                    column_of(rest),
                    format!("unknown flag: --{name} (for {keyword})"),
                ));
            }
            flags.push((name, value));
            rest = f[end..].trim_start();
        }
    }
    if rest.is_empty() && !matches!(keyword.as_str(), "ARG" | "HEALTHCHECK") {
        return Err((None, format!("{keyword} requires at least one argument")));
    }
    let mut heredocs = Vec::new();
    if HEREDOC.contains(&keyword.as_str()) {
        for (name, strip_tabs, expand) in heredoc_starts(rest) {
            let mut content = String::new();
            let mut closed = false;
            while let Some((_, l)) = lines.take() {
                let l = if strip_tabs {
                    l.trim_start_matches('\t')
                } else {
                    l
                };
                if l == name {
                    closed = true;
                    break;
                }
                content.push_str(l);
                content.push('\n');
            }
            if !closed {
                return Err((None, format!("unterminated heredoc <<{name}")));
            }
            heredocs.push(Heredoc {
                name,
                content,
                strip_tabs,
                expand,
            });
        }
    }
    let args = if JSON_FORM.contains(&keyword.as_str()) && rest.starts_with('[') {
        match serde_json::from_str::<Vec<String>>(rest) {
            Ok(v) => Args::Exec(v),
            // Not a string array: the shell form, as docker does.
            Err(_) => Args::Shell(rest.to_string()),
        }
    } else {
        Args::Shell(rest.to_string())
    };
    Ok(Instruction {
        keyword,
        line,
        flags,
        args,
        heredocs,
        original: text.to_string(),
    })
}

/// The here-documents an instruction's arguments open: (delimiter,
/// `<<-`, unquoted).
fn heredoc_starts(args: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let mut rest = args;
    while let Some(i) = rest.find("<<") {
        let mut s = &rest[i + 2..];
        let strip = s.starts_with('-');
        if strip {
            s = &s[1..];
        }
        let (quote, body) = match s.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &s[1..]),
            _ => (None, s),
        };
        let end = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(body.len());
        let name = &body[..end];
        let after = &body[end..];
        let closed = match quote {
            Some(q) => after.starts_with(q),
            None => true,
        };
        if name.is_empty() || !closed || name.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            rest = &rest[i + 2..];
            continue;
        }
        out.push((name.to_string(), strip, quote.is_none()));
        rest = &after[usize::from(quote.is_some())..];
    }
    out
}

impl Instruction {
    /// A flag's value (`Some("")` for a flag without one).
    pub fn flag(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
    }

    /// Every value of a repeatable flag (`--mount`).
    pub fn flag_values(&self, name: &str) -> Vec<&str> {
        self.flags
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
            .collect()
    }
}

/// `KEY=VALUE ...` pairs of ENV and LABEL (values still to be expanded,
/// quotes kept for the lexer), or the legacy `ENV KEY VALUE` form.
pub fn key_values(
    keyword: &str,
    args: &str,
    escape: char,
) -> Result<Vec<(String, String)>, String> {
    let words = split_keeping_quotes(args, escape)?;
    let Some(first) = words.first() else {
        return Err(format!("{keyword} requires at least one argument"));
    };
    if !first.contains('=') {
        // ENV KEY VALUE...: one pair, the rest of the line the value.
        if keyword == "LABEL" || words.len() < 2 {
            return Err(format!(
                "{keyword} names must be followed by '=' and a value: {first}"
            ));
        }
        let value = args.trim_start()[first.len()..].trim().to_string();
        return Ok(vec![(first.clone(), value)]);
    }
    let mut out = Vec::new();
    for w in words {
        let Some((k, v)) = w.split_once('=') else {
            return Err(format!(
                "syntax error - can't find = in {w:?}. Must be of the form: name=value"
            ));
        };
        if k.is_empty() {
            return Err(format!("{keyword} names can not be blank"));
        }
        out.push((k.to_string(), v.to_string()));
    }
    Ok(out)
}

/// Split at unquoted whitespace, keeping quotes and escapes for the lexer.
fn split_keeping_quotes(s: &str, escape: char) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => {
                quote = None;
                cur.push(c);
            }
            Some(_) if c == escape => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            Some(_) => cur.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                cur.push(c);
            }
            None if c == escape => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            None if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            None => cur.push(c),
        }
    }
    if quote.is_some() {
        return Err("unexpected end of statement while looking for matching quote".into());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Dockerfile {
        parse("Dockerfile", s).unwrap_or_else(|e| panic!("{e}"))
    }

    fn perr(s: &str) -> String {
        parse("Dockerfile", s).unwrap_err().to_string()
    }

    #[test]
    fn instructions_flags_and_forms() {
        let d = p(
            "# syntax=docker/dockerfile:1\nFROM --platform=linux/amd64 busybox AS base\n\nrun echo hi\nCMD [\"sh\", \"-c\", \"echo\"]\nCOPY --from=base --chown=1:2 /a /b\nENTRYPOINT [not json\n",
        );
        assert_eq!(d.escape, '\\');
        let k: Vec<&str> = d.instructions.iter().map(|i| i.keyword.as_str()).collect();
        assert_eq!(k, ["FROM", "RUN", "CMD", "COPY", "ENTRYPOINT"]);
        let from = &d.instructions[0];
        assert_eq!(from.line, 2);
        assert_eq!(from.flag("platform"), Some("linux/amd64"));
        assert_eq!(from.args, Args::Shell("busybox AS base".into()));
        assert_eq!(d.instructions[1].line, 4);
        assert_eq!(
            d.instructions[2].args,
            Args::Exec(vec!["sh".into(), "-c".into(), "echo".into()])
        );
        assert_eq!(d.instructions[3].flag("from"), Some("base"));
        assert_eq!(d.instructions[3].flag("chown"), Some("1:2"));
        assert_eq!(d.instructions[4].args, Args::Shell("[not json".into()));
    }

    #[test]
    fn continuations_comments_and_escape_directive() {
        let d = p("FROM busybox\nRUN echo a \\\n  # a comment inside\n\n  b \\\t \n c\n");
        assert_eq!(d.instructions[1].args, Args::Shell("echo a   b  c".into()));
        assert_eq!(d.instructions[1].line, 2);
        let d = p("# escape=`\nFROM busybox\nRUN echo C:\\dir `\n  more\n");
        assert_eq!(d.escape, '`');
        assert_eq!(
            d.instructions[1].args,
            Args::Shell("echo C:\\dir   more".into())
        );
        // A directive after a comment is a comment.
        let d = p("# comment\n# escape=`\nFROM busybox\nRUN a \\\n b\n");
        assert_eq!(d.escape, '\\');
        assert_eq!(d.instructions[1].args, Args::Shell("a  b".into()));
        // CRLF and a BOM.
        let d = p("\u{feff}FROM busybox\r\nRUN x\r\n");
        assert_eq!(d.instructions.len(), 2);
    }

    #[test]
    fn heredocs() {
        let d = p(
            "FROM busybox\nRUN <<EOF\necho $HOME\nEOF\nRUN <<-'END' cat >/x\n\tkeep\n\tEND\nCOPY <<one <<\"two\" /dir/\n1\none\n2\ntwo\nRUN echo after\n",
        );
        let r = &d.instructions[1];
        assert_eq!(r.heredocs.len(), 1);
        assert_eq!(r.heredocs[0].name, "EOF");
        assert_eq!(r.heredocs[0].content, "echo $HOME\n");
        assert!(r.heredocs[0].expand);
        let r = &d.instructions[2];
        assert!(r.heredocs[0].strip_tabs);
        assert!(!r.heredocs[0].expand);
        assert_eq!(r.heredocs[0].content, "keep\n");
        let c = &d.instructions[3];
        assert_eq!(c.heredocs.len(), 2);
        assert_eq!(c.heredocs[0].content, "1\n");
        assert_eq!(c.heredocs[1].content, "2\n");
        assert!(!c.heredocs[1].expand);
        assert_eq!(d.instructions[4].args, Args::Shell("echo after".into()));
        assert_eq!(d.instructions[4].line, 13);
        // Not heredocs: a shell here-string and a redirection of a digit.
        assert!(heredoc_starts("cat <<<word").is_empty());
        assert!(heredoc_starts("x << 1").is_empty());
    }

    #[test]
    fn env_and_label_pairs() {
        assert_eq!(
            key_values("ENV", "A=1 B=\"two words\" C=x\\ y", '\\').unwrap(),
            [
                ("A".into(), "1".into()),
                ("B".into(), "\"two words\"".into()),
                ("C".into(), "x\\ y".into())
            ]
        );
        assert_eq!(
            key_values("ENV", "PATH /usr/bin:/bin extra", '\\').unwrap(),
            [("PATH".into(), "/usr/bin:/bin extra".into())]
        );
        assert!(key_values("LABEL", "novalue", '\\').is_err());
        assert!(key_values("ENV", "=x", '\\').is_err());
        assert!(key_values("ENV", "A=\"open", '\\').is_err());
    }

    #[test]
    fn malformed_input_is_a_clear_error() {
        assert_eq!(
            perr("FROM busybox\nFORM x\n"),
            "Dockerfile:2:1: unknown instruction: FORM"
        );
        assert_eq!(
            perr("FROM busybox\nRUN <<EOF\necho\n"),
            "Dockerfile:2: unterminated heredoc <<EOF"
        );
        assert_eq!(
            perr("FROM busybox\nCOPY --form=x a b\n"),
            "Dockerfile:2:6: unknown flag: --form (for COPY)"
        );
        assert_eq!(
            perr("FROM\n"),
            "Dockerfile:1: FROM requires at least one argument"
        );
        assert_eq!(
            perr("# escape=x\nFROM busybox\n"),
            "Dockerfile:1: invalid escape token 'x' does not match ` or \\"
        );
        assert!(perr("# escape=`\n# escape=\\\nFROM a\n").contains("only one escape"));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let samples = [
            "",
            "\\",
            "RUN \\",
            "FROM a\nRUN <<",
            "FROM a\nRUN <<'",
            "FROM a\nRUN <<-\n",
            "FROM a\nCOPY --",
            "FROM a\nCOPY -- x",
            "\u{feff}",
            "FROM a\nENV ",
            "#\n#=\n",
            "FROM a\nRUN [\"unterminated",
            "FROM a\nONBUILD",
            "FROM a\nONBUILD RUN x",
        ];
        for s in samples {
            let _ = parse("Dockerfile", s);
        }
        // Every prefix of a realistic file.
        let file = "# escape=\\\nFROM busybox AS b\nARG X=1\nRUN <<EOF\n echo $X\nEOF\nCOPY --chown=a:b [\"x\", \"y\"]\nENV A=\"b c\" \\\n D=e\n";
        for i in 0..file.len() {
            if file.is_char_boundary(i) {
                let _ = parse("Dockerfile", &file[..i]);
            }
        }
    }
}
