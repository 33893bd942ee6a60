//! docker's JSON for what the engine lists: `GET /containers/json` and
//! `GET /images/json` items (moby's types.Container and
//! types.ImageSummary), and docker's query conventions.

use crate::container::{ContainerConfig, ContainerState, Status};
use crate::engine::image::ListedImage;
use crate::util::time;
use serde_json::{Value, json};

/// moby's boolean query values: true unless "", 0, no, false, none.
pub fn bool_param(v: Option<&str>) -> bool {
    !matches!(
        v.map(str::to_ascii_lowercase).as_deref(),
        None | Some("" | "0" | "no" | "false" | "none")
    )
}

/// docker's `filters` (`{"key":{"value":true}}`, or the old
/// `{"key":["value"]}`) as the engine's `key=value` filters.
pub fn filters(json: Option<&str>) -> Result<Vec<String>, String> {
    let Some(text) = json.filter(|t| !t.is_empty()) else {
        return Ok(Vec::new());
    };
    let v: Value = serde_json::from_str(text).map_err(|e| format!("invalid filter: {e}"))?;
    let obj = v.as_object().ok_or("invalid filter: not an object")?;
    let mut out = Vec::new();
    for (k, vals) in obj {
        match vals {
            Value::Object(m) => {
                for (val, on) in m {
                    if on.as_bool() == Some(true) {
                        out.push(format!("{k}={val}"));
                    }
                }
            }
            Value::Array(a) => {
                for val in a {
                    let val = val
                        .as_str()
                        .ok_or("invalid filter: a value that is not text")?;
                    out.push(format!("{k}={val}"));
                }
            }
            _ => return Err(format!("invalid filter: {k}")),
        }
    }
    Ok(out)
}

/// docker's STATUS text: `Up 5 seconds`, `Exited (0) 3 seconds ago`.
fn status(st: &ContainerState) -> String {
    let since = |t: &Option<String>| {
        t.as_deref()
            .and_then(time::Timestamp::parse_rfc3339)
            .unwrap_or_default()
            .elapsed()
    };
    match st.status {
        Status::Created => "Created".into(),
        Status::Running | Status::Stopping => {
            format!("Up {}", time::human_duration(since(&st.started_at)))
        }
        Status::Paused => format!(
            "Up {} (Paused)",
            time::human_duration(since(&st.started_at))
        ),
        Status::Restarting => format!(
            "Restarting ({}) {} ago",
            st.exit_code,
            time::human_duration(since(&st.finished_at))
        ),
        Status::Exited => format!(
            "Exited ({}) {} ago",
            st.exit_code,
            time::human_duration(since(&st.finished_at))
        ),
        Status::Removing => "Removal In Progress".into(),
        Status::Dead => "Dead".into(),
    }
}

/// docker's State word.
fn state(st: &ContainerState) -> &'static str {
    match st.status {
        Status::Created => "created",
        Status::Running | Status::Stopping => "running",
        Status::Paused => "paused",
        Status::Restarting => "restarting",
        Status::Exited => "exited",
        Status::Removing => "removing",
        Status::Dead => "dead",
    }
}

