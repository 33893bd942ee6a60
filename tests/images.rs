//! Image store integration tests: load, save, import, tag, rmi, prune,
//! inspect, history, hostile archives, concurrency. Each runs rootful and
//! rootless.
#![allow(clippy::print_stderr)]

mod common;
use common::*;
use std::collections::BTreeSet;

both_modes!(
    load_save_roundtrip_keeps_ids,
    podman_archives_load_and_inspect_like_podman,
    hostile_archives_are_refused,
    concurrent_load_tag_rmi_leave_a_consistent_store,
    bad_input_is_one_error_line,
    import_applies_changes,
    tag_untag_prune,
    images_filters_and_formats,
);

fn ids_and_names(env: &Env, store: Option<&str>) -> BTreeSet<String> {
    let args = [
        "images",
        "--no-trunc",
        "--format",
        "{{.ID}} {{.Repository}}:{{.Tag}}",
    ];
    let out = match store {
        None => env.skiff(args),
        Some(s) => env.skiff_in(s, args),
    };
    out.ok();
    out.lines().into_iter().map(String::from).collect()
}

fn load_save_roundtrip_keeps_ids(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    env.skiff(["tag", "busybox", "extra/name:1"]).ok();
    let before = ids_and_names(env, None);
    assert_eq!(before.len(), 2, "{before:?}");
    assert!(
        before
            .iter()
            .any(|l| l.ends_with(" localhost/busybox:latest")),
        "{before:?}"
    );

    let archive = env.path("saved.tar");
    env.skiff([
        "save",
        "-o",
        archive.to_str().unwrap(),
        "busybox",
        "extra/name:1",
    ])
    .ok();
    env.skiff_in("second", ["load", "-i", archive.to_str().unwrap()])
        .ok();
    assert_eq!(ids_and_names(env, Some("second")), before);

    // Through stdout and stdin, and in OCI format.
    let out = env
        .cmd(["save", "--format", "oci-archive", "busybox"])
        .run();
    out.ok();
    let oci = env
        .cmd(["save", "--format", "oci-archive", "busybox"])
        .inner
        .output()
        .unwrap()
        .stdout;
    assert!(oci.len() > 1_000_000);
    let loaded = env.cmd(["--root", "x"]).run(); // flags after the store are parsed too
    assert_ne!(loaded.code, 0);
    let third = env.path("third");
    std::fs::create_dir_all(&third).unwrap();
    if let Some(u) = &env.user {
        chown(&third, u.uid, u.gid);
    }
    let l = Cmd::from(env.command_in("third", ["load"]))
        .stdin(oci)
        .run();
    l.ok();
    assert!(
        l.stdout.contains("Loaded image: localhost/busybox:latest"),
        "{}",
        l.stdout
    );
    let a = env.skiff([
        "image",
        "inspect",
        "--format",
        "{{.Id}} {{json .RootFS}} {{json .Config.Cmd}}",
        "busybox",
    ]);
    let b = env.skiff_in(
        "third",
        [
            "image",
            "inspect",
            "--format",
            "{{.Id}} {{json .RootFS}} {{json .Config.Cmd}}",
            "busybox",
        ],
    );
    assert_eq!(a.ok().stdout, b.ok().stdout);

    // The busybox file tree came through: owners as in the image.
    if !env.rootless() {
        let l = env.skiff([
            "image",
            "inspect",
            "--format",
            "{{.GraphDriver.Data.UpperDir}}",
            "busybox",
        ]);
        let upper = l.ok().stdout.trim().to_string();
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(format!("{upper}/home/user")).unwrap();
        assert_eq!((m.uid(), m.gid()), (1000, 1000));
        let m = std::fs::symlink_metadata(format!("{upper}/bin/sh")).unwrap();
        assert!(m.file_type().is_symlink());
    }
}

