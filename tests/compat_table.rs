//! docs/compatibility.md: every command and flag of podman and of docker's
//! client against skiff's command tree, so the table cannot drift from the
//! code. podman's and docker's trees are crawled from their `--help`;
//! skiff's comes from `skiff::cli::command()`. What skiff lacks must be
//! classified in docs/compatibility.toml, as planned (`issue = N`) or a
//! deliberate difference (`difference = "why"`).
//!
//! The test fails when something podman or docker has is neither in skiff
//! nor classified, when an `issue` entry names something skiff now has
//! (stale), when an entry matches nothing, and when the checked-in
//! docs/compatibility.md differs from what it renders. Regenerate with
//! `SKIFF_UPDATE_DOCS=1 cargo test --test compat_table`.
//!
//! The docker client is Debian's docker.io binary, extracted (never
//! installed: no dockerd may run): `$SKIFF_DOCKER_CLI`, else where .ci/run
//! puts it, else /tmp/dockerio/usr/bin/docker.

mod common;

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const DOC: &str = "docs/compatibility.md";
const CLASSES: &str = "docs/compatibility.toml";

/// One command of a tool: its flags (long name, or `-x` for a flag with
/// no long form → its short names), its other names, and its subcommands.
#[derive(Default, Clone, Debug)]
struct Node {
    flags: BTreeMap<String, BTreeSet<char>>,
    aliases: BTreeSet<String>,
    /// For a node that stands for an alias (podman's and docker's trees
    /// only): the command's own name.
    alias_of: Option<String>,
    subs: BTreeMap<String, Node>,
}

impl Node {
    /// The subcommand called `name`, by its name or one of its aliases.
    fn child(&self, name: &str) -> Option<(&str, &Node)> {
        if let Some((k, n)) = self.subs.get_key_value(name) {
            return Some((k, n));
        }
        self.subs
            .iter()
            .find(|(_, n)| n.aliases.contains(name))
            .map(|(k, n)| (k.as_str(), n))
    }

    /// The command at `path` (space-separated; "" is the root), and its
    /// canonical path in this tree.
    fn resolve(&self, path: &str) -> Option<(String, &Node)> {
        let mut node = self;
        let mut canon = Vec::new();
        for seg in path.split_whitespace() {
            let (name, n) = node.child(seg)?;
            canon.push(name.to_string());
            node = n;
        }
        Some((canon.join(" "), node))
    }

    /// Every command below this one (and this one, as ""), by path.
    fn flatten(&self) -> BTreeMap<String, &Node> {
        let mut out = BTreeMap::new();
        let mut stack = vec![(String::new(), self)];
        while let Some((path, n)) = stack.pop() {
            for (name, sub) in &n.subs {
                let p = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path} {name}")
                };
                stack.push((p, sub));
            }
            out.insert(path, n);
        }
        out
    }
}

// ---- skiff's tree, from clap ----

fn skiff_tree() -> Node {
    let mut cmd = skiff::cli::command();
    // Subcommands are deferred (`defer = true`): build them all before
    // looking inside.
    cmd.build();
    from_clap(&cmd, true)
}

fn from_clap(c: &clap::Command, root: bool) -> Node {
    let mut n = Node {
        aliases: c.get_all_aliases().map(str::to_string).collect(),
        ..Node::default()
    };
    for a in c.get_arguments() {
        // Global flags are the root's (clap copies them into every
        // subcommand); everyone has help.
        if (a.is_global_set() && !root) || a.get_long() == Some("help") {
            continue;
        }
        let shorts: BTreeSet<char> = a
            .get_short()
            .into_iter()
            .chain(a.get_all_short_aliases().unwrap_or_default())
            .collect();
        let longs: Vec<&str> = a
            .get_long()
            .into_iter()
            .chain(a.get_all_aliases().unwrap_or_default())
            .collect();
        if longs.is_empty() {
            for s in &shorts {
                n.flags.insert(format!("-{s}"), BTreeSet::from([*s]));
            }
        }
        for l in longs {
            n.flags.insert(format!("--{l}"), shorts.clone());
        }
    }
    for s in c.get_subcommands() {
        if s.get_name() != "help" {
            n.subs.insert(s.get_name().to_string(), from_clap(s, false));
        }
    }
    n
}

