//! `build` against podman's: the same Dockerfile and context built by
//! both, rootful and rootless; the images' configs, files (type, mode,
//! owner, size, content) and run output compared, and a failing RUN's
//! output, error and exit code.

mod common;

use common::Env;
use common::Output;
use common::podman::{Podman, compare, std_norm};

/// `build ARGS CONTEXT` in both tools, each with its own context (podman
/// may run in another working directory).
fn build_both(env: &Env, pm: &Podman, args: &[&str]) -> (Output, Output) {
    let (a, b) = (env.dir.join("ctx"), pm.dir().join("ctx"));
    let mut sa: Vec<&str> = args.to_vec();
    sa.push(a.to_str().unwrap());
    let mut pa: Vec<&str> = args.to_vec();
    pa.push(b.to_str().unwrap());
    (env.skiff(&sa), pm.run(&pa))
}

const DOCKERFILE: &str = r#"FROM busybox AS base
ARG WHO=world
ENV GREETING="hello $WHO" PATH=/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /app
COPY files/ ./
COPY --chmod=0600 one.txt /etc/one.txt
RUN echo built > /app/built && chmod 0640 /app/built && ln -s built /app/link
LABEL version="1.0" who=$WHO
FROM base
USER 1000:1000
EXPOSE 8080/tcp
VOLUME /data
STOPSIGNAL SIGINT
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["cat /app/built"]
"#;

/// The same context in both tools' working directories.
fn contexts(env: &Env, pm: &Podman) {
    let (a, b) = pm.workdirs(env, "ctx/files/sub");
    for dir in [a, b] {
        let ctx = dir.parent().unwrap().parent().unwrap();
        std::fs::write(ctx.join("Dockerfile"), DOCKERFILE).unwrap();
        std::fs::write(ctx.join(".dockerignore"), "files/*.tmp\n").unwrap();
        std::fs::write(ctx.join("one.txt"), "one\n").unwrap();
        std::fs::write(ctx.join("files/hello.txt"), "hello\n").unwrap();
        std::fs::write(ctx.join("files/skip.tmp"), "no\n").unwrap();
        std::fs::write(ctx.join("files/sub/deep.txt"), "deep\n").unwrap();
        std::fs::write(
            ctx.join("Fail"),
            "FROM busybox\nRUN echo before && exit 7\n",
        )
        .unwrap();
        if let Some(u) = &env.user {
            for e in [
                "Dockerfile",
                ".dockerignore",
                "one.txt",
                "files/hello.txt",
                "files/skip.tmp",
                "files/sub/deep.txt",
                "Fail",
            ] {
                common::chown(&ctx.join(e), u.uid, u.gid);
            }
        }
    }
}

fn build_matches_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    contexts(env, &pm);
    let (sk, po) = build_both(
        env,
        &pm,
        &["build", "--network", "none", "-t", "localhost/b:1"],
    );
    assert_eq!(
        (sk.code, po.code),
        (0, 0),
        "skiff:\n{}\n{}\npodman:\n{}\n{}",
        sk.stdout,
        sk.stderr,
        po.stdout,
        po.stderr
    );
    for line in [
        "[1/2] STEP 1/8: FROM busybox AS base",
        "[2/2] STEP 7/7: CMD [\"cat /app/built\"]",
        "[2/2] COMMIT localhost/b:1",
        "Successfully tagged localhost/b:1",
    ] {
        assert!(
            sk.stdout.lines().any(|l| l == line),
            "skiff lacks {line:?}:\n{}",
            sk.stdout
        );
        assert!(
            po.stdout.lines().any(|l| l == line),
            "podman lacks {line:?}:\n{}",
            po.stdout
        );
    }
    // The config podman users read (podman adds its own
    // io.buildah.version label: the labels are compared one by one).
    let tmpl = "{{.Config.User}}|{{.Config.WorkingDir}}|{{json .Config.Env}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}|{{json .Config.ExposedPorts}}|{{json .Config.Volumes}}|{{.Config.StopSignal}}|{{index .Config.Labels \"version\"}}|{{index .Config.Labels \"who\"}}";
    compare(
        env,
        &pm,
        &["image", "inspect", "--format", tmpl, "localhost/b:1"],
        &std_norm,
    );
    // What the image holds and runs.
    compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/b:1"],
        &std_norm,
    );
    let listing = "cd / && find app etc/one.txt | sort | while read f; do stat -c '%n %F %a %u:%g %s' \"$f\"; [ -f \"$f\" ] && [ ! -L \"$f\" ] && md5sum < \"$f\"; [ -L \"$f\" ] && readlink \"$f\"; done; echo \"$GREETING\"; id";
    compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/b:1", listing],
        &std_norm,
    );
    // A failing RUN: its output, podman's error, the command's status.
    let (sk, po) = build_both(env, &pm, &["build", "--network", "none", "-f", "Fail"]);
    assert_eq!(sk.stdout, po.stdout);
    assert_eq!((sk.code, po.code), (7, 7));
    assert_eq!(sk.stderr.lines().last(), po.stderr.lines().last());
    // A Dockerfile that is not there.
    let (sk, po) = build_both(env, &pm, &["build", "-f", "nope"]);
    assert_eq!((sk.code, po.code), (125, 125));
    let norm = |s: &str| {
        s.replace(&env.dir.display().to_string(), "DIR")
            .replace(&pm.dir().display().to_string(), "DIR")
    };
    assert_eq!(norm(&sk.stderr), norm(&po.stderr));
}

both_modes!(build_matches_podman);

