//! The grid: a row per faction, a cell per round and attribute, each cell a
//! button that opens its evidence.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::components::data_text::data_attrs;
use crate::components::filter_bar::EmptyResult;
use crate::components::names::FactionLink;
use crate::data::model::{Cite, Faction};
use crate::i18n::messages::Arg;
use crate::query::matrix::{
    according_isolated, cell_status, grid_step, leaders_once, round_columns, stances, OpenCell,
};
use crate::query::state::{Column, MatrixView, ViewState};
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::{Loaded, Store};
use crate::url_state::{use_url, view_setter};

/// A header cell that sorts by its column (and says how it is sorted).
#[component]
fn SortHeader(col: Column, #[prop(into)] highlighted: Signal<bool>) -> impl IntoView {
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
/// highlighting a row or column re-runs only the marks whose state changes
/// (the cells that close and open, their rows and columns), not the grid.
#[derive(Clone)]
struct Marks {
    open: Selector<OpenCell>,
    row: Selector<Option<String>>,
    col: Selector<Option<Column>>,
}

impl Marks {
    fn of(state: Memo<ViewState>) -> Marks {
        Marks {
            open: open_cell(state),
            row: Selector::new(move || state.with(|s| s.row.clone())),
            col: Selector::new(move || state.with(|s| s.col)),
        }
    }

    /// Is this cell the open one?
    fn open_hit(&self, cell: OpenCell) -> impl Fn() -> bool + Send + Sync + 'static {
        is_open(&self.open, cell)
    }

    /// Is this faction's row highlighted?
    fn row_hit(&self, faction: &str) -> impl Fn() -> bool + Send + Sync + 'static {
        let (sel, id) = (self.row.clone(), Some(faction.to_string()));
        move || sel.selected(&id)
    }

    /// Is this column highlighted?
    fn col_hit(&self, col: Column) -> impl Fn() -> bool + Send + Sync + 'static {
        let sel = self.col.clone();
        move || sel.selected(&Some(col))
    }
}

#[component]
pub(super) fn MatrixTable(shown: Memo<Vec<usize>>) -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let view_kind = Memo::new(move |_| url.state.with(|s| s.view));
    let empty = Memo::new(move |_| shown.with(Vec::is_empty));
    let marks = Marks::of(url.state);
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
            .map(|&c| view! { <SortHeader col=c highlighted=Signal::derive(marks.col_hit(c))/> })
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
    let row_hit = marks.row_hit(&f.id);
    view! {
        <tr class:highlight=row_hit>
            <th scope="row" class="sticky"><FactionLink id=f.id.clone() full=true/></th>
            {rounds}
            {attrs}
        </tr>
    }
}

/// Opens (or, when it is open, closes) the evidence of one cell.
pub(super) fn toggle_cell(cell: OpenCell) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let url = use_url();
    let set_view = view_setter();
    move |_| {
        let mut s = url.state.get_untracked();
        cell.toggle(&mut s);
        set_view(s, false);
    }
}

/// The open cell as a selector: opening a cell re-runs the cell that closes
/// and the one that opens, no other.
pub(super) fn open_cell(state: Memo<ViewState>) -> Selector<OpenCell> {
    Selector::new(move || state.with(OpenCell::of))
}