// ---- podman's and docker's trees, from --help ----

/// What one `--help` lists.
#[derive(Default)]
struct Help {
    commands: Vec<String>,
    aliases: Vec<String>,
    flags: BTreeMap<String, BTreeSet<char>>,
}

/// Parse cobra's help text (podman's and docker's): the sections
/// "Available Commands:"/"Commands:"/"Management Commands:", "Aliases:"
/// and "Options:"/"Flags:".
fn parse_help(text: &str) -> Help {
    #[derive(PartialEq)]
    enum Section {
        Commands,
        Aliases,
        Flags,
        Other,
    }
    let mut h = Help::default();
    let mut section = Section::Other;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            section = match line.trim_end() {
                "Available Commands:" | "Commands:" | "Management Commands:" => Section::Commands,
                "Aliases:" => Section::Aliases,
                "Options:" | "Flags:" => Section::Flags,
                _ => Section::Other,
            };
            continue;
        }
        let body = line.trim_start();
        let indent = line.len() - body.len();
        match section {
            Section::Commands => {
                // A name may end in `*` (podman marks some that way).
                if let Some(name) = body.split_whitespace().next() {
                    let name = name.trim_end_matches('*');
                    if name != "help" {
                        h.commands.push(name.to_string());
                    }
                }
            }
            Section::Aliases => {
                h.aliases
                    .extend(body.split(',').map(|a| a.trim().to_string()));
            }
            // Deeper lines continue a description (docker wraps them).
            Section::Flags if indent <= 6 => {
                if let Some((long, short)) = parse_flag(body)
                    && long != "--help"
                {
                    h.flags.entry(long).or_default().extend(short);
                }
            }
            _ => {}
        }
    }
    h
}

/// `-a, --all  ...` or `--all ...` → ("--all", Some('a')).
fn parse_flag(body: &str) -> Option<(String, Option<char>)> {
    let (short, rest) = match body.strip_prefix('-') {
        Some(r) if !r.starts_with('-') => {
            let mut cs = r.chars();
            let s = cs.next()?;
            (Some(s), cs.as_str().strip_prefix(", ")?)
        }
        _ => (None, body),
    };
    let name: String = rest
        .strip_prefix("--")?
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    (!name.is_empty()).then(|| (format!("--{name}"), short))
}

