//! Running containers, rootful and rootless: isolation, security defaults,
//! process settings, exit codes, logs, lifecycle, concurrency, recovery.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use std::time::{Duration, Instant};

both_modes!(
    pid1_is_the_command_and_host_is_hidden,
    security_defaults_match_docker,
    only_stdio_fds_are_open,
    env_user_workdir_entrypoint_merge,
    exit_codes_follow_docker,
    logs_equal_output_split_by_stream,
    rm_leaves_no_record,
    init_reaps_zombies,
    concurrent_runs_then_rm_leave_nothing,
    killed_monitor_reads_as_exited,
    interactive_shell_under_tmux,
    stop_escalates_and_honours_stop_signal,
    create_start_ps_inspect,
    read_only_and_ulimits,
    keep_id_runs_as_the_invoking_user,
    signals_are_proxied_to_foreground_containers,
);

fn run_out(env: &Env, args: &[&str]) -> String {
    let mut a = vec!["run", "--rm"];
    a.extend_from_slice(args);
    env.skiff(&a).ok().stdout.clone()
}

fn pid1_is_the_command_and_host_is_hidden(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    assert_eq!(run_out(env, &["busybox", "sh", "-c", "echo $$"]), "1\n");
    // Only the container's own processes are visible.
    let ps = run_out(env, &["busybox", "ps", "-o", "pid,comm"]);
    let lines: Vec<&str> = ps.lines().skip(1).collect();
    assert_eq!(lines.len(), 1, "{ps}");
    assert!(lines[0].trim().starts_with("1 "), "{ps}");
    // Hostname: the ID prefix by default, or --hostname.
    let out = env.skiff(["run", "-d", "busybox", "sh", "-c", "hostname"]);
    let id = out.ok().stdout.trim().to_string();
    env.skiff(["wait", &id]).ok();
    assert_eq!(
        env.skiff(["logs", &id]).ok().stdout,
        format!("{}\n", &id[..12])
    );
    assert_eq!(
        run_out(env, &["-h", "web1", "busybox", "hostname"]),
        "web1\n"
    );
    let host = nix::unistd::gethostname().unwrap().into_string().unwrap();
    assert_ne!(run_out(env, &["busybox", "hostname"]).trim(), host);
    // A network namespace of its own: the default network's eth0 as root,
    // pasta's interface (named like the host's) for other users.
    let ifaces = run_out(env, &["busybox", "ls", "/sys/class/net"]);
    let ifaces: Vec<&str> = ifaces.lines().collect();
    assert_eq!(ifaces.len(), 2, "{ifaces:?}");
    assert!(ifaces.contains(&"lo"), "{ifaces:?}");
    if !env.rootless() {
        assert!(ifaces.contains(&"eth0"), "{ifaces:?}");
    }
    assert_eq!(
        run_out(
            env,
            &["--network", "none", "busybox", "ls", "/sys/class/net"]
        ),
        "lo\n"
    );
    // A cgroup namespace rooted at the container's own cgroup: every
    // hierarchy reads as `/` inside (docker's view).
    let cgroups = run_out(
        env,
        &["--network", "none", "busybox", "cat", "/proc/self/cgroup"],
    );
    for line in cgroups.lines() {
        assert!(line.ends_with(":/"), "{cgroups}");
    }
}

fn status_field<'a>(status: &'a str, key: &str) -> &'a str {
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .map_or_else(|| panic!("{key} not in {status}"), str::trim)
}

