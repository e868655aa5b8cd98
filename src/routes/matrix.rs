//! The faction matrix: factions against rounds and against their attributes,
//! and a second matrix of how factions stand toward each other.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::components::cite::{Cites, CompositionList, Inferred, StanceList};
use crate::components::copy_link::CopyLink;
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::{FactionLink, PersonLink};
use crate::components::notices::Notices;
use crate::data::date::format_text;
use crate::data::model::Faction;
use crate::query::export;
use crate::query::matrix::{evidence, grid_step, round_columns, rows, CellStatus};
use crate::query::state::{Column, MatrixView, ViewState};
use crate::query::vocab::Vocab;
use crate::store::{Loaded, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn MatrixPage() -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    let shown = Memo::new(move |_| {
        let data = store.data.get();
        url.state
            .with(|s| rows(&data.catalog, &data.selection, &s.filter, s.sort, s.desc))
    });
    let table = move || export::matrix(&store.data.get_untracked().catalog, &shown.get_untracked());
    view! {
        <h1>"Faction matrix"</h1>
        <p class="lede">
            "Which factions took part in which rounds, and what the sources say of each: kind, leaders, base, ethnic composition, stance on armed struggle or negotiation, founding. "
            "Select a round cell to see its evidence; sort by any column."
        </p>
        <Notices/>
        <FilterBar scope=Scope::Factions/>
        <div class="toolbar">
            <ViewSwitch/>
            <CopyLink/>
            <ExportButtons name="vienna-process-matrix" table=table/>
        </div>
        <Legend/>
        <MatrixTable shown=shown/>
        <Evidence/>
        <Relations/>
    }
}

