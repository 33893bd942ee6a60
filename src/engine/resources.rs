//! `update` (a container's limits and restart policy, kept and applied
//! live) and `stats` (samples of its cgroup, its network namespace's
//! counters, and the figures docker and podman derive from them).

use super::Engine;
use crate::container::ops;
use crate::container::resources::ResourceFlags;
use crate::container::spec::RestartPolicy;
use crate::runtime::cgroups::{self, Stats, Version};
use crate::storage::events::Event;
use anyhow::{Result, bail};
use std::time::SystemTime;

/// One reading of a container.
#[derive(Clone, Debug)]
pub struct Sample {
    pub id: String,
    pub name: String,
    /// When it was read (ns since the epoch).
    pub at_ns: u64,
    /// The container's start (ns since the epoch), for averages.
    pub started_ns: u64,
    /// The host's CPU time so far (ns, all CPUs, /proc/stat), as docker's
    /// `system_cpu_usage`.
    pub system_ns: u64,
    pub online_cpus: u64,
    pub running: bool,
    pub cgroup: Stats,
    /// Host memory, the limit when the cgroup has none.
    pub host_memory: u64,
    /// (interface, rx bytes, rx packets, rx errors, rx dropped, tx bytes,
    /// tx packets, tx errors, tx dropped).
    pub networks: Vec<(String, [u64; 8])>,
}

/// The derived figures of `stats` (podman's), from a sample and the one
/// before it (or the container's start).
#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub cpu_percent: f64,
    pub avg_cpu_percent: f64,
    pub cpu_ns: u64,
    pub mem_usage: u64,
    pub mem_limit: u64,
    pub mem_percent: f64,
    pub net_rx: u64,
    pub net_tx: u64,
    pub block_read: u64,
    pub block_write: u64,
    pub pids: u64,
}

impl Sample {
    /// podman's arithmetic: CPU % over the interval since `prev` (or since
    /// the start), 100 % being one CPU; memory less the inactive file
    /// cache; the limit or the host's memory.
    pub fn figures(&self, prev: Option<&Sample>) -> Figures {
        if !self.running {
            return Figures::default();
        }
        let (prev_cpu, prev_at) = prev.map_or((0, self.started_ns), |p| (p.cgroup.cpu_ns, p.at_ns));
        let pct = |cpu: u64, wall: u64| {
            if wall == 0 || cpu == 0 {
                0.0
            } else {
                cpu as f64 / wall as f64 * 100.0
            }
        };
        let c = &self.cgroup;
        let mem_usage = c.memory.saturating_sub(c.memory_inactive_file);
        let mem_limit = match c.memory_limit {
            0 => self.host_memory,
            l => l.min(self.host_memory.max(1)),
        };
        Figures {
            cpu_percent: pct(
                c.cpu_ns.saturating_sub(prev_cpu),
                self.at_ns.saturating_sub(prev_at),
            ),
            avg_cpu_percent: pct(c.cpu_ns, self.at_ns.saturating_sub(self.started_ns)),
            cpu_ns: c.cpu_ns,
            mem_usage,
            mem_limit,
            mem_percent: if mem_limit == 0 {
                0.0
            } else {
                mem_usage as f64 / mem_limit as f64 * 100.0
            },
            net_rx: self.networks.iter().map(|(_, n)| n[0]).sum(),
            net_tx: self.networks.iter().map(|(_, n)| n[4]).sum(),
            block_read: c.io_read,
            block_write: c.io_write,
            pids: c.pids,
        }
    }
}

fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

/// The host's CPU time so far, from /proc/stat's first line (ns).
fn system_cpu_ns() -> u64 {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks: u64 = text
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .take(7)
        .filter_map(|v| v.parse::<u64>().ok())
        .sum();
    ticks.saturating_mul(1_000_000_000 / 100)
}

fn host_memory() -> u64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |k| k * 1024)
}

