//! Run the same command under podman and skiff and compare what a user
//! sees: skiff imitates podman 4.3's command line, and podman itself is the
//! reference where its behaviour is the one to copy.
//!
//! Each [`Podman`] is a private podman store (`/tmp/skpm-XXXXXXXX`) with
//! the busybox fixture loaded, in the test's mode: rootful, or rootless as
//! the test user. Hosts like this one have hybrid cgroups (v1 controllers
//! plus an empty cgroup2 at /sys/fs/cgroup/unified), which crun refuses,
//! so every podman invocation of a store runs inside one "holder" mount
//! namespace where a tmpfs hides that cgroup2 mount. One namespace per
//! store, not one per call: rootful podman bind-mounts network namespaces
//! under /run/netns, and the next call must see them.
//!
//! ```ignore
//! let Some(pm) = Podman::new(env) else { return };
//! compare(env, &pm, &["container", "exists", "bogus"], &std_norm);
//! ```
//!
//! Setup that must succeed in both (containers, volumes) goes through
//! [`both`]; for anything else, [`Podman::run`] returns the same
//! [`Output`] as `Env::skiff`, and [`seen`] splits stderr into the error
//! line and the warnings.

use super::{Cmd, Env, Mode, Output, User, chown, is_root, random_suffix, set_mode, skip};
use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Rootful podman's default ulimits exceed this host's hard limits (it
/// fails to start containers); these are within them.
/// (Rootful podman's default network gets a subnet of its own: its
/// bridge, cni-podman0, outlives the store, and with podman's default
/// 10.88.0.0/16 it would claim skiff0's routes. `[containers]` comes
/// last: `set_conf` appends to it.)
const CONTAINERS_CONF: &str = "[network]\ndefault_subnet = \"10.89.0.0/16\"\n[containers]\ndefault_ulimits = [\"nofile=20000:20000\", \"nproc=20000:20000\"]\n";

/// A private podman store in one test's mode. Dropping it removes the
/// containers, volumes, networks and images, stops the processes it
/// started and deletes the store.
pub struct Podman {
    mode: Mode,
    /// The rootless user when the test runs as root and switches to it.
    user: Option<User>,
    /// `/tmp/skpm-XXXXXXXX`: short, since podman refuses a runroot path
    /// longer than 50 characters.
    dir: PathBuf,
    /// The mount namespace holder; `None` when not root (then nothing
    /// needs hiding, or `new` skipped).
    holder: Option<Child>,
    bin: PathBuf,
    /// The environment's `Env::set_var` variables when the store was made.
    vars: Vec<(String, String)>,
    /// `set_conf` gave a containers.conf of the test's (rootless podman
    /// then reads it too).
    conf_set: std::cell::Cell<bool>,
}

impl Podman {
    /// A fresh store with `localhost/busybox:latest` loaded, or `None`
    /// (after printing why) when podman cannot run here in `env`'s mode.
    pub fn new(env: &Env) -> Option<Podman> {
        let Some(bin) = find_in_path("podman") else {
            skip(&env.name, "podman is not installed");
            return None;
        };
        if env.mode == Mode::Rootful && !is_root() {
            skip(&env.name, "rootful podman needs root");
            return None;
        }
        let hide = cgroup2_needs_hiding();
        if hide && !is_root() {
            skip(
                &env.name,
                "podman on this hybrid-cgroup host needs root to hide the empty cgroup2 mount from crun",
            );
            return None;
        }
        let Some(fixture) = env.fixture("busybox.tar") else {
            skip(&env.name, "busybox fixture missing");
            return None;
        };
        let holder = if is_root() {
            match spawn_holder(hide) {
                Ok(h) => Some(h),
                Err(e) => {
                    skip(&env.name, &format!("cannot set up podman's namespace: {e}"));
                    return None;
                }
            }
        } else {
            None
        };
        let dir = PathBuf::from(format!("/tmp/skpm-{}", random_suffix()));
        for sub in ["", "root", "run", "tmp", "net", "home", "xdg"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        // The runtime directory (podman wants it 0700) and the tmpdir are
        // private to this store: rootless podman keeps its pause process's
        // pid file there, so each store gets a pause process of its own,
        // born in this store's holder namespace (where the cgroup2 mount is
        // hidden), which Drop can stop without disturbing the user's other
        // podman stores, in this test process or outside it.
        set_mode(&dir.join("xdg"), 0o700);
        std::fs::write(dir.join("containers.conf"), CONTAINERS_CONF).unwrap();
        let archive = dir.join("busybox.tar");
        std::fs::copy(&fixture, &archive).unwrap();
        set_mode(&archive, 0o644);
        if let Some(u) = &env.user {
            chown_tree(&dir, u.uid, u.gid);
        }
        let pm = Podman {
            mode: env.mode,
            user: env.user.clone(),
            dir,
            holder,
            bin,
            vars: env.vars(),
            conf_set: std::cell::Cell::new(false),
        };
        pm.run(["load", "-i", archive.to_str().unwrap()]).ok();
        Some(pm)
    }

    /// Give this store's podman the containers.conf `text` (after the
    /// settings the harness needs), and `env`'s skiff the same file.
    pub fn set_conf(&self, env: &Env, text: &str) {
        let base = if self.mode == Mode::Rootful {
            CONTAINERS_CONF
        } else {
            "[containers]\n"
        };
        let path = self.dir.join("containers.conf");
        std::fs::write(&path, format!("{base}{text}")).unwrap();
        set_mode(&path, 0o644);
        self.conf_set.set(true);
        env.write_file(
            "containers.conf",
            format!("[containers]\n{text}").as_bytes(),
        );
    }

    /// The store's directory, podman's working directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A directory `rel` in podman's working directory and one in `env`'s,
    /// both the test user's: (skiff's, podman's).
    pub fn workdirs(&self, env: &Env, rel: &str) -> (PathBuf, PathBuf) {
        let (a, b) = (env.dir.join(rel), self.dir.join(rel));
        for d in [&a, &b] {
            std::fs::create_dir_all(d).unwrap();
            if let Some(u) = &env.user {
                chown(d, u.uid, u.gid);
            }
        }
        (a, b)
    }

    /// Run podman to completion (like `Env::skiff`).
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.cmd(args).run()
    }

    /// A podman command against this store, e.g. to give it stdin.
    /// `Cmd::env` reaches podman in both modes.
    pub fn cmd<I, S>(&self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = match &self.holder {
            Some(h) => {
                let mut c = Command::new("nsenter");
                c.arg("-t").arg(h.id().to_string()).arg("-m").arg("--");
                c
            }
            None => Command::new(&self.bin),
        };
        if let Some(u) = &self.user {
            // setpriv keeps the environment set below.
            c.arg("setpriv")
                .arg(format!("--reuid={}", u.uid))
                .arg(format!("--regid={}", u.gid))
                .arg("--init-groups")
                .arg("--");
        }
        if self.holder.is_some() {
            c.arg(&self.bin);
        }
        // A clean environment: the test runner's variables (CONTAINERS_*,
        // REGISTRY_AUTH_FILE, a real HOME's config files) must not change
        // what podman does.
        c.env_clear()
            .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
            .env("HOME", self.dir.join("home"))
            .env("XDG_RUNTIME_DIR", self.dir.join("xdg"))
            // buildah keeps RUN --mount=type=cache directories in
            // $TMPDIR (default /var/tmp), outside the store.
            .env("TMPDIR", self.dir.join("tmp"))
            .envs(self.vars.iter().cloned())
            .current_dir(&self.dir);
        if self.mode == Mode::Rootful || self.conf_set.get() {
            c.env("CONTAINERS_CONF", self.dir.join("containers.conf"));
        }
        // Every path of the store is private: rootful podman's defaults
        // (/run/libpod, /etc/containers/networks) are shared with the
        // machine's own podman, and `network prune` at Drop must not reach
        // networks that are not this test's.
        c.arg("--root")
            .arg(self.dir.join("root"))
            .arg("--runroot")
            .arg(self.dir.join("run"))
            .arg("--tmpdir")
            .arg(self.dir.join("tmp"))
            .arg("--network-config-dir")
            .arg(self.dir.join("net"));
        if self.mode == Mode::Rootful {
            // No systemd to manage cgroups on these machines.
            c.arg("--cgroup-manager").arg("cgroupfs");
        }
        // podman 4.3 documents STORAGE_DRIVER but keeps an overlay store
        // overlay with it set: the flag says it for sure.
        if let Some((_, d)) = self.vars.iter().find(|(k, _)| k == "STORAGE_DRIVER") {
            c.arg("--storage-driver").arg(d);
        }
        c.args(args);
        Cmd::from(c)
    }
}

impl Drop for Podman {
    fn drop(&mut self) {
        if std::env::var_os("SKIFF_TEST_KEEP").is_some() {
            eprintln!("kept {}", self.dir.display());
            return;
        }
        for args in [
            &["rm", "-af", "-t", "0"][..],
            &["volume", "prune", "-f"],
            &["network", "prune", "-f"],
            &["rmi", "-af"],
        ] {
            let _ = self.run(args);
        }
        if self.mode == Mode::Rootless && !is_root() {
            // Files owned by subordinate IDs can only be removed from
            // inside the user namespace (root removes them directly below).
            let root = self.dir.join("root");
            let _ = self.run([
                OsStr::new("unshare"),
                OsStr::new("rm"),
                OsStr::new("-rf"),
                root.as_os_str(),
            ]);
        }
        // This store's own rootless pause process (see `new`), if podman
        // started one: its pid file is in the tmpdir (`--tmpdir`), or in
        // the runtime directory when there is none; both are this store's.
        for file in ["tmp/pause.pid", "xdg/libpod/tmp/pause.pid"] {
            if let Some(pid) = std::fs::read_to_string(self.dir.join(file))
                .ok()
                .and_then(|s| s.trim().parse::<i32>().ok())
                && std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|c| c.starts_with("podman"))
            {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(pid),
                    nix::sys::signal::SIGKILL,
                );
            }
        }
        if let Some(mut h) = self.holder.take() {
            let _ = h.kill();
            let _ = h.wait();
        }
        // conmon may still run `podman container cleanup` for a container
        // that just exited, and that recreates files under the store:
        // retry a few times, then give up quietly.
        for _ in 0..5 {
            if std::fs::remove_dir_all(&self.dir).is_ok() || !self.dir.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    }
}

