//! YAML output the way podman's (Go yaml.v2) encoder writes it: block
//! mappings indented by two spaces, sequences at their key's indentation,
//! strings plain when they can be, double-quoted when they would read as
//! another type (`"12"`, `"true"`), single-quoted when they hold YAML
//! punctuation, literal blocks (`|-`) when they span lines. Keys keep their
//! order; [`sort_keys`] orders them as yaml.v2 does for Go maps.

use serde_json::Value;

/// `v` (a mapping) as a YAML document.
pub fn to_string(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => mapping(&mut out, m, 0),
        other => {
            out.push_str(&scalar(other, 0));
            out.push('\n');
        }
    }
    out
}

/// `v` with every mapping's keys in yaml.v2's order for map keys (what
/// podman's `info` prints): runs of digits compare as numbers, other
/// characters before letters, letters by code point.
pub fn sort_keys(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by(|a, b| key_order(a, b));
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sort_keys(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sort_keys).collect()),
        other => other.clone(),
    }
}

fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] == b[i] {
            i += 1;
            continue;
        }
        let (al, bl) = (a[i].is_alphabetic(), b[i].is_alphabetic());
        if al && bl {
            return a[i].cmp(&b[i]);
        }
        if al || bl {
            return if bl {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        // Digit runs (from where the two differ) compare as numbers.
        let run = |s: &[char]| s.iter().take_while(|c| c.is_ascii_digit()).count();
        let (ra, rb) = (run(&a[i..]), run(&b[i..]));
        if ra > 0 && rb > 0 {
            let num = |s: &[char], n: usize| {
                s[..n]
                    .iter()
                    .collect::<String>()
                    .parse::<u128>()
                    .unwrap_or(0)
            };
            let (na, nb) = (num(&a[i..], ra), num(&b[i..], rb));
            if na != nb {
                return na.cmp(&nb);
            }
        }
        return a[i].cmp(&b[i]);
    }
    a.len().cmp(&b.len())
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn mapping(out: &mut String, m: &serde_json::Map<String, Value>, indent: usize) {
    for (k, v) in m {
        pad(out, indent);
        out.push_str(&string(k, indent));
        out.push(':');
        value(out, v, indent, false);
    }
}

/// A value after `key:` (or after `- `), with `indent` the key's column.
fn value(out: &mut String, v: &Value, indent: usize, in_seq: bool) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            if in_seq {
                // `- a: 1` / `  b: 2`
                let mut first = true;
                for (k, x) in m {
                    if first {
                        first = false;
                    } else {
                        pad(out, indent + 2);
                    }
                    out.push_str(&string(k, indent + 2));
                    out.push(':');
                    value(out, x, indent + 2, false);
                }
            } else {
                out.push('\n');
                mapping(out, m, indent + 2);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            for x in a {
                pad(out, indent);
                out.push('-');
                match x {
                    Value::Object(m) if !m.is_empty() => {
                        out.push(' ');
                        value(out, x, indent, true);
                    }
                    Value::Array(b) if !b.is_empty() => {
                        value(out, x, indent + 2, true);
                    }
                    _ => {
                        out.push(' ');
                        out.push_str(&scalar(x, indent));
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            out.push(' ');
            out.push_str(&scalar(v, indent));
            out.push('\n');
        }
    }
}

fn scalar(v: &Value, indent: usize) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s, indent),
        Value::Array(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

/// Would a plain scalar `s` read as something other than a string?
fn looks_typed(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    matches!(
        l.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    ) || s.parse::<f64>().is_ok()
        || (s.starts_with("0x") && i64::from_str_radix(&s[2..], 16).is_ok())
        || l == ".inf"
        || l == "-.inf"
        || l == ".nan"
}

/// Can `s` be written plain?
fn plain_ok(s: &str) -> bool {
    let first = s.chars().next().unwrap_or(' ');
    !(s.starts_with(' ')
        || s.ends_with(' ')
        || s.ends_with(':')
        || "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || s.contains(": ")
        || s.contains(" #")
        || s.chars().any(char::is_control))
}

/// A string scalar; `indent` is where a literal block's lines go.
fn string(s: &str, indent: usize) -> String {
    if s.is_empty() {
        return "\"\"".into();
    }
    if s.contains('\n') {
        let (body, chomp) = match s.strip_suffix('\n') {
            Some(b) => (b, "|"),
            None => (s, "|-"),
        };
        let mut out = String::from(chomp);
        for line in body.split('\n') {
            out.push('\n');
            if !line.is_empty() {
                out.extend(std::iter::repeat_n(' ', indent + 2));
                out.push_str(line);
            }
        }
        return out;
    }
    if looks_typed(s) {
        return format!("{s:?}");
    }
    if plain_ok(s) {
        return s.to_string();
    }
    if s.chars().any(char::is_control) {
        return format!("{s:?}");
    }
    format!("'{}'", s.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn podman_info_style() {
        let v = json!({
            "host": {
                "arch": "amd64",
                "cgroupControllers": ["cpuset", "cpu"],
                "conmon": {"version": "conmon version 2.1.6, commit: unknown"},
                "distribution": {"version": "12"},
                "idMappings": {"gidmap": null},
                "ociRuntime": {"version": "crun version 1.8.1\ncommit: f8a0"},
                "cpus": 2,
            },
            "registries": {},
            "store": {"graphStatus": {"Native Overlay Diff": "true"}},
        });
        assert_eq!(
            to_string(&v),
            "host:\n  arch: amd64\n  cgroupControllers:\n  - cpuset\n  - cpu\n  conmon:\n    version: 'conmon version 2.1.6, commit: unknown'\n  distribution:\n    version: \"12\"\n  idMappings:\n    gidmap: null\n  ociRuntime:\n    version: |-\n      crun version 1.8.1\n      commit: f8a0\n  cpus: 2\nregistries: {}\nstore:\n  graphStatus:\n    Native Overlay Diff: \"true\"\n"
        );
    }

    #[test]
    fn sequences_of_mappings() {
        let v = json!({"uidmap": [{"container_id": 0, "host_id": 1000, "size": 1}]});
        assert_eq!(
            to_string(&v),
            "uidmap:\n- container_id: 0\n  host_id: 1000\n  size: 1\n"
        );
    }
}
