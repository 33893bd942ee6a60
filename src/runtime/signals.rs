//! Signal names and numbers as docker accepts them: `SIGTERM`, `TERM`,
//! `term`, `15`, `SIGRTMIN+3`.

use anyhow::{Result, bail};

const NAMES: &[(&str, i32)] = &[
    ("ABRT", libc::SIGABRT),
    ("ALRM", libc::SIGALRM),
    ("BUS", libc::SIGBUS),
    ("CHLD", libc::SIGCHLD),
    ("CLD", libc::SIGCHLD),
    ("CONT", libc::SIGCONT),
    ("FPE", libc::SIGFPE),
    ("HUP", libc::SIGHUP),
    ("ILL", libc::SIGILL),
    ("INT", libc::SIGINT),
    ("IO", libc::SIGIO),
    ("IOT", libc::SIGIOT),
    ("KILL", libc::SIGKILL),
    ("PIPE", libc::SIGPIPE),
    ("POLL", libc::SIGPOLL),
    ("PROF", libc::SIGPROF),
    ("PWR", libc::SIGPWR),
    ("QUIT", libc::SIGQUIT),
    ("SEGV", libc::SIGSEGV),
    ("STKFLT", libc::SIGSTKFLT),
    ("STOP", libc::SIGSTOP),
    ("SYS", libc::SIGSYS),
    ("TERM", libc::SIGTERM),
    ("TRAP", libc::SIGTRAP),
    ("TSTP", libc::SIGTSTP),
    ("TTIN", libc::SIGTTIN),
    ("TTOU", libc::SIGTTOU),
    ("URG", libc::SIGURG),
    ("USR1", libc::SIGUSR1),
    ("USR2", libc::SIGUSR2),
    ("VTALRM", libc::SIGVTALRM),
    ("WINCH", libc::SIGWINCH),
    ("XCPU", libc::SIGXCPU),
    ("XFSZ", libc::SIGXFSZ),
];

/// Parse a signal name or number.
pub fn parse(s: &str) -> Result<i32> {
    let t = s.trim();
    if let Ok(n) = t.parse::<i32>() {
        if (1..=64).contains(&n) {
            return Ok(n);
        }
        bail!("invalid signal: {s}");
    }
    let up = t.to_ascii_uppercase();
    let name = up.strip_prefix("SIG").unwrap_or(&up);
    if let Some((_, n)) = NAMES.iter().find(|(k, _)| *k == name) {
        return Ok(*n);
    }
    let rtmin = libc::SIGRTMIN();
    let rtmax = libc::SIGRTMAX();
    let rt = |base: i32, off: &str, sign: i32| -> Option<i32> {
        let n: i32 = if off.is_empty() { 0 } else { off.parse().ok()? };
        let v = base + sign * n;
        (rtmin..=rtmax).contains(&v).then_some(v)
    };
    let r = if let Some(off) = name.strip_prefix("RTMIN") {
        match off.strip_prefix('+') {
            Some(o) => rt(rtmin, o, 1),
            None if off.is_empty() => Some(rtmin),
            None => None,
        }
    } else if let Some(off) = name.strip_prefix("RTMAX") {
        match off.strip_prefix('-') {
            Some(o) => rt(rtmax, o, -1),
            None if off.is_empty() => Some(rtmax),
            None => None,
        }
    } else {
        None
    };
    r.ok_or_else(|| anyhow::anyhow!("invalid signal: {s}"))
}

/// `SIGTERM` for 15.
pub fn name(n: i32) -> String {
    NAMES
        .iter()
        .find(|(k, v)| *v == n && *k != "IOT" && *k != "CLD" && *k != "POLL")
        .map_or_else(|| n.to_string(), |(k, _)| format!("SIG{k}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals() {
        assert_eq!(parse("SIGTERM").unwrap(), 15);
        assert_eq!(parse("term").unwrap(), 15);
        assert_eq!(parse("9").unwrap(), 9);
        assert_eq!(parse("SIGRTMIN+1").unwrap(), libc::SIGRTMIN() + 1);
        assert!(parse("NOPE").is_err());
        assert!(parse("0").is_err());
        assert!(parse("99").is_err());
        assert_eq!(name(9), "SIGKILL");
    }
}
