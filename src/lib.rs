//! skiff: a daemonless container engine in one binary.
#![recursion_limit = "1024"]
//!
//! Data flows one way: `cli` parses argv into the `engine`'s typed
//! requests and prints its results; the engine does each operation once
//! through the domain modules (`image`, `container`, `registry`,
//! `network`, `volume`), `runtime` and `storage`. See
//! docs/architecture.md.

pub mod error;
#[macro_use]
pub mod log;
pub mod api;
pub mod build;
pub mod cli;
pub mod config;
pub mod container;
pub mod engine;
pub mod image;
pub mod network;
pub mod registry;
pub mod runtime;
pub mod storage;
pub mod util;
pub mod volume;
