//! Error values that carry an exit code and an optional hint.
//!
//! Everything below `cli` returns `anyhow::Result`. Where a failure must end
//! the process with a code other than 125 (the container's own status, 126,
//! 127, or `1` for `container exists`), or where we know how the user can fix
//! it, the error chain carries an [`ExitError`] or a [`Hint`]. `main` walks the
//! chain to pick both up; nothing else prints errors.

use std::fmt;

/// skiff itself failed (docker and podman use the same value).
pub const EXIT_FAILURE: i32 = 125;
/// The command was found but could not be invoked.
pub const EXIT_CANNOT_INVOKE: i32 = 126;
/// The command was not found.
pub const EXIT_NOT_FOUND: i32 = 127;

/// An error that ends the process with a specific exit code.
///
/// With an empty message it is silent: used when the container already told
/// the user what happened and we only pass its status on.
#[derive(Debug)]
pub struct ExitError {
    pub code: i32,
    pub message: String,
}

impl ExitError {
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// An exit status with nothing to print.
    pub fn silent(code: i32) -> Self {
        Self::new(code, String::new())
    }
}

impl fmt::Display for ExitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExitError {}

/// What kind of failure an error is. Front-ends map kinds to what they
/// report (the CLI to podman's exit codes, the REST API to HTTP statuses);
/// nothing classifies an error by its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// No such container, image, volume, network.
    NotFound,
    /// A name or object that already exists.
    Conflict,
    /// In use by a container (podman's exit code 2 for rm, rmi, volume rm).
    InUse,
    /// The object is in the wrong state for the operation (running when it
    /// must not be, not running when it must be).
    BadState,
    /// Bad input: flags, references, templates, files.
    Invalid,
    /// Not permitted here (kernel, rootless limits).
    Permission,
    /// A feature skiff does not have.
    NotImplemented,
    /// Anything else: skiff itself failed.
    Internal,
}

impl Kind {
    /// The HTTP status the Docker Engine API answers a failure of this
    /// kind with (404 no such object, 409 conflict or in use or wrong
    /// state, 400 bad input, 403 not permitted, 501 not implemented, 500
    /// anything else).
    pub fn http_status(self) -> u16 {
        match self {
            Kind::NotFound => 404,
            Kind::Conflict | Kind::InUse | Kind::BadState => 409,
            Kind::Invalid => 400,
            Kind::Permission => 403,
            Kind::NotImplemented => 501,
            Kind::Internal => 500,
        }
    }
}

/// An error with its kind; the message is what the user reads.
#[derive(Debug)]
pub struct Classified {
    pub kind: Kind,
    pub message: String,
}

impl fmt::Display for Classified {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Classified {}

/// An error of `kind` with `message`.
pub fn classified(kind: Kind, message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Classified {
        kind,
        message: message.into(),
    })
}

/// The kind of an error: the first classified cause in its chain (also
/// inside hinted errors), else `Internal`.
pub fn kind_of(err: &anyhow::Error) -> Kind {
    for cause in err.chain() {
        if let Some(c) = cause.downcast_ref::<Classified>() {
            return c.kind;
        }
        if let Some(h) = cause.downcast_ref::<HintedError>() {
            let k = kind_of(&h.source);
            if k != Kind::Internal {
                return k;
            }
        }
    }
    Kind::Internal
}

/// Whether `err` says an object does not exist.
pub fn is_not_found(err: &anyhow::Error) -> bool {
    kind_of(err) == Kind::NotFound
}

/// A line of advice printed under the error as `hint: ...`.
#[derive(Debug)]
pub struct Hint(pub String);

impl fmt::Display for Hint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Hint {}

/// Attach a hint to an error without changing its message.
pub trait WithHint<T> {
    fn hint(self, hint: impl Into<String>) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> WithHint<T> for Result<T, E> {
    fn hint(self, hint: impl Into<String>) -> anyhow::Result<T> {
        self.map_err(|e| HintedError::wrap(e.into(), hint.into()))
    }
}

/// The carrier that keeps a hint next to an error while displaying only the
/// error (the hint is printed on its own line by `main`).
#[derive(Debug)]
pub struct HintedError {
    pub source: anyhow::Error,
    pub hint: Hint,
}

impl HintedError {
    pub fn wrap(source: anyhow::Error, hint: String) -> anyhow::Error {
        anyhow::Error::new(HintedError {
            source,
            hint: Hint(hint),
        })
    }
}

impl fmt::Display for HintedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `{:#}` on the inner error keeps the whole context chain on one line.
        write!(f, "{:#}", self.source)
    }
}

