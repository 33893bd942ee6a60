//! Resource limits through cgroups: bad values refused before anything is
//! made, then (where this host can express them: rootful on v1; on v2 as
//! root or with a delegated cgroup, as in scripts/test-in-cgroupv2-vm.sh)
//! memory and OOM, pids, CPU quota, cpuset, update, stats, cleanup.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use skiff::runtime::cgroups::{Version, version};
use std::path::{Path, PathBuf};
use std::time::Duration;

both_modes!(
    bad_limits_create_nothing,
    memory_limit_oom_kills,
    pids_limit_stops_a_fork_loop,
    cpu_quota_throttles_and_cpuset_pins,
    update_and_stats_follow_the_cgroup,
);

/// The cgroup directory of container `id` holding `controller`.
fn cgroup_dir(id: &str, controller: &str) -> Option<PathBuf> {
    let name = format!("skiff-{id}");
    let base = if version() == Version::V2 {
        PathBuf::from("/sys/fs/cgroup")
    } else {
        skiff::runtime::cgroups::v1_mount(controller)?
    };
    find_dir(&base, &name, 6)
}

fn find_dir(dir: &Path, name: &str, depth: u32) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    for e in entries.flatten() {
        if !e.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if e.file_name().to_str() == Some(name) {
            return Some(e.path());
        }
        if depth > 0
            && let Some(p) = find_dir(&e.path(), name, depth - 1)
        {
            return Some(p);
        }
    }
    None
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file))
        .unwrap_or_else(|e| panic!("reading {}/{file}: {e}", dir.display()))
}

fn keyed(text: &str, key: &str) -> u64 {
    skiff::runtime::cgroups::keyed(text, key).unwrap_or(0)
}

/// Whether limits can be set here; prints the skip reason when not.
fn limits_work(env: &Env, test: &str) -> bool {
    if env.rootless() && version() == Version::V1 {
        skip(
            test,
            "cgroup v1 hierarchies cannot be delegated to an unprivileged user (limits are ignored with podman's warning; see bad_limits_create_nothing)",
        );
        return false;
    }
    let o = env.skiff(["run", "--rm", "--pids-limit", "100", "busybox", "true"]);
    if o.code != 0 {
        skip(
            test,
            &format!(
                "no cgroup with controllers for this user: {}",
                o.stderr.trim()
            ),
        );
        return false;
    }
    true
}

fn bad_limits_create_nothing(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    for (args, msg) in [
        (
            &["--memory", "foo"][..],
            "Error: invalid value for memory: invalid size: 'foo'",
        ),
        (
            &["--cpus", "-1"],
            "Error: invalid value for cpus: -1: the number of CPUs cannot be negative",
        ),
        (
            &["--cpuset-cpus", "99"],
            "Error: requested CPUs are not available - requested 99, available: ",
        ),
        (
            &["--cpuset-cpus", "0-x"],
            "Error: invalid value 0-x for cpuset cpus",
        ),
        (
            &["--memory-swap", "10m"],
            "Error: you should always set a memory limit when using a memoryswap limit, see usage",
        ),
        (
            &["--memory", "20m", "--memory-swap", "10m"],
            "Error: minimum memoryswap limit should be larger than memory limit, see usage",
        ),
        (
            &["--memory-swappiness", "101"],
            "Error: invalid value: 101, valid memory swappiness range is 0-100",
        ),
        (
            &["--cpu-quota", "500"],
            "Error: CPU cfs quota cannot be less than 1ms (i.e. 1000)",
        ),
        (
            &["--cpus", "0.5", "--cpu-quota", "1000"],
            "Error: --cpu-quota and --cpus cannot be set together",
        ),
        (
            &["--cgroupns", "foo"],
            "Error: unrecognized namespace mode foo passed",
        ),
        (
            &["--cgroups", "foo"],
            "Error: running container create option: invalid cgroup mode \"foo\": invalid argument",
        ),
        (
            &["--cgroup-conf", "foo"],
            "Error: --cgroup-conf must be formatted KEY=VALUE",
        ),
        (
            &["--device-read-bps", "/dev/nonexist:1mb"],
            "Error: could not parse throttle device at /dev/nonexist: no such file or directory",
        ),
        (
            &["--memory", "512k", "--memory-reservation", "1m"],
            "Error: minimum memory limit allowed is 6MB",
        ),
        (
            &["--oom-score-adj", "2000"],
            "Error: invalid value 2000, range for oom score adj is [-1000, 1000]",
        ),
    ] {
        let mut a = vec!["run", "--rm", "--name", "never"];
        a.extend_from_slice(args);
        a.extend(["busybox", "true"]);
        let o = env.skiff(&a);
        o.fails_with(125);
        let first = o.stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(msg),
            "{args:?}: {first:?}, expected {msg:?}"
        );
    }
    let ps = env.skiff(["ps", "-aq"]);
    assert_eq!(
        ps.ok().stdout.trim(),
        "",
        "a refused create left a container"
    );
    if env.rootless() && version() == Version::V1 {
        // podman's behaviour: the limits are dropped with a warning.
        let o = env.skiff(["run", "--rm", "--memory", "32m", "busybox", "echo", "ran"]);
        assert_eq!(o.ok().stdout.trim(), "ran");
        assert!(
            o.stderr.contains(
                "Resource limits are not supported and ignored on cgroups V1 rootless systems"
            ),
            "{}",
            o.stderr
        );
    }
}

