//! A person's profile: names, roles over time, rounds; ethnicity or religion
//! only where a source states it.

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList, Inferred};
use crate::components::names::{FactionLink, RoundLink};
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::date::{format_period, format_text};
use crate::data::model::{Person, Subject};
use crate::query::vocab::Vocab;
use crate::routes::disagreements::DisagreementList;
use crate::site::use_links;
use crate::store::Store;

#[component]
pub fn PersonPage() -> impl IntoView {
    let profile = Profile {
        what: "person",
        list: "/people/",
        list_label: "See everyone the sources name",
        find: Catalog::person,
    };
    profile_page(profile, |p| view! { <PersonView person=p/> }.into_any())
}

#[component]
fn PersonView(person: Person) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let data = store.data.get_untracked();
    let cat = &data.catalog;
    let p = person;
    let variants = p
        .variants
        .iter()
        .map(|v| view! { <li>{v.name.clone()}" "<Inferred inferred=v.inferred/><Cites cites=v.cites.clone()/></li> })
        .collect_view();
    let roles = p
        .roles
        .iter()
        .map(|r| {
            let when = format_period(r.since.as_deref(), r.until.as_deref());
            view! {
                <li>
                    {r.title.clone()}
                    {r.faction.clone().map(|f| view! { ", "<FactionLink id=f full=true/> })}
                    {when}" "<Cites cites=r.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let communities = p
        .communities
        .iter()
        .map(|c| view! { <li>{cat.community_name(&c.community).to_string()}" "<Cites cites=c.cites.clone()/></li> })
        .collect_view();
    let rounds = cat
        .attendance_of(&p.id)
        .into_iter()
        .map(|(r, a)| {
            view! {
                <li>
                    <RoundLink number=r.number/>{format!(": {}", a.mode.label())}
                    {a.faction.clone().map(|f| view! { " for "<FactionLink id=f/> })}
                    {a.note.clone().map(|n| format!(" ({n})"))}
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
                .map(|d| format_text(&d.start, d.end.as_deref()))
                .unwrap_or_default();
            view! { <li>{format!("{when}: {}", e.title)}" "<Cites cites=e.cites.clone()/></li> }
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
            <p class="breadcrumb"><a href=links.path("/people/")>"People"</a></p>
            <h1>{p.name.clone()}</h1>
            <p>{p.summary.clone()}</p>
            {(!p.variants.is_empty()).then(|| view! { <section><h2>"Other spellings and names"</h2><ul>{variants}</ul></section> })}
            {(!p.roles.is_empty()).then(|| view! { <section><h2>"Roles and affiliations"</h2><ul>{roles}</ul></section> })}
            <section>
                <h2>"Ethnicity or religion"</h2>
                {if p.communities.is_empty() {
                    view! { <p>"No source in this dataset states it, so it is not recorded."</p> }.into_any()
                } else {
                    view! { <ul>{communities}</ul> }.into_any()
                }}
            </section>
            {has_rounds.then(|| view! { <section><h2>"Rounds"</h2><ul>{rounds}</ul></section> })}
            {has_events.then(|| view! { <section><h2>"Events"</h2><ul>{events}</ul></section> })}
            {(!p.notes.is_empty()).then(|| view! { <section><h2>"Notes"</h2><ClaimList claims=p.notes.clone()/></section> })}
            {(!disagreements.is_empty()).then(|| view! {
                <section><h2>"Where sources disagree"</h2><DisagreementList items=disagreements.clone()/></section>
            })}
        </article>
    }
}