fn security_defaults_match_docker(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let st = run_out(env, &["busybox", "cat", "/proc/self/status"]);
    assert_eq!(status_field(&st, "CapEff:"), "00000000a80425fb");
    assert_eq!(status_field(&st, "CapBnd:"), "00000000a80425fb");
    assert_eq!(status_field(&st, "CapInh:"), "0000000000000000");
    assert_eq!(status_field(&st, "Seccomp:"), "2");
    assert_eq!(status_field(&st, "NoNewPrivs:"), "1");
    // Masked paths read as nothing; kcore may not exist on this kernel.
    let masked = run_out(
        env,
        &[
            "busybox",
            "sh",
            "-c",
            "cat /proc/keys /proc/kcore 2>/dev/null | wc -c; ls /sys/firmware | wc -l",
        ],
    );
    assert_eq!(masked.split_whitespace().collect::<Vec<_>>(), ["0", "0"]);
    // Read-only /proc/sys, /sys.
    let ro = env.skiff([
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "echo 1 > /proc/sys/kernel/domainname",
    ]);
    assert_ne!(ro.code, 0);
    // The seccomp filter denies what docker's does (ENOSYS for unshare).
    let un = env.skiff(["run", "--rm", "busybox", "unshare", "-U", "true"]);
    assert_ne!(un.code, 0, "unshare should be denied: {}", un.stderr);
    // Options.
    let st = run_out(
        env,
        &["--cap-drop", "ALL", "busybox", "cat", "/proc/self/status"],
    );
    assert_eq!(status_field(&st, "CapEff:"), "0000000000000000");
    let st = run_out(
        env,
        &[
            "--cap-add",
            "NET_ADMIN",
            "--cap-drop",
            "KILL",
            "busybox",
            "cat",
            "/proc/self/status",
        ],
    );
    let eff = u64::from_str_radix(status_field(&st, "CapEff:"), 16).unwrap();
    assert_eq!(eff, (0xa804_25fb_u64 | (1 << 12)) & !(1 << 5));
    let st = run_out(
        env,
        &[
            "--security-opt",
            "seccomp=unconfined",
            "busybox",
            "cat",
            "/proc/self/status",
        ],
    );
    assert_eq!(status_field(&st, "Seccomp:"), "0");
    let st = run_out(
        env,
        &[
            "--security-opt",
            "no-new-privileges=false",
            "busybox",
            "cat",
            "/proc/self/status",
        ],
    );
    assert_eq!(status_field(&st, "NoNewPrivs:"), "0");
    // A non-root user gets no effective capabilities, as in docker.
    let st = run_out(env, &["-u", "user", "busybox", "cat", "/proc/self/status"]);
    assert_eq!(status_field(&st, "CapEff:"), "0000000000000000");
    // A docker-format profile file.
    let profile = env.write_file(
        "profile.json",
        br#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":1}]}"#,
    );
    let out = env.skiff([
        "run",
        "--rm",
        "--security-opt",
        &format!("seccomp={}", profile.display()),
        "busybox",
        "mkdir",
        "/x",
    ]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("not permitted"), "{}", out.stderr);
}

fn only_stdio_fds_are_open(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // The shell's own fds, probed without opening any (`test -e` stats
    // the /proc/self/fd links); anything above 2 would be a leak.
    let probe = "for f in $(seq 0 64); do [ -e /proc/self/fd/$f ] && echo $f; done; true";
    assert_eq!(run_out(env, &["busybox", "sh", "-c", probe]), "0\n1\n2\n");
    assert_eq!(
        run_out(env, &["-t", "busybox", "sh", "-c", probe]).replace('\r', ""),
        "0\n1\n2\n"
    );
    assert_eq!(
        run_out(env, &["--init", "busybox", "sh", "-c", probe]),
        "0\n1\n2\n"
    );
    assert_eq!(
        run_out(env, &["-i", "busybox", "sh", "-c", probe]),
        "0\n1\n2\n"
    );
}

