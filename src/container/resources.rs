//! A container's resource limits (`--memory`, `--cpus`, `--pids-limit`,
//! ...): parsed and checked as podman checks them (its messages), kept in
//! the container's record, written into its cgroup by `runtime::cgroups`.

use anyhow::{Result, anyhow, bail};
use serde::{Deserialize, Serialize};

/// The cgroup settings of a container.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct CgroupConfig {
    /// `--cgroup-parent`: a path in the cgroup hierarchy (empty: skiff's
    /// default place).
    #[serde(default)]
    pub parent: String,
    /// `--cgroups`: enabled (empty), disabled, no-conmon, split.
    #[serde(default)]
    pub mode: String,
    /// `--cgroupns`: private (empty) or host.
    #[serde(default)]
    pub namespace: String,
    #[serde(default)]
    pub oom_score_adj: Option<i32>,
    #[serde(default)]
    pub resources: Resources,
}

impl CgroupConfig {
    pub fn disabled(&self) -> bool {
        self.mode == "disabled"
    }
}

/// Limits, in docker's units (bytes, microseconds, nano-CPUs); zero or
/// empty means "not set".
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Resources {
    pub memory: i64,
    pub memory_reservation: i64,
    /// Memory plus swap; -1 unlimited.
    pub memory_swap: i64,
    pub memory_swappiness: Option<u64>,
    pub oom_kill_disable: bool,
    pub nano_cpus: i64,
    pub cpu_period: u64,
    pub cpu_quota: i64,
    pub cpu_shares: u64,
    pub cpu_rt_period: u64,
    pub cpu_rt_runtime: i64,
    pub cpuset_cpus: String,
    pub cpuset_mems: String,
    /// -1 unlimited.
    pub pids_limit: i64,
    pub blkio_weight: u16,
    pub blkio_weight_device: Vec<DeviceValue>,
    pub device_read_bps: Vec<DeviceValue>,
    pub device_write_bps: Vec<DeviceValue>,
    pub device_read_iops: Vec<DeviceValue>,
    pub device_write_iops: Vec<DeviceValue>,
    /// `--cgroup-conf KEY=VALUE` (cgroup v2 files).
    pub unified: Vec<(String, String)>,
}

/// A per-device setting: the device as given, its numbers, the value.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct DeviceValue {
    pub path: String,
    pub major: u64,
    pub minor: u64,
    pub value: u64,
}

impl Resources {
    /// Any limit asked for (which needs a cgroup with controllers).
    pub fn any(&self) -> bool {
        *self != Resources::default()
    }
}

/// The flags as given (`None`: not given), for create and update.
#[derive(Clone, Debug, Default)]
pub struct ResourceFlags {
    pub memory: Option<String>,
    pub memory_reservation: Option<String>,
    pub memory_swap: Option<String>,
    pub memory_swappiness: Option<i64>,
    pub oom_kill_disable: Option<bool>,
    pub kernel_memory: Option<String>,
    pub cpus: Option<f64>,
    pub cpu_period: Option<u64>,
    pub cpu_quota: Option<i64>,
    pub cpu_shares: Option<u64>,
    pub cpu_rt_period: Option<u64>,
    pub cpu_rt_runtime: Option<i64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids_limit: Option<i64>,
    pub blkio_weight: Option<u16>,
    pub blkio_weight_device: Vec<String>,
    pub device_read_bps: Vec<String>,
    pub device_write_bps: Vec<String>,
    pub device_read_iops: Vec<String>,
    pub device_write_iops: Vec<String>,
    pub cgroup_conf: Vec<String>,
}

fn size(flag: &str, s: &str) -> Result<i64> {
    crate::util::units::parse_size(s)
        .and_then(|n| i64::try_from(n).ok())
        .ok_or_else(|| anyhow!("invalid value for {flag}: invalid size: '{s}'"))
}