/// Crawl `tool [path...] --help` from the root down, a level at a time
/// with a few helps running at once.
fn crawl(tool: &Path) -> Result<Node, String> {
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let help = |path: &[String]| -> Result<Help, String> {
        // A clean environment and an empty HOME: the user's config files,
        // CLI plugins or DOCKER_HOST must not change the listing.
        let out = Command::new(tool)
            .args(path)
            .arg("--help")
            .env_clear()
            .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
            .env("HOME", home.path())
            .output()
            .map_err(|e| format!("running {}: {e}", tool.display()))?;
        if !out.status.success() {
            return Err(format!(
                "{} {} --help failed: {}",
                tool.display(),
                path.join(" "),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(parse_help(&String::from_utf8_lossy(&out.stdout)))
    };
    let mut root = Node::default();
    let mut level: Vec<Vec<String>> = vec![vec![]];
    while !level.is_empty() {
        let mut next = Vec::new();
        for chunk in level.chunks(4) {
            let helps: Vec<Result<Help, String>> = std::thread::scope(|s| {
                let handles: Vec<_> = chunk.iter().map(|p| s.spawn(|| help(p))).collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|_| Err("crawler panicked".into())))
                    .collect()
            });
            for (path, h) in chunk.iter().zip(helps) {
                let h = h?;
                let mut node = &mut root;
                for seg in path {
                    node = node.subs.entry(seg.clone()).or_default();
                }
                node.flags = h.flags;
                let own = path.last().cloned().unwrap_or_default();
                node.aliases = h.aliases.into_iter().filter(|a| *a != own).collect();
                for c in h.commands {
                    let mut p = path.clone();
                    p.push(c);
                    next.push(p);
                }
            }
        }
        level = next;
    }
    add_alias_nodes(&mut root);
    Ok(root)
}

/// Give each alias a node of its own (the same flags), so that `docker
/// container ps` is a command like `docker container ls`; a name that is
/// a command of its own (podman's `container ps`) stays as it is.
fn add_alias_nodes(n: &mut Node) {
    let mut extra = Vec::new();
    for (name, sub) in &n.subs {
        for a in &sub.aliases {
            if !n.subs.contains_key(a) {
                let mut copy = sub.clone();
                copy.alias_of = Some(name.clone());
                copy.aliases.clear();
                extra.push((a.clone(), copy));
            }
        }
    }
    n.subs.extend(extra);
    for sub in n.subs.values_mut() {
        add_alias_nodes(sub);
    }
}

fn tool_version(tool: &Path) -> String {
    Command::new(tool)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn podman_cli() -> Option<PathBuf> {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|d| d.join("podman"))
        .find(|p| p.is_file())
}

// ---- the classification file ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Classes {
    #[serde(default)]
    item: Vec<Item>,
}

