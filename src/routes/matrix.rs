//! The faction matrix: factions against rounds and against their attributes,
//! and a square matrix of how factions stand toward each other.
//!
//! Cells are short (a symbol, or two lines of text); every cell is a button
//! that opens its evidence (citations, wording, disagreements) in a side
//! panel. The open cell is in the address (`row` with `col`, or with `with`
//! for a relation), Escape closes the panel and returns focus to the cell.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::components::cite::{Cites, ClaimList, CompositionList, Inferred, StanceList};
use crate::components::data_text::data_attrs;
use crate::components::disagreement_list::DisagreementList;
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::{FactionLink, PersonLink};
use crate::components::notices::Notices;
use crate::components::picture::{Body, PictureButtons};
use crate::components::references::References;
use crate::components::share::Share;
use crate::data::model::{Cite, Faction, Subject};
use crate::i18n::messages::Arg;
use crate::query::export;
use crate::query::matrix::{
    according_isolated, cell_status, evidence, grid_step, leaders_once, related_factions,
    relation_symbol, relations_between, round_columns, rows, stances, CellStatus,
};
use crate::query::picture::matrix_body;
use crate::query::references::of_factions;
use crate::query::state::{Column, MatrixView, ViewState};
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::{Loaded, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn MatrixPage() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let url = use_url();
    // Only what the rows depend on: the filters and the sort, not the open cell.
    let order = Memo::new(move |_| url.state.with(|s| (s.filter.clone(), s.sort, s.desc)));
    let shown = Memo::new(move |_| {
        let data = store.data.get();
        order.with(|(f, sort, desc)| rows(&data.catalog, &data.selection, f, *sort, *desc))
    });
    // A memo: re-sorting the rows leaves the list of sources as it is.
    let references = Memo::new(move |_| {
        let data = store.data.get();
        let factions = &data.catalog.data.factions;
        let ids: Vec<&str> = shown.with(|s| s.iter().map(|&i| factions[i].id.as_str()).collect());
        of_factions(&data.claims, &ids)
    });
    let table = move || export::matrix(&store.data.get_untracked().catalog, &shown.get_untracked());
    view! {
        <h1>{t.t("matrix-title")}</h1>
        <p class="lede short">{t.t("matrix-lede-short")}</p>
        <Notices/>
        <FilterBar scope=Scope::Factions/>
        <div class="matrix-layout">
            <div class="matrix-main">
                <Legend/>
                <MatrixTable shown=shown/>
                <div class="toolbar">
                    <ViewSwitch/>
                    <Share/>
                    <ExportButtons name="vienna-process-matrix" table=table/>
                    <PictureButtons name="vienna-process-matrix" body=matrix_picture(shown) measure="matrix-scroll"/>
                </div>
                <p class="lede more">{t.t("matrix-lede")}</p>
                <Relations/>
            </div>
            <EvidencePanel/>
        </div>
        {move || view! { <References refs=references.get()/> }}
    }
}

/// The rounds grid of the rows shown, for the picture of this view.
fn matrix_picture(shown: Memo<Vec<usize>>) -> Body {
    let store = Store::use_store();
    let t = use_texts();
    std::sync::Arc::new(move |width: f64| {
        let data = store.data.get_untracked();
        let cat = &data.catalog;
        matrix_body(
            cat,
            &shown.get_untracked(),
            |n| t.f("round-n", &[("n", Arg::Num(i64::from(n)))]),
            |i| {
                let f = &cat.data.factions[i];
                cat.local_text(&format!("faction:{}", f.id), "name", t.lang, &f.name)
                    .to_string()
            },
            width,
            t.lang.dir() == "rtl",
        )
    })
}

