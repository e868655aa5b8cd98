//! A document adopted or issued around the rounds (the roadmap, declarations).

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList};
use crate::components::data_text::{Data, LocalName, LocalText};
use crate::components::names::RoundLink;
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::model::Document;
use crate::query::vocab::Vocab;
use crate::site::use_texts;

#[component]
pub fn DocumentPage() -> impl IntoView {
    let profile = Profile {
        what: "document",
        list: "/sources/",
        find: Catalog::document,
    };
    profile_page(profile, |d| view! { <DocumentView document=d/> }.into_any())
}

#[component]
fn DocumentView(document: Document) -> impl IntoView {
    let t = use_texts();
    let d = document;
    let sections = d
        .sections
        .iter()
        .map(|s| view! { <section><h2><Data text=s.heading.clone()/></h2><ClaimList claims=s.items.clone()/></section> })
        .collect_view();
    view! {
        <article class="document-page">
            <p class="breadcrumb">{t.t("document-breadcrumb")}</p>
            <h1><LocalName of=format!("document:{}", d.id) field="title"/></h1>
            <dl class="facts">
                <dt>{t.t("document-issued-by")}</dt><dd><Data text=d.issuer.clone()/></dd>
                {d.date.clone().map(|x| view! { <dt>{t.t("document-date")}</dt><dd>{t.date_text(&x, None)}</dd> })}
                {d.round.map(|n| view! { <dt>{t.t("document-round")}</dt><dd><RoundLink number=n/></dd> })}
                <dt>{t.t("document-kind")}</dt><dd>{t.t(&d.kind.key())}</dd>
            </dl>
            <LocalText of=format!("document:{}", d.id) field="summary"/>
            <p class="cites"><Cites cites=d.cites.clone()/></p>
            <p class="note">{t.t("document-note")}</p>
            {sections}
        </article>
    }
}
