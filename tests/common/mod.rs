//! Integration-test harness: runs the real `skiff` binary against the real
//! kernel, with a private `--root`/`--runroot` per test, as root or as an
//! unprivileged user with subuid ranges (rootless).
//!
//! * Rootful tests need euid 0; otherwise they skip with the reason.
//! * Rootless tests run as the current user when it is not root, or as the
//!   user `skiff-test` (made by tests/setup-rootless.sh) when it is.
//! * Test images come from tests/fixtures/build.sh (cached).
//!
//! A skipped test prints `SKIPPED: <test>: <reason>` on stderr.
#![allow(dead_code, unreachable_pub, clippy::print_stderr)]

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

pub mod podman;
pub mod registry;

pub const TEST_USER: &str = "skiff-test";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Rootful,
    Rootless,
}

#[derive(Clone, Debug)]
pub struct User {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: PathBuf,
}

pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Print why a test cannot run here, and record it in
/// `target/tmp/skipped.log` so CI can list skips (test output is captured).
pub fn skip(test: &str, reason: &str) {
    let line = format!("SKIPPED: {test}: {reason}\n");
    eprint!("{line}");
    let log = Path::new(env!("CARGO_TARGET_TMPDIR")).join("skipped.log");
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
    {
        let _ = f.write_all(line.as_bytes());
    }
}

fn lookup_user(name: &str) -> Option<User> {
    let u = nix::unistd::User::from_name(name).ok()??;
    Some(User {
        name: u.name,
        uid: u.uid.as_raw(),
        gid: u.gid.as_raw(),
        home: u.dir,
    })
}

/// The binary under test, copied somewhere the test user can execute when
/// the checkout itself is not reachable (e.g. under /root).
pub fn binary(for_user: bool) -> PathBuf {
    static COPY: OnceLock<PathBuf> = OnceLock::new();
    let built = PathBuf::from(env!("CARGO_BIN_EXE_skiff"));
    if !for_user {
        return built;
    }
    COPY.get_or_init(|| {
        let dest = shared_bin_dir().join("skiff");
        let same = |p: &Path| {
            std::fs::metadata(p)
                .ok()
                .zip(std::fs::metadata(&built).ok())
                .is_some_and(|(a, b)| a.len() == b.len())
        };
        if !same(&dest) {
            // Copied aside and renamed: test processes running at once
            // share one copy per build.
            let tmp = dest.with_extension(format!("tmp{}", std::process::id()));
            std::fs::copy(&built, &tmp).unwrap();
            set_mode(&tmp, 0o755);
            std::fs::rename(&tmp, &dest).unwrap();
        }
        dest
    })
    .clone()
}

/// A directory every test user can read, one per build of the binary
/// (`/tmp/skiff-it-bin-<size>-<mtime>`), for the copy of skiff the
/// rootless tests run and for test helpers; those of older builds that
/// nobody touched for an hour are removed.
pub fn shared_bin_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let built = PathBuf::from(env!("CARGO_BIN_EXE_skiff"));
        let m = std::fs::metadata(&built).unwrap();
        let stamp = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        let name = format!("skiff-it-bin-{}-{stamp}", m.len());
        for e in std::fs::read_dir("/tmp").into_iter().flatten().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            let old = e
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > std::time::Duration::from_secs(3600));
            if n.starts_with("skiff-it-bin-") && n != name && old {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
        let dir = PathBuf::from("/tmp").join(name);
        std::fs::create_dir_all(&dir).unwrap();
        set_mode(&dir, 0o755);
        // Touched at every start: in use.
        let _ =
            std::fs::File::open(&dir).and_then(|f| f.set_modified(std::time::SystemTime::now()));
        dir
    })
    .clone()
}

