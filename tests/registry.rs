//! Registry integration tests against Debian's `docker-registry` on
//! 127.0.0.1: push and pull, Basic and Bearer auth with login/logout,
//! credential helpers, manifest lists, tampered blobs, interrupted and
//! broken downloads, registries.conf, search, `run --pull`, and interop
//! with skopeo and podman. Each runs rootful and rootless.
#![allow(clippy::print_stderr)]

mod common;
use common::registry::{Auth, PASSWORD, Proxy, Registry, USER};
use common::*;
use std::process::Command;
use std::time::{Duration, Instant};

both_modes!(
    push_pull_round_trip,
    basic_auth_login_logout,
    bearer_token_flow,
    manifest_list_picks_the_platform,
    tampered_blobs_are_refused,
    interrupted_pull_leaves_nothing_and_rerun_reuses_layers,
    broken_connection_resumes_with_range,
    registries_conf_rewrites_mirrors_blocks_and_short_names,
    credential_helpers_store_get_erase,
    run_and_create_pull_missing_images,
    search_and_list_tags,
    skopeo_pushed_gzip_and_zstd_images_pull_and_run,
    podman_pulls_and_runs_what_skiff_pushed,
    tls_registries_and_cert_dirs,
    progress_bars_on_a_terminal,
    rmi_by_digest_keeps_the_other_names,
);

/// Deterministic incompressible bytes.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut v = Vec::with_capacity(len + 8);
    while v.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.extend_from_slice(&x.to_le_bytes());
    }
    v.truncate(len);
    v
}

/// The full image ID of `name`.
fn image_id(env: &Env, name: &str) -> String {
    let out = env.skiff(["image", "inspect", "--format", "{{.Id}}", name]);
    out.ok();
    out.stdout.trim().trim_start_matches("sha256:").to_string()
}

/// Load the busybox fixture and name it `name`.
fn busybox_as(env: &Env, name: &str) -> Option<()> {
    env.load_busybox()?;
    env.skiff(["tag", "busybox", name]).ok();
    Some(())
}

/// A registry, and the busybox fixture named `repo` on it (not pushed).
fn registry_with_busybox(env: &Env, auth: Auth, repo: &str) -> Option<(Registry, String)> {
    let reg = Registry::start(&env.name, auth)?;
    let name = reg.name(repo);
    busybox_as(env, &name)?;
    Some((reg, name))
}

