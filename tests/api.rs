//! `system service` with docker's own client (Debian's docker.io 20.10,
//! extracted, never installed: no dockerd runs here), rootful and
//! rootless, on a socket of the test's own: version negotiation, the
//! socket's mode, idle exit, `docker ps` and `docker images` against
//! skiff's own lists, and docker's errors for what is not served.

mod common;

use common::Env;
use common::podman::ids;
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
    // Served from the container's cgroup (zeros for a stopped one).
    let (code, out, err) = run(&["stats", "--no-stream", "--format", "{{.Name}}", "c1"]);
    assert_eq!((code, out.trim()), (0, "c1"), "{err}");
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

/// A service on a socket of the test's own, stopped (by pid) on drop.
struct Service {
    child: std::process::Child,
    host: String,
    home: std::path::PathBuf,
    docker: std::path::PathBuf,
}

impl Service {
    fn start(env: &Env) -> Option<Service> {
        let docker = match common::docker_cli() {
            Ok(d) => d,
            Err(why) => {
                common::skip(&env.name, &why);
                return None;
            }
        };
        let sock = env.dir.join("svc.sock");
        let child = env
            .cmd([
                "system",
                "service",
                "--time",
                "0",
                &format!("unix://{}", sock.display()),
            ])
            .spawn();
        let deadline = Instant::now() + Duration::from_secs(10);
        while !sock.exists() {
            assert!(Instant::now() < deadline, "no socket at {}", sock.display());
            std::thread::sleep(Duration::from_millis(20));
        }
        let home = env.dir.join("docker-home");
        std::fs::create_dir_all(&home).unwrap();
        Some(Service {
            child,
            host: format!("unix://{}", sock.display()),
            home,
            docker,
        })
    }

    /// The docker client against this service.
    fn docker(&self, args: &[&str]) -> common::Cmd {
        let mut c = std::process::Command::new(&self.docker);
        c.args(args)
            .env("DOCKER_HOST", &self.host)
            .env("HOME", &self.home)
            .env("DOCKER_BUILDKIT", "0");
        common::Cmd::from(c)
    }

