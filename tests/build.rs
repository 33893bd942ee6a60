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
        // docker's rules: a glob, an exception after it (order matters),
        // `**` at any depth.
        std::fs::write(
            ctx.join(".dockerignore"),
            "files/*.tmp\n!files/keep.tmp\n**/*.bak\n",
        )
        .unwrap();
        std::fs::write(ctx.join("files/keep.tmp"), "kept\n").unwrap();
        std::fs::write(ctx.join("files/sub/old.bak"), "no\n").unwrap();
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
                "files/keep.tmp",
                "files/sub/old.bak",
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
    let (o, _) = compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/b:1", listing],
        &std_norm,
    );
    // The exception brought keep.tmp back; the rest of the ignored stayed out.
    assert!(
        o.stdout.contains("app/keep.tmp regular file"),
        "{}",
        o.stdout
    );
    assert!(
        !o.stdout.contains("skip.tmp") && !o.stdout.contains("old.bak"),
        "{}",
        o.stdout
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
    // --timestamp: the same, from the command line.
    let o = env.skiff([
        "build",
        "-q",
        "--no-cache",
        "--network",
        "none",
        "--timestamp",
        "1700000000",
        ctx.to_str().unwrap(),
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout.trim(), one);
}

both_modes!(cache_matches_podman, reproducible_builds);

const FEATURES: &str = "FROM busybox AS build
RUN mkdir /out && echo built > /out/a && chown 1:1 /out/a && ln -s a /out/link
FROM busybox
MAINTAINER someone@example.com
COPY --from=build /out /copied
COPY --from=build /out/a /single
COPY --chown=nobody:nogroup file.txt /owned.txt
COPY --chown=user file.txt /owned2.txt
RUN --mount=type=cache,target=/cache echo run >> /cache/log && wc -l < /cache/log > /count
RUN --mount=type=secret,id=tok cat /run/secrets/tok > /seen
RUN --mount=type=bind,source=file.txt,target=/b.txt cat /b.txt > /bound
HEALTHCHECK --interval=5s --retries=2 CMD true
ONBUILD RUN echo triggered > /trig
";

/// COPY --from (a stage), --chown by name, MAINTAINER, RUN --mount
/// (cache, secret, bind), HEALTHCHECK and ONBUILD (docker format) and a
/// child build that runs the trigger, against podman: the same files,
/// owners, config, history and output. The cache mount persists: a
/// second uncached build counts two runs in both tools.
fn features_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "feat/child");
    let (a, b) = (
        a.parent().unwrap().to_path_buf(),
        b.parent().unwrap().to_path_buf(),
    );
    for dir in [&a, &b] {
        for (name, text) in [
            ("Dockerfile", FEATURES),
            ("file.txt", "ctx\n"),
            ("secret.txt", "s3cret\n"),
            ("child/Dockerfile", "FROM localhost/f:1\nRUN cat /trig\n"),
        ] {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            if let Some(u) = &env.user {
                common::chown(&p, u.uid, u.gid);
            }
        }
    }
    let build = |no_cache: bool| {
        let (sa, sb) = (a.join("secret.txt"), b.join("secret.txt"));
        let sec = |p: &std::path::Path| format!("id=tok,src={}", p.display());
        let mut args = vec![
            "build".to_string(),
            "--format".into(),
            "docker".into(),
            "--network".into(),
            "none".into(),
            "-t".into(),
            "localhost/f:1".into(),
        ];
        if no_cache {
            args.push("--no-cache".into());
        }
        let mut sk_args = args.clone();
        sk_args.extend(["--secret".into(), sec(&sa), a.to_str().unwrap().into()]);
        let mut pm_args = args;
        pm_args.extend(["--secret".into(), sec(&sb), b.to_str().unwrap().into()]);
        let (sk, po) = (env.skiff(&sk_args), pm.run(&pm_args));
        assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
        assert_eq!(
            step_ids(&sk.stdout),
            step_ids(&po.stdout),
            "skiff:\n{}\npodman:\n{}",
            sk.stdout,
            po.stdout
        );
    };
    build(false);
    let listing = "cd / && for f in copied copied/a copied/link single owned.txt owned2.txt count seen bound; do stat -c '%n %F %a %u:%g %s' $f; done; cat seen bound; ls /run/secrets /cache /b.txt 2>&1 | sort";
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "localhost/f:1",
            "sh",
            "-c",
            listing,
        ],
        &std_norm,
    );
    compare(
        env,
        &pm,
        &[
            "image",
            "inspect",
            "--format",
            "{{.Author}} {{json .Config.Cmd}}",
            "localhost/f:1",
        ],
        &std_norm,
    );
    // (podman's template cannot reach .Healthcheck: compared in the JSON.)
    let args = ["image", "inspect", "localhost/f:1"];
    let (sk, po) = (env.skiff(args), pm.run(args));
    assert_eq!(
        sk.json()[0]["Healthcheck"],
        po.json()[0]["Healthcheck"],
        "{}",
        sk.stdout
    );
    assert_eq!(sk.json()[0]["Healthcheck"]["Retries"], 2, "{}", sk.stdout);
    // History: the RUN lines with their flags, the config-only steps.
    let history = |o: &Output| -> Vec<String> {
        o.stdout
            .lines()
            .filter(|l| !l.contains(" COPY "))
            .map(str::to_string)
            .collect()
    };
    let args = [
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}",
        "localhost/f:1",
    ];
    let (sk, po) = (env.skiff(args), pm.run(args));
    assert_eq!(history(&sk), history(&po), "{}\n{}", sk.stdout, po.stdout);
    // The trigger runs in the child build, numbered as podman numbers it.
    let (sk, po) = (
        env.skiff([
            "build",
            "--network",
            "none",
            "-t",
            "localhost/g:1",
            a.join("child").to_str().unwrap(),
        ]),
        pm.run([
            "build",
            "--network",
            "none",
            "-t",
            "localhost/g:1",
            b.join("child").to_str().unwrap(),
        ]),
    );
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    assert_eq!(
        step_ids(&sk.stdout),
        step_ids(&po.stdout),
        "{}\n{}",
        sk.stdout,
        po.stdout
    );
    assert!(
        sk.stdout.contains("STEP 2/3: RUN echo triggered > /trig"),
        "{}",
        sk.stdout
    );
    // The cache mount outlives the build.
    let count = [
        "run",
        "--rm",
        "--network",
        "none",
        "localhost/f:1",
        "cat",
        "/count",
    ];
    assert_eq!(compare(env, &pm, &count, &std_norm).0.stdout.trim(), "1");
    build(true);
    assert_eq!(compare(env, &pm, &count, &std_norm).0.stdout.trim(), "2");
    // Without --format docker: podman's warning, nothing kept.
    let secret = format!("id=tok,src={}", a.join("secret.txt").display());
    let args = [
        "build",
        "--network",
        "none",
        "-q",
        "--secret",
        &secret,
        a.to_str().unwrap(),
    ];
    let o = env.skiff(args);
    assert!(
        o.stderr
            .contains("HEALTHCHECK is not supported for OCI image format and will be ignored"),
        "{}",
        o.stderr
    );
}

