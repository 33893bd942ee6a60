//! docker's and podman's shapes of containers, built once: the columns of
//! `ps`, `ps --format json` (podman's `ListContainer`), and container
//! inspect. The CLI's tables, templates and JSON render these values, as
//! the REST API will.

use crate::container::{self as ctr, ContainerConfig, ContainerState, ContainerStore, Status, ops};
use crate::image::store::ImageStore;
use crate::util::{time, units};
use anyhow::Result;
use serde_json::json;

/// podman's STATUS column (its template `.State` says the same).
pub fn status_text(st: &ContainerState) -> String {
    let text = state_text(st);
    match st.health.as_ref().map(|h| h.status.as_str()) {
        Some(h) if !h.is_empty() => format!("{text} ({h})"),
        _ => text,
    }
}

fn state_text(st: &ContainerState) -> String {
    let since = |t: &Option<String>| {
        t.as_deref()
            .and_then(time::Timestamp::parse_rfc3339)
            .unwrap_or_default()
    };
    match st.status {
        Status::Created => "Created".into(),
        Status::Running => format!(
            "Up {} ago",
            time::human_duration(since(&st.started_at).elapsed())
        ),
        Status::Paused => "Paused".into(),
        Status::Stopping => "Stopping".into(),
        Status::Restarting => format!(
            "Restarting ({}) {} ago",
            st.exit_code,
            time::human_duration(since(&st.finished_at).elapsed())
        ),
        Status::Exited => format!(
            "Exited ({}) {} ago",
            st.exit_code,
            time::human_duration(since(&st.finished_at).elapsed())
        ),
        Status::Removing => "Removing".into(),
        Status::Dead => "Dead".into(),
    }
}

/// podman's COMMAND column: the command line, cut to 20 characters.
fn command_column(args: &[String], no_trunc: bool) -> String {
    let cmd = args.join(" ");
    if no_trunc || cmd.chars().count() <= 20 {
        cmd
    } else {
        let mut t: String = cmd.chars().take(17).collect();
        t.push_str("...");
        t
    }
}

/// A time as Go's `time.Time.String()` prints it (podman's CreatedAt).
fn go_time(rfc3339: Option<&str>) -> String {
    rfc3339
        .and_then(time::Timestamp::parse_rfc3339)
        .map_or_else(
            || "0001-01-01 00:00:00 +0000 UTC".to_string(),
            |t| t.go_string_local(),
        )
}

/// Unix seconds of a recorded time; Go's zero time when there is none.
fn unix_or_zero(rfc3339: Option<&str>) -> i64 {
    rfc3339
        .and_then(time::Timestamp::parse_rfc3339)
        .map_or(-62_135_596_800, |t| t.secs)
}

/// The namespace inode numbers of a running process, for `ps --ns`.
fn ns_inodes(pid: i32) -> Vec<(&'static str, String)> {
    use std::os::unix::fs::MetadataExt;
    [
        ("CGROUPNS", "cgroup"),
        ("IPC", "ipc"),
        ("MNT", "mnt"),
        ("NET", "net"),
        ("PIDNS", "pid"),
        ("USERNS", "user"),
        ("UTS", "uts"),
    ]
    .into_iter()
    .map(|(col, ns)| {
        let v = if pid > 0 {
            std::fs::metadata(format!("/proc/{pid}/ns/{ns}"))
                .map(|m| m.ino().to_string())
                .unwrap_or_default()
        } else {
            String::new()
        };
        (col, v)
    })
    .collect()
}

/// The networks a container is on, as podman lists them.
pub fn ps_networks(c: &ContainerConfig) -> Vec<String> {
    if c.network == "bridge" {
        c.net.networks.iter().map(|n| n.name.clone()).collect()
    } else {
        Vec::new()
    }
}

