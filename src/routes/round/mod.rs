//! A round's page: everything the sources say about one Vienna Process round.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

mod attendees;
mod compare;
mod sections;

use crate::components::cite::ClaimList;
use crate::components::data_text::{LocalText, WithData};
use crate::components::names::RoundLink;
use crate::components::notices::Notices;
use crate::components::references::References;
use crate::components::round_strip::RoundStrip;
use crate::components::share::Share;
use crate::data::model::Round;
use crate::query::head::round_title;
use crate::query::links::round_number;
use crate::query::references::of_round;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

use self::attendees::Attendees;
use self::compare::Compare;
use self::sections::{
    RoundDisagreements, RoundDocuments, RoundFactions, RoundPager, RoundReactions, RoundSize,
    RoundWhen,
};

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

/// One round's record, section by section; every statement carries its sources.
#[component]
fn RoundView(round: Round) -> impl IntoView {
    let t = use_texts();
    let links = use_links();
    let url = use_url();
    let data = Store::use_store().data.get_untracked();
    let n = round.number;
    view! {
        <article class="round-page">
            <p class="breadcrumb"><a href=move || url.carried.with(|c| links.with("/timeline", c))>{t.t("nav-timeline")}</a></p>
            <h1>{round_heading(t, &data.catalog, &round)}</h1>
            <RoundStrip n=n/>
            <RoundPager n=n label="round-pager"/>
            <Notices/>
            <div class="toolbar"><Share/></div>
            <LocalText of=format!("round:{n}") field="headline" class="headline"/>
            <LocalText of=format!("round:{n}") field="summary"/>
            <RoundWhen round=round.clone()/>
            <RoundSize round=round.clone()/>
            <Attendees round=round.clone()/>
            <RoundFactions round=round.clone()/>
            {(!round.firsts.is_empty()).then(|| view! {
                <section aria-labelledby="firsts-h"><h2 id="firsts-h">{t.t("round-firsts")}</h2><ClaimList claims=round.firsts.clone()/></section>
            })}
            {(!round.outcomes.is_empty()).then(|| view! {
                <section aria-labelledby="outcomes-h"><h2 id="outcomes-h">{t.t("round-outcomes")}</h2><ClaimList claims=round.outcomes.clone()/></section>
            })}
            <RoundDocuments round=round.clone()/>
            <RoundReactions round=round.clone()/>
            <RoundDisagreements n=n/>
            <Compare number=n/>
            <References refs=of_round(&data.catalog, &data.claims, n)/>
            <RoundPager n=n label="round-pager-end"/>
        </article>
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
