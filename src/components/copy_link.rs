//! Copies the address of the current view, so it can be shared.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// A button that copies the page's address; says whether it worked.
#[component]
pub fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(href) = window.location().href() else {
            return;
        };
        let clipboard = window.navigator().clipboard();
        let promise = clipboard.write_text(&href);
        wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => status.set("Link copied.".into()),
                Err(_) => status.set(format!("Copying is blocked here; the link is: {href}")),
            }
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" on:click=copy>"Copy link to this view"</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </span>
    }
}