/// One container of `ps --format json`, podman's `ListContainer`.
pub fn ps_json(
    c: &ContainerConfig,
    st: &ContainerState,
    size: Option<(u64, u64)>,
) -> serde_json::Value {
    let created = time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
    let ports: Vec<serde_json::Value> = st
        .ports
        .iter()
        .map(|p| {
            json!({
                "host_ip": p.host_ip,
                "container_port": p.container_port,
                "host_port": p.host_port,
                "range": 1,
                "protocol": p.protocol,
            })
        })
        .collect();
    json!({
        "AutoRemove": c.auto_remove,
        "Command": c.process.args,
        "CreatedAt": time::ago(created),
        "Exited": st.status == Status::Exited,
        "ExitedAt": unix_or_zero(st.finished_at.as_deref()),
        "ExitCode": st.exit_code,
        "Id": c.id,
        "Image": c.image_name(),
        "ImageID": c.image_id.hex(),
        "IsInfra": false,
        "Labels": if c.labels.is_empty() { serde_json::Value::Null } else { json!(c.labels) },
        "Mounts": c.mounts.iter().filter(|m| m.kind != ctr::mounts::MountKind::Tmpfs).map(|m| m.destination.clone()).collect::<Vec<_>>(),
        "Names": [c.name],
        "Namespaces": {},
        "Networks": ps_networks(c),
        "Pid": st.pid,
        "Pod": "",
        "PodName": "",
        "Ports": if ports.is_empty() { serde_json::Value::Null } else { json!(ports) },
        "Size": size.map_or(serde_json::Value::Null, |(rw, root)| json!({"rwSize": rw, "rootFsSize": root})),
        "StartedAt": unix_or_zero(st.started_at.as_deref()),
        "State": st.status.as_str(),
        "Status": status_text(st),
        "Created": created.secs,
    })
}

