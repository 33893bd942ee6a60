//! Volumes, mounts, and the container file system commands (cp, diff,
//! commit, export), rootful and rootless.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

both_modes!(
    named_volume_outlives_its_container,
    volume_commands,
    read_only_mounts_refuse_writes,
    copy_up_and_anonymous_volumes,
    volumes_from_shares_read_write_and_read_only,
    tmpfs_mounts_have_their_size,
    cp_round_trips,
    cp_path_rules_and_streams,
    nothing_escapes_the_container_root,
    diff_lists_changes,
    commit_makes_a_runnable_image,
    export_reimports_to_the_same_listing,
    mount_shows_the_root_to_the_host,
    a_mount_in_another_namespace_blocks_start,
);

fn out(env: &Env, args: &[&str]) -> String {
    env.skiff(args).ok().stdout.clone()
}

fn detached(env: &Env, args: &[&str]) -> String {
    let mut a = vec!["run", "-d"];
    a.extend_from_slice(args);
    out(env, &a).trim().to_string()
}

/// Make `rel` in the test directory as the test user would.
fn give(env: &Env, rel: &str) {
    if let Some(u) = &env.user {
        let p = env.path(rel);
        let _ = std::os::unix::fs::lchown(&p, Some(u.uid), Some(u.gid));
    }
}

fn mkdir(env: &Env, rel: &str) -> std::path::PathBuf {
    let p = env.path(rel);
    std::fs::create_dir_all(&p).unwrap();
    give(env, rel);
    p
}

/// The invoking user as the host sees them.
fn host_user(env: &Env) -> (u32, u32) {
    env.user.as_ref().map_or((0, 0), |u| (u.uid, u.gid))
}

/// The host uid of container uid `inside` (rootless: a subordinate ID).
fn host_uid_of(env: &Env, inside: u32) -> u32 {
    match &env.user {
        None => inside,
        Some(u) => {
            if inside == 0 {
                return u.uid;
            }
            let subuid = std::fs::read_to_string("/etc/subuid").unwrap();
            let start: u32 = subuid
                .lines()
                .find_map(|l| {
                    let mut f = l.split(':');
                    (f.next() == Some(u.name.as_str())).then(|| f.next().unwrap().parse().unwrap())
                })
                .expect("test user has a subuid range");
            start + inside - 1
        }
    }
}

fn tar_names(data: &[u8]) -> Vec<String> {
    let mut a = tar::Archive::new(data);
    let mut v: Vec<String> = a
        .entries()
        .unwrap()
        .map(|e| String::from_utf8_lossy(&e.unwrap().path_bytes()).into_owned())
        .collect();
    v.sort();
    v
}

fn named_volume_outlives_its_container(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // The seed case: a database container removed by mistake.
    env.skiff([
        "run",
        "--name",
        "db",
        "-v",
        "dbdata:/var/lib/db",
        "busybox",
        "sh",
        "-c",
        "echo rows > /var/lib/db/table",
    ])
    .ok();
    env.skiff(["rm", "db"]).ok();
    assert_eq!(
        out(
            env,
            &[
                "run",
                "--rm",
                "-v",
                "dbdata:/var/lib/db",
                "busybox",
                "cat",
                "/var/lib/db/table"
            ]
        ),
        "rows\n"
    );
    // Where it lives, and who owns it on the host: container root is the
    // invoking user.
    let mp = out(
        env,
        &["volume", "inspect", "--format", "{{.Mountpoint}}", "dbdata"],
    );
    let table = Path::new(mp.trim()).join("table");
    let meta = std::fs::metadata(&table).unwrap();
    assert_eq!(meta.uid(), host_user(env).0);
    // `U` gives the volume to the container's user; a non-root user in a
    // rootless container is a subordinate ID on the host.
    env.skiff([
        "run",
        "--rm",
        "-u",
        "1000:1000",
        "-v",
        "owned:/data:U",
        "busybox",
        "sh",
        "-c",
        "touch /data/mine && ls -ln /data",
    ])
    .ok();
    let mp = out(
        env,
        &["volume", "inspect", "--format", "{{.Mountpoint}}", "owned"],
    );
    let meta = std::fs::metadata(Path::new(mp.trim()).join("mine")).unwrap();
    assert_eq!(meta.uid(), host_uid_of(env, 1000));
}