/// `/dev/sda:1mb` → the device's numbers and the value.
fn device_value(spec: &str, parse: impl Fn(&str) -> Option<u64>, bad: &str) -> Result<DeviceValue> {
    let Some((path, v)) = spec.rsplit_once(':') else {
        bail!("bad format: {spec}");
    };
    let value = parse(v).ok_or_else(|| anyhow!("{bad}"))?;
    let meta = std::fs::metadata(path).map_err(|e| {
        anyhow!(
            "could not parse throttle device at {path}: {}",
            crate::error::io_reason(&e)
        )
    })?;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    if !meta.file_type().is_block_device() && !meta.file_type().is_char_device() {
        bail!("{path} is not a device");
    }
    let rdev = meta.rdev();
    Ok(DeviceValue {
        path: path.to_string(),
        major: u64::from(libc::major(rdev)),
        minor: u64::from(libc::minor(rdev)),
        value,
    })
}

/// The CPUs (or memory nodes) a list like `0-2,4` names; `None` when it
/// is malformed.
pub fn parse_list(s: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for part in s.split(',') {
        let part = part.trim();
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        if b < a || b - a > 65536 {
            return None;
        }
        out.extend(a..=b);
    }
    Some(out)
}

fn check_available(what: &str, given: &str, available_file: &str, kind: &str) -> Result<()> {
    let want =
        parse_list(given).ok_or_else(|| anyhow!("invalid value {given} for cpuset {kind}"))?;
    let avail_text = std::fs::read_to_string(available_file).unwrap_or_default();
    let avail_text = avail_text.trim();
    let Some(avail) = parse_list(avail_text) else {
        return Ok(());
    };
    if want.iter().any(|c| !avail.contains(c)) {
        bail!("requested {what} are not available - requested {given}, available: {avail_text}");
    }
    Ok(())
}

/// A per-device flag list, where its parsed values go, the value parser,
/// and the message for a bad value.
type DeviceList<'a> = (
    &'a Vec<String>,
    &'a mut Vec<DeviceValue>,
    &'a dyn Fn(&str) -> Option<u64>,
    &'a str,
);

impl Resources {
    /// Apply the given flags over these values (create starts from
    /// nothing, update from the container's), then check the whole.
    pub fn apply(&mut self, f: &ResourceFlags, cgroup_v2: bool) -> Result<()> {
        if f.kernel_memory.is_some() {
            crate::warn!("The --kernel-memory flag is no longer supported. This flag is a noop.");
        }
        if let Some(m) = &f.memory {
            self.memory = size("memory", m)?;
        }
        if let Some(m) = &f.memory_reservation {
            self.memory_reservation = size("memory-reservation", m)?;
        }
        if let Some(m) = &f.memory_swap {
            self.memory_swap = if m.trim() == "-1" {
                -1
            } else {
                size("memory-swap", m)?
            };
        }
        if let Some(s) = f.memory_swappiness {
            if !(-1..=100).contains(&s) {
                bail!("invalid value: {s}, valid memory swappiness range is 0-100");
            }
            self.memory_swappiness = u64::try_from(s).ok();
        }
        if let Some(b) = f.oom_kill_disable {
            self.oom_kill_disable = b;
        }
        if let Some(c) = f.cpus {
            if f.cpu_quota.is_some() {
                bail!("--cpu-quota and --cpus cannot be set together");
            }
            if f.cpu_period.is_some() {
                bail!("--cpu-period and --cpus cannot be set together");
            }
            if !c.is_finite() || c < 0.0 {
                bail!("invalid value for cpus: {c}: the number of CPUs cannot be negative");
            }
            self.nano_cpus = (c * 1e9).round() as i64;
            self.cpu_quota = 0;
            self.cpu_period = 0;
        }
        if let Some(p) = f.cpu_period {
            self.cpu_period = p;
            self.nano_cpus = 0;
        }
        if let Some(q) = f.cpu_quota {
            self.cpu_quota = q;
            self.nano_cpus = 0;
        }
        if let Some(s) = f.cpu_shares {
            self.cpu_shares = s;
        }
        if let Some(p) = f.cpu_rt_period {
            self.cpu_rt_period = p;
        }
        if let Some(r) = f.cpu_rt_runtime {
            self.cpu_rt_runtime = r;
        }
        if let Some(c) = &f.cpuset_cpus {
            self.cpuset_cpus = c.trim().to_string();
        }
        if let Some(m) = &f.cpuset_mems {
            self.cpuset_mems = m.trim().to_string();
        }
        if let Some(p) = f.pids_limit {
            self.pids_limit = p;
        }
        if let Some(w) = f.blkio_weight {
            self.blkio_weight = w;
        }
        let rate = |v: &str| crate::util::units::parse_size(v);
        let count = |v: &str| v.parse::<u64>().ok();
        let lists: [DeviceList; 5] = [
            (
                &f.blkio_weight_device,
                &mut self.blkio_weight_device,
                &|v: &str| v.parse::<u16>().ok().map(u64::from),
                "invalid weight for device",
            ),
            (
                &f.device_read_bps,
                &mut self.device_read_bps,
                &rate,
                "invalid rate for device",
            ),
            (
                &f.device_write_bps,
                &mut self.device_write_bps,
                &rate,
                "invalid rate for device",
            ),
            (
                &f.device_read_iops,
                &mut self.device_read_iops,
                &count,
                "invalid rate for device",
            ),
            (
                &f.device_write_iops,
                &mut self.device_write_iops,
                &count,
                "invalid rate for device",
            ),
        ];
        for (given, into, parse, bad) in lists {
            for spec in given {
                let d = device_value(spec, parse, &format!("{bad}: {spec}"))?;
                into.retain(|x| (x.major, x.minor) != (d.major, d.minor));
                into.push(d);
            }
        }
        for kv in &f.cgroup_conf {
            let Some((k, v)) = kv.split_once('=') else {
                bail!("--cgroup-conf must be formatted KEY=VALUE");
            };
            if !cgroup_v2 {
                bail!("cannot use --cgroup-conf without cgroup v2");
            }
            if k.contains('/') || k.starts_with('.') || k.is_empty() {
                bail!("invalid --cgroup-conf key {k:?}");
            }
            self.unified.retain(|(x, _)| x != k);
            self.unified.push((k.to_string(), v.to_string()));
        }
        self.check()
    }