/// moby's Command: the arguments, those with a space single-quoted.
fn command(args: &[String]) -> String {
    args.iter()
        .map(|a| {
            if a.contains(' ') {
                format!("'{a}'")
            } else {
                a.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One `GET /containers/json` item.
pub fn container(c: &ContainerConfig, st: &ContainerState, size: Option<(u64, u64)>) -> Value {
    let created = time::Timestamp::parse_rfc3339(&c.created).unwrap_or_default();
    let ports: Vec<Value> = st
        .ports
        .iter()
        .map(|p| {
            json!({
                "IP": if p.host_ip.is_empty() { "0.0.0.0" } else { p.host_ip.as_str() },
                "PrivatePort": p.container_port,
                "PublicPort": p.host_port,
                "Type": p.protocol,
            })
        })
        .collect();
    let networks: serde_json::Map<String, Value> = crate::engine::views::ps_networks(c)
        .into_iter()
        .map(|n| (n, json!({})))
        .collect();
    let mounts: Vec<Value> = c
        .mounts
        .iter()
        .map(|m| {
            let kind = format!("{:?}", m.kind).to_ascii_lowercase();
            json!({
                "Type": kind,
                "Source": m.source,
                "Destination": m.destination,
                "RW": !m.readonly,
                "Propagation": m.propagation,
            })
        })
        .collect();
    let mut v = json!({
        "Id": c.id,
        "Names": [format!("/{}", c.name)],
        "Image": c.image_name(),
        "ImageID": format!("sha256:{}", c.image_id.hex()),
        "Command": command(&c.process.args),
        "Created": created.secs,
        "Ports": ports,
        "Labels": c.labels,
        "State": state(st),
        "Status": status(st),
        "HostConfig": {"NetworkMode": c.network},
        "NetworkSettings": {"Networks": networks},
        "Mounts": mounts,
    });
    if let Some((rw, root)) = size {
        v["SizeRw"] = json!(rw);
        v["SizeRootFs"] = json!(root);
    }
    v
}

/// One `GET /images/json` item.
pub fn image(l: &ListedImage) -> Value {
    let img = &l.record;
    let tags: Vec<&String> = img.names.iter().collect();
    json!({
        "Id": img.id.to_string(),
        "ParentId": img.parent.as_ref().map(ToString::to_string).unwrap_or_default(),
        "RepoTags": if tags.is_empty() { json!(["<none>:<none>"]) } else { json!(tags) },
        "RepoDigests": if img.digests.is_empty() { json!(["<none>@<none>"]) } else { json!(img.digests) },
        "Created": img.created_time().secs,
        "Size": img.size,
        "VirtualSize": img.size,
        "SharedSize": -1,
        "Labels": if l.labels.is_empty() { Value::Null } else { json!(l.labels) },
        "Containers": l.containers,
    })
}

/// `GET /info`: docker's SystemInfo from the engine's (podman-shaped)
/// info. What the docker CLI reads is all here, and the capability
/// booleans are given so that it prints no warnings of its own.
pub fn info(i: &Value) -> Value {
    let host = &i["host"];
    let store = &i["store"];
    let cs = &store["containerStore"];
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let distro = format!(
        "{} {}",
        text(&host["distribution"]["distribution"]),
        text(&host["distribution"]["version"])
    );
    let cgroup_version = text(&host["cgroupVersion"])
        .trim_start_matches('v')
        .to_string();
    let version = env!("CARGO_PKG_VERSION");
    let commit = json!({"ID": "skiff", "Expected": "skiff"});
    json!({
        "ID": "",
        "Containers": cs["number"],
        "ContainersRunning": cs["running"],
        "ContainersPaused": cs["paused"],
        "ContainersStopped": cs["stopped"],
        "Images": store["imageStore"]["number"],
        "Driver": store["graphDriverName"],
        "DriverStatus": [],
        "Plugins": {
            "Volume": i["plugins"]["volume"],
            "Network": i["plugins"]["network"],
            "Authorization": null,
            "Log": i["plugins"]["log"],
        },
        "MemoryLimit": true,
        "SwapLimit": true,
        "KernelMemory": false,
        "CpuCfsPeriod": true,
        "CpuCfsQuota": true,
        "CPUShares": true,
        "CPUSet": true,
        "PidsLimit": true,
        "OomKillDisable": cgroup_version == "1",
        "IPv4Forwarding": true,
        "BridgeNfIptables": true,
        "BridgeNfIp6tables": true,
        "Debug": false,
        "NFd": 0,
        "NGoroutines": 0,
        "SystemTime": time::Timestamp::now().rfc3339_nano(),
        "LoggingDriver": host["logDriver"],
        "CgroupDriver": host["cgroupManager"],
        "CgroupVersion": cgroup_version,
        "NEventsListener": 0,
        "KernelVersion": host["kernel"],
        "OperatingSystem": distro.trim(),
        "OSVersion": host["distribution"]["version"],
        "OSType": "linux",
        "Architecture": std::env::consts::ARCH,
        "IndexServerAddress": "https://index.docker.io/v1/",
        "RegistryConfig": {
            "AllowNondistributableArtifactsCIDRs": [],
            "AllowNondistributableArtifactsHostnames": [],
            "InsecureRegistryCIDRs": ["127.0.0.0/8"],
            "IndexConfigs": {
                "docker.io": {"Name": "docker.io", "Mirrors": [], "Secure": true, "Official": true},
            },
            "Mirrors": [],
        },
        "NCPU": host["cpus"],
        "MemTotal": host["memTotal"],
        "GenericResources": null,
        "DockerRootDir": store["graphRoot"],
        "HttpProxy": std::env::var("HTTP_PROXY").unwrap_or_default(),
        "HttpsProxy": std::env::var("HTTPS_PROXY").unwrap_or_default(),
        "NoProxy": std::env::var("NO_PROXY").unwrap_or_default(),
        "Name": host["hostname"],
        "Labels": null,
        "ExperimentalBuild": false,
        "ServerVersion": version,
        "Runtimes": {"skiff": {"path": host["ociRuntime"]["path"]}},
        "DefaultRuntime": "skiff",
        "Swarm": {
            "NodeID": "",
            "NodeAddr": "",
            "LocalNodeState": "inactive",
            "ControlAvailable": false,
            "Error": "",
            "RemoteManagers": null,
        },
        "LiveRestoreEnabled": false,
        "Isolation": "",
        "InitBinary": "",
        "ContainerdCommit": commit,
        "RuncCommit": commit,
        "InitCommit": commit,
        "SecurityOptions": security_options(host),
        "Warnings": [],
    })
}

/// docker's `name=...` security options.
fn security_options(host: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if host["security"]["seccompEnabled"].as_bool() == Some(true) {
        out.push("name=seccomp,profile=default".to_string());
    }
    if host["security"]["rootless"].as_bool() == Some(true) {
        out.push("name=rootless".into());
    }
    if host["cgroupVersion"].as_str() == Some("v2") {
        out.push("name=cgroupns".into());
    }
    out
}

/// A list of strings as docker's JSON has it: an array, or one string
/// (moby's StrSlice), or nothing.
pub(super) fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    }
}

pub(super) fn text(v: &Value) -> Option<String> {
    v.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

/// `{"k": "v"}` as `k=v` items.
pub(super) fn pairs(v: &Value) -> Vec<String> {
    v.as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default()
}

/// docker's 400: a bad parameter.
pub(super) fn invalid(msg: impl Into<String>) -> anyhow::Error {
    crate::error::classified(crate::error::Kind::Invalid, msg.into())
}

/// A request's `filters` parameter as the engine's filters (a bad one
/// is docker's 400).
pub(super) fn request_filters(req: &super::http::Request) -> anyhow::Result<Vec<String>> {
    filters(req.query("filters")).map_err(invalid)
}

fn unsupported(what: &str) -> anyhow::Error {
    crate::error::classified(
        crate::error::Kind::NotImplemented,
        format!("{what} is not supported by skiff yet"),
    )
}

/// HostConfig's (or an update body's) resource fields as the flags the
/// CLI passes: zero and null are "not given", as docker treats them.
/// docker's `Config.Healthcheck` (durations in nanoseconds, 0 for the
/// default) as the `--health-*` flags.
pub fn health_flags(h: &Value) -> crate::container::health::HealthFlags {
    let ns = |k: &str| h[k].as_u64().filter(|n| *n > 0).map(|n| format!("{n}ns"));
    let test = strings(&h["Test"]);
    let (cmd, none) = match test.split_first() {
        Some((k, _)) if k == "NONE" => (None, true),
        Some((k, rest)) if k == "CMD-SHELL" => (Some(rest.join(" ")), false),
        Some((k, rest)) if k == "CMD" => (serde_json::to_string(rest).ok(), false),
        _ => (None, false),
    };
    crate::container::health::HealthFlags {
        cmd,
        none,
        interval: ns("Interval"),
        timeout: ns("Timeout"),
        start_period: ns("StartPeriod"),
        start_interval: ns("StartInterval"),
        retries: h["Retries"]
            .as_u64()
            .filter(|n| *n > 0)
            .map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
        on_failure: None,
    }
}

pub fn resource_flags(hc: &Value) -> crate::container::resources::ResourceFlags {
    let int = |k: &str| hc[k].as_i64().filter(|n| *n != 0);
    let uint = |k: &str| hc[k].as_u64().filter(|n| *n != 0);
    let size = |k: &str| int(k).map(|n| n.to_string());
    let devices = |k: &str, field: &str| -> Vec<String> {
        hc[k]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|d| Some(format!("{}:{}", d["Path"].as_str()?, d[field].as_u64()?)))
                    .collect()
            })
            .unwrap_or_default()
    };
    crate::container::resources::ResourceFlags {
        memory: size("Memory"),
        memory_reservation: size("MemoryReservation"),
        memory_swap: size("MemorySwap"),
        memory_swappiness: hc["MemorySwappiness"].as_i64().filter(|n| *n >= 0),
        oom_kill_disable: hc["OomKillDisable"].as_bool().filter(|b| *b),
        kernel_memory: None,
        cpus: int("NanoCpus").map(|n| n as f64 / 1e9),
        cpu_period: uint("CpuPeriod"),
        cpu_quota: int("CpuQuota"),
        cpu_shares: uint("CpuShares"),
        cpu_rt_period: uint("CpuRealtimePeriod"),
        cpu_rt_runtime: int("CpuRealtimeRuntime"),
        cpuset_cpus: text(&hc["CpusetCpus"]),
        cpuset_mems: text(&hc["CpusetMems"]),
        pids_limit: int("PidsLimit"),
        blkio_weight: uint("BlkioWeight").map(|n| n.min(u64::from(u16::MAX)) as u16),
        blkio_weight_device: devices("BlkioWeightDevice", "Weight"),
        device_read_bps: devices("BlkioDeviceReadBps", "Rate"),
        device_write_bps: devices("BlkioDeviceWriteBps", "Rate"),
        device_read_iops: devices("BlkioDeviceReadIOps", "Rate"),
        device_write_iops: devices("BlkioDeviceWriteIOps", "Rate"),
        cgroup_conf: Vec::new(),
    }
}

