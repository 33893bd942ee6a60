//! Where the sources of `COPY`/`ADD` from the build context land in the
//! new layer, by docker's rules:
//!
//! * a relative destination is relative to the working directory;
//! * a destination ending in `/`, or one that several sources go to, is a
//!   directory: each source goes inside it under its own name;
//! * a directory source contributes its contents, not itself;
//! * a file source to a destination without a trailing slash is that
//!   file (whether an existing directory there takes it instead depends on
//!   the image and is decided by the caller);
//! * sources are cleaned relative to the context root (`..` cannot leave
//!   it), may be globs (`*`, `?`, `[...]` per path component), and what
//!   `.dockerignore` leaves out does not exist for them. Entries below a
//!   directory source are filtered by the same rules when the directory
//!   is walked (by the layer writer, not here).

use super::ignore::Ignore;
use std::path::{Path, PathBuf};

/// One entry to write: a context path (relative; an absolute one is a
/// file of the build's own, such as an ADD download) and its path in the
/// layer (absolute).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub source: PathBuf,
    pub dest: String,
    /// The source is a directory whose contents go to `dest`.
    pub contents_of_dir: bool,
    /// A here-document's body: a file of this content at `dest` (then
    /// `source` is unused).
    pub content: Option<Vec<u8>>,
    /// The source is a tar archive (ADD; compressed or not) whose entries
    /// go below the directory `dest`.
    pub extract: bool,
}

pub use super::ignore::clean;

/// The absolute destination for `dest` under working directory `workdir`,
/// and whether it names a directory.
pub fn destination(dest: &str, workdir: &str) -> (String, bool) {
    let is_dir = dest.ends_with('/') || dest == "." || dest.ends_with("/.");
    let joined = if dest.starts_with('/') {
        dest.to_string()
    } else {
        format!("{}/{dest}", workdir.trim_end_matches('/'))
    };
    (format!("/{}", clean(&joined)), is_dir)
}

fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// Go's `filepath.Match` for one path component.
fn component_match(pattern: &str, name: &str) -> bool {
    regex::Regex::new(&super::ignore::glob_regex(pattern, false)).is_ok_and(|re| re.is_match(name))
}

/// The context paths a source names (globs expanded, sorted), without
/// what `ignore` leaves out.
pub fn expand(context: &Path, source: &str, ignore: &Ignore) -> Result<Vec<PathBuf>, String> {
    let cleaned = clean(source);
    let mut found: Vec<String> = vec![String::new()];
    for part in cleaned.split('/').filter(|p| !p.is_empty()) {
        let mut next = Vec::new();
        for base in &found {
            let dir = context.join(base);
            if has_glob(part) {
                let Ok(rd) = std::fs::read_dir(&dir) else {
                    continue;
                };
                let mut names: Vec<String> = rd
                    .flatten()
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|n| component_match(part, n))
                    .collect();
                names.sort();
                for n in names {
                    next.push(join(base, &n));
                }
            } else if dir.join(part).symlink_metadata().is_ok() {
                next.push(join(base, part));
            }
        }
        found = next;
    }
    let found: Vec<PathBuf> = found
        .into_iter()
        .filter(|p| p.is_empty() || !ignore.ignored(p))
        .map(PathBuf::from)
        .collect();
    if found.is_empty() {
        return Err(if has_glob(source) {
            format!(
                "no source files were specified: {source:?} matches nothing in the build context"
            )
        } else {
            format!("{source:?}: no such file or directory in the build context")
        });
    }
    Ok(found)
}

fn join(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{base}/{name}")
    }
}

