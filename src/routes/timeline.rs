//! The timeline (also the home page): rounds and context events on a time
//! axis a reader can move through, and the same items as a list.

use leptos::prelude::*;

use crate::components::chart::ParticipationChart;
use crate::components::cite::{Cites, Inferred};
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::{FactionList, PersonList};
use crate::components::notices::Notices;
use crate::components::picture::{Body, PictureButtons};
use crate::components::share::Share;
use crate::query::export;
use crate::query::participation::count_text;

use crate::components::data_text::{data_attrs, LocalName};
use crate::components::time_axis::TimeAxis;
use crate::components::windowed::Windowed;
use crate::data::model::{Event, Round};
use crate::i18n::messages::Arg;
use crate::query::axis::iso;
use crate::query::head::venue_in;
use crate::query::rows::{rows, Row, RowKey, WINDOW_FROM};
use crate::query::timeline::{by_year, select, Item, Placed};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::{Loaded, Origin, Store};
use crate::url_state::{use_url, view_setter};

#[component]
pub fn TimelinePage() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let url = use_url();
    let placed = Memo::new(move |_| {
        let data = store.data.get();
        url.filter
            .with(|f| select(&data.timeline, &data.selection, f))
    });
    // The list shows what the axis shows: with a period chosen, the items in it.
    let range = url.range;
    let shown = Memo::new(move |_| {
        placed.with(|all| match range.get() {
            None => all.clone(),
            Some(r) => {
                let w = r.window();
                all.iter()
                    .filter(|p| {
                        let end = p.end.as_ref().map_or(p.start.last_day(), |e| e.last_day());
                        w.overlaps(p.start.first_day() as f64, end as f64 + 1.0)
                    })
                    .cloned()
                    .collect()
            }
        })
    });
    let hovered: RwSignal<Option<Item>> = RwSignal::new(None);
    let table = move || {
        let data = store.data.get_untracked();
        export::timeline(&data.catalog, &shown.get_untracked())
    };
    view! {
        <h1>{t.t("timeline-heading")}</h1>
        <p class="lede short">{t.t("timeline-lede-short")}</p>
        <Notices/>
        <FilterBar scope=Scope::Timeline/>
        <section aria-labelledby="axis-h">
            <h2 id="axis-h" class="visually-hidden">{t.t("timeline-axis-heading")}</h2>
            <TimeAxis placed=placed hovered=hovered/>
        </section>
        <div class="toolbar">
            <Share/>
            <ExportButtons name="vienna-process-timeline" table=table/>
            <PictureButtons name="vienna-process-timeline" body=timeline_picture() measure="time-axis"
                period=std::sync::Arc::new(|| drawn_text(".axis-period"))/>
        </div>
        <p class="lede more">{t.t("timeline-lede")}</p>
        <section aria-labelledby="participation-h" class="participation-section">
            <h2 id="participation-h">{t.t("timeline-participation-heading")}</h2>
            <ParticipationChart/>
        </section>
        <section aria-labelledby="items-h">
            <h2 id="items-h">{t.t("timeline-items-heading")}</h2>
            <PeriodNote shown=shown placed=placed/>
            <TimelineList shown=shown hovered=hovered/>
        </section>
    }
}

/// The axis and the participation chart as drawn on the page, one above the
/// other, for the picture of this view.
fn timeline_picture() -> Body {
    std::sync::Arc::new(|width: f64| {
        let doc = web_sys::window().and_then(|w| w.document());
        let svg = |selector: &str| {
            doc.as_ref()
                .and_then(|d| d.query_selector(selector).ok().flatten())
                .map(|el| {
                    let h = el.get_bounding_client_rect().height();
                    (el.inner_html(), h)
                })
        };
        let mut out = String::new();
        let mut y = 0.0;
        for (selector, class) in [
            ("#time-axis", "axis"),
            ("svg.participation", "participation"),
        ] {
            if let Some((inner, h)) = svg(selector) {
                out.push_str(&format!(
                    "<svg class=\"{class}\" x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{h}\" overflow=\"visible\">{inner}</svg>"
                ));
                y += h + 24.0;
            }
        }
        (out, y)
    })
}