/// One entry of docs/compatibility.toml: commands (and flags of them)
/// with the same classification.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    command: OneOrMany,
    flag: Option<OneOrMany>,
    issue: Option<u32>,
    difference: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn list(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Class {
    Issue(u32),
    Difference(String),
}

impl Class {
    fn cell(&self) -> String {
        match self {
            Class::Issue(n) => format!("not yet (#{n})"),
            Class::Difference(why) => format!("difference: {why}"),
        }
    }
}

/// The classification file, indexed: command entries by the path they
/// name (covering the commands below it too), flag entries by (skiff's
/// canonical path of the command, flag).
struct Index {
    commands: BTreeMap<String, (usize, Class)>,
    flags: BTreeMap<(String, String), (usize, Class)>,
    used: Vec<bool>,
    problems: Vec<String>,
}

impl Index {
    fn new(items: &[Item], skiff: &Node) -> Index {
        let mut ix = Index {
            commands: BTreeMap::new(),
            flags: BTreeMap::new(),
            used: vec![false; items.len()],
            problems: Vec::new(),
        };
        for (i, it) in items.iter().enumerate() {
            let commands = it.command.list();
            let class = match (it.issue, &it.difference) {
                (Some(n), None) => Class::Issue(n),
                (None, Some(d)) => Class::Difference(d.clone()),
                _ => {
                    ix.problems.push(format!(
                        "{CLASSES}: entry for {commands:?} needs exactly one of `issue` or `difference`"
                    ));
                    continue;
                }
            };
            for cmd in commands {
                let Some(flags) = &it.flag else {
                    if let (Class::Issue(n), Some(_)) = (&class, skiff.resolve(&cmd)) {
                        ix.problems.push(format!(
                            "stale: skiff has `{cmd}` now; remove it from its `issue = {n}` entry in {CLASSES}"
                        ));
                    }
                    ix.add_command(i, &cmd, class.clone());
                    continue;
                };
                let Some((canon, node)) = skiff.resolve(&cmd) else {
                    ix.problems.push(format!(
                        "{CLASSES}: entry for flags of `{cmd}`, which skiff does not have: classify the command instead"
                    ));
                    continue;
                };
                for flag in flags.list() {
                    if let (Class::Issue(n), true) = (
                        &class,
                        flag.starts_with("--") && node.flags.contains_key(&flag),
                    ) {
                        ix.problems.push(format!(
                            "stale: skiff has `{}` now; remove it from its `issue = {n}` entry in {CLASSES}",
                            words(&cmd, &flag)
                        ));
                    }
                    if ix
                        .flags
                        .insert((canon.clone(), flag.clone()), (i, class.clone()))
                        .is_some()
                    {
                        ix.problems.push(format!(
                            "{CLASSES}: `{}` is classified twice",
                            words(&cmd, &flag)
                        ));
                    }
                }
            }
        }
        ix
    }

    fn add_command(&mut self, i: usize, cmd: &str, class: Class) {
        if self.commands.insert(cmd.to_string(), (i, class)).is_some() {
            self.problems
                .push(format!("{CLASSES}: `{cmd}` is classified twice"));
        }
    }

    /// The entry for a command path skiff lacks: the nearest entry naming
    /// it or a command above it.
    fn command(&mut self, path: &str) -> Option<Class> {
        let words: Vec<&str> = path.split_whitespace().collect();
        for n in (1..=words.len()).rev() {
            if let Some((i, c)) = self.commands.get(&words[..n].join(" ")) {
                self.used[*i] = true;
                return Some(c.clone());
            }
        }
        None
    }

    /// A difference noted for a command skiff has (named exactly).
    fn command_note(&mut self, path: &str) -> Option<Class> {
        let (i, c) = self.commands.get(path)?;
        self.used[*i] = true;
        Some(c.clone())
    }

    fn flag(&mut self, canon: &str, flag: &str) -> Option<Class> {
        let (i, c) = self.flags.get(&(canon.to_string(), flag.to_string()))?;
        self.used[*i] = true;
        Some(c.clone())
    }
}

// ---- the comparison and the document ----

struct Tools {
    podman: Node,
    docker: Node,
    skiff: Node,
    versions: (String, String),
}

/// One command row (or section) of the document.
struct CommandRow {
    path: String,
    podman: String,
    docker: String,
    skiff: String,
    /// (flag, podman, docker, skiff) cells; empty for aliases.
    flags: Vec<[String; 4]>,
}

fn tool_cell(n: Option<&&Node>) -> String {
    match n {
        None => "—".into(),
        Some(n) => match &n.alias_of {
            Some(of) => format!("alias of `{of}`"),
            None => "yes".into(),
        },
    }
}

fn flag_cell(n: Option<&&Node>, flag: &str) -> String {
    match n.and_then(|n| n.flags.get(flag)) {
        None => "—".into(),
        Some(shorts) if shorts.is_empty() => "yes".into(),
        Some(shorts) => format!("yes (`{}`)", shorts_text(shorts)),
    }
}

fn shorts_text(shorts: &BTreeSet<char>) -> String {
    shorts
        .iter()
        .map(|c| format!("-{c}"))
        .collect::<Vec<_>>()
        .join("`, `")
}

/// Compare the trees: the document's rows, and every problem found.
fn compare(t: &Tools, items: &[Item]) -> (Vec<CommandRow>, Vec<String>) {
    let mut ix = Index::new(items, &t.skiff);
    let (pm, dk, sk) = (t.podman.flatten(), t.docker.flatten(), t.skiff.flatten());
    let paths: BTreeSet<&String> = pm.keys().chain(dk.keys()).chain(sk.keys()).collect();
    let mut unclassified = Vec::new();
    let mut rows = Vec::new();
    for path in paths {
        let (p, d) = (pm.get(path), dk.get(path));
        let resolved = t.skiff.resolve(path);
        let skiff_cell = match &resolved {
            Some(_) => match ix.command_note(path) {
                Some(c) => format!("yes; {}", c.cell()),
                None => "yes".into(),
            },
            None => {
                if let Some(c) = ix.command(path) {
                    c.cell()
                } else {
                    unclassified.push(format!("command `{path}`"));
                    "UNCLASSIFIED".into()
                }
            }
        };
        let alias_only = [p, d]
            .iter()
            .all(|n| n.is_none_or(|n| n.alias_of.is_some()))
            && !sk.contains_key(path);
        let mut flags = Vec::new();
        if !alias_only {
            let names: BTreeSet<&String> = p
                .iter()
                .chain(d.iter())
                .flat_map(|n| n.flags.keys())
                .chain(sk.get(path).into_iter().flat_map(|n| n.flags.keys()))
                .collect();
            for flag in names {
                let cell = match &resolved {
                    None => skiff_cell.clone(),
                    Some((canon, node)) => {
                        flag_row_cell(&mut ix, &mut unclassified, path, canon, node, flag, [p, d])
                    }
                };
                flags.push([
                    format!("`{flag}`"),
                    flag_cell(p, flag),
                    flag_cell(d, flag),
                    cell,
                ]);
            }
        }
        rows.push(CommandRow {
            path: path.clone(),
            podman: tool_cell(p),
            docker: tool_cell(d),
            skiff: skiff_cell,
            flags,
        });
    }
    let mut problems = std::mem::take(&mut ix.problems);
    if !unclassified.is_empty() {
        problems.push(format!(
            "not in skiff and not classified in {CLASSES} (add `issue = N` or `difference = \"why\"`):\n  {}",
            unclassified.join("\n  ")
        ));
    }
    for (i, used) in ix.used.iter().enumerate() {
        if !used {
            problems.push(format!(
                "{CLASSES}: the entry for {:?} {:?} matches nothing podman or docker has that skiff lacks",
                items[i].command.list(),
                items[i].flag.as_ref().map(OneOrMany::list).unwrap_or_default()
            ));
        }
    }
    (rows, problems)
}

/// The skiff cell of one flag of a command skiff has, noting what is
/// unclassified or stale.
fn flag_row_cell(
    ix: &mut Index,
    unclassified: &mut Vec<String>,
    path: &str,
    canon: &str,
    node: &Node,
    flag: &str,
    tools: [Option<&&Node>; 2],
) -> String {
    let Some(mine) = node.flags.get(flag) else {
        let in_tools = tools.iter().flatten().any(|n| n.flags.contains_key(flag));
        return match ix.flag(canon, flag) {
            Some(c) => c.cell(),
            None if in_tools => {
                unclassified.push(format!("flag `{}`", words(path, flag)));
                "UNCLASSIFIED".into()
            }
            None => "—".into(),
        };
    };
    let mut cell = if mine.is_empty() {
        "yes".to_string()
    } else {
        format!("yes (`{}`)", shorts_text(mine))
    };
    if let Some(c) = ix.flag(canon, flag) {
        // An `issue` entry for it was reported stale by `Index::new`.
        let _ = write!(cell, "; {}", c.cell());
    }
    // Short forms podman or docker have and skiff's flag lacks.
    let theirs: BTreeSet<char> = tools
        .iter()
        .flatten()
        .filter_map(|n| n.flags.get(flag))
        .flatten()
        .copied()
        .collect();
    for s in theirs.difference(mine) {
        let short = format!("-{s}");
        if let Some(c) = ix.flag(canon, &short) {
            let _ = write!(cell, "; `{short}`: {}", c.cell());
        } else {
            unclassified.push(format!("short form `{}` (of {flag})", words(path, &short)));
            let _ = write!(cell, "; `{short}`: UNCLASSIFIED");
        }
    }
    // A short form skiff has now, still classified as planned.
    for s in mine {
        if let Some(Class::Issue(n)) = ix.flag(canon, &format!("-{s}"))
            && theirs.contains(s)
        {
            ix.problems.push(format!(
                "stale: skiff has `{}` now; remove it from its `issue = {n}` entry in {CLASSES}",
                words(path, &format!("-{s}"))
            ));
        }
    }
    cell
}

/// `path flag` as typed (the root's flags without a leading space).
fn words(path: &str, flag: &str) -> String {
    if path.is_empty() {
        flag.to_string()
    } else {
        format!("{path} {flag}")
    }
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|")
}

fn render(t: &Tools, rows: &[CommandRow]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Compatibility with podman and docker\n\n\
         Generated by `tests/compat_table.rs` from `podman --help`, `docker --help` and skiff's \
         command tree, with the classification in `docs/compatibility.toml`; do not edit \
         (regenerate with `SKIFF_UPDATE_DOCS=1 cargo test --test compat_table`).\n\n\
         Compared with {} and the client of {} (Debian's `docker.io`).\n\n\
         In the skiff column: `yes`; `not yet (#N)`: issue N will add it; `difference: ...`: \
         skiff deliberately does otherwise. A short form in parentheses, `—`: the tool has no \
         such command or flag.\n",
        t.versions.0, t.versions.1
    );
    out.push_str(
        "## Commands\n\n| command | podman | docker | skiff |\n| --- | --- | --- | --- |\n",
    );
    for r in rows.iter().filter(|r| !r.path.is_empty()) {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            r.path,
            md_cell(&r.podman),
            md_cell(&r.docker),
            md_cell(&r.skiff)
        );
    }
    out.push_str("\n## Flags\n");
    for r in rows.iter().filter(|r| !r.flags.is_empty()) {
        let title = if r.path.is_empty() {
            "global options".to_string()
        } else {
            format!("`{}`", r.path)
        };
        let _ = writeln!(
            out,
            "\n### {title}\n\n| flag | podman | docker | skiff |\n| --- | --- | --- | --- |"
        );
        for f in &r.flags {
            let cells: Vec<String> = f.iter().map(|c| md_cell(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
    }
    out
}

#[test]
fn compatibility_table_is_current() {
    let name = "compatibility_table_is_current";
    let Some(podman) = podman_cli() else {
        common::skip(name, "podman is not installed (apt-get install podman)");
        return;
    };
    let docker = match common::docker_cli() {
        Ok(d) => d,
        Err(why) => {
            common::skip(name, &why);
            return;
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(CLASSES))
        .unwrap_or_else(|e| panic!("reading {CLASSES}: {e}"));
    let classes: Classes =
        toml::from_str(&text).unwrap_or_else(|e| panic!("parsing {CLASSES}: {e}"));
    let tools = Tools {
        podman: crawl(&podman).unwrap_or_else(|e| panic!("{e}")),
        docker: crawl(&docker).unwrap_or_else(|e| panic!("{e}")),
        skiff: skiff_tree(),
        versions: (tool_version(&podman), tool_version(&docker)),
    };
    let (rows, problems) = compare(&tools, &classes.item);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let doc = render(&tools, &rows);
    let path = root.join(DOC);
    if std::fs::read_to_string(&path).ok().as_deref() != Some(doc.as_str()) {
        if std::env::var_os("SKIFF_UPDATE_DOCS").is_some() {
            std::fs::write(&path, &doc).unwrap_or_else(|e| panic!("writing {DOC}: {e}"));
        } else {
            panic!("{DOC} is stale: run SKIFF_UPDATE_DOCS=1 cargo test --test compat_table");
        }
    }
}

#[test]
fn help_parser_reads_cobra_sections() {
    let h = parse_help(
        "Usage:\n  x [options]\n\nAliases:\n  ls, list\n\nAvailable Commands:\n  run*        Run\n  help        Help\n\n\
         Options:\n  -a, --all             Show all\n                        --not-a-flag (wrapped)\n      --format string   Format\n      --help            Help\n",
    );
    assert_eq!(h.commands, ["run"]);
    assert_eq!(h.aliases, ["ls", "list"]);
    assert_eq!(
        h.flags.keys().collect::<Vec<_>>(),
        ["--all", "--format"],
        "{:?}",
        h.flags
    );
    assert_eq!(h.flags["--all"], BTreeSet::from(['a']));
}
