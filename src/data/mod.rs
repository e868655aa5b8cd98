//! The dataset: types, the embedded copy, validation, and derived indexes.

pub mod catalog;
pub mod claims;
pub mod date;
pub mod diff;
pub mod edition;
pub mod embedded;
pub mod json_path;
pub mod model;
pub mod translations;
pub mod validate;

pub use model::*;