/// A process's network namespace counters (loopback left out).
fn net_dev(pid: i32) -> Vec<(String, [u64; 8])> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/net/dev")).unwrap_or_default();
    text.lines()
        .skip(2)
        .filter_map(|l| {
            let (name, rest) = l.split_once(':')?;
            let name = name.trim();
            if name == "lo" {
                return None;
            }
            let v: Vec<u64> = rest
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            if v.len() < 12 {
                return None;
            }
            Some((
                name.to_string(),
                [v[0], v[1], v[2], v[3], v[8], v[9], v[10], v[11]],
            ))
        })
        .collect()
}

impl Engine {
    /// Change a container's limits (and restart policy): kept in its
    /// record for later starts, written into its cgroup when it runs.
    pub fn update(
        &self,
        name: &str,
        flags: &ResourceFlags,
        restart: Option<&str>,
    ) -> Result<String> {
        self.enter_userns()?;
        let id = self.containers.find(name)?.id;
        let _lock = self.containers.lock(&id)?;
        let mut c = self.containers.config(&id)?;
        let v2 = cgroups::version() == Version::V2;
        let mut r = c.cgroup.resources.clone();
        r.apply(flags, v2)?;
        crate::container::resources::check_modes(&crate::container::resources::CgroupConfig {
            resources: r.clone(),
            ..c.cgroup.clone()
        })?;
        if let Some(p) = restart {
            let p = RestartPolicy::parse(p)?;
            if c.auto_remove && !p.is_no() {
                bail!("the restart policy of a container created with --rm cannot be changed");
            }
            c.restart = p;
        }
        let st = ops::state(&self.containers, &id)?;
        if st.status.is_active() {
            match &st.cgroup {
                Some(cg) => cg.apply(&r, false)?,
                None if r != c.cgroup.resources => bail!(
                    "cannot update the limits of running container {}: it has no cgroup (rootless without a delegated cgroup, or --cgroups=disabled)",
                    c.name
                ),
                None => {}
            }
        }
        c.cgroup.resources = r;
        self.containers.write_config(&c)?;
        self.containers.event(&Event::container("update", &c));
        Ok(id)
    }

    /// Read the running containers among `ids` (all running ones when
    /// empty and `all` is false; every container with `all`); `detail`:
    /// see [`Cgroup::stats`].
    pub fn stats(&self, names: &[String], all: bool, detail: bool) -> Result<Vec<Sample>> {
        let entries: Vec<(String, String)> = if names.is_empty() {
            self.containers
                .list()?
                .into_iter()
                .map(|e| (e.id, e.name))
                .collect()
        } else {
            names
                .iter()
                .map(|n| self.containers.find(n).map(|e| (e.id, e.name)))
                .collect::<Result<_>>()?
        };
        let system_ns = system_cpu_ns();
        let online_cpus = std::thread::available_parallelism().map_or(1, |n| n.get() as u64);
        let host_memory = host_memory();
        // Each container's reading is a dozen small files: two threads
        // halve the wait on a machine with as many CPUs.
        let read = |(id, name): &(String, String)| -> Result<Option<Sample>> {
            let st = ops::state(&self.containers, id)?;
            let running = st.status.is_active();
            if !running && names.is_empty() && !all {
                return Ok(None);
            }
            let started_ns = st
                .started_at
                .as_deref()
                .and_then(crate::util::time::Timestamp::parse_rfc3339)
                .map_or(0, |t| {
                    (t.secs.max(0) as u64) * 1_000_000_000 + u64::from(t.nanos)
                });
            Ok(Some(Sample {
                id: id.clone(),
                name: name.clone(),
                at_ns: now_ns(),
                started_ns,
                system_ns,
                online_cpus,
                running,
                cgroup: match (&st.cgroup, running) {
                    (Some(cg), true) => cg.stats(detail),
                    _ => Stats::default(),
                },
                host_memory,
                networks: if running && st.pid > 0 {
                    net_dev(st.pid)
                } else {
                    Vec::new()
                },
            }))
        };
        let workers = if entries.len() >= 8 {
            online_cpus as usize
        } else {
            1
        };
        let cancel = std::sync::atomic::AtomicBool::new(false);
        let out: Vec<Sample> = crate::util::parallel::map(&entries, workers.min(4), &cancel, read)?
            .into_iter()
            .flatten()
            .collect();
        Ok(out)
    }
}
