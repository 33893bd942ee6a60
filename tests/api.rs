//! `system service` with docker's own client (Debian's docker.io 20.10,
//! extracted, never installed: no dockerd runs here), rootful and
//! rootless, on a socket of the test's own: version negotiation, the
//! socket's mode, idle exit, `docker ps` and `docker images` against
//! skiff's own lists, and docker's errors for what is not served.

mod common;

use common::Env;
use std::io::{Read, Write};
use std::time::{Duration, Instant};

fn service_answers_docker(env: &Env) {
    let docker = match common::docker_cli() {
        Ok(d) => d,
        Err(why) => {
            common::skip(&env.name, &why);
            return;
        }
    };
    if env.load_busybox().is_none() {
        return;
    }
    assert_eq!(
        env.skiff([
            "run",
            "--name",
            "c1",
            "--network",
            "none",
            "busybox",
            "true"
        ])
        .code,
        0
    );
    assert_eq!(
        env.skiff([
            "create",
            "--name",
            "c2",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "echo hi"
        ])
        .code,
        0
    );
    let sock = env.dir.join("api.sock");
    let mut service = env
        .cmd([
            "system",
            "service",
            "--time",
            "2",
            &format!("unix://{}", sock.display()),
        ])
        .spawn();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !sock.exists() {
        assert!(Instant::now() < deadline, "no socket at {}", sock.display());
        std::thread::sleep(Duration::from_millis(20));
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&sock).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, if env.rootless() { 0o600 } else { 0o660 });
    let host = format!("unix://{}", sock.display());
    let run = |args: &[&str]| {
        let o = std::process::Command::new(&docker)
            .args(args)
            .env("DOCKER_HOST", &host)
            .env("HOME", &env.dir)
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    // Negotiated at 1.41, the server is skiff.
    let (code, out, err) = run(&[
        "version",
        "--format",
        "{{.Server.APIVersion}} {{.Server.Version}} {{.Client.APIVersion}}",
    ]);
    assert_eq!(code, 0, "{err}");
    let skiff_version = env.skiff(["version", "--format", "{{.Client.Version}}"]);
    assert_eq!(
        out.trim(),
        format!("1.41 {} 1.41", skiff_version.stdout.trim())
    );
    // The ping's headers, by hand.
    let mut s = std::os::unix::net::UnixStream::connect(&sock).unwrap();
    s.write_all(b"HEAD /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    for h in [
        "HTTP/1.1 200 OK\r\n",
        "Api-Version: 1.41\r\n",
        "Ostype: linux\r\n",
        "Builder-Version: 1\r\n",
    ] {
        assert!(reply.contains(h), "{h:?} in {reply}");
    }
    // A version newer than served: docker's 400 and message.
    let mut s = std::os::unix::net::UnixStream::connect(&sock).unwrap();
    s.write_all(b"GET /v1.99/version HTTP/1.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 400 ") && reply.contains("{\"message\":\"client version 1.99 is too new. Maximum supported API version is 1.41\"}"), "{reply}");
    // The same containers and images as skiff's, newest first.
    let ids = |o: &str| -> Vec<String> {
        o.lines()
            .map(|l| l.trim_start_matches("sha256:").to_string())
            .collect()
    };
    let (code, out, err) = run(&["ps", "-a", "-q", "--no-trunc"]);
    assert_eq!(code, 0, "{err}");
    let mut mine = ids(&env.skiff(["ps", "-a", "-q", "--no-trunc"]).stdout);
    mine.sort_by_key(|id| ids(&out).iter().position(|x| x == id));
    assert_eq!(ids(&out), mine);
    let (_, out, _) = run(&[
        "ps",
        "-a",
        "--format",
        "{{.Names}}|{{.Image}}|{{.Command}}|{{.Status}}",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("c2|localhost/busybox:latest|\"sh -c 'echo hi'\"|Created"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("c1|localhost/busybox:latest|\"true\"|Exited (0) "),
        "{out}"
    );
    let (_, out, _) = run(&[
        "ps",
        "-a",
        "--filter",
        "status=exited",
        "--format",
        "{{.Names}}",
    ]);
    assert_eq!(out, "c1\n");
    let (_, out, _) = run(&["ps", "--format", "{{.Names}}"]);
    assert_eq!(out, "");
    let (code, out, err) = run(&["images", "-q", "--no-trunc"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        ids(&out),
        ids(&env.skiff(["images", "-q", "--no-trunc"]).stdout)
    );
    let (_, out, _) = run(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(out, "localhost/busybox:latest\n");
    let (code, _, err) = run(&["ps", "--filter", "bogus=1"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("Error response from daemon: "), "{err}");
    // docker info: skiff's counts and store, no warnings of the CLI's own.
    let (code, out, err) = run(&[
        "info",
        "--format",
        "{{.Containers}} {{.ContainersStopped}} {{.Images}} {{.Driver}} {{.OSType}} {{.Swarm.LocalNodeState}} {{.DockerRootDir}}",
    ]);
    assert_eq!(code, 0, "{err}");
    let root = env.dir.join("root");
    assert_eq!(
        out.trim(),
        format!("2 2 1 overlay linux inactive {}", root.display())
    );
    let (code, out, err) = run(&["info"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(" Server Version: ") && !err.contains("WARNING"),
        "{out}\n{err}"
    );
    // Not served yet: docker's 404, as docker prints it.
    let (code, _, err) = run(&["volume", "ls"]);
    assert_eq!(
        (code, err.trim()),
        (1, "Error response from daemon: page not found")
    );
    // Idle: the service ends by itself and takes its socket.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = service.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        if Instant::now() > deadline {
            let _ = service.kill();
            let _ = service.wait();
            panic!("the service did not exit when idle");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!sock.exists(), "the socket stayed");
}

both_modes!(service_answers_docker);
