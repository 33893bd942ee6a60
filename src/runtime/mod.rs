//! Everything that talks to the kernel about processes, namespaces and
//! mounts. `sys` is the only module in the crate allowed to use `unsafe`.

pub mod attach;
pub mod cgroups;
pub mod detach;
pub mod exec;
pub mod health;
pub mod monitor;
pub mod process;
pub mod seccomp;
pub mod signals;
pub mod spawn;
pub mod sys;
pub mod userns;
pub mod view;
