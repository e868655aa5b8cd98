//! Vienna Process Explorer.
//!
//! - [`data`]: the dataset's types, the embedded copy, the validator.
//! - [`query`]: pure filtering, URL state, timeline layout, matrix, export, the
//!   site's pages and their heads: plain Rust, tested natively.
//! - `site`, `store`, `url_state`, `app`, `routes`, `components` (feature `ui`):
//!   the Leptos interface. The same components run in the browser (`hydrate`)
//!   and at build time (`ssr`, in `prerender`).

pub mod data;
pub mod i18n;
pub mod query;

#[cfg(feature = "ui")]
pub mod app;
#[cfg(feature = "ui")]
pub mod components;
#[cfg(feature = "ui")]
pub mod routes;
#[cfg(feature = "ui")]
pub mod site;
#[cfg(feature = "ui")]
pub mod store;
#[cfg(feature = "ui")]
pub mod url_state;

#[cfg(all(feature = "hydrate", target_arch = "wasm32"))]
pub mod start;

#[cfg(feature = "ssr")]
pub mod prerender;