fn volume_commands(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    assert_eq!(
        out(env, &["volume", "create", "--label", "tier=db", "v1"]),
        "v1\n"
    );
    env.skiff(["volume", "create", "v2"]).ok();
    env.skiff(["volume", "create", "v1"]).fails_with(125);
    env.skiff(["volume", "create", "bad/name"]).fails_with(125);
    assert_eq!(out(env, &["volume", "ls", "-q"]), "v1\nv2\n");
    assert_eq!(
        out(env, &["volume", "ls", "-q", "--filter", "label=tier=db"]),
        "v1\n"
    );
    assert_eq!(
        out(env, &["volume", "ls", "--format", "{{.Name}} {{.Driver}}"]),
        "v1 local\nv2 local\n"
    );
    let ls = out(env, &["volume", "ls"]);
    assert!(ls.starts_with("DRIVER"), "{ls}");
    let j = env.skiff(["volume", "inspect", "v1"]).ok().json();
    assert_eq!(j[0]["Name"], "v1");
    assert_eq!(j[0]["Driver"], "local");
    assert_eq!(j[0]["Labels"]["tier"], "db");
    env.skiff(["volume", "exists", "v1"]).ok();
    assert_eq!(env.skiff(["volume", "exists", "nope"]).code, 1);
    env.skiff(["volume", "inspect", "nope"]).fails_with(125);
    // In use: refused (exit 2), -f removes the container too.
    let id = detached(env, &["-v", "v1:/d", "busybox", "sleep", "300"]);
    let o = env.skiff(["volume", "rm", "v1"]);
    o.fails_with(2);
    assert!(o.stderr.contains("being used"), "{}", o.stderr);
    assert_eq!(
        env.skiff(["volume", "inspect", "--format", "{{.MountCount}}", "v1"])
            .ok()
            .stdout,
        "1\n"
    );
    env.skiff(["volume", "rm", "-f", "v1"]).ok();
    assert_eq!(env.skiff(["container", "exists", &id]).code, 1);
    env.skiff(["volume", "rm", "nope"]).fails_with(1);
    // prune removes what no container uses.
    env.skiff(["create", "--name", "keeper", "-v", "kept:/k", "busybox"])
        .ok();
    let pruned = out(env, &["volume", "prune", "-f"]);
    assert!(pruned.contains("v2"), "{pruned}");
    assert_eq!(out(env, &["volume", "ls", "-q"]), "kept\n");
}

fn read_only_mounts_refuse_writes(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let host = mkdir(env, "hostdir");
    env.write_file("hostdir/seen", b"from host");
    let h = format!("{}:/h:ro", host.display());
    let o = env.skiff([
        "run",
        "--rm",
        "-v",
        &h,
        "busybox",
        "sh",
        "-c",
        "cat /h/seen; touch /h/x",
    ]);
    assert_eq!(o.code, 1, "{o:?}");
    assert_eq!(o.stdout, "from host");
    assert!(o.stderr.contains("Read-only file system"), "{}", o.stderr);
    let o = env.skiff([
        "run",
        "--rm",
        "--mount",
        "type=volume,src=rov,dst=/v,readonly",
        "busybox",
        "touch",
        "/v/x",
    ]);
    assert!(o.stderr.contains("Read-only file system"), "{}", o.stderr);
    // A read-write bind: the file appears on the host, the invoking user's.
    let h = format!("{}:/h:rw", host.display());
    env.skiff([
        "run",
        "--rm",
        "-v",
        &h,
        "busybox",
        "sh",
        "-c",
        "echo hi > /h/written",
    ])
    .ok();
    let meta = std::fs::metadata(host.join("written")).unwrap();
    assert_eq!(meta.uid(), host_user(env).0);
    // --mount bind with propagation: private by default; with rslave, a
    // mount made on the host afterwards shows up inside. (Rootful only:
    // the test needs a shared mount of its own on the host.)
    let m = format!("type=bind,src={},dst=/b", host.display());
    let mounts = out(
        env,
        &[
            "run",
            "--rm",
            "--mount",
            &m,
            "busybox",
            "cat",
            "/proc/self/mountinfo",
        ],
    );
    let line = mounts
        .lines()
        .find(|l| l.split(' ').nth(4) == Some("/b"))
        .unwrap();
    assert!(
        !line.contains("master:") && !line.contains("shared:"),
        "{line}"
    );
    let m = format!("{}:/s:rshared", host.display());
    let mounts = out(
        env,
        &[
            "run",
            "--rm",
            "-v",
            &m,
            "busybox",
            "cat",
            "/proc/self/mountinfo",
        ],
    );
    let line = mounts
        .lines()
        .find(|l| l.split(' ').nth(4) == Some("/s"))
        .unwrap();
    assert!(line.contains(" shared:"), "{line}");
    if !env.rootless() {
        propagation_reaches_the_container(env);
    }
    // Errors: a missing host path, a relative destination.
    env.skiff(["run", "--rm", "-v", "/no/such/dir:/x", "busybox", "true"])
        .fails_with(125);
    env.skiff(["run", "--rm", "-v", "vol:relative", "busybox", "true"])
        .fails_with(125);
}

/// Unmounts (lazily) on drop, so a failing test leaves no mount behind.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

fn sh(cmd: &str) {
    let st = std::process::Command::new("sh")
        .args(["-c", cmd])
        .status()
        .unwrap();
    assert!(st.success(), "{cmd}");
}

