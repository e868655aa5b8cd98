//! The sections of a round's page, each from one part of the round's record.

use leptos::prelude::*;

use crate::components::cite::{Cites, ClaimList, Inferred};
use crate::components::data_text::{data_attrs, LocalName};
use crate::components::names::{FactionLink, PersonLink};
use crate::data::model::{Round, Subject};
use crate::i18n::messages::Arg;
use crate::query::participation::count_text;
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

/// "← Round 2 · Round 4 →", keeping the reader's filters.
#[component]
pub(super) fn RoundPager(n: u8, label: &'static str) -> impl IntoView {
    let t = use_texts();
    let links = use_links();
    let url = use_url();
    let numbers = Store::use_store()
        .data
        .with_untracked(|d| d.catalog.round_numbers());
    let pos = numbers.iter().position(|&m| m == n);
    let prev = pos.and_then(|i| i.checked_sub(1)).map(|i| numbers[i]);
    let next = pos.and_then(|i| numbers.get(i + 1)).copied();
    let round_n = move |m: u8| t.f("round-n", &[("n", Arg::Num(i64::from(m)))]);
    let href = move |m: u8| move || url.carried.with(|c| links.round(m, c));
    view! {
        <nav class="pager" aria-label=t.t(label)>
            {prev.map(|p| view! { <a rel="prev" href=href(p)><span aria-hidden="true" class="arrow-back">"← "</span>{round_n(p)}</a> })}
            {next.map(|p| view! { <a rel="next" href=href(p)>{round_n(p)}<span aria-hidden="true" class="arrow-forward">" →"</span></a> })}
        </nav>
    }
}

/// When and where, and who organised it.
#[component]
pub(super) fn RoundWhen(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let note = move |n: Option<String>| {
        n.map(|note| view! { " (" <span lang=lang dir=dir>{note}</span> ")" })
    };
    let dates = round
        .dates
        .iter()
        .map(|d| view! { <li>{t.date_text(&d.start, d.end.as_deref())}{note(d.note.clone())}" "<Cites cites=d.cites.clone()/></li> })
        .collect_view();
    let of = format!("round:{}", round.number);
    let venues = round
        .venues
        .iter()
        .enumerate()
        .map(|(i, v)| {
            view! {
                <li>
                    <LocalName of=of.clone() field=format!("venues.{i}.name")/>{t.t("comma")}<LocalName of=of.clone() field=format!("venues.{i}.city")/>
                    {note(v.note.clone())}" "<Cites cites=v.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="when-h">
            <h2 id="when-h">{t.t("round-when")}</h2>
            <h3>{t.t("round-dates")}</h3>
            <ul>{dates}</ul>
            {(!round.venues.is_empty()).then(|| view! { <h3>{t.t("round-venue")}</h3><ul>{venues}</ul> })}
            {(!round.organisers.is_empty()).then(|| view! { <h3>{t.t("round-organisers")}</h3><ClaimList claims=round.organisers.clone()/> })}
        </section>
    }
}

/// How many took part, as each source states it, and from which communities.
#[component]
pub(super) fn RoundSize(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let counts = round
        .counts
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong>{count_text(t, c)}</strong>" "<q class="stated" lang=lang dir=dir>{c.stated.clone()}</q>
                    {c.note.clone().map(|note| view! { " (" <span lang=lang dir=dir>{note}</span> ")" })}
                    " "<Cites cites=c.cites.clone()/>
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
                    <span lang=lang dir=dir>{c.text.clone()}</span>" "<Inferred inferred=c.inferred/><Cites cites=c.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
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
    }
}

/// The factions the sources place at the round, with their standing; shown
/// when the round records attendance or any faction's presence.
#[component]
pub(super) fn RoundFactions(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let present = Store::use_store().data.with_untracked(|d| {
        d.catalog
            .data
            .factions
            .iter()
            .filter_map(|f| {
                d.catalog
                    .presence(f, round.number)
                    .map(|p| (f.id.clone(), p.clone()))
            })
            .collect::<Vec<_>>()
    });
    let shown = !round.attendance.is_empty() || !present.is_empty();
    let items = present
        .into_iter()
        .map(|(id, p)| {
            view! {
                <li>
                    <FactionLink id=id full=true/>
                    {format!(": {}. ", t.t(&p.status.key()))}
                    <span lang=lang dir=dir>{p.text.clone()}</span>" "<Inferred inferred=p.inferred/><Cites cites=p.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    shown.then(|| {
        view! {
            <section aria-labelledby="factions-h">
                <h2 id="factions-h">{t.t("round-factions")}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// The round's documents, linked to their pages.
#[component]
pub(super) fn RoundDocuments(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let (links, url) = (use_links(), use_url());
    let docs = Store::use_store().data.with_untracked(|d| {
        round
            .documents
            .iter()
            .filter_map(|id| {
                d.catalog
                    .document(id)
                    .map(|doc| (doc.id.clone(), doc.title.clone()))
            })
            .collect::<Vec<_>>()
    });
    let items = docs
        .into_iter()
        .map(|(id, title)| {
            let href = move || url.carried.with(|c| links.document(&id, c));
            view! { <li><a href=href lang=lang dir=dir>{title}</a></li> }
        })
        .collect_view();
    (!round.documents.is_empty()).then(|| view! {
        <section aria-labelledby="docs-h"><h2 id="docs-h">{t.t("round-documents")}</h2><ul>{items}</ul></section>
    })
}

/// What others said of the round, each tied to the person or faction a source names.
#[component]
pub(super) fn RoundReactions(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let items = round
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
                    ": "<span lang=lang dir=dir>{x.text.clone()}</span>" "<Inferred inferred=x.inferred/><Cites cites=x.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    (!round.reactions.is_empty()).then(|| view! {
        <section aria-labelledby="reactions-h"><h2 id="reactions-h">{t.t("round-reactions")}</h2><ul>{items}</ul></section>
    })
}

/// Where the sources disagree about the round: every value, each cited.
#[component]
pub(super) fn RoundDisagreements(n: u8) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let links = use_links();
    let list = Store::use_store().data.with_untracked(|d| {
        d.catalog
            .disagreements_about(&Subject::Round(n))
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    let shown = !list.is_empty();
    let items = list
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
    shown.then(|| {
        view! {
            <section aria-labelledby="dis-h">
                <h2 id="dis-h">{t.t("round-disagreements")}</h2>
                <ul class="disagreements">{items}</ul>
            </section>
        }
    })
}
