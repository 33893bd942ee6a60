//! A new image from a base (or from nothing) with a config of the
//! caller's, one history entry, and at most one new layer read from a tar
//! stream: what `import` makes, and what each step of a build makes (a
//! layer for RUN/COPY/ADD, none for the instructions that only change the
//! config, whose history entry is then an `empty_layer`).

use super::digest::Digest;
use super::spec::{History, ImageConfig, host_platform, media};
use super::store::{CommitOutcome, ImageRecord, ImageStore, LayerRef, Lineage};
use crate::util::time::Timestamp;
use anyhow::{Context, Result, bail};
use std::io::{Read, Write};

/// What the new image is.
pub struct Derivation<'a> {
    /// The image it builds on; `None` for `scratch`.
    pub base: Option<&'a ImageRecord>,
    /// Its config. `rootfs.diff_ids` and `history` should be the base's:
    /// the new layer and entry are appended here.
    pub config: ImageConfig,
    /// The new history entry (`empty_layer` is set here when there is no
    /// layer).
    pub history: History,
    /// Full names to give it.
    pub names: Vec<String>,
    /// Its creation time (RFC 3339); now when `None`.
    pub created: Option<String>,
    /// Its parent and build cache key, for a build step.
    pub lineage: Lineage,
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

/// Store the image `d` describes, with `layer` (a tar stream, plain or
/// compressed) as its new top layer. The caller has entered the rootless
/// user namespace when there is a layer.
pub fn derive(
    store: &ImageStore,
    d: Derivation<'_>,
    layer: Option<&mut dyn Read>,
) -> Result<ImageRecord> {
    let Derivation {
        base,
        mut config,
        mut history,
        names,
        created,
        lineage,
    } = d;
    let created = created.unwrap_or_else(|| Timestamp::now().rfc3339_nano());
    let mut staging = store.stage("image")?;
    let mut layers = base.map(|b| b.layers.clone()).unwrap_or_default();
    let mut size = base.map_or(0, |b| b.size);
    match layer {
        Some(source) => {
            // One pass: decompress, keep the plain tar as the layer blob,
            // unpack.
            let plain = super::layer::decompress(source).context("reading the layer")?;
            let mut tee = Tee {
                inner: plain,
                out: staging.blob_writer()?,
            };
            let parent = base.and_then(ImageRecord::top_layer);
            let opts = store.unpack_options();
            let rec = staging.unpack_new_layer(&mut tee, parent, &opts)?;
            // What the unpacker did not need (trailing padding) still
            // belongs to the blob.
            std::io::copy(&mut tee, &mut std::io::sink()).context("reading the layer")?;
            let (blob, blob_size) = staging.finish_blob(tee.out, Some(&rec.diff_id))?;
            if rec.tar_size == 0 {
                bail!("the tarball is empty");
            }
            config.rootfs.diff_ids.push(rec.diff_id.clone());
            layers.push(LayerRef {
                chain_id: rec.chain_id.clone(),
                diff_id: rec.diff_id.clone(),
                blob,
                media_type: media::OCI_LAYER.into(),
                blob_size,
            });
            size += rec.tar_size;
            history.empty_layer = false;
        }
        None => history.empty_layer = true,
    }
    if config.rootfs.kind.is_empty() {
        config.rootfs.kind = "layers".into();
    }
    if history.created.is_none() {
        history.created = Some(created.clone());
    }
    config.history.push(history);
    config.created = Some(created.clone());
    if config.architecture.is_empty() {
        let p = host_platform();
        config.architecture = p.architecture;
        config.os = p.os;
        config.variant = p.variant;
    }
    store_image(
        store,
        &mut staging,
        &config,
        (layers, size),
        names,
        created,
        lineage,
    )
}

