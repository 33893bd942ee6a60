//! The data-loss and compatibility bugs of issue 11, each reproduced as it
//! was reported and checked against podman where podman agrees (where it
//! does not, the difference is in docs/compatibility.md and skiff's own
//! outcome is asserted).

mod common;

use common::podman::{Podman, both, compare, seen, std_norm};
use common::{Env, Output};
use std::path::Path;

fn setup(env: &Env) -> Option<Podman> {
    env.load_busybox()?;
    Podman::new(env)
}

/// `dir/rel`'s directories, made and given to the test user.
fn mkdir(env: &Env, dir: &Path, rel: &str) {
    let mut p = dir.to_path_buf();
    for c in Path::new(rel).components() {
        p.push(c);
        std::fs::create_dir_all(&p).unwrap();
        if let Some(u) = &env.user {
            common::chown(&p, u.uid, u.gid);
        }
    }
}

/// A file at `dir/rel`, the test user's.
fn put(env: &Env, dir: &Path, rel: &str, data: &str) {
    if let Some(parent) = Path::new(rel).parent() {
        mkdir(env, dir, parent.to_str().unwrap());
    }
    let p = dir.join(rel);
    std::fs::write(&p, data).unwrap();
    if let Some(u) = &env.user {
        common::chown(&p, u.uid, u.gid);
    }
}

/// A symlink at `dir/rel`, the test user's.
fn link(env: &Env, dir: &Path, rel: &str, target: &str) {
    let p = dir.join(rel);
    std::os::unix::fs::symlink(target, &p).unwrap();
    if let Some(u) = &env.user {
        let _ = std::os::unix::fs::lchown(&p, Some(u.uid), Some(u.gid));
    }
}

/// The two tools' working directories made alike in messages.
fn dirs_norm<'a>(a: &'a Path, b: &'a Path) -> impl Fn(&str) -> String + 'a {
    move |s: &str| {
        std_norm(
            &s.replace(a.to_str().unwrap(), "<DIR>")
                .replace(b.to_str().unwrap(), "<DIR>"),
        )
    }
}

/// Exit codes of both, and skiff's first error line.
#[track_caller]
fn same_code(sk: &Output, po: &Output) -> String {
    assert_eq!(
        sk.code, po.code,
        "exit codes differ:\nskiff: {}\npodman: {}",
        sk.stderr, po.stderr
    );
    seen(sk).first_err
}

/// Bugs 1 and 2, host side: a symlink at the destination is never
/// replaced (a link to a device is refused as podman refuses it, a link to
/// a file is written through); a directory is never replaced by a file
/// without --overwrite, nor a file by a directory.
fn cp_to_the_host_keeps_what_is_there(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let script = "echo data >/tmp/f; mkdir /tmp/dd; echo x >/tmp/dd/in; sleep 1000";
    both(
        env,
        &pm,
        &[&[
            "run",
            "-d",
            "--name",
            "c1",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            script,
        ]],
    );
    let (a, b) = pm.workdirs(env, "w");
    for d in [&a, &b] {
        link(env, d, "devlink", "/dev/null");
        put(env, d, "target", "orig\n");
        link(env, d, "link", "target");
        mkdir(env, d, "h/f");
        put(env, d, "h/f/keepme", "keep\n");
        put(env, d, "hd", "file\n");
    }
    let norm = dirs_norm(env.dir.as_path(), pm.dir());
    let at = |d: &Path, rel: &str| d.join(rel).to_str().unwrap().to_string();
    // A destination that is neither a directory nor a regular file.
    let args = |d: &Path| vec!["cp".to_string(), "c1:/tmp/f".into(), at(d, "devlink")];
    let (sk, po) = (env.skiff(args(&a)), pm.run(args(&b)));
    same_code(&sk, &po);
    assert_eq!(norm(&seen(&sk).first_err), norm(&seen(&po).first_err));
    assert_eq!(
        std::fs::read_link(a.join("devlink")).unwrap(),
        Path::new("/dev/null")
    );
    // A link to a file: written through, the link stays (podman 4.3
    // replaces the link; docs/compatibility.md).
    env.skiff(["cp", "c1:/tmp/f", &at(&a, "link")]).ok();
    assert_eq!(
        std::fs::read_link(a.join("link")).unwrap(),
        Path::new("target")
    );
    assert_eq!(std::fs::read_to_string(a.join("target")).unwrap(), "data\n");
    // A file onto a directory of that name: refused, nothing deleted.
    let (sk, po) = (
        env.skiff(["cp", "c1:/tmp/f", &at(&a, "h")]),
        pm.run(["cp", "c1:/tmp/f", &at(&b, "h")]),
    );
    let err = same_code(&sk, &po);
    assert_eq!(
        norm(&err),
        "Error: cannot overwrite directory \"<DIR>/w/h/f\" on the host with non-directory\n"
    );
    for d in [&a, &b] {
        assert_eq!(
            std::fs::read_to_string(d.join("h/f/keepme")).unwrap(),
            "keep\n"
        );
    }
    // A directory onto a file: refused with podman's words.
    let (sk, po) = (
        env.skiff(["cp", "c1:/tmp/dd", &at(&a, "hd")]),
        pm.run(["cp", "c1:/tmp/dd", &at(&b, "hd")]),
    );
    same_code(&sk, &po);
    assert_eq!(norm(&seen(&sk).first_err), norm(&seen(&po).first_err));
    assert_eq!(std::fs::read_to_string(a.join("hd")).unwrap(), "file\n");
    // --overwrite replaces, in both tools.
    for (out, d) in [
        (
            env.skiff(["cp", "--overwrite", "c1:/tmp/f", &at(&a, "h")]),
            &a,
        ),
        (pm.run(["cp", "--overwrite", "c1:/tmp/f", &at(&b, "h")]), &b),
    ] {
        out.ok();
        assert_eq!(std::fs::read_to_string(d.join("h/f")).unwrap(), "data\n");
    }
}

