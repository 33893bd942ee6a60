//! Images: references, the content store, layers, archives.

pub mod digest;
pub mod layer;
pub mod reference;
pub mod spec;