/// podman's container inspect JSON (with docker's few extra keys, such as
/// `LogPath`; where the two disagree on a field's form, podman's: `Name`
/// without a `/`, `Config.Entrypoint` as one string, `Config.StopSignal` as
/// a number).
pub fn container_inspect(
    s: &ContainerStore,
    images: &ImageStore,
    id: &str,
) -> Result<serde_json::Value> {
    let c = s.config(id)?;
    let st = ops::state(s, id)?;
    let dir = s.dir(id);
    let zero = ctr::zero_time();
    let lower: Vec<String> = c
        .layers
        .iter()
        .rev()
        .map(|l| images.layer_diff(l).display().to_string())
        .collect();
    let userdata = s.run_dir(id).join("userdata");
    // podman: only the file drivers have a log path.
    let log_path = if matches!(c.log_driver.as_str(), "json-file" | "k8s-file") {
        s.log_path(id).display().to_string()
    } else {
        String::new()
    };
    let image_digest = images
        .images()
        .ok()
        .and_then(|all| all.into_iter().find(|i| i.id == c.image_id))
        .map(|i| i.manifest.to_string())
        .unwrap_or_default();
    let stop_signal = crate::runtime::signals::parse(&c.stop_signal).unwrap_or(15);
    let r = &c.cgroup.resources;
    let ulimits: Vec<serde_json::Value> = c
        .rlimits
        .iter()
        .map(|r| {
            json!({
                "Name": format!("RLIMIT_{}", r.name.to_ascii_uppercase()),
                "Soft": r.soft,
                "Hard": r.hard,
            })
        })
        .collect();
    let dependencies: Vec<String> = c
        .network
        .strip_prefix("container:")
        .map(|d| vec![d.to_string()])
        .unwrap_or_default();
    let mut v = json!({
        "Id": c.id,
        "Created": c.created,
        "Path": c.process.args.first().cloned().unwrap_or_default(),
        "Args": c.process.args.iter().skip(1).collect::<Vec<_>>(),
        "State": {
            "OciVersion": oci_spec::runtime::Spec::default().version(),
            "Status": st.status.as_str(),
            // podman: only a running container is Running (not a paused
            // or stopping one).
            "Running": st.status == Status::Running,
            "Paused": st.status == Status::Paused,
            "Restarting": st.status == Status::Restarting,
            "OOMKilled": st.oom_killed,
            "Dead": st.status == Status::Dead,
            "Pid": st.pid,
            "ConmonPid": st.monitor_pid,
            "ExitCode": st.exit_code,
            "Error": st.error,
            "StartedAt": st.started_at.clone().unwrap_or_else(|| zero.clone()),
            "FinishedAt": st.finished_at.clone().unwrap_or_else(|| zero.clone()),
            "Health": st.health.as_ref().map_or_else(
                || json!({"Status": "", "FailingStreak": 0, "Log": null}),
                |h| json!(h),
            ),
            "CgroupPath": st.cgroup.as_ref().map(|g| g.path.display().to_string()).unwrap_or_default(),
            "CheckpointedAt": zero,
            "RestoredAt": zero,
        },
        "Image": c.image_id.hex(),
        "ImageDigest": image_digest,
        "ImageName": c.image_name(),
        "Rootfs": "",
        "Pod": "",
        "ResolvConfPath": userdata.join("resolv.conf"),
        "HostnamePath": userdata.join("hostname"),
        "HostsPath": userdata.join("hosts"),
        "StaticDir": dir,
        "OCIConfigPath": dir.join("config.json"),
        "OCIRuntime": c.runtime_name(),
        "ConmonPidFile": "",
        "PidFile": "",
        "LogPath": log_path,
        "Name": c.name,
        "RestartCount": st.restart_count,
        "Driver": s.paths.driver.as_str(),
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "EffectiveCaps": c.security.caps,
        "BoundingCaps": c.security.caps,
        "ExecIDs": [],
        "GraphDriver": match s.paths.driver {
            crate::storage::Driver::Overlay => json!({
                "Name": "overlay",
                "Data": {
                    "LowerDir": lower.join(":"),
                    "MergedDir": s.run_dir(id).join("merged"),
                    "UpperDir": dir.join("upper"),
                    "WorkDir": dir.join("work"),
                },
            }),
            crate::storage::Driver::Vfs => json!({"Name": "vfs", "Data": null}),
        },
        "Mounts": mounts_json(&s.paths, &c),
        "Dependencies": dependencies,
        "NetworkSettings": network_settings_json(&c, &st),
        "Namespace": "",
        "IsInfra": false,
        "IsService": false,
        "Config": {
            "Hostname": c.hostname,
            "Domainname": c.domainname,
            "User": c.process.user.spec,
            "AttachStdin": c.process.stdin,
            "AttachStdout": false,
            "AttachStderr": false,
            "ExposedPorts": c.exposed_ports,
            "Tty": c.process.terminal,
            "OpenStdin": c.process.stdin,
            "StdinOnce": false,
            "Env": c.process.env,
            "Cmd": c.cmd,
            "Image": c.image_name(),
            "Volumes": if c.volumes.is_empty() { serde_json::Value::Null } else { json!(c.volumes) },
            "WorkingDir": c.process.cwd,
            "Entrypoint": c.entrypoint.join(" "),
            "OnBuild": null,
            "Labels": if c.labels.is_empty() { serde_json::Value::Null } else { json!(c.labels) },
            "Annotations": c.annotations(),
            "StopSignal": stop_signal,
            "Healthcheck": c.healthcheck.as_ref().map(ctr::health::HealthConfig::docker_json),
            "HealthcheckOnFailureAction": c.healthcheck.as_ref().map_or("none", |h| h.on_failure.as_str()),
            "CreateCommand": c.create_command,
            "Umask": c.umask_string(),
            "Timeout": 0,
            "StopTimeout": c.stop_timeout,
            "Passwd": true,
            "sdNotifyMode": "container",
        },
        "HostConfig": {
            "Binds": binds_of(&c),
            "CgroupManager": "cgroupfs",
            "CgroupMode": if c.cgroup.namespace == "host" { "host" } else { "private" },
            "ContainerIDFile": "",
            "LogConfig": {
                "Type": c.log_driver,
                "Config": if c.log_opts.is_empty() { serde_json::Value::Null } else { serde_json::json!(c.log_opts) },
                "Path": log_path,
                "Tag": c.log_opts.get("tag").cloned().unwrap_or_default(),
                "Size": c
                    .log_opts
                    .get("max-size")
                    .and_then(|v| crate::util::units::parse_size(v))
                    .map_or_else(|| "0B".to_string(), |n| crate::util::units::human_size(n).replace(' ', "")),
            },
            "NetworkMode": if c.network == "private" { "private" } else { c.network.as_str() },
            "PortBindings": crate::network::ports::inspect_map(&c.net.ports),
            "RestartPolicy": {
                "Name": if c.restart.is_no() { "" } else { c.restart.name.as_str() },
                "MaximumRetryCount": c.restart.max_retries,
            },
            "AutoRemove": c.auto_remove,
            "VolumeDriver": "",
            "VolumesFrom": null,
            "CapAdd": c.security.cap_add,
            "CapDrop": c.security.cap_drop,
            "Dns": c.net.dns,
            "DnsOptions": c.net.dns_options,
            "DnsSearch": c.net.dns_search,
            "ExtraHosts": c.net.add_hosts,
            "GroupAdd": c.process.user.additional_gids,
            "IpcMode": "shareable",
            "Cgroup": "",
            "Cgroups": if c.cgroup.mode.is_empty() || c.cgroup.mode == "enabled" { "default" } else { c.cgroup.mode.as_str() },
            "Links": null,
            "OomScoreAdj": c.cgroup.oom_score_adj.unwrap_or(0),
            "PidMode": "private",
            "Privileged": c.security.privileged,
            "PublishAllPorts": false,
            "ReadonlyRootfs": c.security.readonly_rootfs,
            "SecurityOpt": c.security.security_opt,
            "Tmpfs": tmpfs_of(&c),
            "UTSMode": "private",
            "UsernsMode": c.userns,
            "ShmSize": 65_536_000,
            "Runtime": "oci",
            "ConsoleSize": [0, 0],
            "Isolation": "",
            "Init": c.init,
            "CpuShares": r.cpu_shares,
            "Memory": r.memory,
            "NanoCpus": r.nano_cpus,
            "CgroupParent": c.cgroup.parent,
            "BlkioWeight": r.blkio_weight,
            "BlkioWeightDevice": devices(&r.blkio_weight_device, "Weight"),
            "BlkioDeviceReadBps": devices(&r.device_read_bps, "Rate"),
            "BlkioDeviceWriteBps": devices(&r.device_write_bps, "Rate"),
            "BlkioDeviceReadIOps": devices(&r.device_read_iops, "Rate"),
            "BlkioDeviceWriteIOps": devices(&r.device_write_iops, "Rate"),
            "CpuPeriod": r.cpu_period,
            "CpuQuota": r.cpu_quota,
            "CpuRealtimePeriod": r.cpu_rt_period,
            "CpuRealtimeRuntime": r.cpu_rt_runtime,
            "CpusetCpus": r.cpuset_cpus,
            "CpusetMems": r.cpuset_mems,
            "Devices": [],
            "DiskQuota": 0,
            "KernelMemory": 0,
            "MemoryReservation": r.memory_reservation,
            "MemorySwap": r.effective_swap(),
            "MemorySwappiness": r.memory_swappiness.unwrap_or(0),
            "OomKillDisable": r.oom_kill_disable,
            "PidsLimit": r.pids_limit.max(0),
            "Ulimits": ulimits,
            "CpuCount": 0,
            "CpuPercent": 0,
            "IOMaximumIOps": 0,
            "IOMaximumBandwidth": 0,
            "CgroupConf": if r.unified.is_empty() { serde_json::Value::Null } else { serde_json::json!(r.unified.iter().cloned().collect::<std::collections::BTreeMap<_, _>>()) },
        },
    });
    // podman leaves it out when there is none.
    if c.healthcheck.is_none()
        && let Some(cfg) = v["Config"].as_object_mut()
    {
        cfg.remove("Healthcheck");
    }
    Ok(v)
}