/// Heredocs (podman 4.3's buildah has none: skiff alone, docker's
/// semantics): a RUN that is only a heredoc runs its body, a command with
/// heredocs reads them, COPY writes them as files (variables expanded
/// unless the delimiter is quoted); an unterminated one is a parse error.
fn heredocs(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let dockerfile = r#"FROM busybox
ARG NAME=world
RUN <<EOF
echo "hello $NAME" > /greet
echo second >> /greet
EOF
RUN <<A cat > /two && <<'B' cat >> /two
a $NAME
A
b $NAME
B
COPY <<CONF /etc/app/conf.txt
name=$NAME
CONF
COPY <<"RAW" /raw.txt
name=$NAME
RAW
COPY --chmod=600 <<ONE /single.txt
single
ONE
CMD cat /greet /two /etc/app/conf.txt /raw.txt /single.txt && stat -c '%n %a' /etc/app/conf.txt /single.txt
"#;
    let dir = env.dir.join("heredoc");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
    std::fs::write(dir.join("Bad"), "FROM busybox\nRUN <<EOF\necho never\n").unwrap();
    if let Some(u) = &env.user {
        for p in [dir.clone(), dir.join("Dockerfile"), dir.join("Bad")] {
            common::chown(&p, u.uid, u.gid);
        }
    }
    let ctx = dir.to_str().unwrap();
    let o = env.skiff([
        "build",
        "--network",
        "none",
        "-q",
        "-t",
        "localhost/hd:1",
        ctx,
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let o = env.skiff(["run", "--rm", "--network", "none", "localhost/hd:1"]);
    assert_eq!(
        o.stdout,
        "hello world\nsecond\na world\nb $NAME\nname=world\nname=$NAME\nsingle\n/etc/app/conf.txt 644\n/single.txt 600\n",
        "{}",
        o.stderr
    );
    let bad = dir.join("Bad");
    let o = env.skiff(["build", "-f", bad.to_str().unwrap(), ctx]);
    assert_eq!(o.code, 125, "{}", o.stderr);
    let first = o.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("Error: ")
            && first.contains("Bad:2")
            && first.contains("unterminated heredoc <<EOF"),
        "{}",
        o.stderr
    );
    // A bad substitution: the file, line and instruction, one line.
    std::fs::write(dir.join("Subst"), "FROM busybox\nENV A=${B\n").unwrap();
    if let Some(u) = &env.user {
        common::chown(&dir.join("Subst"), u.uid, u.gid);
    }
    let o = env.skiff(["build", "-f", dir.join("Subst").to_str().unwrap(), ctx]);
    assert_eq!(o.code, 125, "{}", o.stderr);
    let first = o.stderr.lines().next().unwrap_or_default();
    assert!(
        first.contains("Subst:2: ENV") && first.contains("bad substitution"),
        "{}",
        o.stderr
    );
}

/// ADD against podman: local tar archives (plain and gzip) unpacked with
/// their owners (also under --chown, as podman does), a file that only looks like an archive
/// copied, and URLs from a test server on 127.0.0.1 downloaded (mode
/// 0600, dated by Last-Modified, archives not unpacked); `--checksum`
/// (skiff alone: podman 4.3 has no such flag) checked.
fn add_matches_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let served = env.dir.join("served");
    std::fs::create_dir_all(served.join("arc/d")).unwrap();
    std::fs::write(served.join("arc/d/f1"), "one\n").unwrap();
    common::set_mode(&served.join("arc/d/f1"), 0o640);
    std::fs::write(served.join("arc/top.txt"), "top\n").unwrap();
    std::os::unix::fs::symlink("f1", served.join("arc/d/link")).unwrap();
    std::fs::hard_link(served.join("arc/d/f1"), served.join("arc/d/hl")).unwrap();
    std::fs::write(served.join("remote.txt"), "remote\n").unwrap();
    let tar = |name: &str, z: &str| {
        let o = std::process::Command::new("tar")
            .args([
                "--owner=7",
                "--group=8",
                "--numeric-owner",
                "--sort=name",
                z,
                "-cf",
            ])
            .arg(served.join(name))
            .args(["-C", served.join("arc").to_str().unwrap(), "."])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    tar("plain.tar", "--no-auto-compress");
    tar("packed.tar.gz", "-z");
    let base = common::serve_dir(served.clone());
    let dockerfile = format!(
        "FROM busybox
ADD plain.tar /x/
ADD packed.tar.gz /y
ADD --chown=5:6 packed.tar.gz /z/
ADD fake.gz /n/
ADD {base}/remote.txt /r/
ADD {base}/remote.txt /rfile
ADD {base}/packed.tar.gz /u/
"
    );
    let (a, b) = pm.workdirs(env, "add");
    for dir in [&a, &b] {
        std::fs::write(dir.join("Dockerfile"), &dockerfile).unwrap();
        std::fs::write(dir.join("fake.gz"), "not gzip\n").unwrap();
        for f in ["plain.tar", "packed.tar.gz"] {
            std::fs::copy(served.join(f), dir.join(f)).unwrap();
        }
        if let Some(u) = &env.user {
            for f in ["Dockerfile", "fake.gz", "plain.tar", "packed.tar.gz"] {
                common::chown(&dir.join(f), u.uid, u.gid);
            }
        }
    }
    let args = ["build", "--network", "none", "-q", "-t", "localhost/add:1"];
    let sk = env.skiff(args.iter().copied().chain([a.to_str().unwrap()]));
    let po = pm.run(args.iter().copied().chain([b.to_str().unwrap()]));
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    let listing = "cd / && find x y z n r rfile u | sort | xargs stat -c '%n %F %a %u:%g %s %N' && cat x/d/hl y/top.txt r/remote.txt && stat -c %Y rfile";
    let (o, _) = compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "localhost/add:1",
            "sh",
            "-c",
            listing,
        ],
        &std_norm,
    );
    for want in [
        "x/d/f1 regular file 640 7:8 4",
        "z/top.txt regular file 644 7:8 4",
        "rfile regular file 600 0:0 7",
        "1700000000",
    ] {
        assert!(o.stdout.contains(want), "{want}: {}", o.stdout);
    }
    // --checksum: the right digest builds, another fails naming both.
    let sum = format!("sha256:{}", common::sha256_hex(b"remote\n"));
    for (checksum, code) in [(sum.as_str(), 0), ("sha256:0000", 125)] {
        std::fs::write(
            a.join("Dockerfile"),
            format!("FROM busybox\nADD --checksum={checksum} {base}/remote.txt /c\n"),
        )
        .unwrap();
        let o = env.skiff(["build", "--network", "none", "-q", a.to_str().unwrap()]);
        assert_eq!(o.code, code, "{}", o.stderr);
        if code != 0 {
            assert!(
                o.stderr
                    .contains("checksum mismatch: expected sha256:0000, got sha256:"),
                "{}",
                o.stderr
            );
        }
    }
}

