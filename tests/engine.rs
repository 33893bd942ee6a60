//! The engine API driven directly, without the command line: pull → tag
//! → create → start → logs → inspect → exec → stop → wait → list → rm →
//! build steps → rmi, rootful and rootless.
//!
//! Not a libtest harness (`harness = false`): operations fork (start,
//! exec) and rootless ones join a user namespace, and both need a
//! single-threaded process. `main` prepares a registry with busybox on it
//! through the CLI, then runs the scenario in a fresh process of this
//! binary (as the test user for rootless) that uses only `skiff::engine`.
#![allow(clippy::print_stderr, clippy::print_stdout)]

mod common;

use common::{Env, Mode};
use skiff::build::ignore::Ignore;
use skiff::build::layer::Ownership;
use skiff::build::sources::place;
use skiff::container::Status;
use skiff::container::select::Selection;
use skiff::container::spec::CreateOptions;
use skiff::engine::build::{ConfigStep, CopyStep, RunStep};
use skiff::engine::container::{
    Condition, CreateRequest, ExecIo, ListRequest, LogsRequest, RemoveRequest,
};
use skiff::engine::image::PullRequest;
use skiff::engine::{Engine, EngineOptions};
use skiff::image::reference::Reference;
use skiff::registry::progress::{Event, Progress};
use skiff::runtime::exec::ExecRequest;
use skiff::runtime::monitor::Attach;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--scenario") {
        scenario(&args[2..]);
        println!("scenario passed");
        return;
    }
    for mode in [Mode::Rootful, Mode::Rootless] {
        let name = match mode {
            Mode::Rootful => "engine_api-rootful",
            Mode::Rootless => "engine_api-rootless",
        };
        let Some(env) = Env::new(mode, name) else {
            continue;
        };
        let Some(reg) = common::registry::Registry::start(&env.name, common::registry::Auth::None)
        else {
            continue;
        };
        if env.load_busybox().is_none() {
            continue;
        }
        let image = reg.name("engine/busybox:1");
        env.skiff(["tag", "busybox", &image]).ok();
        env.skiff(["push", &image]).ok();
        env.skiff(["rmi", "-af"]).ok();
        // This binary, where the test user can run it.
        let me = std::env::current_exe().unwrap();
        let bin = if env.rootless() {
            let dest = common::shared_bin_dir().join("engine-scenario");
            let tmp = dest.with_extension(format!("tmp{}", std::process::id()));
            std::fs::copy(&me, &tmp).unwrap();
            common::set_mode(&tmp, 0o755);
            std::fs::rename(&tmp, &dest).unwrap();
            dest
        } else {
            me
        };
        let out = env
            .program(
                bin.to_str().unwrap(),
                [
                    "--scenario",
                    env.root.to_str().unwrap(),
                    env.runroot.to_str().unwrap(),
                    env.dir.join("networks").to_str().unwrap(),
                    &image,
                ],
            )
            .run();
        eprint!("{}", out.stderr);
        out.ok();
        assert!(out.stdout.contains("scenario passed"), "{}", out.stdout);
        println!("test {name} ... ok");
    }
}

