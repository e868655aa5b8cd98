//! Passes the current view on: the system share sheet where the browser has
//! one (phones), else the address copied to the clipboard.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::messages::Arg;
use crate::site::{use_links, use_texts};

/// A "Share" button for the page's address on the full site (also from an
/// embed). A reader who closes the share sheet sees nothing; where sharing
/// fails or is missing, the link is copied and the button says so.
#[component]
pub fn Share() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let status = RwSignal::new(String::new());
    let share = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
            return;
        };
        let hash = location.hash().unwrap_or_default();
        let href = format!("{}{hash}", links.shareable(&path, &search));
        let title = window.document().map(|d| d.title()).unwrap_or_default();
        let navigator = window.navigator();
        let sheet = system_share(&navigator, &title, &href);
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(sheet) = sheet {
                match JsFuture::from(sheet).await {
                    Ok(_) => return,
                    // The reader closed the sheet: nothing to say.
                    Err(e) if error_name(&e) == "AbortError" => return,
                    Err(_) => {}
                }
            }
            let copied = JsFuture::from(navigator.clipboard().write_text(&href)).await;
            status.set(match copied {
                Ok(_) => texts.t("share-done"),
                Err(_) => texts.f("copy-link-blocked", &[("href", Arg::Text(&href))]),
            });
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" on:click=share>{texts.t("share")}</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </span>
    }
}

/// `navigator.share({title, url})` where the browser has it.
fn system_share(navigator: &web_sys::Navigator, title: &str, url: &str) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(navigator, &"share".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    js_sys::Reflect::set(&data, &"url".into(), &url.into()).ok()?;
    f.call1(navigator, &data)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