/// The text of an element on the page (empty when it is not there).
fn drawn_text(selector: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

/// With a period chosen, says how much of the selection the list shows.
#[component]
fn PeriodNote(shown: Memo<Vec<Placed>>, placed: Memo<Vec<Placed>>) -> impl IntoView {
    let t = use_texts();
    let url = use_url();
    let set_view = view_setter();
    let range = url.range;
    move || {
        let range = range.get()?;
        let (n, all) = (shown.with(Vec::len), placed.with(Vec::len));
        let set_view = set_view.clone();
        let whole = move |_| {
            let mut state = url.state.get_untracked();
            state.range = None;
            set_view(state, true);
        };
        Some(view! {
            <p class="period-note" role="status">
                {t.f(
                    "timeline-period-note",
                    &[
                        ("n", Arg::Num(n as i64)),
                        ("all", Arg::Num(all as i64)),
                        ("from", Arg::Text(&t.date_text(&iso(range.from), None))),
                        ("to", Arg::Text(&t.date_text(&iso(range.to), None))),
                    ],
                )}
                " "
                <button type="button" class="link-button" on:click=whole>{t.t("timeline-whole-period")}</button>
            </p>
        })
    }
}

/// The items as a list grouped by year: the accessible, phone-sized timeline.
/// A long list (thousands of events) is windowed: only the rows in and near
/// the viewport exist, between two spacers that keep the scroll height.
#[component]
fn TimelineList(shown: Memo<Vec<Placed>>, hovered: RwSignal<Option<Item>>) -> impl IntoView {
    let store = Store::use_store();
    let origin = move || match store.data.get().origin {
        Origin::Embedded => "embedded",
        Origin::Url(_) => "url",
        Origin::File(_) => "file",
    };
    let long = Memo::new(move |_| shown.with(Vec::len) > WINDOW_FROM);
    view! {
        <div id="timeline-items" data-count=move || shown.with(Vec::len).to_string() data-origin=origin>
            {move || {
                if shown.with(Vec::is_empty) {
                    view! { <EmptyResult what="empty-timeline"/> }.into_any()
                } else if long.get() {
                    view! { <LongList shown=shown hovered=hovered/> }.into_any()
                } else {
                    view! { <Whole shown=shown hovered=hovered/> }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn Whole(shown: Memo<Vec<Placed>>, hovered: RwSignal<Option<Item>>) -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    move || {
        let data = store.data.get();
        let items = shown.get();
        by_year(&items)
            .into_iter()
            .map(|(year, ps)| {
                let cards = ps
                    .into_iter()
                    .map(|p| card(&data, p, hovered, None))
                    .collect_view();
                view! {
                    <section class="year" aria-labelledby=format!("y{year}")>
                        <h3 class="year-heading" id=format!("y{year}")>{t.num(year)}</h3>
                        <ol class="items">{cards}</ol>
                    </section>
                }
            })
            .collect_view()
    }
}

/// A long list: year headings and cards, drawn only near the viewport.
#[component]
fn LongList(shown: Memo<Vec<Placed>>, hovered: RwSignal<Option<Item>>) -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    let rows_now = Memo::new(move |_| shown.with(|s| rows(s)));
    let keys = Memo::new(move |_| {
        shown.with(|s| rows_now.with(|r| r.iter().map(|&x| RowKey::of(x, s)).collect()))
    });
    let row = move |r: usize| {
        let row = rows_now.with(|rows| rows.get(r).copied());
        match row? {
            Row::Year(y) => Some(
                view! { <li class="year-row" data-row=r.to_string()><h3 class="year-heading">{t.num(y)}</h3></li> }
                    .into_any(),
            ),
            Row::Item(i) => shown.with(|items| {
                let total = items.len();
                store
                    .data
                    .with(|data| Some(card(data, &items[i], hovered, Some((r, i + 1, total)))))
            }),
        }
    };
    let total = shown.with_untracked(Vec::len);
    view! {
        <p class="window-note">
            {t.f("timeline-window-note", &[("n", Arg::Num(total as i64))])}
        </p>
        <Windowed keys=keys row=row class="items windowed"/>
    }
}

/// One item of the list. `windowed`: (row, position, of how many) in a windowed list.
fn card(
    data: &Loaded,
    p: &Placed,
    hovered: RwSignal<Option<Item>>,
    windowed: Option<(usize, usize, usize)>,
) -> AnyView {
    let item = p.item;
    let lit = move || hovered.get() == Some(item);
    let enter = move || hovered.set(Some(item));
    let leave = move || {
        if hovered.get_untracked() == Some(item) {
            hovered.set(None);
        }
    };
    let row = windowed.map(|(r, _, _)| r.to_string());
    let posinset = windowed.map(|(_, i, _)| i.to_string());
    let setsize = windowed.map(|(_, _, n)| n.to_string());
    let when = use_texts().date(&p.start, p.end.as_ref());
    let (class, id, body) = match p.item {
        Item::Round(i) => {
            let r = &data.catalog.data.rounds[i];
            (
                "item round".to_string(),
                format!("round-{}", r.number),
                round_card(r, when, p.disputed),
            )
        }
        Item::Event(i) => {
            let e = &data.catalog.data.events[i];
            (
                format!("item event k-{}", e.kind.slug()),
                format!("event-{}", e.id),
                event_card(e, when, p.disputed),
            )
        }
    };
    view! {
        <li class=class id=id class:lit=lit data-row=row aria-posinset=posinset aria-setsize=setsize
            on:mouseenter=move |_| enter() on:mouseleave=move |_| leave() on:focusin=move |_| enter() on:focusout=move |_| leave()>
            {body}
        </li>
    }
    .into_any()
}

fn disputed_badge(disputed: bool) -> Option<impl IntoView> {
    let t = use_texts();
    disputed.then(|| {
        view! { <span class="badge disputed" title=t.t("timeline-dates-differ-title")>{t.t("timeline-dates-differ")}</span> }
    })
}

fn event_card(e: &Event, when: String, disputed: bool) -> AnyView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let e = e.clone();
    view! {
        <article>
            <h4><LocalName of=format!("event:{}", e.id) field="title"/></h4>
            <p class="meta">
                <time datetime=e.dates.first().map(|d| d.start.clone()).unwrap_or_default()>{when}</time>
                " · "
                <span class="kind">{t.t(&e.kind.key())}</span>
                {e.place.clone().map(|pl| view! { " · " <span lang=lang dir=dir>{pl}</span> })}
                " "
                {disputed_badge(disputed)}
                <Inferred inferred=e.inferred/>
            </p>
            <p><LocalName of=format!("event:{}", e.id) field="summary"/>" "<Cites cites=e.cites.clone()/></p>
            {(!e.factions.is_empty()).then(|| view! { <p class="involved">{t.t("timeline-factions")}" "<FactionList ids=e.factions.clone()/></p> })}
            {(!e.people.is_empty()).then(|| view! { <p class="involved">{t.t("timeline-people")}" "<PersonList ids=e.people.clone()/></p> })}
        </article>
    }
    .into_any()
}

/// A round at a glance: number, dates, venue, stated sizes, headline outcome.
fn round_card(r: &Round, when: String, disputed: bool) -> AnyView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let links = use_links();
    let url = use_url();
    let number = r.number;
    let href = move || links.round(number, &url.carried.get());
    let venue = venue_in(&Store::use_store().data.get_untracked().catalog, t, r);
    let sizes = r
        .counts
        .iter()
        .map(|c| {
            view! { <li>{count_text(t, c)}" "<q class="stated" lang=lang dir=dir>{c.stated.clone()}</q>" "<Cites cites=c.cites.clone()/></li> }
        })
        .collect_view();
    view! {
        <article>
            <h4>
                <a href=href>
                    <span class="round-number">{t.f("round-n", &[("n", Arg::Num(i64::from(number)))])}</span>
                    ": "
                    <LocalName of=format!("round:{number}") field="name"/>
                </a>
            </h4>
            <p class="meta">
                <time datetime=r.dates.first().map(|d| d.start.clone()).unwrap_or_default()>{when}</time>
                {venue.map(|(v, local)| {
                    let (lang, dir) = if local { (None, None) } else { (lang, dir) };
                    view! { " · " <span lang=lang dir=dir>{v}</span> }
                })}
                " "
                {disputed_badge(disputed)}
            </p>
            <p class="headline"><LocalName of=format!("round:{number}") field="headline"/></p>
            {(!r.counts.is_empty()).then(|| view! {
                <div class="sizes"><span>{t.t("timeline-size-as-stated")}</span><ul>{sizes}</ul></div>
            })}
        </article>
    }
    .into_any()
}
