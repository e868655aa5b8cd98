//! What a profile page shows when its id is not in the dataset (a mistyped or
//! outdated link): say so, and point to the list of what exists.

use leptos::prelude::*;

use crate::site::use_links;

#[component]
pub fn Missing(
    /// "faction", "person", "source", "document".
    what: &'static str,
    id: String,
    /// The page listing what exists, e.g. "/factions/".
    list: &'static str,
    list_label: &'static str,
) -> impl IntoView {
    let links = use_links();
    view! {
        <h1>{not_found_heading(what)}</h1>
        <p role="alert">{format!("This dataset has no {what} ")}<code>{id}</code>"."</p>
        <p><a href=links.path(list)>{list_label}</a></p>
    }
}

/// "Faction not found": the heading, and the page title, for a missing record.
pub fn not_found_heading(what: &str) -> String {
    let mut heading = format!("{what} not found");
    heading[..1].make_ascii_uppercase();
    heading
}
