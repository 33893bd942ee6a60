//! skiff against podman itself: the same commands in both, compared by
//! what a user sees (tests/common/podman.rs). These cases already agree;
//! they prove the harness rootful and rootless, and new cases join them as
//! skiff's behaviour is aligned.

mod common;

use common::Env;
use common::podman::{
    Podman, both, compare, compare_err, compare_warned, ids, seen, sorted_norm, std_norm,
    time_norm, tool_norm,
};

/// An unknown container: `exists` answers with its exit code alone.
fn exists_unknown(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    compare(env, &pm, &["container", "exists", "bogus"], &std_norm);
}

/// `stop --ignore` of an unknown container succeeds silently.
fn stop_ignore_unknown(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    compare(env, &pm, &["stop", "-i", "bogus"], &std_norm);
}

/// A named volume: created (its name printed), then refused the second
/// time with the same error and exit code; the listing (sorted: the order
/// is not part of the contract) names both volumes.
fn volume_create_twice(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    compare(env, &pm, &["volume", "create", "v1"], &std_norm);
    compare(env, &pm, &["volume", "create", "v1"], &std_norm);
    both(env, &pm, &[&["volume", "create", "v0"]]);
    // One character is a name; a leading '_' is not.
    compare(env, &pm, &["volume", "create", "v"], &std_norm);
    compare(env, &pm, &["volume", "create", "_v"], &std_norm);
    compare(
        env,
        &pm,
        &["volume", "ls", "--format", "{{.Name}}"],
        &sorted_norm,
    );
}

/// A container's output and exit code, with `both` for the setup.
fn run_output_and_code(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    compare(
        env,
        &pm,
        &["run", "--rm", "busybox", "echo", "hi"],
        &std_norm,
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "busybox", "sh", "-c", "exit 3"],
        &std_norm,
    );
    both(env, &pm, &[&["create", "--name", "c1", "busybox", "true"]]);
    compare(env, &pm, &["container", "exists", "c1"], &std_norm);
    compare(
        env,
        &pm,
        &["ps", "-a", "--format", "{{.Names}} {{.Status}}"],
        &std_norm,
    );
}

/// A podman store beside `env`'s, both with the busybox fixture.
fn setup(env: &Env) -> Option<Podman> {
    env.load_busybox()?;
    Podman::new(env)
}

/// Every command given a name that does not exist: podman's message, its
/// exit code (1 for rm/rmi/volume rm/network rm, 0 with --force or
/// --ignore, 125 otherwise) and `[]` from the inspect family.
fn missing_names(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let mut cases: Vec<&[&str]> = vec![
        &["stop", "bogus"],
        &["stop", "-i", "bogus"],
        &["kill", "bogus"],
        &["rm", "bogus"],
        &["rm", "-f", "bogus"],
        &["rm", "-i", "bogus"],
        &["rmi", "bogus"],
        &["rmi", "-f", "bogus"],
        &["inspect", "bogus"],
        &["inspect", "--type", "container", "bogus"],
        &["inspect", "--type", "image", "bogus"],
        &["inspect", "--type", "volume", "bogus"],
        &["inspect", "--type", "network", "bogus"],
        &["volume", "rm", "bogus"],
        &["volume", "rm", "-f", "bogus"],
        &["volume", "inspect", "bogus"],
        &["network", "rm", "bogus"],
        &["network", "rm", "-f", "bogus"],
        &["network", "inspect", "bogus"],
        &["logs", "bogus"],
        &["start", "bogus"],
        &["restart", "bogus"],
        &["wait", "bogus"],
        &["exec", "bogus", "true"],
        &["top", "bogus"],
        &["port", "bogus"],
        &["cp", "bogus:/x", "x"],
        &["diff", "bogus"],
        &["commit", "bogus", "img"],
        &["export", "bogus"],
        &["rename", "bogus", "x"],
        &["container", "exists", "bogus"],
        &["image", "exists", "bogus"],
        &["volume", "exists", "bogus"],
        &["network", "exists", "bogus"],
        &["history", "bogus"],
        &["tag", "bogus", "x"],
        &["untag", "bogus"],
        &["save", "-o", "x.tar", "bogus"],
        &["rm", "bogus1", "bogus2"],
        &["stop", "bogus1", "bogus2"],
        &["mount", "bogus"],
    ];
    if !env.rootless() {
        // Rootless podman refuses these on cgroup v1 before it looks the
        // name up (a property of this host, not of the commands).
        cases.extend([&["pause", "bogus"][..], &["unpause", "bogus"]]);
    }
    for args in cases {
        compare(env, &pm, args, &tool_norm);
    }
    // Several failures: one line each (docs/compatibility.md), podman's
    // exit code.
    let r = env.skiff(["rmi", "nonexist1", "nonexist2"]);
    assert_eq!(
        (r.code, r.stderr.lines().collect::<Vec<_>>()),
        (
            1,
            vec![
                "Error: nonexist1: image not known",
                "Error: nonexist2: image not known"
            ]
        )
    );
    assert_eq!(pm.run(["rmi", "nonexist1", "nonexist2"]).code, 1);
    // Every name is looked up before anything is removed.
    both(env, &pm, &[&["create", "--name", "st1", "busybox", "true"]]);
    compare(env, &pm, &["rm", "st1", "bogus"], &std_norm);
    compare(env, &pm, &["container", "exists", "st1"], &std_norm);
    compare(env, &pm, &["wait", "st1", "bogus"], &std_norm);
    compare(env, &pm, &["logs", "st1", "bogus"], &std_norm);
    // A name taken.
    compare(env, &pm, &["create", "--name", "st1", "busybox"], &std_norm);
    compare(
        env,
        &pm,
        &["run", "--name", "st1", "busybox", "true"],
        &std_norm,
    );
    compare(env, &pm, &["rm", "st1"], &std_norm);
}

/// Command-line mistakes: podman's words and exit codes (125, and 1 for
/// a bad --log-level), help on stdout for a bare command.
fn usage_errors(env: &Env) {
    let Some(pm) = setup(env) else { return };
    for args in [
        &[][..],
        &["container"],
        &["volume"],
        &["--log-level", "bogus", "ps"],
        &["nosuchcommand"],
        &["container", "nosuch"],
        &["ps", "--nosuchflag"],
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--foo",
            "1",
            "busybox",
            "true",
        ],
        &["ps", "extra-arg"],
        &["rm"],
        &["stop"],
        &["start"],
        &["logs"],
        &["exec"],
        &["run"],
        &["ps", "-a", "--sort", "bogus"],
        &["wait", "--condition", "bogus", "bogus"],
        &["--runtime", "bogus", "ps"],
        &["--events-backend", "bogus", "ps"],
        &["--cgroup-manager", "bogus", "ps"],
    ] {
        let (sk, _) = compare_err(env, &pm, args);
        if args.is_empty() || args == ["container"] || args == ["volume"] {
            assert!(
                sk.stdout.contains("Usage:"),
                "help on stdout: {}",
                sk.stdout
            );
        }
    }
    // The second line of an unknown flag points at the command's help.
    let (sk, po) = compare_err(env, &pm, &["ps", "--nosuchflag"]);
    assert_eq!(
        tool_norm(sk.stderr.lines().nth(1).unwrap_or_default()),
        tool_norm(po.stderr.lines().nth(1).unwrap_or_default())
    );
    compare(env, &pm, &["--runtime", "crun", "ps", "-a"], &std_norm);
    compare(env, &pm, &["--log-level=debug", "ps", "-a"], &std_norm);
    // --noout: nothing on stdout, errors as usual.
    compare(env, &pm, &["--noout", "images"], &std_norm);
    compare(env, &pm, &["--noout", "volume", "create", "nov"], &std_norm);
    compare(env, &pm, &["--noout", "info"], &std_norm);
    compare_err(env, &pm, &["--noout", "nosuchcmd"]);
}

