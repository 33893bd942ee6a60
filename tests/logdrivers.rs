//! Logging drivers, rootful and rootless: options checked at create,
//! json-file/k8s-file rotation read back, journald (a real
//! systemd-journald in a private mount namespace), syslog (unix and UDP
//! listeners here), fluentd (a Forward-protocol listener here), none,
//! passthrough, and peers that stop answering.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use std::io::Read;
use std::process::Command;
use std::time::{Duration, Instant};

both_modes!(
    options_are_checked_and_shown,
    file_rotation_keeps_the_tail,
    journald_delivers_and_reads_back,
    syslog_over_unix_and_udp,
    fluentd_forward_records,
    stalled_peers_do_not_stall_the_container,
    none_and_passthrough,
);

fn inspect(env: &Env, what: &str, c: &str) -> String {
    env.skiff(["inspect", "--format", what, c])
        .ok()
        .stdout
        .trim()
        .to_string()
}

fn options_are_checked_and_shown(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    for (args, msg) in [
        (
            vec!["--log-driver", "gelf"],
            "Error: unsupported log driver \"gelf\"",
        ),
        (
            vec!["--log-opt", "bogus=1"],
            "Error: unknown log opt 'bogus' for k8s-file log driver",
        ),
        (
            vec!["--log-driver", "json-file", "--log-opt", "max-size=abc"],
            "Error: invalid size: 'abc'",
        ),
        (
            vec!["--log-driver", "json-file", "--log-opt", "max-file=0"],
            "Error: max-file cannot be less than 1",
        ),
        (
            vec!["--log-driver", "syslog", "--log-opt", "syslog-format=x"],
            "Error: invalid syslog format",
        ),
        (
            vec![
                "--log-driver",
                "syslog",
                "--log-opt",
                "syslog-address=ftp://x",
            ],
            "Error: invalid syslog-address",
        ),
        (
            vec![
                "--log-driver",
                "fluentd",
                "--log-opt",
                "fluentd-async=maybe",
            ],
            "Error: invalid value",
        ),
        (
            vec!["--log-driver", "journald", "--log-opt", "tag={{.Nope}}"],
            "Error: invalid tag template",
        ),
        (vec!["--log-opt", "novalue"], "Error: invalid log option"),
        (
            vec!["--log-driver", "passthrough", "-t"],
            "Error: the 'passthrough' log driver cannot be used with --tty",
        ),
    ] {
        let mut a = vec!["create"];
        a.extend(args.iter());
        a.extend(["busybox", "true"]);
        let out = env.skiff(&a);
        out.fails_with(125);
        assert!(out.stderr.starts_with(msg), "{a:?}: {}", out.stderr);
    }
    let out = env.skiff([
        "run",
        "-d",
        "--log-driver",
        "passthrough",
        "busybox",
        "true",
    ]);
    out.fails_with(125);
    assert!(out.stderr.contains("--detach"), "{}", out.stderr);
    // Nothing was created by any of them.
    assert_eq!(env.skiff(["ps", "-aq"]).ok().stdout, "");

    env.skiff([
        "create",
        "--name",
        "opts",
        "--log-driver",
        "json-file",
        "--log-opt",
        "max-size=10k",
        "--log-opt",
        "max-file=2",
        "--log-opt",
        "tag={{.Name}}",
        "busybox",
        "true",
    ])
    .ok();
    let lc: serde_json::Value =
        serde_json::from_str(&inspect(env, "{{json .HostConfig.LogConfig}}", "opts")).unwrap();
    assert_eq!(lc["Type"], "json-file");
    assert_eq!(
        lc["Config"],
        serde_json::json!({"max-size": "10k", "max-file": "2", "tag": "{{.Name}}"})
    );
    assert_eq!(lc["Tag"], "{{.Name}}");
    env.skiff([
        "create",
        "--name",
        "sl",
        "--log-driver",
        "syslog",
        "busybox",
        "true",
    ])
    .ok();
    assert_eq!(
        inspect(env, "{{.HostConfig.LogConfig.Type}}", "sl"),
        "syslog"
    );
    assert_eq!(inspect(env, "{{.LogPath}}", "sl"), "");

    // containers.conf log_size_max applies to the file drivers.
    env.write_file("containers.conf", b"[containers]\nlog_size_max = 10000\n");
    let out = env.skiff(["create", "--name", "conf", "busybox", "true"]);
    out.ok();
    assert!(!out.stderr.contains("not applied"), "{}", out.stderr);
    assert_eq!(
        inspect(env, "{{json .HostConfig.LogConfig.Config}}", "conf"),
        r#"{"max-size":"10000"}"#
    );
    env.write_file("containers.conf", b"");
}

