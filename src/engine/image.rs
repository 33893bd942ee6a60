//! Images: pull (from registries and archives), the image `run` and
//! `create` use, tag, untag, remove, prune.

use super::Engine;
use crate::image::archive::{self, LoadSource};
use crate::image::digest::Digest;
use crate::image::reference::Reference;
use crate::image::store::{ImageRecord, Pins, RemoveReport};
use crate::registry::client::ClientOptions;
use crate::registry::conf::RegistriesConf;
use crate::registry::progress::Progress;
use crate::registry::pull::{DEFAULT_PARALLEL, PullOptions, Puller};
use anyhow::{Context, Result, bail};
use std::path::PathBuf;

/// When `run`/`create` pull their image (podman's `--pull`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PullPolicy {
    /// Only when it is not stored.
    #[default]
    Missing,
    Always,
    /// When the registry has a newer one.
    Newer,
    Never,
}

impl PullPolicy {
    /// podman's and Kubernetes' names.
    pub fn parse(s: &str) -> Result<PullPolicy> {
        Ok(match s {
            "missing" | "Missing" | "ifnotpresent" | "IfNotPresent" | "" => PullPolicy::Missing,
            "always" | "Always" => PullPolicy::Always,
            "newer" | "Newer" | "ifnewer" | "IfNewer" => PullPolicy::Newer,
            "never" | "Never" => PullPolicy::Never,
            other => bail!(crate::error::classified(
                crate::error::Kind::Invalid,
                format!("unsupported pull policy {other:?}")
            )),
        })
    }
}

/// A pull: from where, how.
#[derive(Clone, Debug, Default)]
pub struct PullRequest {
    pub client: ClientOptions,
    /// Another platform than the host's.
    pub platform: Option<crate::image::spec::Platform>,
    /// Every tag of the repository.
    pub all_tags: bool,
}

impl PullRequest {
    fn options(&self) -> PullOptions {
        PullOptions {
            client: self.client.clone(),
            platform: self.platform.clone(),
            all_tags: self.all_tags,
            parallel: DEFAULT_PARALLEL,
        }
    }
}

/// The transports `pull` reads besides the registry's.
const PULL_TRANSPORTS: [&str; 3] = ["docker-archive:", "oci-archive:", "oci:"];

/// Whether a pull source names its transport (`docker://`, `oci:`...).
fn has_transport(input: &str) -> bool {
    input.starts_with("docker://") || PULL_TRANSPORTS.iter().any(|t| input.starts_with(t))
}

impl Engine {
    /// Pull an image (from a registry, or from an archive given with a
    /// transport prefix); the images stored. Progress goes to `progress`.
    pub fn pull(
        &self,
        input: &str,
        req: &PullRequest,
        progress: &Progress,
    ) -> Result<Vec<ImageRecord>> {
        self.enter_userns()?;
        // containers.conf's image_default_transport: the transport of
        // names given without one (podman's default, docker://, is the
        // registry).
        let transport = self
            .conf
            .engine
            .image_default_transport
            .as_deref()
            .filter(|t| !t.is_empty() && *t != "docker://");
        let input = match transport {
            Some(t) if !has_transport(input) => format!("{t}{input}"),
            _ => input.to_string(),
        };
        for prefix in PULL_TRANSPORTS {
            if let Some(path) = input.strip_prefix(prefix) {
                // `oci:DIR[:REF]` and `*-archive:PATH[:REF]`: the reference
                // part is not supported; the whole archive is loaded.
                let p = PathBuf::from(path);
                let source = if p.is_dir() {
                    LoadSource::Dir(p)
                } else {
                    LoadSource::Reader(Box::new(
                        std::fs::File::open(&p)
                            .with_context(|| format!("opening {}", p.display()))?,
                    ))
                };
                return archive::load(&self.images, source);
            }
        }
        let conf = RegistriesConf::load()?;
        let opts = req.options();
        Puller::new(&self.images, &conf, &opts, progress).pull(&input)
    }

    /// The image `run`/`create` use, pulled according to `policy`.
    pub fn image_for_run(
        &self,
        input: &str,
        policy: PullPolicy,
        req: &PullRequest,
        progress: &Progress,
    ) -> Result<ImageRecord> {
        use crate::image::store::find;
        let mut policy = policy;
        if req.platform.is_some() && policy == PullPolicy::Missing {
            // A stored image may be for another platform (podman does the
            // same).
            policy = PullPolicy::Newer;
        }
        let store = &self.images;
        let images = store.images()?;
        let local = find(&images, input)?.cloned();
        let by_id = local.as_ref().is_some_and(|i| {
            let h = input.strip_prefix("sha256:").unwrap_or(input);
            h.len() >= 3 && i.id.hex().starts_with(h) && h.bytes().all(|b| b.is_ascii_hexdigit())
        });
        match (policy, &local) {
            (PullPolicy::Never | PullPolicy::Missing, Some(i)) => return Ok(i.clone()),
            (_, Some(i)) if by_id => {
                if policy == PullPolicy::Always {
                    bail!("pull policy is always but image has been referred to by ID ({input})");
                }
                return Ok(i.clone());
            }
            (PullPolicy::Never, None) => {
                return Err(crate::error::HintedError::wrap(
                    crate::image::store::no_such_image(input),
                    "the image is not in local storage and --pull=never forbids pulling it".into(),
                ));
            }
            _ => {}
        }
        let opts = PullOptions {
            all_tags: false,
            ..req.options()
        };
        let conf = RegistriesConf::load()?;
        let puller = Puller::new(store, &conf, &opts, progress);
        if policy == PullPolicy::Newer
            && let Some(i) = &local
        {
            match puller.is_current(input, i) {
                Ok(true) => return Ok(i.clone()),
                Ok(false) => {}
                Err(e) => {
                    crate::debug!(
                        "checking {input} for a newer image: {e:#}; using the stored one"
                    );
                    return Ok(i.clone());
                }
            }
        }
        let mut pulled = puller.pull(input)?;
        pulled
            .pop()
            .ok_or_else(|| anyhow::anyhow!("internal error: nothing pulled"))
    }

    /// Every stored image.
    pub fn image_list(&self) -> Result<Vec<ImageRecord>> {
        self.images.images()
    }

    /// Give an image more names.
    pub fn tag(&self, source: &str, targets: &[Reference]) -> Result<()> {
        self.images.tag(source, targets)
    }

    /// Take names from an image (all of them when `names` is empty); the
    /// names removed.
    pub fn untag(&self, image: &str, names: &[Reference]) -> Result<Vec<String>> {
        self.images.untag(image, names)
    }

    /// What containers use: layers, and images by ID.
    pub fn pins(&self) -> Pins {
        self.containers.pins().unwrap_or_default()
    }

    /// Remove an image name (or, by ID or its last name, the image): what
    /// was untagged and deleted. `force` removes every name of an image
    /// given by ID.
    pub fn remove_image(&self, input: &str, force: bool) -> Result<RemoveReport> {
        self.enter_userns()?;
        self.images.remove(input, force, &|| self.pins())
    }

    /// Remove the images `select` picks that no container uses; what was
    /// removed and the bytes freed.
    pub fn prune_images(
        &self,
        select: impl Fn(&ImageRecord) -> bool,
    ) -> Result<(Vec<RemoveReport>, u64)> {
        self.enter_userns()?;
        self.images.prune(select, &|| self.pins())
    }

    /// The IDs of every stored image.
    pub fn image_ids(&self) -> Result<Vec<Digest>> {
        Ok(self.images.images()?.into_iter().map(|i| i.id).collect())
    }
}
