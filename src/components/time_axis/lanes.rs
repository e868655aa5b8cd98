//! The lanes below the rounds: one per kind of event or per faction, each
//! with its events and, for a faction, its standing at each round.

use leptos::prelude::*;

use super::crowd::CrowdMark;
use super::Axis;
use crate::i18n::messages::Arg;
use crate::query::axis_geometry::{event_label_at, first_row, lane_tops, pct, ROW};
use crate::query::axis_lanes::{EventMark, Lane, LaneKey};
use crate::query::timeline::Item;
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::Store;

#[component]
pub(super) fn Lanes(axis: Axis) -> impl IntoView {
    move || {
        axis.layout.with(|l| {
            l.lanes
                .iter()
                .zip(lane_tops(l))
                .map(|(lane, top)| view! { <LaneOnAxis axis=axis lane=lane.clone() top=top/> })
                .collect_view()
        })
    }
}

#[component]
fn LaneOnAxis(axis: Axis, lane: Lane, top: f64) -> impl IntoView {
    let store = Store::use_store();
    let texts = use_texts();
    let first = first_row(&lane);
    let row_y = move |row: usize| top + 32.0 + ROW * (row + first) as f64;
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
                <text class=format!("presence {}", status.slug()) x=pct(axis.vis(pos)) y=top + 37.0 text-anchor="middle">
                    {status.symbol()}<title>{label}</title>
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
        <g class=class>
            <text class="lane-name" x=edge dx=dx y=top + 12.0>{name}</text>
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
    view! {
        <g class=format!("mark event k-{}", kind.slug()) class:lit=lit>
            <a href=format!("#event-{id}") aria-label=label aria-describedby=move || lit().then_some("axis-tip")
               on:mouseenter=move |_| axis.point(item)
               on:mouseleave=move |_| axis.leave(item)
               on:focus=move |_| axis.point(item)
               on:blur=move |_| axis.leave(item)>
                <line x1=pct(axis.vis(mark.pos)) x2=pct(axis.vis(mark.end.max(mark.pos))) y1=y y2=y/>
            </a>
            {text}
        </g>
    }
    .into_any()
}
