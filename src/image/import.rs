//! `import`: a root file system tarball becomes a one-layer image.

use super::changes;
use super::reference::Reference;
use super::spec::{ContainerConfig, History, ImageConfig, RootFs, host_platform};
use super::store::{ImageRecord, ImageStore};
use crate::util::time::Timestamp;
use anyhow::{Context, Result};
use std::io::Read;

pub struct ImportOptions {
    pub changes: Vec<String>,
    pub message: Option<String>,
    pub reference: Option<Reference>,
    /// What the history says the image came from (`-` or a file name).
    pub source_name: String,
    /// The platform to record (`--arch/--os/--variant/--platform`);
    /// fields left empty are the host's.
    pub platform: super::spec::Platform,
}

pub(crate) use super::derive::Tee;

pub fn import(store: &ImageStore, source: impl Read, opts: &ImportOptions) -> Result<ImageRecord> {
    let mut config = ContainerConfig::default();
    for c in &opts.changes {
        changes::apply(&mut config, c).with_context(|| format!("--change {c:?}"))?;
    }
    let mut source = source;
    let now = Timestamp::now().rfc3339_nano();
    let host = host_platform();
    let platform = super::spec::Platform {
        architecture: if opts.platform.architecture.is_empty() {
            host.architecture
        } else {
            opts.platform.architecture.clone()
        },
        os: if opts.platform.os.is_empty() {
            host.os
        } else {
            opts.platform.os.clone()
        },
        variant: opts.platform.variant.clone().or(host.variant),
        os_version: None,
    };
    let comment = opts
        .message
        .clone()
        .unwrap_or_else(|| format!("Imported from {}", opts.source_name));
    let image_config = ImageConfig {
        created: None,
        author: None,
        architecture: platform.architecture,
        os: platform.os,
        variant: platform.variant,
        os_version: None,
        config: Some(config),
        rootfs: RootFs {
            kind: "layers".into(),
            diff_ids: Vec::new(),
        },
        history: Vec::new(),
        docker_version: None,
        comment: opts.message.clone(),
    };
    super::derive::derive(
        store,
        super::derive::Derivation {
            base: None,
            config: image_config,
            history: History {
                created: Some(now.clone()),
                created_by: None,
                author: None,
                comment: Some(comment),
                empty_layer: false,
            },
            names: opts
                .reference
                .iter()
                .map(|r| r.clone().with_default_tag().to_string())
                .collect(),
            created: Some(now),
            lineage: Default::default(),
        },
        Some(&mut source),
    )
}
