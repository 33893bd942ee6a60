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

/// The ID of the mount `path` is on (`statx(2)` `STATX_MNT_ID`, not
/// following a final symlink): two paths on one file system can still be
/// on different mounts (a bind mount).
pub fn mount_id(path: &std::path::Path) -> io::Result<u64> {
    let c = CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    // SAFETY: statx is plain old data; all zeroes is a valid value.
    let mut stx: libc::statx = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is NUL-terminated and outlives the call; `stx` is a
    // valid, writable statx buffer.
    let r = unsafe {
        libc::statx(
            libc::AT_FDCWD,
            c.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
            libc::STATX_MNT_ID,
            &raw mut stx,
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    if stx.stx_mask & libc::STATX_MNT_ID == 0 {
        return Err(io::Error::from_raw_os_error(libc::ENOSYS));
    }
    Ok(stx.stx_mnt_id)
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

/// Start writing a file's dirty pages back now, without waiting
/// (`sync_file_range(SYNC_FILE_RANGE_WRITE)`): a later `syncfs` then finds
/// most of the work done. Only a hint; errors are ignored.
pub fn start_writeback(fd: &impl AsRawFd) {
    // SAFETY: the descriptor is open for the duration of the call; the
    // call only schedules I/O and touches no memory of ours.
    let _ = unsafe { libc::sync_file_range(fd.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE) };
}

/// The mount flags of the mount holding `fd` (`fstatvfs`), as `MS_*`:
/// a remount must keep the locked ones (nosuid, nodev, noexec, atime) in a
/// user namespace.
pub fn mount_flags_raw(fd: libc::c_int) -> Result<libc::c_ulong, i32> {
    // SAFETY: st is a plain C struct the kernel fills; fd is a live
    // descriptor for the duration of the call.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: as above; &mut st is valid for writes.
    if unsafe { libc::fstatvfs(fd, &raw mut st) } != 0 {
        return Err(errno());
    }
    let mut out = 0;
    for (st_flag, ms_flag) in [
        (libc::ST_RDONLY, libc::MS_RDONLY),
        (libc::ST_NOSUID, libc::MS_NOSUID),
        (libc::ST_NODEV, libc::MS_NODEV),
        (libc::ST_NOEXEC, libc::MS_NOEXEC),
        (libc::ST_NOATIME, libc::MS_NOATIME),
        (libc::ST_NODIRATIME, libc::MS_NODIRATIME),
        (libc::ST_RELATIME, libc::MS_RELATIME),
    ] {
        if st.f_flag & st_flag != 0 {
            out |= ms_flag;
        }
    }
    Ok(out)
}

static SINGLE_THREAD_CONFIRMED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Check now that we are single-threaded, and remember it: after joining a
/// container's mount namespace /proc/self no longer shows us, and skiff
/// never starts a thread after this point.
pub fn confirm_single_threaded() -> io::Result<()> {
    let n = thread_count();
    if n != 1 {
        return Err(io::Error::other(format!(
            "internal error: {n} threads running where one was expected"
        )));
    }
    SINGLE_THREAD_CONFIRMED.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

fn single_threaded() -> Result<(), usize> {
    if SINGLE_THREAD_CONFIRMED.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(());
    }
    match thread_count() {
        1 => Ok(()),
        n => Err(n),
    }
}

/// After joining threads: wait until the kernel has let them go, so that a
/// following fork sees a single thread (a joined thread can linger in its
/// exit path for a moment after `join` returns).
pub fn settle_threads() {
    for _ in 0..2000 {
        if thread_count() <= 1 {
            return;
        }
        std::thread::sleep(std::time::Duration::from_micros(500));
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
    if let Err(threads) = single_threaded() {
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

/// Set an environment variable of this process. Call only while the
/// process has a single thread (at start-up, before any helper thread):
/// another thread reading the environment meanwhile would race.
pub fn set_env_single_threaded(key: &str, value: &str) {
    if key.is_empty() || key.contains(['=', '\0']) || value.contains('\0') {
        return;
    }
    // SAFETY: callers run before any other thread exists (the CLI's
    // start-up), so nothing reads the environment concurrently.
    unsafe { std::env::set_var(key, value) };
}

// ---------------------------------------------------------------------
// Process creation and the container child. Everything below is called
// between clone and exec: no allocation, no locks, only system calls on
// data prepared before the clone.
// ---------------------------------------------------------------------

/// `clone(2)` without a new stack: like fork, the child continues from
/// here on a copy-on-write copy of the caller's memory, but with `flags`
/// (namespaces) applied. Returns 0 in the child.
///
/// Refuses to run in a multithreaded process, as [`fork_run`].
pub fn clone_fork(flags: libc::c_int) -> io::Result<libc::pid_t> {
    if let Err(threads) = single_threaded() {
        return Err(io::Error::other(format!(
            "internal error: refusing to clone with {threads} threads running"
        )));
    }
    // SAFETY: with a NULL stack the kernel gives the child a copy of our
    // stack (fork semantics); the process is single-threaded (checked), so
    // the copy is consistent. The child ends in execve or _exit.
    let r = unsafe {
        libc::syscall(
            libc::SYS_clone,
            libc::c_long::from(flags | libc::SIGCHLD),
            0 as libc::c_long,
            0 as libc::c_long,
            0 as libc::c_long,
            0 as libc::c_long,
        )
    };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as libc::pid_t)
    }
}

/// The errno of the last failed call.
pub fn errno() -> i32 {
    io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `write(2)` all of `buf`, ignoring errors (for reporting from a child).
pub fn write_all_raw(fd: libc::c_int, buf: &[u8]) {
    let mut off = 0;
    while off < buf.len() {
        // SAFETY: pointer and length describe the unwritten tail of buf.
        let n = unsafe { libc::write(fd, buf[off..].as_ptr().cast(), buf.len() - off) };
        if n <= 0 {
            if n < 0 && errno() == libc::EINTR {
                continue;
            }
            return;
        }
        off += n as usize;
    }
}

/// Write all of `buf`; the errno of a failed write.
pub fn write_all_checked_raw(fd: libc::c_int, buf: &[u8]) -> Result<(), i32> {
    let mut off = 0;
    while off < buf.len() {
        // SAFETY: pointer and length describe the unwritten tail of buf.
        let n = unsafe { libc::write(fd, buf[off..].as_ptr().cast(), buf.len() - off) };
        if n < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(errno());
        }
        if n == 0 {
            return Err(libc::EIO);
        }
        off += n as usize;
    }
    Ok(())
}

/// Write a short message in one `write(2)` (cgroup files take a whole
/// value per write); the errno if it fails.
pub fn write_once_raw(fd: libc::c_int, buf: &[u8]) -> Result<(), i32> {
    loop {
        // SAFETY: pointer and length describe buf.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(());
        }
        if errno() != libc::EINTR {
            return Err(errno());
        }
    }
}

/// `read(2)` exactly `buf.len()` bytes; false on EOF or error.
pub fn read_exact_raw(fd: libc::c_int, buf: &mut [u8]) -> bool {
    let mut off = 0;
    while off < buf.len() {
        // SAFETY: pointer and length describe the unfilled tail of buf.
        let n = unsafe { libc::read(fd, buf[off..].as_mut_ptr().cast(), buf.len() - off) };
        if n == 0 {
            return false;
        }
        if n < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return false;
        }
        off += n as usize;
    }
    true
}

/// `mount(2)` with C strings prepared beforehand.
pub fn mount_raw(
    src: Option<&CStr>,
    target: &CStr,
    fstype: Option<&CStr>,
    flags: libc::c_ulong,
    data: Option<&CStr>,
) -> Result<(), i32> {
    let p = |s: Option<&CStr>| s.map_or(std::ptr::null(), CStr::as_ptr);
    // SAFETY: every pointer is NULL or a NUL-terminated string that
    // outlives the call.
    let r = unsafe { libc::mount(p(src), target.as_ptr(), p(fstype), flags, p(data).cast()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn umount_raw(target: &CStr, flags: libc::c_int) -> Result<(), i32> {
    // SAFETY: target is NUL-terminated.
    let r = unsafe { libc::umount2(target.as_ptr(), flags) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

/// `openat2(dirfd, path, flags, resolve)` returning a raw fd.
pub fn openat2_raw(
    dirfd: libc::c_int,
    path: &CStr,
    flags: u64,
    mode: u64,
    resolve: u64,
) -> Result<libc::c_int, i32> {
    // SAFETY: open_how is plain data; all-zero is its documented initial
    // value (unknown trailing fields must be zero).
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = flags;
    how.mode = mode;
    how.resolve = resolve;
    // SAFETY: `how` is a fully initialised open_how passed with its size;
    // path is NUL-terminated.
    let r = unsafe {
        libc::syscall(
            libc::SYS_openat2,
            dirfd,
            path.as_ptr(),
            &raw mut how,
            std::mem::size_of::<libc::open_how>(),
        )
    };
    if r < 0 {
        Err(errno())
    } else {
        Ok(r as libc::c_int)
    }
}

/// `openat(dirfd, path, flags, mode)` returning a raw fd.
pub fn openat_raw(
    dirfd: libc::c_int,
    path: &CStr,
    flags: libc::c_int,
    mode: libc::mode_t,
) -> Result<libc::c_int, i32> {
    // SAFETY: path is NUL-terminated; the mode is passed as the variadic
    // argument open(2) reads only with O_CREAT.
    let r = unsafe { libc::openat(dirfd, path.as_ptr(), flags, libc::c_uint::from(mode)) };
    if r < 0 { Err(errno()) } else { Ok(r) }
}

/// `fstatat(dirfd, path, flags)`.
pub fn fstatat_raw(dirfd: libc::c_int, path: &CStr, flags: libc::c_int) -> Result<libc::stat, i32> {
    // SAFETY: stat is plain data, filled by the kernel on success.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: path is NUL-terminated and `st` is a valid out pointer.
    let r = unsafe { libc::fstatat(dirfd, path.as_ptr(), &raw mut st, flags) };
    if r == 0 { Ok(st) } else { Err(errno()) }
}

/// `getdents64` into `buf`: the number of bytes of records, 0 at the end.
pub fn getdents64_raw(fd: libc::c_int, buf: &mut [u8]) -> Result<usize, i32> {
    // SAFETY: the kernel writes at most buf.len() bytes of records into buf.
    let r = unsafe { libc::syscall(libc::SYS_getdents64, fd, buf.as_mut_ptr(), buf.len()) };
    if r < 0 { Err(errno()) } else { Ok(r as usize) }
}

/// `read(fd, buf)`: bytes read, 0 at the end.
pub fn read_raw(fd: libc::c_int, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: the kernel writes at most buf.len() bytes into buf.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// `readlinkat(dirfd, path)` into `buf`: the target's length.
pub fn readlinkat_raw(dirfd: libc::c_int, path: &CStr, buf: &mut [u8]) -> Result<usize, i32> {
    // SAFETY: path is NUL-terminated; the kernel writes at most buf.len()
    // bytes into buf (no terminator).
    let r = unsafe { libc::readlinkat(dirfd, path.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if r < 0 { Err(errno()) } else { Ok(r as usize) }
}

/// `fchown(fd, uid, gid)` and `fchmod(fd, mode)`.
pub fn fchown_fchmod_raw(
    fd: libc::c_int,
    uid: u32,
    gid: u32,
    mode: libc::mode_t,
) -> Result<(), i32> {
    // SAFETY: plain system calls on a descriptor we own.
    let r = unsafe { libc::fchown(fd, uid, gid) };
    if r != 0 {
        return Err(errno());
    }
    // SAFETY: as above.
    let r = unsafe { libc::fchmod(fd, mode) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn mkdirat_raw(dirfd: libc::c_int, path: &CStr, mode: libc::mode_t) -> Result<(), i32> {
    // SAFETY: path is NUL-terminated.
    let r = unsafe { libc::mkdirat(dirfd, path.as_ptr(), mode) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn mknodat_raw(
    dirfd: libc::c_int,
    path: &CStr,
    mode: libc::mode_t,
    dev: libc::dev_t,
) -> Result<(), i32> {
    // SAFETY: path is NUL-terminated.
    let r = unsafe { libc::mknodat(dirfd, path.as_ptr(), mode, dev) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn symlinkat_raw(target: &CStr, dirfd: libc::c_int, link: &CStr) -> Result<(), i32> {
    // SAFETY: both strings are NUL-terminated.
    let r = unsafe { libc::symlinkat(target.as_ptr(), dirfd, link.as_ptr()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn fchownat_raw(
    dirfd: libc::c_int,
    path: &CStr,
    uid: u32,
    gid: u32,
    flags: libc::c_int,
) -> Result<(), i32> {
    // SAFETY: path is NUL-terminated.
    let r = unsafe { libc::fchownat(dirfd, path.as_ptr(), uid, gid, flags) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn close_fd(fd: libc::c_int) {
    close_raw(fd);
}

pub fn chdir_raw(path: &CStr) -> Result<(), i32> {
    // SAFETY: path is NUL-terminated.
    let r = unsafe { libc::chdir(path.as_ptr()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn fchdir_raw(fd: libc::c_int) -> Result<(), i32> {
    // SAFETY: plain syscall on an fd number.
    let r = unsafe { libc::fchdir(fd) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn pivot_root_raw(new_root: &CStr, put_old: &CStr) -> Result<(), i32> {
    // SAFETY: both strings are NUL-terminated.
    let r = unsafe { libc::syscall(libc::SYS_pivot_root, new_root.as_ptr(), put_old.as_ptr()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn sethostname_raw(name: &[u8]) -> Result<(), i32> {
    // SAFETY: pointer and length describe `name`.
    let r = unsafe { libc::sethostname(name.as_ptr().cast(), name.len()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn setdomainname_raw(name: &[u8]) -> Result<(), i32> {
    // SAFETY: pointer and length describe `name`.
    let r = unsafe { libc::setdomainname(name.as_ptr().cast(), name.len()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn prctl_raw(op: libc::c_int, a: libc::c_ulong, b: libc::c_ulong) -> Result<(), i32> {
    // SAFETY: the prctl operations used take integer arguments only.
    let r = unsafe { libc::prctl(op, a, b, 0 as libc::c_ulong, 0 as libc::c_ulong) };
    if r < 0 { Err(errno()) } else { Ok(()) }
}

/// capset(2) for this thread: effective, permitted and inheritable masks
/// (64-bit, version 3).
pub fn capset_raw(effective: u64, permitted: u64, inheritable: u64) -> Result<(), i32> {
    #[repr(C)]
    struct Header {
        version: u32,
        pid: i32,
    }
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Data {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }
    let mut h = Header {
        version: 0x2008_0522, // _LINUX_CAPABILITY_VERSION_3
        pid: 0,
    };
    let d = [
        Data {
            effective: effective as u32,
            permitted: permitted as u32,
            inheritable: inheritable as u32,
        },
        Data {
            effective: (effective >> 32) as u32,
            permitted: (permitted >> 32) as u32,
            inheritable: (inheritable >> 32) as u32,
        },
    ];
    // SAFETY: header and the two data words have the kernel's layout for
    // version 3 and outlive the call.
    let r = unsafe { libc::syscall(libc::SYS_capset, &raw mut h, d.as_ptr()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

/// Install a seccomp filter on this thread.
pub fn seccomp_load(prog: &[super::seccomp::bpf::SockFilter]) -> Result<(), i32> {
    let fprog = libc::sock_fprog {
        len: prog.len() as u16,
        filter: prog.as_ptr().cast_mut().cast(),
    };
    // SAFETY: SockFilter is repr(C) with the layout of struct sock_filter;
    // fprog points at `prog`, which outlives the call (the kernel copies it).
    let r = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            1 as libc::c_long, // SECCOMP_SET_MODE_FILTER
            0 as libc::c_long,
            &raw const fprog,
        )
    };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn setgroups_raw(groups: &[libc::gid_t]) -> Result<(), i32> {
    // SAFETY: pointer and length describe `groups`.
    let r = unsafe { libc::setgroups(groups.len(), groups.as_ptr()) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn setresgid_raw(gid: libc::gid_t) -> Result<(), i32> {
    // SAFETY: integer arguments only.
    let r = unsafe { libc::setresgid(gid, gid, gid) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn setresuid_raw(uid: libc::uid_t) -> Result<(), i32> {
    // SAFETY: integer arguments only.
    let r = unsafe { libc::setresuid(uid, uid, uid) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn setrlimit_raw(resource: libc::c_int, soft: u64, hard: u64) -> Result<(), i32> {
    let l = libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    };
    // SAFETY: `l` is a valid rlimit for the call. The resource constant
    // has the type the target's libc declares.
    #[allow(clippy::useless_conversion)]
    let r = unsafe { libc::setrlimit(resource as _, &raw const l) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

pub fn dup2_raw(from: libc::c_int, to: libc::c_int) -> Result<(), i32> {
    // SAFETY: integer arguments only.
    let r = unsafe { libc::dup2(from, to) };
    if r < 0 { Err(errno()) } else { Ok(()) }
}

pub fn setsid_raw() -> Result<(), i32> {
    // SAFETY: no arguments.
    let r = unsafe { libc::setsid() };
    if r < 0 { Err(errno()) } else { Ok(()) }
}

/// Make `fd` (a terminal) the controlling terminal of this session.
pub fn set_ctty(fd: libc::c_int) -> Result<(), i32> {
    // SAFETY: TIOCSCTTY takes an integer argument.
    let r = unsafe { libc::ioctl(fd, libc::TIOCSCTTY, 0) };
    if r < 0 { Err(errno()) } else { Ok(()) }
}

/// Mark every fd >= `from` close-on-exec (`close_range` with
/// CLOSE_RANGE_CLOEXEC), so nothing of ours leaks into the container.
pub fn cloexec_from(from: libc::c_uint) -> Result<(), i32> {
    // SAFETY: integer arguments only.
    let r = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            from,
            libc::c_uint::MAX,
            4 as libc::c_uint,
        )
    };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

/// Reset every signal disposition to the default and unblock all signals
/// (an ignored SIGPIPE would otherwise survive exec: style.md pitfall 14).
pub fn reset_signals() {
    for sig in 1..=64 {
        if sig == libc::SIGKILL || sig == libc::SIGSTOP {
            continue;
        }
        // SAFETY: SIG_DFL needs no handler; invalid numbers just fail.
        unsafe {
            libc::signal(sig, libc::SIG_DFL);
        }
    }
    // SAFETY: an empty, initialised set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&raw mut set);
        libc::sigprocmask(libc::SIG_SETMASK, &raw const set, std::ptr::null_mut());
    }
}

/// `execve(2)` with argument and environment arrays prepared beforehand
/// (NULL-terminated arrays of pointers into live CStrings). Returns the
/// errno when it fails.
pub fn execve_raw(path: &CStr, argv: &[*const libc::c_char], envp: &[*const libc::c_char]) -> i32 {
    // SAFETY: argv/envp are NULL-terminated arrays of pointers to
    // NUL-terminated strings owned by the caller's plan, alive until exec.
    unsafe {
        libc::execve(path.as_ptr(), argv.as_ptr(), envp.as_ptr());
    }
    errno()
}

/// Bring up the loopback interface of the current network namespace.
pub fn loopback_up() -> Result<(), i32> {
    // SAFETY: a plain datagram socket for interface ioctls; closed below.
    let s = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if s < 0 {
        return Err(errno());
    }
    // SAFETY: ifreq is plain data; zeroed is a valid value.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (i, b) in b"lo\0".iter().enumerate() {
        req.ifr_name[i] = *b as libc::c_char;
    }
    // SAFETY: SIOCGIFFLAGS/SIOCSIFFLAGS read and write the ifreq we own.
    let r = unsafe {
        if libc::ioctl(s, libc::SIOCGIFFLAGS, &raw mut req) < 0 {
            -1
        } else {
            req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
            libc::ioctl(s, libc::SIOCSIFFLAGS, &raw mut req)
        }
    };
    let e = errno();
    close_raw(s);
    if r < 0 { Err(e) } else { Ok(()) }
}

/// `waitpid(pid, WNOHANG or blocking)`: (pid, raw status), pid 0 if none.
pub fn waitpid_raw(pid: libc::pid_t, nohang: bool) -> Result<(libc::pid_t, i32), i32> {
    let mut status = 0;
    // SAFETY: status is a valid out pointer.
    let r = unsafe { libc::waitpid(pid, &raw mut status, if nohang { libc::WNOHANG } else { 0 }) };
    if r < 0 { Err(errno()) } else { Ok((r, status)) }
}

pub fn kill_raw(pid: libc::pid_t, sig: libc::c_int) -> Result<(), i32> {
    // SAFETY: integer arguments only.
    let r = unsafe { libc::kill(pid, sig) };
    if r < 0 { Err(errno()) } else { Ok(()) }
}

/// Block `sigs` and return the previous mask (for sigtimedwait loops).
pub fn block_signals(sigs: &[libc::c_int]) -> libc::sigset_t {
    // SAFETY: sets are initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&raw mut set);
        for s in sigs {
            libc::sigaddset(&raw mut set, *s);
        }
        libc::sigprocmask(libc::SIG_BLOCK, &raw const set, &raw mut old);
        old
    }
}

/// Block every signal that can be blocked; returns the old mask.
pub fn block_all_signals() -> libc::sigset_t {
    // SAFETY: sets are initialised by sigfillset/zeroed before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&raw mut set);
        libc::sigprocmask(libc::SIG_BLOCK, &raw const set, &raw mut old);
        old
    }
}

/// Wait for any signal (all blocked), with a timeout in milliseconds;
/// `None` on timeout.
pub fn wait_any_signal(timeout_ms: i64) -> Option<libc::c_int> {
    // SAFETY: set is initialised by sigfillset; ts is valid.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&raw mut set);
        let ts = libc::timespec {
            tv_sec: timeout_ms / 1000,
            tv_nsec: (timeout_ms % 1000) * 1_000_000,
        };
        let r = libc::sigtimedwait(&raw const set, std::ptr::null_mut(), &raw const ts);
        if r > 0 { Some(r) } else { None }
    }
}

/// `pidfd_open(2)`.
pub fn pidfd_open(pid: libc::pid_t) -> io::Result<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: integer arguments only.
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        // SAFETY: the kernel returned a new descriptor that we now own.
        Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(r as i32) })
    }
}

/// `pidfd_send_signal(2)`.
pub fn pidfd_send_signal(fd: BorrowedFd<'_>, sig: libc::c_int) -> io::Result<()> {
    // SAFETY: fd is a live pidfd; NULL siginfo means a plain kill.
    let r = unsafe {
        libc::syscall(
            libc::SYS_pidfd_send_signal,
            fd.as_raw_fd(),
            sig,
            std::ptr::null::<libc::siginfo_t>(),
            0,
        )
    };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Copy the terminal window size from one tty fd to another.
pub fn copy_winsize(from: libc::c_int, to: libc::c_int) -> bool {
    // SAFETY: ws is plain data filled by TIOCGWINSZ and read by TIOCSWINSZ.
    unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        libc::ioctl(from, libc::TIOCGWINSZ, &raw mut ws) == 0
            && libc::ioctl(to, libc::TIOCSWINSZ, &raw const ws) == 0
    }
}

/// Ignore a signal (the monitor ignores SIGPIPE: its clients come and go).
pub fn ignore_signal(sig: libc::c_int) {
    // SAFETY: SIG_IGN needs no handler.
    unsafe {
        libc::signal(sig, libc::SIG_IGN);
    }
}

pub fn set_umask(mask: libc::mode_t) {
    // SAFETY: umask cannot fail.
    unsafe {
        libc::umask(mask);
    }
}

/// Is `fd` (an O_PATH fd is fine) a directory?
pub fn is_dir_fd(fd: libc::c_int) -> bool {
    // SAFETY: st is plain data filled by fstat; only read on success.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        libc::fstat(fd, &raw mut st) == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR
    }
}

/// The highest capability number the kernel knows.
pub fn last_cap() -> u32 {
    std::fs::read_to_string("/proc/sys/kernel/cap_last_cap")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(40)
}

/// Close every fd of this process except those in `keep` (after fork, so
/// the monitor holds no lock or pipe it was not given).
pub fn close_fds_except(keep: &[libc::c_int]) {
    let mut keep: Vec<libc::c_int> = keep.iter().copied().filter(|f| *f >= 0).collect();
    keep.sort_unstable();
    keep.dedup();
    let mut from: libc::c_uint = 0;
    for k in keep {
        let k = k as libc::c_uint;
        if k > from {
            // SAFETY: closing a range of fd numbers; none is used by Rust
            // objects we keep (the caller lists everything it needs).
            unsafe {
                libc::syscall(libc::SYS_close_range, from, k - 1, 0 as libc::c_uint);
            }
        }
        from = k + 1;
    }
    // SAFETY: as above.
    unsafe {
        libc::syscall(
            libc::SYS_close_range,
            from,
            libc::c_uint::MAX,
            0 as libc::c_uint,
        );
    }
}

/// A signalfd for `sigs` (which the caller has blocked).
pub fn signalfd(sigs: &[libc::c_int]) -> io::Result<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: the set is initialised by sigemptyset before use.
    let fd = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&raw mut set);
        for s in sigs {
            libc::sigaddset(&raw mut set, *s);
        }
        libc::signalfd(-1, &raw const set, libc::SFD_CLOEXEC | libc::SFD_NONBLOCK)
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a new descriptor we now own.
    Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) })
}

/// Read one pending signal number from a signalfd (None if none).
pub fn read_signalfd(fd: BorrowedFd<'_>) -> Option<i32> {
    // SAFETY: signalfd_siginfo is plain data; read fills it completely.
    unsafe {
        let mut info: libc::signalfd_siginfo = std::mem::zeroed();
        let n = libc::read(
            fd.as_raw_fd(),
            (&raw mut info).cast(),
            std::mem::size_of::<libc::signalfd_siginfo>(),
        );
        if n as usize == std::mem::size_of::<libc::signalfd_siginfo>() {
            Some(info.ssi_signo as i32)
        } else {
            None
        }
    }
}

/// Unblock signals previously blocked (restore a mask).
pub fn set_signal_mask(mask: &libc::sigset_t) {
    // SAFETY: mask is a valid sigset.
    unsafe {
        libc::sigprocmask(libc::SIG_SETMASK, mask, std::ptr::null_mut());
    }
}

/// Borrow a raw descriptor number for the nix calls that want a
/// `BorrowedFd`.
pub fn borrow_fd(fd: libc::c_int) -> BorrowedFd<'static> {
    // SAFETY: callers only pass descriptors they keep open for as long as
    // they use the borrow (the monitor's pipes and inherited stdio).
    unsafe { BorrowedFd::borrow_raw(fd) }
}

/// Open a new pseudo-terminal in the devpts instance mounted at /dev/pts
/// (the container's, after pivot_root): returns (master, slave). The slave
/// comes from TIOCGPTPEER, so no path lookup can be redirected.
pub fn open_pty_here() -> Result<(libc::c_int, libc::c_int), i32> {
    // SAFETY: the path is a NUL-terminated literal.
    let master = unsafe {
        libc::open(
            c"/dev/ptmx".as_ptr(),
            libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
        )
    };
    if master < 0 {
        return Err(errno());
    }
    let unlock: libc::c_int = 0;
    // SAFETY: TIOCSPTLCK reads an int; TIOCGPTPEER takes open flags and
    // returns a new fd.
    let slave = unsafe {
        if libc::ioctl(master, libc::TIOCSPTLCK, &raw const unlock) < 0 {
            -1
        } else {
            libc::ioctl(master, libc::TIOCGPTPEER, libc::O_RDWR | libc::O_NOCTTY)
        }
    };
    if slave < 0 {
        let e = errno();
        close_raw(master);
        return Err(e);
    }
    Ok((master, slave))
}

/// Set a terminal's window size.
pub fn set_winsize(fd: libc::c_int, rows: u16, cols: u16) {
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: ws is a valid winsize for TIOCSWINSZ.
    unsafe {
        libc::ioctl(fd, libc::TIOCSWINSZ, &raw const ws);
    }
}

/// A terminal's window size, if `fd` is one.
pub fn get_winsize(fd: libc::c_int) -> Option<(u16, u16)> {
    // SAFETY: ws is plain data filled by TIOCGWINSZ.
    unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        (libc::ioctl(fd, libc::TIOCGWINSZ, &raw mut ws) == 0 && ws.ws_row > 0)
            .then_some((ws.ws_row, ws.ws_col))
    }
}

/// Send `data` and one fd over a unix socket (SCM_RIGHTS).
pub fn send_with_fd(sock: libc::c_int, data: &[u8], fd: libc::c_int) -> Result<(), i32> {
    let mut iov = libc::iovec {
        iov_base: data.as_ptr().cast_mut().cast(),
        iov_len: data.len(),
    };
    // Room for one int in a control message, 8-byte aligned.
    let mut cbuf = [0u64; 4];
    // SAFETY: msghdr is plain data; every pointer in it refers to locals
    // that live across sendmsg; CMSG macros stay within cbuf.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &raw mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = cbuf.as_mut_ptr().cast();
        msg.msg_controllen = libc::CMSG_SPACE(std::mem::size_of::<libc::c_int>() as u32) as usize;
        let cmsg = libc::CMSG_FIRSTHDR(&raw const msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<libc::c_int>() as u32) as usize;
        std::ptr::write_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>(), fd);
        if libc::sendmsg(sock, &raw const msg, 0) < 0 {
            return Err(errno());
        }
    }
    Ok(())
}

/// Receive one message (and an fd, if one came) from a unix socket.
/// `Ok((0, None))` is EOF.
pub fn recv_with_fd(
    sock: libc::c_int,
    buf: &mut [u8],
) -> io::Result<(usize, Option<std::os::fd::OwnedFd>)> {
    use std::os::fd::FromRawFd;
    let mut iov = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: buf.len(),
    };
    let mut cbuf = [0u64; 4];
    loop {
        // SAFETY: as in send_with_fd; the received fd (if any) is owned by
        // us from here on.
        unsafe {
            let mut msg: libc::msghdr = std::mem::zeroed();
            msg.msg_iov = &raw mut iov;
            msg.msg_iovlen = 1;
            msg.msg_control = cbuf.as_mut_ptr().cast();
            msg.msg_controllen = std::mem::size_of_val(&cbuf);
            let n = libc::recvmsg(sock, &raw mut msg, libc::MSG_CMSG_CLOEXEC);
            if n < 0 {
                if errno() == libc::EINTR {
                    continue;
                }
                return Err(io::Error::last_os_error());
            }
            let mut fd = None;
            let cmsg = libc::CMSG_FIRSTHDR(&raw const msg);
            if !cmsg.is_null()
                && (*cmsg).cmsg_level == libc::SOL_SOCKET
                && (*cmsg).cmsg_type == libc::SCM_RIGHTS
            {
                let raw = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>());
                fd = Some(std::os::fd::OwnedFd::from_raw_fd(raw));
            }
            return Ok((n as usize, fd));
        }
    }
}

/// Give free heap memory back to the kernel (the monitor, after setup:
/// it inherited the client's heap and lives as long as the container).
pub fn trim_heap() {
    // SAFETY: malloc_trim only releases free memory of glibc's allocator.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Give back the stack pages below the caller's frame (the monitor, after
/// setup: it inherited every page the client's deepest calls touched, and
/// never goes that deep again; a page it does reach later comes back
/// zeroed, as a fresh stack page would). Main thread only.
pub fn trim_stack() {
    let marker = 0u8;
    let sp = std::ptr::addr_of!(marker) as usize;
    let Some(low) = std::fs::read_to_string("/proc/self/maps")
        .ok()
        .and_then(|maps| {
            let line = maps.lines().find(|l| l.ends_with("[stack]"))?;
            usize::from_str_radix(line.split('-').next()?, 16).ok()
        })
    else {
        return;
    };
    let page = 4096;
    // Two pages of margin: this frame, and the red zone of any callee.
    let high = (sp & !(page - 1)).saturating_sub(2 * page);
    if low < high && sp - low < 64 << 20 {
        // SAFETY: [low, high) is the part of the main thread's stack mapping
        // below the live frames (the stack grows down from sp); nothing
        // refers to it, and MADV_DONTNEED leaves it mapped, zero-filled.
        unsafe {
            libc::madvise(low as *mut libc::c_void, high - low, libc::MADV_DONTNEED);
        }
    }
}

/// `unshare(2)` (in a forked child).
pub fn unshare_raw(flags: libc::c_int) -> Result<(), i32> {
    // SAFETY: unshare only reads its integer argument.
    let r = unsafe { libc::unshare(flags) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

/// `setns(2)` on a raw namespace fd (in a forked child).
pub fn setns_raw(fd: libc::c_int, nstype: libc::c_int) -> Result<(), i32> {
    // SAFETY: setns only reads its integer arguments.
    let r = unsafe { libc::setns(fd, nstype) };
    if r == 0 { Ok(()) } else { Err(errno()) }
}

/// `setns(2)` with a pidfd: join several namespaces of that process at
/// once (Linux 5.8+), with no race against pid reuse.
pub fn setns_pidfd(pidfd: BorrowedFd<'_>, flags: libc::c_int) -> io::Result<()> {
    // SAFETY: integer arguments only.
    let r = unsafe { libc::setns(pidfd.as_raw_fd(), flags) };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Send one message on a socket without blocking; false if it could not
/// be sent (buffer full or peer gone).
pub fn send_nonblocking(fd: libc::c_int, data: &[u8]) -> bool {
    // SAFETY: pointer and length describe `data`.
    let r = unsafe {
        libc::send(
            fd,
            data.as_ptr().cast(),
            data.len(),
            libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL,
        )
    };
    r >= 0
}

/// Take ownership of a descriptor a system call just returned (accept4).
pub fn own_fd(fd: libc::c_int) -> std::os::fd::OwnedFd {
    use std::os::fd::FromRawFd;
    // SAFETY: the caller got `fd` from the kernel just now and hands over
    // its only reference.
    unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) }
}

// <linux/mount.h>
const OPEN_TREE_CLONE: libc::c_uint = 1;
const MOVE_MOUNT_F_EMPTY_PATH: libc::c_uint = 4;

/// `open_tree(2)` with `OPEN_TREE_CLONE`: a detached copy of the mount at
/// `path` (not its submounts), which `move_mount` can attach elsewhere,
/// in another mount namespace too.
pub fn open_tree_clone(path: &CStr) -> io::Result<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: path is a NUL-terminated string that outlives the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_open_tree,
            libc::AT_FDCWD,
            path.as_ptr(),
            OPEN_TREE_CLONE | libc::O_CLOEXEC as libc::c_uint,
        )
    };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        // SAFETY: the kernel returned a new descriptor that we now own.
        Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(r as i32) })
    }
}

/// `move_mount(2)`: attach the detached mount `tree` (from
/// [`open_tree_clone`]) at `target`.
pub fn move_mount_to(tree: BorrowedFd<'_>, target: &CStr) -> io::Result<()> {
    // SAFETY: tree is a live descriptor, the strings outlive the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_move_mount,
            tree.as_raw_fd(),
            c"".as_ptr(),
            libc::AT_FDCWD,
            target.as_ptr(),
            MOVE_MOUNT_F_EMPTY_PATH,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}