/// Bug 2, container side, and the other cp forms podman has: into a
/// directory, a directory's contents onto a file, --overwrite, between
/// two containers, relative container paths, missing paths, --pause.
fn cp_into_containers(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let script = "mkdir -p /tmp/d3 /tmp/td/sub; echo k >/tmp/d3/k; echo k >/tmp/td/sub/k; echo f >/tmp/f; sleep 1000";
    both(
        env,
        &pm,
        &[
            &[
                "run",
                "-d",
                "--name",
                "c1",
                "-w",
                "/tmp",
                "--network",
                "none",
                "busybox",
                "sh",
                "-c",
                script,
            ],
            &[
                "run",
                "-d",
                "--name",
                "c2",
                "--network",
                "none",
                "busybox",
                "sleep",
                "1000",
            ],
        ],
    );
    let (a, b) = pm.workdirs(env, "w");
    for d in [&a, &b] {
        put(env, d, "hf", "hf\n");
        mkdir(env, d, "hdir");
        put(env, d, "s2/sub", "q\n");
    }
    let norm = dirs_norm(env.dir.as_path(), pm.dir());
    // `@` stands for each tool's working directory.
    let at = |d: &Path, args: &[&str]| -> Vec<String> {
        args.iter()
            .map(|x| match x.strip_prefix('@') {
                Some(rel) => format!("{}{rel}", d.display()),
                None => (*x).to_string(),
            })
            .collect()
    };
    // (command, what to look at after it, the message is podman's too:
    // a conflict of kinds is one line in skiff, podman's copier prints its
    // internals; docs/compatibility.md).
    let cases: Vec<(&[&str], &[&str], bool)> = vec![
        // A file into a directory.
        (
            &["cp", "@/hf", "c1:/tmp/d3"],
            &["exec", "c1", "ls", "/tmp/d3"],
            true,
        ),
        // A directory onto a file: refused, with --overwrite too.
        (
            &["cp", "@/hdir", "c1:/tmp/f"],
            &["exec", "c1", "cat", "/tmp/f"],
            true,
        ),
        (
            &["cp", "--overwrite", "@/hdir", "c1:/tmp/f"],
            &["exec", "c1", "cat", "/tmp/f"],
            true,
        ),
        // Contents whose file meets a directory: refused, then replaced.
        (
            &["cp", "@/s2/.", "c1:/tmp/td"],
            &["exec", "c1", "find", "/tmp/td"],
            false,
        ),
        (
            &["cp", "--overwrite", "@/s2/.", "c1:/tmp/td"],
            &["exec", "c1", "find", "/tmp/td"],
            true,
        ),
        // Relative to the container's working directory.
        (
            &["cp", "@/hf", "c1:rel"],
            &["exec", "c1", "cat", "/tmp/rel"],
            true,
        ),
        (
            &["cp", "--pause=true", "@/hf", "c1:/tmp/"],
            &["exec", "c1", "stat", "-c", "%u:%g %a", "/tmp/hf"],
            true,
        ),
        // Missing sources.
        (
            &["cp", "c1:/nonexist", "@/x"],
            &["exec", "c1", "true"],
            true,
        ),
        (
            &["cp", "@/nonexist", "c1:/tmp/"],
            &["exec", "c1", "true"],
            true,
        ),
    ];
    for (args, check, same_words) in cases {
        let (sk, po) = (env.skiff(at(&a, args)), pm.run(at(&b, args)));
        let (x, y) = (seen(&sk), seen(&po));
        let words = |s: &common::podman::Seen| {
            if same_words {
                norm(&s.first_err)
            } else {
                String::new()
            }
        };
        assert_eq!(
            (norm(&x.stdout), words(&x), x.code),
            (norm(&y.stdout), words(&y), y.code),
            "{args:?}:\nskiff: {}\npodman: {}",
            sk.stderr,
            po.stderr
        );
        if !same_words {
            assert!(
                x.first_err.starts_with("Error: cannot overwrite directory"),
                "{}",
                x.first_err
            );
        }
        compare(env, &pm, check, &std_norm);
    }
    // Container to container.
    compare(env, &pm, &["cp", "c1:/tmp/d3/k", "c2:/tmp/h"], &std_norm);
    compare(env, &pm, &["exec", "c2", "cat", "/tmp/h"], &std_norm);
}

