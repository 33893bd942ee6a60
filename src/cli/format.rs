//! Output: aligned tables, JSON, and docker's `--format` Go templates.
//!
//! This module and `log` are the only places that print. A command builds
//! rows as JSON objects with docker's field names (`ID`, `Repository`...);
//! the same rows feed the default table, `table {{...}}` templates, plain
//! templates, and `{{json .}}`.
#![allow(clippy::print_stdout)]

use anyhow::{Context, Result, anyhow};
use gtmpl::{Context as TmplContext, FuncError, Template, Value};
use serde::Serialize;
use serde_json::Value as Json;
use std::collections::HashMap;
use std::io::Write;

/// How the user asked for output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    /// The command's default table.
    Table,
    /// `table <template>`: a table whose columns come from the template.
    TableTemplate(String),
    /// A Go template applied to each item, one per line.
    Template(String),
    /// `json`: the command's JSON form.
    Json,
}

impl Format {
    pub fn parse(s: Option<&str>) -> Format {
        let Some(s) = s else { return Format::Table };
        let t = s.trim();
        match t {
            "" | "table" => Format::Table,
            "json" => Format::Json,
            _ => match t.strip_prefix("table ") {
                Some(rest) => Format::TableTemplate(unescape(rest)),
                None => Format::Template(unescape(s)),
            },
        }
    }
}

/// docker turns typed `\t` and `\n` into real tabs and newlines.
fn unescape(s: &str) -> String {
    s.replace("\\t", "\t").replace("\\n", "\n")
}

static NOOUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--noout`: nothing goes to stdout.
pub fn set_noout() {
    NOOUT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Write to stdout, ignoring EPIPE (`skiff images | head -1` must not fail).
pub fn out(s: &str) {
    if NOOUT.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(s.as_bytes());
    let _ = o.flush();
}

pub fn outln(s: &str) {
    let mut line = String::with_capacity(s.len() + 1);
    line.push_str(s);
    line.push('\n');
    out(&line);
}

/// podman's JSON for `inspect`: indented by five spaces (its encoder's
/// setting; `images` uses four, `ps`, `info` and `volume ls` two).
/// Write a file the user asked for (`--iidfile`, `--digestfile`),
/// atomically.
pub fn write_file(p: &std::path::Path, data: &[u8]) -> Result<()> {
    crate::storage::atomic::write(p, data, 0o644)
}

pub fn json_pretty(v: &impl Serialize) -> Result<String> {
    json_indented(v, 5)
}

/// JSON indented by `width` spaces per level, with a final newline.
pub fn json_indented(v: &impl Serialize, width: usize) -> Result<String> {
    let indent = " ".repeat(width);
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    v.serialize(&mut ser).context("encoding JSON")?;
    let mut s = String::from_utf8(buf).context("encoding JSON")?;
    s.push('\n');
    Ok(s)
}

/// Go's text/tabwriter as podman configures it (minwidth 12, padding 2,
/// spaces): cells end at tabs, the last cell of a line is not padded.
pub fn tabwrite(text: &str) -> String {
    tabwrite_with(text, 12, 2)
}

pub fn tabwrite_with(text: &str, minwidth: usize, padding: usize) -> String {
    let lines: Vec<Vec<&str>> = text
        .split_terminator('\n')
        .map(|l| l.split('\t').collect())
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for cells in &lines {
        for (i, c) in cells.iter().enumerate().take(cells.len().saturating_sub(1)) {
            let w = (c.chars().count() + padding).max(minwidth);
            if widths.len() <= i {
                widths.push(w);
            } else if widths[i] < w {
                widths[i] = w;
            }
        }
    }
    let mut out = String::new();
    for cells in &lines {
        let n = cells.len();
        for (i, c) in cells.iter().enumerate() {
            out.push_str(c);
            if i + 1 < n {
                let pad = widths[i] - c.chars().count();
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push('\n');
    }
    out
}

/// A command's table: column headers and the row field behind each.
pub struct Columns<'a> {
    /// (field name, header) in display order for the default table.
    pub default: &'a [(&'a str, &'a str)],
    /// Headers for fields that only appear in custom templates.
    pub extra: &'a [(&'a str, &'a str)],
}

impl Columns<'_> {
    fn header_for(&self, field: &str) -> String {
        self.default
            .iter()
            .chain(self.extra.iter())
            .find(|(f, _)| *f == field)
            .map_or_else(|| header_from_field(field), |(_, h)| (*h).to_string())
    }

    fn default_template(&self) -> String {
        self.default
            .iter()
            .map(|(f, _)| format!("{{{{.{f}}}}}"))
            .collect::<Vec<_>>()
            .join("\t")
    }
}

/// `CreatedAt` → `CREATED AT`.
fn header_from_field(field: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = field.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() && chars[i - 1].is_lowercase() {
            out.push(' ');
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// The header line of a `table` template: each `{{.Field}}` becomes the
/// field's header; other actions vanish.
fn table_header(template: &str, cols: &Columns<'_>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let action = rest[start + 2..start + end].trim().trim_matches('-').trim();
        if let Some(field) = action.strip_prefix('.')
            && !field.is_empty()
            && field
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        {
            let top = field.split('.').next().unwrap_or(field);
            out.push_str(&cols.header_for(top));
        } else if let Some(inner) = action.strip_prefix("json .")
            && !inner.is_empty()
        {
            out.push_str(&cols.header_for(inner.split('.').next().unwrap_or(inner)));
        }
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

/// Print rows in the requested format. `json_lines`: for `--format json`,
/// one object per line (docker's list commands) instead of an array.
pub fn print_rows(
    format: &Format,
    rows: &[Json],
    cols: &Columns<'_>,
    noheading: bool,
) -> Result<()> {
    let mut text = String::new();
    match format {
        Format::Table | Format::TableTemplate(_) => {
            let tmpl = match format {
                Format::TableTemplate(t) => t.clone(),
                _ => cols.default_template(),
            };
            if !noheading {
                text.push_str(&table_header(&tmpl, cols));
                text.push('\n');
            }
            let compiled = compile(&tmpl)?;
            for r in rows {
                text.push_str(&render(&compiled, r)?);
                text.push('\n');
            }
            out(&tabwrite(&text));
        }
        Format::Template(t) => {
            let compiled = compile(t)?;
            for r in rows {
                text.push_str(&render(&compiled, r)?);
                text.push('\n');
            }
            out(&text);
        }
        Format::Json => {
            for r in rows {
                text.push_str(&serde_json::to_string(r)?);
                text.push('\n');
            }
            out(&text);
        }
    }
    Ok(())
}

/// A list command's output: with `quiet_key`, that field of each row on a
/// line (`-q`); `--format json`, an array; else a table or template.
pub fn print_list(
    rows: &[Json],
    quiet_key: Option<&str>,
    format: Option<&str>,
    cols: &Columns<'_>,
    noheading: bool,
) -> Result<()> {
    if let Some(key) = quiet_key {
        let mut text = String::new();
        for r in rows {
            text.push_str(r[key].as_str().unwrap_or(""));
            text.push('\n');
        }
        out(&text);
        return Ok(());
    }
    let fmt = Format::parse(format);
    if fmt == Format::Json {
        out(&json_pretty(&rows)?);
        return Ok(());
    }
    print_rows(&fmt, rows, cols, noheading)
}

/// For `inspect`-style commands: JSON array by default, else a template
/// per item.
pub fn print_inspect(format: Option<&str>, items: &[Json]) -> Result<()> {
    match format.map(str::trim) {
        None | Some("" | "json") => out(&json_pretty(&items)?),
        Some(t) => {
            let compiled = compile(&unescape(t))?;
            let mut text = String::new();
            for i in items {
                text.push_str(&render(&compiled, i)?);
                text.push('\n');
            }
            out(&text);
        }
    }
    Ok(())
}

/// A parsed template with docker's functions.
pub struct Compiled(Template);

pub fn compile(text: &str) -> Result<Compiled> {
    let mut t = Template::default();
    t.add_func("json", tf_json);
    t.add_func("upper", tf_upper);
    t.add_func("lower", tf_lower);
    t.add_func("title", tf_title);
    t.add_func("join", tf_join);
    t.add_func("split", tf_split);
    t.add_func("truncate", tf_truncate);
    t.add_func("pad", tf_pad);
    t.add_func(GO_PRINT, tf_go_print);
    t.add_func("len", tf_len);
    t.parse(with_go_print(text))
        .map_err(|e| anyhow!("template parsing error: {e}"))?;
    Ok(Compiled(t))
}

/// The function every printing action is piped through (see
/// `with_go_print`).
const GO_PRINT: &str = "skiff_go_print";

/// Go prints a list as `[a b]` and a map as `map[k:v]`; gtmpl prints Rust
/// debug text. Each action that prints a value (not `if`, `range`, `end`,
/// assignments or comments) gets `| skiff_go_print` appended, which renders
/// lists and maps Go's way and passes anything else through.
fn with_go_print(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(len) = action_len(after) else {
            // Unterminated: let the parser report it.
            out.push_str(&rest[start..]);
            return out;
        };
        let body = &after[..len];
        out.push_str("{{");
        out.push_str(&piped(body));
        out.push_str("}}");
        rest = &after[len + 2..];
    }
    out.push_str(rest);
    out
}

/// The length of an action's body up to its closing `}}`, skipping quoted
/// strings.
fn action_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' | b'`' | b'\'' => {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'}' if b.get(i + 1) == Some(&b'}') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

fn piped(body: &str) -> String {
    let (lead, inner) = match body.strip_prefix("- ") {
        Some(r) => ("- ", r),
        None => ("", body),
    };
    let (inner, trail) = match inner.strip_suffix(" -") {
        Some(r) => (r, " -"),
        None => (inner, ""),
    };
    let word = inner.split_whitespace().next().unwrap_or("");
    let keyword = matches!(
        word,
        "if" | "else"
            | "end"
            | "range"
            | "with"
            | "define"
            | "template"
            | "block"
            | "break"
            | "continue"
    );
    let assignment = inner.contains(":=")
        || (word.starts_with('$') && inner.split_whitespace().nth(1) == Some("="));
    if keyword || assignment || word.is_empty() || inner.trim_start().starts_with("/*") {
        return body.to_string();
    }
    format!("{lead}{inner} | {GO_PRINT}{trail}")
}

fn go_text(v: &Value) -> String {
    match v {
        Value::Array(a) => format!("[{}]", a.iter().map(go_text).collect::<Vec<_>>().join(" ")),
        Value::Object(o) | Value::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            let items: Vec<String> = keys
                .into_iter()
                .map(|k| format!("{k}:{}", go_text(&o[k])))
                .collect();
            format!("map[{}]", items.join(" "))
        }
        Value::Nil => "<nil>".into(),
        other => other.to_string(),
    }
}