/// `tests/fixtures/udpecho.c` built static (busybox's nc has no UDP), in
/// a directory every test user can read; `Err` says why there is none.
pub fn udp_echo() -> Result<PathBuf, String> {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/udpecho.c");
            let dest = shared_bin_dir().join("udpecho");
            if dest.exists() {
                return Ok(dest);
            }
            let tmp = dest.with_extension(format!("tmp{}", std::process::id()));
            let out = Command::new("cc")
                .args(["-static", "-O2", "-o"])
                .arg(&tmp)
                .arg(&src)
                .output()
                .map_err(|e| format!("running cc: {e}"))?;
            if !out.status.success() {
                return Err(format!(
                    "cc -static failed (build-essential installed?): {}",
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            set_mode(&tmp, 0o755);
            std::fs::rename(&tmp, &dest).map_err(|e| e.to_string())?;
            Ok(dest)
        })
        .clone()
}

pub fn set_mode(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The directory with the fixture images, built on first use.
pub fn fixtures() -> Result<PathBuf, String> {
    static DIR: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    DIR.get_or_init(|| {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/build.sh");
        let mut cmd = Command::new("bash");
        cmd.arg(&script);
        if std::env::var_os("SKIFF_TEST_MINBASE").is_some() {
            cmd.arg("--minbase");
        }
        let out = cmd
            .output()
            .map_err(|e| format!("running {}: {e}", script.display()))?;
        if !out.status.success() {
            return Err(format!(
                "fixture build failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        let dir = String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .trim()
            .to_string();
        Ok(PathBuf::from(dir))
    })
    .clone()
}

/// One test's private store, removed on drop.
pub struct Env {
    pub mode: Mode,
    pub name: String,
    pub dir: PathBuf,
    pub root: PathBuf,
    pub runroot: PathBuf,
    pub user: Option<User>,
    bin: PathBuf,
    /// Variables every command of this environment gets (`set_var`).
    vars: std::cell::RefCell<Vec<(String, String)>>,
}

impl Env {
    /// A fresh environment, or `None` (after printing why) if this mode
    /// cannot run here.
    pub fn new(mode: Mode, name: &str) -> Option<Env> {
        let user = match mode {
            Mode::Rootful if !is_root() => {
                skip(name, "rootful tests need root");
                return None;
            }
            Mode::Rootful => None,
            Mode::Rootless if is_root() => {
                if let Some(u) = lookup_user(TEST_USER) {
                    Some(u)
                } else {
                    skip(
                        name,
                        &format!(
                            "user {TEST_USER} does not exist; run tests/setup-rootless.sh as root"
                        ),
                    );
                    return None;
                }
            }
            Mode::Rootless => None,
        };
        if mode == Mode::Rootless && !Path::new("/usr/bin/newuidmap").exists() {
            skip(name, "newuidmap not installed (apt-get install uidmap)");
            return None;
        }
        let base = PathBuf::from("/tmp/skiff-it");
        std::fs::create_dir_all(&base).unwrap();
        if is_root() {
            set_mode(&base, 0o1777);
        }
        let dir = base.join(format!("{name}-{}", random_suffix()));
        std::fs::create_dir_all(&dir).unwrap();
        if let Some(u) = &user {
            chown(&dir, u.uid, u.gid);
        }
        let env = Env {
            mode,
            name: name.to_string(),
            root: dir.join("root"),
            runroot: dir.join("run"),
            dir,
            bin: binary(user.is_some()),
            user,
            vars: Default::default(),
        };
        // The machine's containers.conf (podman's package installs one)
        // does not shape the tests: each reads its own, empty unless the
        // test writes it.
        env.write_file("containers.conf", b"");
        Some(env)
    }

    pub fn rootless(&self) -> bool {
        self.mode == Mode::Rootless
    }

    /// Give every later command of this environment (skiff's, and a
    /// `Podman` store's made after this) the variable `k=v`, e.g.
    /// `STORAGE_DRIVER=vfs`.
    pub fn set_var(&self, k: &str, v: &str) {
        self.vars.borrow_mut().push((k.to_string(), v.to_string()));
    }

    /// The variables `set_var` gave.
    pub fn vars(&self) -> Vec<(String, String)> {
        self.vars.borrow().clone()
    }

    /// A command running skiff with this environment's store.
    pub fn cmd<I, S>(&self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = self.command(&self.bin);
        c.arg("--root")
            .arg(&self.root)
            .arg("--runroot")
            .arg(&self.runroot)
            // Network definitions of this test only (root's default is
            // the machine's /etc/skiff/networks).
            .arg("--network-config-dir")
            .arg(self.dir.join("networks"));
        c.args(args);
        Cmd {
            inner: c,
            stdin: None,
        }
    }

    /// skiff with this environment's store and `args`, as one shell
    /// command line (for programs that run a command string, like
    /// script(1)); run it through `program` to be this environment's user.
    pub fn shell_line(&self, args: &[&str]) -> String {
        let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
        let mut words = vec![
            quote(self.bin.to_str().unwrap()),
            "--root".into(),
            quote(self.root.to_str().unwrap()),
            "--runroot".into(),
            quote(self.runroot.to_str().unwrap()),
            "--network-config-dir".into(),
            quote(self.dir.join("networks").to_str().unwrap()),
        ];
        words.extend(args.iter().map(|a| quote(a)));
        words.join(" ")
    }

    /// skiff with this environment's root but no `--runroot` (for the
    /// options that choose one).
    pub fn cmd_without_runroot<I, S>(&self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = self.command(&self.bin);
        c.arg("--root").arg(&self.root);
        c.args(args);
        Cmd {
            inner: c,
            stdin: None,
        }
    }

    /// Run skiff to completion.
    pub fn skiff<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.cmd(args).run()
    }

    /// Any program with arguments, as this environment's user, to run
    /// like skiff.
    pub fn program<I, S>(&self, program: &str, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = self.command(program);
        c.args(args);
        Cmd {
            inner: c,
            stdin: None,
        }
    }

    /// Any program, as this environment's user.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut c = self.command_without_conf(program);
        c.env("CONTAINERS_CONF", self.dir.join("containers.conf"));
        c
    }

    /// Any program, as this environment's user, with the machine's
    /// containers.conf.
    pub fn command_without_conf(&self, program: impl AsRef<OsStr>) -> Command {
        let mut c = self.plain_command(program);
        c.envs(self.vars());
        c
    }

    fn plain_command(&self, program: impl AsRef<OsStr>) -> Command {
        match &self.user {
            None => {
                let mut c = Command::new(program);
                c.current_dir(&self.dir);
                c
            }
            Some(u) => {
                let mut c = Command::new("setpriv");
                c.arg(format!("--reuid={}", u.uid))
                    .arg(format!("--regid={}", u.gid))
                    .arg("--init-groups")
                    .arg("--")
                    .arg(program)
                    .env_clear()
                    .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
                    .env("HOME", &u.home)
                    .env("USER", &u.name)
                    .env("LOGNAME", &u.name)
                    .env("XDG_RUNTIME_DIR", format!("/run/user/{}", u.uid))
                    .current_dir(&self.dir);
                c
            }
        }
    }

    /// A fixture image archive, readable by this environment's user.
    pub fn fixture(&self, name: &str) -> Option<PathBuf> {
        match fixtures() {
            Ok(d) => {
                let p = d.join(name);
                p.exists().then_some(p)
            }
            Err(e) => {
                skip(&self.name, &e);
                None
            }
        }
    }

    /// Load the busybox fixture; `None` (skipped) if it cannot be built.
    pub fn load_busybox(&self) -> Option<()> {
        let Some(p) = self.fixture("busybox.tar") else {
            skip(&self.name, "busybox fixture missing");
            return None;
        };
        self.skiff(["load", "-i", p.to_str().unwrap()]).ok();
        Some(())
    }

    /// A path in this test's directory, owned by the test user.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    pub fn write_file(&self, rel: &str, data: &[u8]) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, data).unwrap();
        if let Some(u) = &self.user {
            chown(&p, u.uid, u.gid);
        }
        p
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if std::env::var_os("SKIFF_TEST_KEEP").is_some() {
            eprintln!("kept {}", self.dir.display());
            return;
        }
        // Containers a failed test left running (and their network
        // resources) go first, then the rootless store's user namespace
        // holder.
        let _ = self.cmd(["rm", "-af"]).run();
        kill_holders(&self.dir, 4);
        if self.mode == Mode::Rootless && !is_root() {
            // Files owned by subordinate IDs can only be removed from
            // inside the user namespace.
            let _ = Command::new(&self.bin)
                .args(["unshare", "rm", "-rf"])
                .arg(&self.dir)
                .status();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Stop the user namespace holders of every store under `dir` (their
/// `userns.pid` in each runroot).
pub fn kill_holders(dir: &Path, depth: u32) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        // The holder, and the pasta of the store's network namespace.
        if e.file_name() == "userns.pid" || e.file_name() == "netns-pasta.pid" {
            if let Ok(text) = std::fs::read_to_string(&p)
                && let Some(pid) = text
                    .split_whitespace()
                    .next()
                    .and_then(|x| x.parse::<i32>().ok())
                && std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| {
                    ["skiff", "pasta", "passt"]
                        .iter()
                        .any(|n| c.trim().starts_with(n))
                })
            {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(pid),
                    nix::sys::signal::SIGKILL,
                );
            }
        } else if depth > 0 && e.file_type().is_ok_and(|t| t.is_dir()) {
            kill_holders(&p, depth - 1);
        }
    }
}

pub fn chown(p: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::chown(p, Some(uid), Some(gid)).unwrap();
}

pub fn random_suffix() -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    let mut h = RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos(),
    );
    format!("{:08x}", h.finish() as u32)
}

