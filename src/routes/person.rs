//! A person's profile: names, roles over time, rounds; ethnicity or religion
//! only where a source states it.

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList, Inferred};
use crate::components::data_text::{data_attrs, LocalName, LocalText};
use crate::components::disagreement_list::DisagreementList;
use crate::components::names::{FactionLink, NameNote, OtherNames, RoundLink};
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::model::{Person, Subject};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;

#[component]
pub fn PersonPage() -> impl IntoView {
    let profile = Profile {
        what: "person",
        list: "/people/",
        find: Catalog::person,
    };
    profile_page(profile, |p| view! { <PersonView person=p/> }.into_any())
}

#[component]
fn PersonView(person: Person) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let store = Store::use_store();
    let links = use_links();
    let data = store.data.get_untracked();
    let cat = &data.catalog;
    let p = person;
    let roles = p
        .roles
        .iter()
        .map(|r| {
            let when = t.period(r.since.as_deref(), r.until.as_deref());
            view! {
                <li>
                    <span lang=lang dir=dir>{r.title.clone()}</span>
                    {r.faction.clone().map(|f| view! { ", "<FactionLink id=f full=true/> })}
                    {when}" "<Cites cites=r.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let communities = p
        .communities
        .iter()
        .map(|c| view! { <li><LocalName of=format!("community:{}", c.community) field="name"/>" "<Cites cites=c.cites.clone()/></li> })
        .collect_view();
    let rounds = cat
        .attendance_of(&p.id)
        .into_iter()
        .map(|(r, a)| {
            view! {
                <li>
                    <RoundLink number=r.number/>{format!(": {}", t.t(&a.mode.key()))}
                    {a.faction.clone().map(|f| view! { " "{t.t("person-for")}" "<FactionLink id=f/> })}
                    {a.note.clone().map(|n| view! { " (" <span lang=lang dir=dir>{n}</span> ")" })}
                    " "<Inferred inferred=a.inferred/><Cites cites=a.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let has_rounds = !cat.attendance_of(&p.id).is_empty();
    let events = cat
        .data
        .events
        .iter()
        .filter(|e| e.people.contains(&p.id))
        .map(|e| {
            let when = e
                .dates
                .first()
                .map(|d| t.date_text(&d.start, d.end.as_deref()))
                .unwrap_or_default();
            view! { <li>{when}": "<LocalName of=format!("event:{}", e.id) field="title"/>" "<Cites cites=e.cites.clone()/></li> }
        })
        .collect_view();
    let has_events = cat.data.events.iter().any(|e| e.people.contains(&p.id));
    let disagreements = cat
        .disagreements_about(&Subject::Person(p.id.clone()))
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    view! {
        <article class="profile">
            <p class="breadcrumb"><a href=links.path("/people/")>{t.t("people-title")}</a></p>
            <h1><LocalName of=format!("person:{}", p.id) field="name"/></h1>
            <NameNote of=format!("person:{}", p.id)/>
            <LocalText of=format!("person:{}", p.id) field="summary"/>
            {(!p.variants.is_empty()).then(|| view! { <section><h2>{t.t("person-variants")}</h2><ul><OtherNames names=p.variants.clone()/></ul></section> })}
            {(!p.roles.is_empty()).then(|| view! { <section><h2>{t.t("person-roles")}</h2><ul>{roles}</ul></section> })}
            <section>
                <h2>{t.t("person-community")}</h2>
                {if p.communities.is_empty() {
                    view! { <p>{t.t("person-community-none")}</p> }.into_any()
                } else {
                    view! { <ul>{communities}</ul> }.into_any()
                }}
            </section>
            {has_rounds.then(|| view! { <section><h2>{t.t("people-rounds")}</h2><ul>{rounds}</ul></section> })}
            {has_events.then(|| view! { <section><h2>{t.t("person-events")}</h2><ul>{events}</ul></section> })}
            {(!p.notes.is_empty()).then(|| view! { <section><h2>{t.t("profile-notes")}</h2><ClaimList claims=p.notes.clone()/></section> })}
            {(!disagreements.is_empty()).then(|| view! {
                <section><h2>{t.t("profile-disagreements")}</h2><DisagreementList items=disagreements.clone()/></section>
            })}
        </article>
    }
}