/// HostConfig's per-device lists (null when empty, as podman).
fn devices(list: &[crate::container::resources::DeviceValue], field: &str) -> serde_json::Value {
    if list.is_empty() {
        return serde_json::Value::Null;
    }
    list.iter()
        .map(|d| serde_json::json!({"Path": d.path, field: d.value}))
        .collect()
}

/// inspect's `NetworkSettings`, podman's shape (the first network's
/// address at the top level too; each network's aliases end with the
/// short container ID, which resolves too).
fn network_settings_json(c: &ContainerConfig, st: &ContainerState) -> serde_json::Value {
    let mut nets = serde_json::Map::new();
    for r in &c.net.networks {
        let a = st.networks.iter().find(|a| a.network == r.name);
        let mut aliases = r.aliases.clone();
        aliases.push(c.id[..12].to_string());
        nets.insert(
            r.name.clone(),
            endpoint(
                a,
                json!({
                    "NetworkID": r.name,
                    "DriverOpts": null,
                    "IPAMConfig": null,
                    "Links": null,
                    "Aliases": aliases,
                }),
            ),
        );
    }
    let first = st.networks.first();
    let ports = if st.status.is_active() {
        crate::network::ports::inspect_map(&st.ports)
    } else {
        json!({})
    };
    endpoint(
        first,
        json!({
            "Bridge": first.map(|a| a.bridge.clone()).unwrap_or_default(),
            "SandboxID": "",
            "HairpinMode": false,
            "LinkLocalIPv6Address": "",
            "LinkLocalIPv6PrefixLen": 0,
            "Ports": ports,
            "SandboxKey": if st.pid > 0 { format!("/proc/{}/ns/net", st.pid) } else { String::new() },
            "Networks": if nets.is_empty() { serde_json::Value::Null } else { nets.into() },
        }),
    )
}