fn env_user_workdir_entrypoint_merge(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let e = run_out(env, &["-e", "A=1", "-e", "B=x y", "busybox", "env"]);
    assert!(
        e.contains("A=1\n") && e.contains("B=x y\n") && e.contains("PATH=/usr/local/sbin"),
        "{e}"
    );
    assert!(e.contains("HOME=/root\n") && e.contains("HOSTNAME="), "{e}");
    let envfile = env.write_file("env.list", b"# comment\nFROMFILE=yes\nA=from-file\n");
    let e = run_out(
        env,
        &[
            "--env-file",
            envfile.to_str().unwrap(),
            "-e",
            "A=flag",
            "busybox",
            "env",
        ],
    );
    assert!(
        e.contains("FROMFILE=yes\n") && e.contains("A=flag\n"),
        "{e}"
    );
    // -e NAME takes the value from skiff's environment.
    let out = env
        .cmd([
            "run",
            "--rm",
            "-e",
            "SKIFF_TEST_PASS",
            "busybox",
            "sh",
            "-c",
            "echo $SKIFF_TEST_PASS",
        ])
        .env("SKIFF_TEST_PASS", "through")
        .run();
    assert_eq!(out.ok().stdout, "through\n");
    // Users resolve through the image's /etc/passwd and /etc/group; a
    // user named without a group has its memberships and its primary
    // group (podman's; compat_podman's user_groups compares them).
    assert_eq!(
        run_out(env, &["-u", "user", "busybox", "id"]),
        "uid=1000(user) gid=1000(user) groups=100(users),1000(user)\n"
    );
    assert_eq!(
        run_out(env, &["-u", "1000:100", "busybox", "id", "-u"]),
        "1000\n"
    );
    assert_eq!(
        run_out(env, &["-u", "user", "busybox", "sh", "-c", "echo $HOME"]),
        "/home/user\n"
    );
    // (The kernel keeps supplementary groups sorted.)
    assert_eq!(
        run_out(
            env,
            &["-u", "user", "--group-add", "tty", "busybox", "id", "-G"]
        ),
        "1000 5 100\n"
    );
    env.skiff(["run", "--rm", "-u", "nosuchuser", "busybox", "id"])
        .fails_with(125);
    // Working directory: one asked for must exist (podman: 126).
    assert_eq!(run_out(env, &["-w", "/tmp", "busybox", "pwd"]), "/tmp\n");
    let o = env.skiff(["run", "--rm", "-w", "/new/dir", "busybox", "pwd"]);
    o.fails_with(126);
    assert!(
        o.stderr
            .contains("workdir \"/new/dir\" does not exist on container "),
        "{}",
        o.stderr
    );
    let o = env.skiff(["run", "--rm", "-w", "/etc/passwd", "busybox", "pwd"]);
    o.fails_with(126);
    assert!(o.stderr.contains("but is not a directory"), "{}", o.stderr);
    // Entrypoint and command.
    let ep_tar = {
        // An image with ENTRYPOINT and CMD, on top of busybox's layer.
        let out = env.skiff([
            "save",
            "-o",
            env.path("bb.tar").to_str().unwrap(),
            "busybox",
        ]);
        out.ok();
        let layer = extract_layer(&env.path("bb.tar"));
        env.write_file("layer.tar", &layer)
    };
    env.skiff([
        "import",
        "-c",
        r#"ENTRYPOINT ["echo","prefix"]"#,
        "-c",
        r#"CMD ["default"]"#,
        "-c",
        "WORKDIR /etc",
        ep_tar.to_str().unwrap(),
        "ep:1",
    ])
    .ok();
    assert_eq!(run_out(env, &["ep:1"]), "prefix default\n");
    assert_eq!(run_out(env, &["ep:1", "given"]), "prefix given\n");
    assert_eq!(run_out(env, &["--entrypoint", "pwd", "ep:1"]), "/etc\n");
    assert_eq!(
        run_out(env, &["--entrypoint", "echo", "busybox", "a", "b"]),
        "a b\n"
    );
    assert_eq!(run_out(env, &["busybox", "echo", "-n", "x"]), "x");
}

fn extract_layer(archive: &std::path::Path) -> Vec<u8> {
    let f = std::fs::File::open(archive).unwrap();
    let mut a = tar::Archive::new(f);
    for e in a.entries().unwrap() {
        let mut e = e.unwrap();
        if e.path().unwrap().to_string_lossy().ends_with(".tar") {
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut v).unwrap();
            return v;
        }
    }
    panic!("no layer in {}", archive.display());
}

fn exit_codes_follow_docker(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    assert_eq!(env.skiff(["run", "--rm", "busybox", "true"]).code, 0);
    assert_eq!(
        env.skiff(["run", "--rm", "busybox", "sh", "-c", "exit 3"])
            .code,
        3
    );
    let out = env.skiff(["run", "--rm", "busybox", "/etc/passwd"]);
    out.fails_with(126);
    let out = env.skiff(["run", "--rm", "busybox", "no-such-command"]);
    out.fails_with(127);
    assert!(out.stderr.contains("not found"), "{}", out.stderr);
    // 137 after kill.
    let id = env
        .skiff(["run", "-d", "busybox", "sleep", "60"])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.skiff(["kill", &id]).ok();
    assert_eq!(env.skiff(["wait", &id]).ok().stdout, "137\n");
    let code = env
        .skiff(["inspect", "--format", "{{.State.ExitCode}}", &id])
        .ok()
        .stdout
        .clone();
    assert_eq!(code, "137\n");
    // Killed by a signal in the foreground: 128+N. (PID 1 itself cannot be
    // killed from inside its namespace, so the shell runs under --init.)
    assert_eq!(
        env.skiff([
            "run",
            "--rm",
            "--init",
            "busybox",
            "sh",
            "-c",
            "kill -KILL $$"
        ])
        .code,
        137
    );
    // skiff's own failures are 125.
    // (--pull=never: the tests never reach beyond this machine.)
    env.skiff(["run", "--rm", "--pull=never", "no-such-image"])
        .fails_with(125);
    env.skiff(["run", "--rm", "--bogus-flag", "busybox"])
        .fails_with(125);
}

