//! The filter form shared by the timeline, the matrix and the lists.
//!
//! Every control reads its value from the URL and writes a new URL: the form
//! holds no state of its own. Controls are built once per dataset and only
//! their checked state and counts update, so focus stays where the user is.

use leptos::html;
use leptos::prelude::*;

use crate::components::data_text::Data;
use crate::data::catalog::Catalog;
use crate::data::model::{EventKind, FactionKind, Stance};
use crate::i18n::messages::Arg;
use crate::i18n::Texts;
use crate::query::chips::Chip;
use crate::query::facet::Facet;
use crate::query::select::{FacetCounts, Facts};
use crate::query::state::{Filter, ViewState};
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::{Loaded, Store};
use crate::url_state::{use_url, view_setter};

/// Which records the filters count and select.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Rounds and context events.
    Timeline,
    Factions,
    People,
}

impl Scope {
    pub fn records(self, data: &Loaded) -> Vec<&Facts> {
        let s = &data.selection;
        match self {
            Scope::Timeline => s.rounds.iter().chain(s.events.iter()).collect(),
            Scope::Factions => s.factions.iter().collect(),
            Scope::People => s.people.iter().collect(),
        }
    }
    /// The catalog key of "{ $n } of { $all } … match".
    fn summary_key(self) -> &'static str {
        match self {
            Scope::Timeline => "filter-summary-timeline",
            Scope::Factions => "filter-summary-factions",
            Scope::People => "filter-summary-people",
        }
    }
}

/// The facet counts of the current filter over a scope's records.
pub fn use_counts(scope: Scope) -> Memo<FacetCounts> {
    counts_of(Store::use_store().data.into(), use_url().filter, scope)
}

/// Counts again when the dataset or the filter changes, and only then: the
/// axis's range, the sort or an open cell are elsewhere in the address.
fn counts_of(
    data: Signal<std::sync::Arc<Loaded>>,
    filter: Memo<Filter>,
    scope: Scope,
) -> Memo<FacetCounts> {
    Memo::new(move |_| {
        let data = data.get();
        filter.with(|f| FacetCounts::count(f, scope.records(&data)))
    })
}

/// One checkbox of a facet.
struct Choice {
    value: String,
    label: String,
    /// Is the label dataset text (a name), English in every edition?
    data: bool,
}

impl Choice {
    /// The facet's choices, labelled in the edition's language: names in the
    /// edition's script where the dataset has them, words from the catalog.
    fn all(facet: Facet, cat: &Catalog, texts: &Texts) -> Vec<Choice> {
        facet
            .values(cat)
            .into_iter()
            .map(|value| {
                let (label, data) = match facet {
                    Facet::Faction => {
                        let name = cat.faction_name_in(&value, texts.lang);
                        (name.to_string(), name == cat.faction_name(&value))
                    }
                    Facet::Community => {
                        let name = cat.community_name_in(&value, texts.lang);
                        (name.to_string(), name == cat.community_name(&value))
                    }
                    Facet::Kind => (word::<EventKind>(texts, &value), false),
                    Facet::Stance => (word::<Stance>(texts, &value), false),
                    Facet::FactionKind => (word::<FactionKind>(texts, &value), false),
                };
                Choice { value, label, data }
            })
            .collect()
    }
}

fn word<T: Vocab>(texts: &Texts, slug: &str) -> String {
    T::from_slug(slug)
        .map(|w| texts.t(&w.key()))
        .unwrap_or_default()
}

