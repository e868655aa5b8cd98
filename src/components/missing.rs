//! What a profile page shows when its id is not in the dataset (a mistyped or
//! outdated link): say so, and point to the list of what exists.

use leptos::prelude::*;

use crate::site::{use_links, use_texts};

#[component]
pub fn Missing(
    /// "faction", "person", "source", "document".
    what: &'static str,
    id: String,
    /// The page listing what exists, e.g. "/factions/".
    list: &'static str,
) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    view! {
        <h1>{texts.t(&format!("not-found-{what}"))}</h1>
        <p role="alert">{texts.t(&format!("missing-{what}"))}" "<code>{id}</code></p>
        <p><a href=links.path(list)>{texts.t(&format!("missing-{what}-list"))}</a></p>
    }
}
