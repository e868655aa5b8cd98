//! The lanes below the rounds: one per kind of event or per faction, each
//! with its events and, for a faction, its standing at each round.

use leptos::prelude::*;

use super::crowd::CrowdMark;
use super::Axis;
use crate::components::svg_title::svg_title;
use crate::i18n::messages::Arg;
use crate::query::axis_drawn::{keep_hidden, DrawnFor, DrawnLane};
use crate::query::axis_geometry::{event_label_at, first_row, lane_tops, pct, ROW};
use crate::query::axis_lanes::{EventMark, Lane, LaneKey};
use crate::query::timeline::Item;
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::Store;

/// Keyed by each lane's fingerprint (and the dataset): filtering out one kind
/// removes that lane and moves the others up, without drawing again their
/// hundreds of marks and counts; the lanes it took away stay hidden for one
/// change (`query::axis_drawn`), so undoing it draws nothing anew. Where a
/// lane starts is not part of its key but a `translate` its group follows.
#[component]
pub(super) fn Lanes(axis: Axis) -> impl IntoView {
    let store = Store::use_store();
    let drawn = Memo::new(move |prev: Option<&(DrawnFor, Vec<DrawnLane>)>| {
        let dataset = store
            .data
            .with(|d| std::sync::Arc::as_ptr(d) as usize as u64);
        let drawn_for = DrawnFor {
            dataset,
            window: axis.shown.get(),
            width_px: axis.width_px.get(),
        };
        let now = axis.placed.with(|placed| {
            axis.layout.with(|l| {
                l.lanes
                    .iter()
                    .zip(lane_tops(l))
                    .map(|(lane, top)| DrawnLane {
                        print: lane.fingerprint(|i| placed[i].item) ^ dataset,
                        top,
                        shown: true,
                        lane: lane.clone(),
                    })
                    .collect()
            })
        });
        let prev = prev.map(|(f, lanes)| (*f, lanes.as_slice()));
        (drawn_for, keep_hidden(prev, drawn_for, now))
    });
    // Keys only: a lane is cloned out of the drawing when it is first drawn,
    // not on every change.
    let prints = move || drawn.with(|(_, lanes)| lanes.iter().map(|d| d.print).collect::<Vec<_>>());
    view! {
        <For
            each=prints
            key=|print| *print
            children=move |print| {
                let lane = drawn.with_untracked(|(_, lanes)| {
                    lanes.iter().find(|d| d.print == print).map(|d| d.lane.clone())
                });
                let place = Signal::derive(move || {
                    drawn.with(|(_, lanes)| {
                        lanes.iter().find(|d| d.print == print).map(|d| (d.top, d.shown))
                    })
                });
                lane.map(|lane| view! { <LaneOnAxis axis=axis lane=lane place=place/> })
            }
        />
    }
}

#[component]
fn LaneOnAxis(
    axis: Axis,
    lane: Lane,
    /// Where the lane starts, below the rounds and the lanes above it, and
    /// whether it shows (`None` as it leaves).
    place: Signal<Option<(f64, bool)>>,
) -> impl IntoView {
    let store = Store::use_store();
    let texts = use_texts();
    let first = first_row(&lane);
    let row_y = move |row: usize| 32.0 + ROW * (row + first) as f64;
    let (name, class) = match &lane.key {
        LaneKey::Kind(k) => (texts.t(&k.key()), format!("lane k-{}", k.slug())),
        LaneKey::Faction(f) => (
            store
                .data
                .with_untracked(|d| texts.isolate(d.catalog.faction_name_in(f, texts.lang))),
            "lane faction".to_string(),
        ),
        LaneKey::NoFaction => (texts.t("axis-lane-no-faction"), "lane faction".to_string()),
    };
    let (edge, dx) = if axis.rtl { ("100%", "-6") } else { ("0", "6") };
    let presence = lane
        .presence
        .iter()
        .map(|&(pos, n, status)| {
            let label = texts.f(
                "axis-presence",
                &[
                    ("faction", Arg::Text(&name)),
                    ("n", Arg::Num(i64::from(n))),
                    ("status", Arg::Text(&texts.t(&status.key()))),
                ],
            );
            view! {
                <text class=format!("presence {}", status.slug()) x=pct(axis.vis(pos)) y="37" text-anchor="middle">
                    {status.symbol()}{svg_title(label)}
                </text>
            }
        })
        .collect_view();
    let marks = lane
        .marks
        .into_iter()
        .map(|m| {
            let y = row_y(m.row);
            view! { <EventOnAxis axis=axis mark=m y=y/> }
        })
        .collect_view();
    let crowds = lane
        .crowds
        .into_iter()
        .map(|c| view! { <CrowdMark axis=axis crowd=c y=row_y(0) - 8.0/> })
        .collect_view();
    view! {
        <g
            class=class
            transform=move || format!("translate(0 {})", place.get().map_or(0.0, |p| p.0))
            display=move || (!place.get().is_some_and(|p| p.1)).then_some("none")
        >
            <text class="lane-name" x=edge dx=dx y="12">{name}</text>
            <g class="presence-lane">{presence}</g>
            {marks}
            {crowds}
        </g>
    }
}

#[component]
fn EventOnAxis(axis: Axis, mark: EventMark, y: f64) -> impl IntoView {
    let store = Store::use_store();
    let texts = use_texts();
    let p = axis.placed.with_untracked(|l| l[mark.index].clone());
    let item = p.item;
    let Item::Event(ei) = item else {
        return ().into_any();
    };
    let (kind, id, title) = store.data.with_untracked(|d| {
        let e = &d.catalog.data.events[ei];
        let of = format!("event:{}", e.id);
        let title = d
            .catalog
            .local_text(&of, "title", texts.lang, &e.title)
            .to_string();
        (e.kind, e.id.clone(), title)
    });
    let when = texts.date(&p.start, p.end.as_ref());
    let label = format!("{}, {when}", texts.isolate(&title));
    let lit = move || axis.hovered.get() == Some(item);
    let text = mark.label.map(|(t, side)| {
        // Beside the mark, towards later or earlier times.
        let (at, anchor, dx) = event_label_at(side, axis.rtl, mark.pos, mark.end);
        view! { <text class="label" x=pct(axis.vis(at)) dx=dx y=y + 4.0 text-anchor=anchor aria-hidden="true">{t}</text> }
    });
    // The title stands beside the link (a link's visible text must be part of
    // its name, which says more); the inner `<g>` makes the `<a>` an SVG link
    // (see `svg_title`).
    view! {
        <g class=format!("mark event k-{}", kind.slug()) class:lit=lit>
            <g>
                <a href=format!("#event-{id}") aria-label=label aria-describedby=move || lit().then_some("axis-tip")
                   on:mouseenter=move |_| axis.point(item)
                   on:mouseleave=move |_| axis.leave(item)
                   on:focus=move |_| axis.point(item)
                   on:blur=move |_| axis.leave(item)>
                    <line x1=pct(axis.vis(mark.pos)) x2=pct(axis.vis(mark.end.max(mark.pos))) y1=y y2=y/>
                </a>
            </g>
            {text}
        </g>
    }
    .into_any()
}
