//! The `skiff` binary: everything lives in the library; this only turns
//! its result into the process exit status.
#![allow(clippy::exit)]

fn main() {
    // A bug must still end as one `Error:` line and status 125, never as a
    // backtrace (release builds abort on panic after this hook).
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        skiff::log::print_error(
            &format!("internal error: {msg}{at}"),
            &["please report this as a bug".to_string()],
        );
        std::process::exit(skiff::error::EXIT_FAILURE);
    }));
    // Rust ignores SIGPIPE by default; restore the default so that
    // `skiff images | head -1` ends quietly like any Unix tool.
    skiff::runtime::sys::reset_sigpipe();
    std::process::exit(skiff::cli::main());
}
