//! Image references in docker's grammar (distribution/reference):
//! `[domain[:port]/]path[:tag][@digest]`, normalised so that `debian` means
//! `docker.io/library/debian:latest`.

use super::digest::{Digest, is_hex64};
use anyhow::{Result, bail};
use std::fmt;

pub const DEFAULT_DOMAIN: &str = "docker.io";
const LEGACY_DEFAULT_DOMAIN: &str = "index.docker.io";
const OFFICIAL_PREFIX: &str = "library/";
const NAME_TOTAL_MAX: usize = 255;

/// A normalised reference. `domain` and `path` are always set; a reference
/// without tag and digest means `:latest` where one is needed.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Reference {
    pub domain: String,
    pub path: String,
    pub tag: Option<String>,
    pub digest: Option<Digest>,
}

/// A reference that does not parse, in docker/distribution's words (what
/// podman prints): the specific reason where it has one, else "invalid
/// reference format".
fn invalid(_s: &str, why: &str) -> anyhow::Error {
    let text = match why {
        "empty" => "repository name must have at least one component",
        "repository name must be lowercase"
        | "repository name must not be more than 255 characters" => why,
        _ => "invalid reference format",
    };
    crate::error::classified(crate::error::Kind::Invalid, text)
}

impl Reference {
    /// A name made on this machine (`tag`, `commit`, `import`, `build`):
    /// without a registry it belongs to `localhost/` (podman), not to
    /// Docker Hub.
    pub fn parse_local(s: &str) -> Result<Reference> {
        let r = Reference::parse(s).map_err(|e| {
            crate::error::classified(
                crate::error::Kind::Invalid,
                // podman says it twice.
                format!("normalizing name {s:?}: normalizing name {s:?}: {e:#}"),
            )
        })?;
        if r.domain != DEFAULT_DOMAIN || explicit_domain(s) {
            return Ok(r);
        }
        let path = r
            .path
            .strip_prefix(OFFICIAL_PREFIX)
            .filter(|_| !s.contains("library/"))
            .unwrap_or(&r.path)
            .to_string();
        Ok(Reference {
            domain: "localhost".into(),
            path,
            ..r
        })
    }

