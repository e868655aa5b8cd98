//! The dataset compiled into the app.

use super::model::Dataset;
use super::validate::{parse_and_validate, LoadError};

/// The JSON text of the embedded dataset (also published as `data/vienna-process.json`).
pub const EMBEDDED_JSON: &str = include_str!("../../public/data/vienna-process.json");

/// Parses and validates the embedded dataset.
pub fn embedded() -> Result<Dataset, LoadError> {
    parse_and_validate(EMBEDDED_JSON)
}
