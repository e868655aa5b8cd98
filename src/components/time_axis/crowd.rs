//! Marks too close to tell apart: a block with their count, which zooms in.

use leptos::callback::Callable;
use leptos::ev;
use leptos::prelude::*;

use super::Axis;
use crate::i18n::messages::Arg;
use crate::query::axis::iso;
use crate::query::axis_geometry::{crowd_window, pct, ROUND_Y, ROW};
use crate::query::axis_lanes::Crowd;
use crate::site::use_texts;

/// The crowds on the rounds' line.
#[component]
pub(super) fn RoundCrowds(axis: Axis) -> impl IntoView {
    move || {
        axis.layout.with(|l| {
            l.rounds_crowded
                .iter()
                .map(|c| view! { <CrowdMark axis=axis crowd=c.clone() y=ROUND_Y - 12.0/> })
                .collect_view()
        })
    }
}

#[component]
pub(super) fn CrowdMark(axis: Axis, crowd: Crowd, y: f64) -> impl IntoView {
    let texts = use_texts();
    let Crowd { from, to, count } = crowd;
    let w = axis.shown.get_untracked();
    let day = |pos: f64| texts.date_text(&iso(w.day_at(pos) as i64), None);
    let label = texts.f(
        "axis-many",
        &[
            ("n", Arg::Num(count as i64)),
            ("from", Arg::Text(&day(from))),
            ("to", Arg::Text(&day(to))),
        ],
    );
    let left = if axis.rtl { axis.vis(to) } else { from };
    let zoom_in = move |e: ev::MouseEvent| {
        e.prevent_default();
        axis.go
            .run(crowd_window(w, from, to, axis.extent.get_untracked()));
    };
    // The count sits inside its block (the layout makes the block wide enough).
    // The `<g>` makes the `<a>` an SVG link (see `svg_title`).
    view! {
        <g class="mark many">
            <a href="#time-axis" aria-label=label on:click=zoom_in>
                <rect x=pct(left) width=format!("{:.3}%", (to - from) * 100.0) y=y height=ROW rx="2"/>
                <text x=pct(axis.vis((from + to) / 2.0)) y=y + ROW / 2.0 + 4.0 text-anchor="middle" aria-hidden="true">{texts.num(count as i64)}</text>
            </a>
        </g>
    }
}