/// A directory tree as `path type mode uid:gid size content`, sorted.
fn tree_listing(root: &std::path::Path) -> Vec<String> {
    use std::os::unix::fs::MetadataExt;
    let mut out = Vec::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let m = p.symlink_metadata().unwrap();
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            let what = if m.is_dir() {
                todo.push(p.clone());
                "dir".to_string()
            } else if m.file_type().is_symlink() {
                format!("-> {}", std::fs::read_link(&p).unwrap().display())
            } else {
                format!("{:?}", std::fs::read_to_string(&p).unwrap_or_default())
            };
            out.push(format!(
                "{rel} {:o} {}:{} {what}",
                m.mode() & 0o7777,
                m.uid(),
                m.gid()
            ));
        }
    }
    out.sort();
    out
}

/// `--output` against podman: the final stage's files in a directory
/// (made 0700, as podman makes it) and in a tar archive; the image is
/// still made. `-o -` (skiff alone here) writes the archive on stdout and
/// the build's lines on stderr.
fn output_matches_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let dockerfile = "FROM busybox AS b
RUN mkdir -p /o/sub && echo hi > /o/f && chmod 600 /o/f && ln -s f /o/sub/l
FROM scratch
COPY --from=b /o /
";
    let (a, b) = pm.workdirs(env, "out/ctx");
    for dir in [&a, &b] {
        std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
            common::chown(dir.parent().unwrap(), u.uid, u.gid);
        }
    }
    let (da, db) = (
        a.parent().unwrap().join("dir"),
        b.parent().unwrap().join("dir"),
    );
    let (ta, tb) = (
        a.parent().unwrap().join("o.tar"),
        b.parent().unwrap().join("o.tar"),
    );
    for (flag, sk_dest, pm_dest) in [("local", &da, &db), ("tar", &ta, &tb)] {
        let args = |dest: &std::path::Path, ctx: &std::path::Path| {
            vec![
                "build".to_string(),
                "--network".into(),
                "none".into(),
                "-q".into(),
                "--output".into(),
                format!("type={flag},dest={}", dest.display()),
                ctx.display().to_string(),
            ]
        };
        let (sk, po) = (env.skiff(args(sk_dest, &a)), pm.run(args(pm_dest, &b)));
        assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
        // The image is made as well.
        assert_eq!(sk.stdout.trim().len(), 64, "{}", sk.stdout);
    }
    assert_eq!(tree_listing(&da), tree_listing(&db));
    assert!(
        tree_listing(&da)
            .iter()
            .any(|l| l.starts_with("f 600 ") && l.ends_with("\"hi\\n\"")),
        "{:?}",
        tree_listing(&da)
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&da).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let entries = |p: &std::path::Path| -> Vec<String> {
        let mut v: Vec<String> = tar::Archive::new(std::fs::File::open(p).unwrap())
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                // (Directories' names end in / in skiff's archive, as in
                // layers, not in podman's: the same entries either way.)
                format!(
                    "{} {:?} {:o} {}:{} {}",
                    e.path()
                        .unwrap()
                        .display()
                        .to_string()
                        .trim_end_matches('/'),
                    h.entry_type(),
                    h.mode().unwrap() & 0o7777,
                    h.uid().unwrap(),
                    h.gid().unwrap(),
                    h.size().unwrap()
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(entries(&ta), entries(&tb));
    // -o -: the archive on stdout.
    let o = env
        .cmd(["build", "--network", "none", "-o", "-", a.to_str().unwrap()])
        .run();
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("COMMIT"), "{}", o.stderr);
    let names: Vec<String> = tar::Archive::new(o.stdout.as_bytes())
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    assert!(names.contains(&"f".to_string()), "{names:?}");
    let o = env.skiff(["build", "--output", "type=oci,dest=x", a.to_str().unwrap()]);
    assert_eq!(o.code, 125, "{}", o.stderr);
    assert!(
        o.stderr.contains("type \"oci\" is not supported"),
        "{}",
        o.stderr
    );
}