/// Bug 5: `cp` into a container that never ran reaches its volumes,
/// nested ones too, and the volumes keep what the image had there.
fn cp_into_created_container_volumes(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let (a, b) = pm.workdirs(env, "w");
    for d in [&a, &b] {
        put(env, d, "hf", "host file\n");
    }
    both(
        env,
        &pm,
        &[&[
            "create",
            "--name",
            "cc",
            "--network",
            "none",
            "-v",
            "v1:/tmp/volume",
            "-v",
            "v2:/tmp/volume/sub",
            "-v",
            "v3:/etc",
            "busybox",
            "sh",
            "-c",
            "cat /tmp/volume/sub/hf /etc/hf; ls /etc | grep -c passwd",
        ]],
    );
    for (out, d) in [
        (
            env.skiff(["cp", a.join("hf").to_str().unwrap(), "cc:/tmp/volume/sub"]),
            &a,
        ),
        (
            pm.run(["cp", b.join("hf").to_str().unwrap(), "cc:/tmp/volume/sub"]),
            &b,
        ),
    ] {
        out.ok();
        let _ = d;
    }
    for (out, d) in [
        (
            env.skiff(["cp", a.join("hf").to_str().unwrap(), "cc:/etc/"]),
            &a,
        ),
        (
            pm.run(["cp", b.join("hf").to_str().unwrap(), "cc:/etc/"]),
            &b,
        ),
    ] {
        out.ok();
        let _ = d;
    }
    // The files arrive in both. The image's /etc is in the v3 volume
    // under skiff (filled at create), not under podman (filled at the
    // first start, when it is no longer empty; docs/compatibility.md).
    let (sk, po) = (
        env.skiff(["start", "-a", "cc"]),
        pm.run(["start", "-a", "cc"]),
    );
    assert_eq!(sk.ok().lines(), ["host file", "host file", "1"]);
    assert_eq!(
        po.stdout.lines().take(2).collect::<Vec<_>>(),
        ["host file", "host file"]
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "-v", "v2:/x", "busybox", "cat", "/x/hf"],
        &std_norm,
    );
}

/// Bug 4: `rm -af` racing a `--rm` container's own removal counts the
/// container as removed.
fn rm_all_races_auto_remove(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    for i in 0..8 {
        env.skiff([
            "run",
            "--rm",
            "-d",
            "--network",
            "none",
            "busybox",
            "sleep",
            "infinity",
        ])
        .ok();
        let out = env.skiff(["rm", "-af"]);
        assert_eq!(out.code, 0, "round {i}: {}", out.stderr);
        assert_eq!(out.stderr, "", "round {i}");
    }
    assert_eq!(env.skiff(["ps", "-aq"]).ok().stdout, "");
}

/// Bug 7: a privileged container sees the host's devices (those the user
/// may open, rootless), as under podman.
fn privileged_sees_host_devices(env: &Env) {
    let Some(pm) = setup(env) else { return };
    let list = [
        "run",
        "--rm",
        "--privileged",
        "--network",
        "none",
        "busybox",
        "ls",
        "/dev",
    ];
    let names = |o: &Output| -> std::collections::BTreeSet<String> {
        o.stdout.lines().map(String::from).collect()
    };
    let (sk, po) = (env.skiff(list), pm.run(list));
    let (s, p) = (names(sk.ok()), names(po.ok()));
    let unprivileged = env.skiff(["run", "--rm", "--network", "none", "busybox", "ls", "/dev"]);
    assert!(
        s.len() > names(unprivileged.ok()).len() + 10,
        "privileged /dev: {s:?}"
    );
    // Every device node podman gives is there (podman's own extras, like
    // its /dev/shm or mqueue mounts, are not devices of the host).
    let host: std::collections::BTreeSet<String> = std::fs::read_dir("/dev")
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let missing: Vec<&String> = p
        .iter()
        .filter(|n| host.contains(*n) && !s.contains(*n))
        .collect();
    assert!(missing.is_empty(), "podman has, skiff lacks: {missing:?}");
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--privileged",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "test -c /dev/null && test -e /dev/loop-control && echo ok",
        ],
        &std_norm,
    );
}

both_modes!(
    cp_to_the_host_keeps_what_is_there,
    cp_into_containers,
    cp_into_created_container_volumes,
    rm_all_races_auto_remove,
    privileged_sees_host_devices
);