/// The numbers of `seq`-made lines, checked to be consecutive.
fn numbers(text: &str) -> Vec<u64> {
    let n: Vec<u64> = text.lines().map(|l| l.trim().parse().unwrap()).collect();
    for w in n.windows(2) {
        assert_eq!(w[1], w[0] + 1, "not consecutive: {text}");
    }
    n
}

fn file_rotation_keeps_the_tail(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    for (driver, compress) in [
        ("json-file", false),
        ("json-file", true),
        ("k8s-file", false),
    ] {
        let name = format!("rot-{driver}-{compress}");
        let mut args = vec![
            "run",
            "--name",
            &name,
            "--log-driver",
            driver,
            "--log-opt",
            "max-size=2k",
            "--log-opt",
            "max-file=3",
        ];
        if compress {
            args.extend(["--log-opt", "compress=true"]);
        }
        args.extend(["busybox", "seq", "1", "1000"]);
        env.skiff(&args).ok();
        let path = std::path::PathBuf::from(inspect(env, "{{.LogPath}}", &name));
        let mut kept: Vec<String> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("ctr.log"))
            .collect();
        kept.sort();
        let want: Vec<String> = if compress {
            vec![
                "ctr.log".into(),
                "ctr.log.1.gz".into(),
                "ctr.log.2.gz".into(),
            ]
        } else {
            vec!["ctr.log".into(), "ctr.log.1".into(), "ctr.log.2".into()]
        };
        assert_eq!(kept, want, "{driver}");
        for f in &want {
            let len = std::fs::metadata(path.with_file_name(f)).unwrap().len();
            assert!(len <= 2048, "{f}: {len} bytes");
        }
        // The whole kept tail, oldest file first, ending with the last line.
        let all = numbers(&env.skiff(["logs", &name]).ok().stdout);
        assert_eq!(*all.last().unwrap(), 1000);
        assert!(
            all[0] > 1 && all.len() > 40,
            "{driver}: {} lines",
            all.len()
        );
        // --tail across files.
        let n = (all.len() - 5).to_string();
        let tail = numbers(&env.skiff(["logs", "--tail", &n, &name]).ok().stdout);
        assert_eq!(tail.len(), all.len() - 5);
        assert_eq!(*tail.last().unwrap(), 1000);
    }
    // One file (docker's default max-file): started over at max-size.
    env.skiff([
        "run",
        "--name",
        "one",
        "--log-driver",
        "k8s-file",
        "--log-opt",
        "max-size=1k",
        "busybox",
        "seq",
        "1",
        "500",
    ])
    .ok();
    let path = std::path::PathBuf::from(inspect(env, "{{.LogPath}}", "one"));
    assert!(std::fs::metadata(&path).unwrap().len() <= 1024);
    assert!(!path.with_file_name("ctr.log.1").exists());
    assert_eq!(
        *numbers(&env.skiff(["logs", "one"]).ok().stdout)
            .last()
            .unwrap(),
        500
    );
    // -f across rotations sees every line once.
    env.skiff([
        "run",
        "-d",
        "--name",
        "slow",
        "--log-driver",
        "json-file",
        "--log-opt",
        "max-size=4k",
        "--log-opt",
        "max-file=3",
        "busybox",
        "sh",
        "-c",
        "sleep 0.5; i=1; while [ $i -le 400 ]; do echo $i; i=$((i+1)); usleep 5000; done",
    ])
    .ok();
    let followed = env.skiff(["logs", "-f", "slow"]).ok().stdout.clone();
    let n = numbers(&followed);
    assert_eq!((n[0], n.len()), (1, 400));
}

/// A systemd-journald of the test's own: a private mount namespace with
/// tmpfs on /run/systemd, /run/log and /var/log/journal. Commands join it
/// with nsenter.
struct Journal {
    holder: std::process::Child,
    journald: Option<i32>,
}