/// Is this the cell whose evidence is open?
pub(super) fn is_open(
    open: &Selector<OpenCell>,
    cell: OpenCell,
) -> impl Fn() -> bool + Send + Sync + 'static {
    let open = open.clone();
    move || open.selected(&cell)
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
    let cell = OpenCell::cell(&f.id, Some(col), None);
    let open = marks.open_hit(cell.clone());
    let col_hit = marks.col_hit(col);
    let name = data.catalog.faction_name_in(&f.id, t.lang).to_string();
    view! {
        <td class=format!("cell s-{}", status.slug()) class:highlight=col_hit>
            <button type="button" aria-pressed=move || open().to_string()
                on:click=toggle_cell(cell)
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
            let names: Vec<&str> = cat
                .communities_of_faction(f)
                .into_iter()
                .map(|id| cat.community_name_in(id, t.lang))
                .collect();
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
    let cell = OpenCell::cell(&f.id, Some(col), None);
    let open = marks.open_hit(cell.clone());
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
                on:click=toggle_cell(cell)
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

// Natively, where the build-time executor runs the selectors' updates.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use super::*;
    use crate::data::embedded::embedded;
    use crate::query::axis::DayRange;
    use crate::store::Origin;

    /// Every mark the grid shows, each read in a memo (as the renderer reads
    /// it) that logs its runs: a cell's open state, a row's and a column's
    /// highlight on each cell, and each column header's.
    struct Grid {
        marks: Vec<(String, Memo<bool>)>,
        runs: Arc<Mutex<Vec<String>>>,
    }

    impl Grid {
        fn of(data: &Loaded, marks: &Marks) -> Grid {
            let runs = Arc::new(Mutex::new(Vec::new()));
            let mut all = Vec::new();
            let mut watch = |name: String, hit: Box<dyn Fn() -> bool + Send + Sync>| {
                let (runs, logged) = (runs.clone(), name.clone());
                let memo = Memo::new(move |_| {
                    runs.lock().unwrap().push(logged.clone());
                    hit()
                });
                all.push((name, memo));
            };
            let mut cols = round_columns(&data.catalog);
            cols.extend(Column::ATTRIBUTES);
            for &c in &cols {
                watch(format!("header {}", c.slug()), Box::new(marks.col_hit(c)));
            }
            for f in &data.catalog.data.factions {
                watch(format!("row {}", f.id), Box::new(marks.row_hit(&f.id)));
                for &c in &cols {
                    let cell = OpenCell::cell(&f.id, Some(c), None);
                    watch(
                        format!("open {} {}", f.id, c.slug()),
                        Box::new(marks.open_hit(cell)),
                    );
                    watch(
                        format!("column {} {}", f.id, c.slug()),
                        Box::new(marks.col_hit(c)),
                    );
                }
            }
            let grid = Grid { marks: all, runs };
            grid.read_all();
            grid.runs.lock().unwrap().clear();
            grid
        }

        fn read_all(&self) {
            for (_, memo) in &self.marks {
                memo.get();
            }
        }

        fn mark(&self, name: &str) -> Memo<bool> {
            self.marks.iter().find(|(n, _)| n == name).unwrap().1
        }

        /// Waits until the selectors have taken in the address (they update
        /// in a task of their own), reads every mark as a redraw would, and
        /// returns which ones ran, sorted.
        fn after(&self, settled: impl Fn() -> bool) -> Vec<String> {
            let start = Instant::now();
            while !settled() {
                assert!(
                    start.elapsed() < Duration::from_secs(10),
                    "the marks never updated"
                );
                std::thread::sleep(Duration::from_millis(1));
            }
            self.read_all();
            let mut runs = std::mem::take(&mut *self.runs.lock().unwrap());
            runs.sort();
            runs
        }
    }

    fn sorted(mut v: Vec<String>) -> Vec<String> {
        v.sort();
        v
    }

    #[test]
    fn opening_a_cell_reruns_its_own_marks_not_the_grid() {
        let _ = any_spawner::Executor::init_futures_executor();
        let owner = Owner::new();
        owner.set();
        let data = Loaded::new(embedded().unwrap(), Origin::Embedded);
        let state = RwSignal::new(ViewState::default());
        let grid = Grid::of(&data, &Marks::of(Memo::new(move |_| state.get())));
        let ids: Vec<&str> = data
            .catalog
            .data
            .factions
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        let (a, b) = (ids[0], ids[1]);
        let column = |c: Column| {
            let mut v = vec![format!("header {}", c.slug())];
            v.extend(ids.iter().map(|f| format!("column {f} {}", c.slug())));
            v
        };

        // Open a round cell: that cell, its row, and its column light up.
        let r3 = Column::Round(3);
        OpenCell::cell(a, Some(r3), None).toggle(&mut state.write());
        let ran = grid.after(|| grid.mark(&format!("open {a} r3")).get());
        let mut want = vec![format!("open {a} r3"), format!("row {a}")];
        want.extend(column(r3));
        assert_eq!(ran, sorted(want));

        // A sort and a period change no mark; then another cell in the same
        // column: the cell that closes, the one that opens, and the two rows.
        state.update(|s| {
            s.sort = Some(Column::Name);
            s.desc = true;
            s.range = Some(DayRange::parse("2023-01-01..2023-12-31").unwrap().0);
        });
        OpenCell::cell(b, Some(r3), None).toggle(&mut state.write());
        let ran = grid.after(|| {
            grid.mark(&format!("open {b} r3")).get() && !grid.mark(&format!("open {a} r3")).get()
        });
        let want = vec![
            format!("open {a} r3"),
            format!("open {b} r3"),
            format!("row {a}"),
            format!("row {b}"),
        ];
        assert_eq!(ran, sorted(want));
    }
}