    /// Parse and normalise (docker's `ParseNormalizedNamed`).
    pub fn parse(s: &str) -> Result<Reference> {
        if s.is_empty() {
            bail!(invalid(s, "empty"));
        }
        if is_hex64(s) {
            bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                format!(
                    "invalid repository name ({s}), cannot specify 64-byte hexadecimal strings"
                ),
            ));
        }
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => (
                r,
                Some(Digest::parse(d).map_err(|e| invalid(s, &e.to_string()))?),
            ),
            None => (s, None),
        };
        // A tag follows the last ':' that comes after the last '/'.
        let slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[slash..].rfind(':') {
            Some(i) => (&rest[..slash + i], Some(&rest[slash + i + 1..])),
            None => (rest, None),
        };
        if let Some(t) = tag
            && !valid_tag(t)
        {
            bail!(invalid(s, "invalid tag"));
        }
        if name.is_empty() {
            bail!(invalid(s, "missing repository name"));
        }
        if name.len() > NAME_TOTAL_MAX {
            bail!(invalid(
                s,
                "repository name must not be more than 255 characters"
            ));
        }
        let (mut domain, mut path) = match name.split_once('/') {
            Some((first, remainder))
                if first.contains(['.', ':'])
                    || first == "localhost"
                    || first.to_lowercase() != first =>
            {
                (first.to_string(), remainder.to_string())
            }
            _ => (DEFAULT_DOMAIN.to_string(), name.to_string()),
        };
        if !valid_domain(&domain) {
            bail!(invalid(s, "invalid domain"));
        }
        if path.to_lowercase() != path {
            bail!(invalid(s, "repository name must be lowercase"));
        }
        if !valid_path(&path) {
            bail!(invalid(s, ""));
        }
        if domain == LEGACY_DEFAULT_DOMAIN {
            domain = DEFAULT_DOMAIN.to_string();
        }
        if domain == DEFAULT_DOMAIN && !path.contains('/') {
            path = format!("{OFFICIAL_PREFIX}{path}");
        }
        Ok(Reference {
            domain,
            path,
            tag: tag.map(str::to_string),
            digest,
        })
    }

    /// `domain/path`, e.g. `docker.io/library/busybox`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.domain, self.path)
    }

    /// docker's short form: `busybox`, `user/app`, `quay.io/ns/app`.
    pub fn familiar_name(&self) -> String {
        familiar(&self.domain, &self.path)
    }

    /// The tag, `latest` when neither tag nor digest was given.
    pub fn tag_or_latest(&self) -> Option<&str> {
        match (&self.tag, &self.digest) {
            (Some(t), _) => Some(t),
            (None, None) => Some("latest"),
            (None, Some(_)) => None,
        }
    }

    /// The same reference with `:latest` filled in where needed.
    pub fn with_default_tag(mut self) -> Reference {
        if self.tag.is_none() && self.digest.is_none() {
            self.tag = Some("latest".into());
        }
        self
    }

    /// The name an image is stored under: `:latest` when there is no tag,
    /// and no digest.
    pub fn tagged(&self) -> Reference {
        Reference {
            domain: self.domain.clone(),
            path: self.path.clone(),
            tag: Some(self.tag.clone().unwrap_or_else(|| "latest".into())),
            digest: None,
        }
    }

    /// `name:tag` or `name@digest` in familiar form.
    pub fn familiar_string(&self) -> String {
        let mut s = self.familiar_name();
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d.as_str());
        }
        s
    }

    /// Whether the user typed a bare short name (no domain), which podman
    /// resolves against every local registry prefix.
    pub fn is_short_name(input: &str) -> bool {
        let name = input.split('@').next().unwrap_or(input);
        match name.split_once('/') {
            None => true,
            Some((first, _)) => {
                !(first.contains(['.', ':'])
                    || first == "localhost"
                    || first.to_lowercase() != first)
            }
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.domain, self.path)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

/// docker's familiar form of a normalised `domain/path`.
/// Whether `s` names its registry (its first component looks like a
/// domain).
fn explicit_domain(s: &str) -> bool {
    s.split_once('/').is_some_and(|(first, _)| {
        first.contains(['.', ':']) || first == "localhost" || first.to_lowercase() != first
    })
}

pub fn familiar(domain: &str, path: &str) -> String {
    if domain == DEFAULT_DOMAIN {
        path.strip_prefix(OFFICIAL_PREFIX)
            .filter(|p| !p.contains('/'))
            .unwrap_or(path)
            .to_string()
    } else {
        format!("{domain}/{path}")
    }
}

/// Split a full stored name `domain/path:tag` into repository and tag.
pub fn split_tagged(full: &str) -> (&str, &str) {
    let slash = full.rfind('/').map_or(0, |i| i + 1);
    match full[slash..].rfind(':') {
        Some(i) => (&full[..slash + i], &full[slash + i + 1..]),
        None => (full, ""),
    }
}

fn valid_tag(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && (b[0].is_ascii_alphanumeric() || b[0] == b'_')
        && b[1..]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'-')
}

fn valid_domain(d: &str) -> bool {
    let (host, port) = if let Some(rest) = d.strip_prefix('[') {
        // [IPv6]:port
        let Some((v6, after)) = rest.split_once(']') else {
            return false;
        };
        if v6.is_empty() || !v6.bytes().all(|c| c.is_ascii_hexdigit() || c == b':') {
            return false;
        }
        match after {
            "" => return true,
            p => match p.strip_prefix(':') {
                Some(port) => ("x", Some(port)),
                None => return false,
            },
        }
    } else {
        match d.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (d, None),
        }
    };
    if let Some(p) = port
        && (p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    !host.is_empty()
        && host.split('.').all(|c| {
            let b = c.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|&x| x.is_ascii_alphanumeric() || x == b'-')
        })
}