fn memory_limit_oom_kills(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if !limits_work(env, "memory_limit_oom_kills") {
        return;
    }
    // A 100 MB buffer under a 32 MiB limit (and as much swap).
    let o = env.skiff([
        "run",
        "--name",
        "oom",
        "--memory",
        "32m",
        "busybox",
        "dd",
        "if=/dev/zero",
        "of=/dev/null",
        "bs=100M",
        "count=1",
    ]);
    assert_eq!(o.code, 137, "stderr: {}", o.stderr);
    let st = env.skiff([
        "inspect",
        "oom",
        "--format",
        "{{.State.OOMKilled}} {{.State.ExitCode}} {{.HostConfig.Memory}}",
    ]);
    assert_eq!(st.ok().stdout.trim(), "true 137 33554432");
    let ev = env.skiff([
        "events",
        "--stream=false",
        "--filter",
        "event=oom",
        "--format",
        "{{.Status}} {{.Name}}",
    ]);
    assert!(ev.ok().stdout.contains("oom oom"), "events: {}", ev.stdout);
    // An allocation that fits survives.
    let o = env.skiff([
        "run",
        "--rm",
        "--memory",
        "32m",
        "busybox",
        "dd",
        "if=/dev/zero",
        "of=/dev/null",
        "bs=8M",
        "count=1",
    ]);
    o.ok();
    let id = env
        .skiff(["inspect", "oom", "--format", "{{.Id}}"])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.skiff(["rm", "oom"]).ok();
    for c in ["memory", "freezer", "pids"] {
        if version() == Version::V2 && c != "memory" {
            continue;
        }
        assert!(
            cgroup_dir(&id, c).is_none(),
            "the {c} cgroup of {id} is left"
        );
    }
}

fn pids_limit_stops_a_fork_loop(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if !limits_work(env, "pids_limit_stops_a_fork_loop") {
        return;
    }
    let o = env.skiff([
        "run",
        "--rm",
        "--pids-limit",
        "10",
        "busybox",
        "sh",
        "-c",
        "n=0; for i in $(seq 30); do sleep 5 & n=$((n+1)); done; echo started $n",
    ]);
    assert!(
        o.stderr.contains("can't fork") || o.stderr.contains("Resource temporarily unavailable"),
        "the fork loop was not stopped: {} / {}",
        o.stdout,
        o.stderr
    );
}

