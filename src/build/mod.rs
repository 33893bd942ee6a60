//! Dockerfile builds. So far: the language (`dockerfile`: directives,
//! continuations, heredocs, flags, JSON and shell forms), docker's word
//! expansion (`lex`), `.dockerignore` rules (`ignore`), stages and their
//! order (`plan`), and where COPY/ADD sources land (`sources`). Images of
//! each step are made with `image::derive`. The executor, which runs each
//! step through the engine, comes next (issue 13).

pub mod dockerfile;
pub mod ignore;
pub mod layer;
pub mod lex;
pub mod plan;
pub mod sources;
