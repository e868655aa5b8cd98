//! Embedding: the bar an embedded view shows in place of the site's chrome,
//! and the "Embed this view" control that gives other sites the `<iframe>`.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::query::embed::iframe_code;
use crate::site::{use_links, use_texts};
use crate::url_state::use_url;

/// The view on screen: its path under the base and its query ("?faction=nrf").
fn current_view() -> impl Fn() -> (String, String) + Copy {
    let links = use_links();
    let location = use_location();
    let url = use_url();
    move || {
        let path = location.pathname.with(|p| links.strip(p).to_string());
        (path, url.state.with(|s| s.search()))
    }
}

/// In an embed: the site's name and the way to the same view on the full site
/// (in the reader's whole window, not inside the frame).
#[component]
pub fn EmbedBar() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let view_now = current_view();
    let full = move || {
        let (path, search) = view_now();
        format!("{}{search}", links.full_path(&path))
    };
    view! {
        <header class="embed-bar">
            <span class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {texts.t("site-name")}
            </span>
            <a class="embed-open" href=full target="_top">{texts.t("embed-open")}</a>
        </header>
    }
}

/// On the full site: the `<iframe>` code for the view on screen, filters and all.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let view_now = current_view();
    let code = move || {
        let (path, search) = view_now();
        let src = format!("{}{search}", links.embed_absolute(&path));
        iframe_code(&src, links.origin(), &texts.t("embed-frame-title"))
    };
    view! {
        <details class="embed-code">
            <summary>{texts.t("embed-this")}</summary>
            <label for="embed-code">{texts.t("embed-code-label")}</label>
            <textarea id="embed-code" readonly rows="5" spellcheck="false" dir="ltr" lang="en"
                      prop:value=code>
                {code}
            </textarea>
            <p class="hint">{texts.t("embed-code-note")}</p>
        </details>
    }
}