fn logs_equal_output_split_by_stream(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let script = "for i in 1 2 3; do echo out$i; echo err$i >&2; done; printf partial";
    let fg = env.skiff([
        "run",
        "--name",
        "logger",
        "--log-driver",
        "json-file",
        "busybox",
        "sh",
        "-c",
        script,
    ]);
    fg.ok();
    assert_eq!(fg.stdout, "out1\nout2\nout3\npartial");
    assert_eq!(fg.stderr, "err1\nerr2\nerr3\n");
    let logs = env.skiff(["logs", "logger"]);
    assert_eq!(logs.ok().stdout, fg.stdout);
    assert_eq!(logs.stderr, fg.stderr);
    // The json-file format, one object per line.
    let id = env
        .skiff(["inspect", "--format", "{{.Id}}", "logger"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let path = env
        .skiff(["inspect", "--format", "{{.LogPath}}", &id])
        .ok()
        .stdout
        .trim()
        .to_string();
    let text = std::fs::read_to_string(&path).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert!(first["log"].is_string() && first["stream"].is_string() && first["time"].is_string());
    // --tail, --timestamps, --since.
    assert_eq!(
        env.skiff(["logs", "--tail", "1", "logger"]).ok().stdout,
        "partial"
    );
    let ts = env.skiff(["logs", "-t", "logger"]);
    let line = ts.ok().stdout.lines().next().unwrap().to_string();
    let (t, rest) = line.split_once(' ').unwrap();
    assert!(
        skiff::util::time::Timestamp::parse_rfc3339(t).is_some(),
        "{line}"
    );
    assert_eq!(rest, "out1");
    assert_eq!(
        env.skiff(["logs", "--since", "2099-01-01T00:00:00Z", "logger"])
            .ok()
            .stdout,
        ""
    );
    // -f follows until the container exits.
    env.skiff([
        "run",
        "-d",
        "--name",
        "follow",
        "busybox",
        "sh",
        "-c",
        "echo a; sleep 1; echo b",
    ])
    .ok();
    assert_eq!(env.skiff(["logs", "-f", "follow"]).ok().stdout, "a\nb\n");
    // k8s-file works too.
    env.skiff([
        "run",
        "--log-driver",
        "k8s-file",
        "--name",
        "k8s",
        "busybox",
        "echo",
        "k8s line",
    ])
    .ok();
    assert_eq!(env.skiff(["logs", "k8s"]).ok().stdout, "k8s line\n");
}

fn rm_leaves_no_record(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    run_out(env, &["--name", "gone", "busybox", "true"]);
    env.skiff(["run", "--rm", "-d", "busybox", "true"]).ok();
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(env.skiff(["ps", "-aq"]).ok().stdout, "");
    assert_empty(&env.root.join("containers"));
    assert_empty(&env.root.join("container-names"));
    // The name is free again.
    run_out(env, &["--name", "gone", "busybox", "true"]);
}

fn assert_empty(dir: &std::path::Path) {
    let left: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{} not empty: {left:?}", dir.display());
}

/// Zombie processes in the pid namespace of host pid `pid`.
fn zombies_in_pidns(pid: &str) -> usize {
    let ns = std::fs::read_link(format!("/proc/{pid}/ns/pid")).unwrap();
    let mut n = 0;
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let p = e.path();
        if std::fs::read_link(p.join("ns/pid")).ok().as_ref() == Some(&ns)
            && std::fs::read_to_string(p.join("status")).is_ok_and(|s| {
                s.lines()
                    .any(|l| l.starts_with("State:") && l.contains('Z'))
            })
        {
            n += 1;
        }
    }
    n
}

fn init_reaps_zombies(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if env.user.is_some() && !is_root() {
        skip(&env.name, "needs access to other users' /proc entries");
        return;
    }
    // An orphan is left behind; PID 1 is `sleep`, which never reaps.
    let script = "sh -c 'sleep 0.1 &'; exec sleep 30";
    for (init, want) in [(false, 1), (true, 0)] {
        let mut args = vec!["run", "-d"];
        if init {
            args.push("--init");
        }
        args.extend(["busybox", "sh", "-c", script]);
        let id = env.skiff(&args).ok().stdout.trim().to_string();
        std::thread::sleep(Duration::from_millis(800));
        let pid = env
            .skiff(["inspect", "--format", "{{.State.Pid}}", &id])
            .ok()
            .stdout
            .trim()
            .to_string();
        assert_eq!(zombies_in_pidns(&pid), want, "--init={init}");
        env.skiff(["rm", "-f", &id]).ok();
    }
    // Signals reach the command through the init.
    assert_eq!(
        env.skiff([
            "run",
            "--rm",
            "--init",
            "busybox",
            "sh",
            "-c",
            "kill -TERM $$; sleep 5"
        ])
        .code,
        143
    );
}

fn mounts_under(p: &std::path::Path) -> usize {
    let me = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    me.lines()
        .filter(|l| l.contains(p.to_str().unwrap()))
        .count()
}

fn concurrent_runs_then_rm_leave_nothing(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let mut children = Vec::new();
    for i in 0..50 {
        let mut c = env.cmd([
            "run",
            "-d",
            "--name",
            &format!("c{i}"),
            "busybox",
            "sleep",
            "300",
        ]);
        c.inner
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        children.push(c.spawn());
    }
    let mut ids = Vec::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        ids.push(String::from_utf8_lossy(&out.stdout).trim().to_string());
    }
    let ps = env.skiff(["ps", "-q"]).ok().stdout.lines().count();
    assert_eq!(ps, 50);
    let mut pids = Vec::new();
    for id in &ids {
        let p: i32 = env
            .skiff(["inspect", "--format", "{{.State.Pid}}", id])
            .ok()
            .stdout
            .trim()
            .parse()
            .unwrap();
        pids.push(p);
    }
    // Remove them concurrently too.
    let mut children = Vec::new();
    for chunk in ids.chunks(10) {
        let mut args = vec!["rm".to_string(), "-f".to_string()];
        args.extend(chunk.iter().cloned());
        let mut c = env.cmd(&args);
        c.inner
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        children.push(c.spawn());
    }
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.skiff(["ps", "-aq"]).ok().stdout, "");
    for p in pids {
        let gone = !std::path::Path::new(&format!("/proc/{p}")).exists()
            || std::fs::read_to_string(format!("/proc/{p}/stat")).is_ok_and(|s| s.contains(") Z"));
        assert!(gone, "process {p} is still running");
    }
    assert_eq!(
        mounts_under(&env.dir),
        0,
        "mounts left under {}",
        env.dir.display()
    );
    assert_empty(&env.root.join("containers"));
    assert_empty(&env.root.join("container-names"));
    assert_empty(&env.runroot.join("containers"));
}