fn push_pull_round_trip(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::None, "test/busybox:1") else {
        return;
    };
    let id = image_id(env, &name);

    // Loopback registries need no --tls-verify=false (docker's rule).
    let out = env.skiff(["push", &name]);
    out.ok();
    assert!(
        out.stdout.is_empty(),
        "push prints nothing on stdout: {}",
        out.stdout
    );
    assert!(out.stderr.contains("Writing manifest"), "{}", out.stderr);
    let (_, manifest) = reg.get_manifest("test/busybox", "1");
    let digest = format!("sha256:{}", sha256_hex(&manifest));

    // Pushing again sends nothing: the registry has every blob.
    let out = env.skiff(["push", &name]);
    out.ok();
    let blob_lines: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("Copying blob"))
        .collect();
    assert!(!blob_lines.is_empty(), "{}", out.stderr);
    assert!(
        blob_lines
            .iter()
            .all(|l| l.ends_with("skipped: already exists")),
        "{}",
        out.stderr
    );
    // Another repository on the same registry: mounted, not uploaded.
    let other = reg.name("other/bb:2");
    let out = env.skiff(["push", &name, &other]);
    out.ok();
    assert!(
        out.stderr.contains("mounted from test/busybox"),
        "{}",
        out.stderr
    );

    // Pull into an empty store: same ID, RepoDigests recorded, runs.
    env.skiff(["rmi", "-a", "-f"]).ok();
    let out = env.skiff(["pull", "-q", &name]);
    out.ok();
    assert_eq!(out.stdout.trim(), id, "pull -q prints only the image ID");
    assert!(out.stderr.is_empty(), "pull -q is quiet: {}", out.stderr);
    let insp = env.skiff(["image", "inspect", &name]);
    insp.ok();
    let j = &insp.json()[0];
    assert_eq!(j["RepoTags"][0], name);
    let want = format!("{}@{digest}", reg.name("test/busybox"));
    assert!(
        j["RepoDigests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| *d == want),
        "{want} in {}",
        j["RepoDigests"]
    );
    let out = env.skiff(["run", "--rm", &name, "echo", "pulled and ran"]);
    out.ok();
    assert_eq!(out.stdout.trim(), "pulled and ran");

    // A pulled image goes to another registry as it came (monolithic
    // uploads of the stored blobs): the same manifest bytes.
    let Some(reg2) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let digestfile = env.path("digest");
    env.skiff([
        "push",
        "--digestfile",
        digestfile.to_str().unwrap(),
        &name,
        &reg2.name("copy/busybox:1"),
    ])
    .ok();
    assert_eq!(reg2.get_manifest("copy/busybox", "1").1, manifest);
    assert_eq!(std::fs::read_to_string(&digestfile).unwrap(), digest);
    // --format converts; the image ID stays.
    let (ct, _) = reg2.get_manifest("copy/busybox", "1");
    assert_eq!(ct, "application/vnd.oci.image.manifest.v1+json");
    env.skiff(["push", "--format", "v2s2", &name, &reg2.name("copy/v2:1")])
        .ok();
    let (ct, m) = reg2.get_manifest("copy/v2", "1");
    assert_eq!(
        ct,
        "application/vnd.docker.distribution.manifest.v2+json",
        "{}",
        String::from_utf8_lossy(&m)
    );
    let out = env.skiff(["pull", "-q", &reg2.name("copy/v2:1")]);
    out.ok();
    assert_eq!(out.stdout.trim(), id);
    env.skiff(["push", "--format", "bogus", &name, &reg2.name("copy/x:1")])
        .fails(125);

    // Not a terminal: one line per blob and a summary.
    env.skiff(["rmi", "-a", "-f"]).ok();
    let out = env.skiff(["pull", &name]);
    out.ok();
    assert!(
        out.stderr.contains(&format!("Trying to pull {name}...")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .lines()
            .any(|l| l.starts_with("Copying blob sha256:") && l.ends_with(" done"))
    );
    assert!(
        out.stderr.lines().any(|l| l.starts_with("Pulled ")),
        "{}",
        out.stderr
    );

    // By digest: no tag, the digest recorded.
    env.skiff(["rmi", "-a", "-f"]).ok();
    let by_digest = format!("{}@{digest}", reg.name("test/busybox"));
    env.skiff(["pull", "-q", &by_digest]).ok();
    let out = env.skiff(["images", "--format", "{{.Repository}} {{.Tag}} {{.Digest}}"]);
    out.ok();
    assert_eq!(
        out.stdout.trim(),
        format!("{} <none> {digest}", reg.name("test/busybox"))
    );

    // Every tag.
    env.skiff(["pull", "-q", &name]).ok();
    env.skiff(["tag", &name, &reg.name("test/busybox:2")]).ok();
    env.skiff(["push", &reg.name("test/busybox:2")]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    let out = env.skiff(["pull", "-q", "--all-tags", &reg.name("test/busybox")]);
    out.ok();
    assert_eq!(out.lines(), vec![id.as_str(), id.as_str()]);
    let out = env.skiff(["images", "--format", "{{.Tag}}", &reg.name("test/busybox")]);
    let mut tags = out.lines();
    tags.sort_unstable();
    assert_eq!(tags, vec!["1", "2"]);

    // Errors: one line, 125.
    let out = env.skiff(["pull", &reg.name("test/nothere:1")]);
    out.fails(125);
    assert!(out.stderr.contains("manifest unknown"), "{}", out.stderr);
    env.skiff(["push", "nosuchimage"]).fails(125);
    env.skiff(["pull", "localhost/x"]).fails(125);
    env.skiff(["pull", "--platform", "bogus", &name]).fails(125);
}

fn basic_auth_login_logout(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::Basic, "private/busybox:1") else {
        return;
    };
    let authfile = env.path("auth.json");
    let af = authfile.to_str().unwrap();

    let out = env.skiff(["push", "--authfile", af, &name]);
    out.fails(125);
    assert!(out.stderr.contains("unauthorized"), "{}", out.stderr);
    // Not a terminal: podman's one line, no hint.
    assert!(!out.stderr.contains("hint:"), "{}", out.stderr);

    let out = env.skiff([
        "login",
        "--authfile",
        af,
        "-u",
        USER,
        "-p",
        "wrong",
        &reg.addr,
    ]);
    out.fails(125);
    assert!(
        out.stderr.contains("invalid username/password"),
        "{}",
        out.stderr
    );
    assert!(!authfile.exists(), "a failed login writes nothing");

    let out = env
        .cmd([
            "login",
            "--authfile",
            af,
            "-u",
            USER,
            "--password-stdin",
            &reg.addr,
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run();
    out.ok();
    assert_eq!(out.stdout.trim(), "Login Succeeded!");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&authfile).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "auth file is private");
    let text = std::fs::read_to_string(&authfile).unwrap();
    assert!(text.contains(&reg.addr), "{text}");
    assert!(
        !text.contains(PASSWORD),
        "the password is encoded, as docker does"
    );
    let out = env.skiff(["login", "--authfile", af, "--get-login", &reg.addr]);
    out.ok();
    assert_eq!(out.stdout.trim(), USER);
    // Logging in again with the stored credentials checks them.
    let out = env.skiff(["login", "--authfile", af, &reg.addr]);
    out.ok();
    assert!(out.stdout.contains("Already logged in"), "{}", out.stdout);

    env.skiff(["push", "--authfile", af, &name]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    // REGISTRY_AUTH_FILE is the same as --authfile.
    env.cmd(["pull", "-q", &name])
        .env("REGISTRY_AUTH_FILE", af)
        .run()
        .ok();

    let out = env.skiff(["logout", "--authfile", af, &reg.addr]);
    out.ok();
    assert_eq!(
        out.stdout.trim(),
        format!("Removed login credentials for {}", reg.addr)
    );
    env.skiff(["rmi", "-a", "-f"]).ok();
    env.skiff(["pull", "--authfile", af, &name]).fails(125);
    let out = env.skiff(["logout", "--authfile", af, &reg.addr]);
    out.fails(125);
    assert!(out.stderr.contains("not logged into"), "{}", out.stderr);

    // --creds, without any file.
    env.skiff([
        "pull",
        "-q",
        "--creds",
        &format!("{USER}:{PASSWORD}"),
        &name,
    ])
    .ok();
    // logout --all.
    env.cmd([
        "login",
        "--authfile",
        af,
        "-u",
        USER,
        "--password-stdin",
        &reg.addr,
    ])
    .stdin(PASSWORD)
    .run()
    .ok();
    let out = env.skiff(["logout", "--authfile", af, "--all"]);
    out.ok();
    assert_eq!(
        out.stdout.trim(),
        "Removed login credentials for all registries"
    );
    assert!(
        !std::fs::read_to_string(&authfile)
            .unwrap()
            .contains(&reg.addr)
    );
}

fn bearer_token_flow(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::Token, "tok/busybox:1") else {
        return;
    };
    let af = env.path("auth.json");
    let af = af.to_str().unwrap();
    // Anonymous tokens allow pulls only.
    let out = env.skiff(["push", "--authfile", af, &name]);
    out.fails(125);
    assert!(
        out.stderr.contains("unauthorized") || out.stderr.contains("denied"),
        "{}",
        out.stderr
    );
    env.skiff([
        "login",
        "--authfile",
        af,
        "-u",
        USER,
        "-p",
        "nope",
        &reg.addr,
    ])
    .fails(125);
    env.skiff([
        "login",
        "--authfile",
        af,
        "-u",
        USER,
        "-p",
        PASSWORD,
        &reg.addr,
    ])
    .ok();
    env.skiff(["push", "--authfile", af, &name]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    // An anonymous pull gets its own token.
    let empty = env.write_file("empty-auth.json", b"{}");
    env.skiff(["pull", "-q", "--authfile", empty.to_str().unwrap(), &name])
        .ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    env.skiff(["pull", "-q", "--authfile", af, &name]).ok();
    let out = env.skiff(["run", "--rm", &name, "echo", "token ok"]);
    out.ok();
    assert_eq!(out.stdout.trim(), "token ok");
}

fn manifest_list_picks_the_platform(env: &Env) {
    let Some(reg) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    // An OCI index of OCI manifests, and a docker manifest list of docker
    // schema 2 manifests.
    for (repo, docker) in [("multi", false), ("multi-docker", true)] {
        check_manifest_list(env, &reg, repo, docker);
        env.skiff(["rmi", "-a", "-f"]).ok();
    }
}

fn check_manifest_list(env: &Env, reg: &Registry, repo: &str, docker: bool) {
    let (list_type, manifest_type) = if docker {
        (
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.docker.distribution.manifest.v2+json",
        )
    } else {
        (
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.oci.image.manifest.v1+json",
        )
    };
    let mut ids = std::collections::HashMap::new();
    let mut descs = Vec::new();
    for (arch, variant) in [("amd64", None), ("arm64", Some("v8"))] {
        let l = layer(&[file("arch", arch.as_bytes())]);
        let (md, cd) = reg.put_image_as(repo, arch, &[l], arch, docker);
        let (_, m) = reg.get_manifest(repo, arch);
        let mut p = serde_json::json!({"os": "linux", "architecture": arch});
        if let Some(v) = variant {
            p["variant"] = v.into();
        }
        descs.push(serde_json::json!({
            "mediaType": manifest_type,
            "digest": md,
            "size": m.len(),
            "platform": p,
        }));
        ids.insert(arch, cd.trim_start_matches("sha256:").to_string());
    }
    let index = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": list_type,
        "manifests": descs,
    }))
    .unwrap();
    let index_digest = reg.put_manifest(repo, "latest", list_type, &index);
    let name = reg.name(repo);
    let host = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => {
            skip(
                &env.name,
                &format!("no test image for host architecture {other}"),
            );
            return;
        }
    };
    let other = if host == "amd64" { "arm64" } else { "amd64" };
    let out = env.skiff(["pull", "-q", &name]);
    out.ok();
    assert_eq!(
        out.stdout.trim(),
        ids[host],
        "the host's platform is chosen"
    );
    let insp = env.skiff(["image", "inspect", &name]);
    insp.ok();
    let j = &insp.json()[0];
    assert_eq!(j["Architecture"], host);
    let want = format!("{name}@{index_digest}");
    assert!(
        j["RepoDigests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| *d == want),
        "the index digest is a repo digest: {}",
        j["RepoDigests"]
    );
    let chain = insp.json()[0]["RootFS"]["Layers"][0]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string();
    let arch_file = env.root.join(format!("layers/{chain}/diff/arch"));
    assert_eq!(std::fs::read_to_string(arch_file).unwrap(), host);
    let out = env.skiff(["pull", "-q", "--platform", &format!("linux/{other}"), &name]);
    out.ok();
    assert_eq!(out.stdout.trim(), ids[other]);
    let out = env.skiff(["pull", "-q", "--arch", other, &name]);
    out.ok();
    assert_eq!(out.stdout.trim(), ids[other]);
    let out = env.skiff(["pull", "--platform", "linux/s390x", &name]);
    out.fails(125);
    assert!(
        out.stderr.contains("no image for platform linux/s390x"),
        "{}",
        out.stderr
    );
}