impl Journal {
    fn start(env: &Env) -> Option<Journal> {
        if !is_root() {
            skip(
                &env.name,
                "a private journald needs root (a mount namespace)",
            );
            return None;
        }
        for p in ["/lib/systemd/systemd-journald", "/usr/bin/journalctl"] {
            if !std::path::Path::new(p).exists() {
                skip(&env.name, &format!("{p} is not installed"));
                return None;
            }
        }
        let pidfile = env.path("journald.pid");
        let script = format!(
            "set -e
             mount -t tmpfs tmpfs /run/systemd
             mkdir -p /run/systemd/journal /run/log /var/log/journal
             mount -t tmpfs tmpfs /run/log
             mount -t tmpfs tmpfs /var/log/journal
             /lib/systemd/systemd-journald </dev/null >/dev/null 2>&1 &
             echo $! > {}
             i=0
             while [ ! -S /run/systemd/journal/socket ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
             journalctl --flush >/dev/null 2>&1 || true
             echo ready
             wait",
            pidfile.display()
        );
        let mut holder = Command::new("unshare")
            .args(["-m", "--propagation", "private", "sh", "-c", &script])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("starting unshare");
        let lines = read_lines_until(&mut holder, 1, Duration::from_secs(10));
        let journald = std::fs::read_to_string(&pidfile)
            .ok()
            .and_then(|s| s.trim().parse().ok());
        let j = Journal { holder, journald };
        if lines.first().map(String::as_str) != Some("ready") {
            skip(
                &env.name,
                "systemd-journald did not start in a mount namespace",
            );
            return None;
        }
        Some(j)
    }

    /// `c` inside the journal's mount namespace.
    fn wrap(&self, env: &Env, c: &Cmd) -> Cmd {
        let inner = &c.inner;
        let mut n = Command::new("nsenter");
        n.arg("-t")
            .arg(self.holder.id().to_string())
            .arg("-m")
            .arg("--")
            .arg(inner.get_program())
            .args(inner.get_args());
        if env.user.is_some() {
            n.env_clear();
        }
        for (k, v) in inner.get_envs() {
            match v {
                Some(v) => n.env(k, v),
                None => n.env_remove(k),
            };
        }
        if let Some(d) = inner.get_current_dir() {
            n.current_dir(d);
        }
        Cmd::from(n)
    }

    fn skiff(&self, env: &Env, args: &[&str]) -> Output {
        self.wrap(env, &env.cmd(args)).run()
    }

    /// journalctl as root in the namespace: the entries' JSON objects.
    fn entries(&self, filter: &str) -> Vec<serde_json::Value> {
        let out = Command::new("nsenter")
            .arg("-t")
            .arg(self.holder.id().to_string())
            .args([
                "-m",
                "--",
                "journalctl",
                "--no-pager",
                "--all",
                "-o",
                "json",
                filter,
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        if let Some(pid) = self.journald {
            let _ =
                nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.holder.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.holder.kill();
        let _ = self.holder.wait();
    }
}

/// Poll `f` until it gives something, for up to 10 s.
fn eventually<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn journald_delivers_and_reads_back(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let Some(j) = Journal::start(env) else { return };
    let run = j.skiff(
        env,
        &[
            "run",
            "--name",
            "jd",
            "--log-driver",
            "journald",
            "--log-opt",
            "env=MULTI",
            "-e",
            "MULTI=a\nb",
            "busybox",
            "sh",
            "-c",
            "echo out1; echo err1 >&2; echo out2",
        ],
    );
    run.ok();
    assert_eq!(run.stdout, "out1\nout2\n");
    let id = inspect(env, "{{.Id}}", "jd");
    let filter = format!("CONTAINER_ID_FULL={id}");
    let entries = eventually(|| {
        let e = j.entries(&filter);
        (e.len() >= 3).then_some(e)
    })
    .expect("three journal entries");
    // (stdout and stderr are separate pipes: their order may differ.)
    let mut msgs: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e["MESSAGE"].as_str().unwrap(),
                e["PRIORITY"].as_str().unwrap(),
            )
        })
        .collect();
    msgs.sort_unstable();
    assert_eq!(msgs, [("err1", "3"), ("out1", "6"), ("out2", "6")]);
    let e = &entries[0];
    assert_eq!(e["CONTAINER_ID"], id[..12]);
    assert_eq!(e["CONTAINER_NAME"], "jd");
    assert_eq!(e["CONTAINER_TAG"], id[..12]);
    assert_eq!(e["SYSLOG_IDENTIFIER"], id[..12]);
    assert_eq!(e["IMAGE_NAME"], "busybox");
    // A value with a newline went in the length-prefixed form.
    assert_eq!(e["MULTI"], "a\nb");

    // Read back.
    let logs = j.skiff(env, &["logs", "jd"]);
    logs.ok();
    assert_eq!(logs.stdout, "out1\nout2\n");
    assert_eq!(logs.stderr, "err1\n");
    let tail = j.skiff(env, &["logs", "--tail", "1", "jd"]);
    tail.ok();
    assert_eq!(tail.stdout.lines().count() + tail.stderr.lines().count(), 1);
    assert_eq!(
        j.skiff(env, &["logs", "--since", "2099-01-01T00:00:00Z", "jd"])
            .ok()
            .stdout,
        ""
    );
    assert_eq!(
        j.skiff(env, &["logs", "--until", "2000-01-01T00:00:00Z", "jd"])
            .ok()
            .stdout,
        ""
    );
    // An entry larger than a datagram goes as a memfd (a 300 kB label).
    let big = "y".repeat(300_000);
    let labels = env.write_file("labels", format!("big={big}\n").as_bytes());
    j.skiff(
        env,
        &[
            "run",
            "--name",
            "jbig",
            "--log-driver",
            "journald",
            "--label-file",
            labels.to_str().unwrap(),
            "--log-opt",
            "labels=big",
            "busybox",
            "echo",
            "large",
        ],
    )
    .ok();
    let id = inspect(env, "{{.Id}}", "jbig");
    let e = eventually(|| j.entries(&format!("CONTAINER_ID_FULL={id}")).pop())
        .expect("the large entry");
    assert_eq!(e["MESSAGE"], "large");
    assert_eq!(e["BIG"].as_str().map(str::len), Some(big.len()));

    // A tag template, and -f following a running container.
    j.skiff(
        env,
        &[
            "run",
            "-d",
            "--name",
            "jf",
            "--log-driver",
            "journald",
            "--log-opt",
            "tag={{.Name}}/{{.ImageName}}",
            "busybox",
            "sh",
            "-c",
            "echo a; sleep 1; echo b",
        ],
    )
    .ok();
    assert_eq!(j.skiff(env, &["logs", "-f", "jf"]).ok().stdout, "a\nb\n");
    let id = inspect(env, "{{.Id}}", "jf");
    let e = j.entries(&format!("CONTAINER_ID_FULL={id}"));
    assert_eq!(e[0]["CONTAINER_TAG"], "jf/busybox");
    assert_eq!(e[0]["SYSLOG_IDENTIFIER"], "jf/busybox");
}

/// Make a socket file usable by the rootless test user.
fn share(env: &Env, p: &std::path::Path) {
    set_mode(p, 0o666);
    if let Some(u) = &env.user {
        chown(p, u.uid, u.gid);
    }
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn syslog_over_unix_and_udp(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // unixgram, rfc5424, a facility, a tag.
    let path = env.path("syslog.sock");
    let sock = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
    share(env, &path);
    sock.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    env.skiff([
        "run",
        "--name",
        "sl",
        "--log-driver",
        "syslog",
        "--log-opt",
        &format!("syslog-address=unixgram://{}", path.display()),
        "--log-opt",
        "syslog-format=rfc5424",
        "--log-opt",
        "syslog-facility=local0",
        "--log-opt",
        "tag=web-{{.Name}}",
        "busybox",
        "sh",
        "-c",
        "echo hello; echo oops >&2",
    ])
    .ok();
    let mut got = Vec::new();
    let mut buf = vec![0u8; 65536];
    for _ in 0..2 {
        let n = sock.recv(&mut buf).expect("a syslog datagram");
        got.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    got.sort();
    let re = regex::Regex::new(&format!(
        r"^<(\d+)>1 \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d) {} web-sl (\d+) web-sl - (\w+)\n$",
        regex::escape(&hostname())
    ))
    .unwrap();
    let parts: Vec<(String, String)> = got
        .iter()
        .map(|m| {
            let c = re.captures(m).unwrap_or_else(|| panic!("format: {m:?}"));
            (c[1].to_string(), c[4].to_string())
        })
        .collect();
    // local0 = 16: 16*8+6 for stdout, 16*8+3 for stderr.
    assert_eq!(
        parts,
        [
            ("131".into(), "oops".into()),
            ("134".into(), "hello".into())
        ]
    );
    // logs cannot read syslog back (docker's error).
    let out = env.skiff(["logs", "sl"]);
    out.fails_with(125);
    assert!(
        out.stderr
            .contains("configured logging driver does not support reading"),
        "{}",
        out.stderr
    );

    // UDP on 127.0.0.1, rfc3164, docker's default tag and facility.
    let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    udp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let port = udp.local_addr().unwrap().port();
    env.skiff([
        "run",
        "--name",
        "su",
        "--log-driver",
        "syslog",
        "--log-opt",
        &format!("syslog-address=udp://127.0.0.1:{port}"),
        "--log-opt",
        "syslog-format=rfc3164",
        "busybox",
        "echo",
        "over udp",
    ])
    .ok();
    let id = inspect(env, "{{.Id}}", "su");
    let n = match udp.recv(&mut buf) {
        Ok(n) => n,
        Err(e) => panic!("no UDP datagram: {e}"),
    };
    let m = String::from_utf8_lossy(&buf[..n]).into_owned();
    let re = regex::Regex::new(&format!(
        r"^<30>[A-Z][a-z]{{2}} [ \d]\d \d\d:\d\d:\d\d {} {}\[\d+\]: over udp\n$",
        regex::escape(&hostname()),
        &id[..12]
    ))
    .unwrap();
    assert!(re.is_match(&m), "{m:?}");

    // unix (a stream), docker's default format: one line per message.
    let spath = env.path("syslog-stream.sock");
    let listener = std::os::unix::net::UnixListener::bind(&spath).unwrap();
    share(env, &spath);
    let reader = std::thread::spawn(move || {
        let (mut c, _) = listener.accept().unwrap();
        c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut s = String::new();
        let _ = c.read_to_string(&mut s);
        s
    });
    env.skiff([
        "run",
        "--log-driver",
        "syslog",
        "--log-opt",
        &format!("syslog-address=unix://{}", spath.display()),
        "--log-opt",
        "tag=st",
        "busybox",
        "sh",
        "-c",
        "echo one; echo two",
    ])
    .ok();
    let text = reader.join().unwrap();
    let re = regex::Regex::new(r"^<30>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d st\[\d+\]: (one|two)$")
        .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text:?}");
    for l in lines {
        assert!(re.is_match(l), "{l:?}");
    }
}

/// A msgpack value, as much as Forward entries use.
#[derive(Debug, Clone, PartialEq)]
enum Mp {
    Int(u64),
    Str(Vec<u8>),
    Arr(Vec<Mp>),
    Map(Vec<(Mp, Mp)>),
    Ext(i8, Vec<u8>),
    Nil,
    Bool(bool),
}

impl Mp {
    fn s(&self) -> String {
        match self {
            Mp::Str(b) => String::from_utf8_lossy(b).into_owned(),
            other => panic!("not a string: {other:?}"),
        }
    }

    fn get(&self, key: &str) -> Option<&Mp> {
        match self {
            Mp::Map(m) => m
                .iter()
                .find(|(k, _)| *k == Mp::Str(key.as_bytes().to_vec()))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Decode one value at `*i`; None when the data ends first.
fn decode(d: &[u8], i: &mut usize) -> Option<Mp> {
    let take = |i: &mut usize, n: usize| -> Option<Vec<u8>> {
        let v = d.get(*i..*i + n)?.to_vec();
        *i += n;
        Some(v)
    };
    let be = |b: &[u8]| b.iter().fold(0u64, |a, x| (a << 8) | u64::from(*x));
    let b = *d.get(*i)?;
    *i += 1;
    let len = |i: &mut usize, n: usize| -> Option<usize> { Some(be(&take(i, n)?) as usize) };
    let arr = |i: &mut usize, n: usize| -> Option<Mp> {
        let mut v = Vec::new();
        for _ in 0..n {
            v.push(decode(d, i)?);
        }
        Some(Mp::Arr(v))
    };
    let map = |i: &mut usize, n: usize| -> Option<Mp> {
        let mut v = Vec::new();
        for _ in 0..n {
            let k = decode(d, i)?;
            v.push((k, decode(d, i)?));
        }
        Some(Mp::Map(v))
    };
    Some(match b {
        0x00..=0x7f => Mp::Int(u64::from(b)),
        0x80..=0x8f => map(i, usize::from(b & 0x0f))?,
        0x90..=0x9f => arr(i, usize::from(b & 0x0f))?,
        0xa0..=0xbf => Mp::Str(take(i, usize::from(b & 0x1f))?),
        0xc0 => Mp::Nil,
        0xc2 => Mp::Bool(false),
        0xc3 => Mp::Bool(true),
        0xcc => Mp::Int(be(&take(i, 1)?)),
        0xcd => Mp::Int(be(&take(i, 2)?)),
        0xce => Mp::Int(be(&take(i, 4)?)),
        0xcf => Mp::Int(be(&take(i, 8)?)),
        0xd7 => {
            let t = take(i, 1)?[0] as i8;
            Mp::Ext(t, take(i, 8)?)
        }
        0xd9 => {
            let n = len(i, 1)?;
            Mp::Str(take(i, n)?)
        }
        0xda => {
            let n = len(i, 2)?;
            Mp::Str(take(i, n)?)
        }
        0xdb => {
            let n = len(i, 4)?;
            Mp::Str(take(i, n)?)
        }
        0xdc => {
            let n = len(i, 2)?;
            arr(i, n)?
        }
        0xdd => {
            let n = len(i, 4)?;
            arr(i, n)?
        }
        0xde => {
            let n = len(i, 2)?;
            map(i, n)?
        }
        0xdf => {
            let n = len(i, 4)?;
            map(i, n)?
        }
        other => panic!("unexpected msgpack byte {other:#x}"),
    })
}

fn decode_all(d: &[u8]) -> Vec<Mp> {
    let mut i = 0;
    let mut out = Vec::new();
    while i < d.len() {
        match decode(d, &mut i) {
            Some(v) => out.push(v),
            None => break,
        }
    }
    out
}

/// A Forward listener that reads everything of one connection.
fn forward_listener_tcp() -> (u16, std::thread::JoinHandle<Vec<u8>>) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let h = std::thread::spawn(move || {
        l.set_nonblocking(false).unwrap();
        let (mut c, _) = l.accept().unwrap();
        c.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        let mut data = Vec::new();
        let _ = c.read_to_end(&mut data);
        data
    });
    (port, h)
}

fn fluentd_forward_records(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let (port, h) = forward_listener_tcp();
    env.skiff([
        "run",
        "--name",
        "fl",
        "--log-driver",
        "fluentd",
        "--log-opt",
        &format!("fluentd-address=tcp://127.0.0.1:{port}"),
        "--log-opt",
        "fluentd-async=true",
        "busybox",
        "sh",
        "-c",
        "echo hello; echo oops >&2",
    ])
    .ok();
    let id = inspect(env, "{{.Id}}", "fl");
    let entries = decode_all(&h.join().unwrap());
    assert_eq!(entries.len(), 2, "{entries:?}");
    let mut seen = Vec::new();
    for e in &entries {
        let Mp::Arr(parts) = e else {
            panic!("not an entry: {e:?}")
        };
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].s(), id[..12]);
        let Mp::Int(t) = parts[1] else {
            panic!("time: {:?}", parts[1])
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        assert!(t <= now && t + 120 > now);
        let r = &parts[2];
        assert_eq!(r.get("container_id").unwrap().s(), id);
        assert_eq!(r.get("container_name").unwrap().s(), "/fl");
        seen.push((r.get("source").unwrap().s(), r.get("log").unwrap().s()));
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            ("stderr".to_string(), "oops".to_string()),
            ("stdout".to_string(), "hello".to_string())
        ]
    );
    let out = env.skiff(["logs", "fl"]);
    out.fails_with(125);

    // A unix socket, a tag template, sub-second times.
    let path = env.path("fluent.sock");
    let l = std::os::unix::net::UnixListener::bind(&path).unwrap();
    share(env, &path);
    let h = std::thread::spawn(move || {
        let (mut c, _) = l.accept().unwrap();
        c.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        let mut data = Vec::new();
        let _ = c.read_to_end(&mut data);
        data
    });
    env.skiff([
        "run",
        "--name",
        "fu",
        "--log-driver",
        "fluentd",
        "--log-opt",
        &format!("fluentd-address=unix://{}", path.display()),
        "--log-opt",
        "tag=docker.{{.Name}}",
        "--log-opt",
        "fluentd-sub-second-precision=true",
        "busybox",
        "echo",
        "via unix",
    ])
    .ok();
    let entries = decode_all(&h.join().unwrap());
    let Mp::Arr(parts) = &entries[0] else {
        panic!("{entries:?}")
    };
    assert_eq!(parts[0].s(), "docker.fu");
    assert!(matches!(&parts[1], Mp::Ext(0, b) if b.len() == 8));
    assert_eq!(parts[2].get("log").unwrap().s(), "via unix");
}

fn stalled_peers_do_not_stall_the_container(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // Accepts, never reads.
    let stalled = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let sport = stalled.local_addr().unwrap().port();
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        stalled.set_nonblocking(true).unwrap();
        let mut conns = Vec::new();
        loop {
            if let Ok((c, _)) = stalled.accept() {
                conns.push(c);
            }
            if stop_rx.recv_timeout(Duration::from_millis(20)).is_ok() {
                break;
            }
        }
    });
    // Gone: a port nobody listens on any more.
    let gone = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let gport = gone.local_addr().unwrap().port();
    drop(gone);
    let script = "seq 1 100000; echo done >&2; exit 3";
    for opts in [
        vec![
            "fluentd".to_string(),
            format!("fluentd-address=tcp://127.0.0.1:{sport}"),
            "fluentd-buffer-limit=64k".into(),
        ],
        vec![
            "syslog".to_string(),
            format!("syslog-address=tcp://127.0.0.1:{sport}"),
        ],
        vec![
            "fluentd".to_string(),
            format!("fluentd-address=tcp://127.0.0.1:{gport}"),
            "fluentd-retry-wait=100ms".into(),
        ],
        vec![
            "syslog".to_string(),
            format!("syslog-address=udp://127.0.0.1:{gport}"),
        ],
        vec![
            "syslog".to_string(),
            format!(
                "syslog-address=unixgram://{}",
                env.path("nobody.sock").display()
            ),
        ],
    ] {
        let mut args = vec!["run".to_string(), "--log-driver".into(), opts[0].clone()];
        for o in &opts[1..] {
            args.extend(["--log-opt".to_string(), o.clone()]);
        }
        args.extend(["busybox", "sh", "-c", script].map(String::from));
        let t = Instant::now();
        let out = env.skiff(&args);
        let took = t.elapsed();
        assert_eq!(out.code, 3, "{opts:?}: {}", out.stderr);
        assert_eq!(out.stdout.lines().count(), 100_000, "{opts:?}");
        assert!(
            took < Duration::from_secs(10),
            "{opts:?} took {took:?}: {}",
            out.stderr
        );
        eprintln!("{opts:?}: {took:?}");
        // UDP to nobody loses datagrams without knowing it; the others
        // report what they dropped, once, at the end.
        if !opts[1].starts_with("syslog-address=udp") {
            assert!(
                out.stderr.contains("messages were dropped"),
                "{opts:?}: {}",
                out.stderr
            );
        }
    }
    let _ = stop_tx.send(());
    holder.join().unwrap();
}

