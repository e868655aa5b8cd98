//! About: what the explorer is, the dataset's version and counts, downloads,
//! and loading another dataset by address or from a file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::data_text::data_attrs;
use crate::data::validate::MAX_BYTES;
use crate::i18n::messages::Arg;
use crate::query::datafiles::DATASET;
use crate::query::state::is_loadable_address;
use crate::site::{use_links, use_texts};
use crate::store::{Origin, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn AboutPage() -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let store = Store::use_store();
    let links = use_links();
    let facts = move || {
        let data = store.data.get();
        let d = &data.catalog.data;
        let cites: usize = data.claims.iter().map(|c| c.cites.len()).sum();
        let counts = [
            ("about-count-rounds", d.rounds.len()),
            ("about-count-factions", d.factions.len()),
            ("about-count-people", d.people.len()),
            ("about-count-events", d.events.len()),
            ("about-count-documents", d.documents.len()),
            ("about-count-sources", d.sources.len()),
            ("about-count-claims", data.claims.len()),
            ("about-count-citations", cites),
            ("about-count-disagreements", d.disagreements.len()),
        ]
        .into_iter()
        .map(|(k, v)| view! { <tr><th scope="row">{t.t(k)}</th><td>{t.num(v as i64)}</td></tr> })
        .collect_view();
        let method = d
            .meta
            .method
            .iter()
            .map(|m| view! { <li lang=lang dir=dir>{m.clone()}</li> })
            .collect_view();
        let changelog = d
            .meta
            .changelog
            .iter()
            .map(|e| {
                let changes = e
                    .changes
                    .iter()
                    .map(|c| view! { <li lang=lang dir=dir>{c.clone()}</li> })
                    .collect_view();
                view! {
                    <li>
                        <strong>{t.f("about-version-n", &[("version", Arg::Text(&e.version))])}</strong>
                        " ("<time datetime=e.date.clone()>{t.date_text(&e.date, None)}</time>")"
                        <ul>{changes}</ul>
                    </li>
                }
            })
            .collect_view();
        let origin = match &data.origin {
            Origin::Embedded => t.t("about-shown-embedded"),
            Origin::Url(u) => t.f("about-shown-url", &[("from", Arg::Text(u))]),
            Origin::File(f) => t.f("about-shown-file", &[("name", Arg::Text(f))]),
        };
        view! {
            <section aria-labelledby="dataset-h">
                <h2 id="dataset-h">{t.t("about-dataset")}</h2>
                <p>{origin}</p>
                <dl class="facts">
                    <dt>{t.t("about-title-label")}</dt><dd lang=lang dir=dir>{d.meta.title.clone()}</dd>
                    <dt>{t.t("about-version")}</dt><dd dir="ltr">{d.meta.version.clone()}</dd>
                    <dt>{t.t("document-date")}</dt><dd>{t.date_text(&d.meta.date, None)}</dd>
                    <dt>{t.t("about-licence")}</dt><dd lang=lang dir=dir>{d.meta.licence.clone()}</dd>
                </dl>
                <p lang=lang dir=dir>{d.meta.description.clone()}</p>
                <table class="counts-table">
                    <caption>{t.t("about-holds")}</caption>
                    <tbody>{counts}</tbody>
                </table>
                {(!d.meta.method.is_empty()).then(|| view! { <h3>{t.t("about-method")}</h3><ul>{method}</ul> })}
                {(!d.meta.changelog.is_empty()).then(|| view! {
                    <h3 id="changelog">{t.t("about-changelog")}</h3>
                    <ol class="changelog">{changelog}</ol>
                })}
            </section>
        }
    };
    view! {
        <h1>{t.t("about-heading")}</h1>
        <p class="lede">{t.t("about-lede")}</p>
        <p>{t.t("about-private")}</p>
        {facts}
        <crate::components::page_data::VersionList/>
        <section aria-labelledby="download-h">
            <h2 id="download-h">{t.t("about-download")}</h2>
            <ul>
                <li><a href=links.asset(DATASET) download="vienna-process.json">{t.t("about-download-json")}</a></li>
                <li><a href=links.asset("/data/vienna-process.schema.json") download="vienna-process.schema.json">{t.t("about-download-schema")}</a></li>
            </ul>
        </section>
        <LoadDataset/>
    }
}

/// Load another dataset: by address (kept in the link) or from a local file.
#[component]
fn LoadDataset() -> impl IntoView {
    let t = use_texts();
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
                problem.set(t.t("load-bad-address"));
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
            problem.set(t.f(
                "load-file-too-large",
                &[
                    ("name", Arg::Text(&name)),
                    ("mib", Arg::Num((file.size() / 1_048_576.0).ceil() as i64)),
                    ("max", Arg::Num((MAX_BYTES / 1_048_576) as i64)),
                ],
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
                Err(_) => problem.set(t.f("load-file-unreadable", &[("name", Arg::Text(&name))])),
            }
        });
    };
    view! {
        <section aria-labelledby="load-h" class="load-dataset">
            <h2 id="load-h">{t.t("load-heading")}</h2>
            <p>{t.f("load-explain", &[("max", Arg::Num((MAX_BYTES / 1_048_576) as i64))])}</p>
            <form on:submit=submit>
                <label for="data-url">{t.t("load-address")}</label>
                <input id="data-url" type="url" inputmode="url" dir="ltr" placeholder="https://example.org/vienna-process.json"
                    prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev))/>
                <button type="submit">{t.t("load-submit")}</button>
            </form>
            <p class="note">{t.t("load-cors")}</p>
            <label for="data-file">{t.t("load-file")}</label>
            <input id="data-file" type="file" accept=".json,application/json" on:change=on_file/>
            <p role="alert" class="error-detail">{move || problem.get()}</p>
        </section>
    }
}
