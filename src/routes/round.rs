//! A round's page: everything the sources say about one Vienna Process round.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::cite::{Cites, ClaimList, Inferred};
use crate::components::data_text::{data_attrs, LocalName, LocalText, WithData};
use crate::components::names::{FactionLink, PersonLink, RoundLink};
use crate::components::notices::Notices;
use crate::components::references::References;
use crate::components::round_strip::RoundStrip;
use crate::components::share::Share;
use crate::data::model::{Round, Subject};
use crate::i18n::messages::Arg;
use crate::query::compare::compare;
use crate::query::head::round_title;
use crate::query::links::round_number;
use crate::query::participation::{count_text, participation, range_text};
use crate::query::references::of_round;
use crate::query::select::{attendee_groups, highlights, identity_filter_active};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
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
    let t = use_texts();
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
        <h1>{t.t("not-found-round")}</h1>
        <div class="notice" role="alert">
            <p>{t.t("round-missing")}" "<code dir="ltr">{asked}</code></p>
        </div>
        <p>{t.t("round-existing")}</p>
        <ul class="round-index">{rounds}</ul>
    }
}

#[component]
fn RoundView(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let round_n = move |n: u8| t.f("round-n", &[("n", Arg::Num(i64::from(n)))]);
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let data = store.data.get_untracked();
    let numbers = data.catalog.round_numbers();
    let pos = numbers.iter().position(|&n| n == round.number);
    let prev = pos.and_then(|i| i.checked_sub(1)).map(|i| numbers[i]);
    let next = pos.and_then(|i| numbers.get(i + 1)).copied();
    let n = round.number;
    let pager = move |label: String| {
        let state = url.carried.get();
        view! {
            <nav class="pager" aria-label=label>
                {prev.map(|p| view! { <a rel="prev" href=links.round(p, &state)><span aria-hidden="true" class="arrow-back">"← "</span>{round_n(p)}</a> })}
                {next.map(|p| view! { <a rel="next" href=links.round(p, &state)>{round_n(p)}<span aria-hidden="true" class="arrow-forward">" →"</span></a> })}
            </nav>
        }
    };
    let dates = round
        .dates
        .iter()
        .map(|d| {
            view! {
                <li>
                    {t.date_text(&d.start, d.end.as_deref())}
                    {d.note.clone().map(|note| view! { " (" <span lang=lang dir=dir>{note}</span> ")" })}
                    " "
                    <Cites cites=d.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let venues = round
        .venues
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let of = format!("round:{}", round.number);
            view! {
                <li>
                    <LocalName of=of.clone() field=format!("venues.{i}.name")/>{t.t("comma")}<LocalName of=of field=format!("venues.{i}.city")/>
                    {v.note.clone().map(|note| view! { " (" <span lang=lang dir=dir>{note}</span> ")" })}
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
                    <strong>{count_text(t, c)}</strong>
                    " "
                    <q class="stated" lang=lang dir=dir>{c.stated.clone()}</q>
                    {c.note.clone().map(|note| view! { " (" <span lang=lang dir=dir>{note}</span> ")" })}
                    " "
                    <Cites cites=c.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    let women = round
        .women_share
        .iter()
        .map(|w| view! { <li>{t.t("round-women")}" "<q lang=lang dir=dir>{w.stated.clone()}</q>" "<Cites cites=w.cites.clone()/></li> })
        .collect_view();
    let communities = round
        .communities
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong><LocalName of=format!("community:{}", c.community) field="name"/></strong>
                    {format!(" ({}): ", t.t(&c.level.key()))}
                    <span lang=lang dir=dir>{c.text.clone()}</span>
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
                (None, None) => view! { <span lang=lang dir=dir>{x.actor.clone()}</span> }.into_any(),
            };
            view! {
                <li>
                    <strong>{who}</strong>
                    {(x.person.is_some() || x.faction.is_some()).then(|| view! { " (" <span lang=lang dir=dir>{x.actor.clone()}</span> ")" })}
                    ": "
                    <span lang=lang dir=dir>{x.text.clone()}</span>
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
            let href = move || links.document(&id, &url.carried.get());
            view! { <li><a href=href lang=lang dir=dir>{title}</a></li> }
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
                    {format!(": {}. ", t.t(&p.status.key()))}
                    <span lang=lang dir=dir>{p.text.clone()}</span>
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
                .map(|v| view! { <li><span lang=lang dir=dir>{v.value.clone()}</span>" "<Cites cites=v.cites.clone()/></li> })
                .collect_view();
            let href = links.path(&format!("/disagreements#{}", d.id));
            view! {
                <li>
                    <a href=href lang=lang dir=dir>{d.topic.clone()}</a>
                    <ul class="values">{values}</ul>
                    <p class="note" lang=lang dir=dir>{d.note.clone()}</p>
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
            <p class="breadcrumb"><a href=move || links.with("/timeline", &url.carried.get())>{t.t("nav-timeline")}</a></p>
            <h1>{round_heading(t, &data.catalog, &round)}</h1>
            <RoundStrip n=n/>
            {move || pager(t.t("round-pager"))}
            <Notices/>
            <div class="toolbar"><Share/></div>
            <LocalText of=format!("round:{n}") field="headline" class="headline"/>
            <LocalText of=format!("round:{n}") field="summary"/>
            <section aria-labelledby="when-h">
                <h2 id="when-h">{t.t("round-when")}</h2>
                <h3>{t.t("round-dates")}</h3>
                <ul>{dates}</ul>
                {(!round.venues.is_empty()).then(|| view! { <h3>{t.t("round-venue")}</h3><ul>{venues}</ul> })}
                {(!round.organisers.is_empty()).then(|| view! { <h3>{t.t("round-organisers")}</h3><ClaimList claims=round.organisers.clone()/> })}
            </section>
            <section aria-labelledby="size-h">
                <h2 id="size-h">{t.t("round-participants")}</h2>
                {if round.counts.is_empty() {
                    view! { <p>{t.t("round-no-number")}</p> }.into_any()
                } else {
                    view! { <ul class="counts">{counts}</ul> }.into_any()
                }}
                {(!round.women_share.is_empty()).then(|| view! { <ul>{women}</ul> })}
                {(!round.communities.is_empty() || !round.community_notes.is_empty()).then(|| view! {
                    <h3>{t.t("round-communities")}</h3>
                    <ClaimList claims=round.community_notes.clone()/>
                    <ul>{communities}</ul>
                })}
            </section>
            <Attendees round=round.clone()/>
            {(!round.attendance.is_empty() || data.catalog.data.factions.iter().any(|f| data.catalog.presence(f, n).is_some())).then(|| view! {
                <section aria-labelledby="factions-h">
                    <h2 id="factions-h">{t.t("round-factions")}</h2>
                    <ul>{factions}</ul>
                </section>
            })}
            {(!round.firsts.is_empty()).then(|| view! {
                <section aria-labelledby="firsts-h"><h2 id="firsts-h">{t.t("round-firsts")}</h2><ClaimList claims=round.firsts.clone()/></section>
            })}
            {(!round.outcomes.is_empty()).then(|| view! {
                <section aria-labelledby="outcomes-h"><h2 id="outcomes-h">{t.t("round-outcomes")}</h2><ClaimList claims=round.outcomes.clone()/></section>
            })}
            {(!round.documents.is_empty()).then(|| view! {
                <section aria-labelledby="docs-h"><h2 id="docs-h">{t.t("round-documents")}</h2><ul>{documents}</ul></section>
            })}
            {(!round.reactions.is_empty()).then(|| view! {
                <section aria-labelledby="reactions-h"><h2 id="reactions-h">{t.t("round-reactions")}</h2><ul>{reactions}</ul></section>
            })}
            {has_disagreements.then(|| view! {
                <section aria-labelledby="dis-h">
                    <h2 id="dis-h">{t.t("round-disagreements")}</h2>
                    <ul class="disagreements">{disagreements}</ul>
                </section>
            })}
            <Compare number=n/>
            <References refs=of_round(&data.catalog, &data.claims, n)/>
            {move || pager(t.t("round-pager-end"))}
        </article>
    }
}

/// Attendees grouped by the faction a source ties them to; filter matches highlighted.
#[component]
fn Attendees(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let store = Store::use_store();
    let url = use_url();
    move || {
        let data = store.data.get();
        let filter = url.filter.get();
        if round.attendance.is_empty() {
            return None;
        }
        let groups = attendee_groups(&data.catalog, &round);
        let active = identity_filter_active(&filter);
        let mut matched = 0usize;
        let sections = groups
            .into_iter()
            .map(|(faction, idx)| {
                let heading = match faction {
                    None => view! { <span>{t.t("round-no-faction")}</span> }.into_any(),
                    Some(f) => view! { <FactionLink id=f full=true/> }.into_any(),
                };
                let items = idx
                    .into_iter()
                    .map(|i| {
                        let a = round.attendance[i].clone();
                        let hit = person_matches(&data, &a.person, &filter);
                        if hit {
                            matched += 1;
                        }
                        view! {
                            <li class:highlight=hit>
                                {hit.then(|| view! { <span class="match-mark" aria-hidden="true">"★ "</span><span class="visually-hidden">{t.t("round-matches")}</span> })}
                                <PersonLink id=a.person.clone()/>
                                {format!(" ({})", t.t(&a.mode.key()))}
                                {a.note.clone().map(|n| view! { ": " <span lang=lang dir=dir>{n}</span> })}
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
                t.t("round-no-match")
            } else {
                format!(
                    "★ {}",
                    t.f("round-matched", &[("n", Arg::Num(matched as i64))])
                )
            };
            view! { <p class="highlight-legend" role="status">{text}</p> }
        });
        Some(view! {
            <section aria-labelledby="attendees-h">
                <h2 id="attendees-h">{t.t("round-attendees")}</h2>
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
    let t = use_texts();
    let round_n = move |n: u8| t.f("round-n", &[("n", Arg::Num(i64::from(n)))]);
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
            .map(|m| view! { <option value=m.to_string() selected=current == Some(m)>{round_n(m)}</option> })
            .collect_view()
    };
    let result = move || {
        let data = store.data.get();
        let other = url.state.with(|s| s.compare).filter(|&m| m != number)?;
        data.catalog.round(other)?;
        let c = compare(&data.catalog, number, other);
        let rows = participation(&data.catalog);
        let range =
            |m: u8| range_text(t, rows.iter().find(|r| r.number == m).and_then(|r| r.range));
        let people = |ids: &[String]| {
            if ids.is_empty() {
                return view! { <span>{t.t("compare-none")}</span> }.into_any();
            }
            crate::components::names::PersonList(crate::components::names::PersonListProps {
                ids: ids.to_vec(),
            })
            .into_any()
        };
        let factions = |ids: &[String]| {
            if ids.is_empty() {
                return view! { <span>{t.t("compare-none")}</span> }.into_any();
            }
            crate::components::names::FactionList(crate::components::names::FactionListProps {
                ids: ids.to_vec(),
            })
            .into_any()
        };
        Some(view! {
            <div class="comparison">
                <p>{t.f("compare-stated", &[("a", Arg::Num(i64::from(number))), ("ra", Arg::Text(&range(number))), ("b", Arg::Num(i64::from(other))), ("rb", Arg::Text(&range(other)))])}</p>
                <table>
                    <caption>{t.f("compare-caption", &[("a", Arg::Num(i64::from(number))), ("b", Arg::Num(i64::from(other)))])}</caption>
                    <thead><tr><td></td><th scope="col">{t.t("people-title")}</th><th scope="col">{t.t("people-factions")}</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">{t.f("compare-new", &[("a", Arg::Num(i64::from(number)))])}</th><td>{people(&c.people.new)}</td><td>{factions(&c.factions.new)}</td></tr>
                        <tr><th scope="row">{t.f("compare-missing", &[("a", Arg::Num(i64::from(number))), ("b", Arg::Num(i64::from(other)))])}</th><td>{people(&c.people.missing)}</td><td>{factions(&c.factions.missing)}</td></tr>
                        <tr><th scope="row">{t.t("compare-both")}</th><td>{people(&c.people.returning)}</td><td>{factions(&c.factions.returning)}</td></tr>
                    </tbody>
                </table>
                <p class="note">{t.t("compare-note")}</p>
            </div>
        })
    };
    view! {
        <section aria-labelledby="compare-h" class="compare">
            <h2 id="compare-h">{t.t("compare-heading")}</h2>
            <label for="compare-select">{t.t("compare-with")}</label>
            <select id="compare-select" on:change=on_change>
                <option value="">{t.t("compare-choose")}</option>
                {options}
            </select>
            {result}
        </section>
    }
}

/// "Round 3: …" with the round's name in the edition's language where it has
/// one; an English name is marked as English.
fn round_heading(
    t: &'static crate::i18n::Texts,
    cat: &crate::data::catalog::Catalog,
    round: &Round,
) -> AnyView {
    let of = format!("round:{}", round.number);
    match cat.localized(&of, "name", t.lang) {
        Some(l) if !l.is_fallback() => {
            let title = crate::query::head::round_title_named(t, round.number, l.text);
            view! { <span title=local_title(&l)>{title}</span> }.into_any()
        }
        _ => view! { <WithData text=round_title(t, round) data=round.name.clone()/> }.into_any(),
    }
}

fn local_title(l: &crate::data::catalog::Localized<'_>) -> Option<String> {
    crate::components::data_text::local_attrs(l, |s| s.to_string()).title
}
