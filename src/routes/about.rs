//! About: what the explorer is, the dataset's version and counts, downloads,
//! and loading another dataset by address or from a file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::date::format_text;
use crate::data::validate::MAX_BYTES;
use crate::query::state::is_loadable_address;
use crate::site::use_links;
use crate::store::{Origin, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn AboutPage() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let facts = move || {
        let data = store.data.get();
        let d = &data.catalog.data;
        let cites: usize = data.claims.iter().map(|c| c.cites.len()).sum();
        let counts = [
            ("Rounds", d.rounds.len()),
            ("Factions and organisations", d.factions.len()),
            ("People", d.people.len()),
            ("Context events", d.events.len()),
            ("Documents", d.documents.len()),
            ("Sources", d.sources.len()),
            ("Cited statements", data.claims.len()),
            ("Citations", cites),
            ("Disagreements between sources", d.disagreements.len()),
        ]
        .into_iter()
        .map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v.to_string()}</td></tr> })
        .collect_view();
        let method = d
            .meta
            .method
            .iter()
            .map(|m| view! { <li>{m.clone()}</li> })
            .collect_view();
        let changelog = d
            .meta
            .changelog
            .iter()
            .map(|e| {
                let changes = e
                    .changes
                    .iter()
                    .map(|c| view! { <li>{c.clone()}</li> })
                    .collect_view();
                view! {
                    <li>
                        <strong>{format!("Version {}", e.version)}</strong>
                        " ("<time datetime=e.date.clone()>{format_text(&e.date, None)}</time>")"
                        <ul>{changes}</ul>
                    </li>
                }
            })
            .collect_view();
        let origin = match &data.origin {
            Origin::Embedded => "the dataset built into this site".to_string(),
            Origin::Url(u) => format!("a dataset loaded from {u}"),
            Origin::File(f) => format!("a dataset loaded from the file {f}"),
        };
        view! {
            <section aria-labelledby="dataset-h">
                <h2 id="dataset-h">"The dataset"</h2>
                <p>{format!("Shown: {origin}.")}</p>
                <dl class="facts">
                    <dt>"Title"</dt><dd>{d.meta.title.clone()}</dd>
                    <dt>"Version"</dt><dd>{d.meta.version.clone()}</dd>
                    <dt>"Date"</dt><dd>{d.meta.date.clone()}</dd>
                    <dt>"Licence"</dt><dd>{d.meta.licence.clone()}</dd>
                </dl>
                <p>{d.meta.description.clone()}</p>
                <table class="counts-table">
                    <caption>"What it holds"</caption>
                    <tbody>{counts}</tbody>
                </table>
                {(!d.meta.method.is_empty()).then(|| view! { <h3>"Method"</h3><ul>{method}</ul> })}
                {(!d.meta.changelog.is_empty()).then(|| view! {
                    <h3 id="changelog">"What changed, version by version"</h3>
                    <ol class="changelog">{changelog}</ol>
                })}
            </section>
        }
    };
    view! {
        <h1>"About the Vienna Process Explorer"</h1>
        <p class="lede">
            "The Vienna Process for a Democratic Afghanistan brings together the opposition to Taliban rule: armed fronts, political councils, parties, women's movements. "
            "This explorer sets out its five rounds (2022-2025), the factions and people involved, and the documents they adopted, from five source documents and public reporting. "
            "Every statement links to its source; where sources disagree, all values are kept and shown."
        </p>
        <p>"It runs entirely in your browser: nothing you filter or load is sent anywhere."</p>
        {facts}
        <section aria-labelledby="download-h">
            <h2 id="download-h">"Download"</h2>
            <ul>
                <li><a href=links.path("/data/vienna-process.json") download="vienna-process.json">"The dataset (JSON)"</a></li>
                <li><a href=links.path("/data/vienna-process.schema.json") download="vienna-process.schema.json">"Its JSON Schema"</a></li>
            </ul>
        </section>
        <LoadDataset/>
    }
}

/// Load another dataset: by address (kept in the link) or from a local file.
#[component]
fn LoadDataset() -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let address = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let submit = {
        let set_view = set_view.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let a = address.get_untracked().trim().to_string();
            if !is_loadable_address(&a) {
                problem.set("Give an address starting with https:// or http://, or a path on this site starting with /.".into());
                return;
            }
            problem.set(String::new());
            let mut s = url.state.get_untracked();
            s.data = Some(a);
            set_view(s, false);
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_BYTES as f64 {
            problem.set(format!(
                "The file {name} is {:.1} MiB; the limit is {} MiB.",
                file.size() / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ));
            return;
        }
        problem.set(String::new());
        // The file is not in the link: drop any dataset address from it first.
        let mut s = url.state.get_untracked();
        if s.data.take().is_some() {
            set_view(s, false);
        }
        wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(file.text()).await {
                Ok(text) => {
                    store.load_text(&text.as_string().unwrap_or_default(), Origin::File(name))
                }
                Err(_) => problem.set(format!("The file {name} could not be read.")),
            }
        });
    };
    view! {
        <section aria-labelledby="load-h" class="load-dataset">
            <h2 id="load-h">"View another dataset"</h2>
            <p>
                {format!("A dataset in the same format (see the schema above) can be shown instead of the built-in one. It is checked by the same validator first; if anything is wrong, the page says what and where, and the built-in dataset stays. Limit: {} MiB.", MAX_BYTES / 1_048_576)}
            </p>
            <form on:submit=submit>
                <label for="data-url">"Address of a dataset (JSON)"</label>
                <input id="data-url" type="url" inputmode="url" placeholder="https://example.org/vienna-process.json"
                    prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev))/>
                <button type="submit">"Load and put it in the link"</button>
            </form>
            <p class="note">"The server must allow cross-site loading (CORS). The address goes into the page's link, so sharing the link shares the dataset."</p>
            <label for="data-file">"Or a file on this device"</label>
            <input id="data-file" type="file" accept=".json,application/json" on:change=on_file/>
            <p role="alert" class="error-detail">{move || problem.get()}</p>
        </section>
    }
}
