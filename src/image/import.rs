//! `import`: a root file system tarball becomes a one-layer image.

use super::changes;
use super::digest::Digest;
use super::reference::Reference;
use super::spec::{ContainerConfig, History, ImageConfig, RootFs, host_platform};
use super::store::{CommitOutcome, ImageRecord, ImageStore, LayerRef};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, bail};
use std::io::{Read, Write};

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

/// Copies what is read into a writer (the layer blob) as it passes.
pub(crate) struct Tee<R, W> {
    pub(crate) inner: R,
    pub(crate) out: W,
}

impl<R: Read, W: Write> Read for Tee<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out.write_all(&buf[..n])?;
        Ok(n)
    }
}

pub fn import(store: &ImageStore, source: impl Read, opts: &ImportOptions) -> Result<ImageRecord> {
    let mut config = ContainerConfig::default();
    for c in &opts.changes {
        changes::apply(&mut config, c).with_context(|| format!("--change {c:?}"))?;
    }
    let mut staging = store.stage("import")?;
    // One pass: decompress, keep the plain tar as the layer blob, unpack.
    let plain = super::layer::decompress(source).context("reading the tarball")?;
    let writer = staging.blob_writer()?;
    let mut tee = Tee {
        inner: plain,
        out: writer,
    };
    let unpack_opts = store.unpack_options();
    let layer = staging.unpack_new_layer(&mut tee, None, &unpack_opts)?;
    // Whatever the unpacker did not need (trailing padding) still belongs
    // to the blob.
    std::io::copy(&mut tee, &mut std::io::sink()).context("reading the tarball")?;
    let (blob, blob_size) = staging.finish_blob(tee.out, Some(&layer.diff_id))?;
    if layer.tar_size == 0 {
        bail!("the tarball is empty");
    }

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
        created: Some(now.clone()),
        author: None,
        architecture: platform.architecture,
        os: platform.os,
        variant: platform.variant,
        os_version: None,
        config: Some(config),
        rootfs: RootFs {
            kind: "layers".into(),
            diff_ids: vec![layer.diff_id.clone()],
        },
        history: vec![History {
            created: Some(now.clone()),
            created_by: None,
            author: None,
            comment: Some(comment),
            empty_layer: false,
        }],
        docker_version: None,
        comment: opts.message.clone(),
    };
    let config_bytes = serde_json::to_vec(&image_config)?;
    let id = staging.put_blob_bytes(&config_bytes)?;
    let mut record = ImageRecord::new(
        id,
        opts.reference
            .iter()
            .map(|r| r.clone().with_default_tag().to_string())
            .collect(),
        // Filled in by `synthesize_manifest`.
        (Digest::of(b""), String::new()),
        vec![LayerRef {
            chain_id: layer.chain_id.clone(),
            diff_id: layer.diff_id.clone(),
            blob,
            media_type: super::spec::media::OCI_LAYER.into(),
            blob_size,
        }],
        Some(now),
    );
    record.size = layer.tar_size;
    staging.synthesize_manifest(&mut record, config_bytes.len() as u64)?;
    match store.commit(&mut staging, vec![record])? {
        CommitOutcome::Committed(mut r) => r.pop().context("commit returned nothing"),
        // The layer was staged by us, so it cannot be missing.
        CommitOutcome::MissingLayers(m) => bail!("internal error: layers {m:?} missing"),
    }
}
