//! skiff: a daemonless container engine in one binary.
#![recursion_limit = "1024"]
//!
//! Data flows one way: `cli` parses argv into typed requests and prints
//! results; the domain modules (`image`, and later `container`, `build`)
//! do the work through `runtime` and `storage`. See docs/architecture.md.

pub mod error;
#[macro_use]
pub mod log;
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
