//! A document adopted or issued around the rounds (the roadmap, declarations).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::cite::{Cites, ClaimList};
use crate::components::missing::Missing;
use crate::components::names::RoundLink;
use crate::components::title::use_title;
use crate::data::date::format_text;
use crate::store::Store;

#[component]
pub fn DocumentPage() -> impl IntoView {
    let params = use_params_map();
    let store = Store::use_store();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    use_title(move || {
        let data = store.data.get();
        data.catalog
            .document(&id())
            .map_or("Document not found".into(), |d| d.title.clone())
    });
    move || {
        let data = store.data.get();
        let Some(d) = data.catalog.document(&id()).cloned() else {
            return view! { <Missing what="document" id=id() list="/sources" list_label="See all sources"/> }
            .into_any();
        };
        let sections = d
            .sections
            .iter()
            .map(|s| view! { <section><h2>{s.heading.clone()}</h2><ClaimList claims=s.items.clone()/></section> })
            .collect_view();
        view! {
            <article class="document-page">
                <p class="breadcrumb">"Document"</p>
                <h1>{d.title.clone()}</h1>
                <dl class="facts">
                    <dt>"Issued by"</dt><dd>{d.issuer.clone()}</dd>
                    {d.date.clone().map(|x| view! { <dt>"Date"</dt><dd>{format_text(&x, None)}</dd> })}
                    {d.round.map(|n| view! { <dt>"Round"</dt><dd><RoundLink number=n/></dd> })}
                    <dt>"Kind"</dt><dd>{format!("{:?}", d.kind).to_lowercase()}</dd>
                </dl>
                <p>{d.summary.clone()}" "<Cites cites=d.cites.clone()/></p>
                <p class="note">"Items below are the project's own summaries, each with its source."</p>
                {sections}
            </article>
        }
        .into_any()
    }
}
