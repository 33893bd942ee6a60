//! Volumes: create, list, inspect, remove, prune.

use super::Engine;
use crate::container::ops;
use crate::error::ExitError;
use crate::volume::{Volume, VolumeStore, parse_options, validate_name};
use anyhow::{Result, anyhow, bail};
use serde_json::json;

/// A new volume.
#[derive(Clone, Debug, Default)]
pub struct VolumeCreateRequest {
    /// A random one if none.
    pub name: Option<String>,
    pub driver: String,
    /// `KEY=VALUE` labels.
    pub labels: Vec<String>,
    /// Driver options, `type=`, `device=`, `o=`.
    pub options: Vec<String>,
    /// An existing volume of that name is no error.
    pub ignore: bool,
}

impl Engine {
    fn volumes(&self) -> Result<VolumeStore> {
        // Volume data can belong to subordinate IDs.
        self.enter_userns()?;
        VolumeStore::open(&self.containers.paths)
    }

    /// Create a volume; its name.
    pub fn volume_create(&self, r: &VolumeCreateRequest) -> Result<String> {
        if r.driver != crate::volume::DRIVER {
            bail!("volume driver {:?} is not supported (only local)", r.driver);
        }
        let name = r
            .name
            .clone()
            .unwrap_or_else(|| crate::storage::random_hex(32));
        validate_name(&name)?;
        let mut v = Volume::new(&name, false);
        v.options = parse_options(&r.options)?;
        for l in &r.labels {
            let (k, val) = l.split_once('=').unwrap_or((l, ""));
            if k.is_empty() {
                bail!("invalid label {l:?}");
            }
            v.labels.insert(k.to_string(), val.to_string());
        }
        let vs = self.volumes()?;
        let lock = vs.lock()?;
        if vs.get(&name)?.is_some() {
            if r.ignore {
                return Ok(name);
            }
            bail!("volume with name {name} already exists: volume already exists");
        }
        vs.create(&lock, &v)?;
        Ok(name)
    }

    /// The volumes that pass `filters` (podman's), as inspect shows them.
    pub fn volume_list(&self, filters: &[String]) -> Result<Vec<serde_json::Value>> {
        let vs = VolumeStore::open(&self.containers.paths)?;
        let users = ops::volume_users(&self.containers)?;
        let mut rows = Vec::new();
        for v in vs.list()? {
            let n = users.get(&v.name).map_or(0, Vec::len);
            if matches(&v, n > 0, filters)? {
                rows.push(volume_json(&vs, &v, n));
            }
        }
        Ok(rows)
    }

    /// Every volume's name.
    pub fn volume_names(&self) -> Result<Vec<String>> {
        Ok(VolumeStore::open(&self.containers.paths)?
            .list()?
            .into_iter()
            .map(|v| v.name)
            .collect())
    }

    /// A volume by name (or unique prefix), as inspect shows it.
    pub fn volume_inspect(&self, name: &str) -> Result<serde_json::Value> {
        let vs = VolumeStore::open(&self.containers.paths)?;
        let v = vs.find(name)?;
        let users = ops::volume_users(&self.containers)?;
        Ok(volume_json(&vs, &v, users.get(&v.name).map_or(0, Vec::len)))
    }

    pub fn volume_exists(&self, name: &str) -> Result<bool> {
        Ok(VolumeStore::open(&self.containers.paths)?
            .get(name)?
            .is_some())
    }

