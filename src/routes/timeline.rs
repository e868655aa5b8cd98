//! The timeline (also the home page): rounds and context events on a time axis.

use leptos::prelude::*;

use crate::components::chart::ParticipationChart;
use crate::components::cite::{Cites, Inferred};
use crate::components::copy_link::CopyLink;
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::{FactionList, PersonList};
use crate::components::notices::Notices;
use crate::data::date::format_range;
use crate::query::export;
use crate::query::participation::count_text;
use crate::query::timeline::{by_year, place, Item, Placed};
use crate::query::vocab::Vocab;
use crate::site::use_links;
use crate::store::{Loaded, Origin, Store};
use crate::url_state::use_url;

/// Items drawn individually on the axis; above this the axis shows density.
const AXIS_MARKS_MAX: usize = 400;
/// Items rendered in the list at first; more on request.
const LIST_PAGE: usize = 150;

#[component]
pub fn TimelinePage() -> impl IntoView {
    let store = Store::use_store();
    let url = use_url();
    let placed = Memo::new(move |_| {
        let data = store.data.get();
        url.state
            .with(|s| place(&data.catalog, &data.selection, &s.filter, &data.axis))
    });
    let table = move || {
        let data = store.data.get_untracked();
        export::timeline(&data.catalog, &placed.get_untracked())
    };
    // A mark the benchmark waits for: the timeline has been painted.
    Effect::new(move |_| {
        placed.track();
        if let Some(w) = web_sys::window() {
            let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark("timeline-painted");
                }
            });
            let _ = w.request_animation_frame(cb.unchecked_ref());
        }
    });
    view! {
        <h1>"Timeline of the Vienna Process"</h1>
        <p class="lede">
            "The five rounds of the Vienna Process for a Democratic Afghanistan (2022-2025) and the events around them, on a time axis. "
            "Filter by faction, ethnic or religious group, kind of event, stance or years; the address always holds the view, so it can be shared."
        </p>
        <Notices/>
        <FilterBar scope=Scope::Timeline/>
        <div class="toolbar">
            <CopyLink/>
            <ExportButtons name="vienna-process-timeline" table=table/>
        </div>
        <section aria-labelledby="participation-h" class="participation-section">
            <h2 id="participation-h">"Participation by round"</h2>
            <ParticipationChart/>
        </section>
        <section aria-labelledby="items-h">
            <h2 id="items-h">"Rounds and events"</h2>
            <Axis placed=placed/>
            <TimelineList placed=placed/>
        </section>
    }
}

use wasm_bindgen::JsCast;

/// The proportional axis: years marked, rounds above, events below. It is a
/// visual aid only; the list below carries the same items for every reader.
#[component]
fn Axis(placed: Memo<Vec<Placed>>) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    move || {
        let data = store.data.get();
        let items = placed.get();
        let state = url.state.get();
        let ticks = data
            .axis
            .ticks
            .iter()
            .map(|&(year, pos)| {
                view! { <span class="tick" style:left=format!("{:.3}%", pos * 100.0)>{year.to_string()}</span> }
            })
            .collect_view();
        let marks = if items.len() <= AXIS_MARKS_MAX {
            items
                .iter()
                .map(|p| {
                    let left = format!("{:.3}%", p.pos * 100.0);
                    let lane = format!("{}", p.lane);
                    match p.item {
                        Item::Round(i) => {
                            let r = &data.catalog.data.rounds[i];
                            let href = links.round(r.number, &state);
                            view! {
                                <a class="mark round" href=href tabindex="-1" style:left=left data-lane=lane
                                   title=format!("Round {}: {}", r.number, format_range(&p.start, p.end.as_ref()))>
                                    {r.number.to_string()}
                                </a>
                            }
                            .into_any()
                        }
                        Item::Event(i) => {
                            let e = &data.catalog.data.events[i];
                            let href = format!("#event-{}", e.id);
                            view! {
                                <a class=format!("mark event k-{}", e.kind.slug()) href=href tabindex="-1"
                                   style:left=left data-lane=lane title=e.title.clone()>
                                    <span class="visually-hidden">{e.title.clone()}</span>
                                </a>
                            }
                            .into_any()
                        }
                    }
                })
                .collect_view()
                .into_any()
        } else {
            density(&items).into_any()
        };
        view! {
            <div class="axis" aria-hidden="true">
                <div class="axis-line">{ticks}</div>
                <div class="axis-marks">{marks}</div>
            </div>
        }
    }
}

/// Many items: bars of items per month instead of one mark each.
fn density(items: &[Placed]) -> impl IntoView {
    let mut bins = [0usize; 100];
    for p in items {
        let b = ((p.pos * 99.0).round() as usize).min(99);
        bins[b] += 1;
    }
    let max = bins.iter().copied().max().unwrap_or(1).max(1);
    bins.iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(i, &n)| {
            view! {
                <span class="bin" style:left=format!("{i}%") style:height=format!("{:.0}%", n as f64 / max as f64 * 100.0)></span>
            }
        })
        .collect_view()
}

