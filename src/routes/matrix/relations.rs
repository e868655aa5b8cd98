//! How factions stand toward each other: a square matrix of short marks.

use leptos::prelude::*;

use super::table::{is_open, open_cell, toggle_cell};
use crate::components::names::FactionLink;
use crate::i18n::messages::Arg;
use crate::query::matrix::{related_factions, relation_symbol, relations_between, OpenCell};
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::Store;
use crate::url_state::use_url;

/// How factions stand toward each other: a square matrix of short marks.
#[component]
pub(super) fn Relations() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let open_cells = open_cell(use_url().state);
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        let ids = related_factions(cat);
        if ids.is_empty() {
            return None;
        }
        let short = |id: &str| cat.faction_name_in(id, t.lang).to_string();
        let head = ids
            .iter()
            .map(|id| view! { <th scope="col" class="rel-col"><FactionLink id=id.to_string()/></th> })
            .collect_view();
        let body = ids
            .iter()
            .map(|from| {
                let cells = ids
                    .iter()
                    .map(|to| {
                        let rels = relations_between(cat, from, to);
                        if rels.is_empty() {
                            return view! { <td class="rel empty"></td> }.into_any();
                        }
                        let marks: String = rels.iter().map(|r| relation_symbol(r.kind)).collect::<Vec<_>>().join(" ");
                        let words: Vec<String> = rels.iter().map(|r| t.t(&r.kind.key())).collect();
                        let label = t.f(
                            "matrix-relation-cell",
                            &[
                                ("from", Arg::Text(&short(from))),
                                ("relation", Arg::Text(&words.join(&t.t("comma")))),
                                ("to", Arg::Text(&short(to))),
                            ],
                        );
                        let cell = OpenCell::cell(from, None, Some(to));
                        let open = is_open(&open_cells, cell.clone());
                        view! {
                            <td class="rel">
                                <button type="button" aria-pressed=move || open().to_string()
                                    on:click=toggle_cell(cell)
                                    data-row=from.to_string() data-with=to.to_string() aria-label=label>
                                    <span aria-hidden="true">{marks}</span>
                                </button>
                            </td>
                        }
                        .into_any()
                    })
                    .collect_view();
                view! { <tr><th scope="row" class="sticky"><FactionLink id=from.to_string()/></th>{cells}</tr> }
            })
            .collect_view();
        let legend = crate::data::model::RelationKind::ALL
            .iter()
            .map(|k| view! { <li><strong aria-hidden="true">{relation_symbol(*k)}</strong>" "{t.t(&k.key())}</li> })
            .collect_view();
        Some(view! {
            <section aria-labelledby="relations-h" class="relations-section">
                <h2 id="relations-h">{t.t("matrix-relations-heading")}</h2>
                <p>{t.t("matrix-relations-intro")}</p>
                <ul class="relation-legend">{legend}</ul>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="relations-caption">
                    <table class="matrix relations">
                        <caption id="relations-caption">{t.t("matrix-relations-caption")}</caption>
                        <thead><tr><th scope="col" class="sticky">{t.t("column-name")}</th>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </section>
        })
    }
}