/// Where every source goes, by docker's rules (see the module comment).
pub fn place(
    context: &Path,
    sources: &[String],
    dest: &str,
    workdir: &str,
    ignore: &Ignore,
) -> Result<Vec<Placement>, String> {
    let (dest, dest_is_dir) = destination(dest, workdir);
    let mut expanded = Vec::new();
    for s in sources {
        expanded.extend(expand(context, s, ignore)?);
    }
    let into_dir = dest_is_dir || expanded.len() > 1;
    if expanded.len() > 1 && !dest_is_dir {
        return Err(format!(
            "when using COPY with more than one source file, the destination must be a directory and end with a /: {dest}"
        ));
    }
    let mut out = Vec::new();
    for src in expanded {
        let meta = context
            .join(&src)
            .symlink_metadata()
            .map_err(|e| format!("{}: {e}", src.display()))?;
        if meta.is_dir() {
            out.push(Placement {
                source: src,
                dest: dest.clone(),
                contents_of_dir: true,
                content: None,
                extract: false,
            });
        } else {
            let name = src
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let target = if into_dir {
                format!("{}/{name}", dest.trim_end_matches('/'))
            } else {
                dest.clone()
            };
            out.push(Placement {
                source: src,
                dest: target,
                contents_of_dir: false,
                content: None,
                extract: false,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let p = d.path();
        std::fs::create_dir_all(p.join("src/sub")).unwrap();
        for f in [
            "a.txt",
            "b.txt",
            "c.log",
            "src/main.rs",
            "src/sub/x",
            "secret",
        ] {
            std::fs::write(p.join(f), f).unwrap();
        }
        d
    }

    fn pl(
        ctx: &Path,
        srcs: &[&str],
        dest: &str,
        wd: &str,
        ig: &str,
    ) -> Result<Vec<(String, String, bool)>, String> {
        let srcs: Vec<String> = srcs.iter().map(|s| (*s).to_string()).collect();
        Ok(place(ctx, &srcs, dest, wd, &Ignore::parse(ig).unwrap())?
            .into_iter()
            .map(|p| (p.source.display().to_string(), p.dest, p.contents_of_dir))
            .collect())
    }

    #[test]
    fn destinations() {
        assert_eq!(destination("/x/", "/"), ("/x".into(), true));
        assert_eq!(destination("rel", "/app"), ("/app/rel".into(), false));
        assert_eq!(destination(".", "/app"), ("/app".into(), true));
        assert_eq!(destination("../../etc/x", "/app"), ("/etc/x".into(), false));
    }

    #[test]
    fn docker_rules_for_files_directories_and_globs() {
        let c = context();
        let p = c.path();
        assert_eq!(
            pl(p, &["a.txt"], "/f", "/", "").unwrap(),
            [("a.txt".into(), "/f".into(), false)]
        );
        assert_eq!(
            pl(p, &["a.txt"], "/d/", "/", "").unwrap(),
            [("a.txt".into(), "/d/a.txt".into(), false)]
        );
        assert_eq!(
            pl(p, &["src"], "/app", "/", "").unwrap(),
            [("src".into(), "/app".into(), true)]
        );
        assert_eq!(
            pl(p, &["*.txt"], "/d/", "/", "").unwrap(),
            [
                ("a.txt".into(), "/d/a.txt".into(), false),
                ("b.txt".into(), "/d/b.txt".into(), false)
            ]
        );
        assert!(
            pl(p, &["*.txt"], "/d", "/", "")
                .unwrap_err()
                .contains("must be a directory")
        );
        assert_eq!(
            pl(p, &["src/*/x"], "x", "/w", "").unwrap(),
            [("src/sub/x".into(), "/w/x".into(), false)]
        );
        // `..` does not leave the context.
        assert_eq!(
            pl(p, &["../../a.txt"], "/f", "/", "").unwrap()[0].0,
            "a.txt"
        );
        // The whole context.
        assert_eq!(
            pl(p, &["."], "/ctx/", "/", "").unwrap(),
            [(String::new(), "/ctx".into(), true)]
        );
    }

    #[test]
    fn ignored_and_missing_sources() {
        let c = context();
        let p = c.path();
        assert!(
            pl(p, &["secret"], "/s", "/", "secret\n")
                .unwrap_err()
                .contains("no such file")
        );
        assert_eq!(
            pl(p, &["*"], "/d/", "/", "*.log\nsecret\nsrc\n").unwrap(),
            [
                ("a.txt".into(), "/d/a.txt".into(), false),
                ("b.txt".into(), "/d/b.txt".into(), false)
            ]
        );
        assert!(
            pl(p, &["*.none"], "/d/", "/", "")
                .unwrap_err()
                .contains("matches nothing")
        );
        assert!(
            pl(p, &["nope"], "/d/", "/", "")
                .unwrap_err()
                .contains("no such file")
        );
    }

    #[test]
    fn go_component_globs() {
        assert!(component_match("a*", "abc"));
        assert!(component_match("?.txt", "a.txt"));
        assert!(!component_match("?.txt", "ab.txt"));
        assert!(component_match("[ab].txt", "b.txt"));
        assert!(component_match("[^ab].txt", "c.txt"));
        assert!(component_match("\\*", "*"));
        assert!(!component_match("\\*", "x"));
    }
}