/// The items as a list grouped by year: the accessible, phone-sized timeline.
#[component]
fn TimelineList(placed: Memo<Vec<Placed>>) -> impl IntoView {
    let store = Store::use_store();
    let limit = RwSignal::new(LIST_PAGE);
    // A new filter starts from the top of the list again.
    Effect::new(move |_| {
        placed.track();
        limit.set(LIST_PAGE);
    });
    let origin = move || match store.data.get().origin {
        Origin::Embedded => "embedded",
        Origin::Url(_) => "url",
        Origin::File(_) => "file",
    };
    view! {
        <div id="timeline-items" data-count=move || placed.with(Vec::len).to_string() data-origin=origin>
            {move || {
                let data = store.data.get();
                let items = placed.get();
                if items.is_empty() {
                    return view! { <EmptyResult what="rounds or events"/> }.into_any();
                }
                let n = limit.get();
                let shown = &items[..n.min(items.len())];
                let groups = by_year(shown)
                    .into_iter()
                    .map(|(year, ps)| {
                        let cards = ps.into_iter().map(|p| card(&data, p)).collect_view();
                        view! {
                            <section class="year" aria-labelledby=format!("y{year}")>
                                <h3 class="year-heading" id=format!("y{year}")>{year.to_string()}</h3>
                                <ol class="items">{cards}</ol>
                            </section>
                        }
                    })
                    .collect_view();
                let rest = items.len().saturating_sub(n);
                view! {
                    {groups}
                    {(rest > 0).then(|| view! {
                        <p class="more">
                            <button type="button" on:click=move |_| limit.update(|l| *l += LIST_PAGE)>
                                {format!("Show {} more ({rest} not shown)", LIST_PAGE.min(rest))}
                            </button>
                        </p>
                    })}
                }
                .into_any()
            }}
        </div>
    }
}

fn card(data: &Loaded, p: &Placed) -> AnyView {
    let when = format_range(&p.start, p.end.as_ref());
    let disputed = p.disputed.then(|| {
        view! { <span class="badge disputed" title="Sources give other dates; see the disagreements">"dates differ"</span> }
    });
    match p.item {
        Item::Round(i) => {
            let r = &data.catalog.data.rounds[i];
            view! { <RoundCard number=r.number when=when disputed=disputed.is_some()/> }.into_any()
        }
        Item::Event(i) => {
            let e = data.catalog.data.events[i].clone();
            view! {
                <li class=format!("item event k-{}", e.kind.slug()) id=format!("event-{}", e.id)>
                    <article>
                        <h4>{e.title.clone()}</h4>
                        <p class="meta">
                            <time datetime=e.dates.first().map(|d| d.start.clone()).unwrap_or_default()>{when}</time>
                            " · "
                            <span class="kind">{e.kind.label()}</span>
                            {e.place.clone().map(|pl| view! { " · " {pl} })}
                            " "
                            {disputed}
                            <Inferred inferred=e.inferred/>
                        </p>
                        <p>{e.summary.clone()}" "<Cites cites=e.cites.clone()/></p>
                        {(!e.factions.is_empty()).then(|| view! { <p class="involved">"Factions: "<FactionList ids=e.factions.clone()/></p> })}
                        {(!e.people.is_empty()).then(|| view! { <p class="involved">"People: "<PersonList ids=e.people.clone()/></p> })}
                    </article>
                </li>
            }
            .into_any()
        }
    }
}

/// A round at a glance: number, dates, venue, stated sizes, headline outcome.
#[component]
fn RoundCard(number: u8, when: String, disputed: bool) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let data = store.data.get_untracked();
    let Some(r) = data.catalog.round(number).cloned() else {
        return ().into_any();
    };
    let href = move || links.round(number, &url.state.get());
    let venue = r.venues.first().map(|v| format!("{}, {}", v.name, v.city));
    let sizes = r
        .counts
        .iter()
        .map(|c| {
            view! { <li>{count_text(c)}" "<q class="stated">{c.stated.clone()}</q>" "<Cites cites=c.cites.clone()/></li> }
        })
        .collect_view();
    view! {
        <li class="item round" id=format!("round-{number}")>
            <article>
                <h4>
                    <a href=href>
                        <span class="round-number">{format!("Round {number}")}</span>
                        ": "
                        {r.name.clone()}
                    </a>
                </h4>
                <p class="meta">
                    <time datetime=r.dates.first().map(|d| d.start.clone()).unwrap_or_default()>{when}</time>
                    {venue.map(|v| view! { " · " {v} })}
                    " "
                    {disputed.then(|| view! { <span class="badge disputed">"dates differ between sources"</span> })}
                </p>
                <p class="headline">{r.headline.clone()}</p>
                {(!r.counts.is_empty()).then(|| view! {
                    <div class="sizes"><span>"Size as stated:"</span><ul>{sizes}</ul></div>
                })}
            </article>
        </li>
    }
    .into_any()
}
