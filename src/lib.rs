//! Vienna Process Explorer.
//!
//! - [`data`]: the dataset's types, the embedded copy, the validator.
//! - [`query`]: pure filtering, URL state, timeline layout, matrix, export: plain
//!   Rust, tested natively.
//! - `app`, `routes`, `components` (wasm only): the Leptos user interface.

pub mod data;
pub mod query;

#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod routes;