/// A container's command failing, the default environment, and the
/// terminal warning.
fn run_errors_and_environment(env: &Env) {
    let Some(pm) = setup(env) else { return };
    for args in [
        &["run", "--rm", "busybox", "nosuchcmd"][..],
        &["run", "--rm", "busybox", "/nosuch/path"],
        &["run", "--rm", "busybox", "/etc/passwd"],
        &["run", "--rm", "busybox", "sh", "-c", "exit 3"],
    ] {
        compare_err(env, &pm, args);
    }
    // PATH, TERM=xterm, container=..., HOME, HOSTNAME (podman's order is
    // Go's map order: sorted here).
    let sorted_tool = |s: &str| common::podman::sort_lines(&tool_norm(s));
    compare(env, &pm, &["run", "--rm", "busybox", "env"], &sorted_tool);
    compare(
        env,
        &pm,
        &["run", "--rm", "-e", "TERM=dumb", "busybox", "env"],
        &sorted_tool,
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "--hostname", "hh", "busybox", "env"],
        &sorted_tool,
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "-u", "nobody", "busybox", "env"],
        &sorted_tool,
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "-t", "busybox", "env"],
        &sorted_tool,
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "busybox", "cat", "/run/.containerenv"],
        &std_norm,
    );
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "busybox",
            "stat",
            "-c",
            "%s %a %U",
            "/run/.containerenv",
        ],
        &std_norm,
    );
    // -it without a terminal: the command runs, with podman's warning.
    let it = env
        .cmd(["run", "-it", "--rm", "busybox", "true"])
        .stdin("")
        .run();
    let pit = pm
        .cmd(["run", "-it", "--rm", "busybox", "true"])
        .stdin("")
        .run();
    assert_eq!(
        (it.code, seen(&it).warnings),
        (pit.code, seen(&pit).warnings)
    );
    let i = env
        .cmd(["run", "-i", "--rm", "busybox", "true"])
        .stdin("")
        .run();
    assert_eq!((i.code, seen(&i).warnings.len()), (0, 0));
}

