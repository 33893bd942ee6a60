//! Dockerfile builds. So far: the language (`dockerfile`: directives,
//! continuations, heredocs, flags, JSON and shell forms), docker's word
//! expansion (`lex`), `.dockerignore` rules (`ignore`), stages and their
//! order (`plan`), where COPY/ADD sources land (`sources`), the COPY
//! layer (`layer`), and the executor (`exec`) that runs each step through
//! the engine (`engine::build`), called by the CLI's `build`, the
//! cache of step images (`cache`), and contexts read from a stream
//! (`context`).

pub mod cache;
pub mod context;
pub mod dockerfile;
pub mod exec;
pub mod ignore;
pub mod layer;
pub mod lex;
pub mod mounts;
pub mod plan;
pub mod sources;
