//! Every source the dataset rests on.

use leptos::prelude::*;

use crate::components::data_text::Data;
use crate::data::claims::claims_citing;
use crate::data::model::SourceKind;
use crate::i18n::messages::Arg;
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

#[component]
pub fn SourcesPage() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let list = move || {
        let data = store.data.get();
        let state = url.carried.get();
        SourceKind::ALL
            .iter()
            .copied()
            .filter(|k| data.catalog.data.sources.iter().any(|s| s.kind == *k))
            .map(|k| {
                let items = data
                    .catalog
                    .data
                    .sources
                    .iter()
                    .filter(|s| s.kind == k)
                    .map(|s| {
                        let n = claims_citing(&data.claims, &s.id).len();
                        let by = [s.author.clone(), s.publisher.clone(), s.date.clone()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <li>
                                <a href=links.source(&s.id, &state)><Data text=s.title.clone()/></a>
                                {(!by.is_empty()).then(|| view! { " (" <Data text=by/> ")" })}
                                <span class="count">{format!(" · {}", t.f("sources-cited-times", &[("n", Arg::Num(n as i64))]))}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <section><h2>{t.t(&k.key())}</h2><ul class="source-list">{items}</ul></section> }
            })
            .collect_view()
    };
    view! {
        <h1>{t.t("sources-title")}</h1>
        <p class="lede">{t.t("sources-lede")}" "
            <a href=links.path("/disagreements")>{t.t("sources-see-disagreements")}</a>
        </p>
        {list}
    }
}