fn killed_monitor_reads_as_exited(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = env
        .skiff(["run", "-d", "--name", "victim", "busybox", "sleep", "300"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let state: serde_json::Value = serde_json::from_slice(
        &std::fs::read(env.root.join("containers").join(&id).join("state.json")).unwrap(),
    )
    .unwrap();
    let monitor = state["monitor_pid"].as_i64().unwrap() as i32;
    let pid = state["pid"].as_i64().unwrap();
    let kill = env
        .command("kill")
        .args(["-KILL", &monitor.to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    std::thread::sleep(Duration::from_millis(300));
    let ps = env.skiff([
        "inspect",
        "--format",
        "{{.Name}} {{.State.Status}}",
        "victim",
    ]);
    assert_eq!(ps.ok().stdout, "victim exited\n");
    // The container's process went with its monitor.
    let alive =
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| !s.contains(") Z"));
    assert!(!alive, "container process {pid} survived its monitor");
    env.skiff(["rm", "victim"]).ok();
    assert_eq!(env.skiff(["ps", "-aq"]).ok().stdout, "");
    // A record from before a reboot reads as exited too.
    let id = env
        .skiff(["run", "-d", "busybox", "sleep", "300"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let p = env.root.join("containers").join(&id).join("state.json");
    let mut st: serde_json::Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
    let real_pid = st["pid"].as_i64().unwrap();
    st["boot_id"] = serde_json::json!("00000000-0000-0000-0000-000000000000");
    std::fs::write(&p, serde_json::to_vec(&st).unwrap()).unwrap();
    let ps = env.skiff(["inspect", "--format", "{{.State.Status}}", &id]);
    assert_eq!(ps.ok().stdout, "exited\n");
    // (The process of this test itself is still there; clean it up.)
    let _ = env
        .command("kill")
        .args(["-KILL", &real_pid.to_string()])
        .status();
    env.skiff(["rm", "-f", &id]).ok();
}

fn interactive_shell_under_tmux(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if std::process::Command::new("tmux")
        .arg("-V")
        .output()
        .is_err()
    {
        skip(&env.name, "tmux is not installed");
        return;
    }
    let session = format!("skiff-{}", std::process::id() ^ u32::from(env.rootless()));
    let result = env.path("result");
    let cmdline = format!(
        "{} --root {} --runroot {} run -it --rm busybox sh; echo EXIT=$? > {}",
        skiff_bin_for(env),
        env.root.display(),
        env.runroot.display(),
        result.display()
    );
    let tmux = |args: &[&str]| {
        let out = env
            .command("tmux")
            .args(["-L", &session])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    tmux(&["new-session", "-d", "-x", "100", "-y", "30", &cmdline]);
    let deadline = Instant::now() + Duration::from_secs(15);
    let wait_for = |needle: &str| {
        while Instant::now() < deadline {
            let screen = tmux(&["capture-pane", "-p"]);
            if screen.contains(needle) {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "never saw {needle:?} on the terminal: {}",
            tmux(&["capture-pane", "-p"])
        );
    };
    wait_for("/ #");
    tmux(&["send-keys", "echo got-$((6*7)) $(tty)", "Enter"]);
    wait_for("got-42 /dev/pts/0");
    tmux(&["send-keys", "false", "Enter"]);
    std::thread::sleep(Duration::from_millis(200));
    tmux(&["send-keys", "C-d"]);
    while Instant::now() < deadline && !result.exists() {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = tmux(&["kill-server"]);
    assert_eq!(
        std::fs::read_to_string(&result).unwrap_or_default().trim(),
        "EXIT=1"
    );
}

/// The skiff binary path this environment runs.
fn skiff_bin_for(env: &Env) -> String {
    binary(env.user.is_some()).display().to_string()
}

fn stop_escalates_and_honours_stop_signal(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // PID 1 without a handler ignores SIGTERM: stop kills after the timeout.
    env.skiff(["run", "-d", "--name", "stubborn", "busybox", "sleep", "300"])
        .ok();
    let t = Instant::now();
    env.skiff(["stop", "-t", "1", "stubborn"]).ok();
    let took = t.elapsed();
    assert!(
        took < Duration::from_secs(2) + Duration::from_millis(900),
        "stop took {took:?}"
    );
    assert_eq!(
        env.skiff(["inspect", "-f", "{{.State.ExitCode}}", "stubborn"])
            .ok()
            .stdout,
        "137\n"
    );
    // A handler for the stop signal makes it exit at once.
    env.skiff([
        "run",
        "-d",
        "--name",
        "polite",
        "--stop-signal",
        "USR1",
        "busybox",
        "sh",
        "-c",
        "trap 'exit 42' USR1; while true; do sleep 0.1; done",
    ])
    .ok();
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    env.skiff(["stop", "polite"]).ok();
    assert!(t.elapsed() < Duration::from_secs(3));
    assert_eq!(
        env.skiff(["inspect", "-f", "{{.State.ExitCode}}", "polite"])
            .ok()
            .stdout,
        "42\n"
    );
    // Stopping a stopped container is fine; starting it again works.
    env.skiff(["stop", "polite"]).ok();
    env.skiff(["start", "polite"]).ok();
    assert_eq!(
        env.skiff(["inspect", "-f", "{{.State.Status}}", "polite"])
            .ok()
            .stdout,
        "running\n"
    );
    env.skiff(["rm", "-f", "polite", "stubborn"]).ok();
    // rm of a running container needs -f.
    env.skiff(["run", "-d", "--name", "busy", "busybox", "sleep", "300"])
        .ok();
    env.skiff(["rm", "busy"]).fails_with(2);
    env.skiff(["rm", "-f", "busy"]).ok();
}

fn create_start_ps_inspect(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let cid = env.path("cid");
    let id = env
        .skiff([
            "create",
            "--name",
            "later",
            "--label",
            "team=core",
            "--cidfile",
            cid.to_str().unwrap(),
            "busybox",
            "sh",
            "-c",
            "echo started-later",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(std::fs::read_to_string(&cid).unwrap(), id);
    let ps = env.skiff([
        "ps",
        "-a",
        "--format",
        "{{.Names}}|{{.Status}}|{{.Command}}|{{.Image}}",
    ]);
    // podman's COMMAND: the command line cut at 17 characters and `...`;
    // the image by its full name.
    assert_eq!(
        ps.ok().stdout,
        "later|Created|sh -c echo starte...|localhost/busybox:latest\n"
    );
    assert_eq!(
        env.skiff(["ps", "-q"]).ok().stdout,
        "",
        "created containers are not running"
    );
    env.skiff(["create", "--name", "later", "busybox"])
        .fails_with(125);
    let out = env.skiff(["start", "-a", "later"]);
    assert_eq!(out.ok().stdout, "started-later\n");
    let ps = env.skiff([
        "ps",
        "-a",
        "--filter",
        "status=exited",
        "--format",
        "{{.Status}}",
    ]);
    assert!(ps.ok().stdout.starts_with("Exited (0) "), "{}", ps.stdout);
    assert_eq!(
        env.skiff(["ps", "-a", "--filter", "label=team=core", "-q"])
            .ok()
            .stdout
            .trim(),
        &id[..12]
    );
    assert_eq!(
        env.skiff(["ps", "-a", "--filter", "name=lat", "--no-trunc", "-q"])
            .ok()
            .stdout
            .trim(),
        id
    );
    assert_eq!(
        env.skiff(["ps", "-a", "--filter", "ancestor=busybox", "-q"])
            .ok()
            .stdout
            .trim(),
        &id[..12]
    );
    let table = env.skiff(["ps", "-a"]).ok().stdout.clone();
    let header: Vec<&str> = table
        .lines()
        .next()
        .unwrap()
        .split("  ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(
        header,
        [
            "CONTAINER ID",
            "IMAGE",
            "COMMAND",
            "CREATED",
            "STATUS",
            "PORTS",
            "NAMES"
        ]
    );
    let i = env.skiff(["container", "inspect", "later"]).ok().json();
    let c = &i[0];
    assert_eq!(c["Id"], id.as_str());
    // podman's Name has no leading `/` (docker's has).
    assert_eq!(c["Name"], "later");
    assert_eq!(c["Path"], "sh");
    assert_eq!(c["Args"], serde_json::json!(["-c", "echo started-later"]));
    assert_eq!(c["State"]["Status"], "exited");
    assert_eq!(c["State"]["Running"], false);
    assert_eq!(c["Config"]["Labels"]["team"], "core");
    assert!(c["State"]["StartedAt"].as_str().unwrap().ends_with('Z'));
    // `inspect` finds containers before images; --type picks.
    assert_eq!(
        env.skiff(["inspect", "-f", "{{.Name}}", "later"])
            .ok()
            .stdout,
        "later\n"
    );
    env.skiff(["inspect", "--type", "image", "later"])
        .fails_with(125);
    env.skiff(["container", "exists", "later"]).ok();
    assert_eq!(env.skiff(["container", "exists", "nope"]).code, 1);
    // Auto-generated names look like docker's.
    let n = env
        .skiff(["create", "busybox"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let name = env
        .skiff(["inspect", "-f", "{{.Name}}", &n])
        .ok()
        .stdout
        .trim()
        .to_string();
    // podman: no leading slash.
    assert!(!name.starts_with('/') && name.contains('_'), "{name}");
    env.skiff(["container", "prune", "-f"]).ok();
    assert_eq!(env.skiff(["ps", "-aq"]).ok().stdout, "");
}

fn read_only_and_ulimits(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let out = env.skiff(["run", "--rm", "--read-only", "busybox", "touch", "/x"]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("Read-only"), "{}", out.stderr);
    // /dev/shm and /tmp-like mounts stay writable; so does /dev.
    run_out(env, &["--read-only", "busybox", "touch", "/dev/shm/x"]);
    assert_eq!(
        run_out(
            env,
            &[
                "--ulimit",
                "nofile=100:200",
                "busybox",
                "sh",
                "-c",
                "ulimit -n; ulimit -Hn"
            ]
        ),
        "100\n200\n"
    );
    // Asking for more than the host's hard limit is clamped, not an error.
    let hard = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE)
        .unwrap()
        .1;
    if hard < 1_048_576 && !is_root() || env.rootless() {
        let out = run_out(
            env,
            &[
                "--ulimit",
                "nofile=1048576:1048576",
                "busybox",
                "sh",
                "-c",
                "ulimit -Hn",
            ],
        );
        assert!(out.trim().parse::<u64>().unwrap() <= hard, "{out}");
    }
    // --privileged gets every capability and no seccomp filter.
    let st = run_out(
        env,
        &["--privileged", "busybox", "cat", "/proc/self/status"],
    );
    assert_eq!(status_field(&st, "Seccomp:"), "0");
    assert_ne!(status_field(&st, "CapEff:"), "00000000a80425fb");
}

fn keep_id_runs_as_the_invoking_user(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if !env.rootless() {
        // podman's rule: keep-id is for rootless containers.
        env.skiff(["run", "--rm", "--userns=keep-id", "busybox", "id"])
            .fails_with(125);
        return;
    }
    let (uid, gid, name) = if let Some(u) = &env.user {
        (u.uid, u.gid, u.name.clone())
    } else {
        let uid = nix::unistd::getuid().as_raw();
        let name = nix::unistd::User::from_uid(nix::unistd::getuid())
            .unwrap()
            .unwrap()
            .name;
        (uid, nix::unistd::getgid().as_raw(), name)
    };
    let out = run_out(
        env,
        &[
            "--userns=keep-id",
            "busybox",
            "sh",
            "-c",
            "id -u; id -g; whoami; touch /tmp/mine; stat -c %u /tmp/mine",
        ],
    );
    assert_eq!(out, format!("{uid}\n{gid}\n{name}\n{uid}\n"));
    // The file written in the container belongs to the user on the host.
    let id = env
        .skiff([
            "run",
            "-d",
            "--userns=keep-id",
            "busybox",
            "sh",
            "-c",
            "echo x > /tmp/hostcheck",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.skiff(["wait", &id]).ok();
    use std::os::unix::fs::MetadataExt;
    let f = env
        .root
        .join("containers")
        .join(&id)
        .join("upper/tmp/hostcheck");
    assert_eq!(std::fs::metadata(&f).unwrap().uid(), uid);
}

#[test]
fn user_without_subuid_ranges_runs_as_root_only() {
    let user = format!("{TEST_USER}-noid");
    if !is_root() {
        skip(
            "user_without_subuid_ranges",
            "needs root to act as a second user",
        );
        return;
    }
    let Some(u) = nix::unistd::User::from_name(&user).ok().flatten() else {
        skip(
            "user_without_subuid_ranges",
            &format!("user {user} does not exist; run tests/setup-rootless.sh"),
        );
        return;
    };
    let Ok(fix) = fixtures() else { return };
    let dir = std::path::PathBuf::from(format!("/tmp/skiff-it/noid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    chown(&dir, u.uid.as_raw(), u.gid.as_raw());
    let run = |args: &[&str]| {
        std::process::Command::new("setpriv")
            .arg(format!("--reuid={}", u.uid))
            .arg(format!("--regid={}", u.gid))
            .args(["--init-groups", "--"])
            .arg(binary(true))
            .arg("--root")
            .arg(dir.join("root"))
            .arg("--runroot")
            .arg(dir.join("run"))
            .args(args)
            .env_clear()
            .env("HOME", &u.dir)
            .env("PATH", "/usr/bin:/bin")
            .output()
            .unwrap()
    };
    let out = run(&["load", "-i", fix.join("busybox.tar").to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr
            .lines()
            .filter(|l| l.starts_with("WARNING: no subordinate ID ranges"))
            .count(),
        1,
        "{stderr}"
    );
    let out = run(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "id -u; stat -c %u /home/user",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "0\n0\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["run", "--rm", "-u", "user", "busybox", "id"]);
    assert_eq!(out.status.code(), Some(125));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no subordinate ID ranges"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    kill_holders(&dir, 2);
    let _ = std::fs::remove_dir_all(&dir);
}

fn signals_are_proxied_to_foreground_containers(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let mut c = env.cmd([
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "trap 'echo got-usr1; exit 9' USR1; echo ready; while true; do sleep 0.1; done",
    ]);
    c.inner
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    assert_eq!(line, "ready\n");
    // Signal the skiff client (for the rootless case setpriv exec'd it, so
    // the pid is the same).
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGUSR1,
    )
    .unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(rest, "got-usr1\n");
    assert_eq!(status.code(), Some(9));
    // --sig-proxy=false: the client takes the signal itself.
    let mut c = env.cmd(["run", "--rm", "--sig-proxy=false", "busybox", "sleep", "30"]);
    c.inner
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn();
    std::thread::sleep(Duration::from_millis(500));
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&status),
        Some(15)
    );
}
