//! skiff against podman itself: the same commands in both, compared by
//! what a user sees (tests/common/podman.rs). These cases already agree;
//! they prove the harness rootful and rootless, and new cases join them as
//! skiff's behaviour is aligned.

mod common;

use common::Env;
use common::podman::{Podman, both, compare, sorted_norm, std_norm};

/// An unknown container: `exists` answers with its exit code alone.
fn exists_unknown(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    compare(env, &pm, &["container", "exists", "bogus"], &std_norm);
}

/// `stop --ignore` of an unknown container succeeds silently.
fn stop_ignore_unknown(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    compare(env, &pm, &["stop", "-i", "bogus"], &std_norm);
}

/// A named volume: created (its name printed), then refused the second
/// time with the same error and exit code; the listing (sorted: the order
/// is not part of the contract) names both volumes.
fn volume_create_twice(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    compare(env, &pm, &["volume", "create", "v1"], &std_norm);
    compare(env, &pm, &["volume", "create", "v1"], &std_norm);
    both(env, &pm, &[&["volume", "create", "v0"]]);
    compare(
        env,
        &pm,
        &["volume", "ls", "--format", "{{.Name}}"],
        &sorted_norm,
    );
}

/// A container's output and exit code, with `both` for the setup.
fn run_output_and_code(env: &Env) {
    let Some(pm) = Podman::new(env) else { return };
    if env.load_busybox().is_none() {
        return;
    }
    compare(
        env,
        &pm,
        &["run", "--rm", "busybox", "echo", "hi"],
        &std_norm,
    );
    compare(
        env,
        &pm,
        &["run", "--rm", "busybox", "sh", "-c", "exit 3"],
        &std_norm,
    );
    both(env, &pm, &[&["create", "--name", "c1", "busybox", "true"]]);
    compare(env, &pm, &["container", "exists", "c1"], &std_norm);
    compare(
        env,
        &pm,
        &["ps", "-a", "--format", "{{.Names}} {{.Status}}"],
        &std_norm,
    );
}

both_modes!(
    exists_unknown,
    stop_ignore_unknown,
    volume_create_twice,
    run_output_and_code
);

/// `seen` reads podman's logrus lines and skiff's warnings apart from the
/// error line.
#[test]
fn seen_splits_log_lines_from_the_error() {
    use common::Output;
    use common::podman::seen;
    let out = |stderr: &str| Output {
        code: 125,
        stdout: String::new(),
        stderr: stderr.into(),
        cmdline: String::new(),
    };
    let s = seen(&out(
        "time=\"2026-12-02T15:25:44Z\" level=warning msg=\"\\\"/\\\" is not a shared mount\"\n\
         time=\"2026-12-02T15:25:44Z\" level=error msg=\"cleanup\" id=1\n\
         Error: no such container\nhint: more\n",
    ));
    assert_eq!(
        s.warnings,
        ["\"/\" is not a shared mount", "error: cleanup"]
    );
    assert_eq!(s.first_err, "Error: no such container");
    let s = seen(&out("WARNING: ignored\nError: bad\n"));
    assert_eq!(s.warnings, ["ignored"]);
    assert_eq!(s.first_err, "Error: bad");
    assert_eq!(
        common::podman::std_norm("c1  \nsha256:0123456789ab id 0123456789abcdef\n"),
        "c1\nsha256:<ID> id 0123456789abcdef\n"
    );
}
