//! The panel with the evidence of the open cell: citations, wording, disagreements.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::components::cite::{Cites, ClaimList, CompositionList, Inferred, StanceList};
use crate::components::data_text::data_attrs;
use crate::components::disagreement_list::DisagreementList;
use crate::components::names::PersonLink;
use crate::data::model::{Faction, Subject};
use crate::i18n::messages::Arg;
use crate::query::matrix::{evidence, leaders_once, relations_between, OpenCell};
use crate::query::state::Column;
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::{Loaded, Store};
use crate::url_state::{use_url, view_setter};

/// The panel with the evidence of the open cell (from `row`, `col`, `with`).
#[component]
pub(super) fn EvidencePanel() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let open = Memo::new(move |_| url.state.with(OpenCell::of));
    let heading: NodeRef<leptos::html::H2> = NodeRef::new();
    // Closing returns focus to the cell that opened the panel.
    let close = move || {
        let cell = open.get_untracked();
        let mut s = url.state.get_untracked();
        cell.toggle(&mut s);
        set_view(s, false);
        if let Some(el) = cell.button().and_then(|b| {
            web_sys::window()?
                .document()?
                .query_selector(&b)
                .ok()
                .flatten()?
                .dyn_into::<HtmlElement>()
                .ok()
        }) {
            let _ = el.focus();
        }
    };
    // Escape in the panel, or anywhere on the page, closes it.
    let esc = window_event_listener(leptos::ev::keydown, {
        let close = close.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape"
                && !e.default_prevented()
                && open.with_untracked(OpenCell::is_open)
            {
                e.prevent_default();
                close();
            }
        }
    });
    on_cleanup(move || esc.remove());
    // An opened panel takes focus, so a screen reader reads it.
    Effect::new(move |was: Option<bool>| {
        let now = open.with(OpenCell::is_open);
        if now && was != Some(true) {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        now
    });
    move || {
        let data = store.data.get();
        let OpenCell { row, col, with } = open.get();
        let f = data.catalog.faction(row.as_deref()?)?.clone();
        let (title, body) = match (col, with) {
            (Some(Column::Round(n)), _) => (
                t.f(
                    "matrix-evidence-round",
                    &[
                        ("faction", Arg::Text(&f.name)),
                        ("n", Arg::Num(i64::from(n))),
                    ],
                ),
                round_evidence(&data, &f, n),
            ),
            (Some(c), _) if c != Column::Name => (
                t.f(
                    "matrix-evidence-attribute",
                    &[
                        ("faction", Arg::Text(&f.name)),
                        ("column", Arg::Text(&c.label(t))),
                    ],
                ),
                attribute_evidence(&data, &f, c),
            ),
            (None, Some(to)) => {
                let other = data.catalog.faction(&to)?.name.clone();
                (
                    t.f(
                        "matrix-evidence-relation",
                        &[
                            ("faction", Arg::Text(&f.name)),
                            ("other", Arg::Text(&other)),
                        ],
                    ),
                    relation_evidence(&data, &f.id, &to),
                )
            }
            _ => return None,
        };
        let close = close.clone();
        Some(view! {
            <div class="evidence evidence-panel" role="dialog" aria-modal="false" aria-labelledby="evidence-h">
                <div class="panel-head">
                    <h2 id="evidence-h" tabindex="-1" node_ref=heading>{title}</h2>
                    <button type="button" class="close" on:click=move |_| close() aria-keyshortcuts="Escape">{t.t("matrix-close")}<span class="visually-hidden">{t.t("matrix-close-what")}</span></button>
                </div>
                {body}
            </div>
        })
    }
}