fn cpu_quota_throttles_and_cpuset_pins(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if !limits_work(env, "cpu_quota_throttles_and_cpuset_pins") {
        return;
    }
    let o = env.skiff([
        "run",
        "--rm",
        "--cpuset-cpus",
        "0",
        "busybox",
        "grep",
        "Cpus_allowed_list",
        "/proc/self/status",
    ]);
    assert!(o.ok().stdout.trim().ends_with("\t0"), "{}", o.stdout);
    let id = env
        .skiff([
            "run",
            "-d",
            "--cpus",
            "0.5",
            "busybox",
            "sh",
            "-c",
            "while :; do :; done",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let cpu = cgroup_dir(&id, "cpu").expect("the container's cpu cgroup");
    let acct = cgroup_dir(
        &id,
        if version() == Version::V2 {
            "cpu"
        } else {
            "cpuacct"
        },
    )
    .expect("the container's cpuacct cgroup");
    let sample = || -> (u64, u64) {
        if version() == Version::V2 {
            let s = read(&cpu, "cpu.stat");
            (keyed(&s, "usage_usec") * 1000, keyed(&s, "nr_throttled"))
        } else {
            (
                read(&acct, "cpuacct.usage").trim().parse().unwrap_or(0),
                keyed(&read(&cpu, "cpu.stat"), "nr_throttled"),
            )
        }
    };
    let (u0, t0) = sample();
    let start = std::time::Instant::now();
    std::thread::sleep(Duration::from_secs(2));
    let (u1, t1) = sample();
    let wall = start.elapsed().as_nanos() as f64;
    let share = (u1 - u0) as f64 / wall;
    // Half a CPU; wide margins (a busy or emulated machine).
    assert!(
        share > 0.2 && share < 0.65,
        "the busy loop got {share:.2} CPUs"
    );
    assert!(t1 > t0, "nr_throttled did not grow ({t0} -> {t1})");
    env.skiff(["rm", "-f", &id]).ok();
}

fn update_and_stats_follow_the_cgroup(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    if !limits_work(env, "update_and_stats_follow_the_cgroup") {
        return;
    }
    let id = env
        .skiff([
            "run", "-d", "--name", "up", "--memory", "64m", "busybox", "sleep", "1000",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let mem = cgroup_dir(&id, "memory").expect("the container's memory cgroup");
    let limit_file = if version() == Version::V2 {
        "memory.max"
    } else {
        "memory.limit_in_bytes"
    };
    assert_eq!(read(&mem, limit_file).trim(), "67108864");
    let s = env.skiff(["stats", "--no-stream", "--format", "json", "up"]);
    let j = s.ok().json();
    assert_eq!(j[0]["name"], "up");
    assert!(
        j[0]["mem_usage"]
            .as_str()
            .unwrap_or("")
            .ends_with("/ 67.11MB"),
        "{j}"
    );
    assert_eq!(j[0]["pids"], "1");
    let table = env.skiff(["stats", "--no-stream", "up"]);
    assert!(table.ok().stdout.starts_with("ID  "), "{}", table.stdout);
    let out = env.skiff(["update", "--memory", "128m", "--restart", "always", "up"]);
    assert_eq!(out.ok().stdout.trim(), id);
    assert_eq!(read(&mem, limit_file).trim(), "134217728");
    let i = env.skiff([
        "inspect",
        "up",
        "--format",
        "{{.HostConfig.Memory}} {{.HostConfig.RestartPolicy.Name}}",
    ]);
    assert_eq!(i.ok().stdout.trim(), "134217728 always");
    // The new value holds for the next start.
    env.skiff(["stop", "-t", "0", "up"]).ok();
    env.skiff(["update", "--pids-limit", "20", "up"]).ok();
    env.skiff(["start", "up"]).ok();
    let mem = cgroup_dir(&id, "memory").expect("the memory cgroup after a restart");
    assert_eq!(read(&mem, limit_file).trim(), "134217728");
    let pids = cgroup_dir(&id, "pids").expect("the pids cgroup");
    assert_eq!(read(&pids, "pids.max").trim(), "20");
    env.skiff(["update", "--memory", "foo", "up"])
        .fails_with(125);
    env.skiff(["rm", "-f", "up"]).ok();
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        cgroup_dir(&id, "memory").is_none(),
        "a cgroup is left after rm"
    );
}