#[component]
fn FacetBox(facet: Facet, counts: Memo<FacetCounts>) -> impl IntoView {
    let url = use_url();
    let set_view = view_setter();
    let texts = use_texts();
    let store = Store::use_store();
    let name = facet.param();
    // Open while one of its choices is selected (after a link or "clear", too).
    let any_selected = Memo::new(move |_| url.filter.with(|f| facet.any_selected(f)));
    let choices = store
        .data
        .with_untracked(|d| Choice::all(facet, &d.catalog, texts));
    let items = choices
        .into_iter()
        .map(|c| {
            let id = format!("f-{name}-{}", c.value);
            let value = StoredValue::new(c.value.clone());
            let checked = move || url.filter.with(|f| value.with_value(|v| facet.is_selected(f, v)));
            let n = move || counts.with(|k| value.with_value(|v| facet.count(k, v)));
            let on_change = {
                let set_view = set_view.clone();
                move |_| {
                    let mut state: ViewState = url.state.get_untracked();
                    value.with_value(|v| facet.toggle(&mut state.filter, v));
                    set_view(state, false);
                }
            };
            view! {
                <li class:empty=move || n() == 0>
                    <input type="checkbox" id=id.clone() name=name value=c.value prop:checked=checked on:change=on_change/>
                    <label for=id>
                        {if c.data { view! { <Data text=c.label/> }.into_any() } else { c.label.into_any() }}
                        " "
                        <span class="count">
                            <span class="visually-hidden">{texts.t("filter-matching")}</span>
                            {move || format!("({})", texts.num(n() as i64))}
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let legend = texts.t(facet.legend_key());
    view! {
        <details class="facet" open=any_selected>
            <summary>{legend.clone()}</summary>
            <fieldset>
                <legend class="visually-hidden">{legend}</legend>
                <ul class="choices">{items}</ul>
            </fieldset>
        </details>
    }
}

/// The text search: written to the URL as you type (replacing, not pushing).
#[component]
fn Search() -> impl IntoView {
    let texts = use_texts();
    let url = use_url();
    let set_view = view_setter();
    // The box follows the URL (back/forward, clear); typing writes the URL,
    // which gives back the same text, so the caret stays where it is.
    let q = Memo::new(move |_| url.filter.with(|f| f.q.clone()));
    let on_input = move |ev| {
        let mut state = url.state.get_untracked();
        state.filter.q = event_target_value(&ev);
        set_view(state, true);
    };
    view! {
        <div class="search">
            <label for="filter-q" class="visually-hidden">{texts.t("filter-search")}</label>
            <input
                id="filter-q"
                name="q"
                type="search"
                placeholder=texts.t("filter-search")
                value=q.get_untracked()
                prop:value=q
                on:input=on_input
                autocomplete="off"
                maxlength="200"
            />
        </div>
    }
}

/// From/to year selects.
#[component]
fn Years() -> impl IntoView {
    let texts = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let years = move || {
        let (first, end) = store.data.get().catalog.years();
        (first..end).collect::<Vec<i32>>()
    };
    let select = move |which: &'static str| {
        let set_view = set_view.clone();
        let current = move || {
            url.filter
                .with(|f| if which == "from" { f.from } else { f.to })
                .map(|y| y.to_string())
                .unwrap_or_default()
        };
        let on_change = move |ev| {
            let v = event_target_value(&ev);
            let mut state = url.state.get_untracked();
            let y = v.parse::<i32>().ok();
            if which == "from" {
                state.filter.from = y;
            } else {
                state.filter.to = y;
            }
            set_view(state, false);
        };
        let options = move || {
            years()
                .into_iter()
                .map(|y| {
                    let s = y.to_string();
                    let selected = {
                        let s = s.clone();
                        move || current() == s
                    };
                    view! { <option value=s.clone() selected=selected>{texts.num(y)}</option> }
                })
                .collect_view()
        };
        let label = if which == "from" {
            texts.t("filter-from-year")
        } else {
            texts.t("filter-to-year")
        };
        let id = format!("filter-{which}");
        view! {
            <label for=id.clone()>{label}</label>
            <select id=id name=which on:change=on_change prop:value=current>
                <option value="">{texts.t("filter-any-year")}</option>
                {options}
            </select>
        }
    };
    view! { <div class="years">{select("from")}{select("to")}</div> }
}

/// The whole filter form for a scope, with the number of matching records.
#[component]
pub fn FilterBar(scope: Scope) -> impl IntoView {
    let texts = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let counts = use_counts(scope);
    let clear = move |_| {
        let mut state = url.state.get_untracked();
        state.filter = Filter::default();
        set_view(state, false);
    };
    // Which facets a scope offers; rebuilt only when the dataset changes.
    let facets = move || {
        store.data.track();
        let facet = |f: Facet| view! { <FacetBox facet=f counts=counts/> };
        view! {
            {(scope == Scope::Timeline).then(|| facet(Facet::Kind))}
            {facet(Facet::Faction)}
            {facet(Facet::Community)}
            {facet(Facet::Stance)}
            {(scope == Scope::Factions).then(|| facet(Facet::FactionKind))}
            {(scope == Scope::Timeline).then(|| view! { <Years/> })}
        }
    };
    let summary = move || {
        let total = counts.with(|c| c.total);
        let all = scope.records(&store.data.get()).len();
        texts.f(
            scope.summary_key(),
            &[("n", Arg::Num(total as i64)), ("all", Arg::Num(all as i64))],
        )
    };
    let active = Memo::new(move |_| url.filter.with(|f| f.chips().len()));
    let panel: NodeRef<html::Details> = NodeRef::new();
    let close = move |_| {
        if let Some(el) = panel.get_untracked() {
            el.set_open(false);
        }
    };
    // One compact bar: the view stays the first thing on the screen, and the
    // whole form opens as a sheet (phones) or a panel (wide screens).
    view! {
        <form id="filters" class="filters" role="search" aria-label=texts.t("filter-label") on:submit=|ev| ev.prevent_default()>
            <div class="filter-bar">
                <details class="filter-panel" node_ref=panel>
                    <summary class="filter-toggle">
                        {texts.t("filter-open")}
                        {move || (active.get() > 0).then(|| view! {
                            " " <span class="filter-count">
                                <span aria-hidden="true">{texts.num(active.get() as i64)}</span>
                                <span class="visually-hidden">{texts.f("filter-active", &[("n", Arg::Num(active.get() as i64))])}</span>
                            </span>
                        })}
                    </summary>
                    <div class="filter-sheet">
                        <div class="facets">{facets}</div>
                        <button type="button" class="filter-done" on:click=close>{texts.t("filter-done")}</button>
                    </div>
                </details>
                <Search/>
            </div>
            <Chips/>
            <p class="filter-summary">
                <span role="status">{summary}</span>
                " "
                {move || (active.get() > 0).then(|| {
                    view! { <button type="button" class="link-button" on:click=clear.clone()>{texts.t("filter-clear")}</button> }
                })}
            </p>
        </form>
    }
}

/// What a chip says, and whether that is dataset text (a name, a search).
pub fn chip_label(cat: &Catalog, texts: &Texts, chip: &Chip) -> (String, bool) {
    match chip {
        // Names in the edition's script where the dataset has them.
        Chip::Faction(id) => {
            let name = cat.faction_name_in(id, texts.lang);
            (name.to_string(), name == cat.faction_name(id))
        }
        Chip::Community(id) => {
            let name = cat.community_name_in(id, texts.lang);
            let english = cat.community_name(id);
            (name.to_string(), name == english)
        }
        Chip::Kind(k) => (texts.t(&k.key()), false),
        Chip::FactionKind(k) => (texts.t(&k.key()), false),
        Chip::Stance(k) => (texts.t(&k.key()), false),
        Chip::From(y) => (
            format!("{} {}", texts.t("filter-from-year"), texts.num(*y)),
            false,
        ),
        Chip::To(y) => (
            format!("{} {}", texts.t("filter-to-year"), texts.num(*y)),
            false,
        ),
        Chip::Search(q) => (format!("“{q}”"), true),
    }
}

/// The active filters, each a button that removes it.
#[component]
fn Chips() -> impl IntoView {
    let texts = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let chips = Memo::new(move |_| url.filter.with(|f| f.chips()));
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        let list = chips.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|chip| {
                    let (label, is_data) = chip_label(cat, texts, &chip);
                    let name = texts.f("filter-remove", &[("label", Arg::Text(&texts.isolate(&label)))]);
                    let set_view = set_view.clone();
                    let remove = move |_| {
                        let mut state = url.state.get_untracked();
                        state.filter = state.filter.without(&chip);
                        set_view(state, false);
                    };
                    view! {
                        <li>
                            <button type="button" class="chip" aria-label=name on:click=remove>
                                {if is_data { view! { <Data text=label/> }.into_any() } else { label.into_any() }}
                                <span class="x" aria-hidden="true">"×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="chips" aria-label=texts.t("filter-label")>{items}</ul> }
        })
    }
}

/// Shown when a filter leaves nothing: says so and offers to clear.
#[component]
pub fn EmptyResult(
    /// The catalog key of "No … match these filters."
    what: &'static str,
) -> impl IntoView {
    let texts = use_texts();
    let url = use_url();
    let set_view = view_setter();
    let clear = move |_| {
        let mut state = url.state.get_untracked();
        state.filter = Filter::default();
        set_view(state, false);
    };
    view! {
        <div class="empty-result">
            <p>{texts.t(what)}</p>
            <button type="button" on:click=clear>{texts.t("filter-clear")}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::data::embedded::embedded;
    use crate::query::axis::DayRange;
    use crate::query::select::COUNTINGS;
    use crate::store::Origin;

    fn countings() -> usize {
        COUNTINGS.with(|n| n.get())
    }

    #[test]
    fn only_the_filter_and_the_dataset_recount_the_facets() {
        let owner = Owner::new();
        owner.set();
        let loaded = Arc::new(Loaded::new(embedded().unwrap(), Origin::Embedded));
        let data = RwSignal::new(loaded.clone());
        let state = RwSignal::new(ViewState::default());
        // As the app derives it: the filter alone, from the whole address.
        let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
        let counts = counts_of(data.into(), filter, Scope::Timeline);
        let all = counts.with(|c| c.total);
        let before = countings();

        // Moving the axis, sorting, opening a cell: no recount.
        state.update(|s| {
            s.range = Some(DayRange::parse("2023-01-01..2023-12-31").unwrap().0);
        });
        assert_eq!(counts.with(|c| c.total), all);
        state.update(|s| s.row = Some("nrf".into()));
        assert_eq!(counts.with(|c| c.total), all);
        assert_eq!(countings(), before, "nothing the counts read changed");

        // A filter: one recount, and it counts fewer.
        state.update(|s| s.filter.q = "roadmap".into());
        assert!(counts.with(|c| c.total) < all);
        assert_eq!(countings(), before + 1);
        // Another dataset: one recount.
        data.set(Arc::new(Loaded::new(
            embedded().unwrap(),
            Origin::File("x.json".into()),
        )));
        counts.with(|c| c.total);
        assert_eq!(countings(), before + 2);
    }
}
