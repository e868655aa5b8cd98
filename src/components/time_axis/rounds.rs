//! The rounds on the axis: a numbered circle each, always labelled.

use leptos::prelude::*;

use super::Axis;
use crate::query::axis_geometry::{pct, ROUND_LABEL_ROW, ROUND_LABEL_TOP, ROUND_Y};
use crate::query::axis_lanes::RoundMark;
use crate::query::head::local_round_title;
use crate::query::timeline::Item;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

#[component]
pub(super) fn RoundMarks(axis: Axis) -> impl IntoView {
    move || {
        axis.layout.with(|l| {
            l.rounds
                .iter()
                .map(|m| view! { <RoundOnAxis axis=axis mark=m.clone()/> })
                .collect_view()
        })
    }
}

#[component]
fn RoundOnAxis(axis: Axis, mark: RoundMark) -> impl IntoView {
    let store = Store::use_store();
    let (links, texts, url) = (use_links(), use_texts(), use_url());
    let p = axis.placed.with_untracked(|l| l[mark.index].clone());
    let Item::Round(ri) = p.item else {
        return ().into_any();
    };
    let data = store.data.get_untracked();
    let r = &data.catalog.data.rounds[ri];
    let item = p.item;
    let when = texts.date(&p.start, p.end.as_ref());
    let label = format!("{}, {when}", local_round_title(texts, &data.catalog, r));
    let lit = move || axis.hovered.get() == Some(item);
    let (x, cx) = (pct(axis.vis(mark.pos)), pct(axis.vis(mark.centre)));
    let top = ROUND_LABEL_TOP + ROUND_LABEL_ROW * mark.row as f64;
    let lines = mark
        .lines
        .into_iter()
        .enumerate()
        .map(
            |(i, line)| view! { <tspan x=cx.clone() y=top + 12.0 + 14.0 * i as f64>{line}</tspan> },
        )
        .collect_view();
    let number = r.number;
    view! {
        // The label stands beside the link, not in it: the link's name
        // (title and full date) says more, and a link's visible text must be
        // part of its name. The inner `<g>` makes the `<a>` an SVG link (see
        // `svg_title`).
        <g class="mark round" class:lit=lit>
            <line class="leader" x1=x.clone() x2=x.clone() y1=ROUND_Y + 12.0 y2=top/>
            <text class="label" text-anchor="middle" aria-hidden="true">{lines}</text>
            <g>
                <a href=move || url.carried.with(|c| links.round(number, c)) aria-label=label aria-describedby=move || lit().then_some("axis-tip")
                   on:mouseenter=move |_| axis.point(item)
                   on:mouseleave=move |_| axis.leave(item)
                   on:focus=move |_| axis.point(item)
                   on:blur=move |_| axis.leave(item)>
                    <circle cx=x.clone() cy=ROUND_Y r="12"/>
                    <text class="num" x=x y=ROUND_Y + 4.5 text-anchor="middle" aria-hidden="true">{texts.num(number)}</text>
                </a>
            </g>
        </g>
    }
    .into_any()
}
