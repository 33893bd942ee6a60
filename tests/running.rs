//! Working with running containers, rootful and rootless: exec, attach,
//! detach, top, pause, restart, restart policies, rename, port, wait.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use std::time::{Duration, Instant};

both_modes!(
    exec_joins_the_container,
    exec_exit_codes_and_errors,
    two_attach_clients_see_output,
    detach_and_reattach_under_tmux,
    pause_freezes_and_unpause_resumes,
    top_lists_the_containers_processes,
    restart_keeps_id_and_log,
    restart_policy_on_failure_counts,
    stop_and_kill_with_init_and_stop_signal,
    rename_port_wait_exists,
);

fn detached(env: &Env, args: &[&str]) -> String {
    let mut a = vec!["run", "-d"];
    a.extend_from_slice(args);
    env.skiff(&a).ok().stdout.trim().to_string()
}

fn out(env: &Env, args: &[&str]) -> String {
    env.skiff(args).ok().stdout.clone()
}

fn status_line<'a>(s: &'a str, key: &str) -> &'a str {
    s.lines()
        .find_map(|l| l.strip_prefix(key))
        .map_or("", str::trim)
}

fn exec_joins_the_container(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(
        env,
        &[
            "-e",
            "FROM_RUN=yes",
            "-h",
            "inside",
            "busybox",
            "sleep",
            "300",
        ],
    );
    assert_eq!(out(env, &["exec", &id, "hostname"]), "inside\n");
    assert_eq!(
        out(env, &["exec", &id, "sh", "-c", "echo $FROM_RUN"]),
        "yes\n"
    );
    assert_eq!(
        out(
            env,
            &["exec", "-e", "EXTRA=1", &id, "sh", "-c", "echo $EXTRA"]
        ),
        "1\n"
    );
    // The container's pid namespace: PID 1 is its init, we are another.
    let ps = out(env, &["exec", &id, "ps", "-o", "pid,comm"]);
    assert!(ps.contains("    1 sleep"), "{ps}");
    // The container's mounts.
    let mounts = out(env, &["exec", &id, "cat", "/proc/mounts"]);
    assert!(mounts.starts_with("overlay / overlay"), "{mounts}");
    // Same capabilities, seccomp and no_new_privs as the container.
    let ctr = std::fs::read_to_string(format!(
        "/proc/{}/status",
        out(env, &["inspect", "-f", "{{.State.Pid}}", &id]).trim()
    ))
    .unwrap();
    let ex = out(env, &["exec", &id, "cat", "/proc/self/status"]);
    for key in ["CapEff:", "CapBnd:", "Seccomp:", "NoNewPrivs:"] {
        assert_eq!(status_line(&ex, key), status_line(&ctr, key), "{key}");
    }
    assert_eq!(status_line(&ex, "CapEff:"), "00000000a80425fb");
    // User, directory, stdin.
    assert_eq!(
        out(
            env,
            &[
                "exec",
                "-u",
                "user",
                "-w",
                "/tmp",
                &id,
                "sh",
                "-c",
                "id -un; pwd"
            ]
        ),
        "user\n/tmp\n"
    );
    let piped = env
        .cmd(["exec", "-i", &id, "cat"])
        .stdin("through stdin\n")
        .run();
    assert_eq!(piped.ok().stdout, "through stdin\n");
    // Detached: the command is adopted by the container's init.
    env.skiff(["exec", "-d", &id, "sh", "-c", "echo bg > /tmp/bg"])
        .ok();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(out(env, &["exec", &id, "cat", "/tmp/bg"]), "bg\n");
    // A terminal from the container's devpts.
    let tty = out(env, &["exec", "-t", &id, "tty"]);
    assert!(tty.starts_with("/dev/pts/"), "{tty}");
    env.skiff(["rm", "-f", &id]).ok();
}

fn exec_exit_codes_and_errors(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(env, &["busybox", "sleep", "300"]);
    assert_eq!(env.skiff(["exec", &id, "true"]).code, 0);
    assert_eq!(env.skiff(["exec", &id, "sh", "-c", "exit 3"]).code, 3);
    env.skiff(["exec", &id, "/etc/passwd"]).fails_with(126);
    env.skiff(["exec", &id, "no-such-command"]).fails_with(127);
    env.skiff(["exec", "-w", "/no/such/dir", &id, "true"])
        .fails_with(126);
    env.skiff(["stop", "-t", "0", &id]).ok();
    let e = env.skiff(["exec", &id, "true"]);
    e.fails_with(125);
    assert!(e.stderr.contains("is not running"), "{}", e.stderr);
    env.skiff(["exec", "nosuch", "true"]).fails_with(125);
}

