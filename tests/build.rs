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