/// Flags given twice: the last one counts, as in podman.
fn repeated_flags(env: &Env) {
    let Some(pm) = setup(env) else { return };
    for args in [
        &["run", "--rm", "-w", "/tmp", "-w", "/etc", "busybox", "pwd"][..],
        &[
            "run",
            "--rm",
            "--entrypoint",
            "echo",
            "--entrypoint",
            "printf",
            "busybox",
            "x",
        ],
        &[
            "run", "--rm", "-e", "A=1", "-e", "A=2", "busybox", "sh", "-c", "echo $A",
        ],
        &[
            "run",
            "--rm",
            "--hostname",
            "h1",
            "--hostname",
            "h2",
            "busybox",
            "hostname",
        ],
        &["run", "--rm", "-u", "1", "-u", "2", "busybox", "id", "-u"],
        &[
            "run", "--rm", "--name", "a", "--name", "b", "busybox", "hostname",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    both(
        env,
        &pm,
        &[&["create", "--name", "a", "--name", "b", "busybox"]],
    );
    compare(env, &pm, &["ps", "-a", "--format", "{{.Names}}"], &std_norm);
}

/// Working directories and mounts checked as podman checks them.
fn workdir_and_mounts(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let a = env.path("a");
    let b = env.path("b");
    for d in [&a, &b] {
        std::fs::create_dir_all(d).unwrap();
        if let Some(u) = &env.user {
            common::chown(d, u.uid, u.gid);
        }
    }
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let va = format!("{a}:/a");
    let vb = format!("{b}:/a");
    let va_ro = format!("{a}:/a:ro");
    let missing = format!("{a}/nonexist:/a");
    for args in [
        &["run", "--rm", "--workdir", "/nonexist", "busybox", "true"][..],
        &["run", "--rm", "--workdir", "/etc/passwd", "busybox", "pwd"],
        &["run", "--rm", "-v", &va, "-v", &va, "busybox", "true"],
        &["run", "--rm", "-v", &va, "-v", &vb, "busybox", "true"],
        &["run", "--rm", "-v", &va_ro, "-v", &va, "busybox", "true"],
        &["run", "--rm", "-v", &va, "--tmpfs", "/a", "busybox", "true"],
        &["run", "--rm", "-v", &missing, "busybox", "true"],
        &[
            "run",
            "--name",
            "wd",
            "--workdir",
            "/nonexist",
            "busybox",
            "true",
        ],
        &["ps", "-a", "--format", "{{.Names}} {{.Status}}"],
        // tmpfs: what the image has there is copied up, unless asked not.
        &["run", "--rm", "--tmpfs", "/etc", "busybox", "ls", "/etc"],
        &[
            "run",
            "--rm",
            "--tmpfs",
            "/etc:notmpcopyup",
            "busybox",
            "ls",
            "/etc",
        ],
        &[
            "run",
            "--rm",
            "--mount",
            "type=tmpfs,dst=/etc",
            "busybox",
            "ls",
            "/etc",
        ],
        &[
            "run",
            "--rm",
            "--tmpfs",
            "/etc",
            "busybox",
            "sh",
            "-c",
            "grep ' /etc ' /proc/mounts | cut -d' ' -f3,4",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
}

/// `--entrypoint` as a JSON array, a plain word, or empty.
fn entrypoint_forms(env: &Env) {
    let Some(pm) = setup(env) else { return };
    for args in [
        &[
            "run",
            "--rm",
            "--entrypoint",
            r#"["echo","a b"]"#,
            "busybox",
        ][..],
        &[
            "run",
            "--rm",
            "--entrypoint",
            r#"["sh","-c"]"#,
            "busybox",
            "echo $0",
        ],
        &[
            "run",
            "--rm",
            "--entrypoint",
            r#"["echo","a b"]"#,
            "busybox",
            "c",
            "d",
        ],
        &["run", "--rm", "--entrypoint", "echo a b", "busybox"],
        &["run", "--rm", "--entrypoint", r#"["echo""#, "busybox"],
        &["run", "--rm", "--entrypoint", "", "busybox", "echo", "hi"],
    ] {
        compare(env, &pm, args, &tool_norm);
    }
    both(
        env,
        &pm,
        &[&[
            "create",
            "--name",
            "ep",
            "--entrypoint",
            r#"["echo","a b"]"#,
            "busybox",
            "z",
        ]],
    );
    compare(
        env,
        &pm,
        &[
            "inspect",
            "--format",
            "{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}} {{json .Args}}",
            "ep",
        ],
        &std_norm,
    );
}

/// The groups of a container's process: none for the default user; the
/// user's memberships and its primary group for a user named without a
/// group; only the group when one is given (podman's rules).
fn user_groups(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "busybox", "id"],
        &std_norm,
    );
    for u in [
        "root",
        "0",
        "0:0",
        "user",
        "1000",
        "1000:1000",
        "user:user",
        "1000:100",
    ] {
        compare(
            env,
            &pm,
            &[
                "run",
                "--rm",
                "--network",
                "none",
                "--user",
                u,
                "busybox",
                "id",
            ],
            &std_norm,
        );
    }
}

both_modes!(
    user_groups,
    exists_unknown,
    stop_ignore_unknown,
    volume_create_twice,
    run_output_and_code,
    missing_names,
    usage_errors,
    run_errors_and_environment,
    repeated_flags,
    workdir_and_mounts,
    entrypoint_forms
);

/// Commands on containers in the wrong state: podman's messages and exit
/// codes (rm of a running one 2, kill of a stopped one 125...), and what
/// each prints when it does act.
fn state_errors(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(
        env,
        &pm,
        &[
            &[
                "run",
                "--name",
                "st1",
                "--network",
                "none",
                "busybox",
                "true",
            ],
            &[
                "run",
                "-d",
                "--name",
                "run3",
                "--network",
                "none",
                "busybox",
                "sleep",
                "1000",
            ],
            &[
                "create",
                "--name",
                "cr4",
                "--network",
                "none",
                "busybox",
                "true",
            ],
        ],
    );
    let mut cases: Vec<&[&str]> = vec![
        &["rm", "run3"],
        &["stop", "st1"],
        &["stop", "-t", "0", "st1"],
        &["kill", "st1"],
        &["start", "run3"],
        &["start", "run3", "cr4"],
        &["start", "st1"],
        &["restart", "-t0", "run3"],
        &["kill", "run3"],
        &["wait", "run3"],
    ];
    if !env.rootless() {
        cases.extend([&["pause", "st1"][..], &["unpause", "st1"]]);
    }
    for args in cases {
        compare(env, &pm, args, &std_norm);
    }
    compare(
        env,
        &pm,
        &[
            "ps",
            "-a",
            "--format",
            "{{.Names}} {{.Status}}",
            "--sort",
            "names",
        ],
        &time_norm,
    );
}

/// Choosing containers: --all, --filter, --latest, --ignore, and the
/// cleanup line podman users run everywhere.
fn selecting_containers(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let none: &[&str] = &["--network", "none"];
    let mk = |args: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = args.iter().map(ToString::to_string).collect();
        v.splice(1..1, none.iter().map(ToString::to_string));
        v
    };
    for args in [
        mk(&["create", "--name", "zz", "busybox", "true"]),
        mk(&["run", "--name", "mm", "busybox", "true"]),
        mk(&["run", "-d", "--name", "aa", "busybox", "sleep", "1000"]),
        mk(&["create", "--name", "bb", "busybox", "true"]),
    ] {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        both(env, &pm, &[&a]);
    }
    let ns = "{{.Names}} {{.Status}}";
    for args in [
        &["ps", "-a", "--format", "{{.Names}}"][..],
        &["ps", "-a", "--sort", "names", "--format", "{{.Names}}"],
        &["ps", "-a", "--sort", "created", "--format", "{{.Names}}"],
        &["ps", "--all", "--external", "--format", "{{.Names}}"],
        &[
            "ps",
            "-a",
            "--filter",
            "name=^[ab]",
            "--format",
            "{{.Names}}",
        ],
        &[
            "ps",
            "-a",
            "--filter",
            "status=created",
            "--format",
            "{{.Names}}",
        ],
        &["ps", "-a", "-l", "--format", "{{.Names}}"],
        &["ps", "-a", "-n", "2", "--format", "{{.Names}}"],
        &["start", "--all", "--filter", "name=x"],
        &["start", "--all", "--filter", "name=aa"],
        &["start", "--filter", "name=mm"],
        &["wait", "mm"],
        &[
            "wait",
            "--condition",
            "running",
            "--condition",
            "exited",
            "aa",
        ],
        &["wait", "--condition", "stopped", "mm"],
        &["wait", "--condition", "created,exited", "mm"],
        &["inspect", "-l", "--format", "{{.Name}}"],
        &["container", "exists", "--external", "aa"],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    if !env.rootless() {
        // Rootless podman cannot pause on cgroup v1 (this host).
        compare(env, &pm, &["unpause", "--all"], &std_norm);
    }
    compare(
        env,
        &pm,
        &["ps", "-a", "--sort", "status", "--format", ns],
        &time_norm,
    );
    compare(env, &pm, &["start", "--all"], &sorted_norm);
    compare(env, &pm, &["kill", "--all"], &sorted_norm);
    compare(env, &pm, &["kill", "--all"], &sorted_norm);
    compare(
        env,
        &pm,
        &["rm", "-t", "0", "--all", "--force", "--ignore"],
        &sorted_norm,
    );
    compare(
        env,
        &pm,
        &["rm", "-t", "0", "--all", "--force", "--ignore"],
        &std_norm,
    );
    compare(env, &pm, &["rm", "--all"], &std_norm);
    compare(env, &pm, &["ps", "--all", "--external"], &std_norm);
}

/// `logs` of several containers: each line prefixed with the short ID,
/// or the name with --names; one container has no prefix.
fn logs_of_several(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(
        env,
        &pm,
        &[
            &[
                "run",
                "--name",
                "l1",
                "--network",
                "none",
                "busybox",
                "sh",
                "-c",
                "echo one-a; echo one-b",
            ],
            &[
                "run",
                "--name",
                "l2",
                "--network",
                "none",
                "busybox",
                "sh",
                "-c",
                "echo two-a; echo two-err >&2; echo two-b",
            ],
        ],
    );
    // Interleaving is not fixed: the lines are sorted.
    for args in [
        &["logs", "l1", "l2"][..],
        &["logs", "-n", "l1", "l2"],
        &["logs", "--names", "l1"],
        &["logs", "--tail", "1", "l1"],
        &["logs", "l1", "bogus"],
    ] {
        compare(env, &pm, args, &sorted_norm);
    }
    let (sk, po) = compare(env, &pm, &["logs", "l2", "l1"], &sorted_norm);
    assert_eq!(ids(sk.stderr.trim()), ids(po.stderr.trim()));
    // Colours as <cN> (so the IDs after them are words of their own).
    let colours = |s: &str| {
        let mut out = String::new();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\u{1b}' && it.peek() == Some(&'[') {
                it.next();
                out.push_str("<c");
                for d in it.by_ref() {
                    if d == 'm' {
                        break;
                    }
                    out.push(d);
                }
                out.push('>');
            } else {
                out.push(c);
            }
        }
        sorted_norm(&out)
    };
    compare(env, &pm, &["logs", "--color", "l2", "l1"], &colours);
    compare(env, &pm, &["logs", "--color", "l1"], &colours);
}

/// Bug 6: a container whose network namespace another joins cannot be
/// removed before it; `--depend` removes both, the dependent first.
fn remove_with_dependents(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(
        env,
        &pm,
        &[
            &[
                "run",
                "-d",
                "--network",
                "none",
                "--name",
                "prov",
                "busybox",
                "sleep",
                "1000",
            ],
            &[
                "run",
                "-d",
                "--name",
                "dep",
                "--network",
                "container:prov",
                "busybox",
                "sleep",
                "1000",
            ],
        ],
    );
    compare(env, &pm, &["rm", "prov"], &std_norm);
    compare(env, &pm, &["rm", "-f", "prov"], &std_norm);
    compare(
        env,
        &pm,
        &["ps", "--format", "{{.Names}}", "--sort", "names"],
        &std_norm,
    );
    compare_warned(
        env,
        &pm,
        &["rm", "-f", "--depend", "-t", "0", "prov"],
        &std_norm,
    );
    compare(env, &pm, &["ps", "-a", "--format", "{{.Names}}"], &std_norm);
}

/// The prune commands' questions, on stdout, answered no and yes; bug 8:
/// `volume prune` names the volumes it would remove.
fn prune_prompts(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let ask = |args: &[&str], answer: &str| {
        let sk = env.cmd(args).stdin(answer).run();
        let po = pm.cmd(args).stdin(answer).run();
        let (a, b) = (seen(&sk), seen(&po));
        assert_eq!(
            (std_norm(&a.stdout), a.first_err, a.code),
            (std_norm(&b.stdout), b.first_err, b.code),
            "`{}` answered {answer:?}",
            args.join(" ")
        );
    };
    ask(&["volume", "prune"], "n\n");
    both(
        env,
        &pm,
        &[&["volume", "create", "v1"], &["volume", "create", "v2"]],
    );
    ask(&["volume", "prune"], "n\n");
    ask(&["volume", "prune"], "");
    ask(&["volume", "prune"], "y\n");
    ask(&["container", "prune"], "n\n");
    both(
        env,
        &pm,
        &[&["create", "--network", "none", "--name", "gone", "busybox"]],
    );
    // The IDs printed differ (normalised away), the count does not.
    ask(&["container", "prune"], "y\n");
    ask(&["image", "prune"], "n\n");
    ask(&["network", "prune"], "n\n");
    compare(env, &pm, &["volume", "prune", "-f"], &std_norm);
}

/// Volumes: ls filters as regular expressions, inspect's copy-up flags,
/// the empty listing.
fn volumes(env: &Env) {
    let Some(pm) = setup(env) else { return };
    compare(env, &pm, &["volume", "ls"], &std_norm);
    both(
        env,
        &pm,
        &[
            &["volume", "create", "v1"],
            &["volume", "create", "v2"],
            &["volume", "create", "x1"],
        ],
    );
    for args in [
        &["volume", "ls"][..],
        &[
            "volume",
            "ls",
            "--filter",
            "name=^v",
            "--format",
            "{{.Name}}",
        ],
        &[
            "volume",
            "ls",
            "--filter",
            "name=v",
            "--format",
            "{{.Name}}",
        ],
        &[
            "volume",
            "ls",
            "--filter",
            "name=1",
            "--format",
            "{{.Name}}",
        ],
        &[
            "volume",
            "inspect",
            "--format",
            "{{.Name}} {{.Driver}} {{.Scope}} {{.NeedsCopyUp}} {{.NeedsChown}} {{.MountCount}}",
            "v1",
        ],
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "-v",
            "v1:/etc",
            "busybox",
            "ls",
            "/etc/passwd",
        ],
        &[
            "volume",
            "inspect",
            "--format",
            "{{.NeedsCopyUp}} {{.NeedsChown}}",
            "v1",
        ],
        &["volume", "inspect", "--format", "{{.Name}}", "v1", "bogus"],
        &["volume", "rm", "v2", "x1"],
        &["inspect", "--format", "{{.Name}}", "v1"],
        &["inspect", "--type", "volume", "--format", "{{.Name}}", "v1"],
    ] {
        compare(env, &pm, args, &std_norm);
    }
}

both_modes!(
    state_errors,
    selecting_containers,
    logs_of_several,
    remove_with_dependents,
    prune_prompts,
    volumes
);

/// images and history: podman's tables, templates and JSON, and the
/// names made locally (tag, commit, import) under localhost/.
fn images_and_history(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let images_fmt =
        "{{.ID}} {{.Repository}} {{.Tag}} {{.Created}} {{.CreatedAt}} {{.CreatedSince}} {{.Size}}";
    let history_fmt = "{{.ID}}|{{.Created}}|{{.CreatedAt}}|{{.CreatedSince}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}";
    for args in [
        &["images"][..],
        &["images", "-q"],
        &["images", "--no-trunc"],
        &["images", "--format", images_fmt],
        &["images", "--noheading"],
        &["history", "busybox"],
        &["history", "--no-trunc", "busybox"],
        &["history", "--format", "json", "busybox"],
        &["history", "--format", history_fmt, "busybox"],
        // Times as Go prints a time.Time.
        &["image", "inspect", "--format", "{{.Created}}", "busybox"],
        &["tag", "busybox", "foo"],
        &["tag", "busybox", "Bad:Name"],
        &["tag", "busybox", "docker.io/library/foo2:v1"],
        // A matching image shows all of its names.
        &["images", "foo"],
        &["images", "--filter", "reference=foo"],
        &[
            "inspect",
            "--format",
            "{{.RepoTags}} {{.NamesHistory}}",
            "foo",
        ],
        &[
            "inspect",
            "--format",
            "{{.ID}} {{.Id}} {{.Labels}} {{json .Labels}} {{.Os}} {{.Architecture}}",
            "busybox",
        ],
        &["image", "exists", "foo"],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    compare(
        env,
        &pm,
        &["images", "--format", "{{.Repository}}:{{.Tag}}"],
        &sorted_norm,
    );
    // --format json: podman's fields (digests aside: each tool writes its
    // own manifest for a loaded archive; sizes to the kB, see
    // docs/compatibility.md).
    let json = |o: &common::Output| {
        let mut v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
        for i in v.as_array_mut().unwrap() {
            let o = i.as_object_mut().unwrap();
            o.remove("Digest");
            o.remove("RepoDigests");
            for k in ["Size", "VirtualSize"] {
                let kb = o[k].as_u64().unwrap() / 10_000;
                o.insert(k.into(), kb.into());
            }
        }
        v
    };
    let args = ["images", "--format", "json"];
    assert_eq!(json(&env.skiff(args)), json(&pm.run(args)));
    // Local names: commit and import under localhost/, their outputs.
    both(
        env,
        &pm,
        &[&[
            "run",
            "--name",
            "c1",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "echo x >/x",
        ]],
    );
    let rootfs = env.write_file(
        "r.tar",
        &common::tar_of_files(&[("f".into(), b"f".to_vec())]),
    );
    let rootfs = rootfs.to_str().unwrap();
    for args in [
        &["commit", "-q", "c1", "mycommit"][..],
        &["import", "-q", rootfs, "myimport"],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // Made in the same second: the order is not the point.
    let args = [
        "images",
        "--format",
        "{{.Repository}}:{{.Tag}}",
        "--filter",
        "reference=my*",
    ];
    compare(env, &pm, &args, &sorted_norm);
    compare(
        env,
        &pm,
        &[
            "rmi",
            "docker.io/library/foo2:v1",
            "foo",
            "mycommit",
            "myimport",
        ],
        &std_norm,
    );
}

/// inspect: the fields podman scripts read.
fn inspect_fields(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(
        env,
        &pm,
        &[&[
            "run",
            "-d",
            "--name",
            "insp",
            "--network",
            "none",
            "busybox",
            "sleep",
            "1000",
        ]],
    );
    let fields = "{{.ImageName}}|{{.OCIRuntime}}|{{.HostConfig.LogConfig.Type}}|{{.State.Status}}|{{.Name}}|\
        {{.Config.Entrypoint}}|{{.Config.StopSignal}}|{{json .Config.Cmd}}|{{.Path}}|{{json .Args}}|\
        {{.RestartCount}}|{{.HostConfig.NetworkMode}}|{{json .Mounts}}|{{json .Dependencies}}|\
        {{.Config.Umask}}|{{.State.Running}}|{{.Image}}|{{.ID}}|{{.Config.WorkingDir}}|{{json .Config.Labels}}|\
        {{.HostConfig.AutoRemove}}|{{.HostConfig.Privileged}}|{{.Config.Hostname}}|{{json .NetworkSettings.Networks}}";
    for args in [
        &["inspect", "--format", fields, "insp"][..],
        &[
            "container",
            "inspect",
            "--format",
            "{{.Name}} {{.State.Status}}",
            "insp",
        ],
        &[
            "inspect",
            "--type",
            "container",
            "--format",
            "{{.Name}}",
            "insp",
        ],
        &[
            "inspect",
            "--type",
            "image",
            "--format",
            "{{.Name}}",
            "insp",
        ],
        &["inspect", "--format", "{{.Name}}", "insp", "bogus"],
        &["inspect", "-l", "--format", "{{.Name}}"],
    ] {
        compare(env, &pm, args, &tool_norm);
    }
    // The JSON's top-level keys, in podman's order, for containers and
    // images (5-space indent).
    for name in ["insp", "busybox"] {
        let keys = |o: &common::Output| {
            assert!(
                o.stdout.starts_with("[\n     {\n          \""),
                "{}",
                o.stdout
            );
            let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
            v[0].as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        };
        let a = keys(&env.skiff(["inspect", name]));
        let b = keys(&pm.run(["inspect", name]));
        // podman's keys in podman's order; docker's LogPath, Platform,
        // DockerVersion and Metadata besides.
        let docker = ["LogPath", "Platform", "DockerVersion", "Metadata"];
        let ours: Vec<&String> = a.iter().filter(|k| !docker.contains(&k.as_str())).collect();
        assert_eq!(
            ours,
            b.iter().collect::<Vec<_>>(),
            "inspect {name}: top-level keys"
        );
    }
}

/// The global options: the store's driver, the runtime's names, --noout,
/// remote connections refused.
fn global_options(env: &Env) {
    let Some(pm) = setup(env) else { return };
    // A store made with one driver refuses another (the names differ when
    // the stores' drivers do).
    let (sk, po) = (
        env.skiff(["--storage-driver", "vfs", "images"]),
        pm.run(["--storage-driver", "vfs", "images"]),
    );
    if po.stderr.contains("\"overlay\" does not match") {
        assert_eq!(
            (sk.code, seen(&sk).first_err),
            (po.code, seen(&po).first_err)
        );
    }
    for args in [
        &["--runtime", "crun", "ps"][..],
        &["--noout", "ps", "-a"],
        &["--noout", "volume", "create", "nov"],
        &["volume", "ls", "--format", "{{.Name}}"],
        &["--log-level", "error", "images", "-q"],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // The built-in runtime answers to runc too (podman looks for a runc
    // binary, which this host may lack).
    env.skiff(["--runtime", "runc", "ps"]).ok();
    // Remote connections are refused (skiff is local); podman tries and
    // fails to connect. Both exit 125.
    for args in [
        &["--remote", "ps"][..],
        &["--url", "unix:///x", "ps"],
        &["--connection", "x", "ps"],
    ] {
        let o = env.skiff(args);
        o.fails_with(125);
        assert!(
            o.stderr
                .starts_with("Error: remote connections are not supported"),
            "{}",
            o.stderr
        );
    }
}

/// The "stopping" state while a stop waits, and podman's warning when
/// the stop signal did not end the container.
fn stopping_state(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let script = "trap '' TERM; sleep 1000";
    both(
        env,
        &pm,
        &[&[
            "run",
            "-d",
            "--network",
            "none",
            "--name",
            "stubborn",
            "busybox",
            "sh",
            "-c",
            script,
        ]],
    );
    let sk = env
        .cmd(["stop", "-t", "3", "stubborn"])
        .inner
        .spawn()
        .unwrap();
    let po = pm
        .cmd(["stop", "-t", "3", "stubborn"])
        .inner
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1200));
    compare(
        env,
        &pm,
        &["ps", "-a", "--format", "{{.Names}}|{{.Status}}|{{.State}}"],
        &std_norm,
    );
    compare(
        env,
        &pm,
        &[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.Running}}",
            "stubborn",
        ],
        &std_norm,
    );
    // podman 4.3 refuses to filter on the state it shows; skiff does not
    // (docs/compatibility.md).
    let f = env.skiff([
        "ps",
        "--filter",
        "status=stopping",
        "--format",
        "{{.Names}}",
    ]);
    assert_eq!(f.ok().stdout, "stubborn\n");
    let (sk, po) = (
        sk.wait_with_output().unwrap(),
        po.wait_with_output().unwrap(),
    );
    let out = |o: std::process::Output| common::Output {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        cmdline: String::new(),
    };
    let (sk, po) = (seen(&out(sk)), seen(&out(po)));
    assert_eq!(sk, po, "stop -t 3 of a container that ignores SIGTERM");
    compare(
        env,
        &pm,
        &[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.ExitCode}}",
            "stubborn",
        ],
        &std_norm,
    );
}

