//! Below the axis: how to lay out its lanes, what its marks mean, and how to use it.

use leptos::prelude::*;

use crate::query::state::LaneBy;
use crate::site::use_texts;
use crate::url_state::{use_url, view_setter};

#[component]
pub(super) fn LanesChoice() -> impl IntoView {
    let texts = use_texts();
    view! {
        <fieldset class="axis-lanes">
            <legend>{texts.t("axis-lanes")}</legend>
            <LaneChoice by=LaneBy::Kind/>
            <LaneChoice by=LaneBy::Faction/>
        </fieldset>
    }
}

#[component]
fn LaneChoice(by: LaneBy) -> impl IntoView {
    let texts = use_texts();
    let url = use_url();
    let set_view = view_setter();
    let lanes = Memo::new(move |_| url.state.with(|s| s.lanes));
    let id = format!("lanes-{}", by.slug());
    let on_change = move |_| {
        let mut state = url.state.get_untracked();
        state.lanes = by;
        set_view(state, false);
    };
    view! {
        <input type="radio" name="lanes" id=id.clone() value=by.slug() prop:checked=move || lanes.get() == by on:change=on_change/>
        <label for=id>{texts.t(&format!("axis-lanes-{}", by.slug()))}</label>
    }
}

#[component]
pub(super) fn AxisLegend(rtl: bool) -> impl IntoView {
    let texts = use_texts();
    let url = use_url();
    let has_presence = Memo::new(move |_| {
        url.state
            .with(|s| s.lanes == LaneBy::Faction || !s.filter.factions.is_empty())
    });
    view! {
        <p class="axis-legend">
            <span class="key round" aria-hidden="true"></span>{texts.t("axis-legend-round")}" "
            <span class="key event" aria-hidden="true"></span>{texts.t("axis-legend-event")}" "
            <span class="key many" aria-hidden="true"></span>{texts.t("axis-legend-many")}
            {move || has_presence.get().then(|| format!(" · {}", texts.t("axis-legend-presence")))}
        </p>
        <p id="axis-help" class="axis-help">{texts.t(if rtl { "axis-help-rtl" } else { "axis-help" })}</p>
    }
}