fn tampered_blobs_are_refused(env: &Env) {
    let Some(reg) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let content = noise(300_000, 7);
    let l = layer(&[file("data", &content)]);
    reg.put_image("tamper", "1", &[l], "amd64");
    let (_, m) = reg.get_manifest("tamper", "1");
    let m: serde_json::Value = serde_json::from_slice(&m).unwrap();
    let blob = m["layers"][0]["digest"].as_str().unwrap().to_string();
    let blob_file = reg.blob_file(&blob);
    let mut data = std::fs::read(&blob_file).unwrap();
    let mid = data.len() / 2;
    data[mid] ^= 0xff;
    std::fs::write(&blob_file, &data).unwrap();
    let out = env.skiff(["pull", &reg.name("tamper:1")]);
    out.fails(125);
    assert!(
        out.stderr.contains("does not match its digest"),
        "{}",
        out.stderr
    );
    let out = env.skiff(["images", "-q"]);
    out.ok();
    assert!(out.stdout.is_empty(), "no image record: {}", out.stdout);
    let layers = env.root.join("layers");
    let n = std::fs::read_dir(&layers).map_or(0, Iterator::count);
    assert_eq!(n, 0, "no layer was kept");

    // A tampered config.
    let l = layer(&[file("x", b"y")]);
    let (_, cfg) = reg.put_image("tamper2", "1", &[l], "amd64");
    let cfg_file = reg.blob_file(&cfg);
    let mut data = std::fs::read(&cfg_file).unwrap();
    data[0] = b' ';
    std::fs::write(&cfg_file, &data).unwrap();
    let out = env.skiff(["pull", &reg.name("tamper2:1")]);
    out.fails(125);
    assert!(out.stderr.contains("digest mismatch"), "{}", out.stderr);
}