/// `POST /containers/create`: docker's Config, HostConfig and
/// NetworkingConfig as the engine's create request (the flag forms the
/// CLI passes too). The image is never pulled here: docker's clients pull
/// after a 404 themselves.
pub fn create_request(
    body: &Value,
    name: Option<&str>,
) -> anyhow::Result<crate::engine::container::CreateRequest> {
    use crate::container::spec::CreateOptions;
    if !body.is_object() {
        return Err(invalid(
            "config cannot be empty in order to create a container",
        ));
    }
    let hc = &body["HostConfig"];
    let image = text(&body["Image"]).ok_or_else(|| invalid("no image given"))?;
    if text(&hc["LogConfig"]["Type"]).as_deref() == Some("passthrough") {
        // podman: not with a remote client (the stdio would be the
        // service's).
        return Err(invalid(
            "the 'passthrough' log driver is not supported through the API",
        ));
    }
    // What skiff cannot do yet is refused, not ignored.
    if hc["ShmSize"].as_i64().is_some_and(|n| n > 0) {
        return Err(unsupported("a /dev/shm size"));
    }
    for (k, what) in [("PidMode", "pid"), ("IpcMode", "ipc"), ("UTSMode", "uts")] {
        if let Some(m) = text(&hc[k]).filter(|m| m != "private" && m != "shareable") {
            return Err(unsupported(&format!("{what} mode {m:?}")));
        }
    }
    if hc["Devices"].as_array().is_some_and(|d| !d.is_empty()) {
        return Err(unsupported("adding devices"));
    }
    let entrypoint = match &body["Entrypoint"] {
        Value::Null => None,
        v => {
            let ep = strings(v);
            Some(if ep.iter().all(String::is_empty) {
                String::new()
            } else {
                serde_json::to_string(&ep).unwrap_or_default()
            })
        }
    };
    let restart = match (
        hc["RestartPolicy"]["Name"].as_str().unwrap_or(""),
        hc["RestartPolicy"]["MaximumRetryCount"]
            .as_u64()
            .unwrap_or(0),
    ) {
        ("" | "no", _) => None,
        ("on-failure", n) if n > 0 => Some(format!("on-failure:{n}")),
        (p, _) => Some(p.to_string()),
    };
    let ulimits = hc["Ulimits"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|u| {
                    format!(
                        "{}={}:{}",
                        u["Name"].as_str().unwrap_or(""),
                        u["Soft"].as_i64().unwrap_or(0),
                        u["Hard"].as_i64().unwrap_or(0)
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut network = text(&hc["NetworkMode"]).filter(|m| m != "default");
    let endpoints = body["NetworkingConfig"]["EndpointsConfig"].as_object();
    if network.is_none()
        && let Some(eps) = endpoints
        && !eps.is_empty()
    {
        network = Some(eps.keys().cloned().collect::<Vec<_>>().join(","));
    }
    let mut aliases = Vec::new();
    let (mut ip, mut ip6) = (None, None);
    if let Some(eps) = endpoints {
        for ep in eps.values() {
            aliases.extend(strings(&ep["Aliases"]));
            ip = ip.or_else(|| text(&ep["IPAMConfig"]["IPv4Address"]));
            ip6 = ip6.or_else(|| text(&ep["IPAMConfig"]["IPv6Address"]));
        }
    }
    let publish: Vec<String> = hc["PortBindings"]
        .as_object()
        .map(|m| {
            let mut out = Vec::new();
            for (port, binds) in m {
                let binds = binds.as_array().cloned().unwrap_or_default();
                if binds.is_empty() {
                    out.push(port.clone());
                }
                for b in binds {
                    let hip = b["HostIp"].as_str().unwrap_or("");
                    let hport = b["HostPort"].as_str().unwrap_or("");
                    out.push(match (hip, hport) {
                        ("", "") => port.clone(),
                        ("", p) => format!("{p}:{port}"),
                        (ip, p) => format!("{ip}:{p}:{port}"),
                    });
                }
            }
            out
        })
        .unwrap_or_default();
    let expose: Vec<String> = body["ExposedPorts"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let mounts: Vec<String> = hc["Mounts"]
        .as_array()
        .map(|a| a.iter().map(mount_spec).collect::<anyhow::Result<_>>())
        .transpose()?
        .unwrap_or_default();
    let tmpfs: Vec<String> = hc["Tmpfs"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| match v.as_str().filter(|o| !o.is_empty()) {
                    Some(o) => format!("{k}:{o}"),
                    None => k.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    // Anonymous volumes of Config.Volumes that no mount covers.
    let mut volume = strings(&hc["Binds"]);
    let bind_target = |b: &String| -> String {
        let mut f = b.split(':');
        let first = f.next().unwrap_or_default();
        f.next().unwrap_or(first).to_string()
    };
    let mut covered: Vec<String> = volume.iter().map(bind_target).collect();
    covered.extend(
        tmpfs
            .iter()
            .map(|t| t.split(':').next().unwrap_or_default().to_string()),
    );
    if let Some(a) = hc["Mounts"].as_array() {
        covered.extend(a.iter().filter_map(|m| text(&m["Target"])));
    }
    let clean = |p: &str| p.trim_end_matches('/').to_string();
    if let Some(m) = body["Volumes"].as_object() {
        volume.extend(
            m.keys()
                .filter(|k| !covered.iter().any(|c| clean(c) == clean(k)))
                .cloned(),
        );
    }
    let options = CreateOptions {
        image,
        command: strings(&body["Cmd"]),
        entrypoint,
        env: strings(&body["Env"]),
        workdir: text(&body["WorkingDir"]),
        user: text(&body["User"]),
        group_add: strings(&hc["GroupAdd"]),
        hostname: text(&body["Hostname"]),
        domainname: text(&body["Domainname"]),
        name: name
            .filter(|n| !n.is_empty())
            .map(|n| n.trim_start_matches('/').to_string()),
        ulimits,
        init: hc["Init"].as_bool().unwrap_or(false),
        interactive: body["OpenStdin"].as_bool().unwrap_or(false),
        tty: body["Tty"].as_bool().unwrap_or(false),
        stop_signal: text(&body["StopSignal"]),
        stop_timeout: body["StopTimeout"]
            .as_u64()
            .map(|t| t.min(u64::from(u32::MAX)) as u32),
        labels: pairs(&body["Labels"]),
        network,
        cap_add: strings(&hc["CapAdd"]),
        cap_drop: strings(&hc["CapDrop"]),
        privileged: hc["Privileged"].as_bool().unwrap_or(false),
        security_opt: strings(&hc["SecurityOpt"]),
        read_only: hc["ReadonlyRootfs"].as_bool().unwrap_or(false),
        rm: hc["AutoRemove"].as_bool().unwrap_or(false),
        userns: text(&hc["UsernsMode"]),
        // docker's default driver, which its clients count on (the SDK
        // reads a foreground run's output only from json-file or journald).
        log_driver: text(&hc["LogConfig"]["Type"]).or_else(|| Some("json-file".to_string())),
        log_opts: pairs(&hc["LogConfig"]["Config"]),
        restart,
        annotations: pairs(&hc["Annotations"]),
        sysctls: pairs(&hc["Sysctls"]),
        resources: resource_flags(hc),
        health: health_flags(&body["Healthcheck"]),
        cgroup_parent: text(&hc["CgroupParent"]),
        cgroupns: text(&hc["CgroupnsMode"]),
        oom_score_adj: hc["OomScoreAdj"]
            .as_i64()
            .filter(|n| *n != 0)
            .map(|n| n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32),
        ..Default::default()
    };
    Ok(crate::engine::container::CreateRequest {
        options,
        pull: crate::engine::image::PullPolicy::Never,
        network_alias: aliases,
        ip,
        ip6,
        mac_address: text(&body["MacAddress"]),
        publish,
        publish_all: hc["PublishAllPorts"].as_bool().unwrap_or(false),
        expose,
        dns: strings(&hc["Dns"]),
        dns_search: strings(&hc["DnsSearch"]),
        dns_option: strings(&hc["DnsOptions"]),
        add_host: strings(&hc["ExtraHosts"]),
        link: strings(&hc["Links"]),
        volume,
        mount: mounts,
        tmpfs,
        volumes_from: strings(&hc["VolumesFrom"]),
        ..Default::default()
    })
}

/// One of HostConfig.Mounts as a `--mount` spec.
fn mount_spec(m: &Value) -> anyhow::Result<String> {
    let kind = m["Type"].as_str().unwrap_or("volume");
    let target = text(&m["Target"]).ok_or_else(|| invalid("a mount without a Target"))?;
    let mut parts = vec![format!("type={kind}")];
    if let Some(s) = text(&m["Source"]) {
        parts.push(format!("source={s}"));
    }
    parts.push(format!("target={target}"));
    if m["ReadOnly"].as_bool() == Some(true) {
        parts.push("readonly".into());
    }
    if let Some(p) = text(&m["BindOptions"]["Propagation"]) {
        parts.push(format!("bind-propagation={p}"));
    }
    if m["VolumeOptions"]["NoCopy"].as_bool() == Some(true) {
        parts.push("volume-nocopy".into());
    }
    if let Some(n) = m["TmpfsOptions"]["SizeBytes"].as_u64().filter(|n| *n > 0) {
        parts.push(format!("tmpfs-size={n}"));
    }
    if let Some(n) = m["TmpfsOptions"]["Mode"].as_u64().filter(|n| *n > 0) {
        parts.push(format!("tmpfs-mode={n:o}"));
    }
    if parts.iter().any(|p| p.contains(',')) {
        return Err(invalid(format!(
            "a mount of {target}: commas in its fields"
        )));
    }
    Ok(parts.join(","))
}

/// `GET /containers/{id}/json`: podman's inspect (docker's layout with
/// podman's additions, as podman's compat API answers) with docker's
/// conventions where they differ.
pub fn container_inspect(podman: Value, c: &ContainerConfig, st: &ContainerState) -> Value {
    let mut v = podman;
    v["Name"] = json!(format!("/{}", c.name));
    v["Image"] = json!(format!("sha256:{}", c.image_id.hex()));
    v["Config"]["Image"] = json!(c.image_name());
    // docker's StopSignal is a name.
    if let Some(n) = v["Config"]["StopSignal"].as_i64() {
        v["Config"]["StopSignal"] = json!(crate::runtime::signals::name(n as i32));
    }
    v["State"]["Status"] = json!(state(st));
    // docker has no Health without a healthcheck (docker-compose prints
    // "Up ()" for an empty one).
    if v["State"]["Health"]["Status"]
        .as_str()
        .is_none_or(str::is_empty)
        && let Some(s) = v["State"].as_object_mut()
    {
        s.remove("Health");
    }
    v["Driver"] = json!("overlay2");
    v["Platform"] = json!("linux");
    if let Some(nets) = v["NetworkSettings"]["Networks"].as_object_mut() {
        for n in nets.values_mut() {
            if n["Aliases"].is_null() {
                n["Aliases"] = json!([]);
            }
        }
    }
    v
}

/// `GET /images/{name}/json`: podman's image inspect with docker's
/// conventions (IDs with their algorithm, docker's extra fields).
pub fn image_inspect(podman: Value) -> Value {
    let mut v = podman;
    for k in ["Id", "Parent"] {
        if let Some(id) = v[k].as_str().filter(|i| !i.is_empty() && !i.contains(':')) {
            v[k] = json!(format!("sha256:{id}"));
        }
    }
    if v["Parent"].is_null() {
        v["Parent"] = json!("");
    }
    v["Container"] = json!("");
    v["DockerVersion"] = json!("");
    if v["ContainerConfig"].is_null() {
        v["ContainerConfig"] = v["Config"].clone();
    }
    v
}

/// `GET /containers/{id}/top`: the `ps` table as Titles and Processes.
pub fn top(table: &str) -> Value {
    let mut lines = table.lines().filter(|l| !l.trim().is_empty());
    let titles: Vec<String> = lines
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let n = titles.len().max(1);
    let procs: Vec<Vec<String>> = lines
        .map(|l| {
            let mut cols: Vec<String> = Vec::new();
            let mut rest = l.trim_start();
            while cols.len() + 1 < n {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                cols.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
            }
            cols.push(rest.to_string());
            cols
        })
        .collect();
    json!({"Titles": titles, "Processes": procs})
}

/// docker's `X-Docker-Container-Path-Stat` header: base64 of the JSON of
/// a path's name, size, Go `os.FileMode`, mtime and link target.
pub(super) fn path_stat_header(st: &crate::container::copy::PathStat) -> (String, String) {
    use base64::Engine as _;
    let mtime = time::Timestamp {
        secs: st.mtime_secs,
        nanos: u32::try_from(st.mtime_nanos).unwrap_or(0),
    };
    let v = json!({
        "name": st.name,
        "size": st.size,
        "mode": go_file_mode(st.mode),
        "mtime": mtime.rfc3339_nano(),
        "linkTarget": st.link_target,
    });
    (
        "X-Docker-Container-Path-Stat".to_string(),
        base64::engine::general_purpose::STANDARD.encode(v.to_string()),
    )
}

/// A `st_mode` as Go's `os.FileMode`: the permission bits, with the type
/// and the set-id and sticky bits moved to Go's high bits.
pub(super) fn go_file_mode(mode: u32) -> u32 {
    let mut m = mode & 0o777;
    m |= match mode & libc::S_IFMT {
        libc::S_IFDIR => 1 << 31,
        libc::S_IFLNK => 1 << 27,
        libc::S_IFBLK => 1 << 26,
        libc::S_IFCHR => (1 << 26) | (1 << 21),
        libc::S_IFIFO => 1 << 25,
        libc::S_IFSOCK => 1 << 24,
        _ => 0,
    };
    if mode & libc::S_ISUID != 0 {
        m |= 1 << 23;
    }
    if mode & libc::S_ISGID != 0 {
        m |= 1 << 22;
    }
    if mode & libc::S_ISVTX != 0 {
        m |= 1 << 20;
    }
    m
}

/// A `/containers/{id}/stats` message (docker's shape; its clients do
/// the arithmetic from `cpu_stats` and `precpu_stats`).
pub fn stats(
    s: &crate::engine::resources::Sample,
    prev: Option<&crate::engine::resources::Sample>,
) -> Value {
    let ts = |ns: u64| {
        if ns == 0 {
            return "0001-01-01T00:00:00Z".to_string();
        }
        time::Timestamp {
            secs: (ns / 1_000_000_000) as i64,
            nanos: (ns % 1_000_000_000) as u32,
        }
        .rfc3339_nano()
    };
    let cpu = |x: &crate::engine::resources::Sample| {
        let c = &x.cgroup;
        json!({
            "cpu_usage": {
                "total_usage": c.cpu_ns,
                "usage_in_kernelmode": c.cpu_system_ns,
                "usage_in_usermode": c.cpu_user_ns,
            },
            "system_cpu_usage": x.system_ns,
            "online_cpus": x.online_cpus,
            "throttling_data": {
                "periods": c.periods,
                "throttled_periods": c.throttled_periods,
                "throttled_time": c.throttled_ns,
            },
        })
    };
    let c = &s.cgroup;
    let mut mem_stats = serde_json::Map::new();
    for l in c.memory_stat.lines() {
        if let Some((k, v)) = l.split_once(' ')
            && let Ok(v) = v.trim().parse::<u64>()
        {
            mem_stats.insert(k.to_string(), json!(v));
        }
    }
    let networks: serde_json::Map<String, Value> = s
        .networks
        .iter()
        .map(|(n, v)| {
            (
                n.clone(),
                json!({
                    "rx_bytes": v[0], "rx_packets": v[1], "rx_errors": v[2], "rx_dropped": v[3],
                    "tx_bytes": v[4], "tx_packets": v[5], "tx_errors": v[6], "tx_dropped": v[7],
                }),
            )
        })
        .collect();
    let io = |op: &str, v: u64| json!({"major": 0, "minor": 0, "op": op, "value": v});
    json!({
        "read": ts(s.at_ns),
        "preread": ts(prev.map_or(0, |p| p.at_ns)),
        "pids_stats": {"current": c.pids, "limit": c.pids_limit},
        "blkio_stats": {
            "io_service_bytes_recursive": if s.running { json!([io("read", c.io_read), io("write", c.io_write)]) } else { Value::Null },
            "io_serviced_recursive": null, "io_queue_recursive": null,
            "io_service_time_recursive": null, "io_wait_time_recursive": null,
            "io_merged_recursive": null, "io_time_recursive": null, "sectors_recursive": null,
        },
        "num_procs": 0,
        "storage_stats": {},
        "cpu_stats": cpu(s),
        "precpu_stats": prev.map_or_else(|| json!({"cpu_usage": {"total_usage": 0}, "throttling_data": {}}), cpu),
        "memory_stats": if s.running {
            json!({
                "usage": c.memory,
                "stats": mem_stats,
                "limit": if c.memory_limit == 0 { s.host_memory } else { c.memory_limit },
            })
        } else { json!({}) },
        "name": format!("/{}", s.name),
        "id": s.id,
        "networks": networks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries() {
        assert!(bool_param(Some("1")) && bool_param(Some("True")));
        assert!(!bool_param(None) && !bool_param(Some("0")) && !bool_param(Some("none")));
        let mut f = filters(Some(
            r#"{"status":{"exited":true,"running":false},"name":["a"]}"#,
        ))
        .unwrap();
        f.sort();
        assert_eq!(f, ["name=a", "status=exited"]);
        assert!(filters(Some("[1]")).is_err() && filters(Some("{")).is_err());
        assert!(filters(Some(r#"{"a":3}"#)).is_err());
        assert_eq!(
            command(&["sh".into(), "-c".into(), "echo hi".into()]),
            "sh -c 'echo hi'"
        );
        let t = top("UID   PID  CMD\nroot  1    sleep 10\n");
        assert_eq!(t["Processes"][0][2], "sleep 10");
    }

    #[test]
    fn create_bodies() {
        let r = create_request(
            &json!({
                "Image": "busybox", "Cmd": ["echo", "hi"], "Entrypoint": [""],
                "Env": ["A=1"], "Labels": {"l": "v"}, "ExposedPorts": {"80/tcp": {}},
                "Volumes": {"/b/": {}, "/v": {}, "/run": {}, "/anon": {}},
                "HostConfig": {
                    "Binds": ["/a:/b:ro"], "AutoRemove": true, "NetworkMode": "default",
                    "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}],
                                     "53/udp": [{"HostIp": "127.0.0.1", "HostPort": ""}]},
                    "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 2},
                    "Mounts": [{"Type": "volume", "Source": "v", "Target": "/v", "ReadOnly": true}],
                    "Tmpfs": {"/run": "size=1m"}, "Memory": 0
                },
                "NetworkingConfig": {"EndpointsConfig": {"n1": {"Aliases": ["web"]}}}
            }),
            Some("/c1"),
        )
        .unwrap();
        let o = &r.options;
        assert_eq!(
            (o.image.as_str(), o.name.as_deref()),
            ("busybox", Some("c1"))
        );
        assert_eq!(o.entrypoint.as_deref(), Some(""));
        assert_eq!(o.restart.as_deref(), Some("on-failure:2"));
        assert_eq!(o.network.as_deref(), Some("n1"));
        assert!(o.rm);
        assert_eq!(r.network_alias, ["web"]);
        let mut p = r.publish.clone();
        p.sort();
        assert_eq!(p, ["127.0.0.1::53/udp", "8080:80/tcp"]);
        assert_eq!(r.mount, ["type=volume,source=v,target=/v,readonly"]);
        assert_eq!(r.tmpfs, ["/run:size=1m"]);
        // Config.Volumes a bind, mount or tmpfs covers are no anonymous
        // volumes (the SDK sends both).
        assert_eq!(r.volume, ["/a:/b:ro", "/anon"]);
        let r = create_request(
            &json!({"Image": "b", "HostConfig": {"Memory": 5 << 20, "NanoCpus": 500_000_000}}),
            None,
        )
        .unwrap();
        assert_eq!(r.options.resources.memory.as_deref(), Some("5242880"));
        assert_eq!(r.options.resources.cpus, Some(0.5));
        assert!(create_request(&json!([]), None).is_err());
        assert!(create_request(&json!({"Cmd": "x"}), None).is_err());
    }

    #[test]
    fn create_log_config() {
        let r = create_request(
            &json!({"Image": "b", "HostConfig": {"LogConfig": {
                "Type": "syslog", "Config": {"tag": "x", "syslog-format": "rfc5424"}}}}),
            None,
        )
        .unwrap();
        assert_eq!(r.options.log_driver.as_deref(), Some("syslog"));
        let mut opts = r.options.log_opts.clone();
        opts.sort();
        assert_eq!(opts, ["syslog-format=rfc5424", "tag=x"]);
        let r = create_request(&json!({"Image": "b"}), None).unwrap();
        assert_eq!(r.options.log_driver.as_deref(), Some("json-file"));
        assert!(r.options.log_opts.is_empty());
        let e = create_request(
            &json!({"Image": "b", "HostConfig": {"LogConfig": {"Type": "passthrough"}}}),
            None,
        )
        .unwrap_err();
        assert!(format!("{e:#}").contains("passthrough"));
    }
}