/// Put a finished config into the staged image and commit it to the store
/// with its layers (the base's and any staged one) and names.
pub(crate) fn store_image(
    store: &ImageStore,
    staging: &mut crate::image::store::Staging,
    config: &ImageConfig,
    (layers, size): (Vec<LayerRef>, u64),
    names: Vec<String>,
    created: String,
    lineage: Lineage,
) -> Result<ImageRecord> {
    let config_bytes = serde_json::to_vec(config)?;
    let id = staging.put_blob_bytes(&config_bytes)?;
    let mut record = ImageRecord::new(
        id,
        names,
        // Filled in by `synthesize_manifest`.
        (Digest::of(b""), String::new()),
        layers,
        Some(created),
    );
    record.size = size;
    record.parent = lineage.parent;
    record.build_key = lineage.build_key;
    staging.synthesize_manifest(&mut record, config_bytes.len() as u64)?;
    match store.commit(staging, vec![record])? {
        CommitOutcome::Committed(mut r) => r.pop().context("commit returned nothing"),
        CommitOutcome::MissingLayers(m) => bail!(
            "the image's layers {} were removed meanwhile",
            m.iter().map(Digest::short).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::spec::RootFs;

    fn tar_with(path: &str, data: &[u8]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_cksum();
        b.append_data(&mut h, path, data).unwrap();
        b.into_inner().unwrap()
    }

    fn empty_config() -> ImageConfig {
        ImageConfig {
            created: None,
            author: None,
            architecture: String::new(),
            os: String::new(),
            variant: None,
            os_version: None,
            config: None,
            rootfs: RootFs {
                kind: "layers".into(),
                diff_ids: Vec::new(),
            },
            history: Vec::new(),
            docker_version: None,
            comment: None,
        }
    }

    fn entry(by: &str) -> History {
        History {
            created: None,
            created_by: Some(by.into()),
            author: None,
            comment: None,
            empty_layer: false,
        }
    }

    #[test]
    fn layers_and_config_only_steps() {
        if !nix::unistd::geteuid().is_root() {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("SKIPPED: derive test: unpacking owners needs root");
            }
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let paths = crate::storage::StorePaths::resolve(
            Some(dir.path().join("root")),
            Some(dir.path().join("run")),
        )
        .unwrap();
        let store = ImageStore::open(&paths).unwrap();
        let when = Some("2020-01-01T00:00:00Z".to_string());
        let tar = tar_with("hello.txt", b"hi\n");
        let base = derive(
            &store,
            Derivation {
                base: None,
                config: empty_config(),
                history: entry("COPY hello.txt /"),
                names: vec!["localhost/derive:base".into()],
                created: when.clone(),
                lineage: Default::default(),
            },
            Some(&mut tar.as_slice()),
        )
        .unwrap();
        assert_eq!(base.layers.len(), 1);
        assert!(
            store
                .layer_diff(&base.layers[0].chain_id)
                .join("hello.txt")
                .is_file()
        );
        let base_config = store.config(&base).unwrap();
        assert_eq!(base_config.rootfs.diff_ids.len(), 1);
        assert!(!base_config.history[0].empty_layer);

        // A config-only step: the same layers, an empty_layer entry.
        let mut cfg = base_config.clone();
        cfg.config = Some(crate::image::spec::ContainerConfig {
            env: Some(vec!["A=1".into()]),
            ..Default::default()
        });
        let step = |names: Vec<String>| {
            derive(
                &store,
                Derivation {
                    base: Some(&base),
                    config: cfg.clone(),
                    history: entry("ENV A=1"),
                    names,
                    created: when.clone(),
                    lineage: Default::default(),
                },
                None,
            )
            .unwrap()
        };
        let child = step(vec!["localhost/derive:child".into()]);
        assert_eq!(child.layers, base.layers);
        assert_ne!(child.id, base.id);
        let c = store.config(&child).unwrap();
        assert_eq!(c.history.len(), 2);
        assert!(c.history[1].empty_layer);
        assert_eq!(c.rootfs.diff_ids, base_config.rootfs.diff_ids);
        // The same inputs and time: the same image (reproducible builds).
        assert_eq!(step(Vec::new()).id, child.id);

        // An empty stream is refused.
        let e = derive(
            &store,
            Derivation {
                base: None,
                config: empty_config(),
                history: entry("x"),
                names: Vec::new(),
                created: None,
                lineage: Default::default(),
            },
            Some(&mut std::io::empty()),
        )
        .unwrap_err();
        assert!(format!("{e:#}").contains("empty"), "{e:#}");
    }
}
