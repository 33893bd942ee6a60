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
    }
}
