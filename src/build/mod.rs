//! Dockerfile builds. So far: the language (`dockerfile`: directives,
//! continuations, heredocs, flags, JSON and shell forms), docker's word
//! expansion (`lex`), and `.dockerignore` rules (`ignore`). The executor,
//! which runs each step through the engine, comes next (issue 13).

pub mod dockerfile;
pub mod ignore;
pub mod lex;
pub mod plan;