fn round_evidence(data: &Loaded, f: &Faction, n: u8) -> AnyView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let ev = evidence(&data.catalog, f, n);
    let status = ev.status;
    let presence = ev.presence.map(|p| {
        view! { <p><span lang=lang dir=dir>{p.text.clone()}</span>" "<Inferred inferred=p.inferred/><Cites cites=p.cites.clone()/></p> }
    });
    let members = ev
        .members
        .iter()
        .map(|(p, a)| {
            view! {
                <li><PersonLink id=p.id.clone()/>{format!(" ({})", t.t(&a.mode.key()))}" "<Inferred inferred=a.inferred/><Cites cites=a.cites.clone()/></li>
            }
        })
        .collect_view();
    let has_members = !ev.members.is_empty();
    view! {
        <p class="status"><span class=format!("cell-symbol s-{}", status.slug()) aria-hidden="true">{status.symbol()}</span>" "<strong>{t.t(&status.key())}</strong>{format!(": {}.", t.t(&format!("{}-meaning", status.key())))}</p>
        {match presence {
            Some(v) => v.into_any(),
            None => view! { <p>{t.t("matrix-no-presence")}</p> }.into_any(),
        }}
        {has_members.then(|| view! {
            <h3>{t.t("matrix-members")}</h3>
            <ul>{members}</ul>
        })}
        <FactionDisagreements id=f.id.clone()/>
    }
    .into_any()
}

fn attribute_evidence(data: &Loaded, f: &Faction, col: Column) -> AnyView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let cat = &data.catalog;
    let body = match col {
        Column::Kind => view! { <p>{t.t(&f.kind.key())}</p> }.into_any(),
        Column::Leaders => {
            let items = leaders_once(cat, &f.id)
                .into_iter()
                .map(|(p, roles)| {
                    let roles = roles
                        .into_iter()
                        .map(|r| {
                            view! { <li><span lang=lang dir=dir>{r.title.clone()}</span>{t.period(r.since.as_deref(), r.until.as_deref())}" "<Cites cites=r.cites.clone()/></li> }
                        })
                        .collect_view();
                    view! { <li><PersonLink id=p.id.clone()/><ul>{roles}</ul></li> }
                })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Column::Base => view! { <ClaimList claims=f.bases.clone()/> }.into_any(),
        Column::Ethnicity => view! {
            <p class="note">{t.t("matrix-composition-note")}</p>
            <CompositionList composition=f.composition.clone()/>
        }
        .into_any(),
        Column::Stance => view! { <StanceList stances=f.stances.clone()/> }.into_any(),
        Column::Founded => {
            let items = f
                .founded
                .iter()
                .map(|d| view! { <li>{t.date_text(&d.start, d.end.as_deref())}" "<Cites cites=d.cites.clone()/></li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Column::Name | Column::Round(_) => ().into_any(),
    };
    let empty = match col {
        Column::Leaders => leaders_once(cat, &f.id).is_empty(),
        Column::Base => f.bases.is_empty(),
        Column::Ethnicity => f.composition.is_empty(),
        Column::Stance => f.stances.is_empty(),
        Column::Founded => f.founded.is_empty(),
        _ => false,
    };
    view! {
        {if empty {
            view! { <p>{t.t("matrix-not-stated")}</p> }.into_any()
        } else {
            body
        }}
        <FactionDisagreements id=f.id.clone()/>
    }
    .into_any()
}

fn relation_evidence(data: &Loaded, from: &str, to: &str) -> AnyView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let items = relations_between(&data.catalog, from, to)
        .into_iter()
        .map(|r| {
            view! {
                <li>
                    <strong>{t.t(&r.kind.key())}</strong>
                    ": "
                    <span lang=lang dir=dir>{r.text.clone()}</span>
                    " "
                    <Inferred inferred=r.inferred/>
                    <Cites cites=r.cites.clone()/>
                </li>
            }
        })
        .collect_view();
    view! { <ul>{items}</ul> }.into_any()
}

/// Where sources disagree about a faction.
#[component]
fn FactionDisagreements(id: String) -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let data = store.data.get_untracked();
    let items: Vec<_> = data
        .catalog
        .disagreements_about(&Subject::Faction(id))
        .into_iter()
        .cloned()
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <h3>{t.t("matrix-faction-disagreements")}</h3>
            <DisagreementList items=items/>
        }
    })
}
