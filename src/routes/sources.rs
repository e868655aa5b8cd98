//! Every source the dataset rests on.

use leptos::prelude::*;

use crate::data::claims::claims_citing;
use crate::data::model::SourceKind;
use crate::site::use_links;
use crate::store::Store;
use crate::url_state::use_url;

pub fn kind_label(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Seed => "Source documents",
        SourceKind::News => "News reports",
        SourceKind::Organiser => "Organisers and participating groups",
        SourceKind::Official => "Official records",
        SourceKind::Reference => "Reference works and research notes",
    }
}

#[component]
pub fn SourcesPage() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let list = move || {
        let data = store.data.get();
        let state = url.state.get();
        [SourceKind::Seed, SourceKind::News, SourceKind::Organiser, SourceKind::Official, SourceKind::Reference]
            .into_iter()
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
                                <a href=links.source(&s.id, &state)>{s.title.clone()}</a>
                                {(!by.is_empty()).then(|| format!(" ({by})"))}
                                <span class="count">{format!(" · cited {n} times")}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <section><h2>{kind_label(k)}</h2><ul class="source-list">{items}</ul></section> }
            })
            .collect_view()
    };
    view! {
        <h1>"Sources"</h1>
        <p class="lede">"The five source documents the dataset is built from, and the public reporting used to add exact dates, venues and attendees. Each source's page lists the statements that rest on it. "
            <a href=links.path("/disagreements")>"See where sources disagree."</a>
        </p>
        {list}
    }
}