    /// The checks podman makes of a whole set of limits.
    pub fn check(&self) -> Result<()> {
        if self.memory < 0 || self.memory_reservation < 0 || self.memory_swap < -1 {
            bail!("invalid value for memory: a size cannot be negative");
        }
        if self.memory > 0 && self.memory < 6 * 1024 * 1024 {
            bail!("minimum memory limit allowed is 6MB");
        }
        if self.memory > 0 && self.memory_reservation > self.memory {
            bail!("minimum memory limit cannot be less than memory reservation limit, see usage");
        }
        if self.memory_swap > 0 && self.memory == 0 {
            bail!("you should always set a memory limit when using a memoryswap limit, see usage");
        }
        if self.memory_swap > 0 && self.memory_swap < self.memory {
            bail!("minimum memoryswap limit should be larger than memory limit, see usage");
        }
        if self.cpu_quota != 0 && self.cpu_quota < 1000 && self.cpu_quota != -1 {
            bail!("CPU cfs quota cannot be less than 1ms (i.e. 1000)");
        }
        if self.cpu_period != 0 && !(1000..=1_000_000).contains(&self.cpu_period) {
            bail!(
                "CPU cfs period cannot be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)"
            );
        }
        if self.blkio_weight != 0 && !(10..=1000).contains(&self.blkio_weight) {
            bail!("range of blkio weight is from 10 to 1000");
        }
        for d in &self.blkio_weight_device {
            if !(10..=1000).contains(&d.value) {
                bail!("invalid weight for device: {}:{}", d.path, d.value);
            }
        }
        if self.cpu_rt_runtime != 0
            && self.cpu_rt_period != 0
            && self.cpu_rt_runtime > self.cpu_rt_period as i64
        {
            bail!("--cpu-rt-runtime cannot be higher than --cpu-rt-period");
        }
        if !self.cpuset_cpus.is_empty() {
            check_available(
                "CPUs",
                &self.cpuset_cpus,
                "/sys/devices/system/cpu/online",
                "cpus",
            )?;
        }
        if !self.cpuset_mems.is_empty() {
            check_available(
                "memory nodes",
                &self.cpuset_mems,
                "/sys/devices/system/node/online",
                "mems",
            )?;
        }
        Ok(())
    }

