//! `search`: a registry's search API where it has one (Docker Hub's
//! `/v1/search`), else its catalog (`/v2/_catalog`) filtered by the term;
//! and `search --list-tags`.

use super::client::{Body, ClientOptions, Registry, Scope, read_small};
use super::conf::RegistriesConf;
use super::repo::{Repo, encode_query, next_link};
use crate::image::reference::{DEFAULT_DOMAIN, Reference};
use anyhow::{Context, Result, anyhow, bail};
use serde_json::Value;
use ureq::http::Method;

/// Docker Hub's search lives on the index host.
const DOCKER_HUB_INDEX: &str = "index.docker.io";
/// podman's default per-registry limit.
pub const DEFAULT_LIMIT: usize = 25;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hit {
    /// The registry searched.
    pub index: String,
    /// Full name: `docker.io/library/busybox`.
    pub name: String,
    pub description: String,
    pub stars: u64,
    pub official: bool,
    pub automated: bool,
}

/// Split `registry/term` from a bare term; bare terms search every
/// search registry.
pub fn split_term<'a>(conf: &RegistriesConf, input: &'a str) -> (Vec<String>, &'a str) {
    if let Some((first, rest)) = input.split_once('/')
        && (first.contains(['.', ':']) || first == "localhost")
    {
        return (vec![first.to_string()], rest);
    }
    (conf.search_registries(), input)
}

/// Search one registry.
pub fn search_registry(
    conf: &RegistriesConf,
    client: &ClientOptions,
    registry: &str,
    term: &str,
    limit: usize,
) -> Result<Vec<Hit>> {
    let probe = Reference::parse(&format!("{registry}/x"))
        .with_context(|| format!("invalid registry {registry:?}"))?;
    conf.check_not_blocked(&probe)?;
    let host = if registry == DEFAULT_DOMAIN {
        DOCKER_HUB_INDEX
    } else {
        registry
    };
    let reg = Registry::new(host, conf.is_insecure(registry), client);
    let full = |name: &str| {
        if registry == DEFAULT_DOMAIN && !name.contains('/') {
            format!("{registry}/library/{name}")
        } else {
            format!("{registry}/{name}")
        }
    };
    if !term.is_empty() {
        let path = format!("/v1/search?q={}&n={limit}", encode_query(term));
        let resp = reg.send(&Method::GET, &path, &Scope::none(), &[], Body::Empty)?;
        if resp.status().is_success() {
            let data = read_small(resp).context("reading search results")?;
            let v: Value = serde_json::from_slice(&data)
                .map_err(|_| anyhow!("invalid search results from {registry}"))?;
            let mut hits = Vec::new();
            for r in v
                .get("results")
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice)
            {
                let Some(name) = r.get("name").and_then(Value::as_str) else {
                    continue;
                };
                hits.push(Hit {
                    index: registry.to_string(),
                    name: full(name),
                    description: r
                        .get("description")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    stars: r.get("star_count").and_then(Value::as_u64).unwrap_or(0),
                    official: r
                        .get("is_official")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                    automated: r
                        .get("is_automated")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                });
                if hits.len() >= limit {
                    break;
                }
            }
            return Ok(hits);
        }
    }
    // No search API: the catalog, filtered.
    let mut hits = Vec::new();
    let mut path = "/v2/_catalog?n=1000".to_string();
    for _ in 0..10_000 {
        let resp = reg.send_ok(
            &Method::GET,
            &path,
            &Scope::catalog(),
            &[],
            Body::Empty,
            &format!("couldn't search registry {registry:?}"),
        )?;
        let next = next_link(&resp);
        let data = read_small(resp).context("reading the catalog")?;
        let v: Value = serde_json::from_slice(&data)
            .map_err(|_| anyhow!("invalid catalog from {registry}"))?;
        for name in v
            .get("repositories")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(Value::as_str)
        {
            if name.contains(term) {
                hits.push(Hit {
                    index: registry.to_string(),
                    name: full(name),
                    ..Hit::default()
                });
                if hits.len() >= limit {
                    return Ok(hits);
                }
            }
        }
        match next {
            Some(n) => path = n,
            None => return Ok(hits),
        }
    }
    bail!("the catalog of {registry} has too many pages")
}