const CACHED: &str = "FROM busybox
ARG V=1
RUN echo first > /first
COPY a.txt /a.txt
COPY b.txt /b.txt
RUN echo \"v=$V\" > /v
ENV WHO=$V
RUN cat /a.txt /b.txt /v
CMD [\"cat\", \"/v\"]
";

/// The cache against podman's: the same hits and misses (touching a file
/// keeps it, new content or a new mode re-runs from the step that reads
/// it, a new build argument from the first RUN after it), the same images
/// hidden and removed.
fn cache_matches_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "ctx");
    let write = |name: &str, text: &str| {
        for dir in [&a, &b] {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            if let Some(u) = &env.user {
                common::chown(&p, u.uid, u.gid);
            }
        }
    };
    write("Dockerfile", CACHED);
    write("a.txt", "a\n");
    write("b.txt", "b\n");
    let build = |extra: &[&str]| {
        let mut args = vec!["build", "--network", "none", "-t", "localhost/c:1"];
        args.extend_from_slice(extra);
        let (sk, po) = build_both(env, &pm, &args);
        assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
        assert_eq!(
            step_ids(&sk.stdout),
            step_ids(&po.stdout),
            "skiff:\n{}\npodman:\n{}",
            sk.stdout,
            po.stdout
        );
        sk.stdout
    };
    // The steps that ran (the others came from the cache).
    let ran = |out: &str| -> Vec<String> {
        let lines: Vec<&str> = out.lines().collect();
        lines
            .iter()
            .enumerate()
            .filter(|(i, l)| {
                l.starts_with("STEP ")
                    && !l.contains(": FROM ")
                    && !lines
                        .get(i + 1)
                        .is_some_and(|n| n.starts_with("--> Using cache"))
            })
            .map(|(_, l)| l.split(": ").nth(1).unwrap_or_default().to_string())
            .collect()
    };
    let first = build(&[]);
    assert_eq!(ran(&first).len(), 8, "{first}");
    let again = build(&[]);
    assert!(ran(&again).is_empty(), "{again}");
    assert_eq!(again.matches("--> Using cache").count(), 8);
    // Touched: still cached.
    for dir in [&a, &b] {
        let f = std::fs::File::options()
            .write(true)
            .open(dir.join("b.txt"))
            .unwrap();
        f.set_modified(std::time::SystemTime::now()).unwrap();
    }
    assert!(ran(&build(&[])).is_empty());
    // New content in b.txt: from its COPY on.
    write("b.txt", "b2\n");
    let out = build(&[]);
    assert_eq!(
        ran(&out),
        [
            "COPY b.txt /b.txt",
            "RUN echo \"v=$V\" > /v",
            "ENV WHO=$V",
            "RUN cat /a.txt /b.txt /v",
            "CMD [\"cat\", \"/v\"]"
        ],
        "{out}"
    );
    // A new build argument: from the first RUN after its ARG.
    let out = build(&["--build-arg", "V=2"]);
    assert_eq!(
        ran(&out).first().map(String::as_str),
        Some("RUN echo first > /first")
    );
    assert_eq!(ran(&out).len(), 7, "{out}");
    compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/c:1"],
        &std_norm,
    );
    // Step images: hidden without -a, as many as podman's with it.
    let count = |o: &Output| o.stdout.lines().count();
    compare(
        env,
        &pm,
        &["images", "--format", "{{.Repository}}:{{.Tag}}"],
        &std_norm,
    );
    let (sk, po) = (
        env.skiff(["images", "-a", "-q"]),
        pm.run(["images", "-a", "-q"]),
    );
    assert_eq!(count(&sk), count(&po), "{}\n{}", sk.stdout, po.stdout);
    // rmi takes the chain its image leaves dangling; prune the rest.
    let (sk, po) = (
        env.skiff(["rmi", "localhost/c:1"]),
        pm.run(["rmi", "localhost/c:1"]),
    );
    assert_eq!(std_norm(&sk.stdout), std_norm(&po.stdout));
    assert!(sk.stdout.matches("Deleted:").count() > 1, "{}", sk.stdout);
    let (sk, po) = (
        env.skiff(["image", "prune", "-f"]),
        pm.run(["image", "prune", "-f"]),
    );
    assert_eq!(count(&sk), count(&po), "{}\n{}", sk.stdout, po.stdout);
    compare(
        env,
        &pm,
        &["images", "-a", "--format", "{{.Repository}}"],
        &std_norm,
    );
}

/// Build output with the step images' IDs (`--> ID`, `--> Using cache
/// ID`) as `<ID>`.
fn step_ids(out: &str) -> String {
    let lines: Vec<String> = out
        .lines()
        .map(|l| {
            if l.starts_with("--> Using cache ") {
                "--> Using cache <ID>".to_string()
            } else if l.starts_with("--> ") {
                "--> <ID>".to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    std_norm(&lines.join("\n"))
}

/// `SOURCE_DATE_EPOCH`: two uncached builds of one context are one image
/// (RUN layers' times clamped, every step's time the epoch's).
fn reproducible_builds(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let ctx = env.path("ctx");
    env.write_file("ctx/Dockerfile", CACHED.as_bytes());
    env.write_file("ctx/a.txt", b"a\n");
    env.write_file("ctx/b.txt", b"b\n");
    let build = || {
        let o = env
            .cmd([
                "build",
                "-q",
                "--no-cache",
                "--network",
                "none",
                ctx.to_str().unwrap(),
            ])
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .run();
        assert_eq!(o.code, 0, "{}", o.stderr);
        o.stdout.trim().to_string()
    };
    let (one, two) = (build(), build());
    assert_eq!(one.len(), 64, "{one}");
    assert_eq!(one, two);
    let created = env.skiff(["image", "inspect", "--format", "{{.Created}}", &one]);
    assert!(
        created.stdout.starts_with("2023-11-14 22:13:20"),
        "{}",
        created.stdout
    );
}

both_modes!(cache_matches_podman, reproducible_builds);
