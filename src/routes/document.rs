//! A document adopted or issued around the rounds (the roadmap, declarations).

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList};
use crate::components::names::RoundLink;
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::date::format_text;
use crate::data::model::Document;

#[component]
pub fn DocumentPage() -> impl IntoView {
    let profile = Profile {
        what: "document",
        list: "/sources/",
        list_label: "See all sources",
        find: Catalog::document,
    };
    profile_page(profile, |d| view! { <DocumentView document=d/> }.into_any())
}

#[component]
fn DocumentView(document: Document) -> impl IntoView {
    let d = document;
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
}
