//! The vfs storage driver (`--storage-driver vfs`, `STORAGE_DRIVER=vfs`):
//! every container gets a full copy of its image, so nothing needs an
//! overlay mount. The same life cycle as with overlay — changes, diff,
//! commit, cp into a container that never ran, export, rm — compared with
//! podman's vfs driver where podman is installed.

mod common;

use common::Env;
use common::podman::{Podman, both, compare, sorted_norm, std_norm};

/// The store remembers its driver: vfs from the first command on, and a
/// later command asking for overlay is refused as podman refuses it.
fn vfs_store(env: &Env) -> Option<()> {
    env.set_var("STORAGE_DRIVER", "vfs");
    env.load_busybox()
}

/// A container's changes against the image: added, changed and deleted
/// entries (diff), kept by commit, visible in a container of the new
/// image; the container's own files are gone after rm.
fn changes_diff_commit(env: &Env) {
    if vfs_store(env).is_none() {
        return;
    }
    let script = "echo hi >/tmp/x; rm /etc/group; mkdir /newd; echo a >/newd/f; chown 5:5 /newd/f";
    env.skiff(["run", "--name", "c1", "busybox", "sh", "-c", script])
        .ok();
    let diff = env.skiff(["diff", "c1"]);
    assert_eq!(
        diff.ok().lines(),
        [
            "C /etc",
            "D /etc/group",
            "A /newd",
            "A /newd/f",
            "C /tmp",
            "A /tmp/x"
        ]
    );
    if !env.rootless() {
        // `mount` binds the copy (same file system: the mount is found by
        // its mount ID) and `umount` takes it away again.
        let mp = env.skiff(["mount", "c1"]);
        let mp = std::path::PathBuf::from(mp.ok().stdout.trim());
        std::fs::write(mp.join("tmp/y"), "y").unwrap();
        env.skiff(["umount", "c1"]).ok();
        let info = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
        assert!(
            !info.contains(mp.to_str().unwrap()),
            "still mounted: {info}"
        );
        assert!(env.skiff(["diff", "c1"]).ok().lines().contains(&"A /tmp/y"));
    }
    let insp = env.skiff([
        "inspect",
        "c1",
        "--format",
        "{{.Driver}} {{.GraphDriver.Name}}",
    ]);
    assert_eq!(insp.ok().stdout.trim(), "vfs vfs");
    env.skiff(["commit", "-q", "c1", "snap"]).ok();
    let out = env.skiff([
        "run",
        "--rm",
        "snap",
        "sh",
        "-c",
        "cat /tmp/x /newd/f; stat -c %u:%g /newd/f; test -e /etc/group || echo gone",
    ]);
    assert_eq!(out.ok().lines(), ["hi", "a", "5:5", "gone"]);
    // The committed layer holds the changes only: the new image's own
    // container has nothing to report.
    env.skiff(["create", "--name", "c2", "snap", "true"]).ok();
    assert_eq!(env.skiff(["diff", "c2"]).ok().stdout, "");
    let archive = env.path("c1.tar");
    env.skiff(["export", "-o", archive.to_str().unwrap(), "c1"])
        .ok();
    let mut names = String::new();
    for e in tar::Archive::new(std::fs::File::open(&archive).unwrap())
        .entries()
        .unwrap()
    {
        names.push_str(&e.unwrap().path().unwrap().to_string_lossy());
        names.push('\n');
    }
    assert!(names.lines().any(|l| l == "newd/f"), "export: {names}");
    assert!(!names.lines().any(|l| l == "etc/group"), "export: {names}");
    env.skiff(["rm", "c1", "c2"]).ok();
    let left: Vec<_> = std::fs::read_dir(env.root.join("containers"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "containers left: {left:?}");
    let other = env.skiff(["--storage-driver", "overlay", "ps"]);
    other.fails_with(125);
    assert!(
        other.stderr.starts_with(
            "Error: database storage graph driver \"vfs\" does not match our storage graph driver \"overlay\""
        ),
        "{}",
        other.stderr
    );
}

/// The same changes under podman's vfs driver: the diff lines agree.
fn diff_as_podman(env: &Env) {
    if vfs_store(env).is_none() {
        return;
    }
    let Some(pm) = Podman::new(env) else { return };
    let script = "echo hi >/tmp/x; rm /etc/group; mkdir /newd; echo a >/newd/f";
    both(
        env,
        &pm,
        &[&["run", "--name", "c1", "busybox", "sh", "-c", script]],
    );
    // podman lists in directory order, skiff sorted.
    compare(env, &pm, &["diff", "c1"], &sorted_norm);
    compare(
        env,
        &pm,
        &["inspect", "c1", "--format", "{{.Driver}}"],
        &std_norm,
    );
}

/// Bug 5 under vfs: `cp` into a container that never ran reaches its
/// volumes, nested ones included; the volumes were filled from the
/// container's copy of the image.
fn cp_into_created_volumes(env: &Env) {
    if vfs_store(env).is_none() {
        return;
    }
    let hf = env.write_file("hf", b"host file\n");
    env.skiff([
        "create",
        "--name",
        "cc",
        "-v",
        "v1:/etc",
        "-v",
        "v2:/etc/sub",
        "busybox",
        "cat",
        "/etc/sub/hf",
        "/etc/passwd",
    ])
    .ok();
    env.skiff(["cp", hf.to_str().unwrap(), "cc:/etc/sub"]).ok();
    let out = env.skiff(["start", "-a", "cc"]);
    let out = out.ok();
    assert!(out.stdout.starts_with("host file\nroot:"), "{}", out.stdout);
}

both_modes!(changes_diff_commit, diff_as_podman, cp_into_created_volumes);
