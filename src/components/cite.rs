//! Citations: every statement the app shows carries links to its sources.

use leptos::prelude::*;

use crate::components::data_text::{data_attrs, LocalName, WithData};
use crate::data::model::{Cite, Claim, StanceClaim};
use crate::i18n::messages::Arg;
use crate::query::matrix::{according_to, source_names};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

/// The list of sources behind a statement, each a link to the source's page
/// (to the paragraph, for seed documents).
#[component]
pub fn Cites(cites: Vec<Cite>) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let texts = use_texts();
    let url = use_url();
    let (lang, dir) = data_attrs();
    move || {
        let data = store.data.get();
        let state = url.carried.get();
        let items = cites
            .iter()
            .map(|c| {
                let label = data.catalog.source_label(&c.source);
                let title = data
                    .catalog
                    .source(&c.source)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                let (text, href) = match c.para {
                    Some(p) => (
                        format!("{label}, ¶{p}"),
                        format!("{}#p{p}", links.source(&c.source, &state)),
                    ),
                    None => (label, links.source(&c.source, &state)),
                };
                view! { <span role="listitem"><a href=href title=title lang=lang dir=dir>{text}</a></span> }
            })
            .collect_view();
        // Phrasing content only: citations sit inside paragraphs, where a <ul>
        // would end the paragraph when the browser parses the built HTML.
        view! {
            <span class="cites" role="list" aria-label=texts.t("cites-label")>{items}</span>
        }
    }
}

/// A mark for statements the project infers rather than a source states.
#[component]
pub fn Inferred(inferred: bool) -> impl IntoView {
    inferred.then(|| {
        view! {
            <span class="badge inferred" title=use_texts().t("inferred-title")>
                {use_texts().t("inferred")}
            </span>
        }
    })
}

/// A statement with its sources.
#[component]
pub fn ClaimText(claim: Claim) -> impl IntoView {
    let (lang, dir) = data_attrs();
    view! {
        <span class="claim">
            <span lang=lang dir=dir>{claim.text}</span>
            " "
            <Inferred inferred=claim.inferred/>
            <Cites cites=claim.cites/>
        </span>
    }
}

/// A list of statements with their sources; nothing when empty.
#[component]
pub fn ClaimList(claims: Vec<Claim>) -> impl IntoView {
    (!claims.is_empty()).then(|| {
        let items = claims
            .into_iter()
            .map(|c| view! { <li><ClaimText claim=c/></li> })
            .collect_view();
        view! { <ul class="claims">{items}</ul> }
    })
}

/// A faction's ethnic composition as the sources describe it, each with its sources.
#[component]
pub fn CompositionList(composition: Vec<crate::data::model::Composition>) -> impl IntoView {
    let (lang, dir) = data_attrs();
    let items = composition
        .into_iter()
        .map(|c| {
            let names = c
                .communities
                .iter()
                .map(|id| view! { <LocalName of=format!("community:{id}") field="name"/> })
                .collect::<Vec<_>>();
            let n = names.len();
            let names = names
                .into_iter()
                .enumerate()
                .map(|(i, name)| view! { {name}{(i + 1 < n).then(|| use_texts().t("comma"))} })
                .collect_view();
            let cites = c.cites.clone();
            view! {
                <li>
                    <strong>{names}</strong>
                    " ("<According cites/>"): "
                    <span lang=lang dir=dir>{c.text}</span>
                    " "<Inferred inferred=c.inferred/><Cites cites=c.cites/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cell-list">{items}</ul> }
}

/// A faction's stances on armed struggle and negotiation, dated where a source
/// dates them. `compact` (the matrix cell) leaves out the sources' wording.
#[component]
pub fn StanceList(stances: Vec<StanceClaim>, #[prop(optional)] compact: bool) -> impl IntoView {
    let texts = use_texts();
    let (lang, dir) = data_attrs();
    let items = stances
        .into_iter()
        .map(|s| {
            let since = s.since.map(|x| {
                format!(
                    " ({})",
                    texts.f("since", &[("date", Arg::Text(&texts.date_text(&x, None)))])
                )
            });
            let cites = s.cites.clone();
            let text =
                (!compact).then(|| view! { ": "<span lang=lang dir=dir>{s.text.clone()}</span> });
            view! {
                <li>
                    <strong>{texts.t(&s.stance.key())}</strong>
                    {since}
                    " ("<According cites/>")"
                    {text}
                    " "
                    <Inferred inferred=s.inferred/>
                    <Cites cites=s.cites/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class:cell-list=compact>{items}</ul> }
}

/// "according to <sources>": the sources' names, dataset text, are marked as
/// English inside a Dari or Pashto sentence.
#[component]
pub fn According(cites: Vec<Cite>) -> impl IntoView {
    let texts = use_texts();
    let data = crate::store::Store::use_store().data.get_untracked();
    let list = source_names(&data.catalog, &cites, texts);
    let text = according_to(&data.catalog, &cites, texts);
    view! { <WithData text data=list/> }
}