fn none_and_passthrough(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let out = env.skiff([
        "run",
        "--name",
        "nl",
        "--log-driver",
        "none",
        "busybox",
        "echo",
        "shown",
    ]);
    assert_eq!(out.ok().stdout, "shown\n");
    let logs = env.skiff(["logs", "nl"]);
    logs.fails_with(125);
    assert_eq!(
        logs.stderr.trim(),
        "Error: this container is using the 'none' log driver, cannot read logs: this container is not logging output"
    );

    // passthrough: the container writes to our own pipe, not the monitor's.
    let mut child = env
        .cmd([
            "run",
            "--name",
            "pt",
            "--log-driver",
            "passthrough",
            "busybox",
            "sh",
            "-c",
            "readlink /proc/self/fd/1; echo err >&2",
        ])
        .inner;
    let out = child
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let ino = {
        use std::os::fd::AsRawFd;
        use std::os::unix::fs::MetadataExt;
        let fd = out.stdout.as_ref().unwrap().as_raw_fd();
        std::fs::metadata(format!("/proc/self/fd/{fd}"))
            .unwrap()
            .ino()
    };
    let res = out.wait_with_output().unwrap();
    assert_eq!(res.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&res.stdout),
        format!("pipe:[{ino}]\n")
    );
    assert_eq!(String::from_utf8_lossy(&res.stderr), "err\n");
    let logs = env.skiff(["logs", "pt"]);
    logs.fails_with(125);
    assert!(logs.stderr.contains("'passthrough' log driver"));
    // -i: the container reads our stdin itself.
    let out = env
        .cmd(["run", "-i", "--log-driver", "passthrough", "busybox", "cat"])
        .stdin("fed in\n")
        .run();
    assert_eq!(out.ok().stdout, "fed in\n");
}