fn interrupted_pull_leaves_nothing_and_rerun_reuses_layers(env: &Env) {
    let Some(reg) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let small = layer(&[file("small", &noise(1_500_000, 1))]);
    let big = layer(&[file("big", &noise(6_000_000, 2))]);
    let small_diff = sha256_hex(&small);
    reg.put_image("slow", "1", &[small.clone(), big], "amd64");
    // 1 MB/s per connection: the small layer lands after ~1.5 s, the big
    // one would take 6 s.
    let proxy = Proxy::start(&reg.addr, None, 1_000_000);
    let mut child = env.cmd(["pull", &proxy.name("slow:1")]).spawn();
    let committed = env.root.join(format!("layers/{small_diff}/layer.json"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while !(committed.exists() && proxy.bytes.load(std::sync::atomic::Ordering::SeqCst) > 2_500_000)
    {
        assert!(Instant::now() < deadline, "the first layer never landed");
        assert!(child.try_wait().unwrap().is_none(), "pull ended early");
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL in the middle of the big layer.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    let _ = child.wait();
    let out = env.skiff(["images", "-q", "-a"]);
    out.ok();
    assert!(out.stdout.is_empty(), "no image is visible: {}", out.stdout);
    for e in std::fs::read_dir(env.root.join("layers")).unwrap() {
        let p = e.unwrap().path();
        assert!(
            p.join("layer.json").exists(),
            "half a layer at {}",
            p.display()
        );
    }
    drop(proxy);
    // The rerun fetches only what is missing.
    let proxy = Proxy::start(&reg.addr, None, 0);
    let out = env.skiff(["pull", &proxy.name("slow:1")]);
    out.ok();
    let fetched = proxy.bytes.load(std::sync::atomic::Ordering::SeqCst);
    assert!(fetched < 7_000_000, "the rerun fetched {fetched} bytes");
    assert!(
        out.stderr.contains("skipped: already exists"),
        "{}",
        out.stderr
    );
    let insp = env.skiff([
        "image",
        "inspect",
        "--format",
        "{{json .RootFS.Layers}}",
        &proxy.name("slow:1"),
    ]);
    insp.ok();
    let layers: Vec<String> = serde_json::from_str(insp.stdout.trim()).unwrap();
    let big_chain = common::sha256_hex(format!("{} {}", layers[0], layers[1]).as_bytes());
    let big_file = env.root.join(format!("layers/{big_chain}/diff/big"));
    assert_eq!(std::fs::metadata(big_file).unwrap().len(), 6_000_000);
}

fn broken_connection_resumes_with_range(env: &Env) {
    let Some(reg) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let l = layer(&[file("data", &noise(4_000_000, 3))]);
    let (_, id) = reg.put_image("cut", "1", &[l], "amd64");
    let proxy = Proxy::start(&reg.addr, Some(1_000_000), 0);
    let out = env.skiff(["--log-level", "info", "pull", "-q", &proxy.name("cut:1")]);
    out.ok();
    assert_eq!(
        proxy.cuts.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the proxy cut once"
    );
    assert!(out.stderr.contains("resuming"), "{}", out.stderr);
    assert_eq!(out.stdout.trim(), id.trim_start_matches("sha256:"));
    let fetched = proxy.bytes.load(std::sync::atomic::Ordering::SeqCst);
    // ~4 MB in all: the second request asked for the rest only (Range).
    assert!(
        fetched < 4_500_000,
        "resumed rather than restarted: {fetched} bytes"
    );
}

fn registries_conf_rewrites_mirrors_blocks_and_short_names(env: &Env) {
    let Some(reg) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let Some(()) = busybox_as(env, &reg.name("test/busybox:1")) else {
        return;
    };
    env.skiff(["push", &reg.name("test/busybox:1")]).ok();
    env.skiff(["tag", "busybox", &reg.name("skiffshort:1")])
        .ok();
    env.skiff(["push", &reg.name("skiffshort:1")]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let write_conf = |mode: &str| {
        env.write_file(
            "registries.conf",
            format!(
                r#"unqualified-search-registries = ["{dead}", "{addr}"]
short-name-mode = "{mode}"

[[registry]]
prefix = "quay.io/skiff-test"
location = "{addr}/test"

[[registry]]
prefix = "mirrored.example/ns"
location = "{dead}/ns"
[[registry.mirror]]
location = "{addr}/test"

[[registry]]
location = "blocked.example"
blocked = true

[aliases]
"skiffalias" = "{addr}/test/busybox"
"#,
                addr = reg.addr
            )
            .as_bytes(),
        )
    };
    let conf = write_conf("permissive");
    let sk = |args: &[&str]| env.cmd(args).env("CONTAINERS_REGISTRIES_CONF", &conf).run();
    // prefix → location: the name stays what the user asked for.
    sk(&["pull", "-q", "quay.io/skiff-test/busybox:1"]).ok();
    let out = env.skiff(["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(out.stdout.trim(), "quay.io/skiff-test/busybox:1");
    // A mirror serves it; the dead location is never needed.
    sk(&["pull", "-q", "mirrored.example/ns/busybox:1"]).ok();
    // Blocked.
    let out = sk(&["pull", "blocked.example/x:1"]);
    out.fails(125);
    assert!(out.stderr.contains("blocked"), "{}", out.stderr);
    sk(&[
        "push",
        "quay.io/skiff-test/busybox:1",
        "blocked.example/x:1",
    ])
    .fails(125);
    // Aliases.
    sk(&["pull", "-q", "skiffalias:1"]).ok();
    let out = env.skiff(["image", "exists", &reg.name("test/busybox:1")]);
    assert_eq!(out.code, 0);
    // Short names: permissive without a terminal tries each registry.
    sk(&["pull", "-q", "skiffshort:1"]).ok();
    assert_eq!(
        env.skiff(["image", "exists", &reg.name("skiffshort:1")])
            .code,
        0
    );
    // Enforcing without a terminal refuses to guess.
    let conf2 = write_conf("enforcing");
    let out = env
        .cmd(["pull", "skiffshort:1"])
        .env("CONTAINERS_REGISTRIES_CONF", &conf2)
        .run();
    out.fails(125);
    assert!(
        out.stderr.contains("cannot prompt without a TTY"),
        "{}",
        out.stderr
    );
    // The user's own file replaces the system one; its drop-ins apply.
    let home = env.path("home");
    env.write_file(
        "home/.config/containers/registries.conf",
        format!("[aliases]\n\"homealias\" = \"{}/test/busybox\"\n", reg.addr).as_bytes(),
    );
    env.write_file(
        "home/.config/containers/registries.conf.d/50-more.conf",
        format!("[aliases]\n\"dropinalias\" = \"{}/skiffshort\"\n", reg.addr).as_bytes(),
    );
    env.skiff(["rmi", "-a", "-f"]).ok();
    for alias in ["homealias:1", "dropinalias:1"] {
        env.cmd(["pull", "-q", alias]).env("HOME", &home).run().ok();
    }
    assert_eq!(
        env.skiff(["image", "exists", &reg.name("test/busybox:1")])
            .code,
        0
    );
    assert_eq!(
        env.skiff(["image", "exists", &reg.name("skiffshort:1")])
            .code,
        0
    );
    // A broken file is one clear error.
    let bad = env.write_file("bad.conf", b"[[registry]]\nlocation = \"https://x\"\n");
    let out = env
        .cmd(["pull", "x/y"])
        .env("CONTAINERS_REGISTRIES_CONF", &bad)
        .run();
    out.fails(125);
    assert!(out.stderr.contains("bad.conf"), "{}", out.stderr);
}

fn credential_helpers_store_get_erase(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::Basic, "helper/busybox:1") else {
        return;
    };
    let bin = env.path("bin");
    let helper = env.write_file(
        "bin/docker-credential-skifftest",
        br#"#!/bin/sh
store="$(dirname "$0")/../helper-store.json"
log="$(dirname "$0")/../helper.log"
input=$(cat)
echo "$1 $input" >> "$log"
case "$1" in
get) if [ -f "$store" ]; then cat "$store"; else echo "credentials not found in native keychain"; exit 1; fi ;;
store) printf '%s' "$input" > "$store" ;;
erase) rm -f "$store" ;;
*) exit 1 ;;
esac
"#,
    );
    set_mode(&helper, 0o755);
    if let Some(u) = &env.user {
        chown(&bin, u.uid, u.gid);
    }
    let path = format!(
        "{}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        bin.display()
    );
    let af = env.write_file(
        "auth.json",
        format!(r#"{{"credHelpers": {{"{}": "skifftest"}}}}"#, reg.addr).as_bytes(),
    );
    let af = af.to_str().unwrap();
    let sk = |args: &[&str]| env.cmd(args).env("PATH", &path).run();
    sk(&[
        "login",
        "--authfile",
        af,
        "-u",
        USER,
        "-p",
        PASSWORD,
        &reg.addr,
    ])
    .ok();
    let stored = std::fs::read_to_string(env.path("helper-store.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(v["ServerURL"], reg.addr.as_str());
    assert_eq!(v["Username"], USER);
    assert_eq!(v["Secret"], PASSWORD);
    assert!(
        !std::fs::read_to_string(af).unwrap().contains("auths"),
        "the secret went to the helper, not the file"
    );
    sk(&["push", "--authfile", af, &name]).ok();
    let log = std::fs::read_to_string(env.path("helper.log")).unwrap();
    assert!(log.contains(&format!("get {}", reg.addr)), "{log}");
    sk(&["logout", "--authfile", af, &reg.addr]).ok();
    assert!(!env.path("helper-store.json").exists(), "erase removed it");

    // docker's config.json with credsStore, read when nothing else has
    // credentials.
    std::fs::write(env.path("helper-store.json"), stored).unwrap();
    let dc = env.path("docker");
    std::fs::create_dir_all(&dc).unwrap();
    env.write_file("docker/config.json", br#"{"credsStore": "skifftest"}"#);
    if let Some(u) = &env.user {
        chown(&dc, u.uid, u.gid);
        chown(&env.path("helper-store.json"), u.uid, u.gid);
    }
    env.skiff(["rmi", "-a", "-f"]).ok();
    let empty = env.write_file("none.json", b"");
    let _ = empty;
    env.cmd(["pull", "-q", &name])
        .env("PATH", &path)
        .env("DOCKER_CONFIG", &dc)
        .env("XDG_RUNTIME_DIR", env.path("xdg"))
        .env("XDG_CONFIG_HOME", env.path("xdg"))
        .run()
        .ok();
    // A missing helper is a clear error.
    let af2 = env.write_file("auth2.json", br#"{"credsStore": "nosuchhelper"}"#);
    let out = env.skiff(["pull", "--authfile", af2.to_str().unwrap(), &name]);
    out.fails(125);
    assert!(
        out.stderr.contains("docker-credential-nosuchhelper"),
        "{}",
        out.stderr
    );
}

fn run_and_create_pull_missing_images(env: &Env) {
    let Some((_reg, name)) = registry_with_busybox(env, Auth::None, "run/busybox:1") else {
        return;
    };
    env.skiff(["push", &name]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    let out = env.skiff(["run", "--rm", "--pull=never", &name, "true"]);
    out.fails(125);
    assert!(out.stderr.contains("image not known"), "{}", out.stderr);
    let out = env.skiff(["run", "--rm", &name, "echo", "pulled"]);
    out.ok();
    assert_eq!(out.stdout.trim(), "pulled");
    assert!(out.stderr.contains("Trying to pull"), "{}", out.stderr);
    // Present: no pull; --pull=always pulls anyway; newer only checks.
    let out = env.skiff(["run", "--rm", &name, "true"]);
    out.ok();
    assert!(!out.stderr.contains("Trying to pull"), "{}", out.stderr);
    let out = env.skiff(["run", "--rm", "--pull=always", &name, "true"]);
    out.ok();
    assert!(out.stderr.contains("Trying to pull"), "{}", out.stderr);
    let out = env.skiff(["run", "--rm", "--pull=newer", &name, "true"]);
    out.ok();
    assert!(
        !out.stderr.contains("Trying to pull"),
        "up to date: {}",
        out.stderr
    );
    env.skiff(["rmi", "-a", "-f"]).ok();
    let out = env.skiff(["create", "-q", "--name", "c1", &name]);
    out.ok();
    assert!(
        out.stderr.is_empty(),
        "-q hides pull output: {}",
        out.stderr
    );
    let out = env.skiff(["start", "-a", "c1"]);
    out.ok();
    env.skiff(["rm", "c1"]).ok();
    env.skiff(["run", "--pull=bogus", &name]).fails(125);
}

fn search_and_list_tags(env: &Env) {
    let Some(reg) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    for (repo, arch) in [
        ("search/alpha", "amd64"),
        ("search/beta", "amd64"),
        ("other/gamma", "amd64"),
    ] {
        reg.put_image(repo, "1", &[layer(&[file("x", repo.as_bytes())])], arch);
    }
    reg.put_image("search/alpha", "2", &[layer(&[file("x", b"2")])], "amd64");
    let out = env.skiff(["search", &format!("{}/search", reg.addr)]);
    out.ok();
    let lines = out.lines();
    assert!(
        lines[0].starts_with("NAME") && lines[0].contains("DESCRIPTION"),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&reg.name("search/alpha")))
    );
    let out = env.skiff([
        "search",
        "--limit",
        "1",
        "--format",
        "{{.Name}}",
        &format!("{}/search", reg.addr),
    ]);
    out.ok();
    assert_eq!(out.lines().len(), 1);
    let out = env.skiff(["search", "--format", "json", &format!("{}/gamma", reg.addr)]);
    out.ok();
    assert_eq!(out.json()[0]["Name"], reg.name("other/gamma"));
    let out = env.skiff(["search", "--list-tags", &reg.name("search/alpha")]);
    out.ok();
    assert_eq!(
        out.lines()[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "TAG"]
    );
    let mut tags: Vec<&str> = out.lines()[1..]
        .iter()
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    tags.sort_unstable();
    assert_eq!(tags, ["1", "2"]);
    env.skiff(["search", "--filter", "bogus=1", &format!("{}/x", reg.addr)])
        .fails(125);
    let out = env.skiff(["search", &format!("{}/nomatch", reg.addr)]);
    out.ok();
    assert!(out.stdout.is_empty());

    // A registry with a search API (as Docker Hub has).
    let api = common::registry::SearchServer::start();
    let out = env.skiff(["search", "--compatible", &format!("{}/alpine", api.addr)]);
    out.ok();
    let lines = out.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "DESCRIPTION", "STARS", "OFFICIAL", "AUTOMATED"]
    );
    assert!(
        lines[1].starts_with(&format!("{}/library/alpine", api.addr)),
        "{lines:?}"
    );
    assert!(
        lines[1].contains("A minimal Docker image based on Alpine Linux..."),
        "cut at 44: {lines:?}"
    );
    assert!(
        lines[1].contains("9000") && lines[1].contains("[OK]"),
        "{lines:?}"
    );
    assert!(
        lines[2].contains("tools on alpine"),
        "newlines folded: {lines:?}"
    );
    let out = env.skiff([
        "search",
        "--filter",
        "stars=10",
        "--filter",
        "is-official=false",
        "--format",
        "{{.Name}} {{.Stars}} {{.Automated}}",
        &format!("{}/alpine", api.addr),
    ]);
    out.ok();
    assert_eq!(
        out.stdout.trim(),
        format!("{}/someone/alpine-tools 12 [OK]", api.addr)
    );
    let out = env.skiff([
        "search",
        "--no-trunc",
        "--limit",
        "1",
        &format!("{}/alpine", api.addr),
    ]);
    out.ok();
    assert!(
        out.stdout.contains("with a complete package index"),
        "{}",
        out.stdout
    );
    assert_eq!(out.lines().len(), 2);
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

fn skopeo_pushed_gzip_and_zstd_images_pull_and_run(env: &Env) {
    if !have("skopeo") {
        skip(&env.name, "skopeo not installed (apt-get install skopeo)");
        return;
    }
    // Two registries: skopeo would otherwise mount the gzip blob it pushed
    // first instead of compressing with zstd.
    let Some(reg_gzip) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let Some(reg_zstd) = Registry::start(&env.name, Auth::None) else {
        return;
    };
    let Some(archive) = env.fixture("busybox.tar") else {
        return;
    };
    for (repo, extra) in [
        ("sk/gzip:1", vec![]),
        (
            "sk/zstd:1",
            vec![
                "--format",
                "oci",
                "--dest-compress",
                "--dest-compress-format",
                "zstd",
            ],
        ),
    ] {
        let st = Command::new("skopeo")
            .args(["copy", "-q", "--dest-tls-verify=false"])
            .args(&extra)
            .arg(format!("docker-archive:{}", archive.display()))
            .arg(format!(
                "docker://{}",
                if repo.contains("zstd") {
                    &reg_zstd
                } else {
                    &reg_gzip
                }
                .name(repo)
            ))
            .status()
            .unwrap();
        assert!(st.success(), "skopeo copy {repo}");
        let reg = if repo.contains("zstd") {
            &reg_zstd
        } else {
            &reg_gzip
        };
        let (_, m) = reg.get_manifest(repo.split(':').next().unwrap(), "1");
        let mv: serde_json::Value = serde_json::from_slice(&m).unwrap();
        let want_type = if repo.contains("zstd") {
            "tar+zstd"
        } else {
            "gzip"
        };
        assert!(
            mv["layers"][0]["mediaType"]
                .as_str()
                .unwrap()
                .ends_with(want_type),
            "{mv}"
        );
        let config = mv["config"]["digest"]
            .as_str()
            .unwrap()
            .trim_start_matches("sha256:")
            .to_string();
        let out = env.skiff(["pull", "-q", &reg.name(repo)]);
        out.ok();
        assert_eq!(
            out.stdout.trim(),
            config,
            "image IDs agree with skopeo's config digest"
        );
        let insp = env.skiff([
            "image",
            "inspect",
            "--format",
            "{{json .RepoDigests}}",
            &reg.name(repo),
        ]);
        insp.ok();
        let digest = format!("sha256:{}", sha256_hex(&m));
        assert!(
            insp.stdout.contains(&digest),
            "digests agree: {} vs {digest}",
            insp.stdout
        );
        let out = env.skiff(["run", "--rm", &reg.name(repo), "echo", repo]);
        out.ok();
        assert_eq!(out.stdout.trim(), repo);
    }
    // And skiff re-pushes a zstd image byte for byte.
    env.skiff([
        "push",
        &reg_zstd.name("sk/zstd:1"),
        &reg_zstd.name("sk/copy:1"),
    ])
    .ok();
    assert_eq!(
        reg_zstd.get_manifest("sk/copy", "1").1,
        reg_zstd.get_manifest("sk/zstd", "1").1
    );
}

fn podman_pulls_and_runs_what_skiff_pushed(env: &Env) {
    if !have("podman") {
        skip(&env.name, "podman not installed (apt-get install podman)");
        return;
    }
    if !is_root() {
        skip(&env.name, "the podman side runs as root");
        return;
    }
    let Some((reg, name)) = registry_with_busybox(env, Auth::None, "pm/busybox:1") else {
        return;
    };
    let id = image_id(env, &name);
    env.skiff(["push", &name]).ok();
    let zname = reg.name("pm/busybox:zstd");
    env.skiff(["push", "--compression-format", "zstd", &name, &zname])
        .ok();
    // podman wants a runroot path of at most 50 characters.
    let pm_dir = std::path::PathBuf::from(format!("/tmp/skiff-pm-{}", common::random_suffix()));
    let _ = std::fs::remove_dir_all(&pm_dir);
    let podman = |args: &[&str]| {
        // crun refuses this machine's hybrid cgroup layout; a private mount
        // namespace with an empty tmpfs over the cgroup2 mount hides it
        // (the machine's mounts are untouched). Not on a pure v2 host.
        let script = format!(
            "if [ -d /sys/fs/cgroup/unified ]; then mount -t tmpfs none /sys/fs/cgroup/unified || exit 1; fi; exec podman --root {d}/root --runroot {d}/run --storage-driver overlay \"$@\"",
            d = pm_dir.display()
        );
        Command::new("unshare")
            .args([
                "-m",
                "--propagation",
                "private",
                "sh",
                "-c",
                &script,
                "podman",
            ])
            .args(args)
            .output()
            .unwrap()
    };
    for n in [&name, &zname] {
        let out = podman(&["pull", "-q", "--tls-verify=false", n]);
        assert!(
            out.status.success(),
            "podman pull {n}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            id,
            "podman sees the same image ID"
        );
        let out = podman(&[
            "run",
            "--rm",
            "--network",
            "none",
            "--cgroups",
            "disabled",
            "--ulimit",
            "nofile=1024:1024",
            "--ulimit",
            "nproc=1024:1024",
            n,
            "echo",
            "podman ran it",
        ]);
        assert!(
            out.status.success(),
            "podman run {n}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "podman ran it");
    }
    let out = podman(&["image", "inspect", "--format", "{{.Digest}}", &name]);
    let (_, m) = reg.get_manifest("pm/busybox", "1");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("sha256:{}", sha256_hex(&m)),
        "podman records the digest skiff pushed"
    );
    let _ = podman(&["rmi", "-a", "-f"]);
    let _ = std::fs::remove_dir_all(&pm_dir);
}

fn tls_registries_and_cert_dirs(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::Tls, "tls/busybox:1") else {
        return;
    };
    // Loopback: TLS without verification by default (docker's rule).
    env.skiff(["push", &name]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    // Verification asked for: the test CA is unknown...
    let out = env.skiff(["pull", "--tls-verify=true", &name]);
    out.fails(125);
    assert!(
        out.stderr.to_lowercase().contains("certificate") || out.stderr.contains("UnknownIssuer"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("hint:"), "{}", out.stderr);
    // ...until --cert-dir names it.
    let certs = reg.dir.join("certs");
    let out = env.skiff([
        "pull",
        "-q",
        "--tls-verify=true",
        "--cert-dir",
        certs.to_str().unwrap(),
        &name,
    ]);
    out.ok();
    let out = env.skiff(["run", "--rm", &name, "echo", "over tls"]);
    out.ok();
    assert_eq!(out.stdout.trim(), "over tls");
    env.skiff(["pull", "-q", "--tls-verify=false", &name]).ok();
    env.skiff([
        "pull",
        "--cert-dir",
        "/nonexistent",
        "--tls-verify=true",
        &name,
    ])
    .fails(125);
}

fn progress_bars_on_a_terminal(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::None, "tty/busybox:1") else {
        return;
    };
    env.skiff(["push", &name]).ok();
    env.skiff(["rmi", "-a", "-f"]).ok();
    // script(1) gives skiff a terminal; the typescript holds what it drew.
    let typescript = env.path("typescript");
    let bin = if env.user.is_some() {
        common::binary(true)
    } else {
        common::binary(false)
    };
    let cmdline = format!(
        "{} --root {} --runroot {} pull {name}",
        bin.display(),
        env.root.display(),
        env.runroot.display()
    );
    let st = env
        .command("script")
        .env("TERM", "xterm")
        .args(["-qec", &cmdline])
        .arg(&typescript)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(st.success());
    let drawn = std::fs::read_to_string(&typescript).unwrap();
    assert!(drawn.contains("Downloading ["), "{drawn}");
    assert!(drawn.contains("Complete"), "{drawn}");
    assert!(drawn.contains(&image_id(env, &name)), "{drawn}");
    let _ = reg;
}

/// Bug 3: `rmi NAME@DIGEST` removes that reference only while the image
/// has other names, as podman does.
fn rmi_by_digest_keeps_the_other_names(env: &Env) {
    let Some((reg, name)) = registry_with_busybox(env, Auth::None, "dg/busybox:1") else {
        return;
    };
    env.skiff(["push", &name]).ok();
    let (_, m) = reg.get_manifest("dg/busybox", "1");
    let by_digest = format!("{}@sha256:{}", reg.name("dg/busybox"), sha256_hex(&m));
    env.skiff(["rmi", "-a", "-f"]).ok();
    let pm = common::podman::Podman::new(env);
    for args in [&["pull", "-q", &name][..], &["pull", "-q", &by_digest]] {
        env.skiff(args).ok();
        if let Some(pm) = &pm {
            let mut a = args.to_vec();
            a.insert(1, "--tls-verify=false");
            pm.run(a).ok();
        }
    }
    let out = env.skiff(["rmi", &by_digest]);
    assert_eq!(out.ok().stdout, format!("Untagged: {by_digest}\n"));
    env.skiff(["image", "exists", &name]).ok();
    let tags = env.skiff(["images", "--format", "{{.Repository}}:{{.Tag}}", &name]);
    assert_eq!(tags.ok().stdout, format!("{name}\n"));
    if let Some(pm) = &pm {
        let po = pm.run(["rmi", &by_digest]);
        assert_eq!(po.ok().stdout, out.stdout, "podman untags the same way");
    }
    // The last name goes with the image.
    let out = env.skiff(["rmi", &name]);
    assert!(out.ok().stdout.contains("Deleted: "), "{}", out.stdout);
}