/// `len`, also of a nil map (0, as in Go).
fn tf_len(args: &[Value]) -> Result<Value, FuncError> {
    match args {
        [Value::Map(m)] => Ok(Value::from(m.len() as u64)),
        _ => gtmpl::funcs::len(args),
    }
}

#[allow(clippy::unnecessary_wraps)] // gtmpl's function type
fn tf_go_print(args: &[Value]) -> Result<Value, FuncError> {
    let v = args.last().cloned().unwrap_or(Value::NoValue);
    Ok(match v {
        Value::Array(_) | Value::Object(_) | Value::Map(_) => Value::String(go_text(&v)),
        other => other,
    })
}

pub fn render(t: &Compiled, item: &Json) -> Result<String> {
    t.0.render(&TmplContext::from(to_tmpl(&template_view(item))))
        .map_err(|e| anyhow!("template: {}", shorten(&e.to_string())))
}

/// What a template sees of an item: podman renders Go structs, whose
/// fields exist even where the JSON leaves them out. The field `ID`
/// (JSON name `Id`) may be said either way, and a volume's booleans that
/// JSON omits when false are false.
fn template_view(item: &Json) -> Json {
    let mut i = item.clone();
    go_times(&mut i);
    if let Some(o) = i.as_object_mut() {
        if let Some(id) = o.get("Id").cloned() {
            o.entry("ID").or_insert(id);
        }
        if o.contains_key("Mountpoint") && o.contains_key("Scope") {
            for k in ["NeedsCopyUp", "NeedsChown", "Anonymous"] {
                o.entry(k).or_insert(Json::Bool(false));
            }
        }
        // A network (netavark's JSON names): podman's Go fields too.
        if o.contains_key("network_interface") && o.contains_key("subnets") {
            return go_fields(&i);
        }
    }
    i
}

