//! A faction's profile: names, kind, people, base, composition, stance over
//! time, presence at each round, relations; every statement cited.

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList, CompositionList, Inferred, StanceList};
use crate::components::names::{FactionLink, PersonLink, RoundLink};
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::date::{format_period, format_text};
use crate::data::model::{Faction, Subject};
use crate::query::matrix::CellStatus;
use crate::query::vocab::Vocab;
use crate::routes::disagreements::DisagreementList;
use crate::site::use_links;
use crate::store::Store;

#[component]
pub fn FactionPage() -> impl IntoView {
    let profile = Profile {
        what: "faction",
        list: "/factions/",
        list_label: "See all factions",
        find: Catalog::faction,
    };
    profile_page(profile, |f| view! { <FactionView faction=f/> }.into_any())
}

#[component]
fn FactionView(faction: Faction) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let data = store.data.get_untracked();
    let cat = &data.catalog;
    let f = faction;
    let aliases = f
        .aliases
        .iter()
        .map(|a| view! { <li>{a.name.clone()}" "<Inferred inferred=a.inferred/><Cites cites=a.cites.clone()/></li> })
        .collect_view();
    let people = cat
        .roles_in(&f.id)
        .into_iter()
        .map(|(p, r)| {
            let when = format_period(r.since.as_deref(), r.until.as_deref());
            view! { <li><PersonLink id=p.id.clone()/>{format!(": {}{when}", r.title)}" "<Cites cites=r.cites.clone()/></li> }
        })
        .collect_view();
    let founded = f
        .founded
        .iter()
        .map(|d| {
            view! { <li>{format_text(&d.start, d.end.as_deref())}{d.note.clone().map(|n| format!(" ({n})"))}" "<Cites cites=d.cites.clone()/></li> }
        })
        .collect_view();
    let presence = cat
        .round_numbers()
        .into_iter()
        .map(|n| {
            let p = cat.presence(&f, n).cloned();
            let status = CellStatus::of(p.as_ref());
            view! {
                <tr>
                    <th scope="row"><RoundLink number=n/></th>
                    <td class=format!("cell s-{}", status.slug())><span aria-hidden="true">{status.symbol()}" "</span>{status.label()}</td>
                    <td>{p.map(|p| view! { {p.text.clone()}" "<Inferred inferred=p.inferred/><Cites cites=p.cites.clone()/> })}</td>
                </tr>
            }
        })
        .collect_view();
    let relations = cat
        .relations_of(&f.id)
        .into_iter()
        .map(|r| {
            view! {
                <li>
                    <FactionLink id=r.from.clone()/>" "{r.kind.label()}" "<FactionLink id=r.to.clone()/>
                    ": "{r.text.clone()}" "<Inferred inferred=r.inferred/><Cites cites=r.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let events = cat
        .data
        .events
        .iter()
        .filter(|e| e.factions.contains(&f.id))
        .map(|e| {
            let when = e
                .dates
                .first()
                .map(|d| format_text(&d.start, d.end.as_deref()))
                .unwrap_or_default();
            view! { <li>{format!("{when}: {}", e.title)}" "<Cites cites=e.cites.clone()/></li> }
        })
        .collect_view();
    let disagreements = cat
        .disagreements_about(&Subject::Faction(f.id.clone()))
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    let has_people = !cat.roles_in(&f.id).is_empty();
    let has_relations = !cat.relations_of(&f.id).is_empty();
    let has_events = cat.data.events.iter().any(|e| e.factions.contains(&f.id));
    let matrix = links.path(&format!("/matrix?row={}", f.id));
    view! {
        <article class="profile">
            <p class="breadcrumb"><a href=links.path("/factions/")>"Factions"</a></p>
            <h1>{f.name.clone()}</h1>
            <p class="meta"><span class="kind">{f.kind.label()}</span>{f.short.clone().map(|s| view! { " · " {s} })}" · "<a href=matrix>"Show in the matrix"</a></p>
            <p>{f.summary.clone()}</p>
            {(!f.aliases.is_empty()).then(|| view! { <section><h2>"Other names"</h2><ul>{aliases}</ul></section> })}
            {has_people.then(|| view! { <section><h2>"Leaders and members"</h2><ul>{people}</ul></section> })}
            {(!f.bases.is_empty()).then(|| view! { <section><h2>"Base"</h2><ClaimList claims=f.bases.clone()/></section> })}
            {(!f.founded.is_empty()).then(|| view! { <section><h2>"Founded"</h2><ul>{founded}</ul></section> })}
            {(!f.composition.is_empty()).then(|| view! { <section><h2>"Ethnic composition"</h2><CompositionList composition=f.composition.clone()/></section> })}
            {(!f.stances.is_empty()).then(|| view! { <section><h2>"Stance on armed struggle and negotiation"</h2><StanceList stances=f.stances.clone()/></section> })}
            <section>
                <h2>"Presence at the rounds"</h2>
                <table class="presence">
                    <caption class="visually-hidden">{format!("{} at each round", f.name)}</caption>
                    <thead><tr><th scope="col">"Round"</th><th scope="col">"Status"</th><th scope="col">"Evidence"</th></tr></thead>
                    <tbody>{presence}</tbody>
                </table>
            </section>
            {has_relations.then(|| view! { <section><h2>"Related factions"</h2><ul>{relations}</ul></section> })}
            {has_events.then(|| view! { <section><h2>"Events"</h2><ul>{events}</ul></section> })}
            {(!f.notes.is_empty()).then(|| view! { <section><h2>"Notes"</h2><ClaimList claims=f.notes.clone()/></section> })}
            {(!disagreements.is_empty()).then(|| view! {
                <section><h2>"Where sources disagree"</h2><DisagreementList items=disagreements.clone()/></section>
            })}
        </article>
    }
}