fn propagation_reaches_the_container(env: &Env) {
    let shared = mkdir(env, "shared");
    let s = shared.display();
    sh(&format!("mount --bind {s} {s} && mount --make-shared {s}"));
    let _outer = Mounted(shared.clone());
    let m = format!("type=bind,src={s},dst=/b,bind-propagation=rslave");
    let c = detached(env, &["--mount", &m, "busybox", "sleep", "300"]);
    std::fs::create_dir_all(shared.join("sub")).unwrap();
    sh(&format!("mount -t tmpfs skiff-prop-test {s}/sub"));
    let _inner = Mounted(shared.join("sub"));
    let mounts = out(env, &["exec", &c, "cat", "/proc/mounts"]);
    assert!(mounts.contains("skiff-prop-test /b/sub tmpfs"), "{mounts}");
    env.skiff(["rm", "-f", &c]).ok();
}

fn copy_up_and_anonymous_volumes(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    // A new named volume over image content starts with that content.
    let ls = out(
        env,
        &["run", "--rm", "-v", "etcvol:/etc", "busybox", "ls", "/etc"],
    );
    assert!(ls.contains("passwd"), "{ls}");
    let mp = out(
        env,
        &["volume", "inspect", "--format", "{{.Mountpoint}}", "etcvol"],
    );
    assert!(Path::new(mp.trim()).join("passwd").exists());
    // ...unless nocopy.
    let ls = out(
        env,
        &[
            "run",
            "--rm",
            "--mount",
            "type=volume,src=bare,dst=/etc,volume-nocopy",
            "busybox",
            "ls",
            "-a",
            "/etc",
        ],
    );
    // Only the mount points of skiff's /etc files (podman makes them in
    // the volume too).
    assert_eq!(
        ls.split_whitespace().collect::<Vec<_>>(),
        [".", "..", "hostname", "hosts", "resolv.conf"]
    );
    // An image with VOLUME: each container gets an anonymous volume,
    // filled from the image.
    env.skiff([
        "run",
        "--name",
        "base",
        "busybox",
        "sh",
        "-c",
        "mkdir /data && echo seed > /data/seed",
    ])
    .ok();
    env.skiff(["commit", "-q", "-c", "VOLUME /data", "base", "withvol"])
        .ok();
    let id = out(env, &["create", "withvol", "cat", "/data/seed"])
        .trim()
        .to_string();
    let j = env.skiff(["inspect", &id]).ok().json();
    let m = &j[0]["Mounts"][0];
    assert_eq!(m["Type"], "volume");
    assert_eq!(m["Destination"], "/data");
    let anon = m["Name"].as_str().unwrap().to_string();
    assert_eq!(anon.len(), 64, "{anon}");
    env.skiff(["start", "-a", &id]).ok();
    assert_eq!(out(env, &["logs", &id]), "seed\n");
    env.skiff(["volume", "exists", &anon]).ok();
    // rm -v removes the anonymous volume; plain rm keeps it.
    env.skiff(["rm", "-v", &id]).ok();
    assert_eq!(env.skiff(["volume", "exists", &anon]).code, 1);
    let before = out(env, &["volume", "ls", "-q"]).lines().count();
    env.skiff(["run", "--rm", "withvol", "true"]).ok();
    assert_eq!(
        out(env, &["volume", "ls", "-q"]).lines().count(),
        before,
        "--rm removes anonymous volumes"
    );
    env.skiff(["run", "--name", "keep", "withvol", "true"]).ok();
    env.skiff(["rm", "keep"]).ok();
    assert_eq!(
        out(env, &["volume", "ls", "-q"]).lines().count(),
        before + 1
    );
}

fn volumes_from_shares_read_write_and_read_only(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    env.skiff([
        "create",
        "--name",
        "owner",
        "-v",
        "shared:/shared",
        "-v",
        "/anon",
        "busybox",
    ])
    .ok();
    env.skiff([
        "run",
        "--rm",
        "--volumes-from",
        "owner",
        "busybox",
        "sh",
        "-c",
        "echo one > /shared/x && echo two > /anon/y",
    ])
    .ok();
    assert_eq!(
        out(
            env,
            &[
                "run",
                "--rm",
                "--volumes-from",
                "owner:ro",
                "busybox",
                "cat",
                "/shared/x",
                "/anon/y"
            ]
        ),
        "one\ntwo\n"
    );
    let o = env.skiff([
        "run",
        "--rm",
        "--volumes-from",
        "owner:ro",
        "busybox",
        "touch",
        "/shared/z",
    ]);
    assert!(o.stderr.contains("Read-only file system"), "{}", o.stderr);
    env.skiff(["run", "--rm", "--volumes-from", "nosuch", "busybox", "true"])
        .fails_with(125);
}