fn podman_archives_load_and_inspect_like_podman(env: &Env) {
    if std::process::Command::new("podman")
        .arg("--version")
        .output()
        .is_err()
    {
        skip(
            &env.name,
            "podman is not installed (apt-get install podman)",
        );
        return;
    }
    if !is_root() {
        skip(
            &env.name,
            "the podman side of this test runs podman as root",
        );
        return;
    }
    let Some(bb) = env.fixture("busybox.tar") else {
        return;
    };
    // podman, as root, with a private store: load our fixture and save it
    // in both of podman's archive formats.
    // podman refuses a runroot path longer than 50 characters.
    let pm = std::path::PathBuf::from(format!("/tmp/pm-{}-{}", std::process::id(), env.rootless()));
    let _cleanup = Cleanup(pm.clone());
    let podman = |args: &[&str]| {
        let out = std::process::Command::new("podman")
            .arg("--root")
            .arg(pm.join("root"))
            .arg("--runroot")
            .arg(pm.join("run"))
            .args(["--storage-driver", "vfs"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "podman {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    podman(&["load", "-i", bb.to_str().unwrap()]);
    let docker_archive = env.path("podman-docker.tar");
    let oci_archive = env.path("podman-oci.tar");
    podman(&["save", "-o", docker_archive.to_str().unwrap(), "busybox"]);
    podman(&[
        "save",
        "--format",
        "oci-archive",
        "-o",
        oci_archive.to_str().unwrap(),
        "busybox",
    ]);
    for p in [&docker_archive, &oci_archive] {
        set_mode(p, 0o644);
    }
    let theirs: serde_json::Value =
        serde_json::from_str(&podman(&["image", "inspect", "busybox"])).unwrap();
    let theirs = &theirs[0];

    let out = env.skiff(["load", "-i", docker_archive.to_str().unwrap()]);
    out.ok();
    let ours = env.skiff(["image", "inspect", "busybox"]).ok().json();
    let ours = &ours[0];
    // podman prints IDs without the algorithm; the rest compares as is.
    assert_eq!(ours["Id"], theirs["Id"]);
    for key in [
        "Created",
        "Architecture",
        "Os",
        "RootFS",
        "History",
        "Author",
        "Comment",
    ] {
        assert_eq!(ours[key], theirs[key], "{key} differs");
    }
    for key in ["Env", "Cmd", "Entrypoint", "WorkingDir", "User", "Labels"] {
        let t = theirs["Config"]
            .get(key)
            .cloned()
            .unwrap_or(serde_json::Value::Null);
        let o = ours["Config"]
            .get(key)
            .cloned()
            .unwrap_or(serde_json::Value::Null);
        let empty = |v: &serde_json::Value| v.is_null() || v == "";
        assert!(
            o == t || (empty(&o) && empty(&t)),
            "Config.{key}: ours {o} theirs {t}"
        );
    }
    // podman 4 names unqualified archive tags localhost/..., and its
    // archive records that name: we show the same.
    assert_eq!(ours["RepoTags"], theirs["RepoTags"]);
    assert_eq!(
        ours["RepoTags"],
        serde_json::json!(["localhost/busybox:latest"])
    );

    // podman's OCI archive has gzip layers and a converted config.
    let out = env.skiff_in("oci", ["load", "-i", oci_archive.to_str().unwrap()]);
    out.ok();
    let o = env
        .skiff_in("oci", ["image", "inspect", "busybox"])
        .ok()
        .json();
    assert_eq!(o[0]["RootFS"], theirs["RootFS"]);
    assert_eq!(o[0]["Config"]["Cmd"], theirs["Config"]["Cmd"]);
    assert!(
        o[0]["RepoTags"].as_array().unwrap().len() == 1,
        "{}",
        o[0]["RepoTags"]
    );
}

struct Cleanup(std::path::PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn hostile_archives_are_refused(env: &Env) {
    let marker = format!("skiff-escape-{}", std::process::id());
    let deep = "../".repeat(30);
    let escape_rel = format!("{deep}tmp/{marker}");
    let escape_abs = format!("/tmp/{marker}");
    let mut big_header = {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::GNULongName);
        h.set_size(16 << 20);
        h.as_old_mut().name[..13].copy_from_slice(b"././@LongLink");
        h.set_cksum();
        h.as_bytes().to_vec()
    };
    big_header.resize(big_header.len() + (16 << 20), b'x');
    big_header.extend_from_slice(&[0u8; 1024]);

    let layers: Vec<(&str, Vec<u8>)> = vec![
        ("dotdot", layer(&[file(&escape_rel, b"x")])),
        ("absolute", layer(&[file(&escape_abs, b"x")])),
        (
            "symlink then write",
            layer(&[
                symlink("tmpdir", "/tmp"),
                file(&format!("tmpdir/{marker}"), b"x"),
            ]),
        ),
        (
            "relative symlink then write",
            layer(&[
                symlink("up", &deep),
                file(&format!("up/tmp/{marker}"), b"x"),
            ]),
        ),
        (
            "hardlink out",
            layer(&[hardlink("pw", &format!("{deep}etc/passwd"))]),
        ),
        (
            "hardlink through symlink",
            layer(&[symlink("etc2", "/etc"), hardlink("pw", "etc2/passwd")]),
        ),
        ("huge header", big_header),
    ];
    let mut archives: Vec<(String, Vec<u8>)> = layers
        .into_iter()
        .map(|(what, l)| {
            (
                what.to_string(),
                docker_archive(&[l], Some("evil:latest"), "sh").0,
            )
        })
        .collect();

    // Attacks on the outer archive.
    let good = layer(&[file("ok", b"ok")]);
    let (valid, hex) = docker_archive(std::slice::from_ref(&good), Some("evil:latest"), "sh");
    let entries = |a: &[u8]| -> Vec<(String, Vec<u8>)> {
        let mut ar = tar::Archive::new(a);
        ar.entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let p = e.path().unwrap().to_string_lossy().into_owned();
                let mut d = Vec::new();
                std::io::Read::read_to_end(&mut e, &mut d).unwrap();
                (p, d)
            })
            .collect()
    };
    let mut tampered = entries(&valid);
    for (p, d) in &mut tampered {
        if p.ends_with(".json") && p.contains(&hex) {
            *d = String::from_utf8(d.clone())
                .unwrap()
                .replace("\"sh\"", "\"id\"")
                .into_bytes();
        }
    }
    archives.push(("tampered config".into(), tar_of_files(&tampered)));
    let mut wrong_layer = entries(&valid);
    for (p, d) in &mut wrong_layer {
        if p.ends_with("layer.tar") {
            *d = layer(&[file("ok", b"changed")]);
        }
    }
    archives.push((
        "layer not matching diff id".into(),
        tar_of_files(&wrong_layer),
    ));
    let mut escape_manifest = entries(&valid);
    for (p, d) in &mut escape_manifest {
        if p == "manifest.json" {
            *d = format!(r#"[{{"Config":"{deep}etc/passwd","RepoTags":["evil:1"],"Layers":[]}}]"#)
                .into_bytes();
        }
    }
    archives.push((
        "manifest pointing outside".into(),
        tar_of_files(&escape_manifest),
    ));
    archives.push(("truncated".into(), valid[..valid.len() / 2].to_vec()));
    archives.push(("garbage".into(), vec![0x5a; 10_000]));
    archives.push(("empty".into(), Vec::new()));
    archives.push((
        "json garbage".into(),
        tar_of_files(&[("manifest.json".into(), b"{not json".to_vec())]),
    ));

    for (what, data) in archives {
        let p = env.write_file(&format!("evil-{}.tar", what.replace(' ', "-")), &data);
        let out = env.skiff(["load", "-i", p.to_str().unwrap()]);
        out.fails_with(125);
        eprintln!("{what}: {}", out.stderr.trim());
    }
    assert!(
        !std::path::Path::new(&escape_abs).exists(),
        "a file escaped to {escape_abs}"
    );
    assert_eq!(env.skiff(["images", "-q"]).ok().stdout, "");
    // Nothing left in the store: no layers, no blobs, no temp files.
    for sub in ["layers", "blobs/sha256", "tmp"] {
        let d = env.root.join(sub);
        let left: Vec<_> = std::fs::read_dir(&d)
            .map(|r| r.flatten().map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "{sub} not empty: {left:?}");
    }
}

fn concurrent_load_tag_rmi_leave_a_consistent_store(env: &Env) {
    let Some(bb) = env.fixture("busybox.tar") else {
        return;
    };
    let tiny = docker_archive(
        &[layer(&[dir("etc"), file("etc/tiny", b"tiny")])],
        Some("tiny:1"),
        "sh",
    )
    .0;
    let tiny = env.write_file("tiny.tar", &tiny);
    let mut children = Vec::new();
    for i in 0..20 {
        let args: Vec<String> = match i % 5 {
            0 => vec!["load".into(), "-i".into(), bb.to_str().unwrap().into()],
            1 => vec!["load".into(), "-i".into(), tiny.to_str().unwrap().into()],
            2 => vec!["tag".into(), "busybox".into(), format!("copy{i}:latest")],
            3 => vec!["rmi".into(), "-f".into(), "busybox".into()],
            _ => vec!["rmi".into(), "tiny:1".into()],
        };
        let mut c = env.cmd(&args);
        c.inner
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        children.push((args, c.spawn()));
    }
    for (args, c) in children {
        let out = c.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked") && !stderr.contains("internal error"),
            "{args:?}: {stderr}"
        );
        let code = out.status.code().unwrap_or(-1);
        assert!(
            [0, 1, 2, 125].contains(&code),
            "{args:?} exited {code}: {stderr}"
        );
    }
    // Every listed image inspects, and every layer on disk belongs to one.
    let ids = env
        .skiff(["images", "-q", "--no-trunc"])
        .ok()
        .stdout
        .clone();
    let mut live_chains = BTreeSet::new();
    for id in ids.lines() {
        let i = env.skiff(["image", "inspect", id]).ok().json();
        let diff_ids: Vec<String> = i[0]["RootFS"]["Layers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let mut chain = String::new();
        for d in diff_ids {
            chain = if chain.is_empty() {
                d
            } else {
                format!("sha256:{}", sha256_hex(format!("{chain} {d}").as_bytes()))
            };
            live_chains.insert(chain.trim_start_matches("sha256:").to_string());
        }
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(env.root.join("layers"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(on_disk, live_chains, "orphaned or missing layers");
    let tmp: Vec<_> = std::fs::read_dir(env.root.join("tmp"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(tmp.is_empty(), "temp files left: {tmp:?}");
    let stray: Vec<_> = std::fs::read_dir(&env.root)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
        .map(|e| e.file_name())
        .collect();
    assert!(stray.is_empty(), "temp records left: {stray:?}");
}

fn bad_input_is_one_error_line(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let cases: Vec<Vec<&str>> = vec![
        vec!["tag", "busybox", "UPPER"],
        vec!["tag", "busybox", "a:b:c"],
        vec!["tag", "nope", "x"],
        vec!["image", "inspect", ""],
        vec!["image", "inspect", "no/such:image"],
        vec!["load", "-i", "/nonexistent/archive.tar"],
        vec!["save", "-o", "/nonexistent/dir/x.tar", "busybox"],
        vec!["save", "-o", "x.tar", "no-such-image"],
        vec!["save", "--format", "zip", "-o", "x.tar", "busybox"],
        vec!["images", "--filter", "bogus=1"],
        vec!["images", "--filter", "nokey"],
        vec!["images", "--format", "{{.Nope}}"],
        vec!["images", "--format", "{{.Unclosed"],
        vec!["images", "--bogus-flag"],
        vec!["history", "nothere"],
        vec!["import", "/nonexistent.tar"],
        vec!["import", "-c", "ADD x y", "/dev/null"],
        vec!["nosuchcommand"],
    ];
    for args in cases {
        env.skiff(&args).fails_with(125);
    }
    // podman: a bad log level is its own line (no `Error:`) and status 1.
    let o = env.skiff(["--log-level", "loud", "images"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(
        o.stderr.trim(),
        "Log Level \"loud\" is not supported, choose from: trace, debug, info, warn, warning, error, fatal, panic"
    );
    // podman's codes: rmi of a missing image is 1; exists is 1 with no output.
    env.skiff(["rmi", "nothere"]).fails_with(1);
    let e = env.skiff(["image", "exists", "nothere"]);
    assert_eq!((e.code, e.stderr.as_str()), (1, ""));
    env.skiff(["image", "exists", "busybox"]).ok();
    // Help is not an error.
    assert!(
        env.skiff(["images", "--help"])
            .ok()
            .stdout
            .contains("--filter")
    );
}

fn import_applies_changes(env: &Env) {
    let rootfs = layer(&[
        dir("bin"),
        file("bin/hello", b"#!/bin/sh\necho hi\n"),
        dir("srv"),
    ]);
    let p = env.write_file("rootfs.tar", &rootfs);
    let out = env.skiff([
        "import",
        "-c",
        "CMD [\"/bin/hello\"]",
        "-c",
        "ENV A=1 B=two",
        "-c",
        "WORKDIR /srv",
        "-c",
        "EXPOSE 8080",
        "-c",
        "LABEL team=core",
        "-m",
        "first import",
        p.to_str().unwrap(),
        "local/hello:v1",
    ]);
    let id = out.ok().stdout.trim().to_string();
    assert!(id.starts_with("sha256:") && id.len() == 71, "{id}");
    let i = env
        .skiff(["image", "inspect", "local/hello:v1"])
        .ok()
        .json();
    let c = &i[0]["Config"];
    assert_eq!(c["Cmd"], serde_json::json!(["/bin/hello"]));
    assert_eq!(c["Env"], serde_json::json!(["A=1", "B=two"]));
    assert_eq!(c["WorkingDir"], "/srv");
    assert_eq!(c["Labels"]["team"], "core");
    assert!(c["ExposedPorts"].get("8080/tcp").is_some());
    assert_eq!(i[0]["Comment"], "first import");
    // import prints `sha256:ID`; inspect's Id is the hex (podman).
    assert_eq!(i[0]["Id"], id.trim_start_matches("sha256:"));
    // The layer digest is the digest of the tarball we gave.
    assert_eq!(
        i[0]["RootFS"]["Layers"][0],
        format!("sha256:{}", sha256_hex(&rootfs))
    );
    let h = env.skiff(["history", "--format", "{{.Comment}}", "local/hello:v1"]);
    assert_eq!(h.ok().stdout.trim(), "first import");
    // Compressed input and stdin.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &rootfs).unwrap();
    let out = env
        .cmd(["import", "-", "gz:1"])
        .stdin(gz.finish().unwrap())
        .run();
    out.ok();
    let i2 = env.skiff([
        "image",
        "inspect",
        "--format",
        "{{index .RootFS.Layers 0}}",
        "gz:1",
    ]);
    assert_eq!(
        i2.ok().stdout.trim(),
        format!("sha256:{}", sha256_hex(&rootfs))
    );
}

fn tag_untag_prune(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    env.skiff(["tag", "busybox", "a:1", "localhost/b:2"]).ok();
    let names = ids_and_names(env, None);
    assert_eq!(names.len(), 3, "{names:?}");
    // rmi of one name only untags.
    let out = env.skiff(["rmi", "a:1"]);
    assert_eq!(out.ok().stdout, "Untagged: localhost/a:1\n");
    // By ID with several names: refused without -f.
    let id = env.skiff(["images", "-q"]).ok().stdout.trim().to_string();
    env.skiff(["rmi", &id]).fails_with(125);
    // Short names find localhost/ images, as podman.
    env.skiff(["image", "exists", "b:2"]).ok();
    env.skiff(["untag", "busybox"]).ok();
    let dangling = env.skiff([
        "images",
        "--filter",
        "dangling=true",
        "--format",
        "{{.Repository}}:{{.Tag}}",
    ]);
    assert_eq!(dangling.ok().stdout, "<none>:<none>\n");
    let out = env.skiff(["image", "prune", "-f"]);
    // podman prints the IDs it removed.
    assert!(
        out.ok().stdout.lines().any(|l| l.starts_with(&id)),
        "{}",
        out.stdout
    );
    assert_eq!(env.skiff(["images", "-q"]).ok().stdout, "");
    assert_eq!(
        std::fs::read_dir(env.root.join("layers")).unwrap().count(),
        0
    );
    // prune -a removes tagged images too.
    env.load_busybox();
    env.skiff(["image", "prune", "-a", "-f"]).ok();
    assert_eq!(env.skiff(["images", "-q"]).ok().stdout, "");
}

fn images_filters_and_formats(env: &Env) {
    let Some(()) = env.load_busybox() else { return };
    let l = layer(&[file("x", b"x")]);
    let (a, _) = docker_archive(&[l], Some("other/app:2"), "x");
    let p = env.write_file("other.tar", &a);
    env.skiff(["load", "-i", p.to_str().unwrap()]).ok();
    let out = env.skiff(["images"]);
    let lines = out.ok().lines();
    // podman's table: full names, its column layout.
    assert!(
        lines[0].starts_with("REPOSITORY           TAG         IMAGE ID      CREATED"),
        "{lines:?}"
    );
    // Newest first: other/app was created in 2024, busybox in 2023.
    assert!(lines[1].starts_with("localhost/other/app "), "{lines:?}");
    let f = |args: &[&str]| env.skiff(args).ok().stdout.clone();
    assert_eq!(
        f(&[
            "images",
            "--format",
            "{{.Repository}}",
            "--filter",
            "reference=busy*"
        ]),
        "localhost/busybox\n"
    );
    assert_eq!(
        f(&["images", "--format", "{{.Repository}}", "other/app"]),
        "localhost/other/app\n"
    );
    assert_eq!(
        f(&[
            "images",
            "--format",
            "{{.Repository}}",
            "--filter",
            "before=other/app:2"
        ]),
        "localhost/busybox\n"
    );
    assert_eq!(
        f(&[
            "images",
            "--format",
            "{{.Repository}}",
            "--filter",
            "since=busybox"
        ]),
        "localhost/other/app\n"
    );
    assert_eq!(f(&["images", "-q"]).lines().count(), 2);
    let table = f(&["images", "--format", "table {{.Repository}}\t{{.Tag}}"]);
    assert_eq!(
        table
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["REPOSITORY", "TAG"]
    );
    let json_line = f(&["images", "--format", "{{json .}}", "busybox"]);
    let v: serde_json::Value = serde_json::from_str(json_line.trim()).unwrap();
    assert_eq!(v["Repository"], "localhost/busybox");
    assert_eq!(v["Tag"], "latest");
    // podman's --format json: one summary per name, its field names.
    let j: serde_json::Value = serde_json::from_str(&f(&["images", "--format", "json"])).unwrap();
    let bb = j
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["Names"][0] == "localhost/busybox:latest")
        .expect("busybox in images --format json");
    assert_eq!(bb["RepoTags"], serde_json::Value::Null);
    assert_eq!(bb["Id"].as_str().unwrap().len(), 64);
    assert!(bb["Created"].is_i64() && bb["CreatedAt"].is_string());
    let n = f(&["images", "--noheading"]);
    assert!(!n.contains("REPOSITORY"));
    let hist = f(&["history", "busybox"]);
    assert!(
        hist.starts_with("ID            CREATED      CREATED BY"),
        "{hist}"
    );
    // podman's history JSON: one line, its mixed-case keys.
    let hj: serde_json::Value =
        serde_json::from_str(&f(&["history", "--format", "json", "busybox"])).unwrap();
    assert!(hj[0]["id"].is_string() && hj[0]["CreatedBy"].is_string() && hj[0]["size"].is_u64());
    assert!(f(&["info", "--format", "{{.Store.GraphRoot}}"]).trim() == env.root.to_str().unwrap());
    assert_eq!(
        f(&["info", "--format", "{{.Host.Security.Rootless}}"]).trim(),
        if env.rootless() { "true" } else { "false" }
    );
    assert!(f(&["version"]).contains("Version:"));
}
