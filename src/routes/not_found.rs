//! Any address the site does not have: say what was asked for, link to what exists.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::query::pages::Section;
use crate::site::{use_links, use_started, use_texts};

#[component]
pub fn NotFound() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let location = use_location();
    let started = use_started();
    // The built 404.html serves every unknown address, so it can only name the
    // address once it runs in the browser.
    let asked = move || {
        started
            .get()
            .then(|| links.strip(&location.pathname.get()).to_string())
    };
    let pages = Section::ALL
        .iter()
        .map(|&s| view! { <li><a href=links.path(&s.page().path())>{texts.t(s.key())}</a></li> })
        .collect_view();
    view! {
        <h1>{texts.t("not-found-title")}</h1>
        <p>
            {move || match asked() {
                Some(path) => view! { {texts.t("not-found-at")}" "<code dir="ltr">{path}</code> }.into_any(),
                None => view! { {texts.t("not-found-here")} }.into_any(),
            }}
        </p>
        <p>{texts.t("not-found-pages")}</p>
        <ul>{pages}</ul>
    }
}
