//! `/networks/...`, `/volumes/...` and `/system/df`; `/events` (see
//! `events.rs`).

use super::docker::{pairs, strings, text};
use super::http::{Request, Response};
use super::{Conn, Ctx, Reply, docker};
use crate::engine::network::{NetworkConnectRequest, NetworkCreateRequest};
use crate::engine::volume::VolumeCreateRequest;
use anyhow::{Result, bail};
use serde_json::{Value, json};

pub(super) fn route(
    ctx: &Ctx<'_>,
    req: &Request,
    conn: &mut Conn,
    method: &str,
    seg: &[&str],
) -> Result<Reply> {
    Ok(match (method, seg) {
        ("GET", ["networks"]) => network_list(ctx, req)?,
        ("POST", ["networks", "create"]) => network_create(ctx, req)?,
        ("POST", ["networks", "prune"]) => {
            let filters = docker::request_filters(req)?;
            let removed = ctx.engine()?.network_prune(&filters)?;
            Response::json(200, &json!({"NetworksDeleted": removed})).into()
        }
        ("GET", ["networks", name]) => {
            let e = ctx.engine()?;
            let n = e.network_find(name)?;
            Response::json(200, &network(e, &n, true)).into()
        }
        ("DELETE", ["networks", name]) => {
            let e = ctx.engine_host()?;
            e.network_remove(name, false, None)?;
            Response::empty(204).into()
        }
        ("POST", ["networks", name, "connect"]) => {
            let body = req.json()?;
            let ep = &body["EndpointConfig"];
            let r = NetworkConnectRequest {
                network: name.to_string(),
                container: text(&body["Container"]).unwrap_or_default(),
                alias: strings(&ep["Aliases"]),
                ip: text(&ep["IPAMConfig"]["IPv4Address"]),
                ip6: text(&ep["IPAMConfig"]["IPv6Address"]),
                mac_address: text(&ep["MacAddress"]),
                link: strings(&ep["Links"]),
            };
            ctx.engine()?.network_connect(&r)?;
            Response::empty(200).into()
        }
        ("POST", ["networks", name, "disconnect"]) => {
            let body = req.json()?;
            let c = text(&body["Container"]).unwrap_or_default();
            ctx.engine()?.network_disconnect(name, &c)?;
            Response::empty(200).into()
        }
        ("GET", ["volumes"]) => {
            let filters = docker::request_filters(req)?;
            let list = ctx.engine()?.volume_list(&filters)?;
            let vols: Vec<Value> = list.iter().map(volume).collect();
            Response::json(200, &json!({"Volumes": vols, "Warnings": []})).into()
        }
        ("POST", ["volumes", "create"]) => {
            let body = req.json()?;
            let r = VolumeCreateRequest {
                name: text(&body["Name"]),
                driver: text(&body["Driver"]).unwrap_or_else(|| crate::volume::DRIVER.into()),
                labels: pairs(&body["Labels"]),
                options: pairs(&body["DriverOpts"]),
                // docker: creating an existing volume returns it.
                ignore: true,
            };
            let e = ctx.engine()?;
            let name = e.volume_create(&r)?;
            Response::json(201, &volume(&e.volume_inspect(&name)?)).into()
        }
        ("POST", ["volumes", "prune"]) => {
            let mut filters = docker::request_filters(req)?;
            // docker prunes anonymous volumes unless all=true.
            let all = filters.iter().any(|f| f == "all=true" || f == "all=1");
            filters.retain(|f| !f.starts_with("all="));
            let e = ctx.engine()?;
            let candidates = e.volume_prune_candidates(&filters)?;
            let removed: Vec<String> = if all {
                e.volume_prune(&filters)?
            } else {
                let mut out = Vec::new();
                for name in candidates {
                    let v = e.volume_inspect(&name)?;
                    if v["Anonymous"].as_bool() == Some(true)
                        && e.volume_remove(&name, false, None)?.is_some()
                    {
                        out.push(name);
                    }
                }
                out
            };
            Response::json(
                200,
                &json!({"VolumesDeleted": removed, "SpaceReclaimed": 0}),
            )
            .into()
        }
        ("GET", ["volumes", name]) => {
            Response::json(200, &volume(&ctx.engine()?.volume_inspect(name)?)).into()
        }
        ("DELETE", ["volumes", name]) => {
            let force = req.flag("force");
            let e = if force {
                ctx.engine_host()?
            } else {
                ctx.engine()?
            };
            // docker answers 404 (its client words it "No such volume").
            if !e.volume_exists(name)? || e.volume_remove(name, force, Some(0))?.is_none() {
                bail!(crate::volume::no_such_volume(name));
            }
            Response::empty(204).into()
        }
        ("GET", ["system", "df"]) => system_df(ctx)?,
        ("GET", ["events"]) => super::events::events(ctx, req, conn)?,
        _ => Response::error(404, "page not found").into(),
    })
}