/// Stages that do not depend on each other build at once (shown by the
/// times their RUN steps ran: the two intervals overlap), their lines
/// still in stage order and as podman prints them (podman builds one
/// stage at a time by default); `--jobs 1` builds them one after the
/// other; a failing parallel stage fails the build with its status.
fn parallel_stages(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let stage = |name: &str, tail: &str| {
        format!(
            "FROM busybox AS {name}\nRUN date +%s > /start && sleep 2 && echo {name}{tail} && date +%s > /end\n"
        )
    };
    let dockerfile = |tail: &str| {
        format!(
            "{}{}FROM busybox\nCOPY --from=a /start /a.start\nCOPY --from=a /end /a.end\nCOPY --from=b /start /b.start\nCOPY --from=b /end /b.end\nCMD cat /a.start /a.end /b.start /b.end\n",
            stage("a", ""),
            stage("b", tail)
        )
    };
    let (a, b) = pm.workdirs(env, "par");
    for dir in [&a, &b] {
        std::fs::write(dir.join("Dockerfile"), dockerfile("")).unwrap();
        std::fs::write(dir.join("Fail"), dockerfile(" && exit 3")).unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
            common::chown(&dir.join("Fail"), u.uid, u.gid);
        }
    }
    let times = |jobs: &str| -> Vec<u64> {
        let o = env.skiff([
            "build",
            "--no-cache",
            "--jobs",
            jobs,
            "--network",
            "none",
            "-t",
            "localhost/par:1",
            a.to_str().unwrap(),
        ]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        let r = env.skiff(["run", "--rm", "--network", "none", "localhost/par:1"]);
        r.stdout
            .split_whitespace()
            .map(|t| t.parse().unwrap())
            .collect()
    };
    let t = times("0");
    let (a_start, a_end, b_start, b_end) = (t[0], t[1], t[2], t[3]);
    assert!(
        a_start < b_end && b_start < a_end,
        "the stages ran one after the other: {t:?}"
    );
    let t = times("1");
    assert!(t[2] >= t[1], "--jobs 1 ran the stages at once: {t:?}");
    // The lines: stage by stage, as podman's.
    let args = [
        "build",
        "--no-cache",
        "--network",
        "none",
        "-t",
        "localhost/par:2",
    ];
    let sk = env.skiff(args.iter().copied().chain([a.to_str().unwrap()]));
    let po = pm.run(args.iter().copied().chain([b.to_str().unwrap()]));
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    assert_eq!(
        step_ids(&sk.stdout),
        step_ids(&po.stdout),
        "{}\n{}",
        sk.stdout,
        po.stdout
    );
    // A failing stage in another process: its error, its status.
    let fail = ["build", "--no-cache", "--network", "none", "-f"];
    let sk = env.skiff(
        fail.iter()
            .copied()
            .chain([a.join("Fail").to_str().unwrap(), a.to_str().unwrap()]),
    );
    let po = pm.run(
        fail.iter()
            .copied()
            .chain([b.join("Fail").to_str().unwrap(), b.to_str().unwrap()]),
    );
    assert_eq!((sk.code, po.code), (3, 3), "{}\n{}", sk.stderr, po.stderr);
    let error = |o: &Output| {
        o.stdout
            .lines()
            .chain(o.stderr.lines())
            .find(|l| l.starts_with("Error: "))
            .map(str::to_string)
    };
    assert_eq!(error(&sk), error(&po), "{}\n{}", sk.stdout, sk.stderr);
}

/// The build's own flags against podman: a context tar and a bare
/// Dockerfile on stdin (`-`), `--label` (podman's LABEL steps and
/// history), `--add-host`, `--ulimit` and `-v` for RUN (the bind mount's
/// files stay out of the image), `--platform` (the host's); skiff alone:
/// `--build-arg-file`, and another platform refused.
fn flags_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "flags/ctx");
    let dockerfile = "FROM busybox