pub struct Cmd {
    pub inner: Command,
    stdin: Option<Vec<u8>>,
}

impl Cmd {
    pub fn stdin(mut self, data: impl Into<Vec<u8>>) -> Cmd {
        self.stdin = Some(data.into());
        self
    }

    pub fn env(mut self, k: &str, v: impl AsRef<OsStr>) -> Cmd {
        self.inner.env(k, v);
        self
    }

    pub fn run(mut self) -> Output {
        self.inner
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.inner.spawn().expect("spawning skiff");
        if let Some(data) = self.stdin.take() {
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                let _ = stdin.write_all(&data);
            });
        }
        let out = child.wait_with_output().expect("waiting for skiff");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            cmdline: format!("{:?}", self.inner),
        }
    }

    pub fn spawn(mut self) -> std::process::Child {
        self.inner.stdin(Stdio::null());
        self.inner.spawn().expect("spawning skiff")
    }

    /// Spawn with stdout piped (read it with [`read_lines_until`]).
    pub fn spawn_piped(mut self) -> std::process::Child {
        self.inner.stdin(Stdio::null()).stdout(Stdio::piped());
        self.inner.spawn().expect("spawning")
    }
}

/// The first `n` lines a child prints, or those printed within `timeout`.
pub fn read_lines_until(
    child: &mut std::process::Child,
    n: usize,
    timeout: std::time::Duration,
) -> Vec<String> {
    use std::io::BufRead;
    let Some(out) = child.stdout.take() else {
        return Vec::new();
    };
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in std::io::BufReader::new(out).lines() {
            let Ok(l) = l else { break };
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    let deadline = std::time::Instant::now() + timeout;
    let mut lines = Vec::new();
    while lines.len() < n {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(l) => lines.push(l),
            Err(_) => break,
        }
    }
    lines
}

