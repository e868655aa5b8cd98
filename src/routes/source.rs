//! One source: its metadata, its paragraphs as locators, and every statement
//! that rests on it.

use leptos::prelude::*;

use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::claims::{claims_citing, Target};
use crate::data::model::Source;
use crate::query::links::Links;
use crate::query::state::ViewState;
use crate::routes::sources::kind_label;
use crate::site::use_links;
use crate::store::Store;
use crate::url_state::use_url;

/// Where a statement lives in the app.
fn target_href(links: &Links, t: &Target, state: &ViewState) -> String {
    match t {
        Target::Round(n) => links.round(*n, state),
        Target::Faction(id) => links.faction(id, state),
        Target::Person(id) => links.person(id, state),
        Target::Document(id) => links.document(id, state),
        Target::Event(id) => format!("{}#event-{id}", links.with("/timeline", &state.carried())),
        Target::Source(id) => links.source(id, state),
        Target::Disagreement(id) => format!("{}#{id}", links.path("/disagreements")),
        Target::Relation(from, _) => links.faction(from, state),
    }
}

/// Only http(s) addresses become links; anything else is shown as text.
fn safe_url(u: &str) -> Option<&str> {
    let l = u.to_ascii_lowercase();
    (l.starts_with("https://") || l.starts_with("http://")).then_some(u)
}

#[component]
pub fn SourcePage() -> impl IntoView {
    let profile = Profile {
        what: "source",
        list: "/sources/",
        list_label: "See all sources",
        find: Catalog::source,
    };
    profile_page(profile, |s| view! { <SourceView source=s/> }.into_any())
}

#[component]
fn SourceView(source: Source) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    // Links carry the view state (a loaded dataset's address among it).
    move || {
        let data = store.data.get();
        let state = url.state.get();
        let s = &source;
        let citing = claims_citing(&data.claims, &s.id);
        let claims = citing
            .iter()
            .map(|(c, para)| {
                let href = target_href(links, &c.target, &state);
                view! {
                    <li>
                        <a href=href>{c.topic.clone()}</a>
                        ": "{c.text.clone()}
                        {para.map(|p| view! { " " <a class="para-ref" href=format!("#p{p}")>{format!("¶{p}")}</a> })}
                    </li>
                }
            })
            .collect_view();
        let paragraphs = s
            .paragraphs
            .iter()
            .map(|p| {
                let n = citing.iter().filter(|(_, x)| *x == Some(p.n)).count();
                view! {
                    <li id=format!("p{}", p.n) value=p.n.to_string()>
                        <q class="opens">{p.opens.clone()}"…"</q>
                        " "{p.summary.clone()}
                        <span class="count">{if n == 0 { String::new() } else { format!(" · cited {n}×") }}</span>
                    </li>
                }
            })
            .collect_view();
        let address = s.url.clone().map(|u| match safe_url(&u) {
            Some(ok) => {
                view! { <a href=ok.to_string() rel="noopener noreferrer nofollow">{u.clone()}</a> }
                    .into_any()
            }
            None => view! { <span>{u.clone()}</span> }.into_any(),
        });
        let has_paragraphs = !s.paragraphs.is_empty();
        view! {
            <article class="profile source-page">
                <p class="breadcrumb"><a href=links.path("/sources/")>"Sources"</a>" · "{kind_label(s.kind)}</p>
                <h1>{s.title.clone()}</h1>
                <dl class="facts">
                    {s.author.clone().map(|a| view! { <dt>"Author"</dt><dd>{a}</dd> })}
                    {s.publisher.clone().map(|a| view! { <dt>"Publisher"</dt><dd>{a}</dd> })}
                    <dt>"Date"</dt><dd>{s.date.clone().unwrap_or_else(|| "not printed".into())}{s.date_note.clone().map(|n| format!(" ({n})"))}</dd>
                    {s.language.clone().map(|a| view! { <dt>"Language"</dt><dd>{a}</dd> })}
                    {address.map(|a| view! { <dt>"Address"</dt><dd>{a}</dd> })}
                    {s.file.clone().map(|f| view! { <dt>"File"</dt><dd><code>{f}</code></dd> })}
                </dl>
                <p>{s.summary.clone()}</p>
                {has_paragraphs.then(|| view! {
                    <section>
                        <h2>"Paragraphs"</h2>
                        <p class="note">"¶N is the N-th non-blank line of the document. Each opens with its first words, verbatim, followed by the project's summary."</p>
                        <ol class="paragraphs">{paragraphs}</ol>
                    </section>
                })}
                <section>
                    <h2>{format!("Statements that rest on this source ({})", citing.len())}</h2>
                    <ul class="citing">{claims}</ul>
                </section>
            </article>
        }
        .into_any()
    }
}