fn tmpfs_mounts_have_their_size(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let script = "grep ' /t ' /proc/mounts; dd if=/dev/zero of=/t/big bs=1024 count=3000 2>&1";
    let o = env.skiff([
        "run",
        "--rm",
        "--tmpfs",
        "/t:size=2m,mode=1770",
        "busybox",
        "sh",
        "-c",
        script,
    ]);
    assert!(
        // podman's defaults: nosuid, nodev (no noexec).
        o.stdout
            .contains("tmpfs /t tmpfs rw,nosuid,nodev,relatime,size=2048k"),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("size=2048k"), "{}", o.stdout);
    assert!(o.stdout.contains("mode=1770"), "{}", o.stdout);
    assert!(o.stdout.contains("No space left on device"), "{}", o.stdout);
    let m = out(
        env,
        &[
            "run",
            "--rm",
            "--mount",
            "type=tmpfs,dst=/m,tmpfs-size=1048576,tmpfs-mode=700",
            "busybox",
            "grep",
            " /m ",
            "/proc/mounts",
        ],
    );
    assert!(m.contains("size=1024k") && m.contains("mode=700"), "{m}");
    // The local driver's options, as docker's.
    env.skiff([
        "volume",
        "create",
        "--opt",
        "type=tmpfs",
        "--opt",
        "device=tmpfs",
        "--opt",
        "o=size=1m",
        "tv",
    ])
    .ok();
    let m = out(
        env,
        &[
            "run",
            "--rm",
            "-v",
            "tv:/tv",
            "busybox",
            "grep",
            " /tv ",
            "/proc/mounts",
        ],
    );
    assert!(
        m.starts_with("tmpfs /tv tmpfs") && m.contains("size=1024k"),
        "{m}"
    );
    let host = mkdir(env, "bound");
    let dev = format!("device={}", host.display());
    env.skiff([
        "volume",
        "create",
        "--opt",
        "type=none",
        "--opt",
        "o=bind",
        "--opt",
        &dev,
        "bv",
    ])
    .ok();
    env.skiff([
        "run",
        "--rm",
        "-v",
        "bv:/bv",
        "busybox",
        "sh",
        "-c",
        "echo via-volume > /bv/f",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(host.join("f")).unwrap(),
        "via-volume\n"
    );
}

fn cp_round_trips(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let src = mkdir(env, "src/sub");
    let src = src.parent().unwrap().to_path_buf();
    env.write_file("src/file", b"content");
    std::fs::set_permissions(src.join("file"), std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("file", src.join("link")).unwrap();
    give(env, "src/link");
    env.write_file("src/sub/deep", b"deep");
    // An old mtime, to see it kept.
    let t = std::process::Command::new("touch")
        .args(["-h", "-d", "2020-02-02 12:00:00"])
        .arg(src.join("file"))
        .arg(src.join("link"))
        .status()
        .unwrap();
    assert!(t.success());
    let mtime = std::fs::metadata(src.join("file")).unwrap().mtime();

    for running in [true, false] {
        let c = if running {
            detached(env, &["busybox", "sleep", "300"])
        } else {
            out(env, &["create", "busybox"]).trim().to_string()
        };
        let tag = if running { "running" } else { "stopped" };
        env.skiff(["cp", "src", &format!("{c}:/tmp/in")]).ok();
        // Inside: root's (no -a), mode and mtime kept, the link a link.
        if running {
            let st = out(
                env,
                &["exec", &c, "stat", "-c", "%a %u %g %Y", "/tmp/in/file"],
            );
            assert_eq!(st, format!("640 0 0 {mtime}\n"));
            assert_eq!(
                out(env, &["exec", &c, "readlink", "/tmp/in/link"]),
                "file\n"
            );
        }
        // And back out: the same tree.
        let back = format!("back-{tag}");
        env.skiff(["cp", &format!("{c}:/tmp/in"), &back]).ok();
        let b = env.path(&back);
        assert_eq!(std::fs::read(b.join("file")).unwrap(), b"content");
        assert_eq!(std::fs::read(b.join("sub/deep")).unwrap(), b"deep");
        let m = std::fs::metadata(b.join("file")).unwrap();
        assert_eq!(m.mode() & 0o7777, 0o640, "{tag}");
        assert_eq!(m.mtime(), mtime, "{tag}");
        assert_eq!(
            m.uid(),
            host_user(env).0,
            "{tag}: without -a, the invoking user's"
        );
        assert_eq!(
            std::fs::read_link(b.join("link")).unwrap(),
            Path::new("file")
        );
        env.skiff(["rm", "-f", &c]).ok();
    }

    // podman's owners. Out of a container: the invoking user, with or
    // without -a.
    let c = detached(env, &["busybox", "sleep", "300"]);
    env.skiff([
        "exec",
        &c,
        "sh",
        "-c",
        "echo x > /owned && chown 1000:1000 /owned",
    ])
    .ok();
    env.skiff(["cp", "-a", &format!("{c}:/owned"), "owned-a"])
        .ok();
    env.skiff(["cp", &format!("{c}:/owned"), "owned-plain"])
        .ok();
    for f in ["owned-a", "owned-plain"] {
        assert_eq!(
            std::fs::metadata(env.path(f)).unwrap().uid(),
            host_user(env).0,
            "{f}"
        );
    }
    // Into a container: its primary user (`--archive`, on by default)...
    let u = detached(env, &["--user", "1000:1000", "busybox", "sleep", "300"]);
    env.skiff(["cp", "src/file", &format!("{u}:/tmp/fromhost")])
        .ok();
    let ls = out(env, &["exec", &u, "ls", "-ln", "/tmp/fromhost"]);
    assert!(ls.contains(" 1000     1000 "), "{ls}");
    // ...or the source's owners with --archive=false (the invoking user
    // is the container's root in rootless mode).
    env.skiff([
        "cp",
        "--archive=false",
        "src/file",
        &format!("{u}:/tmp/kept"),
    ])
    .ok();
    let ls = out(env, &["exec", &u, "ls", "-ln", "/tmp/kept"]);
    assert!(ls.contains(" 0        0 "), "{ls}");
    // A symlink at the source is followed (podman; -L is accepted).
    env.skiff(["cp", "-L", "src/link", &format!("{c}:/followed")])
        .ok();
    assert_eq!(out(env, &["exec", &c, "cat", "/followed"]), "content");
    env.skiff(["cp", "src/link", &format!("{c}:/also-followed")])
        .ok();
    assert_eq!(out(env, &["exec", &c, "cat", "/also-followed"]), "content");
}

fn cp_path_rules_and_streams(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let c = detached(env, &["busybox", "sleep", "300"]);
    let at = |p: &str| format!("{c}:{p}");
    mkdir(env, "d");
    env.write_file("d/a", b"A");
    env.write_file("f", b"F");
    // A file to a new name, into a directory, over a file.
    env.skiff(["cp", "f", &at("/tmp/newname")]).ok();
    env.skiff(["cp", "f", &at("/tmp")]).ok();
    env.skiff(["exec", &c, "sh", "-c", "echo old > /tmp/over"])
        .ok();
    env.skiff(["cp", "f", &at("/tmp/over")]).ok();
    assert_eq!(
        out(
            env,
            &["exec", &c, "cat", "/tmp/newname", "/tmp/f", "/tmp/over"]
        ),
        "FFF"
    );
    // To a directory that does not exist (trailing /): an error.
    env.skiff(["cp", "f", &at("/nodir/")]).fails_with(125);
    // A directory: into an existing one, to a new name, its contents (/.).
    env.skiff(["cp", "d", &at("/tmp")]).ok();
    env.skiff(["cp", "d", &at("/tmp/renamed")]).ok();
    env.skiff(["exec", &c, "mkdir", "/tmp/contents"]).ok();
    env.skiff(["cp", "d/.", &at("/tmp/contents")]).ok();
    assert_eq!(
        out(
            env,
            &[
                "exec",
                &c,
                "cat",
                "/tmp/d/a",
                "/tmp/renamed/a",
                "/tmp/contents/a"
            ]
        ),
        "AAA"
    );
    // A directory onto a file: an error. A missing source: an error.
    env.skiff(["cp", "d", &at("/tmp/f")]).fails_with(125);
    let o = env.skiff(["cp", &at("/nonexistent"), "x"]);
    o.fails_with(125);
    assert!(o.stderr.contains("could not be found"), "{}", o.stderr);
    env.skiff(["cp", "f", "nosuchctr:/tmp"]).fails_with(125);
    // Out: the same rules.
    mkdir(env, "outdir");
    env.skiff(["cp", &at("/tmp/d"), "outdir"]).ok();
    assert_eq!(std::fs::read(env.path("outdir/d/a")).unwrap(), b"A");
    env.skiff(["cp", &at("/tmp/d/."), "flat"]).ok();
    assert_eq!(std::fs::read(env.path("flat/a")).unwrap(), b"A");
    // Tar streams: stdin into a directory, a directory to stdout.
    let tarball = tar_of_files(&[("streamed".to_string(), b"S".to_vec())]);
    env.cmd(["cp", "-", &at("/tmp")]).stdin(tarball).run().ok();
    assert_eq!(out(env, &["exec", &c, "cat", "/tmp/streamed"]), "S");
    env.cmd(["cp", "-", &at("/tmp/f")])
        .stdin(Vec::new())
        .run()
        .fails_with(125);
    let o = env.cmd(["cp", &at("/tmp/d"), "-"]).inner.output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(tar_names(&o.stdout), ["d/", "d/a"]);
    // `container cp` is the same command.
    env.skiff(["container", "cp", &at("/tmp/f"), "again"]).ok();
    assert_eq!(std::fs::read(env.path("again")).unwrap(), b"F");
}

fn nothing_escapes_the_container_root(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let marker = format!("skiff-escape-{}", random_suffix());
    let setup = format!(
        "echo container-secret > /etc/shadow; ln -s /etc/shadow /evil; ln -s ../../.. /up; \
         ln -s ../../../../../tmp /uptmp; mkdir -p /real/tmp; ln -s /real /realroot; echo {marker}"
    );
    for running in [true, false] {
        let c = if running {
            let c = detached(env, &["busybox", "sleep", "300"]);
            env.skiff(["exec", &c, "sh", "-c", &setup]).ok();
            c
        } else {
            let c = out(
                env,
                &["create", "--name", "stopped", "busybox", "sh", "-c", &setup],
            )
            .trim()
            .to_string();
            env.skiff(["start", "-a", &c]).ok();
            c
        };
        let at = |p: &str| format!("{c}:{p}");
        let tag = if running { "running" } else { "stopped" };
        // Reading through symlinks and `..` gives the container's file.
        for src in [
            "/evil",
            "/up/etc/shadow",
            "/../../../etc/shadow",
            "/up/up/evil",
        ] {
            let dest = format!("got-{tag}-{}", random_suffix());
            env.skiff(["cp", "-L", &at(src), &dest]).ok();
            assert_eq!(
                std::fs::read_to_string(env.path(&dest)).unwrap(),
                "container-secret\n",
                "{tag} {src}"
            );
        }
        // Without -L too (podman follows a symlink at the source): the
        // container's file, never the host's.
        let dest = format!("link-{tag}");
        env.skiff(["cp", &at("/evil"), &dest]).ok();
        assert_eq!(
            std::fs::read_to_string(env.path(&dest)).unwrap(),
            "container-secret\n"
        );
        // Writing through a symlink that points "up and out" lands in the
        // container's /tmp, never the host's.
        let name = format!("{marker}-{tag}");
        env.write_file(&name, b"payload");
        env.skiff(["cp", &name, &at("/uptmp/")]).ok();
        env.skiff(["cp", &name, &at("/up/up/tmp/")]).ok();
        assert!(
            !Path::new("/tmp").join(&name).exists(),
            "{tag}: written to the host's /tmp"
        );
        let back = format!("back-{tag}");
        env.skiff(["cp", &at(&format!("/tmp/{name}")), &back]).ok();
        assert_eq!(std::fs::read(env.path(&back)).unwrap(), b"payload");
        // An absolute symlink as the destination directory resolves in
        // the container too.
        env.skiff(["cp", &name, &at("/realroot/tmp/")]).ok();
        let back = format!("back2-{tag}");
        env.skiff(["cp", &at(&format!("/real/tmp/{name}")), &back])
            .ok();
        env.skiff(["rm", "-f", &c]).ok();
    }
    // commit archives the symlinks as symlinks, and the container's file.
    let c = detached(env, &["busybox", "sleep", "300"]);
    env.skiff(["exec", &c, "sh", "-c", &setup]).ok();
    env.skiff(["commit", "-q", &c, "escaped"]).ok();
    let o = out(
        env,
        &[
            "run",
            "--rm",
            "escaped",
            "sh",
            "-c",
            "readlink /evil; readlink /up; cat /etc/shadow",
        ],
    );
    assert_eq!(o, "/etc/shadow\n../../..\ncontainer-secret\n");
}

fn diff_lists_changes(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let c = detached(env, &["busybox", "sleep", "300"]);
    assert_eq!(
        out(env, &["diff", &c]),
        "",
        "a fresh container has no changes"
    );
    env.skiff([
        "exec",
        &c,
        "sh",
        "-c",
        "echo x > /new; rm /etc/group; echo more >> /etc/passwd; mkdir -p /a/b; rm -r /home",
    ])
    .ok();
    assert_eq!(
        out(env, &["diff", &c]),
        "A /a\nA /a/b\nC /etc\nD /etc/group\nC /etc/passwd\nD /home\nA /new\n"
    );
    let j = env.skiff(["diff", "--format", "json", &c]).ok().json();
    assert_eq!(j["added"], serde_json::json!(["/a", "/a/b", "/new"]));
    assert_eq!(j["deleted"], serde_json::json!(["/etc/group", "/home"]));
    assert_eq!(j["changed"], serde_json::json!(["/etc", "/etc/passwd"]));
    // Stopped: the same.
    env.skiff(["stop", "-t", "0", &c]).ok();
    assert_eq!(out(env, &["container", "diff", &c]).lines().count(), 7);
    env.skiff(["diff", "nosuch"]).fails_with(125);
}

fn commit_makes_a_runnable_image(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let c = detached(env, &["-e", "MINE=1", "busybox", "sleep", "300"]);
    env.skiff([
        "exec",
        &c,
        "sh",
        "-c",
        "rm /etc/group; mkdir /added; echo new > /added/file",
    ])
    .ok();
    let id = out(
        env,
        &[
            "commit",
            "-m",
            "a message",
            "-a",
            "Some One",
            "-c",
            "CMD [\"cat\", \"/added/file\"]",
            "-c",
            "ENV EXTRA=2",
            &c,
            "committed:v1",
        ],
    );
    let id = id.trim();
    assert_eq!(id.len(), 64, "{id}");
    assert_eq!(out(env, &["run", "--rm", "committed:v1"]), "new\n");
    let o = env.skiff(["run", "--rm", "committed:v1", "ls", "/etc/group"]);
    assert_eq!(o.code, 1, "the deleted file is gone: {o:?}");
    assert_eq!(
        out(
            env,
            &[
                "run",
                "--rm",
                "committed:v1",
                "sh",
                "-c",
                "echo $MINE$EXTRA; ls /etc/hostname /dev/null"
            ]
        ),
        "12\n/dev/null\n/etc/hostname\n"
    );
    let j = env.skiff(["image", "inspect", "committed:v1"]).ok().json();
    assert_eq!(j[0]["Author"], "Some One");
    assert_eq!(j[0]["Comment"], "a message");
    assert_eq!(j[0]["RootFS"]["Layers"].as_array().unwrap().len(), 2);
    let hist = out(
        env,
        &["history", "--format", "{{.Comment}}", "committed:v1"],
    );
    assert_eq!(hist.lines().next(), Some("a message"));
    // The new layer holds only the changes (and an OCI whiteout).
    let saved = env.path("img.tar");
    env.skiff(["save", "-o", saved.to_str().unwrap(), "committed:v1"])
        .ok();
    // A container of the committed image commits again, squashed.
    let c2 = out(env, &["create", "committed:v1"]).trim().to_string();
    env.skiff(["commit", "-q", "--squash", &c2, "squashed"])
        .ok();
    let j = env.skiff(["image", "inspect", "squashed"]).ok().json();
    assert_eq!(j[0]["RootFS"]["Layers"].as_array().unwrap().len(), 1);
    assert_eq!(out(env, &["run", "--rm", "squashed"]), "new\n");
    assert_eq!(
        env.skiff(["run", "--rm", "squashed", "ls", "/etc/group"])
            .code,
        1
    );
    // --pause=false, and a stopped container.
    env.skiff(["commit", "-q", "--pause=false", &c]).ok();
    env.skiff(["stop", "-t", "0", &c]).ok();
    env.skiff(["commit", "-q", &c, "fromstopped"]).ok();
    assert_eq!(
        out(env, &["run", "--rm", "fromstopped", "cat", "/added/file"]),
        "new\n"
    );
    env.skiff(["commit", "nosuch", "x"]).fails_with(125);
    env.skiff(["commit", "-c", "BOGUS x", &c, "x"])
        .fails_with(125);
}

fn export_reimports_to_the_same_listing(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let c = detached(env, &["-v", "exvol:/vol", "busybox", "sleep", "300"]);
    env.skiff([
        "exec",
        &c,
        "sh",
        "-c",
        "echo v > /vol/in-volume; mkdir /made; echo m > /made/f; rm /etc/group",
    ])
    .ok();
    let tarfile = env.path("c.tar");
    env.skiff(["export", "-o", tarfile.to_str().unwrap(), &c])
        .ok();
    let first = tar_names(&std::fs::read(&tarfile).unwrap());
    assert!(first.contains(&"made/f".to_string()), "{first:?}");
    assert!(!first.contains(&"etc/group".to_string()));
    assert!(
        !first.iter().any(|n| n.contains("in-volume")),
        "volumes are not exported"
    );
    let img = env
        .skiff(["import", tarfile.to_str().unwrap(), "reimported"])
        .ok()
        .stdout
        .clone();
    assert!(!img.is_empty());
    let c2 = out(env, &["create", "reimported", "true"])
        .trim()
        .to_string();
    let o = env.cmd(["export", &c2]).inner.output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(tar_names(&o.stdout), first);
    env.skiff(["container", "export", "nosuch"]).fails_with(125);
}

/// `mount`/`umount` of a stopped and of a running container. Rootless,
/// inside `skiff unshare` (as podman): the whole script runs in one
/// session, whose mount namespace holds the mounts.
fn mount_shows_the_root_to_the_host(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    env.skiff([
        "create",
        "--name",
        "stopped",
        "busybox",
        "sh",
        "-c",
        "cat /hostfile; echo from-ctr > /ctrfile",
    ])
    .ok();
    detached(
        env,
        &[
            "--name",
            "running",
            "busybox",
            "sh",
            "-c",
            "echo one > /a; while [ ! -f /b ]; do sleep 0.05; done; cat /b > /c; sleep 100",
        ],
    );
    if env.rootless() {
        // Not in the host's mount namespace: podman's error.
        let o = env.skiff(["mount", "stopped"]);
        o.fails_with(125);
        assert!(
            o.stderr.contains("must execute `skiff unshare` first"),
            "{}",
            o.stderr
        );
    } else {
        env.skiff(["unshare", "true"]).fails_with(125);
    }
    let script = r#"
set -e
S="$SKIFF"
P=$($S mount stopped)
echo "path=$P"
test "$($S mount stopped)" = "$P"
echo from-host > "$P/hostfile"
$S start -a stopped
echo "ctrfile=$(cat "$P/ctrfile")"
echo "list=$($S mount --format '{{.ID}} {{.Names}}' | sort | tr '\n' ' ')"
$S umount stopped >/dev/null
test -f "$P/hostfile" && echo "after-one-umount=mounted"
$S umount stopped >/dev/null
test -f "$P/hostfile" || echo "after-two=unmounted"
R=$($S mount running)
i=0; while [ ! -f "$R/a" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
echo "a=$(cat "$R/a")"
echo two > "$R/b"
i=0; while [ ! -s "$R/c" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
echo "c=$(cat "$R/c")"
echo "exec=$($S exec running cat /c)"
$S stop -t 0 running >/dev/null
echo "after-stop=$(cat "$R/a")"
echo "json=$($S mount --format json | grep -c '"mountpoint"')"
$S rm running >/dev/null
echo "mounts-left=$(grep -c "$R" /proc/self/mountinfo || true)"
$S umount --all >/dev/null
echo "all=$($S mount | wc -l)"
"#;
    let o = if env.rootless() {
        env.cmd(["unshare", "sh", "-c", script])
    } else {
        env.program("sh", ["-c", script])
            .env("SKIFF_ROOT", &env.root)
            .env("SKIFF_RUNROOT", &env.runroot)
    }
    .env("SKIFF", binary(env.rootless()))
    .run();
    o.ok();
    let lines = o.lines();
    let id = out(env, &["inspect", "-f", "{{.Id}}", "stopped"]);
    let id = id.trim();
    let mp = format!("{}/containers/{id}/merged", env.runroot.display());
    let want = [
        format!("path={mp}"),
        "from-host".to_string(),
        "ctrfile=from-ctr".to_string(),
        format!("list={} [stopped] ", &id[..12]),
        "after-one-umount=mounted".to_string(),
        "after-two=unmounted".to_string(),
        "a=one".to_string(),
        "c=two".to_string(),
        "exec=two".to_string(),
        "after-stop=one".to_string(),
        "json=1".to_string(),
        "mounts-left=0".to_string(),
        "all=0".to_string(),
    ];
    assert_eq!(
        lines,
        want.iter().map(String::as_str).collect::<Vec<_>>(),
        "{}",
        o.stderr
    );
    // Outside the session nothing stays mounted; the file written through
    // the mount is the container's.
    assert_eq!(out(env, &["mount"]), "");
    env.skiff(["start", "-a", "stopped"]).ok();
    assert_eq!(out(env, &["logs", "stopped"]), "from-host\nfrom-host\n");
}

/// A container mounted in another mount namespace (a `skiff unshare`
/// session; for root, a private namespace) cannot start here: that would
/// put a second overlay on its upper directory. Once that namespace is
/// gone, it can.
fn a_mount_in_another_namespace_blocks_start(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    env.skiff(["create", "--name", "held", "busybox", "true"])
        .ok();
    let ready = env.path("ready");
    let script = format!(
        "set -e; \"$SKIFF\" mount held >/dev/null; touch {}; exec sleep 60",
        ready.display()
    );
    let session = if env.rootless() {
        env.cmd(["unshare", "sh", "-c", &script])
    } else {
        env.program(
            "unshare",
            ["-m", "--propagation", "private", "sh", "-c", &script],
        )
        .env("SKIFF_ROOT", &env.root)
        .env("SKIFF_RUNROOT", &env.runroot)
    }
    .env("SKIFF", binary(env.rootless()));
    let mut child = session.spawn();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !ready.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let blocked = env.skiff(["start", "held"]);
    let rm = env.skiff(["rm", "held"]);
    let _ = child.kill();
    let _ = child.wait();
    assert!(ready.exists(), "the session never mounted the container");
    blocked.fails_with(125);
    assert!(
        blocked
            .stderr
            .contains("is mounted in another mount namespace"),
        "{}",
        blocked.stderr
    );
    rm.fails_with(125);
    // The session is gone, and its mount with it.
    env.skiff(["start", "-a", "held"]).ok();
    env.skiff(["rm", "held"]).ok();
}
