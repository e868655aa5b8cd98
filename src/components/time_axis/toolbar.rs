//! The axis's buttons and the period it shows, in words.

use leptos::prelude::*;

use super::Axis;
use crate::i18n::messages::Arg;
use crate::query::axis_geometry::Period;
use crate::query::axis_gesture::Step;
use crate::site::use_texts;

#[component]
pub(super) fn AxisToolbar(axis: Axis) -> impl IntoView {
    let texts = use_texts();
    let rtl = axis.rtl;
    let period = move || match Period::of(axis.shown.get(), axis.extent.get()) {
        Period::Whole { from, to } => texts.f(
            "axis-period-whole",
            &[
                ("from", Arg::Text(&texts.num(from))),
                ("to", Arg::Text(&texts.num(to))),
            ],
        ),
        Period::Span { from, to } => texts.f(
            "axis-period",
            &[
                ("from", Arg::Text(&texts.date_text(&from, None))),
                ("to", Arg::Text(&texts.date_text(&to, None))),
            ],
        ),
    };
    // Buttons carry `data-early`: a press before the app has started is kept
    // by the page's early-input script and replayed once it has.
    view! {
        <div class="axis-toolbar" role="toolbar" aria-label=texts.t("axis-controls") aria-controls="time-axis">
            <button type="button" data-early="" on:click=move |_| axis.step(Step::ZoomIn) aria-keyshortcuts="+" aria-label=texts.t("axis-zoom-in") title=texts.t("axis-zoom-in")>"+"</button>
            <button type="button" data-early="" on:click=move |_| axis.step(Step::ZoomOut) aria-keyshortcuts="-" aria-label=texts.t("axis-zoom-out") title=texts.t("axis-zoom-out")>"−"</button>
            <button type="button" data-early="" on:click=move |_| axis.step(Step::Earlier) aria-keyshortcuts=if rtl { "ArrowRight" } else { "ArrowLeft" } aria-label=texts.t("axis-earlier") title=texts.t("axis-earlier")>
                {if rtl { "→" } else { "←" }}
            </button>
            <button type="button" data-early="" on:click=move |_| axis.step(Step::Later) aria-keyshortcuts=if rtl { "ArrowLeft" } else { "ArrowRight" } aria-label=texts.t("axis-later") title=texts.t("axis-later")>
                {if rtl { "←" } else { "→" }}
            </button>
            <button type="button" data-early="" on:click=move |_| axis.step(Step::Whole) aria-keyshortcuts="0 Home">{texts.t("axis-whole")}</button>
            <span class="axis-period" aria-live="polite">{period}</span>
        </div>
    }
}