/// Network aliases: the user's, then the short container ID.
fn network_aliases(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(env, &pm, &[&["network", "create", "survnet"]]);
    both(
        env,
        &pm,
        &[
            &[
                "create",
                "--name",
                "aliased",
                "--network",
                "survnet",
                "busybox",
            ],
            &[
                "create",
                "--name",
                "aliased2",
                "--network",
                "survnet",
                "--network-alias",
                "foo",
                "busybox",
            ],
        ],
    );
    for name in ["aliased", "aliased2"] {
        compare(
            env,
            &pm,
            &[
                "inspect",
                "--format",
                "{{json .NetworkSettings.Networks.survnet.Aliases}}",
                name,
            ],
            &std_norm,
        );
    }
    // inspect finds networks too.
    for args in [
        &["inspect", "--format", "{{.Name}} {{.Driver}}", "survnet"][..],
        &[
            "inspect",
            "--type",
            "network",
            "--format",
            "{{.Name}}",
            "survnet",
        ],
        &[
            "network",
            "inspect",
            "--format",
            "{{.Name}} {{.Driver}} {{.Internal}} {{.DNSEnabled}} {{.IPv6Enabled}}",
            "survnet",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    compare(env, &pm, &["rm", "aliased", "aliased2"], &sorted_norm);
    compare(env, &pm, &["network", "rm", "survnet"], &std_norm);
}

/// `--tz` and the time-zone file podman makes (a dangling /etc/localtime
/// link in the image gets its target).
fn time_zones(env: &Env) {
    let Some(pm) = setup(env) else { return };
    for args in [
        &[
            "run",
            "--rm",
            "--tz",
            "Asia/Seoul",
            "busybox",
            "date",
            "+%Z",
        ][..],
        &["run", "--rm", "--tz", "Foo/Bar", "busybox", "true"],
        &["run", "--rm", "--tz", "../../etc/passwd", "busybox", "true"],
        &["create", "--tz", "Foo/Bar", "busybox", "true"],
        &[
            "run",
            "--rm",
            "--tz",
            "local",
            "busybox",
            "ls",
            "-l",
            "/etc/localtime",
        ],
    ] {
        compare(env, &pm, args, &|s: &str| {
            // ls -l's date column is the moment the file was made.
            std_norm(
                &s.split_whitespace()
                    .filter(|w| !w.contains(':'))
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        });
    }
    both(
        env,
        &pm,
        &[&[
            "run",
            "--name",
            "tzl",
            "--network",
            "none",
            "busybox",
            "ln",
            "-s",
            "/usr/share/zoneinfo/Etc/UTC",
            "/etc/localtime",
        ]],
    );
    both(env, &pm, &[&["commit", "-q", "tzl", "tzl"]]);
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--tz",
            "Asia/Seoul",
            "tzl",
            "sh",
            "-c",
            "date +%Z; ls /usr/share/zoneinfo/Etc",
        ],
        &std_norm,
    );
}

/// containers.conf's [containers] settings, the same file given to both.
fn containers_conf(env: &Env) {
    let Some(pm) = setup(env) else { return };
    pm.set_conf(
        env,
        "dns_servers = [\"10.9.8.7\"]\n\
         dns_searches = [\"example.test\"]\n\
         dns_options = [\"ndots:3\"]\n\
         env = [\"FROM_CONF=yes\"]\n\
         default_sysctls = [\"net.ipv4.ping_group_range=0 0\"]\n\
         umask = \"0077\"\n\
         tz = \"Asia/Seoul\"\n\
         default_capabilities = [\"CHOWN\", \"KILL\"]\n\
         log_driver = \"k8s-file\"\n",
    );
    for args in [
        &["run", "--rm", "busybox", "cat", "/etc/resolv.conf"][..],
        &["run", "--rm", "busybox", "sh", "-c", "echo $FROM_CONF"],
        &[
            "run",
            "--rm",
            "busybox",
            "cat",
            "/proc/sys/net/ipv4/ping_group_range",
        ],
        &["run", "--rm", "busybox", "sh", "-c", "umask"],
        &["run", "--rm", "busybox", "date", "+%Z"],
        &[
            "run",
            "--rm",
            "busybox",
            "grep",
            "CapEff",
            "/proc/self/status",
        ],
        &[
            "run",
            "--rm",
            "--cap-add",
            "NET_RAW",
            "busybox",
            "grep",
            "CapEff",
            "/proc/self/status",
        ],
        &["create", "--name", "lc", "busybox"],
        &[
            "inspect",
            "--format",
            "{{.HostConfig.LogConfig.Type}}",
            "lc",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // The flags still win over the file.
    for args in [
        &[
            "run",
            "--rm",
            "--dns",
            "10.1.1.1",
            "busybox",
            "grep",
            "nameserver",
            "/etc/resolv.conf",
        ][..],
        &["run", "--rm", "--tz", "UTC", "busybox", "date", "+%Z"],
        &[
            "run",
            "--rm",
            "-e",
            "FROM_CONF=flag",
            "busybox",
            "sh",
            "-c",
            "echo $FROM_CONF",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // base_hosts_file and default_ulimits.
    pm.set_conf(
        env,
        "base_hosts_file = \"none\"\ndefault_ulimits = [\"nofile=1000:1000\", \"nproc=900:900\"]\n",
    );
    for args in [
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--name",
            "bh",
            "--hostname",
            "bh",
            "busybox",
            "cat",
            "/etc/hosts",
        ][..],
        &["run", "--rm", "busybox", "sh", "-c", "ulimit -n; ulimit -u"],
        // --ulimit replaces the file's list.
        &[
            "run",
            "--rm",
            "--ulimit",
            "nofile=500:500",
            "--ulimit",
            "nproc=400:400",
            "busybox",
            "sh",
            "-c",
            "ulimit -n; ulimit -u",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // /etc/hosts and resolv.conf without a network: podman's entries, no
    // DNS file at all.
    pm.set_conf(env, "");
    for args in [
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--name",
            "hn",
            "--add-host",
            "foo:1.2.3.4",
            "--hostname",
            "hh",
            "busybox",
            "cat",
            "/etc/hosts",
        ][..],
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "busybox",
            "ls",
            "/etc/resolv.conf",
        ],
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--dns-search",
            "a.b",
            "busybox",
            "true",
        ],
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--dns",
            "1.1.1.1",
            "busybox",
            "true",
        ],
        // The host's network: the host's entries, --add-host's and
        // host.containers.internal, as podman writes them.
        &[
            "run",
            "--rm",
            "--network",
            "host",
            "--add-host",
            "foo:1.2.3.4",
            "busybox",
            "cat",
            "/etc/hosts",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    compare_warned(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "-p",
            "8080:80",
            "busybox",
            "true",
        ],
        &std_norm,
    );
    if !env.rootless() {
        // The default bridge: the gateway is host.containers.internal.
        let hosts = [
            "run",
            "--rm",
            "--name",
            "hb",
            "--hostname",
            "hb",
            "busybox",
            "sh",
            "-c",
            "grep -v '^#' /etc/hosts | sed 's/^10[.0-9]*\t/IP\t/'",
        ];
        compare(env, &pm, &hosts, &std_norm);
        let dns = [
            "run",
            "--rm",
            "--dns-search",
            "a.b",
            "--dns",
            "1.2.3.4",
            "--dns-option",
            "ndots:2",
            "busybox",
            "cat",
            "/etc/resolv.conf",
        ];
        compare(env, &pm, &dns, &std_norm);
    }
    // [engine]: the runtime, events and cgroups, ignored lock counts, the
    // default transport, the engine's environment.
    pm.set_conf(
        env,
        "[engine]\nevents_logger = \"file\"\nruntime = \"crun\"\ncgroup_manager = \"cgroupfs\"\n\
         num_locks = 2048\nimage_default_transport = \"docker://\"\nenv = [\"SKIFF_ENGINE_TEST=1\"]\n",
    );
    for args in [
        &["ps", "-aq", "--filter", "name=nomatch"][..],
        &[
            "info",
            "--format",
            "{{.Host.EventLogger}} {{.Host.CgroupManager}}",
        ],
        &["create", "--name", "eng", "busybox"],
        &["inspect", "--format", "{{.OCIRuntime}}", "eng"],
    ] {
        compare(env, &pm, args, &tool_norm);
    }
    pm.set_conf(env, "[engine]\nruntime = \"bogus\"\n");
    compare(env, &pm, &["ps"], &std_norm);
    // netns: the default network mode.
    pm.set_conf(env, "netns = \"none\"\n");
    compare(
        env,
        &pm,
        &["run", "--rm", "busybox", "ls", "/sys/class/net"],
        &std_norm,
    );
}

/// `info`: podman's schema (YAML by default, JSON on request) and the
/// values that describe the same machine and store.
fn info_schema(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(env, &pm, &[&["create", "--name", "i1", "busybox"]]);
    let fields = "{{.Host.Arch}} {{.Host.OS}} {{.Host.CPUs}} {{.Host.Hostname}} {{.Host.Kernel}} \
        {{.Host.LogDriver}} {{.Host.Security.Rootless}} {{.Store.ContainerStore.Number}} \
        {{.Store.ContainerStore.Stopped}} {{.Store.ImageStore.Number}} {{.Host.CgroupsVersion}} \
        {{.Host.Distribution.Distribution}} {{.Host.Distribution.Codename}} {{.Host.MemTotal}}";
    compare(env, &pm, &["info", "--format", fields], &std_norm);
    // The same keys, at the top and one level down.
    let keys = |o: &common::Output| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
        let mut k = Vec::new();
        for (top, inner) in v.as_object().unwrap() {
            k.push(top.clone());
            if let Some(o) = inner.as_object() {
                k.extend(o.keys().map(|i| format!("{top}.{i}")));
            }
        }
        k.sort();
        k
    };
    let (sk, po) = (
        env.skiff(["info", "--format", "json"]),
        pm.run(["info", "--format", "json"]),
    );
    let (a, b) = (keys(sk.ok()), keys(po.ok()));
    let missing: Vec<&String> = b.iter().filter(|k| !a.contains(k)).collect();
    assert!(missing.is_empty(), "info lacks podman's {missing:?}");
    // YAML by default: the top-level keys in podman's order.
    let tops = |o: &common::Output| -> Vec<String> {
        o.stdout
            .lines()
            .filter(|l| !l.starts_with([' ', '-']))
            .filter_map(|l| l.split(':').next())
            .map(String::from)
            .collect()
    };
    assert_eq!(tops(env.skiff(["info"]).ok()), tops(pm.run(["info"]).ok()));
}

/// `hint:` lines only when stderr is a terminal: scripts read podman's
/// one line.
fn hints_only_on_terminals(env: &Env) {
    let plain = env.skiff(["--storage-driver", "btrfs", "ps"]);
    plain.fails_with(125);
    assert_eq!(plain.stderr.lines().count(), 1, "{}", plain.stderr);
    if !std::path::Path::new("/usr/bin/script").exists() {
        common::skip(&env.name, "script(1) is not installed (bsdutils)");
        return;
    }
    // script(1) gives the command a terminal.
    let cmdline = env.shell_line(&["--storage-driver", "btrfs", "ps"]);
    let tty = env.program("script", ["-qec", &cmdline, "/dev/null"]).run();
    assert!(
        tty.stdout
            .contains("Error: unsupported storage driver \"btrfs\"")
            && tty.stdout.contains("hint: "),
        "{}",
        tty.stdout
    );
}

/// Boolean flags spelled `--flag=false`/`=true`, --latest where podman
/// has it, slirp4netns for root, and the global options that point at
/// files and directories.
fn flag_forms(env: &Env) {
    let Some(pm) = setup(env) else { return };
    both(
        env,
        &pm,
        &[
            &[
                "run",
                "--name",
                "b1",
                "--network",
                "none",
                "--privileged=false",
                "--rm=false",
                "busybox",
                "echo",
                "hi",
            ],
            &[
                "run",
                "-d=true",
                "--name",
                "b2",
                "--network",
                "none",
                "busybox",
                "sleep",
                "1000",
            ],
        ],
    );
    for args in [
        &["ps", "--all=false", "--format", "{{.Names}}"][..],
        &["ps", "-a=true", "--format", "{{.Names}}", "--sort", "names"],
        &["logs", "b1"],
        &["logs", "-l"],
        &["port", "-l"],
        &["wait", "--condition", "running", "-l"],
        &["exec", "-l", "echo", "latest"],
        &[
            "inspect",
            "--format",
            "{{.Name}} {{.HostConfig.Privileged}} {{.HostConfig.AutoRemove}}",
            "b1",
        ],
        &["stop", "-t", "0", "-l"],
        &["rm", "--force=false", "b1"],
        &["container", "exists", "b1"],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // --default-mounts-file: podman's mounts.conf (SRC:DST lines).
    let (a, b) = pm.workdirs(env, "dm");
    for d in [&a, &b] {
        let data = d.join("data");
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(data.join("f"), "mounted\n").unwrap();
        std::fs::write(
            d.join("mounts.conf"),
            format!("{}:/run/dm\n", data.display()),
        )
        .unwrap();
        if let Some(u) = &env.user {
            for p in [data.clone(), data.join("f"), d.join("mounts.conf")] {
                common::chown(&p, u.uid, u.gid);
            }
        }
    }
    let run = |d: &std::path::Path| {
        vec![
            "--default-mounts-file".to_string(),
            d.join("mounts.conf").to_str().unwrap().into(),
            "run".into(),
            "--rm".into(),
            "busybox".into(),
            "cat".into(),
            "/run/dm/f".into(),
        ]
    };
    let (sk, po) = (env.skiff(run(&a)), pm.run(run(&b)));
    assert_eq!(
        (sk.code, sk.stdout.clone()),
        (po.code, po.stdout.clone()),
        "{}\n{}",
        sk.stderr,
        po.stderr
    );
    for args in [
        &[
            "--events-backend",
            "file",
            "ps",
            "-aq",
            "--filter",
            "name=nomatch",
        ][..],
        &[
            "--cgroup-manager",
            "cgroupfs",
            "ps",
            "-aq",
            "--filter",
            "name=nomatch",
        ],
    ] {
        compare(env, &pm, args, &std_norm);
    }
    // --volumepath: a store's volumes stay where they were first put
    // (both refuse another path), a new store's go there.
    let (va, vb) = pm.workdirs(env, "vols");
    let vol = |d: &std::path::Path| {
        vec![
            "--volumepath".to_string(),
            d.to_str().unwrap().into(),
            "volume".into(),
            "create".into(),
            "vp".into(),
        ]
    };
    let (sk, po) = (env.skiff(vol(&va)), pm.run(vol(&vb)));
    let norm = |s: &str, root: &std::path::Path, dir: &std::path::Path| {
        s.replace(root.to_str().unwrap(), "<ROOT>")
            .replace(dir.to_str().unwrap(), "<DIR>")
    };
    assert_eq!(
        (sk.code, norm(&seen(&sk).first_err, &env.root, &env.dir)),
        (
            po.code,
            norm(&seen(&po).first_err, &pm.dir().join("root"), pm.dir())
        ),
    );
    let fresh = env.path("fresh-vols");
    std::fs::create_dir_all(&fresh).unwrap();
    if let Some(u) = &env.user {
        common::chown(&fresh, u.uid, u.gid);
    }
    let f = fresh.to_str().unwrap();
    env.skiff_in("fresh", ["--volumepath", f, "volume", "create", "vp"])
        .ok();
    let mp = env.skiff_in(
        "fresh",
        [
            "--volumepath",
            f,
            "volume",
            "inspect",
            "--format",
            "{{.Mountpoint}}",
            "vp",
        ],
    );
    assert_eq!(mp.ok().stdout, format!("{f}/vp/_data\n"));
    if !env.rootless() {
        // slirp4netns for root too: the container's address in /etc/hosts.
        let args = [
            "run",
            "--rm",
            "--network",
            "slirp4netns:cidr=10.5.0.0/24",
            "--hostname",
            "sl",
            "--name",
            "sl",
            "busybox",
            "grep",
            "sl",
            "/etc/hosts",
        ];
        compare(env, &pm, &args, &std_norm);
    }
}

/// Archives from URLs, uncompressed OCI archives, symlinks at a cp
/// source, and the global options podman has no counterpart for here.
fn archives_and_paths(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let tar = env.fixture("busybox.tar").unwrap();
    let url = format!(
        "{}/busybox.tar",
        common::serve_dir(tar.parent().unwrap().to_path_buf())
    );
    both(env, &pm, &[&["rmi", "-f", "busybox"]]);
    compare(env, &pm, &["load", "-q", "-i", &url], &std_norm);
    compare(
        env,
        &pm,
        &["images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}"],
        &std_norm,
    );
    compare(env, &pm, &["import", "-q", &url, "imp"], &std_norm);
    // save --uncompressed: OCI layer blobs are plain tars, named by their
    // diff IDs, as podman writes them.
    let (a, b) = pm.workdirs(env, "save");
    let layers = |archive: &std::path::Path| -> Vec<String> {
        let mut names = Vec::new();
        for e in tar::Archive::new(std::fs::File::open(archive).unwrap())
            .entries()
            .unwrap()
        {
            let e = e.unwrap();
            if e.header().size().unwrap() > 100_000 {
                names.push(e.path().unwrap().to_string_lossy().into_owned());
            }
        }
        names
    };
    let save = |d: &std::path::Path| {
        vec![
            "save".to_string(),
            "--uncompressed".into(),
            "--format".into(),
            "oci-archive".into(),
            "-o".into(),
            d.join("u.tar").to_str().unwrap().into(),
            "busybox".into(),
        ]
    };
    env.skiff(save(&a)).ok();
    pm.run(save(&b)).ok();
    assert_eq!(layers(&a.join("u.tar")), layers(&b.join("u.tar")));
    // A symlink at the source is followed.
    both(
        env,
        &pm,
        &[&[
            "run",
            "-d",
            "--name",
            "sl",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "echo data >/tmp/f; ln -s /tmp/f /tmp/l; sleep 1000",
        ]],
    );
    for d in [&a, &b] {
        let out = if d == &a {
            env.skiff(["cp", "sl:/tmp/l", a.join("out").to_str().unwrap()])
        } else {
            pm.run(["cp", "sl:/tmp/l", b.join("out").to_str().unwrap()])
        };
        out.ok();
        let m = std::fs::symlink_metadata(d.join("out")).unwrap();
        assert!(m.is_file(), "{}: a file, not a link", d.display());
        assert_eq!(std::fs::read_to_string(d.join("out")).unwrap(), "data\n");
    }
    // --runtime-flag: skiff's runtime takes none, and says so.
    let w = env.skiff(["--runtime-flag", "debug", "ps", "-q"]);
    assert!(
        w.ok()
            .stderr
            .contains("--runtime-flag \"debug\" is ignored"),
        "{}",
        w.stderr
    );
    // --storage-opt overlay.mountopt reaches the root's mount options.
    let o = env.skiff([
        "--storage-opt",
        "overlay.mountopt=nodev",
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "grep ' / ' /proc/mounts",
    ]);
    assert!(o.ok().stdout.contains("nodev"), "{}", o.stdout);
    // --tmpdir: where the state of running containers goes, when no
    // --runroot says otherwise.
    let t = env.path("alt-tmp");
    std::fs::create_dir_all(&t).unwrap();
    if let Some(u) = &env.user {
        common::chown(&t, u.uid, u.gid);
    }
    let tt = t.to_str().unwrap();
    let info = env
        .cmd_without_runroot(["--tmpdir", tt, "info", "--format", "{{.Store.RunRoot}}"])
        .run();
    assert_eq!(info.ok().stdout, format!("{tt}\n"));
}

both_modes!(
    archives_and_paths,
    flag_forms,
    hints_only_on_terminals,
    info_schema,
    containers_conf,
    images_and_history,
    inspect_fields,
    global_options,
    stopping_state,
    network_aliases,
    time_zones
);

/// `seen` reads podman's logrus lines and skiff's warnings apart from the
/// error line.
#[test]
fn seen_splits_log_lines_from_the_error() {
    use common::Output;
    use common::podman::seen;
    let out = |stderr: &str| Output {
        code: 125,
        stdout: String::new(),
        stderr: stderr.into(),
        cmdline: String::new(),
    };
    let s = seen(&out(
        "time=\"2026-12-02T15:25:44Z\" level=warning msg=\"\\\"/\\\" is not a shared mount\"\n\
         time=\"2026-12-02T15:25:44Z\" level=error msg=\"cleanup\" id=1\n\
         Error: no such container\nhint: more\n",
    ));
    assert_eq!(
        s.warnings,
        ["\"/\" is not a shared mount", "error: cleanup"]
    );
    assert_eq!(s.first_err, "Error: no such container");
    let s = seen(&out("WARNING: ignored\nError: bad\n"));
    assert_eq!(s.warnings, ["ignored"]);
    assert_eq!(s.first_err, "Error: bad");
    assert_eq!(
        common::podman::std_norm("c1  \nsha256:0123456789ab id 0123456789abcdef\n"),
        "c1\nsha256:<ID> id 0123456789abcdef\n"
    );
}
