//! A round's page: everything the sources say about one Vienna Process round.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::cite::{Cites, ClaimList, Inferred};
use crate::components::copy_link::CopyLink;
use crate::components::names::{FactionLink, PersonLink, RoundLink};
use crate::components::notices::Notices;
use crate::data::date::format_text;
use crate::data::model::{Round, Subject};
use crate::query::compare::compare;
use crate::query::links::round_number;
use crate::query::participation::{count_text, participation, range_text};
use crate::query::select::highlights;
use crate::query::vocab::Vocab;
use crate::site::use_links;
use crate::store::{Loaded, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn RoundPage() -> impl IntoView {
    let params = use_params_map();
    let store = Store::use_store();
    let raw = move || params.with(|p| p.get("n").unwrap_or_default());
    let number = Memo::new(move |_| round_number(&raw()));
    move || {
        let data = store.data.get();
        match number.get().and_then(|n| data.catalog.round(n).cloned()) {
            Some(r) => view! { <RoundView round=r/> }.into_any(),
            None => view! { <NoSuchRound asked=raw()/> }.into_any(),
        }
    }
}

/// An unknown round in a link: say so, and list the rounds that exist.
#[component]
fn NoSuchRound(asked: String) -> impl IntoView {
    let store = Store::use_store();
    let rounds = store
        .data
        .get_untracked()
        .catalog
        .round_numbers()
        .into_iter()
        .map(|n| view! { <li><RoundLink number=n/></li> })
        .collect_view();
    view! {
        <h1>"Round not found"</h1>
        <div class="notice" role="alert">
            <p>"This dataset has no round " <code>{asked}</code> "."</p>
        </div>
        <p>"The rounds it has:"</p>
        <ul class="round-index">{rounds}</ul>
    }
}

#[component]
fn RoundView(round: Round) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let data = store.data.get_untracked();
    let numbers = data.catalog.round_numbers();
    let pos = numbers.iter().position(|&n| n == round.number);
    let prev = pos.and_then(|i| i.checked_sub(1)).map(|i| numbers[i]);
    let next = pos.and_then(|i| numbers.get(i + 1)).copied();
    let n = round.number;
    let pager = move |label: &'static str| {
        let state = url.state.get();
        view! {
            <nav class="pager" aria-label=label>
                {prev.map(|p| view! { <a rel="prev" href=links.round(p, &state)>{format!("← Round {p}")}</a> })}
                {next.map(|p| view! { <a rel="next" href=links.round(p, &state)>{format!("Round {p} →")}</a> })}
            </nav>
        }
    };
    let dates = round
        .dates
        .iter()
        .map(|d| {
            view! {
                <li>
                    {format_text(&d.start, d.end.as_deref())}
                    {d.note.clone().map(|note| view! { " (" {note} ")" })}
                    " "
                    <Cites cites=d.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let venues = round
        .venues
        .iter()
        .map(|v| {
            view! {
                <li>
                    {format!("{}, {}", v.name, v.city)}
                    {v.note.clone().map(|note| view! { " (" {note} ")" })}
                    " "
                    <Cites cites=v.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let counts = round
        .counts
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong>{count_text(c)}</strong>
                    " "
                    <q class="stated">{c.stated.clone()}</q>
                    {c.note.clone().map(|note| view! { " (" {note} ")" })}
                    " "
                    <Cites cites=c.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let women = round
        .women_share
        .iter()
        .map(|w| view! { <li>{format!("Women: {}", w.stated)}" "<Cites cites=w.cites.clone()/></li> })
        .collect_view();
    let communities = round
        .communities
        .iter()
        .map(|c| {
            let name = data.catalog.community_name(&c.community).to_string();
            view! {
                <li>
                    <strong>{name}</strong>
                    {format!(" ({:?}): ", c.level).to_lowercase()}
                    {c.text.clone()}
                    " "
                    <Inferred inferred=c.inferred/>
                    <Cites cites=c.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let reactions = round
        .reactions
        .iter()
        .map(|x| {
            let who = match (&x.person, &x.faction) {
                (Some(p), _) => view! { <PersonLink id=p.clone()/> }.into_any(),
                (None, Some(f)) => view! { <FactionLink id=f.clone() full=true/> }.into_any(),
                (None, None) => view! { <span>{x.actor.clone()}</span> }.into_any(),
            };
            view! {
                <li>
                    <strong>{who}</strong>
                    {(x.person.is_some() || x.faction.is_some()).then(|| format!(" ({})", x.actor))}
                    ": "
                    {x.text.clone()}
                    " "
                    <Inferred inferred=x.inferred/>
                    <Cites cites=x.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let documents = round
        .documents
        .iter()
        .filter_map(|id| data.catalog.document(id))
        .map(|d| {
            let id = d.id.clone();
            let title = d.title.clone();
            let href = move || links.document(&id, &url.state.get());
            view! { <li><a href=href>{title}</a></li> }
        })
        .collect_view();
    let factions = data
        .catalog
        .data
        .factions
        .iter()
        .filter_map(|f| {
            data.catalog
                .presence(f, n)
                .map(|p| (f.id.clone(), p.clone()))
        })
        .map(|(id, p)| {
            view! {
                <li>
                    <FactionLink id=id full=true/>
                    {format!(": {}. ", p.status.label())}
                    {p.text.clone()}
                    " "
                    <Inferred inferred=p.inferred/>
                    <Cites cites=p.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let disagreements = data
        .catalog
        .disagreements_about(&Subject::Round(n))
        .into_iter()
        .map(|d| {
            let values = d
                .values
                .iter()
                .map(|v| view! { <li>{v.value.clone()}" "<Cites cites=v.cites.clone()/></li> })
                .collect_view();
            let href = links.path(&format!("/disagreements#{}", d.id));
            view! {
                <li>
                    <a href=href>{d.topic.clone()}</a>
                    <ul class="values">{values}</ul>
                    <p class="note">{d.note.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let has_disagreements = !data
        .catalog
        .disagreements_about(&Subject::Round(n))
        .is_empty();
    view! {
        <article class="round-page">
            <p class="breadcrumb"><a href=move || links.with("/timeline", &url.state.get().carried())>"Timeline"</a></p>
            <h1>{format!("Round {n}: {}", round.name)}</h1>
            {move || pager("Previous and next round")}
            <Notices/>
            <div class="toolbar"><CopyLink/></div>
            <p class="headline">{round.headline.clone()}</p>
            <p>{round.summary.clone()}</p>
            <section aria-labelledby="when-h">
                <h2 id="when-h">"When and where"</h2>
                <h3>"Dates"</h3>
                <ul>{dates}</ul>
                {(!round.venues.is_empty()).then(|| view! { <h3>"Venue"</h3><ul>{venues}</ul> })}
                {(!round.organisers.is_empty()).then(|| view! { <h3>"Organisers"</h3><ClaimList claims=round.organisers.clone()/> })}
            </section>
            <section aria-labelledby="size-h">
                <h2 id="size-h">"Participants"</h2>
                {if round.counts.is_empty() {
                    view! { <p>"No source states a number."</p> }.into_any()
                } else {
                    view! { <ul class="counts">{counts}</ul> }.into_any()
                }}
                {(!round.women_share.is_empty()).then(|| view! { <ul>{women}</ul> })}
                {(!round.communities.is_empty()).then(|| view! {
                    <h3>"Communities, as the sources describe them"</h3>
                    <ul>{communities}</ul>
                })}
            </section>
            <Attendees round=round.clone()/>
            {(!round.attendance.is_empty() || data.catalog.data.factions.iter().any(|f| data.catalog.presence(f, n).is_some())).then(|| view! {
                <section aria-labelledby="factions-h">
                    <h2 id="factions-h">"Factions represented"</h2>
                    <ul>{factions}</ul>
                </section>
            })}
            {(!round.firsts.is_empty()).then(|| view! {
                <section aria-labelledby="firsts-h"><h2 id="firsts-h">"Firsts"</h2><ClaimList claims=round.firsts.clone()/></section>
            })}
            {(!round.outcomes.is_empty()).then(|| view! {
                <section aria-labelledby="outcomes-h"><h2 id="outcomes-h">"Outcomes"</h2><ClaimList claims=round.outcomes.clone()/></section>
            })}
            {(!round.documents.is_empty()).then(|| view! {
                <section aria-labelledby="docs-h"><h2 id="docs-h">"Documents"</h2><ul>{documents}</ul></section>
            })}
            {(!round.reactions.is_empty()).then(|| view! {
                <section aria-labelledby="reactions-h"><h2 id="reactions-h">"Reactions"</h2><ul>{reactions}</ul></section>
            })}
            {has_disagreements.then(|| view! {
                <section aria-labelledby="dis-h">
                    <h2 id="dis-h">"Where sources disagree about this round"</h2>
                    <ul class="disagreements">{disagreements}</ul>
                </section>
            })}
            <Compare number=n/>
            {move || pager("Previous and next round (end of page)")}
        </article>
    }
}

/// Attendees grouped by the faction a source ties them to; filter matches highlighted.
#[component]
fn Attendees(round: Round) -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    move || {
        let data = store.data.get();
        let state = url.state.get();
        if round.attendance.is_empty() {
            return None;
        }
        let mut groups: BTreeMap<(u8, String), Vec<usize>> = BTreeMap::new();
        for (i, a) in round.attendance.iter().enumerate() {
            let faction = a.faction.clone().or_else(|| {
                data.catalog.person(&a.person).and_then(|p| {
                    data.catalog
                        .factions_of(p)
                        .into_iter()
                        .next()
                        .map(String::from)
                })
            });
            // Groups with a faction first, by name; then those without.
            let key = match faction {
                Some(f) => (0, f),
                None => (1, String::new()),
            };
            groups.entry(key).or_default().push(i);
        }
        let active = !(state.filter.factions.is_empty()
            && state.filter.communities.is_empty()
            && state.filter.stances.is_empty()
            && state.filter.faction_kinds.is_empty());
        let mut matched = 0usize;
        let sections = groups
            .into_iter()
            .map(|((_, faction), idx)| {
                let heading = if faction.is_empty() {
                    view! { <span>"No faction stated by the sources"</span> }.into_any()
                } else {
                    view! { <FactionLink id=faction.clone() full=true/> }.into_any()
                };
                let items = idx
                    .into_iter()
                    .map(|i| {
                        let a = round.attendance[i].clone();
                        let hit = person_matches(&data, &a.person, &state.filter);
                        if hit {
                            matched += 1;
                        }
                        view! {
                            <li class:highlight=hit>
                                {hit.then(|| view! { <span class="match-mark" aria-hidden="true">"★ "</span><span class="visually-hidden">"Matches your filters: "</span> })}
                                <PersonLink id=a.person.clone()/>
                                {format!(" ({})", a.mode.label())}
                                {a.note.clone().map(|n| view! { ": " {n} })}
                                " "
                                <Inferred inferred=a.inferred/>
                                <Cites cites=a.cites.clone()/>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="group">
                        <h3>{heading}</h3>
                        <ul>{items}</ul>
                    </li>
                }
            })
            .collect_view();
        let legend = active.then(|| {
            let text = if matched == 0 {
                "No attendee of this round matches your filters.".to_string()
            } else {
                format!("★ {matched} attendee(s) matching your filters are highlighted.")
            };
            view! { <p class="highlight-legend" role="status">{text}</p> }
        });
        Some(view! {
            <section aria-labelledby="attendees-h">
                <h2 id="attendees-h">"Attendees named by the sources"</h2>
                {legend}
                <ul class="attendee-groups">{sections}</ul>
            </section>
        })
    }
}

fn person_matches(data: &Loaded, person: &str, filter: &crate::query::state::Filter) -> bool {
    data.catalog
        .person_index(person)
        .is_some_and(|i| highlights(filter, &data.selection.people[i]))
}

/// "Compare with round N": who and which factions are new, missing or returning.
#[component]
fn Compare(number: u8) -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        let mut state = url.state.get_untracked();
        state.compare = v.parse().ok();
        set_view(state, false);
    };
    let options = move || {
        let data = store.data.get();
        let current = url.state.with(|s| s.compare);
        data.catalog
            .round_numbers()
            .into_iter()
            .filter(|&m| m != number)
            .map(|m| view! { <option value=m.to_string() selected=current == Some(m)>{format!("Round {m}")}</option> })
            .collect_view()
    };
    let result = move || {
        let data = store.data.get();
        let other = url.state.with(|s| s.compare).filter(|&m| m != number)?;
        data.catalog.round(other)?;
        let c = compare(&data.catalog, number, other);
        let rows = participation(&data.catalog);
        let range = |m: u8| range_text(rows.iter().find(|r| r.number == m).and_then(|r| r.range));
        let people = |ids: &[String]| {
            if ids.is_empty() {
                return view! { <span>"none recorded"</span> }.into_any();
            }
            crate::components::names::PersonList(crate::components::names::PersonListProps {
                ids: ids.to_vec(),
            })
            .into_any()
        };
        let factions = |ids: &[String]| {
            if ids.is_empty() {
                return view! { <span>"none recorded"</span> }.into_any();
            }
            crate::components::names::FactionList(crate::components::names::FactionListProps {
                ids: ids.to_vec(),
            })
            .into_any()
        };
        Some(view! {
            <div class="comparison">
                <p>{format!("Participants stated: round {number}: {}; round {other}: {}.", range(number), range(other))}</p>
                <table>
                    <caption>{format!("Round {number} compared with round {other} (only people and factions the sources name)")}</caption>
                    <thead><tr><th scope="col"></th><th scope="col">"People"</th><th scope="col">"Factions"</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">{format!("New at round {number}")}</th><td>{people(&c.people.new)}</td><td>{factions(&c.factions.new)}</td></tr>
                        <tr><th scope="row">{format!("At round {other}, not recorded at {number}")}</th><td>{people(&c.people.missing)}</td><td>{factions(&c.factions.missing)}</td></tr>
                        <tr><th scope="row">"Recorded at both"</th><td>{people(&c.people.returning)}</td><td>{factions(&c.factions.returning)}</td></tr>
                    </tbody>
                </table>
                <p class="note">"Absence from this list means only that no source names them for that round."</p>
            </div>
        })
    };
    view! {
        <section aria-labelledby="compare-h" class="compare">
            <h2 id="compare-h">"Compare with another round"</h2>
            <label for="compare-select">"Compare with"</label>
            <select id="compare-select" on:change=on_change>
                <option value="">"choose a round"</option>
                {options}
            </select>
            {result}
        </section>
    }
}
