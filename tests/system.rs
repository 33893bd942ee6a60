//! `system df`, `system prune` and `system reset`, rootful and rootless:
//! what each counts and what each leaves (docker's documentation: prune
//! keeps running containers, the images they use, used volumes and the
//! default network; `-a` takes every unused image, `--volumes` unused
//! volumes; reset leaves nothing).
#![allow(clippy::print_stderr)]

mod common;
use common::podman::{Podman, compare};
use common::*;

both_modes!(
    df_counts_what_the_store_holds,
    prune_leaves_what_is_in_use,
    reset_leaves_nothing,
);

fn out(env: &Env, args: &[&str]) -> String {
    env.skiff(args).ok().stdout.clone()
}

fn lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(str::to_string).collect();
    v.sort();
    v
}

/// A store with: busybox (used by a running and a stopped container), a
/// second unused tag of nothing (an unused image: an import of busybox's
/// root), a used and an unused volume, an unused network.
fn populate(env: &Env) -> (String, String) {
    let running = out(
        env,
        &[
            "run",
            "-d",
            "--network",
            "none",
            "-v",
            "used:/data",
            "busybox",
            "sleep",
            "300",
        ],
    )
    .trim()
    .to_string();
    let stopped = out(
        env,
        &[
            "run",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "head -c 100000 /dev/zero > /big",
        ],
    );
    assert_eq!(stopped, "");
    let stopped = out(
        env,
        &["ps", "-aq", "--no-trunc", "--filter", "status=exited"],
    )
    .trim()
    .to_string();
    env.skiff(["volume", "create", "unused"]).ok();
    env.skiff(["network", "create", "spare"]).ok();
    env.skiff(["commit", "-q", &stopped, "localhost/spare:1"])
        .ok();
    (running, stopped)
}

fn df_counts_what_the_store_holds(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let (running, stopped) = populate(env);
    let rows: Vec<serde_json::Value> = out(env, &["system", "df", "--format", "json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let row = |t: &str| rows.iter().find(|r| r["Type"] == t).unwrap().clone();
    let images = row("Images");
    assert_eq!(
        (images["Total"].as_u64(), images["Active"].as_u64()),
        (Some(2), Some(1))
    );
    let containers = row("Containers");
    assert_eq!(
        (containers["Total"].as_u64(), containers["Active"].as_u64()),
        (Some(2), Some(1))
    );
    // The stopped one's 100 kB file is its writable layer, reclaimable.
    let reclaim = containers["RawReclaimable"].as_u64().unwrap();
    assert!((100_000..200_000).contains(&reclaim), "{containers}");
    assert!(
        containers["Reclaimable"].as_str().unwrap().ends_with("%)"),
        "{containers}"
    );
    let volumes = row("Local Volumes");
    assert_eq!(
        (volumes["Total"].as_u64(), volumes["Active"].as_u64()),
        (Some(2), Some(1))
    );
    // The table: podman's columns and rows.
    let table = out(env, &["system", "df"]);
    let head: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(head, ["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"]);
    assert!(table.contains("\nLocal Volumes  2"), "{table}");
    let t = out(env, &["system", "df", "--format", "{{.Type}}={{.Total}}"]);
    assert_eq!(t, "Images=2\nContainers=2\nLocal Volumes=2\n");
    // -v: every object.
    let v = out(env, &["system", "df", "-v"]);
    for s in [
        "Images space usage:",
        "Containers space usage:",
        "Local Volumes space usage:",
        &running[..12],
        &stopped[..12],
        "localhost/spare",
        "unused",
    ] {
        assert!(v.contains(s), "{s} in {v}");
    }
    // The same as podman's for an empty store.
    let Some(pm) = Podman::new(env) else { return };
    let empty = Env::new(env.mode, &format!("{}-empty", env.name)).unwrap();
    let pm_empty = Podman::new(&empty).unwrap();
    pm_empty.run(["rmi", "-af"]);
    compare(&empty, &pm_empty, &["system", "df"], &|s| s.to_string());
    drop(pm);
}

fn prune_leaves_what_is_in_use(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let (running, stopped) = populate(env);
    // No answer: nothing happens.
    let r = env.cmd(["system", "prune"]).stdin("n\n").run();
    r.ok();
    assert!(
        r.stdout.starts_with("WARNING! This command removes:\n"),
        "{}",
        r.stdout
    );
    assert_eq!(out(env, &["ps", "-aq"]).lines().count(), 2);
    // Without -a and --volumes: the stopped container and the unused
    // network; every image and volume stays.
    let r = out(env, &["system", "prune", "-f"]);
    assert!(r.contains("Deleted Containers\n"), "{r}");
    assert!(r.contains(&stopped), "{r}");
    assert!(r.contains("Deleted Networks\nspare\n"), "{r}");
    assert!(
        r.lines()
            .last()
            .unwrap()
            .starts_with("Total reclaimed space: "),
        "{r}"
    );
    assert_eq!(out(env, &["ps", "-aq", "--no-trunc"]).trim(), running);
    assert_eq!(
        lines(&out(env, &["volume", "ls", "-q"])),
        ["unused", "used"]
    );
    assert_eq!(out(env, &["images", "-q"]).lines().count(), 2);
    // -a --volumes: the unused image and volume; what the running
    // container uses stays, and the default network.
    let r = out(env, &["system", "prune", "-a", "-f", "--volumes"]);
    assert!(r.contains("Deleted Volumes\nunused\n"), "{r}");
    assert!(r.contains("Deleted Images\n"), "{r}");
    assert_eq!(out(env, &["ps", "-aq", "--no-trunc"]).trim(), running);
    assert_eq!(lines(&out(env, &["volume", "ls", "-q"])), ["used"]);
    let imgs = out(env, &["images", "--format", "{{.Repository}}"]);
    assert_eq!(imgs.trim(), "localhost/busybox");
    let nets = out(env, &["network", "ls", "--format", "{{.Name}}"]);
    assert_eq!(nets.trim(), "skiff");
    env.skiff(["rm", "-f", "-t", "0", &running]).ok();
}

fn reset_leaves_nothing(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    populate(env);
    let r = env.cmd(["system", "reset"]).stdin("n\n").run();
    r.ok();
    assert!(
        r.stdout.starts_with("WARNING! This will remove:\n"),
        "{}",
        r.stdout
    );
    assert_eq!(out(env, &["ps", "-aq"]).lines().count(), 2);
    env.skiff(["system", "reset", "-f"]).ok();
    assert_eq!(out(env, &["ps", "-aq"]), "");
    assert_eq!(out(env, &["images", "-q"]), "");
    assert_eq!(out(env, &["volume", "ls", "-q"]), "");
    assert_eq!(
        out(env, &["network", "ls", "--format", "{{.Name}}"]).trim(),
        "skiff"
    );
    // And the store works again from nothing.
    env.load_busybox().unwrap();
    assert_eq!(
        out(
            env,
            &[
                "run",
                "--rm",
                "--network",
                "none",
                "busybox",
                "echo",
                "again"
            ]
        ),
        "again\n"
    );
}
