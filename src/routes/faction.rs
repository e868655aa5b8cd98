//! A faction's profile: names, kind, people, base, composition, stance over
//! time, presence at each round, relations; every statement cited.

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList, CompositionList, Inferred, StanceList};
use crate::components::data_text::{data_attrs, LocalName, LocalText};
use crate::components::disagreement_list::DisagreementList;
use crate::components::names::{FactionLink, NameNote, OtherNames, PersonLink, RoundLink};
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::model::{Faction, Subject};
use crate::query::matrix::cell_status;
use crate::query::vocab::{relation_sentence, Part, Vocab};
use crate::site::{use_links, use_texts};
use crate::store::Store;

#[component]
pub fn FactionPage() -> impl IntoView {
    let profile = Profile {
        what: "faction",
        list: "/factions/",
        find: Catalog::faction,
    };
    profile_page(profile, |f| view! { <FactionView faction=f/> }.into_any())
}

#[component]
fn FactionView(faction: Faction) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let store = Store::use_store();
    let links = use_links();
    let data = store.data.get_untracked();
    let cat = &data.catalog;
    let f = faction;
    let people = cat
        .roles_in(&f.id)
        .into_iter()
        .map(|(p, r)| {
            let when = t.period(r.since.as_deref(), r.until.as_deref());
            view! { <li><PersonLink id=p.id.clone()/>": "<span lang=lang dir=dir>{r.title.clone()}</span>{when}" "<Cites cites=r.cites.clone()/></li> }
        })
        .collect_view();
    let founded = f
        .founded
        .iter()
        .map(|d| {
            view! { <li>{t.date_text(&d.start, d.end.as_deref())}{d.note.clone().map(|n| view! { " (" <span lang=lang dir=dir>{n}</span> ")" })}" "<Cites cites=d.cites.clone()/></li> }
        })
        .collect_view();
    let presence = cat
        .round_numbers()
        .into_iter()
        .map(|n| {
            let p = cat.presence(&f, n).cloned();
            let status = cell_status(cat, &f, n);
            view! {
                <tr>
                    <th scope="row"><RoundLink number=n/></th>
                    <td class=format!("cell s-{}", status.slug())><span aria-hidden="true">{status.symbol()}" "</span>{t.t(&status.key())}</td>
                    <td>{p.map(|p| view! { <span lang=lang dir=dir>{p.text.clone()}</span>" "<Inferred inferred=p.inferred/><Cites cites=p.cites.clone()/> })}</td>
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
                    {relation_sentence(t, r.kind).into_iter().map(|p| match p {
                        Part::From => view! { <FactionLink id=r.from.clone()/> }.into_any(),
                        Part::To => view! { <FactionLink id=r.to.clone()/> }.into_any(),
                        Part::Text(s) => s.into_any(),
                    }).collect_view()}
                    ": "<span lang=lang dir=dir>{r.text.clone()}</span>" "<Inferred inferred=r.inferred/><Cites cites=r.cites.clone()/>
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
                .map(|d| t.date_text(&d.start, d.end.as_deref()))
                .unwrap_or_default();
            view! { <li>{when}": "<LocalName of=format!("event:{}", e.id) field="title"/>" "<Cites cites=e.cites.clone()/></li> }
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
            <p class="breadcrumb"><a href=links.path("/factions/")>{t.t("factions-title")}</a></p>
            <h1><LocalName of=format!("faction:{}", f.id) field="name"/></h1>
            <NameNote of=format!("faction:{}", f.id)/>
            <p class="meta"><span class="kind">{t.t(&f.kind.key())}</span>{f.short.is_some().then(|| view! { " · " <LocalName of=format!("faction:{}", f.id) field="short"/> })}" · "<a href=matrix>{t.t("faction-in-matrix")}</a></p>
            <LocalText of=format!("faction:{}", f.id) field="summary"/>
            {(!f.aliases.is_empty()).then(|| view! { <section><h2>{t.t("faction-aliases")}</h2><ul><OtherNames names=f.aliases.clone()/></ul></section> })}
            {has_people.then(|| view! { <section><h2>{t.t("faction-people")}</h2><ul>{people}</ul></section> })}
            {(!f.bases.is_empty()).then(|| view! { <section><h2>{t.t("faction-base")}</h2><ClaimList claims=f.bases.clone()/></section> })}
            {(!f.founded.is_empty()).then(|| view! { <section><h2>{t.t("faction-founded")}</h2><ul>{founded}</ul></section> })}
            {(!f.composition.is_empty()).then(|| view! { <section><h2>{t.t("factions-composition")}</h2><CompositionList composition=f.composition.clone()/></section> })}
            {(!f.stances.is_empty()).then(|| view! { <section><h2>{t.t("faction-stances")}</h2><StanceList stances=f.stances.clone()/></section> })}
            <section>
                <h2>{t.t("faction-presence")}</h2>
                <table class="presence">
                    <caption class="visually-hidden">{t.t("faction-presence")}</caption>
                    <thead><tr><th scope="col">{t.t("chart-col-round")}</th><th scope="col">{t.t("faction-status")}</th><th scope="col">{t.t("faction-evidence")}</th></tr></thead>
                    <tbody>{presence}</tbody>
                </table>
            </section>
            {has_relations.then(|| view! { <section><h2>{t.t("faction-relations")}</h2><ul>{relations}</ul></section> })}
            {has_events.then(|| view! { <section><h2>{t.t("person-events")}</h2><ul>{events}</ul></section> })}
            {(!f.notes.is_empty()).then(|| view! { <section><h2>{t.t("profile-notes")}</h2><ClaimList claims=f.notes.clone()/></section> })}
            {(!disagreements.is_empty()).then(|| view! {
                <section><h2>{t.t("profile-disagreements")}</h2><DisagreementList items=disagreements.clone()/></section>
            })}
        </article>
    }
}