COPY a.txt /a.txt
RUN grep -c myhost /etc/hosts > /hosts && ulimit -n > /nofile && cat /mnt/v/in.txt > /from-volume && ls /mnt/v > /ls
CMD cat /a.txt /hosts /nofile /from-volume /ls
";
    for dir in [&a, &b] {
        let vol = dir.parent().unwrap().join("vol");
        std::fs::create_dir_all(&vol).unwrap();
        std::fs::write(vol.join("in.txt"), "from the host\n").unwrap();
        std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
        std::fs::write(dir.join("a.txt"), "from the tar\n").unwrap();
        if let Some(u) = &env.user {
            for p in [
                dir.join("Dockerfile"),
                dir.join("a.txt"),
                vol.clone(),
                vol.join("in.txt"),
            ] {
                common::chown(&p, u.uid, u.gid);
            }
        }
    }
    let tar = |dir: &std::path::Path| -> Vec<u8> {
        let mut t = tar::Builder::new(Vec::new());
        t.append_dir_all(".", dir).unwrap();
        t.into_inner().unwrap()
    };
    let args = |dir: &std::path::Path| -> Vec<String> {
        let vol = dir.parent().unwrap().join("vol");
        [
            "build",
            "--network",
            "host",
            "-q",
            "--platform",
            "linux/amd64",
            "--label",
            "x=y",
            "--label",
            "c=d e",
            "--add-host",
            "myhost:10.1.2.3",
            "--ulimit",
            "nofile=1234:1234",
            "-v",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .chain([
            format!("{}:/mnt/v:ro", vol.display()),
            "-t".into(),
            "localhost/fl:1".into(),
            "-".into(),
        ])
        .collect()
    };
    let sk = env.cmd(args(&a)).stdin(tar(&a)).run();
    let po = pm.cmd(args(&b)).stdin(tar(&b)).run();
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    let (o, _) = compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/fl:1"],
        &std_norm,
    );
    assert_eq!(o.stdout, "from the tar\n1\n1234\nfrom the host\nin.txt\n");
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "localhost/fl:1",
            "ls",
            "/mnt",
        ],
        &std_norm,
    );
    let history = [
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}",
        "localhost/fl:1",
    ];
    let (sk, po) = (env.skiff(history), pm.run(history));
    assert_eq!(sk.lines()[..2], po.lines()[..2], "{}", sk.stdout);
    assert_eq!(sk.lines()[0], "/bin/sh -c #(nop) LABEL \"c\"=\"d e\"");
    // (podman also labels every image io.buildah.version.)
    let labels = |o: &Output| {
        let mut l = o.json()[0]["Labels"].clone();
        l.as_object_mut().unwrap().remove("io.buildah.version");
        l
    };
    let inspect = ["image", "inspect", "localhost/fl:1"];
    assert_eq!(labels(&env.skiff(inspect)), labels(&pm.run(inspect)));
    // A bare Dockerfile on stdin: an empty context.
    let df = b"FROM busybox\nRUN echo piped > /p\nCMD cat /p\n".to_vec();
    let args = [
        "build",
        "--network",
        "none",
        "-q",
        "-t",
        "localhost/fl:2",
        "-",
    ];
    let (sk, po) = (
        env.cmd(args).stdin(df.clone()).run(),
        pm.cmd(args).stdin(df).run(),
    );
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/fl:2"],
        &std_norm,
    );
    // --build-arg-file: comments and blank lines skipped, --build-arg wins.
    let args_file = env.dir.join("args.env");
    std::fs::write(&args_file, "# build args\nA=from-file\n\nB=also\n").unwrap();
    if let Some(u) = &env.user {
        common::chown(&args_file, u.uid, u.gid);
    }
    let df = b"FROM busybox\nARG A\nARG B\nRUN echo $A $B > /args\nCMD cat /args\n".to_vec();
    let o = env
        .cmd([
            "build",
            "--network",
            "none",
            "-q",
            "-t",
            "localhost/fl:3",
            "--build-arg-file",
            args_file.to_str().unwrap(),
            "--build-arg",
            "B=flag",
            "-",
        ])
        .stdin(df)
        .run();
    assert_eq!(o.code, 0, "{}", o.stderr);
    let o = env.skiff(["run", "--rm", "--network", "none", "localhost/fl:3"]);
    assert_eq!(o.stdout, "from-file flag\n");
    // Another platform: refused before anything is built.
    let o = env
        .cmd(["build", "--platform", "linux/arm64", "-"])
        .stdin(b"FROM busybox\n".to_vec())
        .run();
    assert_eq!(o.code, 125, "{}", o.stderr);
    assert!(
        o.stderr.starts_with(
            "Error: building for linux/arm64: skiff builds for this machine's platform only"
        ),
        "{}",
        o.stderr
    );
}

/// `--squash` (the new layers as one over the base's) and `--squash-all`
/// (one layer) against podman: the same files (deletions in the new
/// layers hold), history (the layer given to the last entry; the base's
/// entries gone with --squash-all), layer count, and no step images left.
fn squash_matches_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "squash");
    for dir in [&a, &b] {
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM busybox\nRUN echo 1 > /one && rm /bin/true && mkdir -p /d/e && echo x > /d/e/f\nRUN echo 2 > /two && rm /one && rm -r /d/e\nENV X=1\n",
        )
        .unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
        }
    }
    for (flag, layers) in [("--squash", "2"), ("--squash-all", "1")] {
        let args = [
            "build",
            "--network",
            "none",
            "-q",
            flag,
            "-t",
            "localhost/sq:1",
        ];
        let sk = env.skiff(args.iter().copied().chain([a.to_str().unwrap()]));
        let po = pm.run(args.iter().copied().chain([b.to_str().unwrap()]));
        assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
        let listing = "ls /one /bin/true /d/e 2>&1; find /two /d; echo $X";
        compare(
            env,
            &pm,
            &[
                "run",
                "--rm",
                "--network",
                "none",
                "localhost/sq:1",
                "sh",
                "-c",
                listing,
            ],
            &std_norm,
        );
        let (o, _) = compare(
            env,
            &pm,
            &[
                "image",
                "inspect",
                "--format",
                "{{len .RootFS.Layers}}",
                "localhost/sq:1",
            ],
            &std_norm,
        );
        assert_eq!(o.stdout.trim(), layers);
        // (Entry, empty or not: sizes differ by tar padding.)
        let history = |o: &Output| -> Vec<(String, bool)> {
            o.stdout
                .lines()
                .map(|l| {
                    let mut it = l.rsplitn(3, ' ');
                    let (_unit, num, by) =
                        (it.next(), it.next().unwrap_or(""), it.next().unwrap_or(""));
                    (by.to_string(), num == "0")
                })
                .collect()
        };
        let args = [
            "history",
            "--no-trunc",
            "--format",
            "{{.CreatedBy}} {{.Size}}",
            "localhost/sq:1",
        ];
        let (sk, po) = (env.skiff(args), pm.run(args));
        assert_eq!(history(&sk), history(&po), "{}\n{}", sk.stdout, po.stdout);
        compare(
            env,
            &pm,
            &["images", "-a", "--format", "{{.Repository}}:{{.Tag}}"],
            &std_norm,
        );
    }
}

