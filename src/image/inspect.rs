//! `image inspect`: docker's JSON schema for images (with podman's extra
//! fields), built from a record, its config and its layers.

use super::spec::{History, ImageConfig};
use super::store::{ImageRecord, ImageStore};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImageInspect {
    pub id: String,
    pub digest: String,
    pub repo_tags: Vec<String>,
    pub repo_digests: Vec<String>,
    pub parent: String,
    pub comment: String,
    pub created: String,
    pub config: DockerConfig,
    /// docker's field (podman has only `Version`).
    pub docker_version: String,
    /// podman's name for the builder's version.
    pub version: String,
    pub author: String,
    pub architecture: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    pub os: String,
    pub size: u64,
    pub virtual_size: u64,
    pub graph_driver: GraphDriver,
    #[serde(rename = "RootFS")]
    pub root_fs: RootFs,
    pub metadata: Metadata,
    pub labels: Option<BTreeMap<String, String>>,
    pub annotations: BTreeMap<String, String>,
    pub manifest_type: String,
    pub user: String,
    pub history: Vec<History>,
    pub names_history: Vec<String>,
    /// podman's: the HEALTHCHECK of a docker-format image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<serde_json::Value>,
}

/// docker's `Config` block (its container.Config type, image subset).
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DockerConfig {
    pub hostname: String,
    pub domainname: String,
    pub user: String,
    pub attach_stdin: bool,
    pub attach_stdout: bool,
    pub attach_stderr: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exposed_ports: Option<BTreeMap<String, serde_json::Value>>,
    pub tty: bool,
    pub open_stdin: bool,
    pub stdin_once: bool,
    pub env: Option<Vec<String>>,
    pub cmd: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub args_escaped: Option<bool>,
    pub image: String,
    pub volumes: Option<BTreeMap<String, serde_json::Value>>,
    pub working_dir: String,
    pub entrypoint: Option<Vec<String>>,
    pub on_build: Option<Vec<String>>,
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shell: Option<Vec<String>>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GraphDriver {
    pub data: BTreeMap<String, String>,
    pub name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RootFs {
    #[serde(rename = "Type")]
    pub kind: String,
    pub layers: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Metadata {
    pub last_tag_time: String,
}

pub fn inspect(store: &ImageStore, img: &ImageRecord, config: &ImageConfig) -> ImageInspect {
    let c = config.container();
    let mut data = BTreeMap::new();
    let mut diffs: Vec<String> = img
        .layers
        .iter()
        .rev()
        .map(|l| store.layer_diff(&l.chain_id).display().to_string())
        .collect();
    if !diffs.is_empty() {
        data.insert("UpperDir".into(), diffs.remove(0));
    }
    if !diffs.is_empty() {
        data.insert("LowerDir".into(), diffs.join(":"));
    }
    ImageInspect {
        id: img.id.hex().to_string(),
        digest: img.manifest.to_string(),
        repo_tags: img.names.clone(),
        repo_digests: img.digests.clone(),
        parent: img
            .parent
            .as_ref()
            .map(|p| p.hex().to_string())
            .unwrap_or_default(),
        comment: config.comment.clone().unwrap_or_default(),
        created: config
            .created
            .as_deref()
            .and_then(crate::util::time::Timestamp::parse_rfc3339)
            .unwrap_or_else(crate::util::time::Timestamp::zero)
            .rfc3339_nano(),
        docker_version: config.docker_version.clone().unwrap_or_default(),
        version: config.docker_version.clone().unwrap_or_default(),
        author: config.author.clone().unwrap_or_default(),
        config: DockerConfig {
            hostname: String::new(),
            domainname: String::new(),
            user: c.user.clone().unwrap_or_default(),
            attach_stdin: false,
            attach_stdout: false,
            attach_stderr: false,
            exposed_ports: c.exposed_ports.clone(),
            tty: false,
            open_stdin: false,
            stdin_once: false,
            env: c.env.clone(),
            cmd: c.cmd.clone(),
            healthcheck: c.healthcheck.clone(),
            args_escaped: c.args_escaped,
            image: String::new(),
            volumes: c.volumes.clone(),
            working_dir: c.working_dir.clone().unwrap_or_default(),
            entrypoint: c.entrypoint.clone(),
            on_build: c.on_build.clone(),
            labels: c.labels.clone(),
            stop_signal: c.stop_signal.clone(),
            shell: c.shell.clone(),
        },
        architecture: config.architecture.clone(),
        variant: config.variant.clone(),
        os: config.os.clone(),
        size: img.size,
        virtual_size: img.size,
        graph_driver: GraphDriver {
            data,
            name: "overlay".into(),
        },
        root_fs: RootFs {
            kind: "layers".into(),
            layers: config
                .rootfs
                .diff_ids
                .iter()
                .map(ToString::to_string)
                .collect(),
        },
        metadata: Metadata {
            last_tag_time: img
                .last_tag_time
                .clone()
                .unwrap_or_else(|| crate::util::time::Timestamp::zero().rfc3339_nano()),
        },
        labels: c.labels.clone(),
        // The manifest's (build --annotation).
        annotations: store
            .manifest(img)
            .ok()
            .and_then(|m| m.annotations)
            .unwrap_or_default(),
        manifest_type: img.manifest_media_type.clone(),
        user: c.user.unwrap_or_default(),
        history: config.history.clone(),
        names_history: img.names_history.clone(),
        healthcheck: c.healthcheck.clone(),
    }
}
