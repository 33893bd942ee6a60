//! Small pure helpers shared by every module: time, sizes, text.

pub mod parallel;
pub mod pipe;
pub mod time;
pub mod units;