/// `--build-context` (BuildKit's named contexts) against podman: FROM a
/// name that is an image reference, `COPY --from=` a name that is a
/// directory (a whole directory and one file).
fn named_contexts_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "named/ctx");
    for dir in [&a, &b] {
        let extra = dir.parent().unwrap().join("extra");
        std::fs::create_dir_all(extra.join("sub")).unwrap();
        std::fs::write(extra.join("file.txt"), "extra\n").unwrap();
        std::fs::write(extra.join("sub/deep.txt"), "deep\n").unwrap();
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM base\nCOPY --from=extra file.txt /extra.txt\nCOPY --from=extra . /all/\nCMD cat /extra.txt && find /all | sort\n",
        )
        .unwrap();
        if let Some(u) = &env.user {
            for p in [
                dir.join("Dockerfile"),
                extra.clone(),
                extra.join("sub"),
                extra.join("file.txt"),
                extra.join("sub/deep.txt"),
            ] {
                common::chown(&p, u.uid, u.gid);
            }
        }
    }
    let args = |dir: &std::path::Path| -> Vec<String> {
        vec![
            "build".into(),
            "--network".into(),
            "none".into(),
            "-q".into(),
            "-t".into(),
            "localhost/named:1".into(),
            "--build-context".into(),
            "base=docker-image://localhost/busybox:latest".into(),
            "--build-context".into(),
            format!("extra={}", dir.parent().unwrap().join("extra").display()),
            dir.display().to_string(),
        ]
    };
    let (sk, po) = (env.skiff(args(&a)), pm.run(args(&b)));
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    let (o, _) = compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/named:1"],
        &std_norm,
    );
    assert!(
        o.stdout
            .starts_with("extra\n/all\n/all/file.txt\n/all/sub\n"),
        "{}",
        o.stdout
    );
    let o = env.skiff([
        "build",
        "--build-context",
        "x=https://example.com/ctx.tar",
        a.to_str().unwrap(),
    ]);
    assert_eq!(o.code, 125, "{}", o.stderr);
}

/// `RUN --mount=type=bind` from a stage and from an image (a directory
/// and a file, owners as there), and `rw` on the context (writes thrown
/// away), against podman.
fn bind_mounts_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let dockerfile = "FROM busybox AS src
RUN mkdir /data && echo fromstage > /data/f && chown 5:6 /data/f
FROM busybox
RUN --mount=type=bind,from=src,source=/data,target=/m stat -c '%n %u:%g %a' /m/f > /r1 && cat /m/f >> /r1
RUN --mount=type=bind,from=src,source=/data/f,target=/one cat /one > /r2
RUN --mount=type=bind,source=ctx.txt,target=/c,rw echo changed > /c && cat /c > /r3
RUN --mount=type=bind,from=busybox,source=/etc,target=/e ls /e > /r4
CMD cat /r1 /r2 /r3 /r4 && ls /m /one /c 2>&1
";
    let (a, b) = pm.workdirs(env, "binds");
    for dir in [&a, &b] {
        std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
        std::fs::write(dir.join("ctx.txt"), "original\n").unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
            common::chown(&dir.join("ctx.txt"), u.uid, u.gid);
        }
    }
    let args = [
        "build",
        "--network",
        "none",
        "-q",
        "-t",
        "localhost/binds:1",
    ];
    let sk = env.skiff(args.iter().copied().chain([a.to_str().unwrap()]));
    let po = pm.run(args.iter().copied().chain([b.to_str().unwrap()]));
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    let (o, _) = compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/binds:1"],
        &std_norm,
    );
    assert!(
        o.stdout
            .starts_with("/m/f 5:6 644\nfromstage\nfromstage\nchanged\n"),
        "{}",
        o.stdout
    );
    assert_eq!(
        std::fs::read_to_string(a.join("ctx.txt")).unwrap(),
        "original\n"
    );
}

/// SHELL against podman: ignored with the OCI format (podman's warning;
/// RUN keeps /bin/sh -c), used by RUN with `--format docker`; and
/// `--annotation` in the image's manifest.
fn shell_and_annotations_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "shell");
    for dir in [&a, &b] {
        std::fs::write(
            dir.join("Dockerfile"),
            "FROM busybox\nSHELL [\"/bin/sh\", \"-xc\"]\nRUN echo ran > /r\n",
        )
        .unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
        }
    }
    for format in ["oci", "docker"] {
        let args = [
            "build",
            "--no-cache",
            "--network",
            "none",
            "--format",
            format,
            "--annotation",
            "an=1",
            "-t",
            "localhost/sh:1",
        ];
        let sk = env.skiff(args.iter().copied().chain([a.to_str().unwrap()]));
        let po = pm.run(args.iter().copied().chain([b.to_str().unwrap()]));
        assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
        // The RUN's trace (sh -x) shows whether the SHELL was used.
        let traced = |o: &Output| o.stderr.contains("+ echo ran");
        assert_eq!(
            traced(&sk),
            traced(&po),
            "{format}: {}\n{}",
            sk.stderr,
            po.stderr
        );
        assert_eq!(traced(&sk), format == "docker");
        let warned = |o: &Output| {
            o.stderr.contains("SHELL is not supported for OCI image format, [/bin/sh -xc] will be ignored. Must use `docker` format")
        };
        assert_eq!(
            warned(&sk),
            warned(&po),
            "{format}: {}\n{}",
            sk.stderr,
            po.stderr
        );
        let inspect = ["image", "inspect", "localhost/sh:1"];
        let (sk, po) = (env.skiff(inspect), pm.run(inspect));
        // (A docker manifest has none: podman drops them.)
        let want = if format == "oci" {
            serde_json::json!("1")
        } else {
            serde_json::Value::Null
        };
        assert_eq!(sk.json()[0]["Annotations"]["an"], want, "{}", sk.stdout);
        assert_eq!(
            sk.json()[0]["Annotations"]["an"],
            po.json()[0]["Annotations"]["an"]
        );
    }
}

