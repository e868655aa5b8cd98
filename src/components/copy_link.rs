//! Copies the address of the current view, so it can be shared.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::messages::Arg;
use crate::site::{use_links, use_texts};

/// A button that copies the page's address on the full site (also from an
/// embed); says whether it worked.
#[component]
pub fn CopyLink() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
            return;
        };
        let hash = location.hash().unwrap_or_default();
        let href = format!("{}{hash}", links.shareable(&path, &search));
        let clipboard = window.navigator().clipboard();
        let promise = clipboard.write_text(&href);
        wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => status.set(texts.t("copy-link-done")),
                Err(_) => status.set(texts.f("copy-link-blocked", &[("href", Arg::Text(&href))])),
            }
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" on:click=copy>{texts.t("copy-link")}</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </span>
    }
}
