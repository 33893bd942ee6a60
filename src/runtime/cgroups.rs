//! cgroup detection.
//!
//! A host counts as cgroup v2 only when /sys/fs/cgroup itself is a cgroup2
//! mount. Hybrid hosts (v1 controllers under /sys/fs/cgroup/*, a cgroup2
//! at /sys/fs/cgroup/unified) are treated as v1, where crun refuses them.

use nix::sys::statfs::{CGROUP2_SUPER_MAGIC, statfs};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
}

pub fn version() -> Version {
    match statfs("/sys/fs/cgroup") {
        Ok(s) if s.filesystem_type() == CGROUP2_SUPER_MAGIC => Version::V2,
        _ => Version::V1,
    }
}