    /// The CFS quota and period to write (`--cpus` as a quota of the
    /// default 100 ms period), if any.
    pub fn cfs(&self) -> (Option<i64>, Option<u64>) {
        let period = (self.cpu_period != 0).then_some(self.cpu_period);
        if self.nano_cpus > 0 {
            let p = period.unwrap_or(100_000);
            return (Some(self.nano_cpus * p as i64 / 1_000_000_000), Some(p));
        }
        ((self.cpu_quota != 0).then_some(self.cpu_quota), period)
    }

    /// The swap limit docker sets when only `--memory` is given: as much
    /// swap as memory.
    pub fn effective_swap(&self) -> i64 {
        if self.memory > 0 && self.memory_swap == 0 {
            self.memory * 2
        } else {
            self.memory_swap
        }
    }
}

/// Check `--cgroups`, `--cgroupns` and `--oom-score-adj` as podman does.
pub fn check_modes(c: &CgroupConfig) -> Result<()> {
    if !matches!(
        c.mode.as_str(),
        "" | "enabled" | "disabled" | "no-conmon" | "split"
    ) {
        bail!(
            "running container create option: invalid cgroup mode {:?}: invalid argument",
            c.mode
        );
    }
    if !matches!(c.namespace.as_str(), "" | "private" | "host") {
        bail!("unrecognized namespace mode {} passed", c.namespace);
    }
    if let Some(n) = c.oom_score_adj
        && !(-1000..=1000).contains(&n)
    {
        bail!("invalid value {n}, range for oom score adj is [-1000, 1000]");
    }
    if c.disabled() && c.resources.any() {
        bail!("cannot set resource limits when cgroups are disabled (--cgroups=disabled)");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::needless_pass_by_value)]
    fn apply(f: ResourceFlags) -> Result<Resources> {
        let mut r = Resources::default();
        r.apply(&f, true)?;
        Ok(r)
    }

    #[test]
    fn flags_parse_as_docker() {
        let r = apply(ResourceFlags {
            memory: Some("512m".into()),
            cpus: Some(1.5),
            pids_limit: Some(10),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(r.memory, 512 << 20);
        assert_eq!(r.nano_cpus, 1_500_000_000);
        assert_eq!(r.cfs(), (Some(150_000), Some(100_000)));
        assert_eq!(r.effective_swap(), 1024 << 20);
        let e = |f: ResourceFlags| format!("{:#}", apply(f).unwrap_err());
        assert_eq!(
            e(ResourceFlags {
                memory: Some("foo".into()),
                ..Default::default()
            }),
            "invalid value for memory: invalid size: 'foo'"
        );
        assert!(
            e(ResourceFlags {
                cpus: Some(-1.0),
                ..Default::default()
            })
            .contains("negative")
        );
        assert_eq!(
            e(ResourceFlags {
                cpuset_cpus: Some("0-x".into()),
                ..Default::default()
            }),
            "invalid value 0-x for cpuset cpus"
        );
        assert!(
            e(ResourceFlags {
                cpuset_cpus: Some("9999".into()),
                ..Default::default()
            })
            .starts_with("requested CPUs are not available - requested 9999, available: ")
        );
        assert_eq!(
            e(ResourceFlags {
                memory_swap: Some("10m".into()),
                ..Default::default()
            }),
            "you should always set a memory limit when using a memoryswap limit, see usage"
        );
        assert_eq!(
            e(ResourceFlags {
                cgroup_conf: vec!["x".into()],
                ..Default::default()
            }),
            "--cgroup-conf must be formatted KEY=VALUE"
        );
    }

    #[test]
    fn lists_parse() {
        assert_eq!(parse_list("0-2,4"), Some(vec![0, 1, 2, 4]));
        assert_eq!(parse_list("2-1"), None);
        assert_eq!(parse_list(""), None);
    }
}
