//! Any address the site does not have: say what was asked for, link to what exists.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::{use_links, SECTIONS};
use crate::components::title::use_title;

#[component]
pub fn NotFound() -> impl IntoView {
    use_title(|| "Page not found".into());
    let links = use_links();
    let location = use_location();
    let asked = move || links.strip(&location.pathname.get()).to_string();
    let pages = SECTIONS
        .iter()
        .map(|&(label, path)| view! { <li><a href=links.path(path)>{label}</a></li> })
        .collect_view();
    view! {
        <h1>"Page not found"</h1>
        <p>"This site has no page at " <code>{asked}</code> "."</p>
        <p>"These pages exist:"</p>
        <ul>{pages}</ul>
    }
}