/// An endpoint's address fields (docker's order) followed by `rest`.
fn endpoint(
    a: Option<&crate::network::bridge::Attachment>,
    rest: serde_json::Value,
) -> serde_json::Value {
    let mut v = json!({
        "EndpointID": "",
        "Gateway": a.map(|a| a.gateway.to_string()).unwrap_or_default(),
        "IPAddress": a.map(|a| a.ip.to_string()).unwrap_or_default(),
        "IPPrefixLen": a.map_or(0, |a| a.prefix),
        "IPv6Gateway": a.and_then(|a| a.gateway6).map(|ip| ip.to_string()).unwrap_or_default(),
        "GlobalIPv6Address": a.and_then(|a| a.ip6).map(|ip| ip.to_string()).unwrap_or_default(),
        "GlobalIPv6PrefixLen": a.map_or(0, |a| a.prefix6),
        "MacAddress": a.map(|a| a.mac.clone()).unwrap_or_default(),
    });
    if let (Some(m), serde_json::Value::Object(r)) = (v.as_object_mut(), rest) {
        m.extend(r);
    }
    v
}

/// inspect's `Mounts`, in docker's shape.
fn mounts_json(paths: &crate::storage::StorePaths, c: &ContainerConfig) -> serde_json::Value {
    use ctr::mounts::MountKind;
    c.mounts
        .iter()
        .map(|m| {
            let mut v = json!({
                "Type": m.kind.as_str(),
                "Source": match m.kind {
                    MountKind::Volume => crate::volume::mountpoint_in(paths, &m.source).display().to_string(),
                    MountKind::Bind => m.source.clone(),
                    MountKind::Tmpfs => String::new(),
                },
                "Destination": m.destination,
                "Driver": "",
                "Mode": m.mode(),
                "Options": m.options,
                "RW": !m.readonly,
                "Propagation": if m.kind == MountKind::Bind { m.propagation_or_default() } else { "" },
            });
            if m.kind == MountKind::Volume {
                v["Name"] = json!(m.source);
                v["Driver"] = json!(crate::volume::DRIVER);
            }
            v
        })
        .collect::<Vec<_>>()
        .into()
}

/// HostConfig.Binds: the bind and named volume mounts as `-v` strings.
fn binds_of(c: &ContainerConfig) -> serde_json::Value {
    use ctr::mounts::MountKind;
    let b: Vec<String> = c
        .mounts
        .iter()
        .filter(|m| m.kind == MountKind::Bind || (m.kind == MountKind::Volume && !m.anonymous))
        .map(|m| {
            let mode = m.mode();
            if mode.is_empty() {
                format!("{}:{}", m.source, m.destination)
            } else {
                format!("{}:{}:{mode}", m.source, m.destination)
            }
        })
        .collect();
    if b.is_empty() {
        serde_json::Value::Null
    } else {
        json!(b)
    }
}

