//! One source: its metadata, its paragraphs as locators, and every statement
//! that rests on it.

use leptos::prelude::*;

use crate::components::data_text::data_attrs;
use crate::components::profile::{profile_page, Profile};
use crate::data::catalog::Catalog;
use crate::data::claims::{claims_citing, Said, Target};
use crate::data::model::Source;
use crate::data::validate::is_web_address;
use crate::i18n::messages::Arg;
use crate::query::links::Links;
use crate::query::state::ViewState;
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
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

#[component]
pub fn SourcePage() -> impl IntoView {
    let profile = Profile {
        what: "source",
        list: "/sources/",
        find: Catalog::source,
    };
    profile_page(profile, |s| view! { <SourceView source=s/> }.into_any())
}

#[component]
fn SourceView(source: Source) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    // Links carry the view state (a loaded dataset's address among it).
    move || {
        let data = store.data.get();
        let state = url.carried.get();
        let s = &source;
        let citing = claims_citing(&data.claims, &s.id);
        let claims = citing
            .iter()
            .map(|(c, para)| {
                let href = target_href(links, &c.target, &state);
                let subject = match (&c.target, &c.subject) {
                    (Target::Round(n), _) => view! { {t.f("round-n", &[("n", Arg::Num(i64::from(*n)))])} }.into_any(),
                    (_, Some(s)) => view! { <span lang=lang dir=dir>{s.clone()}</span> }.into_any(),
                    (_, None) => ().into_any(),
                };
                let aspect = c.aspect.map(|a| match c.round {
                    Some(n) => t.f(&format!("aspect-{a}"), &[("n", Arg::Num(i64::from(n)))]),
                    None => t.t(&format!("aspect-{a}")),
                });
                let said = match &c.said {
                    Said::Text(x) => view! { <span lang=lang dir=dir>{x.clone()}</span> }.into_any(),
                    Said::Date { start, end } => view! { {t.date_text(start, end.as_deref())} }.into_any(),
                };
                view! {
                    <li>
                        <a href=href>{subject}{aspect.map(|a| format!(": {a}"))}</a>
                        ": "{said}
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
                        <q class="opens" lang=lang dir=dir>{p.opens.clone()}"…"</q>
                        " "<span lang=lang dir=dir>{p.summary.clone()}</span>
                        <span class="count">{if n == 0 { String::new() } else { format!(" · {}", t.f("source-cited-n", &[("n", Arg::Num(n as i64))])) }}</span>
                    </li>
                }
            })
            .collect_view();
        // Only http(s) addresses become links; anything else is shown as text.
        let address = s.url.clone().map(|u| {
            if is_web_address(&u) {
                view! { <a href=u.clone() rel="noopener noreferrer nofollow" dir="ltr">{u.clone()}</a> }.into_any()
            } else {
                view! { <span dir="ltr">{u.clone()}</span> }.into_any()
            }
        });
        let has_paragraphs = !s.paragraphs.is_empty();
        view! {
            <article class="profile source-page">
                <p class="breadcrumb"><a href=links.path("/sources/")>{t.t("sources-title")}</a>" · "{t.t(&s.kind.key())}</p>
                <h1 lang=lang dir=dir>{s.title.clone()}</h1>
                <dl class="facts">
                    {s.author.clone().map(|a| view! { <dt>{t.t("source-author")}</dt><dd lang=lang dir=dir>{a}</dd> })}
                    {s.publisher.clone().map(|a| view! { <dt>{t.t("source-publisher")}</dt><dd lang=lang dir=dir>{a}</dd> })}
                    <dt>{t.t("document-date")}</dt><dd>{match s.date.clone() { Some(d) => t.date_text(&d, None), None => t.t("source-no-date") }}{s.date_note.clone().map(|n| view! { " (" <span lang=lang dir=dir>{n}</span> ")" })}</dd>
                    {s.language.clone().map(|a| view! { <dt>{t.t("source-language")}</dt><dd><code>{a}</code></dd> })}
                    {address.map(|a| view! { <dt>{t.t("source-address")}</dt><dd>{a}</dd> })}
                    {s.file.clone().map(|f| view! { <dt>{t.t("source-file")}</dt><dd><code dir="ltr">{f}</code></dd> })}
                </dl>
                <p lang=lang dir=dir>{s.summary.clone()}</p>
                {has_paragraphs.then(|| view! {
                    <section>
                        <h2>{t.t("source-paragraphs")}</h2>
                        <p class="note">{t.t("source-paragraphs-note")}</p>
                        <ol class="paragraphs">{paragraphs}</ol>
                    </section>
                })}
                <section>
                    <h2>{t.f("source-statements", &[("n", Arg::Num(citing.len() as i64))])}</h2>
                    <ul class="citing">{claims}</ul>
                </section>
            </article>
        }
        .into_any()
    }
}