/// docker's Volume: podman's inspect with docker's field set.
fn volume(v: &Value) -> Value {
    json!({
        "Name": v["Name"],
        "Driver": v["Driver"],
        "Mountpoint": v["Mountpoint"],
        "CreatedAt": v["CreatedAt"],
        "Labels": if v["Labels"].as_object().is_some_and(|m| !m.is_empty()) { v["Labels"].clone() } else { Value::Null },
        "Scope": "local",
        "Options": if v["Options"].as_object().is_some_and(|m| !m.is_empty()) { v["Options"].clone() } else { Value::Null },
    })
}

fn network_list(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let filters = docker::request_filters(req)?;
    let e = ctx.engine()?;
    let list = e.network_list(&filters)?;
    let items: Vec<Value> = list.iter().map(|n| network(e, n, false)).collect();
    Ok(Response::json(200, &json!(items)).into())
}

/// docker's network JSON (moby's types.NetworkResource); the attached
/// containers when `containers`.
fn network(e: &crate::engine::Engine, n: &crate::network::Network, containers: bool) -> Value {
    let config: Vec<Value> = n
        .subnets
        .iter()
        .map(|s| json!({"Subnet": s.subnet, "Gateway": s.gateway}))
        .collect();
    let mut attached = serde_json::Map::new();
    if containers && let Ok(listed) = e.list(&crate::engine::container::ListRequest::default()) {
        for l in listed {
            for a in l.state.networks.iter().filter(|a| a.network == n.name) {
                attached.insert(
                    l.config.id.clone(),
                    json!({
                        "Name": l.config.name,
                        "EndpointID": "",
                        "MacAddress": a.mac,
                        "IPv4Address": format!("{}/{}", a.ip, a.prefix),
                        "IPv6Address": a.ip6.map(|i| format!("{i}/{}", a.prefix6)).unwrap_or_default(),
                    }),
                );
            }
        }
    }
    json!({
        "Name": n.name,
        "Id": n.id,
        "Created": n.created,
        "Scope": "local",
        "Driver": n.driver,
        "EnableIPv6": n.ipv6_enabled,
        "IPAM": {"Driver": "default", "Options": {}, "Config": config},
        "Internal": n.internal,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {"Network": ""},
        "ConfigOnly": false,
        "Containers": attached,
        "Options": n.options,
        "Labels": n.labels,
    })
}

fn network_create(ctx: &Ctx<'_>, req: &Request) -> Result<Reply> {
    let body = req.json()?;
    let Some(name) = text(&body["Name"]) else {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "network name is required"
        ));
    };
    let mut subnet = Vec::new();
    let mut gateway = Vec::new();
    let mut ip_range = None;
    if let Some(cfg) = body["IPAM"]["Config"].as_array() {
        for c in cfg {
            subnet.extend(text(&c["Subnet"]));
            gateway.extend(text(&c["Gateway"]));
            ip_range = ip_range.or_else(|| text(&c["IPRange"]));
        }
    }
    let r = NetworkCreateRequest {
        name: Some(name.clone()),
        driver: text(&body["Driver"]).unwrap_or_else(|| "bridge".into()),
        subnet,
        gateway,
        ip_range,
        internal: body["Internal"].as_bool().unwrap_or(false),
        label: pairs(&body["Labels"]),
        opt: pairs(&body["Options"]),
        interface_name: None,
        ipv6: body["EnableIPv6"].as_bool().unwrap_or(false),
        // docker (since API 1.44 always) refuses a duplicate name.
        ignore: false,
        ipam_driver: None,
    };
    let e = ctx.engine()?;
    let created = e.network_create(&r)?;
    let n = e.network_find(&created)?;
    Ok(Response::json(201, &json!({"Id": n.id, "Warning": ""})).into())
}

/// `GET /system/df`: images, containers, volumes and the build cache with
/// their sizes.
fn system_df(ctx: &Ctx<'_>) -> Result<Reply> {
    let e = ctx.engine()?;
    let du = e.disk_usage()?;
    let containers: Vec<Value> = du
        .containers
        .iter()
        .map(|c| docker::container(&c.listed.config, &c.listed.state, c.listed.size))
        .collect();
    let volumes: Vec<Value> = du
        .volumes
        .iter()
        .map(|v| {
            let mut d = volume(&v.volume);
            d["UsageData"] = json!({"Size": v.size, "RefCount": v.links});
            d
        })
        .collect();
    let layers: u64 = du.images.iter().map(|i| i.image.record.size).sum();
    let image_items: Vec<Value> = du
        .images
        .iter()
        .map(|i| {
            let mut v = docker::image(&i.image);
            v["SharedSize"] = json!(i.shared);
            v
        })
        .collect();
    Ok(Response::json(
        200,
        &json!({
            "LayersSize": layers,
            "Images": image_items,
            "Containers": containers,
            "Volumes": volumes,
            "BuildCache": [],
        }),
    )
    .into())
}