#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub cmdline: String,
}

impl Output {
    /// Assert success and return self.
    #[track_caller]
    pub fn ok(&self) -> &Output {
        assert!(
            self.code == 0,
            "command failed with {}: {}\nstdout: {}\nstderr: {}",
            self.code,
            self.cmdline,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Assert a failure with `code` and a one-line `Error:` message.
    #[track_caller]
    pub fn fails_with(&self, code: i32) -> &Output {
        assert_eq!(
            self.code, code,
            "unexpected exit code for {}\nstdout: {}\nstderr: {}",
            self.cmdline, self.stdout, self.stderr
        );
        // podman's usage errors add `See 'skiff run --help'` or `Try ...`.
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| {
                !l.starts_with("hint: ")
                    && !l.starts_with("WARNING: ")
                    && !l.starts_with("See '")
                    && !l.starts_with("Try '")
            })
            .collect();
        assert!(
            lines.len() == 1 && lines[0].starts_with("Error: "),
            "want one 'Error:' line on stderr, got: {:?}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        self
    }

    /// Assert a failure with `code` and exactly one `Error:` line, which
    /// may follow progress lines (as podman's pull and push print them).
    #[track_caller]
    pub fn fails(&self, code: i32) -> &Output {
        assert_eq!(
            self.code, code,
            "unexpected exit code for {}\nstdout: {}\nstderr: {}",
            self.cmdline, self.stdout, self.stderr
        );
        let errors = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("Error: "))
            .count();
        assert_eq!(
            errors, 1,
            "want one 'Error:' line on stderr, got: {:?}",
            self.stderr
        );
        assert!(
            self.stderr
                .trim_end()
                .lines()
                .rfind(|l| !l.starts_with("See '") && !l.starts_with("Try '"))
                .is_some_and(|l| l.starts_with("Error: ") || l.starts_with("hint: ")),
            "the error comes last: {:?}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        self
    }

    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

/// Define `NAME::rootful` and `NAME::rootless` tests running `fn NAME(&Env)`.
#[macro_export]
macro_rules! both_modes {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn rootful() {
                    if let Some(env) = $crate::common::Env::new($crate::common::Mode::Rootful, concat!(stringify!($name), "-rootful")) {
                        super::$name(&env);
                    }
                }
                #[test]
                fn rootless() {
                    if let Some(env) = $crate::common::Env::new($crate::common::Mode::Rootless, concat!(stringify!($name), "-rootless")) {
                        super::$name(&env);
                    }
                }
            }
        )*
    };
}