#[component]
fn ViewSwitch() -> impl IntoView {
    let t = use_texts();
    let url = use_url();
    let set_view = view_setter();
    let current = Memo::new(move |_| url.state.with(|s| s.view));
    let options = MatrixView::ALL
        .iter()
        .map(|&v| {
            let set_view = set_view.clone();
            let id = format!("view-{}", v.slug());
            view! {
                <input type="radio" name="view" id=id.clone() value=v.slug()
                    prop:checked=move || current.get() == v
                    on:change=move |_| {
                        let mut s = url.state.get_untracked();
                        s.view = v;
                        set_view(s, false);
                    }/>
                <label for=id>{t.t(&v.key())}</label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="view-switch">
            <legend>{t.t("matrix-columns")}</legend>
            {options}
        </fieldset>
    }
}

/// One line of symbols under the title; the full legend on demand.
#[component]
fn Legend() -> impl IntoView {
    let t = use_texts();
    let url = use_url();
    let unsorted = Memo::new(move |_| url.state.with(|s| s.sort.is_none()));
    let key = CellStatus::ALL
        .iter()
        .map(|s| {
            view! {
                <span class="legend-item">
                    <span class=format!("cell-symbol s-{}", s.slug()) aria-hidden="true">{s.symbol()}</span>
                    " "{t.t(&s.key())}
                </span>
            }
        })
        .collect_view();
    let items = CellStatus::ALL
        .iter()
        .map(|s| {
            view! {
                <li>
                    <span class=format!("cell-symbol s-{}", s.slug()) aria-hidden="true">{s.symbol()}</span>
                    " "
                    <strong>{t.t(&s.key())}</strong>
                    {format!(": {}", t.t(&format!("{}-meaning", s.key())))}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-h">
            <h2 id="legend-h" class="visually-hidden">{t.t("matrix-legend")}</h2>
            <p class="legend-line">
                {key}
                {move || unsorted.get().then(|| view! { <span class="legend-order">{t.t("matrix-order-default")}</span> })}
            </p>
            <details class="legend-full">
                <summary>{t.t("matrix-legend-full")}</summary>
                <ul>{items}</ul>
                <p class="note">{t.t("matrix-keys")}</p>
            </details>
        </section>
    }
}

/// A header cell that sorts by its column (and says how it is sorted).
#[component]
fn SortHeader(col: Column) -> impl IntoView {
    let t = use_texts();
    let url = use_url();
    let set_view = view_setter();
    let sorted = Memo::new(move |_| url.state.with(|s| (s.sort == Some(col)).then_some(s.desc)));
    let aria = move || match sorted.get() {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    };
    let arrow = move || match sorted.get() {
        Some(true) => " ▼",
        Some(false) => " ▲",
        None => "",
    };
    let click = move |_| {
        let mut s: ViewState = url.state.get_untracked();
        if s.sort == Some(col) {
            s.desc = !s.desc;
        } else {
            s.sort = Some(col);
            s.desc = false;
        }
        set_view(s, false);
    };
    let highlighted = Memo::new(move |_| url.state.with(|s| s.col == Some(col)));
    let class = match col {
        Column::Name => "sticky",
        Column::Round(_) => "round-col",
        _ => "",
    };
    view! {
        <th scope="col" aria-sort=aria class=class class:highlight=move || highlighted.get()>
            <button type="button" class="sort" data-early="" on:click=click>
                {col.label(t)}
                <span aria-hidden="true">{arrow}</span>
                <span class="visually-hidden">{t.t("matrix-sort")}</span>
            </button>
        </th>
    }
}

/// What the address marks in the grid, as selectors: opening a cell or
/// highlighting a row or column re-runs only the cells whose state changes,
/// not the grid.
#[derive(Clone)]
struct Marks {
    open: Selector<OpenCell>,
    row: Selector<Option<String>>,
    col: Selector<Option<Column>>,
}

impl Marks {
    fn new() -> Marks {
        let url = use_url();
        Marks {
            open: open_cell(),
            row: Selector::new(move || url.state.with(|s| s.row.clone())),
            col: Selector::new(move || url.state.with(|s| s.col)),
        }
    }

    fn col_hit(&self, col: Column) -> impl Fn() -> bool + Send + Sync + 'static {
        let sel = self.col.clone();
        move || sel.selected(&Some(col))
    }
}

#[component]
fn MatrixTable(shown: Memo<Vec<usize>>) -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let view_kind = Memo::new(move |_| url.state.with(|s| s.view));
    let empty = Memo::new(move |_| shown.with(Vec::is_empty));
    let marks = Marks::new();
    move || {
        let data = store.data.get();
        let view = view_kind.get();
        if empty.get() {
            return view! { <EmptyResult what="empty-factions"/> }.into_any();
        }
        let show_rounds = view != MatrixView::Attributes;
        let show_attrs = view != MatrixView::Rounds;
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
        let caption_key = match (show_rounds, show_attrs) {
            (true, true) => "matrix-caption-both",
            (true, false) => "matrix-caption-rounds",
            _ => "matrix-caption-attributes",
        };
        let caption = move || t.f(caption_key, &[("n", Arg::Num(shown.with(Vec::len) as i64))]);
        let width = round_cols.len();
        let cols = Cols {
            rounds: show_rounds.then_some(round_cols),
            attributes: show_attrs,
        };
        let marks = marks.clone();
        // Keyed by faction: a new sort moves the rows, it does not rebuild them.
        let row = move |i: usize| matrix_row(&data, i, shown, &cols, &marks);
        view! {
            <div class="table-scroll" id="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
                <table class="matrix">
                    <caption id="matrix-caption">{caption}</caption>
                    <thead><tr>{headers}</tr></thead>
                    <tbody on:keydown=move |ev| move_between_cells(&ev, (shown.with_untracked(Vec::len), width))>
                        <For each=move || shown.get() key=|i| *i children=row/>
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// The columns the grid shows.
#[derive(Clone)]
struct Cols {
    rounds: Option<Vec<Column>>,
    attributes: bool,
}

/// One faction's row; its position (for the arrow keys) follows the sort.
fn matrix_row(
    data: &Loaded,
    i: usize,
    shown: Memo<Vec<usize>>,
    cols: &Cols,
    marks: &Marks,
) -> impl IntoView {
    let f = &data.catalog.data.factions[i];
    let r = move || shown.with(|v| v.iter().position(|&x| x == i).unwrap_or(0));
    let rounds = cols.rounds.as_ref().map(|round_cols| {
        round_cols
            .iter()
            .enumerate()
            .map(|(c_at, &c)| round_cell(data, f, c, (r, c_at), marks))
            .collect_view()
    });
    let attrs = cols.attributes.then(|| {
        Column::ATTRIBUTES
            .iter()
            .map(|&c| attribute_cell(data, f, c, marks))
            .collect_view()
    });
    let row_hit = {
        let (sel, id) = (marks.row.clone(), Some(f.id.clone()));
        move || sel.selected(&id)
    };
    view! {
        <tr class:highlight=row_hit>
            <th scope="row" class="sticky"><FactionLink id=f.id.clone() full=true/></th>
            {rounds}
            {attrs}
        </tr>
    }
}

/// Opens (or, when it is open, closes) the evidence of one cell.
fn toggle_cell(
    row: String,
    col: Option<Column>,
    with: Option<String>,
) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let url = use_url();
    let set_view = view_setter();
    move |_| {
        let mut s = url.state.get_untracked();
        let open = s.row.as_deref() == Some(row.as_str()) && s.col == col && s.with == with;
        if open {
            s.row = None;
            s.col = None;
            s.with = None;
        } else {
            s.row = Some(row.clone());
            s.col = col;
            s.with = with.clone();
        }
        set_view(s, false);
    }
}

/// The cell whose evidence is open: `row` with `col`, or `row` with `with`.
type OpenCell = (Option<String>, Option<Column>, Option<String>);

fn open_cell() -> Selector<OpenCell> {
    let url = use_url();
    Selector::new(move || url.state.with(|s| (s.row.clone(), s.col, s.with.clone())))
}

/// Is this the cell whose evidence is open?
fn is_open(
    open: &Selector<OpenCell>,
    row: String,
    col: Option<Column>,
    with: Option<String>,
) -> impl Fn() -> bool + Send + Sync + 'static {
    let (open, key) = (open.clone(), (Some(row), col, with));
    move || open.selected(&key)
}

/// A round cell: one symbol; its name, status and the way to its evidence for screen readers.
fn round_cell(
    data: &Loaded,
    f: &Faction,
    col: Column,
    at: (impl Fn() -> usize + Send + Sync + 'static, usize),
    marks: &Marks,
) -> AnyView {
    let Column::Round(n) = col else {
        return ().into_any();
    };
    let t = use_texts();
    let status = cell_status(&data.catalog, f, n);
    let open = is_open(&marks.open, f.id.clone(), Some(col), None);
    let col_hit = marks.col_hit(col);
    let name = data.catalog.faction_name_in(&f.id, t.lang).to_string();
    view! {
        <td class=format!("cell s-{}", status.slug()) class:highlight=col_hit>
            <button type="button" aria-pressed=move || open().to_string()
                on:click=toggle_cell(f.id.clone(), Some(col), None)
                data-r=at.0 data-c=at.1 data-row=f.id.clone() data-col=col.slug()
                aria-label=t.f("matrix-round-cell", &[("faction", Arg::Text(&name)), ("n", Arg::Num(i64::from(n))), ("status", Arg::Text(&t.t(&status.key())))])>
                <span aria-hidden="true" class="cell-symbol">{status.symbol()}</span>
            </button>
        </td>
    }
    .into_any()
}

/// An attribute cell: at most two lines, its sources named where it states a
/// composition or a stance; the whole cell opens the full evidence.
fn attribute_cell(data: &Loaded, f: &Faction, col: Column, marks: &Marks) -> AnyView {
    let t = use_texts();
    let cat = &data.catalog;
    // The cell's text, and the citations its "according to" names.
    let (text, source): (String, Option<Vec<Cite>>) = match col {
        Column::Kind => (t.t(&f.kind.key()), None),
        Column::Leaders => (
            leaders_once(cat, &f.id)
                .into_iter()
                .map(|(p, roles)| {
                    let titles: Vec<&str> = roles.iter().map(|r| r.title.as_str()).collect();
                    format!("{} ({})", p.name, titles.join("; "))
                })
                .collect::<Vec<_>>()
                .join(", "),
            None,
        ),
        Column::Base => (
            f.bases
                .iter()
                // One line of several statements: their full stops would
                // stand before the separators.
                .map(|b| b.text.trim_end_matches('.').to_string())
                .collect::<Vec<_>>()
                .join(&t.t("list-separator")),
            None,
        ),
        Column::Ethnicity => {
            let names: Vec<String> = f
                .composition
                .iter()
                .flat_map(|c| {
                    c.communities
                        .iter()
                        .map(|id| cat.community_name_in(id, t.lang).to_string())
                })
                .fold(Vec::new(), |mut v, n| {
                    if !v.contains(&n) {
                        v.push(n);
                    }
                    v
                });
            let cites: Vec<_> = f.composition.iter().flat_map(|c| c.cites.clone()).collect();
            (names.join(", "), Some(cites))
        }
        Column::Stance => {
            let labels: Vec<String> = stances(f).into_iter().map(|s| t.t(&s.key())).collect();
            let cites: Vec<_> = f.stances.iter().flat_map(|s| s.cites.clone()).collect();
            (labels.join(&t.t("comma")), Some(cites))
        }
        Column::Founded => (
            f.founded
                .first()
                .map(|d| t.date_text(&d.start, d.end.as_deref()))
                .unwrap_or_default(),
            None,
        ),
        Column::Name | Column::Round(_) => (String::new(), None),
    };
    let open = is_open(&marks.open, f.id.clone(), Some(col), None);
    let col_hit = marks.col_hit(col);
    let empty = text.is_empty();
    // Names, bases and communities are dataset text; kinds, stances and dates
    // are the edition's words.
    let is_data = match col {
        Column::Leaders | Column::Base => true,
        // Community names are in the edition's script where translated.
        Column::Ethnicity => cat.communities_of_faction(f).into_iter().any(|id| {
            cat.localized(&format!("community:{id}"), "name", t.lang)
                .is_none_or(|l| l.is_fallback())
        }),
        _ => false,
    };
    let (lang, dir) = if is_data { data_attrs() } else { (None, None) };
    let source = source.filter(|c| !c.is_empty() && !empty);
    let label = t.f(
        "matrix-attribute-cell",
        &[
            ("faction", Arg::Text(cat.faction_name_in(&f.id, t.lang))),
            ("column", Arg::Text(&col.label(t))),
            (
                "value",
                Arg::Text(&if empty {
                    t.t("not-stated")
                } else {
                    text.trim_end_matches('.').to_string()
                }),
            ),
        ],
    );
    view! {
        <td class="attr" class:highlight=col_hit class:empty=empty>
            <button type="button" class="attr-button" aria-pressed=move || open().to_string()
                on:click=toggle_cell(f.id.clone(), Some(col), None)
                data-row=f.id.clone() data-col=col.slug() aria-label=label>
                <span class="clamp" aria-hidden="true">
                    {if empty { "—".to_string().into_any() } else { view! { <span lang=lang dir=dir>{text}</span> }.into_any() }}
                    {source.map(|cites| view! { <span class="according">{format!(" ({})", according_isolated(cat, &cites, t))}</span> })}
                </span>
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

/// The panel with the evidence of the open cell (from `row`, `col`, `with`).
#[component]
fn EvidencePanel() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let open = Memo::new(move |_| url.state.with(|s| (s.row.clone(), s.col, s.with.clone())));
    let heading: NodeRef<leptos::html::H2> = NodeRef::new();
    // Closing returns focus to the cell that opened the panel.
    let close = move || {
        let (row, col, with) = open.get_untracked();
        let mut s = url.state.get_untracked();
        s.row = None;
        s.col = None;
        s.with = None;
        set_view(s, false);
        let selector = match (row, col, with) {
            (Some(r), Some(c), _) => format!("button[data-row=\"{r}\"][data-col=\"{}\"]", c.slug()),
            (Some(r), None, Some(w)) => format!("button[data-row=\"{r}\"][data-with=\"{w}\"]"),
            _ => return,
        };
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    };
    let on_key = {
        let close = close.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close();
            }
        }
    };
    // Escape anywhere on the page closes an open panel too.
    let esc = window_event_listener(leptos::ev::keydown, {
        let close = close.clone();
        move |e: KeyboardEvent| {
            let is_open =
                open.with_untracked(|(r, c, w)| r.is_some() && (c.is_some() || w.is_some()));
            if is_open && e.key() == "Escape" && !e.default_prevented() {
                close();
            }
        }
    });
    on_cleanup(move || esc.remove());
    // An opened panel takes focus, so a screen reader reads it.
    Effect::new(move |was: Option<bool>| {
        let now = open.with(|(r, c, w)| r.is_some() && (c.is_some() || w.is_some()));
        if now && was != Some(true) {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        now
    });
    move || {
        let data = store.data.get();
        let (row, col, with) = open.get();
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
        let on_key = on_key.clone();
        Some(view! {
            <div class="evidence evidence-panel" role="dialog" aria-modal="false" aria-labelledby="evidence-h" on:keydown=on_key>
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

/// How factions stand toward each other: a square matrix of short marks.
#[component]
fn Relations() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let open_cells = open_cell();
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
                        let open = is_open(&open_cells, from.to_string(), None, Some(to.to_string()));
                        view! {
                            <td class="rel">
                                <button type="button" aria-pressed=move || open().to_string()
                                    on:click=toggle_cell(from.to_string(), None, Some(to.to_string()))
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
