//! The card for the mark pointed at or focused: title, dates, stated size.

use leptos::prelude::*;

use super::Axis;
use crate::i18n::messages::Arg;
use crate::query::axis_geometry::pct;
use crate::query::head::{local_round_title, sizes_of};
use crate::query::timeline::Item;
use crate::site::use_texts;
use crate::store::Store;

#[component]
pub(super) fn AxisTip(axis: Axis) -> impl IntoView {
    let store = Store::use_store();
    let texts = use_texts();
    // Which placed item, and where along the axis; none when it is out of view.
    let tip = Memo::new(move |_| {
        let item = axis.hovered.get()?;
        let (i, start) = axis.placed.with(|list| {
            list.iter()
                .position(|p| p.item == item)
                .map(|i| (i, list[i].start.first_day()))
        })?;
        let pos = axis.shown.get().pos(start as f64);
        (0.0..=1.0).contains(&pos).then(|| (i, axis.vis(pos)))
    });
    move || {
        let (i, pos) = tip.get()?;
        let data = store.data.get();
        let p = axis.placed.with(|l| l.get(i).cloned())?;
        let when = texts.date(&p.start, p.end.as_ref());
        let (title, size, hint) = match p.item {
            Item::Round(r) => {
                let r = &data.catalog.data.rounds[r];
                let size = sizes_of(texts, r);
                (
                    local_round_title(texts, &data.catalog, r),
                    (!size.is_empty())
                        .then(|| texts.f("axis-tip-size", &[("sizes", Arg::Text(&size))])),
                    texts.t("axis-tip-round-hint"),
                )
            }
            Item::Event(e) => {
                let ev = &data.catalog.data.events[e];
                let of = format!("event:{}", ev.id);
                (
                    data.catalog
                        .local_text(&of, "title", texts.lang, &ev.title)
                        .to_string(),
                    None,
                    texts.t("axis-tip-event-hint"),
                )
            }
        };
        Some(view! {
            <div id="axis-tip" class="axis-tip" role="tooltip" style:left=pct(pos)>
                <strong>{title}</strong>
                <span>{when}</span>
                {size.map(|s| view! { <span>{s}</span> })}
                <span class="hint">{hint}</span>
            </div>
        })
    }
}