    /// A docker command line for a shell (script(1) runs it under a pty).
    fn docker_line(&self, args: &str) -> String {
        format!(
            "DOCKER_HOST={} HOME={} {} {args}",
            self.host,
            self.home.display(),
            self.docker.display()
        )
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free TCP port on loopback (bound, then let go).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// GET `/path` from 127.0.0.1:port, retried while the server comes up.
fn http_get(port: u16, path: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
            let _ = s.write_all(format!("GET {path} HTTP/1.0\r\nHost: x\r\n\r\n").as_bytes());
            let mut reply = String::new();
            let _ = s.read_to_string(&mut reply);
            if reply.starts_with("HTTP/") {
                return reply;
            }
        }
        assert!(Instant::now() < deadline, "nothing answered on port {port}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// docker's own CLI runs containers through the service: foreground runs
/// with their output and exit codes, stdin, detached runs with a published
/// port, a bind mount and the environment, ps/inspect/logs against
/// skiff's own, exec (exit codes, stdin, a terminal), attach, logs -f, stop and rm.
fn docker_runs_containers(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let Some(svc) = Service::start(env) else {
        return;
    };
    let d = |args: &[&str]| svc.docker(args).run();
    // Foreground: both streams, the exit code, --rm.
    let out = d(&[
        "run",
        "--rm",
        "--network",
        "none",
        "busybox",
        "sh",
        "-c",
        "echo out; echo err >&2; exit 3",
    ]);
    assert_eq!(out.code, 3, "{out:?}");
    assert_eq!(out.stdout, "out\n");
    assert_eq!(out.stderr, "err\n");
    assert_eq!(env.skiff(["ps", "-a", "-q"]).stdout, "", "--rm left it");
    let out = svc
        .docker(&[
            "run",
            "-i",
            "--rm",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "cat; echo done",
        ])
        .stdin("line1\nline2\n")
        .run();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "line1\nline2\ndone\n"),
        "{out:?}"
    );
    // Detached, published, mounted, with the environment.
    let www = env.path("www");
    std::fs::create_dir_all(&www).unwrap();
    std::fs::write(www.join("index.html"), "served by skiff\n").unwrap();
    common::chown(
        &www,
        env.user.as_ref().map_or(0, |u| u.uid),
        env.user.as_ref().map_or(0, |u| u.gid),
    );
    let port = free_port();
    let out = d(&[
        "run",
        "-d",
        "--name",
        "web",
        "-p",
        &format!("127.0.0.1:{port}:8080"),
        "-v",
        &format!("{}:/www:ro", www.display()),
        "-e",
        "GREETING=hello",
        "busybox",
        "httpd",
        "-f",
        "-p",
        "8080",
        "-h",
        "/www",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let id = out.stdout.trim().to_string();
    assert_eq!(
        env.skiff(["inspect", "--format", "{{.Id}}", "web"])
            .stdout
            .trim(),
        id
    );
    let reply = http_get(port, "/index.html");
    assert!(reply.contains("served by skiff"), "{reply}");
    let out = d(&["ps", "--format", "{{.ID}} {{.Names}} {{.Ports}}"]);
    assert_eq!(
        out.stdout,
        format!("{} web 127.0.0.1:{port}->8080/tcp\n", &id[..12]),
        "{out:?}"
    );
    let out = d(&[
        "inspect",
        "--format",
        "{{.Name}} {{.State.Status}} {{.State.Running}} {{index .Config.Env 0}}",
        "web",
    ]);
    assert!(out.stdout.starts_with("/web running true "), "{out:?}");
    let out = d(&[
        "exec",
        "web",
        "sh",
        "-c",
        "echo $GREETING; cat /www/index.html",
    ]);
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "hello\nserved by skiff\n"),
        "{out:?}"
    );
    assert_eq!(d(&["exec", "web", "sh", "-c", "exit 7"]).code, 7);
    // stats and update (limits only where this user's cgroups allow them).
    let out = d(&[
        "stats",
        "--no-stream",
        "--format",
        "{{.Name}} {{.PIDs}}",
        "web",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.starts_with("web "), "{out:?}");
    let limits = !(env.rootless()
        && skiff::runtime::cgroups::version() == skiff::runtime::cgroups::Version::V1);
    if limits {
        let out = d(&["update", "--memory", "96m", "--pids-limit", "64", "web"]);
        assert_eq!(out.code, 0, "{out:?}");
        let out = d(&[
            "inspect",
            "--format",
            "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}}",
            "web",
        ]);
        assert_eq!(out.stdout.trim(), "100663296 64", "{out:?}");
    }
    let out = d(&["exec", "web", "no-such-command"]);
    assert!(out.code == 126 || out.code == 127, "{out:?}");
    let out = svc
        .docker(&["exec", "-i", "web", "cat"])
        .stdin("through stdin\n")
        .run();
    assert_eq!(out.stdout, "through stdin\n", "{out:?}");
    // A terminal: docker's client under a pty, the size it resizes to.
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!(
                "stty rows 33 cols 101; {}",
                svc.docker_line("exec -it web sh -c 'sleep 0.5; tty; stty size'")
            ),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("/dev/pts/") && text.contains("33 101"),
        "{text}"
    );
    // cp both ways: a file out, a directory in (to a new name and into
    // a directory), a directory's contents out, a missing path.
    let cpout = env.path("cpout");
    std::fs::create_dir_all(&cpout).unwrap();
    let got = cpout.join("got.html");
    let out = d(&["cp", "web:/www/index.html", got.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(std::fs::read_to_string(&got).unwrap(), "served by skiff\n");
    let src = env.path("cpsrc");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    std::fs::write(src.join("a.txt"), "a\n").unwrap();
    std::fs::write(src.join("sub/b.txt"), "b\n").unwrap();
    assert_eq!(d(&["cp", src.to_str().unwrap(), "web:/tmp/copied"]).code, 0);
    assert_eq!(d(&["cp", src.to_str().unwrap(), "web:/tmp/"]).code, 0);
    let out = env.skiff([
        "exec",
        "web",
        "cat",
        "/tmp/copied/a.txt",
        "/tmp/copied/sub/b.txt",
        "/tmp/cpsrc/sub/b.txt",
    ]);
    assert_eq!((out.code, out.stdout.as_str()), (0, "a\nb\nb\n"), "{out:?}");
    let back = cpout.join("back");
    let out = d(&["cp", "web:/tmp/copied/.", back.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        std::fs::read_to_string(back.join("sub/b.txt")).unwrap(),
        "b\n"
    );
    assert_eq!(std::fs::read_to_string(back.join("a.txt")).unwrap(), "a\n");
    let out = d(&["cp", "web:/nope", cpout.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stderr
            .starts_with("Error: No such container:path: web:/nope"),
        "{out:?}"
    );
    // attach under a terminal, left with the detach keys: the container
    // goes on.
    let out = d(&[
        "run",
        "-dit",
        "--name",
        "tty",
        "--network",
        "none",
        "busybox",
        "sh",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let line = svc.docker_line("attach --detach-keys=ctrl-a,d tty");
    let out = std::process::Command::new("sh")
        .args([
            "-c",
            &format!(
                "(sleep 1; printf 'echo attached-$((6*7))\\n'; sleep 1; printf '\\001d'; sleep 1) | script -qec \"{line}\" /dev/null"
            ),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // docker's client sees the keys itself, says so, and exits 1.
    assert!(text.contains("attached-42"), "{text}");
    assert!(text.contains("read escape sequence"), "{text}");
    let st = env.skiff(["inspect", "--format", "{{.State.Status}}", "tty"]);
    assert_eq!(st.stdout.trim(), "running", "detached, not ended: {text}");
    assert_eq!(d(&["rm", "-f", "tty"]).code, 0);
    // Logs: the same as skiff's.
    let out = d(&["logs", "web"]);
    assert_eq!(out.stdout, env.skiff(["logs", "web"]).stdout);
    // stop: exited as skiff sees it; rm: gone.
    assert_eq!(d(&["stop", "-t", "2", "web"]).code, 0);
    let st = env.skiff(["inspect", "--format", "{{.State.Status}}", "web"]);
    assert_eq!(st.stdout.trim(), "exited");
    assert_eq!(d(&["rm", "web"]).code, 0);
    assert_eq!(env.skiff(["ps", "-a", "-q"]).stdout, "");
    let out = d(&["rm", "web"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.starts_with("Error: No such container: web"),
        "{out:?}"
    );
    // logs -f follows until the container ends.
    let out = d(&[
        "run",
        "-d",
        "--name",
        "ticker",
        "--network",
        "none",
        "busybox",
        "sh",
        "-c",
        "for i in 1 2 3; do echo tick $i; sleep 0.3; done",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let out = d(&["logs", "-f", "ticker"]);
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "tick 1\ntick 2\ntick 3\n"),
        "{out:?}"
    );
    assert_eq!(d(&["wait", "ticker"]).stdout.trim(), "0");
    // attach: stdin in, output out, the end of stdin ends the container.
    let out = d(&[
        "run",
        "-d",
        "-i",
        "--name",
        "reader",
        "--network",
        "none",
        "busybox",
        "sh",
        "-c",
        "while read l; do echo got $l; done",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let out = svc.docker(&["attach", "reader"]).stdin("two\n").run();
    assert_eq!((out.code, out.stdout.as_str()), (0, "got two\n"), "{out:?}");
    let st = env.skiff(["inspect", "--format", "{{.State.Status}}", "reader"]);
    assert_eq!(st.stdout.trim(), "exited", "stdin's end ends it");
    assert_eq!(d(&["rm", "-f", "ticker", "reader"]).code, 0);
}

/// docker's CLI for images, networks and volumes: build of a multi-stage
/// Dockerfile, tag, push to the test registry and pull back, networks
/// with a run on one, volumes, system df.
fn docker_builds_and_manages(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let Some(reg) = common::registry::Registry::start(&env.name, common::registry::Auth::None)
    else {
        return;
    };
    let Some(svc) = Service::start(env) else {
        return;
    };
    let d = |args: &[&str]| svc.docker(args).run();
    let ctx = env.path("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(
        ctx.join("Dockerfile"),
        "FROM localhost/busybox AS base\nRUN echo built > /b\nFROM localhost/busybox\nARG X=1\nCOPY --from=base /b /b\nCOPY f /f\nRUN echo x=$X\nCMD [\"cat\", \"/b\", \"/f\"]\n",
    )
    .unwrap();
    std::fs::write(ctx.join("f"), "from the context\n").unwrap();
    let out = d(&[
        "build",
        "-t",
        "localhost/multi:1",
        "--build-arg",
        "X=5",
        ctx.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout.contains("x=5") && out.stdout.contains("Successfully tagged localhost/multi:1"),
        "{out:?}"
    );
    let id = env.skiff([
        "image",
        "inspect",
        "--format",
        "{{.Id}}",
        "localhost/multi:1",
    ]);
    assert!(
        out.stdout
            .contains(&format!("Successfully built {}", &id.stdout.trim()[..12])),
        "{out:?}"
    );
    let out = d(&["run", "--rm", "--network", "none", "localhost/multi:1"]);
    assert_eq!(out.stdout, "built\nfrom the context\n", "{out:?}");
    let out = d(&["build", "-q", ctx.to_str().unwrap()]);
    assert_eq!(
        out.stdout.trim().trim_start_matches("sha256:").len(),
        64,
        "{out:?}"
    );
    let bad = env.path("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        bad.join("Dockerfile"),
        "FROM localhost/busybox\nRUN exit 4\n",
    )
    .unwrap();
    // docker's client exits with the step's code.
    let out = d(&["build", bad.to_str().unwrap()]);
    assert_eq!(out.code, 4, "{out:?}");
    assert!(
        out.stderr.contains("exit status 4") && !out.stdout.contains("Error:"),
        "{out:?}"
    );
    // tag, push, remove, pull back.
    let remote = reg.name("multi:1");
    assert_eq!(d(&["tag", "localhost/multi:1", &remote]).code, 0);
    let out = d(&["push", &remote]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("digest: sha256:"), "{out:?}");
    let (_, manifest) = reg.get_manifest("multi", "1");
    assert!(!manifest.is_empty());
    // The registry's manifest as /distribution describes it.
    let sock = std::path::PathBuf::from(svc.host.trim_start_matches("unix://"));
    let reply = raw_exchange(
        &sock,
        format!(
            "GET /v1.41/distribution/{remote}/json HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
        false,
    );
    let body: serde_json::Value =
        serde_json::from_str(reply.split("\r\n\r\n").nth(1).unwrap_or("")).unwrap();
    assert_eq!(
        body["Descriptor"]["digest"].as_str().unwrap(),
        format!("sha256:{}", common::sha256_hex(&manifest)),
        "{reply}"
    );
    assert_eq!(body["Descriptor"]["size"], manifest.len());
    assert_eq!(body["Platforms"][0]["os"], "linux", "{reply}");
    assert_eq!(d(&["rmi", &remote]).code, 0);
    assert!(env.skiff(["image", "exists", &remote]).code != 0);
    let out = d(&["pull", &remote]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("Status: "), "{out:?}");
    assert_eq!(env.skiff(["image", "exists", &remote]).code, 0);
    let out = d(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    let mine = env.skiff(["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    let sorted = |s: &str| {
        let mut v: Vec<String> = s.lines().map(str::to_string).collect();
        v.sort();
        v
    };
    assert_eq!(sorted(&out.stdout), sorted(&mine.stdout));
    // save, load, export, import.
    let saved = env.path("saved.tar");
    let out = d(&["save", "-o", saved.to_str().unwrap(), "localhost/multi:1"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(d(&["rmi", "localhost/multi:1"]).code, 0);
    let out = d(&["load", "-i", saved.to_str().unwrap()]);
    assert!(
        out.stdout.contains("Loaded image: localhost/multi:1"),
        "{out:?}"
    );
    assert_eq!(env.skiff(["image", "exists", "localhost/multi:1"]).code, 0);
    assert_eq!(
        d(&[
            "create",
            "--name",
            "exp",
            "--network",
            "none",
            "busybox",
            "true"
        ])
        .code,
        0
    );
    let exported = env.path("exported.tar");
    assert_eq!(
        d(&["export", "-o", exported.to_str().unwrap(), "exp"]).code,
        0
    );
    assert_eq!(d(&["rm", "exp"]).code, 0);
    let out = d(&[
        "import",
        "-m",
        "by docker",
        exported.to_str().unwrap(),
        "localhost/imported:1",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let id = env.skiff([
        "image",
        "inspect",
        "--format",
        "{{.Id}}",
        "localhost/imported:1",
    ]);
    assert_eq!(
        out.stdout.trim().trim_start_matches("sha256:"),
        id.stdout.trim(),
        "{out:?}"
    );
    let out = d(&[
        "run",
        "--rm",
        "--network",
        "none",
        "localhost/imported:1",
        "echo",
        "imported",
    ]);
    assert_eq!(out.stdout, "imported\n", "{out:?}");
    // A pull of what is not there: docker's error.
    let out = d(&["pull", &reg.name("nothing:here")]);
    assert_eq!(out.code, 1, "{out:?}");
    // Networks.
    assert_eq!(d(&["network", "create", "apinet"]).code, 0);
    let out = d(&["network", "ls", "--format", "{{.Name}}"]);
    assert!(out.stdout.lines().any(|l| l == "apinet"), "{out:?}");
    let out = d(&[
        "run",
        "--rm",
        "--network",
        "apinet",
        "busybox",
        "ip",
        "-4",
        "addr",
        "show",
        "eth0",
    ]);
    assert!(out.stdout.contains("inet "), "{out:?}");
    let out = d(&[
        "network",
        "inspect",
        "--format",
        "{{.Name}} {{.Driver}}",
        "apinet",
    ]);
    assert_eq!(out.stdout.trim(), "apinet bridge");
    assert_eq!(d(&["network", "rm", "apinet"]).code, 0);
    assert!(
        !env.skiff(["network", "ls", "--format", "{{.Name}}"])
            .stdout
            .contains("apinet")
    );
    // Volumes.
    assert_eq!(d(&["volume", "create", "apivol"]).code, 0);
    let out = d(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-v",
        "apivol:/data",
        "busybox",
        "sh",
        "-c",
        "echo kept > /data/f",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let out = d(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-v",
        "apivol:/data",
        "busybox",
        "cat",
        "/data/f",
    ]);
    assert_eq!(out.stdout, "kept\n");
    let out = d(&["volume", "ls", "--format", "{{.Name}}"]);
    assert_eq!(
        out.stdout,
        env.skiff(["volume", "ls", "--format", "{{.Name}}"]).stdout
    );
    assert_eq!(d(&["volume", "rm", "apivol"]).code, 0);
    assert_eq!(env.skiff(["volume", "ls", "-q"]).stdout, "");
    let out = d(&["system", "df"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout.starts_with("TYPE ") && out.stdout.contains("Images "),
        "{out:?}"
    );
}

/// `docker events` while another client runs a container, and a bounded
/// `--since/--until` read, against what `skiff events` logged.
fn docker_sees_events(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let Some(svc) = Service::start(env) else {
        return;
    };
    let mut watcher = svc
        .docker(&[
            "events",
            "--filter",
            "type=container",
            "--format",
            "{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}",
        ])
        .spawn_piped();
    // The watcher is listening once its request reached the service.
    std::thread::sleep(Duration::from_millis(800));
    let out = svc
        .docker(&[
            "run",
            "--rm",
            "--name",
            "ev1",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "exit 3",
        ])
        .run();
    assert_eq!(out.code, 3, "{out:?}");
    let vol = svc.docker(&["volume", "create", "evvol"]).run();
    assert_eq!(vol.code, 0, "{vol:?}");
    let seen = common::read_lines_until(&mut watcher, 4, Duration::from_secs(10));
    let _ = watcher.kill();
    let _ = watcher.wait();
    assert_eq!(
        seen,
        [
            "container create ev1 <no value>",
            "container start ev1 <no value>",
            "container die ev1 3",
            "container destroy ev1 <no value>",
        ],
        "docker events saw"
    );
    // What skiff logged, in podman's words.
    let mine = env.skiff([
        "events",
        "--stream=false",
        "--filter",
        "container=ev1",
        "--format",
        "{{.Type}} {{.Status}} {{.Name}}",
    ]);
    assert_eq!(
        mine.stdout,
        "container create ev1\ncontainer start ev1\ncontainer died ev1\ncontainer remove ev1\n",
        "{mine:?}"
    );
    let json = env.skiff([
        "events",
        "--stream=false",
        "--format",
        "json",
        "--filter",
        "event=died",
    ]);
    let v: serde_json::Value = serde_json::from_str(json.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(
        (v["Name"].as_str(), v["ContainerExitCode"].as_i64()),
        (Some("ev1"), Some(3))
    );
    // A bounded read ends by itself, with the volume's event in docker's
    // words (docker's client sends `until` in whole seconds: wait for the
    // next one).
    std::thread::sleep(Duration::from_millis(1100));
    let out = svc
        .docker(&[
            "events",
            "--since",
            "10m",
            "--until",
            "0s",
            "--filter",
            "type=volume",
            "--format",
            "{{.Type}} {{.Action}} {{.Actor.ID}}",
        ])
        .run();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "volume create evvol\n"),
        "{out:?}"
    );
    let out = svc
        .docker(&["events", "--filter", "bogus=1", "--until", "0s"])
        .run();
    assert_eq!(out.code, 1, "{out:?}");
}

/// The Docker SDK for Python (Debian's python3-docker) runs
/// tests/api_sdk.py against the service: containers (create, start,
/// wait, logs, exec with demux, stop, remove), streamed events, a pull
/// from the test registry, a build, networks and volumes; then skiff's
/// own view of what it left.
fn python_sdk_drives_skiff(env: &Env) {
    let python = std::path::Path::new("/usr/bin/python3");
    let has_sdk = std::process::Command::new(python)
        .args(["-c", "import docker"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_sdk {
        common::skip(&env.name, "Debian's python3-docker is not installed");
        return;
    }
    if env.load_busybox().is_none() {
        return;
    }
    let Some(reg) = common::registry::Registry::start(&env.name, common::registry::Auth::None)
    else {
        return;
    };
    let remote = reg.name("sdk/busybox:1");
    env.skiff(["tag", "busybox", &remote]).ok();
    env.skiff(["push", &remote]).ok();
    env.skiff(["rmi", &remote]).ok();
    let Some(svc) = Service::start(env) else {
        return;
    };
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/api_sdk.py");
    let mut c = std::process::Command::new(python);
    c.arg(&script)
        .arg(&remote)
        .arg(env.dir.display().to_string())
        .env("DOCKER_HOST", &svc.host)
        .env("HOME", &svc.home);
    let out = common::Cmd::from(c).run();
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout.lines().last(), Some("ok"), "{out:?}");
    assert_eq!(env.skiff(["ps", "-a", "-q"]).stdout, "", "containers left");
    assert_eq!(env.skiff(["volume", "ls", "-q"]).stdout, "", "volumes left");
    assert_eq!(
        env.skiff(["image", "exists", "localhost/sdkbuilt:1"]).code,
        0
    );
    assert_eq!(env.skiff(["image", "exists", &remote]).code, 0);
    let nets = env.skiff(["network", "ls", "--format", "{{.Name}}"]);
    assert!(!nets.stdout.contains("sdknet"), "{nets:?}");
}

/// docker-compose (Debian's, 1.29) through the service: `up -d` of a web
/// and a database service on a user network with a named volume and a
/// published port; ps, logs, exec (the services find each other by
/// name), `down -v`; then `up --build` of a service with a Dockerfile.
fn compose_runs_a_project(env: &Env) {
    let compose = std::path::Path::new("/usr/bin/docker-compose");
    if !compose.exists() {
        common::skip(&env.name, "Debian's docker-compose is not installed");
        return;
    }
    if env.load_busybox().is_none() {
        return;
    }
    let Some(svc) = Service::start(env) else {
        return;
    };
    let port = free_port();
    let proj = env.path("proj");
    std::fs::create_dir_all(proj.join("app")).unwrap();
    std::fs::write(
        proj.join("docker-compose.yml"),
        format!(
            r#"version: "3.8"
services:
  db:
    image: localhost/busybox
    command: ["sh", "-c", "echo stored > /data/f; echo db ready; exec sleep 600"]
    volumes: ["dbdata:/data"]
    networks: [backend]
  web:
    image: localhost/busybox
    command: ["sh", "-c", "mkdir -p /www; echo hello from web > /www/index.html; exec httpd -f -p 8080 -h /www"]
    ports: ["127.0.0.1:{port}:8080"]
    networks: [backend]
    depends_on: [db]
volumes:
  dbdata:
networks:
  backend:
"#
        ),
    )
    .unwrap();
    // compose builds with the `docker` on PATH: Debian's client, first.
    let docker_dir = svc.docker.parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        docker_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let dc = |dir: &std::path::Path, args: &[&str]| {
        let mut c = std::process::Command::new(compose);
        c.args(["-p", "skc"])
            .args(args)
            .current_dir(dir)
            .env("DOCKER_HOST", &svc.host)
            .env("HOME", &svc.home)
            .env("PATH", &path)
            .env("DOCKER_BUILDKIT", "0");
        common::Cmd::from(c).run()
    };
    let out = dc(&proj, &["up", "-d"]);
    assert_eq!(out.code, 0, "{out:?}");
    let ps = env.skiff(["ps", "--format", "{{.Names}} {{.Status}}"]);
    let mut names: Vec<&str> = ps
        .stdout
        .lines()
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["skc_db_1", "skc_web_1"], "{ps:?}");
    let out = dc(&proj, &["ps"]);
    assert_eq!(out.code, 0, "{out:?}");
    for want in [
        "skc_db_1",
        "skc_web_1",
        &format!("127.0.0.1:{port}->8080/tcp"),
    ] {
        assert!(out.stdout.contains(want), "{want} in {out:?}");
    }
    assert!(!out.stdout.contains("Up ()"), "{out:?}");
    let reply = http_get(port, "/index.html");
    assert!(reply.contains("hello from web"), "{reply}");
    let out = dc(&proj, &["logs", "--no-color", "db"]);
    assert!(out.stdout.contains("db ready"), "{out:?}");
    let out = dc(&proj, &["exec", "-T", "db", "cat", "/data/f"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, "stored\n"), "{out:?}");
    let out = dc(
        &proj,
        &["exec", "-T", "db", "wget", "-qO-", "http://web:8080/"],
    );
    assert_eq!(out.stdout, "hello from web\n", "{out:?}");
    let vols = env.skiff(["volume", "ls", "-q"]);
    assert_eq!(vols.stdout, "skc_dbdata\n");
    let out = dc(&proj, &["down", "-v"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(env.skiff(["ps", "-a", "-q"]).stdout, "");
    assert_eq!(env.skiff(["volume", "ls", "-q"]).stdout, "");
    let nets = env.skiff(["network", "ls", "--format", "{{.Name}}"]);
    assert!(!nets.stdout.contains("skc_backend"), "{nets:?}");
    // up --build: built through the service, run in the foreground.
    let app = env.path("proj2");
    std::fs::create_dir_all(app.join("app")).unwrap();
    std::fs::write(
        app.join("app/Dockerfile"),
        "FROM localhost/busybox\nRUN echo built-by-compose > /msg\nCMD [\"cat\", \"/msg\"]\n",
    )
    .unwrap();
    std::fs::write(
        app.join("docker-compose.yml"),
        "version: \"3.8\"\nservices:\n  app:\n    build: ./app\n    image: localhost/composed:1\n    network_mode: none\n",
    )
    .unwrap();
    let out = dc(&app, &["up", "--build", "--abort-on-container-exit"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("built-by-compose"), "{out:?}");
    assert_eq!(
        env.skiff(["image", "exists", "localhost/composed:1"]).code,
        0
    );
    assert_eq!(dc(&app, &["down"]).code, 0);
    assert_eq!(env.skiff(["ps", "-a", "-q"]).stdout, "");
}

/// Send `data` on a new connection to the service's socket, optionally
/// closing our side, and read what comes back until the service closes
/// (or 10 s pass).
fn raw_exchange(sock: &std::path::Path, data: &[u8], close_write: bool) -> String {
    let mut s = std::os::unix::net::UnixStream::connect(sock).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(data);
    if close_write {
        let _ = s.shutdown(std::net::Shutdown::Write);
    }
    let mut reply = Vec::new();
    let _ = s.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).into_owned()
}

/// Requests no client should send: bad JSON, unknown fields, huge headers,
/// garbage, bad chunks, a body cut short, clients that go away in the
/// middle of a stream or a hijacked attach. docker's errors or a closed
/// connection; the service lives on and no half-made container is left.
fn malformed_requests_are_refused(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let Some(svc) = Service::start(env) else {
        return;
    };
    let sock = std::path::PathBuf::from(svc.host.trim_start_matches("unix://"));
    let post = |path: &str, body: &str| {
        format!(
            "POST {path} HTTP/1.1\r\nHost: d\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let reply = raw_exchange(
        &sock,
        post("/v1.41/containers/create", "{\"Image\": ").as_bytes(),
        false,
    );
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    assert!(reply.contains("{\"message\":"), "{reply}");
    let reply = raw_exchange(
        &sock,
        post("/v1.41/containers/create", "[1,2]").as_bytes(),
        false,
    );
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    // Unknown fields are ignored, as moby's decoder does.
    let reply = raw_exchange(
        &sock,
        post(
            "/v1.41/containers/create?name=odd",
            r#"{"Image":"busybox","Cmd":["true"],"NoSuchField":{"x":1},"HostConfig":{"NetworkMode":"none","Bogus":true}}"#,
        )
        .as_bytes(),
        false,
    );
    assert!(reply.starts_with("HTTP/1.1 201 "), "{reply}");
    assert_eq!(
        env.skiff(["ps", "-a", "--format", "{{.Names}}"]).stdout,
        "odd\n"
    );
    // Headers past 64 KiB: 400, connection closed.
    let huge = format!(
        "GET /_ping HTTP/1.1\r\nHost: d\r\nX-Big: {}\r\n\r\n",
        "a".repeat(100 * 1024)
    );
    let reply = raw_exchange(&sock, huge.as_bytes(), false);
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    let reply = raw_exchange(&sock, b"\x16\x03\x01\x00\xa5garbage\r\n\r\n", false);
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    let reply = raw_exchange(
        &sock,
        b"POST /v1.41/containers/create HTTP/1.1\r\nHost: d\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        false,
    );
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    // A body cut short: nothing is created.
    let reply = raw_exchange(
        &sock,
        b"POST /v1.41/containers/create?name=half HTTP/1.1\r\nHost: d\r\nContent-Length: 500\r\n\r\n{\"Image\":\"busybox\",",
        true,
    );
    assert!(!reply.contains(" 201 "), "{reply}");
    // A follower that goes away, a hijacked attach closed at once.
    let out = svc
        .docker(&[
            "run",
            "-d",
            "-i",
            "--name",
            "long",
            "--network",
            "none",
            "busybox",
            "sh",
            "-c",
            "while true; do echo tick; sleep 0.2; done",
        ])
        .run();
    assert_eq!(out.code, 0, "{out:?}");
    let mut s = std::os::unix::net::UnixStream::connect(&sock).unwrap();
    s.write_all(b"GET /v1.41/containers/long/logs?follow=1&stdout=1 HTTP/1.1\r\nHost: d\r\n\r\n")
        .unwrap();
    let mut buf = [0u8; 256];
    let n = s.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200 "));
    drop(s);
    let mut s = std::os::unix::net::UnixStream::connect(&sock).unwrap();
    s.write_all(b"POST /v1.41/containers/long/attach?stream=1&stdin=1&stdout=1 HTTP/1.1\r\nHost: d\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n")
        .unwrap();
    let n = s.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 101 "));
    drop(s);
    std::thread::sleep(Duration::from_millis(500));
    // The service and the container carry on.
    let st = env.skiff(["inspect", "--format", "{{.State.Status}}", "long"]);
    assert_eq!(st.stdout.trim(), "running", "{st:?}");
    let out = svc.docker(&["ps", "-a", "--format", "{{.Names}}"]).run();
    let mut names: Vec<&str> = out.stdout.lines().collect();
    names.sort_unstable();
    assert_eq!(names, ["long", "odd"], "{out:?}");
    assert_eq!(svc.docker(&["rm", "-f", "long", "odd"]).run().code, 0);
}

/// The same docker commands through skiff's service and through
/// `podman system service` (podman 4.3, the reference): exit codes,
/// stdout and the first line of stderr.
fn api_matches_podman_service(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let Some(pm) = common::podman::Podman::new(env) else {
        return;
    };
    let Some(svc) = Service::start(env) else {
        return;
    };
    let pm_sock = pm.dir().join("api.sock");
    let _pm_svc = KillOnDrop(
        pm.cmd([
            "system",
            "service",
            "--time",
            "0",
            &format!("unix://{}", pm_sock.display()),
        ])
        .spawn(),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while !pm_sock.exists() {
        assert!(Instant::now() < deadline, "podman's service did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let pm_host = format!("unix://{}", pm_sock.display());
    let both = |args: &[&str]| {
        let ours = svc.docker(args).run();
        let theirs = svc.docker(args).env("DOCKER_HOST", &pm_host).run();
        let first = |o: &common::Output| ids(o.stderr.lines().next().unwrap_or(""));
        assert_eq!(
            (ours.code, ids(&ours.stdout), first(&ours)),
            (theirs.code, ids(&theirs.stdout), first(&theirs)),
            "docker {args:?}: skiff's service (left) vs podman's (right)"
        );
    };
    // podman 4.3's service reports 0 for a `run --rm` that exited 3 (its
    // wait answers after the removal); skiff gives docker's 3.
    let run = [
        "run",
        "--rm",
        "--network",
        "none",
        "busybox",
        "sh",
        "-c",
        "echo out; echo err >&2; exit 3",
    ];
    let ours = svc.docker(&run).run();
    let theirs = svc.docker(&run).env("DOCKER_HOST", &pm_host).run();
    assert_eq!(
        (ours.code, &ours.stdout, &ours.stderr),
        (3, &theirs.stdout, &theirs.stderr)
    );
    both(&["rm", "nosuch"]);
    both(&["inspect", "--type", "container", "nosuch"]);
    both(&["stop", "nosuch"]);
    both(&["volume", "create", "apivol"]);
    both(&["volume", "ls", "--format", "{{.Name}} {{.Driver}}"]);
    both(&[
        "volume",
        "inspect",
        "--format",
        "{{.Name}} {{.Driver}} {{.Scope}}",
        "apivol",
    ]);
    both(&["volume", "rm", "apivol"]);
    both(&["volume", "rm", "apivol"]);
    both(&[
        "create",
        "--name",
        "c1",
        "--network",
        "none",
        "-l",
        "k=v",
        "busybox",
        "echo",
        "hi",
    ]);
    both(&[
        "ps",
        "-a",
        "--format",
        "{{.Names}} {{.Command}} {{.State}} {{.Labels}}",
    ]);
    both(&["start", "-a", "c1"]);
    both(&["wait", "c1"]);
    both(&[
        "inspect",
        "--format",
        "{{.Name}} {{.State.Status}} {{.State.ExitCode}} {{.Config.Cmd}}",
        "c1",
    ]);
    both(&["logs", "c1"]);
    both(&["stop", "c1"]);
    both(&["exec", "c1", "true"]);
    both(&["kill", "c1"]);
    both(&["pause", "c1"]);
    both(&[
        "ps",
        "-a",
        "--filter",
        "status=exited",
        "--format",
        "{{.Names}}",
    ]);
    both(&[
        "ps",
        "-a",
        "--filter",
        "label=k=v",
        "--format",
        "{{.Names}}",
    ]);
    both(&["logs", "nosuch"]);
    both(&["start", "nosuch"]);
    both(&["network", "rm", "nosuch"]);
    both(&["volume", "inspect", "nosuch"]);
    both(&[
        "image",
        "inspect",
        "--format",
        "{{.Os}} {{.Architecture}}",
        "busybox",
    ]);
    both(&["image", "inspect", "nosuch:1"]);
    both(&["rename", "c1", "c2"]);
    both(&["rm", "c2"]);
    both(&["network", "create", "apinet"]);
    both(&[
        "network",
        "ls",
        "--filter",
        "name=apinet",
        "--format",
        "{{.Name}} {{.Driver}}",
    ]);
    both(&["network", "rm", "apinet"]);
    both(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    both(&["tag", "busybox", "localhost/other:2"]);
    both(&["rmi", "localhost/other:2"]);
    both(&["rmi", "localhost/nosuch:1"]);
}

/// A child process stopped (by its pid) when the test ends, failed or not.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `wait` right after the start of a container that ends at once (the
/// SDK's create, start, wait): the exit code every time, never a wait for
/// a start that already happened (a race between the state read and the
/// subscription once hung the Python SDK test).
fn wait_sees_a_quick_exit(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let Some(svc) = Service::start(env) else {
        return;
    };
    let sock = std::path::PathBuf::from(svc.host.trim_start_matches("unix://"));
    env.skiff([
        "create",
        "--name",
        "quick",
        "--network",
        "none",
        "busybox",
        "sh",
        "-c",
        "exit 3",
    ])
    .ok();
    let post = |path: &str| {
        raw_exchange(
            &sock,
            format!("POST /v1.41/containers/quick/{path} HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n").as_bytes(),
            false,
        )
    };
    for _ in 0..20 {
        let started = Instant::now();
        assert!(post("start").starts_with("HTTP/1.1 204 "));
        let reply = post("wait");
        assert!(reply.contains("{\"StatusCode\":3,"), "{reply}");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "slow wait: {reply}"
        );
    }
}

both_modes!(
    wait_sees_a_quick_exit,
    api_matches_podman_service,
    malformed_requests_are_refused,
    compose_runs_a_project,
    python_sdk_drives_skiff,
    docker_sees_events,
    service_answers_docker,
    docker_runs_containers,
    docker_builds_and_manages
);
