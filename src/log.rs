//! Diagnostics on stderr, filtered by `--log-level`.
//!
//! This module and `cli::format` are the only places that print. Messages are
//! one line each: `WARNING: ...`, `INFO: ...`, `DEBUG: ...`.
#![allow(clippy::print_stderr)]

use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Level {
    Error = 0,
    Warn = 1,
    Info = 2,
    Debug = 3,
    Trace = 4,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s.to_ascii_lowercase().as_str() {
            "error" | "fatal" | "panic" => Level::Error,
            "warn" | "warning" => Level::Warn,
            "info" => Level::Info,
            "debug" => Level::Debug,
            "trace" => Level::Trace,
            _ => return None,
        })
    }

    fn tag(self) -> &'static str {
        match self {
            Level::Error => "ERROR",
            Level::Warn => "WARNING",
            Level::Info => "INFO",
            Level::Debug => "DEBUG",
            Level::Trace => "TRACE",
        }
    }
}

static LEVEL: AtomicU8 = AtomicU8::new(Level::Warn as u8);

pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

pub fn enabled(level: Level) -> bool {
    level as u8 <= LEVEL.load(Ordering::Relaxed)
}

#[doc(hidden)]
pub fn emit(level: Level, args: std::fmt::Arguments<'_>) {
    if enabled(level) {
        // One write call per line so concurrent processes do not interleave.
        let line = format!("{}: {}\n", level.tag(), args);
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}

/// A progress line on stderr ("Trying to pull ..."), not a log message.
pub fn status(line: &str) {
    let mut l = String::with_capacity(line.len() + 1);
    l.push_str(line);
    l.push('\n');
    let _ = std::io::stderr().lock().write_all(l.as_bytes());
}

/// Print the final error report (used only by `main` and the commands
/// that report several failures). `hint:` lines only on a terminal:
/// scripts read podman's one line.
pub fn print_error(message: &str, hints: &[String]) {
    use std::io::IsTerminal;
    let mut out = format!("Error: {}\n", crate::error::go_errno_text(message));
    if std::io::stderr().is_terminal() {
        for h in hints {
            out.push_str("hint: ");
            out.push_str(h);
            out.push('\n');
        }
    }
    let _ = std::io::stderr().lock().write_all(out.as_bytes());
}

/// One line on stderr as it is (podman's few messages without `Error:`).
pub fn print_plain(line: &str) {
    let _ = std::io::stderr()
        .lock()
        .write_all(format!("{line}\n").as_bytes());
}

#[macro_export]
macro_rules! warn {
    ($($arg:tt)*) => { $crate::log::emit($crate::log::Level::Warn, format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! info {
    ($($arg:tt)*) => { $crate::log::emit($crate::log::Level::Info, format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! debug {
    ($($arg:tt)*) => { $crate::log::emit($crate::log::Level::Debug, format_args!($($arg)*)) };
}