    /// Remove a volume; its name, or `None` when it does not exist and
    /// `force` is set. With `force` the containers using it go first
    /// (stopped within `timeout`); without, one in use is refused
    /// (podman's exit code 2; 1 when it does not exist).
    pub fn volume_remove(
        &self,
        input: &str,
        force: bool,
        timeout: Option<u32>,
    ) -> Result<Option<String>> {
        let vs = self.volumes()?;
        let cs = &self.containers;
        let v = match vs.find(input) {
            Ok(v) => v,
            Err(_) if force => return Ok(None),
            Err(e) => return Err(anyhow::Error::new(ExitError::new(1, format!("{e:#}")))),
        };
        let users = ops::volume_users(cs)?.remove(&v.name).unwrap_or_default();
        if !users.is_empty() {
            if !force {
                return Err(anyhow::Error::new(ExitError::new(
                    2,
                    format!(
                        "volume {} is being used by the following container(s): {}: volume is being used",
                        v.name,
                        users.join(", ")
                    ),
                )));
            }
            for id in &users {
                ops::remove(
                    cs,
                    id,
                    ops::RemoveOptions {
                        force: true,
                        timeout,
                    },
                )?;
            }
        }
        let lock = vs.lock()?;
        // Checked again under the lock: a container may have started
        // using it meanwhile.
        if ops::volume_users(cs)?.contains_key(&v.name) {
            bail!("volume {} came into use while removing it", v.name);
        }
        vs.remove(&lock, &v.name)?;
        Ok(Some(v.name))
    }

    /// The volumes `volume_prune` would remove now.
    pub fn volume_prune_candidates(&self, filters: &[String]) -> Result<Vec<String>> {
        let vs = self.volumes()?;
        unused(&vs, &self.containers, filters)
    }

    /// Remove the volumes no container uses that pass `filters`; their
    /// names.
    pub fn volume_prune(&self, filters: &[String]) -> Result<Vec<String>> {
        let vs = self.volumes()?;
        let lock = vs.lock()?;
        let mut removed = Vec::new();
        // Decided under the lock: a container may use one by now.
        for name in unused(&vs, &self.containers, filters)? {
            vs.remove(&lock, &name)?;
            removed.push(name);
        }
        Ok(removed)
    }
}

fn unused(
    vs: &VolumeStore,
    cs: &crate::container::ContainerStore,
    filters: &[String],
) -> Result<Vec<String>> {
    let users = ops::volume_users(cs)?;
    let mut out = Vec::new();
    for v in vs.list()? {
        if !users.contains_key(&v.name) && matches(&v, false, filters)? {
            out.push(v.name);
        }
    }
    Ok(out)
}

/// podman's volume inspect JSON.
pub fn volume_json(vs: &VolumeStore, v: &Volume, users: usize) -> serde_json::Value {
    let mut j = json!({
        "Name": v.name,
        "Driver": v.driver,
        "Mountpoint": vs.mountpoint(&v.name),
        "CreatedAt": v.created,
        "Labels": v.labels,
        "Scope": "local",
        "Options": v.options,
        "MountCount": users,
    });
    // podman leaves these out when false.
    if v.anonymous {
        j["Anonymous"] = json!(true);
    }
    if v.needs_copy_up {
        j["NeedsCopyUp"] = json!(true);
    }
    if v.needs_chown {
        j["NeedsChown"] = json!(true);
    }
    j
}

/// Does `v` pass every filter?
fn matches(v: &Volume, used: bool, filters: &[String]) -> Result<bool> {
    for f in filters {
        let (k, val) = f
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid filter {f:?}: expected KEY=VALUE"))?;
        let bool_val = || -> Result<bool> {
            match val {
                "true" | "1" => Ok(true),
                "false" | "0" => Ok(false),
                _ => bail!("invalid filter {f:?}: expected true or false"),
            }
        };
        let ok = match k {
            // podman: a regular expression.
            "name" => regex::Regex::new(val)
                .map_err(|e| anyhow!("invalid filter {f:?}: {e}"))?
                .is_match(&v.name),
            "driver" => v.driver == val,
            "label" => match val.split_once('=') {
                Some((lk, lv)) => v.labels.get(lk).is_some_and(|x| x == lv),
                None => v.labels.contains_key(val),
            },
            "dangling" => bool_val()? != used,
            "anonymous" => bool_val()? == v.anonymous,
            _ => bail!("invalid filter {f:?} (name, label, driver, dangling, anonymous)"),
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}
