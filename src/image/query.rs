//! Image filters as docker and podman accept them (`--filter key=value`):
//! values of one key are OR'ed, different keys AND'ed; labels must all
//! match.

use super::reference::{self, Reference};
use super::store::{Family, ImageRecord, find};
use crate::util::time::Timestamp;
use anyhow::{Result, bail};
use std::collections::BTreeMap;

#[derive(Default, Debug)]
pub struct ImageFilters {
    pub dangling: Option<bool>,
    pub references: Vec<String>,
    pub labels: Vec<(String, Option<String>)>,
    pub not_labels: Vec<(String, Option<String>)>,
    pub before: Option<Timestamp>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub ids: Vec<String>,
}

impl ImageFilters {
    /// Parse `key=value` specs. `before`/`since` name images, resolved in
    /// `images`.
    pub fn parse(specs: &[String], images: &[ImageRecord]) -> Result<ImageFilters> {
        let mut f = ImageFilters::default();
        for s in specs {
            let Some((k, v)) = s.split_once('=') else {
                bail!("invalid filter {s:?}: want key=value");
            };
            match k {
                "dangling" => {
                    f.dangling = Some(match v.to_ascii_lowercase().as_str() {
                        "true" | "1" => true,
                        "false" | "0" => false,
                        _ => bail!("invalid filter {s:?}: dangling is true or false"),
                    });
                }
                "reference" => f.references.push(v.to_string()),
                "label" => f.labels.push(label(v)),
                "label!" => f.not_labels.push(label(v)),
                "before" => f.before = Some(find_time(images, v, s)?),
                "since" => f.since = Some(find_time(images, v, s)?),
                "until" => {
                    f.until = Some(Timestamp::parse_user_time(v).ok_or_else(|| {
                        anyhow::anyhow!("invalid filter {s:?}: not a time or duration")
                    })?);
                }
                "id" => f.ids.push(v.to_string()),
                _ => bail!(
                    "invalid filter {k:?} (supported: dangling, reference, label, label!, before, since, until, id)"
                ),
            }
        }
        Ok(f)
    }

    /// Whether `img` (with its config labels, among `family`) passes
    /// every filter.
    pub fn matches(
        &self,
        img: &ImageRecord,
        labels: &BTreeMap<String, String>,
        family: &Family,
    ) -> bool {
        if let Some(d) = self.dangling
            && family.is_dangling(img) != d
        {
            return false;
        }
        if !self.references.is_empty()
            && !self
                .references
                .iter()
                .any(|p| img.names.iter().any(|n| reference_matches(p, n)))
        {
            return false;
        }
        let has = |(k, v): &(String, Option<String>)| match v {
            None => labels.contains_key(k),
            Some(v) => labels.get(k) == Some(v),
        };
        if !self.labels.iter().all(has) || self.not_labels.iter().any(has) {
            return false;
        }
        let created = img.created_time();
        if self.before.is_some_and(|t| created >= t)
            || self.since.is_some_and(|t| created <= t)
            || self.until.is_some_and(|t| created >= t)
        {
            return false;
        }
        if !self.ids.is_empty()
            && !self.ids.iter().any(|i| {
                img.id
                    .hex()
                    .starts_with(i.strip_prefix("sha256:").unwrap_or(i))
            })
        {
            return false;
        }
        true
    }

    pub fn needs_labels(&self) -> bool {
        !self.labels.is_empty() || !self.not_labels.is_empty()
    }
}

fn label(v: &str) -> (String, Option<String>) {
    match v.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (v.to_string(), None),
    }
}

fn find_time(images: &[ImageRecord], name: &str, spec: &str) -> Result<Timestamp> {
    match find(images, name)? {
        Some(i) => Ok(i.created_time()),
        None => bail!("invalid filter {spec:?}: no such image {name}"),
    }
}

/// docker's `reference=` filter: a glob over the familiar name, with or
/// without the tag (`busy*`, `busybox:1.*`, `*/app`).
pub fn reference_matches(pattern: &str, full_name: &str) -> bool {
    let (repo, tag) = reference::split_tagged(full_name);
    let familiar = super::store::familiar_repo(repo);
    // podman also matches the name without its registry (`busy*` finds
    // localhost/busybox).
    let path = repo.split_once('/').map_or(repo, |(_, p)| p);
    let candidates = [
        familiar.clone(),
        format!("{familiar}:{tag}"),
        repo.to_string(),
        full_name.to_string(),
        path.to_string(),
        format!("{path}:{tag}"),
    ];
    if candidates.iter().any(|c| glob(pattern, c)) {
        return true;
    }
    // A plain name given as pattern matches its normalised form too.
    Reference::parse(pattern).is_ok_and(|r| {
        let r = r.with_default_tag();
        r.name() == repo && (r.tag.as_deref() == Some(tag) || !pattern.contains(':'))
    })
}

/// `path.Match`-style glob: `*` and `?` do not cross `/`; `[...]` classes.
pub fn glob(pattern: &str, text: &str) -> bool {
    fn inner(p: &[char], t: &[char]) -> bool {
        match p.first() {
            None => t.is_empty(),
            Some('*') => {
                for i in 0..=t.len() {
                    if i > 0 && t[i - 1] == '/' {
                        return false;
                    }
                    if inner(&p[1..], &t[i..]) {
                        return true;
                    }
                }
                false
            }
            Some('?') => !t.is_empty() && t[0] != '/' && inner(&p[1..], &t[1..]),
            Some('[') => {
                let Some(end) = p.iter().position(|&c| c == ']') else {
                    return !t.is_empty() && t[0] == '[' && inner(&p[1..], &t[1..]);
                };
                let Some(&c) = t.first() else { return false };
                let (neg, class) = match p.get(1) {
                    Some('^' | '!') => (true, &p[2..end]),
                    _ => (false, &p[1..end]),
                };
                let mut hit = false;
                let mut i = 0;
                while i < class.len() {
                    if i + 2 < class.len() && class[i + 1] == '-' {
                        hit |= class[i] <= c && c <= class[i + 2];
                        i += 3;
                    } else {
                        hit |= class[i] == c;
                        i += 1;
                    }
                }
                hit != neg && inner(&p[end + 1..], &t[1..])
            }
            Some('\\') if p.len() > 1 => !t.is_empty() && t[0] == p[1] && inner(&p[2..], &t[1..]),
            Some(&c) => !t.is_empty() && t[0] == c && inner(&p[1..], &t[1..]),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    inner(&p, &t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("busy*", "busybox"));
        assert!(!glob("*", "a/b"));
        assert!(glob("*/app", "me/app"));
        assert!(glob("b[a-z]sy?ox", "busybox"));
        assert!(!glob("b[!u]sybox", "busybox"));
    }

    #[test]
    fn reference_patterns() {
        let n = "docker.io/library/busybox:latest";
        assert!(reference_matches("busybox", n));
        assert!(reference_matches("busybox:latest", n));
        assert!(reference_matches("busy*", n));
        assert!(reference_matches("busybox:l*", n));
        assert!(!reference_matches("busybox:1", n));
        assert!(!reference_matches("alpine", n));
        assert!(reference_matches("localhost/app", "localhost/app:1"));
        assert!(reference_matches("busy*", "localhost/busybox:latest"));
        assert!(reference_matches("busybox:*", "localhost/busybox:latest"));
    }
}