fn scenario(args: &[String]) {
    let [root, runroot, netdir, image] = args else {
        panic!("--scenario ROOT RUNROOT NETDIR IMAGE");
    };
    let opts = EngineOptions {
        root: Some(PathBuf::from(root)),
        runroot: Some(PathBuf::from(runroot)),
        network_config_dir: Some(PathBuf::from(netdir)),
        ..EngineOptions::for_current_user().unwrap()
    };
    let engine = Engine::open(&opts).unwrap();

    // pull, with progress as events.
    let events: Arc<Mutex<Vec<Event>>> = Arc::default();
    let sink = Arc::clone(&events);
    let progress = Progress::events(move |e| sink.lock().unwrap().push(e));
    let pulled = engine
        .pull(image, &PullRequest::default(), &progress)
        .unwrap();
    assert_eq!(pulled.len(), 1);
    let id = pulled[0].id.clone();
    {
        let ev = events.lock().unwrap();
        assert!(
            ev.iter()
                .any(|e| matches!(e, Event::Start { kind: "blob", .. })),
            "{ev:?}"
        );
        assert!(
            ev.iter()
                .any(|e| matches!(e, Event::Finish { status, .. } if status == "done")),
            "{ev:?}"
        );
    }

    // tag
    let local = "localhost/engine/test:1";
    engine
        .tag(image, &[Reference::parse_local(local).unwrap()])
        .unwrap();
    assert!(
        engine
            .image_list()
            .unwrap()
            .iter()
            .any(|i| i.id == id && i.names.iter().any(|n| n == local))
    );

    // create + start
    let req = CreateRequest {
        options: CreateOptions {
            image: local.to_string(),
            command: vec![
                "sh".into(),
                "-c".into(),
                "echo out; echo err >&2; exec sleep 1000".into(),
            ],
            name: Some("engine-ctr".into()),
            network: Some("none".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    let quiet = Progress::new(true);
    let c = engine.create(&req, &quiet).unwrap();
    assert_eq!(engine.state(&c.id).unwrap().status, Status::Created);
    engine.start(&c.id, Attach::Detached).unwrap();
    assert_eq!(engine.state(&c.id).unwrap().status, Status::Running);

    // logs: both streams, as records
    let deadline = Instant::now() + Duration::from_secs(20);
    let records = loop {
        let mut r = engine
            .logs(std::slice::from_ref(&c.id), LogsRequest::default())
            .unwrap();
        let batch = r.next_batch().unwrap().unwrap_or_default();
        assert!(
            r.next_batch().unwrap().is_none(),
            "not following: one batch"
        );
        if batch.len() >= 2 || Instant::now() > deadline {
            break batch;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let texts: Vec<(skiff::container::logs::Stream, String)> = records
        .iter()
        .map(|(_, r)| (r.stream, String::from_utf8_lossy(&r.text).into_owned()))
        .collect();
    assert!(
        texts.contains(&(skiff::container::logs::Stream::Stdout, "out\n".into())),
        "{texts:?}"
    );
    assert!(
        texts.contains(&(skiff::container::logs::Stream::Stderr, "err\n".into())),
        "{texts:?}"
    );
    let tail = engine
        .logs(
            std::slice::from_ref(&c.id),
            LogsRequest {
                tail: Some(1),
                ..Default::default()
            },
        )
        .unwrap()
        .next_batch()
        .unwrap()
        .unwrap();
    assert_eq!(tail.len(), 1);

    // inspect: docker's shape
    let v = engine.inspect(&c.id).unwrap();
    assert_eq!(v["Id"], c.id.as_str());
    assert_eq!(v["Name"], "engine-ctr");
    assert_eq!(v["State"]["Status"], "running");
    assert_eq!(v["State"]["Running"], true);
    assert_eq!(v["Image"], format!("{id}").trim_start_matches("sha256:"));
    assert_eq!(v["ImageName"], local);

    // exec: the caller stays outside; output through the descriptors given
    let our_mnt = std::fs::read_link("/proc/self/ns/mnt").unwrap();
    let dir = PathBuf::from(root).parent().unwrap().join("exec");
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("out");
    let err_path = dir.join("err");
    let io = ExecIo::Fds {
        stdin: std::fs::File::open("/dev/null").unwrap().into(),
        stdout: std::fs::File::create(&out_path).unwrap().into(),
        stderr: std::fs::File::create(&err_path).unwrap().into(),
    };
    let ereq = ExecRequest {
        args: vec![
            "sh".into(),
            "-c".into(),
            "echo hello-$((1+2)); echo oops >&2; exit 3".into(),
        ],
        env: vec![],
        user: None,
        workdir: None,
        tty: false,
        interactive: false,
        detach: false,
        privileged: false,
        detach_keys: vec![],
        winsize_file: None,
    };
    assert_eq!(engine.exec(&c.id, &ereq, io).unwrap(), 3);
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "hello-3\n");
    assert_eq!(std::fs::read_to_string(&err_path).unwrap(), "oops\n");
    // A missing command: the error, with 127.
    let io = ExecIo::Fds {
        stdin: std::fs::File::open("/dev/null").unwrap().into(),
        stdout: std::fs::File::create(&out_path).unwrap().into(),
        stderr: std::fs::File::create(&err_path).unwrap().into(),
    };
    let missing = ExecRequest {
        args: vec!["/no/such/program".into()],
        ..ereq
    };
    let e = engine.exec(&c.id, &missing, io).unwrap_err();
    assert_eq!(skiff::error::Report::from_error(&e).code, 127, "{e:#}");
    // Still outside the container: our own mount namespace is the host's.
    assert_eq!(std::fs::read_link("/proc/self/ns/mnt").unwrap(), our_mnt);

    // list
    let listed = engine
        .list(&ListRequest {
            all: true,
            ..Default::default()
        })
        .unwrap();
    assert!(listed.iter().any(|l| l.config.id == c.id));
    let row = skiff::engine::views::ps_json(&listed[0].config, &listed[0].state, None);
    assert_eq!(row["State"], "running");

    // stop + wait: sleep as PID 1 ignores SIGTERM, so SIGKILL after 1 s
    engine.stop(&c.id, Some(1)).unwrap();
    let code = engine
        .wait(&c.id, &[Condition::NotRunning], Duration::from_millis(100))
        .unwrap();
    assert_eq!(code, 137);
    assert_eq!(engine.state(&c.id).unwrap().status, Status::Exited);
    let running_only = engine.list(&ListRequest::default()).unwrap();
    assert!(!running_only.iter().any(|l| l.config.id == c.id));

    // rm
    let targets = engine
        .select(
            &Selection {
                names: vec!["engine-ctr".into()],
                ..Default::default()
            },
            |_| true,
        )
        .unwrap();
    assert_eq!(targets.len(), 1);
    let results = engine.remove(&targets, RemoveRequest::default()).unwrap();
    assert!(results.iter().all(Result::is_ok));
    let e = engine.find("engine-ctr").unwrap_err();
    assert_eq!(
        skiff::error::kind_of(&e),
        skiff::error::Kind::NotFound,
        "{e:#}"
    );

    // A RUN step of a build: the changes become an image on top, the
    // config stays the base's; a failing step fails with its status and
    // leaves no container behind.
    let step = |image: &str, script: &str| {
        engine.run_step(&RunStep {
            image: image.to_string(),
            argv: vec!["/bin/sh".into(), "-c".into(), script.into()],
            env: vec!["BUILT=yes".into()],
            network: Some("none".into()),
            created_by: format!("/bin/sh -c {script}"),
            created: Some("2020-01-01T00:00:00Z".into()),
            instruction: format!("RUN {script}"),
            build_key: None,
            quiet: false,
            mounts: Vec::new(),
            exclude: Vec::new(),
            clear_on_build: false,
            settings: Default::default(),
        })
    };
    let base = engine
        .image_list()
        .unwrap()
        .into_iter()
        .find(|i| i.id == id)
        .unwrap();
    let built = step(&id.to_string(), "echo $BUILT > /built").unwrap();
    assert_eq!(built.layers.len(), base.layers.len() + 1);
    assert_eq!(built.layers[..base.layers.len()], base.layers[..]);
    let bc = engine.images.config(&built).unwrap();
    let basec = engine.images.config(&base).unwrap();
    assert_eq!(
        bc.config.as_ref().and_then(|c| c.cmd.clone()),
        basec.config.as_ref().and_then(|c| c.cmd.clone())
    );
    assert_eq!(
        bc.history
            .last()
            .and_then(|h| h.created_by.clone())
            .as_deref(),
        Some("/bin/sh -c echo $BUILT > /built")
    );
    assert_eq!(bc.created.as_deref(), Some("2020-01-01T00:00:00Z"));
    let checked = step(&built.id.to_string(), "test \"$(cat /built)\" = yes").unwrap();
    let e = step(&built.id.to_string(), "exit 3").unwrap_err();
    assert_eq!(skiff::error::Report::from_error(&e).code, 3, "{e:#}");
    assert!(
        engine
            .list(&ListRequest {
                all: true,
                ..Default::default()
            })
            .unwrap()
            .is_empty()
    );
    // A COPY step from a build context, then a config-only step, then a
    // RUN that sees both; and a config-only image from scratch.
    let ctx = PathBuf::from(root).parent().unwrap().join("ctx");
    std::fs::create_dir_all(ctx.join("app")).unwrap();
    std::fs::write(ctx.join("app/hello.txt"), "hello").unwrap();
    std::fs::write(ctx.join("app/skip.log"), "no").unwrap();
    let ignore = Ignore::parse("**/*.log\n").unwrap();
    let placements = place(&ctx, &["app".into()], "/app/", "/", &ignore).unwrap();
    let copied = engine
        .copy_step(CopyStep {
            base: Some(&built),
            context: &ctx,
            placements: &placements,
            ignore: &ignore,
            ownership: Ownership::default(),
            created_by: "COPY app /app/".into(),
            created: None,
            build_key: None,
            clear_on_build: false,
        })
        .unwrap();
    assert_eq!(copied.layers.len(), built.layers.len() + 1);
    let mut cc = engine
        .images
        .config(&copied)
        .unwrap()
        .config
        .unwrap_or_default();
    cc.env.get_or_insert_with(Vec::new).push("STEP=1".into());
    let with_env = engine
        .config_step(ConfigStep {
            base: Some(&copied),
            config: cc,
            author: None,
            created_by: "ENV STEP=1".into(),
            created: None,
            build_key: None,
        })
        .unwrap();
    assert_eq!(with_env.layers, copied.layers);
    let hist = engine.images.config(&with_env).unwrap().history;
    assert!(hist.last().unwrap().empty_layer);
    let seen = step(
        &with_env.id.to_string(),
        "test \"$(cat /app/hello.txt)\" = hello && test ! -e /app/skip.log && test \"$(stat -c %u /app/hello.txt)\" = 0 && test \"$STEP\" = 1 && test -f /built",
    )
    .unwrap();
    let scratch = engine
        .config_step(ConfigStep {
            base: None,
            config: skiff::image::spec::ContainerConfig {
                cmd: Some(vec!["/x".into()]),
                ..Default::default()
            },
            author: None,
            created_by: "CMD [\"/x\"]".into(),
            created: None,
            build_key: None,
        })
        .unwrap();
    assert!(scratch.layers.is_empty());
    // A Dockerfile, two stages, through the build executor.
    let bctx = PathBuf::from(root).parent().unwrap().join("bctx");
    std::fs::create_dir_all(bctx.join("app")).unwrap();
    std::fs::write(bctx.join("app/hello.txt"), "hello").unwrap();
    std::fs::write(bctx.join("app/secret.key"), "no").unwrap();
    std::fs::write(bctx.join(".dockerignore"), "**/*.key\n").unwrap();
    let dockerfile = "ARG BASE\nFROM $BASE AS first\nARG GREETING=hello\nENV WHO=world\nWORKDIR /work\nRUN echo \"$GREETING $WHO\" > greeting\nCOPY app/ ./app/\nLABEL version=\"1.0\" who=$WHO\nFROM first\nUSER 1000:1000\nEXPOSE 8080/tcp\nCMD [\"cat\", \"/work/greeting\"]\n";
    let mut lines = Vec::new();
    let img = skiff::build::exec::build(
        &engine,
        &skiff::build::exec::BuildRequest {
            context: bctx.clone(),
            dockerfile: ("Dockerfile".into(), dockerfile.into()),
            build_args: vec![("BASE".into(), local.into())],
            target: None,
            pull: skiff::engine::image::PullPolicy::Never,
            registry: PullRequest::default(),
            network: Some("none".into()),
            created: None,
            layers: true,
            no_cache: false,
            quiet: false,
            docker_format: false,
            output: None,
            jobs: 1,
            labels: Vec::new(),
            run: Default::default(),
            squash: Default::default(),
            contexts: Vec::new(),
            annotations: Vec::new(),
            from: None,
            ignorefile: None,
            all_stages: false,
            secrets: Vec::new(),
        },
        None,
        &mut lines,
    )
    .unwrap()
    .0;
    let lines = String::from_utf8(lines).unwrap();
    assert!(
        lines.contains("[1/2] STEP 1/7: FROM localhost/engine/test:1 AS first"),
        "{lines}"
    );
    // Again: every step from the cache, the same image.
    let request = |no_cache| skiff::build::exec::BuildRequest {
        context: bctx.clone(),
        dockerfile: ("Dockerfile".into(), dockerfile.into()),
        build_args: vec![("BASE".into(), local.into())],
        target: None,
        pull: skiff::engine::image::PullPolicy::Never,
        registry: PullRequest::default(),
        network: Some("none".into()),
        created: None,
        layers: true,
        no_cache,
        quiet: false,
        docker_format: false,
        output: None,
        jobs: 1,
        labels: Vec::new(),
        run: Default::default(),
        squash: Default::default(),
        contexts: Vec::new(),
        annotations: Vec::new(),
        from: None,
        ignorefile: None,
        all_stages: false,
        secrets: Vec::new(),
    };
    let mut again = Vec::new();
    let cached = skiff::build::exec::build(&engine, &request(false), None, &mut again)
        .unwrap()
        .0;
    let again = String::from_utf8(again).unwrap();
    assert_eq!(cached.id, img.id, "{again}");
    assert_eq!(again.matches("--> Using cache ").count(), 9, "{again}");
    // --no-cache: every step again, a new image.
    let mut fresh = Vec::new();
    let uncached = skiff::build::exec::build(&engine, &request(true), None, &mut fresh)
        .unwrap()
        .0;
    assert_ne!(uncached.id, img.id);
    assert!(!String::from_utf8(fresh).unwrap().contains("Using cache"));
    assert!(
        lines.contains("[2/2] STEP 4/4: CMD [\"cat\", \"/work/greeting\"]"),
        "{lines}"
    );
    let ic = engine.images.config(&img).unwrap();
    let c = ic.config.clone().unwrap();
    assert_eq!(c.user.as_deref(), Some("1000:1000"));
    assert_eq!(c.working_dir.as_deref(), Some("/work"));
    assert_eq!(
        c.cmd,
        Some(vec!["cat".to_string(), "/work/greeting".to_string()])
    );
    assert!(c.exposed_ports.unwrap().contains_key("8080/tcp"));
    assert!(c.env.unwrap().contains(&"WHO=world".to_string()));
    let labels = c.labels.unwrap();
    assert_eq!(labels.get("version").map(String::as_str), Some("1.0"));
    assert_eq!(labels.get("who").map(String::as_str), Some("world"));
    step(
        &img.id.to_string(),
        "test \"$(cat /work/greeting)\" = \"hello world\" && test -f /work/app/hello.txt && test ! -e /work/app/secret.key && test \"$(id -u)\" = 1000",
    )
    .unwrap();
    // A failing RUN stops the build with its status.
    let mut sink = Vec::new();
    let e = skiff::build::exec::build(
        &engine,
        &skiff::build::exec::BuildRequest {
            context: bctx.clone(),
            dockerfile: ("Dockerfile".into(), format!("FROM {local}\nRUN exit 7\n")),
            build_args: Vec::new(),
            target: None,
            pull: skiff::engine::image::PullPolicy::Never,
            registry: PullRequest::default(),
            network: Some("none".into()),
            created: None,
            layers: true,
            no_cache: false,
            quiet: false,
            docker_format: false,
            output: None,
            jobs: 1,
            labels: Vec::new(),
            run: Default::default(),
            squash: Default::default(),
            contexts: Vec::new(),
            annotations: Vec::new(),
            from: None,
            ignorefile: None,
            all_stages: false,
            secrets: Vec::new(),
        },
        None,
        &mut sink,
    )
    .unwrap_err();
    assert_eq!(skiff::error::Report::from_error(&e).code, 7, "{e:#}");
    assert_eq!(
        skiff::error::Report::from_error(&e).message,
        "building at STEP \"RUN exit 7\": while running runtime: exit status 7"
    );
    // Unnamed step images go with a prune.
    engine.prune_images(|i, _| i.names.is_empty()).unwrap();

    for i in [
        &scratch, &seen, &with_env, &copied, &checked, &built, &img, &uncached,
    ] {
        assert!(
            engine
                .remove_image(&i.id.to_string(), false, false)
                .is_err(),
            "pruned already"
        );
    }

    // rmi: a name first (the image stays), then the image
    let r = engine.remove_image(local, false, false).unwrap();
    assert_eq!(r.untagged, vec![local.to_string()]);
    assert!(r.deleted.is_empty());
    let r = engine.remove_image(image, false, false).unwrap();
    assert_eq!(r.deleted, vec![id]);
    assert!(engine.image_list().unwrap().is_empty());
    let e = engine.remove_image(image, false, false).unwrap_err();
    assert_eq!(
        skiff::error::kind_of(&e),
        skiff::error::Kind::NotFound,
        "{e:#}"
    );
}
