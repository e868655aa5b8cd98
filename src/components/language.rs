//! The language switcher: the same page, with the same view, in each edition.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::Lang;
use crate::site::{use_links, use_started, use_texts};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let location = use_location();
    let started = use_started();
    let items = Lang::ALL
        .iter()
        .map(|&lang| {
            // The page and its query (once the app runs: the built page has none).
            let href = move || {
                let path = links.strip(&location.pathname.get()).to_string();
                let search = if started.get() {
                    location.search.get()
                } else {
                    String::new()
                };
                let query = if search.is_empty() || search.starts_with('?') {
                    search
                } else {
                    format!("?{search}")
                };
                format!("{}{query}", links.path_in(lang, &path))
            };
            let current = lang == texts.lang;
            view! {
                <li>
                    <a href=href hreflang=lang.code() lang=lang.code() dir=lang.dir()
                       aria-current=current.then_some("true") rel="alternate external">
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=texts.t("nav-languages")>
            <ul>{items}</ul>
        </nav>
    }
}