#[component]
fn ViewSwitch() -> impl IntoView {
    let url = use_url();
    let set_view = view_setter();
    let options = MatrixView::ALL
        .iter()
        .map(|&v| {
            let set_view = set_view.clone();
            let id = format!("view-{}", v.slug());
            view! {
                <input type="radio" name="view" id=id.clone() value=v.slug()
                    prop:checked=move || url.state.with(|s| s.view == v)
                    on:change=move |_| {
                        let mut s = url.state.get_untracked();
                        s.view = v;
                        set_view(s, false);
                    }/>
                <label for=id>{v.label()}</label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="view-switch">
            <legend>"Columns"</legend>
            {options}
        </fieldset>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let items = CellStatus::ALL
        .iter()
        .map(|s| {
            view! {
                <li>
                    <span class=format!("cell-symbol s-{}", s.slug()) aria-hidden="true">{s.symbol()}</span>
                    " "
                    {s.label()}
                    {match s {
                        CellStatus::Attended => ": a source says it took part",
                        CellStatus::Represented => ": by an envoy, online, or through a member",
                        CellStatus::Absent => ": a source says it was absent",
                        CellStatus::Unknown => ": no source speaks of it",
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-h">
            <h2 id="legend-h" class="small-heading">"Legend"</h2>
            <ul>{items}</ul>
            <p class="note">"In the round cells, arrow keys move between cells, Home and End to the row's ends; Enter or Space shows the evidence."</p>
        </section>
    }
}

/// A header cell that sorts by its column (and says how it is sorted).
#[component]
fn SortHeader(col: Column) -> impl IntoView {
    let url = use_url();
    let set_view = view_setter();
    let sorted = move || {
        url.state
            .with(|s| (s.sort.unwrap_or(Column::Name) == col).then_some(s.desc))
    };
    let aria = move || match sorted() {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    };
    let arrow = move || match sorted() {
        Some(true) => " ▼",
        Some(false) => " ▲",
        None => "",
    };
    let click = move |_| {
        let mut s: ViewState = url.state.get_untracked();
        if s.sort.unwrap_or(Column::Name) == col {
            s.desc = !s.desc;
        } else {
            s.sort = Some(col);
            s.desc = false;
        }
        set_view(s, false);
    };
    let highlighted = move || url.state.with(|s| s.col == Some(col));
    let class = if col == Column::Name { "sticky" } else { "" };
    view! {
        <th scope="col" aria-sort=aria class=class class:highlight=highlighted>
            <button type="button" class="sort" on:click=click>
                {col.label()}
                <span aria-hidden="true">{arrow}</span>
                <span class="visually-hidden">", sort"</span>
            </button>
        </th>
    }
}

#[component]
fn MatrixTable(shown: Memo<Vec<usize>>) -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    move || {
        let data = store.data.get();
        let state = url.state.get();
        let idx = shown.get();
        if idx.is_empty() {
            return view! { <EmptyResult what="factions"/> }.into_any();
        }
        let show_rounds = state.view != MatrixView::Attributes;
        let show_attrs = state.view != MatrixView::Rounds;
        let round_cols = round_columns(&data.catalog);
        let mut header_cols = vec![Column::Name];
        if show_rounds {
            header_cols.extend(round_cols.iter().copied());
        }
        if show_attrs {
            header_cols.extend(Column::ATTRIBUTES);
        }
        let headers = header_cols
            .iter()
            .map(|&c| view! { <SortHeader col=c/> })
            .collect_view();
        let grid = (idx.len(), round_cols.len());
        let body = idx
            .iter()
            .enumerate()
            .map(|(r, &i)| {
                let f = data.catalog.data.factions[i].clone();
                let row_hit = state.row.as_deref() == Some(f.id.as_str());
                let rounds = show_rounds.then(|| {
                    round_cols
                        .iter()
                        .enumerate()
                        .map(|(c_at, &c)| view! { <RoundCell faction=f.id.clone() col=c at=(r, c_at)/> })
                        .collect_view()
                });
                let attrs = show_attrs.then(|| attribute_cells(&data, &f, &state));
                view! {
                    <tr class:highlight=row_hit>
                        <th scope="row" class="sticky"><FactionLink id=f.id.clone() full=true/></th>
                        {rounds}
                        {attrs}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
                <table class="matrix">
                    <caption id="matrix-caption">
                        {format!("{} factions and organisations; rounds ", idx.len())}
                        {if show_rounds { "shown" } else { "hidden" }}
                        ", attributes "
                        {if show_attrs { "shown" } else { "hidden" }}
                        "."
                    </caption>
                    <thead><tr>{headers}</tr></thead>
                    <tbody on:keydown=move |ev| move_between_cells(&ev, grid)>{body}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// A round cell: its status as symbol and text; activating it shows the evidence.
#[component]
fn RoundCell(
    faction: String,
    col: Column,
    /// (row, round column) among the round cells, for arrow-key movement.
    at: (usize, usize),
) -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let Column::Round(n) = col else {
        return ().into_any();
    };
    let data = store.data.get_untracked();
    let status = data
        .catalog
        .faction(&faction)
        .map_or(CellStatus::Unknown, |f| {
            CellStatus::of(data.catalog.presence(f, n))
        });
    let selected = {
        let faction = faction.clone();
        move || {
            url.state
                .with(|s| s.row.as_deref() == Some(faction.as_str()) && s.col == Some(col))
        }
    };
    let col_hit = move || url.state.with(|s| s.col == Some(col));
    let name = data.catalog.faction_name(&faction).to_string();
    let click = {
        let faction = faction.clone();
        move |_| {
            let mut s = url.state.get_untracked();
            let same = s.row.as_deref() == Some(faction.as_str()) && s.col == Some(col);
            if same {
                s.row = None;
                s.col = None;
            } else {
                s.row = Some(faction.clone());
                s.col = Some(col);
            }
            set_view(s, false);
        }
    };
    view! {
        <td class=format!("cell s-{}", status.slug()) class:highlight=col_hit>
            <button type="button" aria-pressed=move || selected().to_string() on:click=click
                data-r=at.0 data-c=at.1
                aria-label=format!("{name}, round {n}: {}. Show evidence", status.label())>
                <span aria-hidden="true" class="cell-symbol">{status.symbol()}</span>
                <span class="cell-label" aria-hidden="true">{status.label()}</span>
            </button>
        </td>
    }
    .into_any()
}

/// Arrow keys (and Home/End) on a round cell's button move focus to the
/// neighbouring cell, so a keyboard user need not Tab through every cell.
fn move_between_cells(ev: &KeyboardEvent, grid: (usize, usize)) {
    let Some(button) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let index = |name: &str| button.get_attribute(name)?.parse::<usize>().ok();
    let (Some(row), Some(col)) = (index("data-r"), index("data-c")) else {
        return;
    };
    let Some((r, c)) = grid_step(&ev.key(), ev.ctrl_key(), (row, col), grid) else {
        return;
    };
    ev.prevent_default();
    let next = ev
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|body| {
            body.query_selector(&format!("button[data-r=\"{r}\"][data-c=\"{c}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(next) = next {
        let _ = next.focus();
    }
}

fn attribute_cells(data: &Loaded, f: &Faction, state: &ViewState) -> impl IntoView {
    let cat = &data.catalog;
    let hit = |c: Column| state.col == Some(c);
    let leaders = cat
        .leaders(&f.id)
        .into_iter()
        .map(|(p, r)| view! { <li><PersonLink id=p.id.clone()/>" "<Cites cites=r.cites.clone()/></li> })
        .collect_view();
    let bases = f
        .bases
        .iter()
        .map(|b| view! { <li>{b.text.clone()}" "<Inferred inferred=b.inferred/><Cites cites=b.cites.clone()/></li> })
        .collect_view();
    let founded = f
        .founded
        .iter()
        .map(|d| view! { <li>{format_text(&d.start, d.end.as_deref())}" "<Cites cites=d.cites.clone()/></li> })
        .collect_view();
    view! {
        <td class:highlight=hit(Column::Kind)>{f.kind.label()}</td>
        <td class:highlight=hit(Column::Leaders)><ul class="cell-list">{leaders}</ul></td>
        <td class:highlight=hit(Column::Base)><ul class="cell-list">{bases}</ul></td>
        <td class:highlight=hit(Column::Ethnicity)><CompositionList composition=f.composition.clone()/></td>
        <td class:highlight=hit(Column::Stance)><StanceList stances=f.stances.clone() compact=true/></td>
        <td class:highlight=hit(Column::Founded)><ul class="cell-list">{founded}</ul></td>
    }
}

/// The evidence for the selected cell (from `row` and `col` in the URL).
#[component]
fn Evidence() -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    move || {
        let data = store.data.get();
        let (row, col) = url.state.with(|s| (s.row.clone(), s.col));
        let (Some(id), Some(Column::Round(n))) = (row, col) else {
            return None;
        };
        let f = data.catalog.faction(&id)?;
        let ev = evidence(&data.catalog, f, n);
        let presence = ev.presence.map(|p| {
            view! { <p>{p.text.clone()}" "<Inferred inferred=p.inferred/><Cites cites=p.cites.clone()/></p> }
        });
        let members = ev
            .members
            .iter()
            .map(|(p, a)| {
                view! {
                    <li><PersonLink id=p.id.clone()/>{format!(" ({})", a.mode.label())}" "<Inferred inferred=a.inferred/><Cites cites=a.cites.clone()/></li>
                }
            })
            .collect_view();
        let has_members = !ev.members.is_empty();
        Some(view! {
            <section class="evidence" aria-labelledby="evidence-h" aria-live="polite">
                <h2 id="evidence-h">{format!("Evidence: {} at round {n}: {}", f.name, ev.status.label())}</h2>
                {match presence {
                    Some(v) => v.into_any(),
                    None => view! { <p>"No source says whether this faction took part in this round."</p> }.into_any(),
                }}
                {has_members.then(|| view! {
                    <h3>"Its people recorded at this round"</h3>
                    <ul>{members}</ul>
                })}
            </section>
        })
    }
}

/// How factions stand toward each other, where a source says so.
#[component]
fn Relations() -> impl IntoView {
    let store = Store::use_store();
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        if cat.data.relations.is_empty() {
            return None;
        }
        let mut ids: Vec<&str> = Vec::new();
        for r in &cat.data.relations {
            for id in [r.from.as_str(), r.to.as_str()] {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        let head = ids
            .iter()
            .map(|id| view! { <th scope="col"><FactionLink id=id.to_string()/></th> })
            .collect_view();
        let body = ids
            .iter()
            .map(|from| {
                let cells = ids
                    .iter()
                    .map(|to| {
                        let rels = cat
                            .data
                            .relations
                            .iter()
                            .filter(|r| r.from == *from && r.to == *to)
                            .map(|r| {
                                view! {
                                    <li>
                                        <span class=format!("rel r-{}", r.kind.slug())>{r.kind.label()}</span>
                                        <span class="visually-hidden">{format!(" {}", cat.faction_name(to))}</span>
                                        ": "
                                        {r.text.clone()}
                                        " "
                                        <Inferred inferred=r.inferred/>
                                        <Cites cites=r.cites.clone()/>
                                    </li>
                                }
                            })
                            .collect_view();
                        view! { <td><ul class="cell-list">{rels}</ul></td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row" class="sticky"><FactionLink id=from.to_string()/></th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <section aria-labelledby="relations-h">
                <h2 id="relations-h">"How factions stand toward each other"</h2>
                <p>"Read each row as: the row's faction is … the column's faction. Only relations a source states (or the project marks as inferred) are shown."</p>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="relations-caption">
                    <table class="matrix relations">
                        <caption id="relations-caption">"Relations between factions, by row (from) and column (to)"</caption>
                        <thead><tr><th scope="col" class="sticky">"Faction"</th>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </section>
        })
    }
}