/// Times that podman's structs hold as `time.Time` (inspect's `Created`,
/// `State.StartedAt`, ...), which JSON writes in RFC 3339, as a template
/// prints them: Go's `2024-05-01 10:11:12.5 +0000 UTC`.
fn go_times(v: &mut Json) {
    let Some(o) = v.as_object_mut() else { return };
    for (k, x) in o.iter_mut() {
        if matches!(
            k.as_str(),
            "Created" | "CreatedAt" | "StartedAt" | "FinishedAt" | "LastTagTime"
        ) && let Some(text) = x.as_str()
            && text.as_bytes().get(10) == Some(&b'T')
            && let Some(t) = crate::util::time::Timestamp::parse_rfc3339(text)
        {
            *x = Json::String(t.go_string_utc());
        } else if x.is_object() {
            go_times(x);
        }
    }
}

/// snake_case keys also under their Go field names (`network_interface`
/// → `NetworkInterface`, `dns_enabled` → `DNSEnabled`), all the way down.
fn go_fields(v: &Json) -> Json {
    fn go(k: &str) -> String {
        k.split('_')
            .map(|w| match w {
                "id" => "ID".to_string(),
                "ip" | "dns" | "ipam" | "mtu" => w.to_uppercase(),
                "ipv6" => "IPv6".to_string(),
                _ => {
                    let mut c = w.chars();
                    c.next().map_or_else(String::new, |f| {
                        f.to_uppercase().collect::<String>() + c.as_str()
                    })
                }
            })
            .collect()
    }
    match v {
        Json::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, x) in m {
                let x = go_fields(x);
                out.insert(go(k), x.clone());
                out.insert(k.clone(), x);
            }
            Json::Object(out)
        }
        Json::Array(a) => Json::Array(a.iter().map(go_fields).collect()),
        other => other.clone(),
    }
}

/// gtmpl errors can quote the whole value; keep the message to one
/// reasonable line.
fn shorten(msg: &str) -> String {
    let m = msg.split(" for {").next().unwrap_or(msg);
    let mut m: String = m.chars().take(200).collect();
    if m.len() < msg.len() && !m.ends_with('…') && msg.len() > 200 {
        m.push('…');
    }
    m
}

pub fn to_tmpl(v: &Json) -> Value {
    match v {
        Json::Null => Value::Nil,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => {
            if let Some(u) = n.as_u64() {
                Value::from(u)
            } else if let Some(i) = n.as_i64() {
                Value::from(i)
            } else {
                Value::from(n.as_f64().unwrap_or(0.0))
            }
        }
        Json::String(s) => Value::String(s.clone()),
        Json::Array(a) => Value::Array(a.iter().map(to_tmpl).collect()),
        Json::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| {
                    // A nil map of podman's structs: Go prints `map[]`,
                    // its JSON is null. gtmpl's Map variant (unused
                    // otherwise) stands for it.
                    let t = if v.is_null() && NIL_MAP_FIELDS.contains(&k.as_str()) {
                        Value::Map(HashMap::new())
                    } else {
                        to_tmpl(v)
                    };
                    (k.clone(), t)
                })
                .collect::<HashMap<_, _>>(),
        ),
    }
}

/// Fields that are maps in podman's structs (null in JSON when nil).
const NIL_MAP_FIELDS: &[&str] = &[
    "Labels",
    "Annotations",
    "Options",
    "Volumes",
    "ExposedPorts",
    "Ports",
    "PortBindings",
    "Tmpfs",
    "Networks",
    "DriverOpts",
    "Data",
    "Sysctls",
    "StorageOpt",
    "CgroupConf",
];

fn from_tmpl(v: &Value) -> Json {
    match v {
        Value::Nil | Value::NoValue | Value::Function(_) => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::String(s) => Json::String(s.clone()),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Json::from(u)
            } else if let Some(i) = n.as_i64() {
                Json::from(i)
            } else {
                n.as_f64().map_or(Json::Null, Json::from)
            }
        }
        Value::Array(a) => Json::Array(a.iter().map(from_tmpl).collect()),
        Value::Map(m) if m.is_empty() => Json::Null,
        Value::Object(o) | Value::Map(o) => {
            // Go's encoding/json sorts map keys.
            let sorted: std::collections::BTreeMap<_, _> =
                o.iter().map(|(k, v)| (k.clone(), from_tmpl(v))).collect();
            Json::Object(sorted.into_iter().collect())
        }
    }
}

fn arg<'a>(args: &'a [Value], i: usize, f: &str) -> Result<&'a Value, FuncError> {
    args.get(i)
        .ok_or_else(|| FuncError::Generic(format!("{f}: missing argument")))
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn tf_json(args: &[Value]) -> Result<Value, FuncError> {
    let v = arg(args, 0, "json")?;
    serde_json::to_string(&from_tmpl(v))
        .map(Value::String)
        .map_err(|e| FuncError::Generic(e.to_string()))
}