/// Every substitution form in the instructions docker substitutes in,
/// against podman: the env, labels, working directory and a RUN's view.
fn substitutions_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let dockerfile = r#"FROM busybox
ARG SET=value
ARG EMPTY=
ENV A=${SET:-default} B=${UNSET:-default} C=${SET:+alt} D=${UNSET:+alt} F=${EMPTY:-colon} H=\$SET I="${SET}_suffix" J='$SET'
ENV K $SET with spaces
LABEL l1=${SET} l2="${UNSET:-none}" "l 3"=$SET
WORKDIR /w/${SET}
USER ${SET:+root}
EXPOSE ${PORT:-8080}/tcp
RUN echo "$A|$B|$C|$D|$F|$H|$I|$J|$K|$SET|$EMPTY" > /out
"#;
    let (a, b) = pm.workdirs(env, "subst");
    for dir in [&a, &b] {
        std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
        }
    }
    let args = [
        "build",
        "--network",
        "none",
        "-q",
        "-t",
        "localhost/subst:1",
    ];
    let sk = env.skiff(args.iter().copied().chain([a.to_str().unwrap()]));
    let po = pm.run(args.iter().copied().chain([b.to_str().unwrap()]));
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    let (o, _) = compare(
        env,
        &pm,
        &[
            "image",
            "inspect",
            "--format",
            "{{json .Config.Env}} {{.Config.WorkingDir}} {{.Config.User}} {{json .Config.ExposedPorts}} {{index .Config.Labels \"l1\"}} {{index .Config.Labels \"l2\"}} {{index .Config.Labels \"l 3\"}}",
            "localhost/subst:1",
        ],
        &std_norm,
    );
    assert!(o.stdout.contains("\"A=value\",\"B=default\",\"C=alt\",\"D=\",\"F=colon\",\"H=$SET\",\"I=value_suffix\",\"J=$SET\""), "{}", o.stdout);
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "localhost/subst:1",
            "cat",
            "/out",
        ],
        &std_norm,
    );
    // The forms without a colon (docker's; podman 4.3 refuses them):
    // set-but-empty counts as set.
    let o = env
        .cmd(["build", "--network", "none", "-q", "-t", "localhost/subst:2", "-"])
        .stdin(b"FROM busybox\nARG EMPTY=\nENV E=${EMPTY-dash} G=${UNSET+plus} P=${EMPTY+plus} U=${UNSET-dash}\n".to_vec())
        .run();
    assert_eq!(o.code, 0, "{}", o.stderr);
    let o = env.skiff([
        "image",
        "inspect",
        "--format",
        "{{json .Config.Env}}",
        "localhost/subst:2",
    ]);
    assert!(
        o.stdout.contains("\"E=\",\"G=\",\"P=plus\",\"U=dash\""),
        "{}",
        o.stdout
    );
}

/// A Dockerfile on the Debian test image (users made with useradd,
/// names resolved by --chown, USER and WORKDIR from variables, a volume,
/// an entrypoint with a command) against podman: the files, config,
/// history and what the image runs.
fn debian_matches_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    let Some(minbase) = env.fixture("minbase.tar") else {
        common::skip(
            &env.name,
            "the Debian minbase fixture is not built (tests/fixtures/build.sh --minbase)",
        );
        return;
    };
    let minbase = minbase.to_str().unwrap();
    assert_eq!(env.skiff(["load", "-q", "-i", minbase]).code, 0);
    assert_eq!(pm.run(["load", "-q", "-i", minbase]).code, 0);
    let dockerfile = r#"FROM debian:minbase
ARG APP=demo
ENV APP_HOME=/srv/${APP} DEBIAN_FRONTEND=noninteractive
RUN groupadd -g 1234 app && useradd -u 1234 -g app -m -d /home/app -s /bin/bash app
WORKDIR ${APP_HOME}
COPY --chown=app:app conf/ ./conf/
RUN chown app:app . && ln -s conf/app.conf current.conf
USER app
RUN echo "built by $(id -un) in $PWD" > built.txt && chmod 640 built.txt
EXPOSE 8080
VOLUME /srv/data
ENTRYPOINT ["/bin/bash", "-c"]
CMD ["cat built.txt"]
"#;
    let (a, b) = pm.workdirs(env, "deb/conf");
    for conf in [&a, &b] {
        let dir = conf.parent().unwrap();
        std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
        std::fs::write(conf.join("app.conf"), "port=8080\n").unwrap();
        if let Some(u) = &env.user {
            common::chown(&dir.join("Dockerfile"), u.uid, u.gid);
            common::chown(&conf.join("app.conf"), u.uid, u.gid);
        }
    }
    let args = ["build", "--network", "none", "-q", "-t", "localhost/deb:1"];
    let sk = env.skiff(
        args.iter()
            .copied()
            .chain([a.parent().unwrap().to_str().unwrap()]),
    );
    let po = pm.run(
        args.iter()
            .copied()
            .chain([b.parent().unwrap().to_str().unwrap()]),
    );
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    let (o, _) = compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/deb:1"],
        &std_norm,
    );
    assert_eq!(o.stdout, "built by app in /srv/demo\n");
    let listing = "cd /srv/demo && find . /home/app | sort | xargs stat -c '%n %F %a %U:%G %s %N' && id && md5sum conf/app.conf";
    compare(
        env,
        &pm,
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "--entrypoint",
            "/bin/bash",
            "localhost/deb:1",
            "-c",
            listing,
        ],
        &std_norm,
    );
    compare(
        env,
        &pm,
        &[
            "image",
            "inspect",
            "--format",
            "{{.Config.User}} {{.Config.WorkingDir}} {{json .Config.Env}} {{json .Config.Entrypoint}} {{json .Config.Cmd}} {{json .Config.ExposedPorts}} {{json .Config.Volumes}}",
            "localhost/deb:1",
        ],
        &std_norm,
    );
    // History, but COPY's content hashes (podman hashes differently).
    let history = [
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}",
        "localhost/deb:1",
    ];
    let (sk, po) = (env.skiff(history), pm.run(history));
    let strip = |o: &Output| -> Vec<String> {
        o.stdout
            .lines()
            .filter(|l| !l.contains(" COPY "))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(strip(&sk), strip(&po), "{}\n{}", sk.stdout, po.stdout);
}