/// HostConfig.Tmpfs: destination → options.
fn tmpfs_of(c: &ContainerConfig) -> serde_json::Value {
    let t: serde_json::Map<String, serde_json::Value> = c
        .mounts
        .iter()
        .filter(|m| m.kind == ctr::mounts::MountKind::Tmpfs)
        .map(|m| (m.destination.clone(), json!(m.options.join(","))))
        .collect();
    t.into()
}
/// One container of `ps`: what its table columns and template fields
/// (podman's `ps --format` names) show.
pub fn ps_row(
    c: &ContainerConfig,
    st: &ContainerState,
    no_trunc: bool,
    size: Option<(u64, u64)>,
    ns: bool,
) -> serde_json::Value {
    let mut row = json!({
        "ID": if no_trunc { c.id.clone() } else { c.id[..12].to_string() },
        "Image": c.image_name(),
        "ImageID": c.image_id.hex(),
        "Command": command_column(&c.process.args, no_trunc),
        "CreatedAt": go_time(Some(&c.created)),
        "Created": go_time(Some(&c.created)),
        "RunningFor": time::ago(time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default()),
        "Status": status_text(st),
        "State": status_text(st),
        "Ports": crate::network::ports::ps_column(&st.ports),
        "Names": c.name,
        "Labels": c.labels,
        "Mounts": c.mounts.iter().filter(|m| m.kind != ctr::mounts::MountKind::Tmpfs).map(|m| m.destination.clone()).collect::<Vec<_>>(),
        "Networks": ps_networks(c).join(","),
        "Pid": st.pid,
        "ExitCode": st.exit_code,
        "Exited": st.status == Status::Exited,
        "ExitedAt": unix_or_zero(st.finished_at.as_deref()),
        "StartedAt": unix_or_zero(st.started_at.as_deref()),
        "AutoRemove": c.auto_remove,
        "IsInfra": false,
        "Pod": "",
        "PodName": "",
    });
    if let Some((rw, virt)) = size {
        row["Size"] = json!(format!(
            "{} (virtual {})",
            units::human_size(rw),
            units::human_size(virt)
        ));
    }
    if ns {
        for (k, v) in ns_inodes(st.pid) {
            row[k] = json!(v);
        }
    }
    row
}

/// One network of `network ls`: its columns and template fields.
pub fn network_row(n: &crate::network::Network, no_trunc: bool) -> serde_json::Value {
    let id = if no_trunc {
        n.id.clone()
    } else {
        n.id[..12.min(n.id.len())].to_string()
    };
    json!({
        "ID": id,
        "Name": n.name,
        "Driver": n.driver,
        "Labels": n.labels,
        "Internal": n.internal,
        "Created": n.created,
        "Interface": n.network_interface,
    })
}

/// podman's `images --format json` entry of an image.
pub fn image_summary(l: &super::image::ListedImage) -> serde_json::Value {
    let img = &l.record;
    let created = img.created_time();
    let created_utc = time::Timestamp {
        secs: created.secs,
        nanos: 0,
    };
    let labels = &l.labels;
    json!({
        "Id": img.id.hex(),
        "ParentId": "",
        "RepoTags": null,
        "RepoDigests": img.digests,
        "Size": img.size,
        "SharedSize": 0,
        "VirtualSize": img.size,
        "Labels": if labels.is_empty() { serde_json::Value::Null } else { json!(labels) },
        "Containers": l.containers,
        "Names": img.names,
        "Digest": img.manifest.to_string(),
        "History": img.names_history,
        "Created": created.secs,
        "CreatedAt": created_utc.rfc3339_nano(),
    })
}

/// The rows `images` shows for an image: one per name (podman), with its
/// table columns and template fields.
pub fn image_rows(l: &super::image::ListedImage, no_trunc: bool) -> Vec<serde_json::Value> {
    let img = &l.record;
    let id = if no_trunc {
        img.id.to_string()
    } else {
        img.id.short().to_string()
    };
    let created = img.created_time();
    let created_utc = time::Timestamp {
        secs: created.secs,
        nanos: 0,
    };
    let labels = &l.labels;
    let base = json!({
        "Containers": l.containers,
        "Created": time::ago(created),
        "CreatedAt": created_utc.go_string_utc(),
        "CreatedSince": time::ago(created),
        "CreatedTime": created_utc.go_string_utc(),
        "ID": id,
        "Id": img.id.hex(),
        "ParentId": "",
        "SharedSize": 0,
        "Size": units::human_size(img.size),
        "VirtualSize": units::human_size(img.size),
        "History": img.names_history.join(", "),
        "Names": img.names,
        "Labels": labels,
        "Dangling": img.names.is_empty(),
        "ReadOnly": false,
        "Digest": img.manifest.to_string(),
    });
    let mut names: Vec<(String, String)> = img
        .names
        .iter()
        .map(|n| {
            let (repo, tag) = crate::image::reference::split_tagged(n);
            (repo.to_string(), tag.to_string())
        })
        .collect();
    if names.is_empty() {
        // Pulled by digest: the repository without a tag.
        for d in &img.digests {
            if let Some((repo, _)) = d.split_once('@')
                && !names.iter().any(|(r, _)| r == repo)
            {
                names.push((repo.to_string(), "<none>".into()));
            }
        }
        names.truncate(1);
    }
    if names.is_empty() {
        names.push(("<none>".into(), "<none>".into()));
    }
    names
        .into_iter()
        .map(|(repo, tag)| {
            let mut row = base.clone();
            row["Repository"] = json!(repo);
            row["Tag"] = json!(tag);
            row
        })
        .collect()
}

