//! Thin wrappers over system calls that `nix` does not cover. This is the
//! only module with `unsafe`; every block says why it is sound.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString, OsStr};
use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;

/// Fill `buf` from the kernel's CSPRNG (`getrandom(2)`), falling back to
/// /dev/urandom if the call is unavailable.
pub fn getrandom(buf: &mut [u8]) {
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the pointer and length describe the unfilled tail of `buf`,
        // which stays borrowed mutably for the duration of the call.
        let n =
            unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), buf.len() - filled, 0) };
        if n > 0 {
            filled += n as usize;
            continue;
        }
        let err = io::Error::last_os_error();
        if err.kind() == io::ErrorKind::Interrupted {
            continue;
        }
        use std::io::Read;
        if let Ok(mut f) = std::fs::File::open("/dev/urandom")
            && f.read_exact(&mut buf[filled..]).is_ok()
        {
            return;
        }
        // No entropy source at all: fall back on time and pid so names still
        // differ between processes (never used for secrets).
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
            ^ u128::from(std::process::id());
        for (i, b) in buf[filled..].iter_mut().enumerate() {
            *b = (seed >> ((i % 16) * 8)) as u8;
        }
        return;
    }
}

/// The local zone's UTC offset (seconds) and abbreviation at `secs`.
pub fn local_offset(secs: i64) -> (i64, String) {
    let t: libc::time_t = secs;
    // SAFETY: `tm` is plain data that localtime_r fully initialises on
    // success; we read it only if the call returned non-null.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; localtime_r is the
    // re-entrant variant and keeps no pointer to them.
    let r = unsafe { libc::localtime_r(&raw const t, &raw mut tm) };
    if r.is_null() {
        return (0, "UTC".into());
    }
    let zone = if tm.tm_zone.is_null() {
        String::from("UTC")
    } else {
        // SAFETY: tm_zone points to a NUL-terminated static string owned by
        // libc's tz state, valid until the next tzset.
        unsafe { CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    (tm.tm_gmtoff, zone)
}

fn cstr(s: &OsStr) -> io::Result<CString> {
    CString::new(s.as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

/// `fsetxattr(2)` on an open file.
pub fn fsetxattr(fd: BorrowedFd<'_>, name: &OsStr, value: &[u8]) -> io::Result<()> {
    let name = cstr(name)?;
    // SAFETY: fd is a live descriptor borrowed for the call; name is
    // NUL-terminated; value pointer/len describe a valid slice.
    let r = unsafe {
        libc::fsetxattr(
            fd.as_raw_fd(),
            name.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            0,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// `lsetxattr(2)` on `dirfd/name` without following a final symlink, done
/// through the `/proc/self/fd` path of the directory.
pub fn lsetxattr_at(
    dir: BorrowedFd<'_>,
    name: &OsStr,
    attr: &OsStr,
    value: &[u8],
) -> io::Result<()> {
    let mut path = format!("/proc/self/fd/{}/", dir.as_raw_fd()).into_bytes();
    path.extend_from_slice(name.as_bytes());
    let path = cstr(OsStr::from_bytes(&path))?;
    let attr = cstr(attr)?;
    // SAFETY: all pointers are to NUL-terminated strings or a valid slice
    // that outlive the call.
    let r = unsafe {
        libc::lsetxattr(
            path.as_ptr(),
            attr.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            0,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// `fgetxattr(2)`: the value of one attribute, `None` if it is not set.
pub fn fgetxattr(fd: impl AsFd, attr: &OsStr) -> io::Result<Option<Vec<u8>>> {
    let attr = cstr(attr)?;
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: buf is valid for buf.len() bytes; attr is NUL-terminated.
        let r = unsafe {
            libc::fgetxattr(
                fd.as_fd().as_raw_fd(),
                attr.as_ptr(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(Some(buf));
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::ENODATA) => return Ok(None),
            Some(libc::ERANGE) if buf.len() < (1 << 20) => buf.resize(buf.len() * 4, 0),
            _ => return Err(e),
        }
    }
}

/// `flistxattr(2)`: the attribute names set on an open file.
pub fn flistxattr(fd: impl AsFd) -> io::Result<Vec<std::ffi::OsString>> {
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: buf is valid for buf.len() bytes.
        let r =
            unsafe { libc::flistxattr(fd.as_fd().as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(buf
                .split(|&b| b == 0)
                .filter(|s| !s.is_empty())
                .map(|s| OsStr::from_bytes(s).to_os_string())
                .collect());
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::ERANGE) if buf.len() < (1 << 20) => buf.resize(buf.len() * 4, 0),
            Some(libc::ENOTSUP) => return Ok(Vec::new()),
            _ => return Err(e),
        }
    }
}

/// `syncfs(2)`: flush every dirty page of the file system holding `path`.
/// One call instead of an fsync per unpacked file.
pub fn syncfs(path: &std::path::Path) -> io::Result<()> {
    let f = std::fs::File::open(path)?;
    // SAFETY: f is an open descriptor that outlives the call.
    let r = unsafe { libc::syncfs(f.as_raw_fd()) };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// The number of threads in this process (from /proc/self/stat).
pub fn thread_count() -> usize {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Field 20, counted after the ")" that ends the command name.
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.split_whitespace().nth(17))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// End the process now, without running destructors or atexit handlers
/// (what a forked child must do instead of returning into main).
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit never returns and touches no Rust state.
    unsafe { libc::_exit(code) }
}

/// Fork, run `child` in the child and `_exit` with its return value.
///
/// Refuses to fork a multithreaded process: another thread could hold the
/// malloc lock at the moment of the fork and the child would deadlock on
/// its first allocation (style.md pitfall 1).
pub fn fork_run(child: impl FnOnce() -> i32) -> io::Result<nix::unistd::Pid> {
    let threads = thread_count();
    if threads != 1 {
        return Err(io::Error::other(format!(
            "internal error: refusing to fork with {threads} threads running"
        )));
    }
    // SAFETY: the process is single-threaded (checked above), so the child
    // gets consistent copies of every lock; it runs `child` and then
    // `_exit`s, never returning into the caller's stack frames.
    match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Parent { child }) => Ok(child),
        Ok(nix::unistd::ForkResult::Child) => {
            let code = child();
            exit_now(code)
        }
        Err(e) => Err(e.into()),
    }
}

/// Close a raw descriptor. For a forked child closing its inherited copy of
/// a descriptor that the parent's Rust objects own (the child never drops
/// those objects: it ends in `_exit`).
pub fn close_raw(fd: std::os::fd::RawFd) {
    // SAFETY: closing an fd number has no memory-safety effect; the caller
    // guarantees no live Rust object in this process will use it again.
    unsafe {
        libc::close(fd);
    }
}

/// Restore the default SIGPIPE disposition (Rust's runtime ignores it, and
/// an ignored disposition would also survive into exec'd programs).
pub fn reset_sigpipe() {
    // SAFETY: installing SIG_DFL has no handler code to be unsafe about.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