/// The tags of a repository (`search --list-tags`).
pub fn list_tags(
    conf: &RegistriesConf,
    client: &ClientOptions,
    input: &str,
) -> Result<(String, Vec<String>)> {
    let r = Reference::parse(input)?;
    if r.tag.is_some() || r.digest.is_some() {
        bail!("{input}: --list-tags takes a repository, without tag or digest");
    }
    conf.check_not_blocked(&r)?;
    let reg = Registry::new(&r.domain, conf.is_insecure(&r.domain), client);
    let tags = Repo::new(&reg, &r.path)
        .tags()
        .context("getting repository tags")?;
    Ok((r.name(), tags))
}

/// A manifest on a registry as docker's `/distribution/{name}/json`
/// describes it: its descriptor and the platforms it serves.
#[derive(Clone, Debug)]
pub struct RemoteManifest {
    pub media_type: String,
    pub digest: String,
    pub size: usize,
    pub platforms: Vec<crate::image::spec::Platform>,
}

/// Fetch `input`'s manifest (an index's platforms from its entries, an
/// image's from its config).
pub fn remote_manifest(
    conf: &RegistriesConf,
    client: &ClientOptions,
    input: &str,
) -> Result<RemoteManifest> {
    let r = Reference::parse(input)?.with_default_tag();
    conf.check_not_blocked(&r)?;
    let reg = Registry::new(&r.domain, conf.is_insecure(&r.domain), client);
    let repo = Repo::new(&reg, &r.path);
    let want = match (&r.digest, &r.tag) {
        (Some(d), _) => d.to_string(),
        (None, Some(t)) => t.clone(),
        (None, None) => "latest".to_string(),
    };
    let m = repo.manifest(&want)?;
    let v: Value = serde_json::from_slice(&m.bytes).context("reading the manifest")?;
    let platforms = if let Some(list) = v["manifests"].as_array() {
        list.iter()
            .filter_map(|e| serde_json::from_value(e["platform"].clone()).ok())
            .collect()
    } else {
        let digest = v["config"]["digest"]
            .as_str()
            .ok_or_else(|| anyhow!("the manifest of {input} names no config"))?;
        let config = repo.small_blob(&crate::image::digest::Digest::parse(digest)?, 4 << 20)?;
        vec![serde_json::from_slice(&config).context("reading the image's config")?]
    };
    Ok(RemoteManifest {
        media_type: m.media_type,
        digest: m.digest.to_string(),
        size: m.bytes.len(),
        platforms,
    })
}

/// Apply podman's `--filter stars=N`, `is-official[=bool]`,
/// `is-automated[=bool]`.
pub fn filter(hits: Vec<Hit>, filters: &[String]) -> Result<Vec<Hit>> {
    let mut min_stars = 0;
    let mut official = None;
    let mut automated = None;
    for f in filters {
        let (k, v) = f.split_once('=').unwrap_or((f, "true"));
        let b = || -> Result<bool> {
            v.parse()
                .map_err(|_| anyhow!("invalid value {v:?} for filter {k} (true or false)"))
        };
        match k {
            "stars" => {
                min_stars = v
                    .parse()
                    .map_err(|_| anyhow!("incorrect value type for stars filter: {v:?}"))?;
            }
            "is-official" => official = Some(b()?),
            "is-automated" => automated = Some(b()?),
            _ => bail!("invalid filter type {f:?} (stars, is-official, is-automated)"),
        }
    }
    Ok(hits
        .into_iter()
        .filter(|h| h.stars >= min_stars)
        .filter(|h| official.is_none_or(|o| h.official == o))
        .filter(|h| automated.is_none_or(|a| h.automated == a))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_filters() {
        let conf = RegistriesConf::default();
        assert_eq!(
            split_term(&conf, "busybox"),
            (vec!["docker.io".to_string()], "busybox")
        );
        assert_eq!(
            split_term(&conf, "127.0.0.1:5000/bus"),
            (vec!["127.0.0.1:5000".to_string()], "bus")
        );
        assert_eq!(split_term(&conf, "library/x").1, "library/x");
        let hits = vec![
            Hit {
                name: "a".into(),
                stars: 5,
                official: true,
                ..Hit::default()
            },
            Hit {
                name: "b".into(),
                stars: 1,
                ..Hit::default()
            },
        ];
        assert_eq!(filter(hits.clone(), &["stars=2".into()]).unwrap().len(), 1);
        assert_eq!(
            filter(hits.clone(), &["is-official".into()]).unwrap()[0].name,
            "a"
        );
        assert_eq!(
            filter(hits.clone(), &["is-official=false".into()]).unwrap()[0].name,
            "b"
        );
        assert!(filter(hits.clone(), &["stars=x".into()]).is_err());
        assert!(filter(hits, &["bogus=1".into()]).is_err());
    }
}