impl From<Command> for Cmd {
    fn from(inner: Command) -> Cmd {
        Cmd { inner, stdin: None }
    }
}

impl Env {
    /// A skiff command against another store inside this test's directory.
    pub fn command_in<I, S>(&self, store: &str, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = self.command(&self.bin);
        c.arg("--root")
            .arg(self.dir.join(store).join("root"))
            .arg("--runroot")
            .arg(self.dir.join(store).join("run"))
            .arg("--network-config-dir")
            .arg(self.dir.join(store).join("networks"));
        c.args(args);
        c
    }

    /// Run skiff against another store inside this test's directory.
    pub fn skiff_in<I, S>(&self, store: &str, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = self.command(&self.bin);
        c.arg("--root")
            .arg(self.dir.join(store).join("root"))
            .arg("--runroot")
            .arg(self.dir.join(store).join("run"))
            .arg("--network-config-dir")
            .arg(self.dir.join(store).join("networks"));
        c.args(args);
        Cmd {
            inner: c,
            stdin: None,
        }
        .run()
    }
}

pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(data);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// A tar entry for hand-made layers; names are written raw so hostile
/// forms (`..`, absolute) survive.
pub struct Entry<'a> {
    pub path: &'a str,
    pub kind: tar::EntryType,
    pub data: &'a [u8],
    pub link: Option<&'a str>,
    pub mode: u32,
}

pub fn file<'a>(path: &'a str, data: &'a [u8]) -> Entry<'a> {
    Entry {
        path,
        kind: tar::EntryType::Regular,
        data,
        link: None,
        mode: 0o644,
    }
}

pub fn dir(path: &str) -> Entry<'_> {
    Entry {
        path,
        kind: tar::EntryType::Directory,
        data: b"",
        link: None,
        mode: 0o755,
    }
}

pub fn symlink<'a>(path: &'a str, target: &'a str) -> Entry<'a> {
    Entry {
        path,
        kind: tar::EntryType::Symlink,
        data: b"",
        link: Some(target),
        mode: 0o777,
    }
}

pub fn hardlink<'a>(path: &'a str, target: &'a str) -> Entry<'a> {
    Entry {
        path,
        kind: tar::EntryType::Link,
        data: b"",
        link: Some(target),
        mode: 0o644,
    }
}

