//! Where sources (or one source with itself) disagree: every value kept, each cited.

use leptos::prelude::*;

use crate::components::cite::Cites;
use crate::components::names::{FactionLink, PersonLink, RoundLink};
use crate::data::model::{Disagreement, Subject};
use crate::site::use_links;
use crate::store::Store;

fn subject_link(s: &Subject) -> AnyView {
    let links = use_links();
    match s {
        Subject::Round(n) => view! { <RoundLink number=*n/> }.into_any(),
        Subject::Faction(id) => view! { <FactionLink id=id.clone() full=true/> }.into_any(),
        Subject::Person(id) => view! { <PersonLink id=id.clone()/> }.into_any(),
        Subject::Document(id) => {
            view! { <a href=links.path(&format!("/documents/{id}"))>{id.clone()}</a> }.into_any()
        }
        Subject::Source(id) => {
            view! { <a href=links.path(&format!("/sources/{id}"))>{id.clone()}</a> }.into_any()
        }
        Subject::Event(id) => {
            view! { <a href=links.path(&format!("/timeline#event-{id}"))>{id.clone()}</a> }
                .into_any()
        }
    }
}

/// Disagreements with all their values and the records they concern.
#[component]
pub fn DisagreementList(items: Vec<Disagreement>) -> impl IntoView {
    let list = items
        .into_iter()
        .map(|d| {
            let n = d.subjects.len();
            let subjects = d
                .subjects
                .iter()
                .enumerate()
                .map(|(i, s)| view! { {subject_link(s)}{(i + 1 < n).then_some(", ")} })
                .collect_view();
            let values = d
                .values
                .iter()
                .map(|v| view! { <li><span class="value">{v.value.clone()}</span>" "<Cites cites=v.cites.clone()/></li> })
                .collect_view();
            view! {
                <li class="disagreement" id=d.id.clone()>
                    <h3>{d.topic.clone()}</h3>
                    <p class="meta">{format!("About the {:?}", d.field).to_lowercase()}" · concerns: "{subjects}</p>
                    <ul class="values" aria-label="The values the sources give">{values}</ul>
                    <p class="note">{d.note.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="disagreements">{list}</ul> }
}

#[component]
pub fn DisagreementsPage() -> impl IntoView {
    let store = Store::use_store();
    view! {
        <h1>"Where sources disagree"</h1>
        <p class="lede">
            "Numbers, dates, names and spellings on which the sources differ. No value is picked silently: every one is listed with its source, and the project's reading is in its own words."
        </p>
        <section aria-labelledby="all-dis-h">
            <h2 id="all-dis-h">"All disagreements"</h2>
            {move || view! { <DisagreementList items=store.data.get().catalog.data.disagreements.clone()/> }}
        </section>
    }
}