/// Whether crun would see an empty cgroup2 beside v1 controllers (a hybrid
/// layout), which it refuses.
fn cgroup2_needs_hiding() -> bool {
    let v2_root = nix::sys::statfs::statfs("/sys/fs/cgroup")
        .is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC);
    !v2_root && Path::new("/sys/fs/cgroup/unified").exists()
}

/// Start the holder: a process in a private mount namespace (with the
/// cgroup2 mount covered when `hide`), ready once it has said so.
fn spawn_holder(hide: bool) -> Result<Child, String> {
    let script = if hide {
        "mount -t tmpfs none /sys/fs/cgroup/unified && echo ready && exec sleep infinity"
    } else {
        "echo ready && exec sleep infinity"
    };
    // unshare without --fork execs sh in its own process, so the child's
    // pid is the namespace's holder.
    let mut child = Command::new("unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", script])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("running unshare: {e}"))?;
    let mut line = String::new();
    let _ = BufReader::new(child.stdout.take().unwrap()).read_line(&mut line);
    if line.trim() == "ready" {
        return Ok(child);
    }
    let _ = child.kill();
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain([PathBuf::from("/usr/bin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn chown_tree(p: &Path, uid: u32, gid: u32) {
    chown(p, uid, gid);
    if p.is_dir() {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            chown_tree(&e.path(), uid, gid);
        }
    }
}

/// What a user reads from one command of either tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub stdout: String,
    /// The first stderr line that is not a log line (usually `Error: ...`),
    /// or "" when there is none.
    pub first_err: String,
    /// The text of the log lines: podman's logrus lines
    /// (`time="..." level=warning msg="..."`, the message unquoted; other
    /// levels than warning prefixed with `LEVEL: `) and skiff's
    /// `WARNING: ` lines (the prefix removed).
    pub warnings: Vec<String>,
    pub code: i32,
}

