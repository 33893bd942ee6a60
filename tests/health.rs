//! Healthchecks, rootful and rootless: run by the container's monitor (no
//! timers), starting → unhealthy → healthy as the check's file comes and
//! goes, for an image's HEALTHCHECK and for --health-cmd; ps, inspect,
//! events and `healthcheck run` show it; --health-on-failure acts; bad
//! flags are refused as podman refuses them.
#![allow(clippy::print_stderr)]

mod common;
use common::podman::{Podman, compare_err};
use common::*;
use std::time::{Duration, Instant};

both_modes!(
    image_healthcheck_flips_with_a_file,
    health_flags_and_healthcheck_run,
    on_failure_actions,
    bad_health_flags_match_podman,
);

fn out(env: &Env, args: &[&str]) -> String {
    env.skiff(args).ok().stdout.trim().to_string()
}

fn health(env: &Env, id: &str) -> String {
    out(env, &["inspect", "-f", "{{.State.Health.Status}}", id])
}

/// Wait (up to 20 s) until the container's health is `want`.
#[track_caller]
fn wait_health(env: &Env, id: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let h = health(env, id);
        if h == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "health of {id} stayed {h:?}, want {want:?}: {}",
            out(env, &["inspect", "-f", "{{json .State.Health}}", id])
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn image_healthcheck_flips_with_a_file(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let ctx = env.path("hc");
    env.write_file(
        "hc/Dockerfile",
        b"FROM localhost/busybox\nHEALTHCHECK --interval=1s --timeout=5s --retries=2 CMD test -f /tmp/ok && echo fine\n",
    );
    if let Some(u) = &env.user {
        chown(&ctx, u.uid, u.gid);
    }
    env.skiff([
        "build",
        "--format",
        "docker",
        "--network",
        "none",
        "-t",
        "localhost/hc:1",
        ctx.to_str().unwrap(),
    ])
    .ok();
    let id = out(
        env,
        &[
            "run",
            "-d",
            "--network",
            "none",
            "localhost/hc:1",
            "sleep",
            "300",
        ],
    );
    // The image's healthcheck is the container's.
    let cfg = env
        .skiff(["inspect", "-f", "{{json .Config.Healthcheck}}", &id])
        .ok()
        .json();
    assert_eq!(
        cfg["Test"],
        serde_json::json!(["CMD-SHELL", "test -f /tmp/ok && echo fine"])
    );
    assert_eq!(cfg["Interval"], 1_000_000_000u64);
    assert_eq!(cfg["Retries"], 2);
    // Right after the start it is starting; two failures make it
    // unhealthy.
    let first = health(env, &id);
    assert!(first == "starting" || first == "unhealthy", "{first}");
    wait_health(env, &id, "unhealthy");
    let ps = out(
        env,
        &[
            "ps",
            "--format",
            "{{.Status}}",
            "--filter",
            &format!("id={id}"),
        ],
    );
    assert!(ps.ends_with("(unhealthy)"), "{ps}");
    env.skiff(["exec", &id, "touch", "/tmp/ok"]).ok();
    wait_health(env, &id, "healthy");
    let h = env
        .skiff(["inspect", "-f", "{{json .State.Health}}", &id])
        .ok()
        .json();
    assert_eq!(h["FailingStreak"], 0);
    let log = h["Log"].as_array().unwrap();
    assert!(!log.is_empty() && log.len() <= 5, "{h}");
    let last = log.last().unwrap();
    assert_eq!(last["ExitCode"], 0);
    assert_eq!(last["Output"], "fine\n");
    assert!(log.iter().any(|r| r["ExitCode"] == 1), "{h}");
    // ps shows it and filters on it.
    let ps = out(
        env,
        &[
            "ps",
            "--format",
            "{{.Status}}",
            "--filter",
            "health=healthy",
        ],
    );
    assert!(ps.ends_with("(healthy)"), "{ps}");
    let none = out(env, &["ps", "-q", "--filter", "health=unhealthy"]);
    assert!(!none.contains(&id[..12]), "{none}");
    // Events: health_status with the status, in podman's line and in JSON.
    let ev = out(
        env,
        &[
            "events",
            "--stream=false",
            "--filter",
            "event=health_status",
            "--filter",
            &format!("container={id}"),
        ],
    );
    assert!(ev.contains("health_status=unhealthy"), "{ev}");
    assert!(ev.contains("health_status=healthy"), "{ev}");
    let js = out(
        env,
        &[
            "events",
            "--stream=false",
            "--format",
            "json",
            "--filter",
            "event=health_status",
        ],
    );
    let last: serde_json::Value = serde_json::from_str(js.lines().last().unwrap()).unwrap();
    assert_eq!(last["Status"], "health_status");
    assert_eq!(last["health_status"], "healthy");
    // --no-healthcheck drops the image's.
    let plain = out(
        env,
        &[
            "create",
            "--no-healthcheck",
            "localhost/hc:1",
            "sleep",
            "300",
        ],
    );
    assert_eq!(health(env, &plain), "");
    env.skiff(["rm", "-f", "-t", "0", &id, &plain]).ok();
}

fn health_flags_and_healthcheck_run(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // With checks only by hand (interval disable), `healthcheck run` says.
    let id = out(
        env,
        &[
            "run",
            "-d",
            "--network",
            "none",
            "--health-cmd",
            "test -f /tmp/ok",
            "--health-interval",
            "disable",
            "--health-retries",
            "1",
            "busybox",
            "sleep",
            "300",
        ],
    );
    assert_eq!(health(env, &id), "starting");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(health(env, &id), "starting", "no automatic checks");
    let r = env.skiff(["healthcheck", "run", &id]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (1, "unhealthy\n"),
        "{}",
        r.stderr
    );
    assert_eq!(health(env, &id), "unhealthy");
    env.skiff(["exec", &id, "touch", "/tmp/ok"]).ok();
    let r = env.skiff(["healthcheck", "run", &id]);
    r.ok();
    assert_eq!(r.stdout, "");
    assert_eq!(health(env, &id), "healthy");
    // The exec form, and a check that outlives its timeout.
    let slow = out(
        env,
        &[
            "run",
            "-d",
            "--network",
            "none",
            "--health-cmd",
            r#"["sleep","30"]"#,
            "--health-interval",
            "disable",
            "--health-timeout",
            "1s",
            "busybox",
            "sleep",
            "300",
        ],
    );
    let t = Instant::now();
    assert_eq!(env.skiff(["healthcheck", "run", &slow]).code, 1);
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    let h = env
        .skiff(["inspect", "-f", "{{json .State.Health}}", &slow])
        .ok()
        .json();
    assert_eq!(h["Log"][0]["ExitCode"], -1, "{h}");
    assert!(
        h["Log"][0]["Output"]
            .as_str()
            .unwrap()
            .contains("exceeded timeout"),
        "{h}"
    );
    // No healthcheck, not running, no such container: 125.
    let plain = out(
        env,
        &["run", "-d", "--network", "none", "busybox", "sleep", "300"],
    );
    let r = env.skiff(["healthcheck", "run", &plain]);
    r.fails(125);
    assert!(
        r.stderr.contains("has no defined healthcheck"),
        "{}",
        r.stderr
    );
    env.skiff(["stop", "-t", "0", &id]).ok();
    let r = env.skiff(["healthcheck", "run", &id]);
    r.fails(125);
    assert!(r.stderr.contains("is not running"), "{}", r.stderr);
    let r = env.skiff(["healthcheck", "run", "nosuch"]);
    r.fails(125);
    assert!(
        r.stderr
            .starts_with("Error: unable to look up nosuch to perform a health check"),
        "{}",
        r.stderr
    );
    env.skiff(["rm", "-f", "-t", "0", &id, &slow, &plain]).ok();
}

fn on_failure_actions(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let run = |action: &str, extra: &[&str]| -> String {
        let mut a = vec![
            "run",
            "-d",
            "--network",
            "none",
            "--stop-timeout",
            "1",
            "--health-cmd",
            "test -f /tmp/ok",
            "--health-interval",
            "1s",
            "--health-retries",
            "1",
            "--health-on-failure",
            action,
        ];
        a.extend_from_slice(extra);
        a.extend_from_slice(&["busybox", "sleep", "300"]);
        out(env, &a)
    };
    let restart = run("restart", &[]);
    let stop = run("stop", &[]);
    let kill = run("kill", &[]);
    let none = run("none", &[]);
    let deadline = Instant::now() + Duration::from_secs(30);
    let field = |id: &str, f: &str| out(env, &["inspect", "-f", f, id]);
    loop {
        let restarted = field(&restart, "{{.RestartCount}}") != "0";
        let stopped = field(&stop, "{{.State.Status}}") == "exited";
        let killed = field(&kill, "{{.State.Status}}") == "exited";
        if restarted && stopped && killed {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "restart: {} stop: {} kill: {}",
            field(&restart, "{{.RestartCount}} {{.State.Status}}"),
            field(&stop, "{{.State.Status}}"),
            field(&kill, "{{.State.Status}}")
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    // stop: the stop signal, then SIGKILL after the timeout (sleep as PID
    // 1 ignores SIGTERM); kill: SIGKILL at once.
    assert_eq!(field(&stop, "{{.State.ExitCode}}"), "137");
    assert_eq!(field(&kill, "{{.State.ExitCode}}"), "137");
    assert_eq!(
        field(&none, "{{.State.Status}} {{.State.Health.Status}}"),
        "running unhealthy"
    );
    assert_eq!(
        field(&none, "{{.Config.HealthcheckOnFailureAction}}"),
        "none"
    );
    assert_eq!(
        field(&restart, "{{.Config.HealthcheckOnFailureAction}}"),
        "restart"
    );
    env.skiff(["rm", "-f", "-t", "0", &restart, &stop, &kill, &none])
        .ok();
}

fn bad_health_flags_match_podman(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let cases: &[&[&str]] = &[
        &[
            "create",
            "--health-cmd",
            "true",
            "--health-on-failure",
            "foo",
            "busybox",
        ],
        &[
            "create",
            "--health-cmd",
            "true",
            "--health-retries",
            "0",
            "busybox",
        ],
        &[
            "create",
            "--health-cmd",
            "true",
            "--health-interval",
            "foo",
            "busybox",
        ],
        &[
            "create",
            "--health-cmd",
            "true",
            "--health-start-period",
            "-1s",
            "busybox",
        ],
        &[
            "create",
            "--no-healthcheck",
            "--health-cmd",
            "true",
            "busybox",
        ],
    ];
    for args in cases {
        let r = env.skiff(*args);
        r.fails(125);
        assert!(r.stderr.starts_with("Error: "), "{}", r.stderr);
    }
    assert_eq!(out(env, &["ps", "-aq"]), "", "nothing created");
    let Some(pm) = Podman::new(env) else { return };
    for args in cases {
        compare_err(env, &pm, args);
    }
}
