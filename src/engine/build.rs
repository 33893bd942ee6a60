//! The engine operations a build is made of (the Dockerfile executor in
//! `build` calls these): a RUN step as a container of the current image
//! whose changes become the next image.

use super::Engine;
use super::container::CreateRequest;
use super::image::PullPolicy;
use crate::container::commit::{CommitOptions, commit};
use crate::container::ops;
use crate::container::spec::CreateOptions;
use crate::image::store::ImageRecord;
use crate::registry::progress::Progress;
use crate::runtime::monitor::{Attach, Outcome};
use anyhow::{Result, bail};

/// One RUN step.
#[derive(Clone, Debug, Default)]
pub struct RunStep {
    /// The image to run in (an ID).
    pub image: String,
    /// The command: the shell form already wrapped in the SHELL.
    pub argv: Vec<String>,
    /// Extra environment (build args in effect), `KEY=VALUE`.
    pub env: Vec<String>,
    /// `none`, `host`, or a network name; the default network when `None`.
    pub network: Option<String>,
    /// The history entry's `created_by`.
    pub created_by: String,
    /// The new image's creation time (RFC 3339; now when `None`).
    pub created: Option<String>,
}

impl Engine {
    /// Run `step.argv` in a container of `step.image`, its output on this
    /// process's stdout and stderr, and make its changes a new image on top
    /// (the image's config unchanged, one history entry). A command that
    /// fails fails the step with its exit status; the container is removed
    /// either way.
    pub fn run_step(&self, step: &RunStep) -> Result<ImageRecord> {
        self.enter_userns()?;
        let req = CreateRequest {
            options: CreateOptions {
                image: step.image.clone(),
                command: step.argv.clone(),
                // The image's ENTRYPOINT does not apply to RUN.
                entrypoint: Some(String::new()),
                env: step.env.clone(),
                network: step.network.clone(),
                ..Default::default()
            },
            pull: PullPolicy::Never,
            ..Default::default()
        };
        let c = self.create(&req, &Progress::new(true))?;
        let result = (|| {
            let mut started = self.start(
                &c.id,
                Attach::Foreground {
                    stdin: false,
                    detach_keys: Vec::new(),
                },
            )?;
            match started.wait()? {
                Outcome::Exited(0) => {}
                Outcome::Exited(code) => bail!(crate::error::ExitError::new(
                    code,
                    format!(
                        "building at STEP \"{}\": while running runtime: exit status {code}",
                        step.created_by
                    )
                )),
                Outcome::Detached => bail!("the RUN step's container detached"),
            }
            commit(
                &self.containers,
                &self.images,
                &c.id,
                &CommitOptions {
                    author: None,
                    message: None,
                    changes: Vec::new(),
                    pause: false,
                    squash: false,
                    reference: None,
                    include_volumes: false,
                    keep_config: true,
                    created_by: Some(step.created_by.clone()),
                    created: step.created.clone(),
                },
            )
        })();
        let removed = ops::remove(
            &self.containers,
            &c.id,
            ops::RemoveOptions {
                force: true,
                timeout: None,
            },
        );
        let image = result?;
        removed?;
        Ok(image)
    }
}
