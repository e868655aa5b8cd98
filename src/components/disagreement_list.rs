//! A list of disagreements between sources (or within one): every value kept,
//! each with its citations, and links to the records it concerns. Shown on
//! the disagreements page and on the matrix, faction and person pages.

use leptos::prelude::*;

use crate::components::cite::Cites;
use crate::components::data_text::{data_attrs, LocalName, LocalText};
use crate::components::names::{FactionLink, PersonLink, RoundLink};
use crate::data::model::{Disagreement, Subject};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;

fn subject_link(s: &Subject) -> AnyView {
    let links = use_links();
    let (lang, dir) = data_attrs();
    let data = Store::use_store().data.get_untracked();
    let cat = &data.catalog;
    match s {
        Subject::Round(n) => view! { <RoundLink number=*n/> }.into_any(),
        Subject::Faction(id) => view! { <FactionLink id=id.clone() full=true/> }.into_any(),
        Subject::Person(id) => view! { <PersonLink id=id.clone()/> }.into_any(),
        Subject::Document(id) => {
            view! { <a href=links.path(&format!("/documents/{id}"))><LocalName of=format!("document:{id}") field="title"/></a> }
                .into_any()
        }
        Subject::Source(id) => {
            let title = cat
                .source(id)
                .map_or_else(|| id.clone(), |s| s.title.clone());
            view! { <a href=links.path(&format!("/sources/{id}")) lang=lang dir=dir>{title}</a> }
                .into_any()
        }
        Subject::Event(id) => {
            view! { <a href=links.path(&format!("/timeline#event-{id}"))><LocalName of=format!("event:{id}") field="title"/></a> }
                .into_any()
        }
    }
}

/// Disagreements with all their values and the records they concern.
#[component]
pub fn DisagreementList(items: Vec<Disagreement>) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let list = items
        .into_iter()
        .map(|d| {
            let n = d.subjects.len();
            let subjects = d
                .subjects
                .iter()
                .enumerate()
                .map(|(i, s)| view! { {subject_link(s)}{(i + 1 < n).then(|| t.t("comma"))} })
                .collect_view();
            let values = d
                .values
                .iter()
                .map(|v| view! { <li><span class="value" lang=lang dir=dir>{v.value.clone()}</span>" "<Cites cites=v.cites.clone()/></li> })
                .collect_view();
            view! {
                <li class="disagreement" id=d.id.clone()>
                    <h3><LocalName of=format!("disagreement:{}", d.id) field="topic"/></h3>
                    <p class="meta">{t.t(&d.field.key())}" · "{t.t("disagreement-concerns")}" "{subjects}</p>
                    <ul class="values" aria-label=t.t("disagreement-values")>{values}</ul>
                    <LocalText of=format!("disagreement:{}", d.id) field="note" class="note"/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="disagreements">{list}</ul> }
}
