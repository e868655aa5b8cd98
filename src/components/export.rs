//! Download buttons for the current view as CSV and JSON.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::messages::Arg;

use crate::query::export::Table;
use crate::site::use_texts;

/// Starts a download of `text` as a file, without any server.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not build the file")?;
    download_blob(name, &blob)
}

/// Starts a download of `blob` as a file.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| "no object URL")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "no anchor")?
        .dyn_into()
        .map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// "Download CSV" and "Download JSON" of the table `table()` builds on click.
#[component]
pub fn ExportButtons(
    /// File name without extension.
    name: &'static str,
    table: impl Fn() -> Table + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let texts = use_texts();
    let error = RwSignal::new(String::new());
    let csv = {
        let table = table.clone();
        move |_| {
            let r = download(
                &format!("{name}.csv"),
                "text/csv;charset=utf-8",
                &table().to_csv(texts),
            );
            error.set(
                r.err()
                    .map(|e| texts.f("export-failed", &[("why", Arg::Text(&e))]))
                    .unwrap_or_default(),
            );
        }
    };
    let json = move |_| {
        let r = download(
            &format!("{name}.json"),
            "application/json",
            &table().to_json(),
        );
        error.set(
            r.err()
                .map(|e| texts.f("export-failed", &[("why", Arg::Text(&e))]))
                .unwrap_or_default(),
        );
    };
    view! {
        <div class="export" role="group" aria-label=texts.t("export-group")>
            <button type="button" on:click=csv>{texts.t("export-csv")}</button>
            <button type="button" on:click=json>{texts.t("export-json")}</button>
            <span role="status">{move || error.get()}</span>
        </div>
    }
}
