//! The faction matrix: factions against rounds and against their attributes,
//! and a square matrix of how factions stand toward each other.
//!
//! Cells are short (a symbol, or two lines of text); every cell is a button
//! that opens its evidence (citations, wording, disagreements) in a side
//! panel. The open cell is in the address (`row` with `col`, or with `with`
//! for a relation), Escape closes the panel and returns focus to the cell.

use leptos::prelude::*;

use crate::components::export::ExportButtons;
use crate::components::filter_bar::{FilterBar, Scope};
use crate::components::notices::Notices;
use crate::components::picture::{Body, PictureButtons};
use crate::components::references::References;
use crate::components::share::Share;
use crate::i18n::messages::Arg;
use crate::query::export;
use crate::query::matrix::{rows, CellStatus};
use crate::query::picture::matrix_body;
use crate::query::references::of_factions;
use crate::query::state::MatrixView;
use crate::site::use_texts;
use crate::store::Store;
use crate::url_state::{use_url, view_setter};

mod evidence;
mod relations;
mod table;

use self::evidence::EvidencePanel;
use self::relations::Relations;
use self::table::MatrixTable;

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