fn tf_upper(args: &[Value]) -> Result<Value, FuncError> {
    Ok(Value::String(text(arg(args, 0, "upper")?).to_uppercase()))
}

fn tf_lower(args: &[Value]) -> Result<Value, FuncError> {
    Ok(Value::String(text(arg(args, 0, "lower")?).to_lowercase()))
}

fn tf_title(args: &[Value]) -> Result<Value, FuncError> {
    let s = text(arg(args, 0, "title")?);
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c.is_whitespace();
    }
    Ok(Value::String(out))
}

fn tf_join(args: &[Value]) -> Result<Value, FuncError> {
    let sep = text(arg(args, 1, "join")?);
    match arg(args, 0, "join")? {
        Value::Array(a) => Ok(Value::String(
            a.iter().map(text).collect::<Vec<_>>().join(&sep),
        )),
        Value::Nil | Value::NoValue => Ok(Value::String(String::new())),
        other => Ok(Value::String(text(other))),
    }
}

fn tf_split(args: &[Value]) -> Result<Value, FuncError> {
    let s = text(arg(args, 0, "split")?);
    let sep = text(arg(args, 1, "split")?);
    Ok(Value::Array(
        s.split(sep.as_str())
            .map(|p| Value::String(p.into()))
            .collect(),
    ))
}

fn tf_truncate(args: &[Value]) -> Result<Value, FuncError> {
    let s = text(arg(args, 0, "truncate")?);
    let n = match arg(args, 1, "truncate")? {
        Value::Number(n) => n.as_u64().unwrap_or(0) as usize,
        other => text(other).parse().unwrap_or(usize::MAX),
    };
    Ok(Value::String(s.chars().take(n).collect()))
}

fn tf_pad(args: &[Value]) -> Result<Value, FuncError> {
    let s = text(arg(args, 0, "pad")?);
    let num = |i| match args.get(i) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(0) as usize,
        Some(other) => text(other).parse().unwrap_or(0),
        None => 0,
    };
    let (l, r) = (num(1).min(1024), num(2).min(1024));
    Ok(Value::String(format!(
        "{}{s}{}",
        " ".repeat(l),
        " ".repeat(r)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const COLS: Columns<'static> = Columns {
        default: &[
            ("Repository", "REPOSITORY"),
            ("Tag", "TAG"),
            ("ID", "IMAGE ID"),
        ],
        extra: &[("CreatedSince", "CREATED")],
    };

    #[test]
    fn tabwriter_matches_podman_layout() {
        // podman's report writer: minwidth 12, padding 2.
        let t = tabwrite("REPOSITORY\tTAG\tIMAGE ID\nlocalhost/busybox\tlatest\tabc\n");
        assert_eq!(
            t,
            "REPOSITORY         TAG         IMAGE ID\nlocalhost/busybox  latest      abc\n"
        );
    }

    #[test]
    fn table_template_headers() {
        assert_eq!(
            table_header(
                "{{.Repository}}:{{.Tag}}\t{{.CreatedSince}}\t{{.Other}}",
                &COLS
            ),
            "REPOSITORY:TAG\tCREATED\tOTHER"
        );
        assert_eq!(
            Format::parse(Some("table {{.ID}}\\t{{.Tag}}")),
            Format::TableTemplate("{{.ID}}\t{{.Tag}}".into())
        );
    }

    #[test]
    fn templates_render_docker_style() {
        let row = json!({"Repository":"busybox","Tag":"latest","Labels":{"b":"2","a":"1"},"List":["x","y"]});
        let r = |t: &str| render(&compile(t).unwrap(), &row).unwrap();
        assert_eq!(r("{{.Repository}}:{{.Tag}}"), "busybox:latest");
        assert_eq!(r("{{json .Labels}}"), r#"{"a":"1","b":"2"}"#);
        assert_eq!(r("{{upper .Tag}}"), "LATEST");
        assert_eq!(r("{{join .List \",\"}}"), "x,y");
        assert_eq!(r("{{truncate .Repository 3}}"), "bus");
        assert!(render(&compile("{{.Nope}}").unwrap(), &row).is_err());
        assert!(compile("{{.Unclosed").is_err());
    }
}