/// Split an output into what a user reads (see [`Seen`]).
pub fn seen(o: &Output) -> Seen {
    let mut first_err = None;
    let mut warnings = Vec::new();
    for line in o.stderr.lines() {
        if let Some((level, msg)) = logrus_line(line) {
            warnings.push(if level == "warning" {
                msg
            } else {
                format!("{level}: {msg}")
            });
        } else if let Some(w) = line.strip_prefix("WARNING: ") {
            warnings.push(w.to_string());
        } else if first_err.is_none() {
            first_err = Some(line.to_string());
        }
    }
    Seen {
        stdout: o.stdout.clone(),
        first_err: first_err.unwrap_or_default(),
        warnings,
        code: o.code,
    }
}

/// `time="..." level=L msg="M"` → (L, M unquoted).
fn logrus_line(line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix("time=\"")?;
    let (_, rest) = rest.split_once("\" level=")?;
    let (level, rest) = rest.split_once(' ')?;
    let quoted = rest.strip_prefix("msg=")?;
    let msg = match quoted.strip_prefix('"') {
        Some(q) => unquote(q),
        None => quoted.split(' ').next().unwrap_or_default().to_string(),
    };
    Some((level.to_string(), msg))
}

/// The text of a Go-quoted string after its opening quote, up to the
/// closing one (logrus may append `key=value` fields after it).
fn unquote(q: &str) -> String {
    let mut out = String::new();
    let mut chars = q.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => break,
            },
            c => out.push(c),
        }
    }
    out
}