/// `--from` (the first stage's base: the Dockerfile's is never pulled),
/// `--ignorefile`, `--skip-unused-stages=false` and `--logfile` against
/// podman.
fn stage_and_file_flags_match_podman(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    let (a, b) = pm.workdirs(env, "sf");
    for dir in [&a, &b] {
        for (name, text) in [
            (
                "Dockerfile",
                "FROM localhost/no-such-image-here AS main\nCOPY . /ctx/\nRUN echo ran\nCMD find /ctx | sort\nFROM busybox AS unused\nRUN echo unused\nFROM main\n",
            ),
            ("custom.ignore", "a.txt\n"),
            ("a.txt", "a\n"),
            ("b.txt", "b\n"),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
            if let Some(u) = &env.user {
                common::chown(&dir.join(name), u.uid, u.gid);
            }
        }
    }
    let args = |dir: &std::path::Path| -> Vec<String> {
        let ignore = dir.join("custom.ignore").display().to_string();
        [
            "build",
            "--network",
            "none",
            "--no-cache",
            "--from",
            "busybox",
            "--ignorefile",
            &ignore,
            "--skip-unused-stages=false",
            "-t",
            "localhost/sf:1",
            dir.to_str().unwrap(),
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect()
    };
    let (sk, po) = (env.skiff(args(&a)), pm.run(args(&b)));
    assert_eq!((sk.code, po.code), (0, 0), "{}\n{}", sk.stderr, po.stderr);
    assert_eq!(
        step_ids(&sk.stdout),
        step_ids(&po.stdout),
        "{}\n{}",
        sk.stdout,
        po.stdout
    );
    assert!(
        sk.stdout
            .contains("[2/3] STEP 2/2: RUN echo unused\nunused\n"),
        "{}",
        sk.stdout
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "--network", "none", "localhost/sf:1"],
        &std_norm,
    );
    // --logfile: everything, the RUN's output too, in the file. (Without
    // --skip-unused-stages=false the unused stage is not built, but
    // podman still counts it: [1/3], [3/3].)
    let (la, lb) = (a.join("build.log"), b.join("build.log"));
    let sk = env.skiff([
        "build",
        "--network",
        "none",
        "--no-cache",
        "--from",
        "busybox",
        "--logfile",
        la.to_str().unwrap(),
        a.to_str().unwrap(),
    ]);
    let po = pm.run([
        "build",
        "--network",
        "none",
        "--no-cache",
        "--from",
        "busybox",
        "--logfile",
        lb.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert_eq!(
        (sk.code, po.code, sk.stdout.as_str()),
        (0, 0, po.stdout.as_str()),
        "{}\n{}",
        sk.stderr,
        po.stderr
    );
    let (ta, tb) = (
        std::fs::read_to_string(&la).unwrap(),
        std::fs::read_to_string(&lb).unwrap(),
    );
    assert_eq!(step_ids(&ta), step_ids(&tb), "{ta}\n{tb}");
    assert!(ta.contains("\nran\n"), "{ta}");
}

/// `builder prune` (docker's; podman 4.3 has none): the step images that
/// lead to no image go, the named image's stay; `-a` takes every step
/// image and the RUN cache mounts.
fn builder_prune(env: &Env) {
    if env.load_busybox().is_none() {
        return;
    }
    let ctx = env.path("bp");
    let build = |n: &str, tag: Option<&str>| {
        env.write_file("bp/Dockerfile", format!("FROM busybox\nRUN --mount=type=cache,target=/c echo {n} > /c/n && echo {n} > /n\nENV N={n}\n").as_bytes());
        let mut args = vec!["build", "-q", "--network", "none"];
        if let Some(t) = tag {
            args.extend(["-t", t]);
        }
        args.push(ctx.to_str().unwrap());
        let o = env.skiff(args);
        assert_eq!(o.code, 0, "{}", o.stderr);
    };
    build("1", None);
    build("2", Some("localhost/bp:1"));
    let all = || env.skiff(["images", "-a", "-q"]).lines().len();
    let before = all();
    let o = env.skiff(["builder", "prune", "-f"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stdout.starts_with("Deleted build cache objects:\n"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("\nTotal reclaimed space: "),
        "{}",
        o.stdout
    );
    // The first build's two step images (RUN, ENV) went.
    assert_eq!(all(), before - 2, "{}", o.stdout);
    let o = env.skiff([
        "run",
        "--rm",
        "--network",
        "none",
        "localhost/bp:1",
        "cat",
        "/n",
    ]);
    assert_eq!(o.stdout, "2\n");
    // Without -f: the question; no answer, nothing removed.
    let o = env.cmd(["builder", "prune"]).stdin("n\n").run();
    assert!(o.stdout.starts_with("WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] "), "{}", o.stdout);
    assert_eq!(all(), before - 2);
    let o = env.skiff(["builder", "prune", "-a", "-f"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    // busybox and the named image remain; the cache mount is gone.
    assert_eq!(all(), 2, "{}", env.skiff(["images", "-a"]).stdout);
    let cache = env.dir.join("root/build-cache");
    assert_eq!(std::fs::read_dir(&cache).map_or(0, Iterator::count), 0);
    let o = env.skiff([
        "run",
        "--rm",
        "--network",
        "none",
        "localhost/bp:1",
        "cat",
        "/n",
    ]);
    assert_eq!(o.stdout, "2\n");
}

both_modes!(
    builder_prune,
    stage_and_file_flags_match_podman,
    substitutions_match_podman,
    debian_matches_podman,
    shell_and_annotations_match_podman,
    bind_mounts_match_podman,
    named_contexts_match_podman,
    squash_matches_podman,
    flags_match_podman,
    features_match_podman,
    heredocs,
    add_matches_podman,
    output_matches_podman,
    parallel_stages
);
