//! Talking to registries: the distribution API client, credentials,
//! registries.conf, and the pull, push and search operations.
//!
//! Owns: everything that goes over the network to a registry, and the
//! files podman users already have for it (registries.conf, auth.json,
//! docker's config.json, certs.d). Never: writes image store internals
//! directly (it stages content and commits through `image::store`).

pub mod auth;
pub mod blobinfo;
pub mod client;
pub mod conf;
pub mod progress;
pub mod pull;
pub mod push;
pub mod repo;
pub mod search;