fn two_attach_clients_see_output(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(
        env,
        &[
            "busybox",
            "sh",
            "-c",
            "sleep 1.5; for i in 1 2 3; do echo out$i; echo err$i >&2; sleep 0.1; done; exit 5",
        ],
    );
    let spawn = |extra: &[&str]| {
        let mut args = vec!["attach"];
        args.extend_from_slice(extra);
        args.push(&id);
        let mut c = env.cmd(&args);
        c.inner
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        c.spawn()
    };
    let a = spawn(&["--no-stdin"]);
    let b = spawn(&[]);
    for child in [a, b] {
        let o = child.wait_with_output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(5),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&o.stdout), "out1\nout2\nout3\n");
        assert_eq!(String::from_utf8_lossy(&o.stderr), "err1\nerr2\nerr3\n");
    }
    // What was written while nobody was attached is in the log.
    assert_eq!(out(env, &["logs", &id]), "out1\nout2\nout3\n");
    env.skiff(["attach", &id]).fails_with(125);
}

fn detach_and_reattach_under_tmux(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if std::process::Command::new("tmux")
        .arg("-V")
        .output()
        .is_err()
    {
        skip(&env.name, "tmux is not installed");
        return;
    }
    // The tmux server's socket name; a new one after `kill-server`, which
    // returns before the old server is gone (a new session could attach
    // to the dying server and die with it).
    let session = std::cell::RefCell::new(format!(
        "skiff-at-{}-{}",
        std::process::id(),
        u8::from(env.rootless())
    ));
    let bin = binary(env.user.is_some()).display().to_string();
    let store = format!(
        "--root {} --runroot {}",
        env.root.display(),
        env.runroot.display()
    );
    let tmux = |args: &[&str]| {
        let o = env
            .command("tmux")
            .args(["-L", session.borrow().as_str()])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let wait_for = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            let screen = tmux(&["capture-pane", "-p"]);
            if screen.contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("never saw {needle:?}: {}", tmux(&["capture-pane", "-p"]));
    };
    let first = env.path("first");
    tmux(&[
        "new-session",
        "-d",
        "-x",
        "100",
        "-y",
        "30",
        &format!(
            "{bin} {store} run -it --name shell busybox sh; echo RUN=$? > {}; sleep 60",
            first.display()
        ),
    ]);
    wait_for("/ #");
    tmux(&["send-keys", "export MARK=kept-$((20+1))", "Enter"]);
    std::thread::sleep(Duration::from_millis(300));
    tmux(&["send-keys", "C-p", "C-q"]);
    // The shell creates the file before `echo` writes it: wait for the
    // whole line, not for the file.
    let read_line = |path: &std::path::Path| {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            if text.ends_with('\n') || Instant::now() >= deadline {
                return (text.trim().to_string(), tmux(&["capture-pane", "-p"]));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let (line, screen) = read_line(&first);
    assert_eq!(line, "RUN=0", "screen:\n{screen}");
    assert_eq!(
        out(env, &["inspect", "-f", "{{.State.Status}}", "shell"]),
        "running\n"
    );
    // Come back to the same shell (its variable is still set).
    let second = env.path("second");
    tmux(&["kill-server"]);
    session.borrow_mut().push_str("-again");
    tmux(&[
        "new-session",
        "-d",
        "-x",
        "100",
        "-y",
        "30",
        &format!(
            "{bin} {store} attach shell; echo ATTACH=$? > {}; sleep 60",
            second.display()
        ),
    ]);
    std::thread::sleep(Duration::from_millis(500));
    tmux(&["send-keys", "echo $MARK", "Enter"]);
    wait_for("kept-21");
    tmux(&["send-keys", "exit 4", "Enter"]);
    let (line, screen) = read_line(&second);
    tmux(&["kill-server"]);
    assert_eq!(line, "ATTACH=4", "screen:\n{screen}");
    assert_eq!(
        out(env, &["inspect", "-f", "{{.State.ExitCode}}", "shell"]),
        "4\n"
    );
}

fn pause_freezes_and_unpause_resumes(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(
        env,
        &[
            "busybox",
            "sh",
            "-c",
            "i=0; while true; do i=$((i+1)); echo $i; sleep 0.05; done",
        ],
    );
    std::thread::sleep(Duration::from_millis(300));
    let p = env.skiff(["pause", &id]);
    if env.rootless() && skiff::runtime::cgroups::version() == skiff::runtime::cgroups::Version::V1
    {
        // cgroup v1 cannot be delegated to an ordinary user: a clear error.
        p.fails_with(125);
        assert!(
            p.stderr
                .contains("pause is not supported for cgroupv1 rootless containers"),
            "{}",
            p.stderr
        );
        skip(
            &env.name,
            "rootless pause needs cgroup v2 with delegation; this host has cgroup v1",
        );
        env.skiff(["rm", "-f", &id]).ok();
        return;
    }
    p.ok();
    assert_eq!(
        out(
            env,
            &["inspect", "-f", "{{.State.Status}} {{.State.Paused}}", &id]
        ),
        "paused true\n"
    );
    let status = out(env, &["ps", "--format", "{{.Status}}"]);
    assert_eq!(status.trim(), "Paused");
    let count = || out(env, &["logs", &id]).lines().count();
    let a = count();
    std::thread::sleep(Duration::from_millis(600));
    let b = count();
    assert_eq!(a, b, "output grew while paused");
    env.skiff(["exec", &id, "true"]).fails_with(125);
    env.skiff(["unpause", &id]).ok();
    std::thread::sleep(Duration::from_millis(600));
    assert!(count() > b + 3, "output did not resume");
    // stop and kill work on a paused container.
    env.skiff(["pause", &id]).ok();
    let t = Instant::now();
    env.skiff(["stop", "-t", "1", &id]).ok();
    assert!(t.elapsed() < Duration::from_secs(3));
    assert_eq!(
        out(env, &["inspect", "-f", "{{.State.Status}}", &id]),
        "exited\n"
    );
    env.skiff(["start", &id]).ok();
    env.skiff(["pause", &id]).ok();
    env.skiff(["kill", &id]).ok();
    assert_eq!(out(env, &["wait", &id]), "137\n");
    env.skiff(["rm", &id]).ok();
}

fn top_lists_the_containers_processes(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(env, &["busybox", "sh", "-c", "sleep 301 & sleep 302"]);
    std::thread::sleep(Duration::from_millis(300));
    let top = out(env, &["top", &id]);
    let lines: Vec<&str> = top.lines().collect();
    assert!(
        lines[0].contains("PID") && lines[0].contains("CMD"),
        "{top}"
    );
    assert!(
        top.contains("sleep 301") && top.contains("sleep 302"),
        "{top}"
    );
    // (sh execs its last command: two processes.)
    assert_eq!(lines.len(), 3, "{top}");
    let top = out(env, &["top", &id, "-o", "pid,comm"]);
    assert_eq!(
        top.lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["PID", "COMMAND"]
    );
    assert_eq!(top.lines().count(), 3, "{top}");
    env.skiff(["top", &id, "-o", "comm"]).fails_with(125);
    // info counts it.
    env.skiff(["create", "busybox", "true"]).ok();
    let info = out(
        env,
        &[
            "info",
            "--format",
            "{{.Store.ContainerStore.Number}} {{.Store.ContainerStore.Running}} {{.Store.ContainerStore.Stopped}}",
        ],
    );
    assert_eq!(info.trim(), "2 1 1");
    env.skiff(["rm", "-f", &id]).ok();
    env.skiff(["top", &id]).fails_with(125);
}

fn restart_keeps_id_and_log(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(
        env,
        &[
            "--name",
            "again",
            "busybox",
            "sh",
            "-c",
            "echo started; sleep 300",
        ],
    );
    std::thread::sleep(Duration::from_millis(300));
    let pid1 = out(env, &["inspect", "-f", "{{.State.Pid}}", "again"]);
    env.skiff(["restart", "-t", "1", "again"]).ok();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        out(
            env,
            &["inspect", "-f", "{{.Id}} {{.State.Status}}", "again"]
        ),
        format!("{id} running\n")
    );
    assert_ne!(
        out(env, &["inspect", "-f", "{{.State.Pid}}", "again"]),
        pid1
    );
    assert_eq!(out(env, &["logs", "again"]), "started\nstarted\n");
    env.skiff(["container", "restart", "-t", "0", "again"]).ok();
    env.skiff(["rm", "-f", "again"]).ok();
}

fn restart_policy_on_failure_counts(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(
        env,
        &[
            "--restart",
            "on-failure:3",
            "busybox",
            "sh",
            "-c",
            "echo start; exit 1",
        ],
    );
    assert_eq!(out(env, &["wait", &id]), "1\n");
    assert_eq!(out(env, &["logs", &id]), "start\nstart\nstart\nstart\n");
    assert_eq!(
        out(
            env,
            &["inspect", "-f", "{{.RestartCount}} {{.State.Status}}", &id]
        ),
        "3 exited\n"
    );
    // on-failure does not restart a success; always does until stopped.
    let id = detached(env, &["--restart", "on-failure", "busybox", "true"]);
    assert_eq!(out(env, &["wait", &id]), "0\n");
    assert_eq!(
        out(env, &["inspect", "-f", "{{.RestartCount}}", &id]),
        "0\n"
    );
    let id = detached(
        env,
        &["--restart", "always", "busybox", "sh", "-c", "echo x"],
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while out(env, &["inspect", "-f", "{{.RestartCount}}", &id])
        .trim()
        .parse::<u32>()
        .unwrap()
        < 2
    {
        assert!(Instant::now() < deadline, "not restarted");
        std::thread::sleep(Duration::from_millis(100));
    }
    env.skiff(["stop", "-t", "1", &id]).ok();
    let n = out(env, &["inspect", "-f", "{{.RestartCount}}", &id]);
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(
        out(
            env,
            &["inspect", "-f", "{{.RestartCount}} {{.State.Status}}", &id]
        ),
        format!("{} exited\n", n.trim())
    );
    env.skiff(["run", "--rm", "--restart", "always", "busybox", "true"])
        .fails_with(125);
}

fn stop_and_kill_with_init_and_stop_signal(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // --init forwards the stop signal to the command: a quick stop.
    let id = detached(env, &["--init", "busybox", "sleep", "300"]);
    let t = Instant::now();
    env.skiff(["stop", &id]).ok();
    assert!(t.elapsed() < Duration::from_secs(2));
    assert_eq!(
        out(env, &["inspect", "-f", "{{.State.ExitCode}}", &id]),
        "143\n"
    );
    env.skiff(["start", &id]).ok();
    env.skiff(["kill", "-s", "USR1", &id]).ok();
    assert_eq!(out(env, &["wait", &id]), "138\n");
    // An image whose STOPSIGNAL is USR2, handled by the command.
    let layer = {
        env.skiff([
            "save",
            "-o",
            env.path("bb.tar").to_str().unwrap(),
            "busybox",
        ])
        .ok();
        let f = std::fs::File::open(env.path("bb.tar")).unwrap();
        let mut a = tar::Archive::new(f);
        let mut v = Vec::new();
        for e in a.entries().unwrap() {
            let mut e = e.unwrap();
            if e.path().unwrap().to_string_lossy().ends_with(".tar") {
                std::io::Read::read_to_end(&mut e, &mut v).unwrap();
            }
        }
        env.write_file("layer.tar", &v)
    };
    env.skiff([
        "import",
        "-c",
        "STOPSIGNAL SIGUSR2",
        layer.to_str().unwrap(),
        "stopsig:1",
    ])
    .ok();
    let id = detached(
        env,
        &[
            "stopsig:1",
            "sh",
            "-c",
            "trap 'exit 12' USR2; while true; do sleep 0.1; done",
        ],
    );
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    env.skiff(["stop", &id]).ok();
    assert!(t.elapsed() < Duration::from_secs(3));
    assert_eq!(
        out(
            env,
            &[
                "inspect",
                "-f",
                "{{.State.ExitCode}} {{.Config.StopSignal}}",
                &id
            ]
        ),
        // podman's StopSignal is the number.
        "12 12\n"
    );
    // PID 1 ignoring SIGTERM: stopped within timeout + 1 s.
    let id = detached(
        env,
        &[
            "busybox",
            "sh",
            "-c",
            "trap '' TERM; while true; do sleep 0.1; done",
        ],
    );
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    env.skiff(["stop", "-t", "2", &id]).ok();
    let took = t.elapsed();
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(3),
        "{took:?}"
    );
    assert_eq!(
        out(env, &["inspect", "-f", "{{.State.ExitCode}}", &id]),
        "137\n"
    );
}

fn rename_port_wait_exists(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let id = detached(env, &["--name", "before", "busybox", "sleep", "300"]);
    env.skiff(["rename", "before", "after"]).ok();
    assert_eq!(out(env, &["inspect", "-f", "{{.Name}}", &id]), "after\n");
    assert_eq!(env.skiff(["container", "exists", "before"]).code, 1);
    env.skiff(["container", "exists", "after"]).ok();
    let other = detached(env, &["--name", "taken", "busybox", "sleep", "300"]);
    env.skiff(["rename", "after", "taken"]).fails_with(125);
    env.skiff(["rename", "after", "bad name"]).fails_with(125);
    // No ports are published yet: empty output; asking for one is an error.
    assert_eq!(out(env, &["port", "after"]), "");
    env.skiff(["port", "after", "80/tcp"]).fails_with(125);
    // wait --condition: podman prints -1 for a state that is no exit.
    assert_eq!(
        out(env, &["wait", "--condition", "running", "after"]),
        "-1\n"
    );
    env.skiff(["kill", "after"]).ok();
    assert_eq!(
        out(env, &["wait", "--condition", "not-running", "after"]),
        "137\n"
    );
    env.skiff(["container", "rm", "-f", "after", &other]).ok();
    // The grouped forms exist for every container command.
    for sub in [
        "ls", "run", "create", "start", "stop", "kill", "rm", "wait", "logs", "inspect", "exec",
        "attach", "top", "pause", "unpause", "restart", "rename", "port", "prune", "exists",
    ] {
        env.skiff(["container", sub, "--help"]).ok();
    }
}
