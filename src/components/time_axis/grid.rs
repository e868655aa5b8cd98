//! The axis's grid: a line and a label for each year, month or day in view.

use leptos::prelude::*;

use super::Axis;
use crate::query::axis::ticks;
use crate::query::axis_geometry::{pct, tick_anchor};
use crate::site::use_texts;

#[component]
pub(super) fn Grid(axis: Axis) -> impl IntoView {
    let texts = use_texts();
    let ticks = move || {
        ticks(axis.shown.get(), texts.lang)
            .into_iter()
            .map(|t| {
                let at = axis.vis(t.pos);
                let x = pct(at);
                view! {
                    <g class:major=t.major class="tick">
                        <line x1=x.clone() x2=x.clone() y1="20" y2="100%"/>
                        <text x=x y="14" text-anchor=tick_anchor(at, axis.rtl)>{t.label}</text>
                    </g>
                }
            })
            .collect_view()
    };
    view! { <g class="grid">{ticks}</g> }
}
