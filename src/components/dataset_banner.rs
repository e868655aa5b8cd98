//! Says which dataset is shown, and what went wrong loading another one.

use leptos::prelude::*;

use crate::store::{LoadStatus, Origin, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn DatasetBanner() -> impl IntoView {
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
        let version = format!("{} version {} ({})", meta.title, meta.version, meta.date);
        match &data.origin {
            Origin::Embedded => None,
            Origin::Url(u) => Some(format!("Showing a dataset loaded from {u}: {version}.")),
            Origin::File(f) => Some(format!(
                "Showing a dataset loaded from the file {f}: {version}."
            )),
        }
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
                                "Return to the embedded dataset"
                            </button>
                        </p>
                    }
                })
            }}
            {move || match store.status.get() {
                LoadStatus::Idle => None,
                LoadStatus::Loading(u) => Some(
                    view! { <p class="banner loading">{format!("Loading the dataset at {u}…")}</p> }.into_any(),
                ),
                LoadStatus::Failed { from, message } => Some(
                    view! {
                        <div class="banner error" role="alert">
                            <p><strong>{format!("The dataset from {from} could not be used.")}</strong></p>
                            <p class="error-detail">{message}</p>
                            <p>"The embedded dataset is shown instead."</p>
                        </div>
                    }
                    .into_any(),
                ),
            }}
        </div>
    }
}