/// podman's `diff --format json`: the paths by kind, kinds with none left
/// out.
pub fn changes_json(changes: &[crate::container::rootfs::Change]) -> serde_json::Value {
    let mut v = serde_json::Map::new();
    for (key, k) in [("changed", 'C'), ("added", 'A'), ("deleted", 'D')] {
        let list: Vec<&str> = changes
            .iter()
            .filter(|c| c.kind == k)
            .map(|c| c.path.as_str())
            .collect();
        if !list.is_empty() {
            v.insert(key.into(), json!(list));
        }
    }
    serde_json::Value::Object(v)
}

/// A mounted container: `mount --format json`'s entry (`json`) or its
/// template fields.
pub fn mount_entry(
    e: &crate::container::IndexEntry,
    mountpoint: &std::path::Path,
    json: bool,
    no_trunc: bool,
) -> serde_json::Value {
    if json {
        return json!({
            "id": e.id,
            "Names": [e.name],
            "mountpoint": mountpoint,
        });
    }
    let id = if no_trunc {
        e.id.as_str()
    } else {
        &e.id[..12.min(e.id.len())]
    };
    json!({
        "ID": id,
        "Names": [e.name],
        "Mountpoint": mountpoint,
    })
}

/// The first `n` bytes of `s`, fewer to end on a character boundary.
fn head(s: &str, n: usize) -> &str {
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

fn rfc3339_secs(t: &time::Timestamp) -> String {
    time::Timestamp {
        secs: t.secs,
        nanos: 0,
    }
    .rfc3339_nano()
}

/// podman's `history --format json` entry.
pub fn history_json(h: &super::image::HistoryEntry) -> serde_json::Value {
    let mut v = json!({
        "id": h.id,
        "created": rfc3339_secs(&h.created),
        "CreatedBy": h.created_by,
        "size": h.size,
    });
    if !h.comment.is_empty() {
        v["comment"] = json!(h.comment);
    }
    v["Created"] = json!(rfc3339_secs(&h.created));
    v
}

/// One row of `history`: its columns and template fields.
pub fn history_row(
    h: &super::image::HistoryEntry,
    no_trunc: bool,
    human: bool,
) -> serde_json::Value {
    let id = if !no_trunc && h.id.len() >= 12 {
        h.id[..12].to_string()
    } else {
        h.id.clone()
    };
    let by = h.created_by.replace('\t', " ");
    let by = if !no_trunc && by.len() > 45 {
        format!("{}...", head(&by, 42))
    } else {
        by
    };
    let when = if human {
        time::ago(h.created)
    } else {
        rfc3339_secs(&h.created)
    };
    json!({
        "ID": id,
        "Created": when,
        "CreatedSince": when,
        "CreatedAt": time::Timestamp { secs: h.created.secs, nanos: 0 }.go_string_utc(),
        "CreatedBy": by,
        "Size": if human { units::human_size(h.size) } else { h.size.to_string() },
        "Comment": h.comment,
        "Tags": "",
    })
}

/// One search result: `search`'s columns, template fields and JSON
/// (descriptions cut to 44 characters unless `no_trunc`).
pub fn search_row(h: &crate::registry::search::Hit, no_trunc: bool) -> serde_json::Value {
    let ok = |b: bool| if b { "[OK]" } else { "" };
    let mut d = h.description.replace('\n', " ");
    if !no_trunc && d.len() > 44 {
        d = format!("{}...", head(&d, 44).trim());
    }
    json!({
        "Index": h.index,
        "Name": h.name,
        "Description": d,
        "Stars": h.stars,
        "Official": ok(h.official),
        "Automated": ok(h.automated),
        "Tag": "",
    })
}

/// `search --list-tags`: the JSON (`json`) or one row per tag.
pub fn tag_rows(name: &str, tags: &[String], json: bool) -> Vec<serde_json::Value> {
    if json {
        return vec![json!({"Name": name, "Tags": tags})];
    }
    tags.iter()
        .map(|t| json!({"Name": name, "Tag": t}))
        .collect()
}