/// Run `args` under skiff (`env`'s store) and podman (`pm`'s), and assert
/// that stdout and the first error line (both after `norm`) and the exit
/// code are equal; on a mismatch, panic with both outputs side by side.
/// Returns (skiff's, podman's) outputs for further checks.
#[track_caller]
pub fn compare(
    env: &Env,
    pm: &Podman,
    args: &[&str],
    norm: &dyn Fn(&str) -> String,
) -> (Output, Output) {
    let sk = env.skiff(args);
    let po = pm.run(args);
    let (a, b) = (seen(&sk), seen(&po));
    let mut diffs = Vec::new();
    if norm(&a.stdout) != norm(&b.stdout) {
        diffs.push("stdout");
    }
    if norm(&a.first_err) != norm(&b.first_err) {
        diffs.push("first error line");
    }
    if a.code != b.code {
        diffs.push("exit code");
    }
    assert!(
        diffs.is_empty(),
        "skiff and podman differ in {} for `{}`:\n{}",
        diffs.join(", "),
        args.join(" "),
        side_by_side(&sk, &po)
    );
    (sk, po)
}

/// Compare the first error line (after `tool_norm`) and the exit code
/// only: for commands whose stdout is each tool's own text (help).
#[track_caller]
pub fn compare_err(env: &Env, pm: &Podman, args: &[&str]) -> (Output, Output) {
    let sk = env.skiff(args);
    let po = pm.run(args);
    let (a, b) = (seen(&sk), seen(&po));
    assert!(
        tool_norm(&a.first_err) == tool_norm(&b.first_err) && a.code == b.code,
        "skiff and podman differ in the error for `{}`:\n{}",
        args.join(" "),
        side_by_side(&sk, &po)
    );
    (sk, po)
}

/// [`compare`], and the warnings too (podman's logrus lines against
/// skiff's `WARNING:` lines).
#[track_caller]
pub fn compare_warned(
    env: &Env,
    pm: &Podman,
    args: &[&str],
    norm: &dyn Fn(&str) -> String,
) -> (Output, Output) {
    let (sk, po) = compare(env, pm, args, norm);
    let (a, b) = (seen(&sk), seen(&po));
    let w = |s: &Seen| s.warnings.iter().map(|w| norm(w)).collect::<Vec<_>>();
    assert_eq!(
        w(&a),
        w(&b),
        "skiff and podman warn differently for `{}`:\n{}",
        args.join(" "),
        side_by_side(&sk, &po)
    );
    (sk, po)
}