impl std::error::Error for HintedError {}

/// Make an error with a hint in one call: `bail_hint!("msg", "hint")`.
#[macro_export]
macro_rules! bail_hint {
    ($hint:expr, $($arg:tt)*) => {
        return Err($crate::error::HintedError::wrap(anyhow::anyhow!($($arg)*), ($hint).into()))
    };
}

/// What `main` needs from an error: the text, the exit code and the hints.
pub struct Report {
    pub message: String,
    pub code: i32,
    pub hints: Vec<String>,
}

impl Report {
    pub fn from_error(err: &anyhow::Error) -> Self {
        let mut code = EXIT_FAILURE;
        let mut hints = Vec::new();
        for cause in err.chain() {
            if let Some(e) = cause.downcast_ref::<ExitError>() {
                code = e.code;
            }
            if let Some(h) = cause.downcast_ref::<HintedError>() {
                hints.push(h.hint.0.clone());
                // The inner chain of a HintedError is not part of `err.chain()`.
                let inner = Report::from_error(&h.source);
                if inner.code != EXIT_FAILURE {
                    code = inner.code;
                }
                hints.extend(inner.hints);
            }
        }
        // One line: anyhow joins the context chain with ": ". Errors from the
        // system can contain newlines (a helper's stderr); fold them.
        let message = go_errno_text(
            &format!("{err:#}")
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("; "),
        );
        Report {
            message,
            code,
            hints,
        }
    }
}

/// System error texts as Go (and so podman) prints them: `permission
/// denied`, not Rust's `Permission denied (os error 13)` or nix's
/// `EACCES: Permission denied`.
pub fn go_errno_text(message: &str) -> String {
    if !message.contains("(os error ") && !message.contains(": ") {
        return message.to_string();
    }
    let mut out = message.to_string();
    for n in 1..134 {
        let e = nix::errno::Errno::from_raw(n);
        let desc = e.desc();
        if desc.starts_with("Unknown") {
            continue;
        }
        let rust = format!("{desc} (os error {n})");
        let nix = format!("{e:?}: {desc}");
        if out.contains(&rust) || out.contains(&nix) {
            let go = desc.to_lowercase();
            out = out.replace(&rust, &go).replace(&nix, &go);
        }
    }
    out
}

/// An I/O error's reason as a phrase (`no such file or directory`),
/// without Rust's `(os error 2)`.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => nix::errno::Errno::from_raw(n).desc().to_lowercase(),
        None => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn kinds_survive_context_and_map_to_http_statuses() {
        let e = classified(Kind::NotFound, "no such container").context("inspecting c1");
        assert_eq!(kind_of(&e), Kind::NotFound);
        assert_eq!(kind_of(&e).http_status(), 404);
        assert_eq!(Kind::InUse.http_status(), 409);
        assert_eq!(Kind::Invalid.http_status(), 400);
        assert_eq!(kind_of(&anyhow::anyhow!("plain")).http_status(), 500);
    }

    #[test]
    fn system_errors_read_as_go_prints_them() {
        assert_eq!(
            go_errno_text("opening x: Permission denied (os error 13)"),
            "opening x: permission denied"
        );
        assert_eq!(
            go_errno_text("replacing y: EACCES: Permission denied"),
            "replacing y: permission denied"
        );
        assert_eq!(go_errno_text("plain: words"), "plain: words");
    }

    #[test]
    fn report_keeps_code_and_hint_through_context() {
        let e: anyhow::Result<()> = Err(anyhow::Error::new(ExitError::new(127, "not found")));
        let e = e
            .hint("install it")
            .context("running container")
            .unwrap_err();
        let r = Report::from_error(&e);
        assert_eq!(r.code, 127);
        assert_eq!(r.hints, vec!["install it".to_string()]);
        assert_eq!(r.message, "running container: not found");
    }

    #[test]
    fn kinds_survive_context_and_hints() {
        let e = classified(Kind::NotFound, "no such thing");
        let e: anyhow::Result<()> = Err(e);
        let e = e.hint("try another").context("removing").unwrap_err();
        assert_eq!(kind_of(&e), Kind::NotFound);
        assert!(is_not_found(&e));
        assert_eq!(kind_of(&anyhow::anyhow!("plain")), Kind::Internal);
    }

    #[test]
    fn report_folds_newlines() {
        let e = anyhow::anyhow!("helper said:\nline two\n");
        assert_eq!(Report::from_error(&e).message, "helper said:; line two");
    }
}
