//! Says which dataset is shown, and what went wrong loading another one.

use leptos::prelude::*;

use crate::i18n::messages::Arg;
use crate::i18n::Texts;
use crate::site::use_texts;
use crate::store::{LoadStatus, Origin, Store};
use crate::url_state::{use_url, view_setter};

/// "the file data.json" or the address, as the banner names where a dataset came from.
fn origin_text(texts: &Texts, origin: &Origin) -> String {
    match origin {
        Origin::File(f) => texts.f("origin-file", &[("name", Arg::Text(f))]),
        Origin::Url(u) => u.clone(),
        Origin::Embedded => texts.t("origin-embedded"),
    }
}

#[component]
pub fn DatasetBanner() -> impl IntoView {
    let texts = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let back_to_embedded = move |_| {
        let mut state = url.state.get_untracked();
        state.data = None;
        store.reset();
        set_view(state, false);
    };
    let shown = move || {
        let data = store.data.get();
        let meta = &data.catalog.data.meta;
        if data.origin == Origin::Embedded {
            return None;
        }
        Some(texts.f(
            "banner-showing",
            &[
                ("from", Arg::Text(&origin_text(texts, &data.origin))),
                ("title", Arg::Text(&meta.title)),
                ("version", Arg::Text(&meta.version)),
                ("date", Arg::Text(&meta.date)),
            ],
        ))
    };
    view! {
        <div class="dataset-banner" role="status" aria-live="polite">
            {move || {
                shown().map(|text| {
                    view! {
                        <p class="banner loaded">
                            {text}
                            " "
                            <button type="button" on:click=back_to_embedded.clone()>
                                {texts.t("banner-return")}
                            </button>
                        </p>
                    }
                })
            }}
            {move || match store.status.get() {
                LoadStatus::Idle => None,
                LoadStatus::Loading(u) => Some(
                    view! { <p class="banner loading">{texts.f("banner-loading", &[("from", Arg::Text(&u))])}</p> }.into_any(),
                ),
                LoadStatus::Failed { from, problem } => Some(
                    view! {
                        <div class="banner error" role="alert">
                            <p><strong>{texts.f("banner-failed", &[("from", Arg::Text(&origin_text(texts, &from)))])}</strong></p>
                            <p class="error-detail">{problem.message(texts)}</p>
                            <p>{texts.t("banner-embedded-shown")}</p>
                        </div>
                    }
                    .into_any(),
                ),
            }}
        </div>
    }
}
