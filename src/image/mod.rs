//! Images: references, the content store, layers, archives.

pub mod archive;
pub mod changes;
pub mod derive;
pub mod digest;
pub mod import;
pub mod inspect;
pub mod layer;
pub mod query;
pub mod reference;
pub mod spec;
pub mod squash;
pub mod store;
pub mod tree;