/// path-component := [a-z0-9]+ (separator [a-z0-9]+)*,
/// separator := [_.] | __ | [-]+
fn valid_path(p: &str) -> bool {
    p.split('/').all(|comp| {
        let b = comp.as_bytes();
        if b.is_empty() || !is_alnum(b[0]) || !is_alnum(b[b.len() - 1]) {
            return false;
        }
        let mut i = 0;
        while i < b.len() {
            if is_alnum(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && !is_alnum(b[i]) {
                i += 1;
            }
            let sep = &comp[start..i];
            let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|c| c == b'-');
            if !ok {
                return false;
            }
        }
        true
    })
}

fn is_alnum(c: u8) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(s: &str) -> String {
        Reference::parse(s).unwrap().with_default_tag().to_string()
    }

    #[test]
    fn normalises_docker_style_names() {
        assert_eq!(full("debian"), "docker.io/library/debian:latest");
        assert_eq!(full("debian:12"), "docker.io/library/debian:12");
        assert_eq!(full("user/app"), "docker.io/user/app:latest");
        assert_eq!(
            full("index.docker.io/debian"),
            "docker.io/library/debian:latest"
        );
        assert_eq!(full("localhost/x"), "localhost/x:latest");
        assert_eq!(full("localhost:5000/a/b:v1"), "localhost:5000/a/b:v1");
        assert_eq!(full("quay.io/ns/img"), "quay.io/ns/img:latest");
        assert_eq!(full("[::1]:5000/img:t"), "[::1]:5000/img:t");
        assert_eq!(
            full("a__b/c-d.e_f---g"),
            "docker.io/a__b/c-d.e_f---g:latest"
        );
        let d = format!("sha256:{}", "a".repeat(64));
        let r = Reference::parse(&format!("host:5000/ns/name:tag@{d}")).unwrap();
        assert_eq!(r.domain, "host:5000");
        assert_eq!(r.path, "ns/name");
        assert_eq!(r.tag.as_deref(), Some("tag"));
        assert_eq!(r.digest.unwrap().as_str(), d);
        let r = Reference::parse(&format!("busybox@{d}"))
            .unwrap()
            .with_default_tag();
        assert!(r.tag.is_none());
    }

    #[test]
    fn familiar_forms() {
        assert_eq!(
            Reference::parse("docker.io/library/busybox")
                .unwrap()
                .familiar_name(),
            "busybox"
        );
        assert_eq!(
            Reference::parse("docker.io/u/app").unwrap().familiar_name(),
            "u/app"
        );
        assert_eq!(
            Reference::parse("localhost/app").unwrap().familiar_name(),
            "localhost/app"
        );
        assert_eq!(
            Reference::parse("busybox:1").unwrap().familiar_string(),
            "busybox:1"
        );
    }

    #[test]
    fn rejects_invalid_forms() {
        for bad in [
            "",
            "UPPER",
            "Docker.io/Upper",
            "a//b",
            "/a",
            "a/",
            "a:",
            "a:-tag",
            "a@sha256:short",
            "a@",
            ":tag",
            "-a",
            "a..b",
            "a!b",
            "host:port/a",
            &"a".repeat(256),
            &"f".repeat(64),
            &format!("a:{}", "t".repeat(129)),
            "a b",
            "ünïcode",
        ] {
            assert!(Reference::parse(bad).is_err(), "{bad:?} should be invalid");
        }
    }

    #[test]
    fn short_names() {
        assert!(Reference::is_short_name("busybox"));
        assert!(Reference::is_short_name("user/app"));
        assert!(!Reference::is_short_name("localhost/app"));
        assert!(!Reference::is_short_name("quay.io/app"));
        assert_eq!(
            split_tagged("localhost:5000/a:b"),
            ("localhost:5000/a", "b")
        );
        assert_eq!(split_tagged("localhost:5000/a"), ("localhost:5000/a", ""));
    }
}