/// Run setup commands in both stores, asserting each succeeds in both.
#[track_caller]
pub fn both(env: &Env, pm: &Podman, setup: &[&[&str]]) {
    for args in setup {
        let sk = env.skiff(*args);
        let po = pm.run(*args);
        assert!(
            sk.code == 0 && po.code == 0,
            "setup `{}` must succeed in both:\n{}",
            args.join(" "),
            side_by_side(&sk, &po)
        );
    }
}

/// Two outputs in columns: exit code, stdout and stderr, skiff on the left.
fn side_by_side(sk: &Output, po: &Output) -> String {
    const W: usize = 60;
    let col = |o: &Output| {
        let mut v = vec![format!("exit code {}", o.code), "-- stdout --".into()];
        v.extend(o.stdout.lines().map(str::to_string));
        v.push("-- stderr --".into());
        v.extend(o.stderr.lines().map(str::to_string));
        v
    };
    let (l, r) = (col(sk), col(po));
    let mut out = format!("{:<W$} | podman\n{}\n", "skiff", "-".repeat(2 * W + 3));
    for i in 0..l.len().max(r.len()) {
        let a = l.get(i).map_or("", String::as_str);
        let b = r.get(i).map_or("", String::as_str);
        let mark = if a == b { ' ' } else { '*' };
        // Long lines are cut in the columns; the full text follows.
        let a: String = a.chars().take(W).collect();
        out.push_str(&format!("{a:<W$} {mark} {b}\n"));
    }
    out.push_str(&format!(
        "\nskiff: {}\npodman: {}\n",
        sk.cmdline, po.cmdline
    ));
    out
}

/// Replace container, image and volume IDs (64 or 12 hex digits, also
/// after `sha256:`) with `<ID>`.
pub fn ids(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let hex = word
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
        if hex && (word.len() == 64 || word.len() == 12) {
            out.push_str("<ID>");
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Remove the spaces at the end of each line (column padding differs).
pub fn trim_lines(s: &str) -> String {
    s.lines().map(|l| format!("{}\n", l.trim_end())).collect()
}

/// Sort the lines, for output whose order podman does not fix (`env`).
pub fn sort_lines(s: &str) -> String {
    let mut v: Vec<&str> = s.lines().collect();
    v.sort_unstable();
    v.iter().map(|l| format!("{l}\n")).collect()
}

/// The usual normaliser: IDs and trailing spaces.
pub fn std_norm(s: &str) -> String {
    trim_lines(&ids(s))
}

/// [`std_norm`] with the tools' names made equal (`podman mount` and
/// `skiff mount`, `container=podman`, `podman-4.3.1`; crun, podman's
/// runtime, is skiff's own).
pub fn tool_norm(s: &str) -> String {
    std_norm(&s.replace("podman", "skiff").replace("crun", "skiff"))
}

/// Relative times (`Less than a second ago`, `3 seconds ago`, `About a
/// minute ago`) as `<T> ago`: the two tools look at different moments.
pub fn ago(s: &str) -> String {
    let mut out = s.replace("Less than a second ago", "<T> ago");
    out = out.replace("About a minute ago", "<T> ago");
    out = out.replace("About an hour ago", "<T> ago");
    let words: Vec<&str> = out.split(' ').collect();
    let mut res: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let unit = words.get(i + 1).copied().unwrap_or_default();
        let next = words.get(i + 2).copied().unwrap_or_default();
        let is_num = !words[i].is_empty() && words[i].chars().all(|c| c.is_ascii_digit());
        let is_unit = ["second", "seconds", "minute", "minutes", "hour", "hours"].contains(&unit);
        if is_num && is_unit && next.starts_with("ago") {
            res.push(format!("<T> {next}"));
            i += 3;
        } else {
            res.push(words[i].to_string());
            i += 1;
        }
    }
    res.join(" ")
}

/// [`std_norm`] and [`ago`].
pub fn time_norm(s: &str) -> String {
    ago(&std_norm(s))
}

/// [`std_norm`], then the lines sorted.
pub fn sorted_norm(s: &str) -> String {
    sort_lines(&std_norm(s))
}