pub fn layer(entries: &[Entry<'_>]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    // GNU long-name records, written by hand so hostile names survive.
    let long = |b: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, value: &str| {
        let mut data = value.as_bytes().to_vec();
        data.push(0);
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.as_old_mut().name[..13].copy_from_slice(b"././@LongLink");
        h.set_mode(0o644);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(0);
        h.set_cksum();
        b.append(&h, &data[..]).unwrap();
    };
    for e in entries {
        if e.path.len() > 100 {
            long(&mut b, tar::EntryType::GNULongName, e.path);
        }
        if let Some(l) = e.link
            && l.len() > 100
        {
            long(&mut b, tar::EntryType::GNULongLink, l);
        }
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(e.kind);
        h.set_size(e.data.len() as u64);
        h.set_mode(e.mode);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_700_000_000);
        let n = e.path.len().min(100);
        h.as_old_mut().name[..n].copy_from_slice(&e.path.as_bytes()[..n]);
        if let Some(l) = e.link {
            let n = l.len().min(100);
            h.as_old_mut().linkname[..n].copy_from_slice(&l.as_bytes()[..n]);
        }
        h.set_cksum();
        b.append(&h, e.data).unwrap();
    }
    b.into_inner().unwrap()
}

/// A docker-archive with the given layers (bottom first) and a config whose
/// diff IDs match them. Returns the archive and the image ID (hex).
pub fn docker_archive(layers: &[Vec<u8>], tag: Option<&str>, cmd: &str) -> (Vec<u8>, String) {
    let diff_ids: Vec<String> = layers
        .iter()
        .map(|l| format!("sha256:{}", sha256_hex(l)))
        .collect();
    let config = serde_json::json!({
        "architecture": "amd64", "os": "linux",
        "config": {"Cmd": [cmd], "Env": ["PATH=/bin"]},
        "created": "2024-01-01T00:00:00Z",
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": [{"created": "2024-01-01T00:00:00Z", "created_by": "test"}],
    });
    let config = serde_json::to_vec(&config).unwrap();
    let config_hex = sha256_hex(&config);
    let layer_names: Vec<String> = layers
        .iter()
        .map(|l| format!("{}/layer.tar", sha256_hex(l)))
        .collect();
    let manifest = serde_json::json!([{
        "Config": format!("{config_hex}.json"),
        "RepoTags": tag.map(|t| vec![t]).unwrap_or_default(),
        "Layers": layer_names,
    }]);
    let mut files: Vec<(String, Vec<u8>)> = vec![(format!("{config_hex}.json"), config)];
    for (l, name) in layers.iter().zip(&layer_names) {
        files.push((name.clone(), l.clone()));
    }
    files.push((
        "manifest.json".into(),
        serde_json::to_vec(&manifest).unwrap(),
    ));
    (tar_of_files(&files), config_hex)
}

pub fn tar_of_files(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in files {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, name, &data[..]).unwrap();
    }
    b.into_inner().unwrap()
}

/// Serve the files of `root` over HTTP on 127.0.0.1 (GET `/NAME`; 404
/// for anything else) with a fixed `Last-Modified`, for as long as the
/// test runs; the base URL.
pub fn serve_dir(root: PathBuf) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut c) = conn else { continue };
            let mut req = [0u8; 4096];
            let n = c.read(&mut req).unwrap_or(0);
            let line = String::from_utf8_lossy(&req[..n]).into_owned();
            let path = line
                .split(' ')
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_string();
            let file = (!path.contains("..")).then(|| root.join(&path));
            let reply = match file.and_then(|f| std::fs::read(f).ok()) {
                Some(body) => {
                    let mut r = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\nConnection: close\r\n\r\n",
                        body.len()
                    )
                    .into_bytes();
                    r.extend(body);
                    r
                }
                None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_vec(),
            };
            let _ = c.write_all(&reply);
        }
    });
    url
}

pub const DOCKER_CANDIDATES: [&str; 2] = [
    "/var/cache/skiff-ci/docker/usr/bin/docker",
    "/tmp/dockerio/usr/bin/docker",
];

/// The docker client, or why there is none.
pub fn docker_cli() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("SKIFF_DOCKER_CLI") {
        let p = PathBuf::from(p);
        return if p.is_file() {
            Ok(p)
        } else {
            Err(format!("SKIFF_DOCKER_CLI={} is not a file", p.display()))
        };
    }
    DOCKER_CANDIDATES
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .ok_or_else(|| {
            format!(
                "no docker client in {DOCKER_CANDIDATES:?}: set SKIFF_DOCKER_CLI, or extract Debian's docker.io as .ci/run does"
            )
        })
}
