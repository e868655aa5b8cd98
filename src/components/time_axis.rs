//! The time axis: one focusable control a reader moves through time with.
//!
//! Zoom with `+`/`-`, Ctrl/Cmd+wheel or a pinch; pan with the arrow keys or
//! by dragging; Shift+drag chooses a period; `0` or Home shows everything.
//! The period shown is the address's `range`, so a reload or a shared link
//! shows the same stretch of time. Rounds and events are links that Tab
//! reaches; hovering or focusing one shows a card with its title, dates and
//! stated size. All the arithmetic lives in `query::axis`.
//!
//! In the right-to-left editions time runs from right to left, as it does in
//! Persian-language timelines: the earliest date is at the right edge, and
//! the arrow keys move the way they point (← towards later times there).

use std::collections::HashMap;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::messages::Arg;
use crate::query::axis::{iso, month_year, ticks, Window, PAN_STEP, ZOOM_STEP};
use crate::query::axis_labels::{Side, NARROW_PX};
use crate::query::axis_lanes::{lay_out, AxisLayout, Crowd, Lane as AxisLane, LaneInput, LaneKey};
use crate::query::head::{local_round_title, sizes_of};
use crate::query::state::LaneBy;
use crate::query::timeline::{Item, Placed};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::{use_url, view_setter};

const ROUND_Y: f64 = 42.0;
/// The first row of round labels, and the height of each row (two lines).
const ROUND_LABEL_TOP: f64 = 60.0;
const ROUND_LABEL_ROW: f64 = 36.0;
/// The height of a row of event marks (an Arabic-script line box is about 22 px).
const ROW: f64 = 24.0;

/// An interaction in progress: a drag that pans, or a Shift+drag that chooses a period.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gesture {
    Pan { from_x: f64, at: Window },
    Choose { from: f64, to: f64 },
}

fn pct(pos: f64) -> String {
    format!("{:.3}%", pos.clamp(-0.01, 1.01) * 100.0)
}

#[component]
pub fn TimeAxis(
    /// The items the filters select, in date order.
    placed: Memo<Vec<Placed>>,
    /// The item a reader points at, here or in the list (shared so each lights the other).
    hovered: RwSignal<Option<Item>>,
) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let texts = use_texts();
    let rtl = texts.lang.dir() == "rtl";
    // Where a time position (0.0 earliest, 1.0 latest) is drawn, from the left.
    let vis = move |pos: f64| if rtl { 1.0 - pos } else { pos };
    let url = use_url();
    let set_view = view_setter();
    let extent = Memo::new(move |_| {
        let (a, b) = store.data.with(|d| d.catalog.years());
        Window::years(a, b)
    });
    let committed = Memo::new(move |_| {
        url.state
            .with(|s| s.range)
            .map_or(extent.get(), |r| r.window().fit(extent.get()))
    });
    // While a drag is under way the axis follows the pointer; the address is
    // written once, when it ends.
    let live: RwSignal<Option<Window>> = RwSignal::new(None);
    let gesture: RwSignal<Option<Gesture>> = RwSignal::new(None);
    let pointers: StoredValue<HashMap<i32, f64>> = StoredValue::new(HashMap::new());
    let shown = Memo::new(move |_| live.get().unwrap_or_else(|| committed.get()));
    let svg_ref: NodeRef<leptos::svg::Svg> = NodeRef::new();

    let go = {
        move |w: Window| {
            let mut state = url.state.get_untracked();
            state.range = w.to_range(extent.get_untracked());
            live.set(None);
            if state.range != url.state.with_untracked(|s| s.range) {
                set_view(state, true);
            }
        }
    };
    // Where a pointer is along the axis in time, 0.0 (earliest) to 1.0.
    let along = move |client_x: f64| -> f64 {
        let left = svg_ref
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                if r.width() > 0.0 {
                    (client_x - r.left()) / r.width()
                } else {
                    0.5
                }
            })
            .unwrap_or(0.5);
        vis(left)
    };
    let width = move || {
        svg_ref
            .get_untracked()
            .map(|el| el.get_bounding_client_rect().width())
            .filter(|w| *w > 0.0)
            .unwrap_or(1000.0)
    };

    let zoom = {
        let go = go.clone();
        move |factor: f64, anchor: f64| {
            go(shown
                .get_untracked()
                .zoom(factor, anchor, extent.get_untracked()))
        }
    };
    let pan = {
        let go = go.clone();
        move |by: f64| go(shown.get_untracked().pan(by, extent.get_untracked()))
    };
    let reset = {
        let go = go.clone();
        move || go(extent.get_untracked())
    };

    let on_key = {
        let (zoom, pan, reset) = (zoom.clone(), pan.clone(), reset.clone());
        move |e: ev::KeyboardEvent| {
            // Keys on a mark (Enter follows the link) are the mark's own.
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let handled = match e.key().as_str() {
                "+" | "=" => {
                    zoom(1.0 / ZOOM_STEP, 0.5);
                    true
                }
                "-" | "_" => {
                    zoom(ZOOM_STEP, 0.5);
                    true
                }
                "ArrowLeft" => {
                    pan(if rtl { PAN_STEP } else { -PAN_STEP });
                    true
                }
                "ArrowRight" => {
                    pan(if rtl { -PAN_STEP } else { PAN_STEP });
                    true
                }
                "0" | "Home" => {
                    reset();
                    true
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        }
    };
    let on_wheel = {
        let zoom = zoom.clone();
        move |e: ev::WheelEvent| {
            // A plain wheel scrolls the page; Ctrl/Cmd (and a trackpad pinch,
            // which browsers report as Ctrl+wheel) zooms the axis.
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            e.prevent_default();
            let factor = if e.delta_y() > 0.0 {
                ZOOM_STEP
            } else {
                1.0 / ZOOM_STEP
            };
            zoom(factor, along(f64::from(e.client_x())));
        }
    };
    let on_down = move |e: ev::PointerEvent| {
        if e.button() != 0 {
            return;
        }
        // A press on a mark is a click on its link, not a drag.
        let on_mark = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a").ok().flatten())
            .is_some();
        let x = f64::from(e.client_x());
        pointers.update_value(|p| {
            p.insert(e.pointer_id(), x);
        });
        if on_mark && pointers.with_value(|p| p.len()) == 1 {
            return;
        }
        if let Some(el) = svg_ref.get_untracked() {
            let _ = el.set_pointer_capture(e.pointer_id());
        }
        let start = shown.get_untracked();
        gesture.set(Some(if e.shift_key() {
            let at = along(x);
            Gesture::Choose { from: at, to: at }
        } else {
            Gesture::Pan {
                from_x: x,
                at: start,
            }
        }));
    };
    let on_move = move |e: ev::PointerEvent| {
        let x = f64::from(e.client_x());
        let before = pointers.with_value(|p| p.get(&e.pointer_id()).copied());
        let Some(before) = before else { return };
        let two = pointers
            .with_value(|p| (p.len() == 2).then(|| p.values().copied().collect::<Vec<f64>>()));
        pointers.update_value(|p| {
            p.insert(e.pointer_id(), x);
        });
        if let Some(old) = two {
            // A pinch: the spread between two fingers zooms about their middle.
            let other = if (old[0] - before).abs() < f64::EPSILON {
                old[1]
            } else {
                old[0]
            };
            let (d0, d1) = ((before - other).abs(), (x - other).abs());
            if d0 > 4.0 && d1 > 4.0 {
                let w = shown.get_untracked().zoom(
                    d0 / d1,
                    along((x + other) / 2.0),
                    extent.get_untracked(),
                );
                live.set(Some(w));
                gesture.set(Some(Gesture::Pan { from_x: x, at: w }));
            }
            return;
        }
        match gesture.get_untracked() {
            Some(Gesture::Pan { from_x, at }) => {
                let moved = (x - from_x) / width();
                let by = if rtl { moved } else { -moved };
                if by.abs() > 0.002 {
                    live.set(Some(at.pan(by, extent.get_untracked())));
                }
            }
            Some(Gesture::Choose { from, .. }) => {
                gesture.set(Some(Gesture::Choose { from, to: along(x) }));
            }
            None => {}
        }
    };
    let on_up = {
        let go = go.clone();
        move |e: ev::PointerEvent| {
            pointers.update_value(|p| {
                p.remove(&e.pointer_id());
            });
            match gesture.get_untracked() {
                Some(Gesture::Choose { from, to }) => {
                    let (a, b) = (from.min(to).clamp(0.0, 1.0), from.max(to).clamp(0.0, 1.0));
                    let w = shown.get_untracked();
                    if b - a > 0.01 {
                        go(Window {
                            start: w.day_at(a),
                            end: w.day_at(b),
                        }
                        .fit(extent.get_untracked()));
                    }
                }
                Some(Gesture::Pan { .. }) => {
                    if let Some(w) = live.get_untracked() {
                        go(w);
                    }
                }
                None => {}
            }
            gesture.set(None);
        }
    };

    // The card for the mark pointed at or focused.
    let tip = Memo::new(move |_| {
        let item = hovered.get()?;
        let list = placed.get();
        let (i, p) = list.iter().enumerate().find(|(_, p)| p.item == item)?;
        let w = shown.get();
        let pos = w.pos(p.start.first_day() as f64);
        if !(0.0..=1.0).contains(&pos) {
            return None;
        }
        Some((i, vis(pos)))
    });
    let tip_view = move || {
        let (i, pos) = tip.get()?;
        let data = store.data.get();
        let p = placed.with(|l| l.get(i).cloned())?;
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
            Item::Event(e) => (
                {
                    let ev = &data.catalog.data.events[e];
                    let of = format!("event:{}", ev.id);
                    data.catalog
                        .local_text(&of, "title", texts.lang, &ev.title)
                        .to_string()
                },
                None,
                texts.t("axis-tip-event-hint"),
            ),
        };
        Some(view! {
            <div id="axis-tip" class="axis-tip" role="tooltip" style:left=pct(pos)>
                <strong>{title}</strong>
                <span>{when}</span>
                {size.map(|s| view! { <span>{s}</span> })}
                <span class="hint">{hint}</span>
            </div>
        })
    };

    let grid = move || {
        ticks(shown.get(), texts.lang)
            .into_iter()
            .map(|t| {
                let at = vis(t.pos);
                let x = pct(at);
                // Labels at the very ends stay inside the frame (in SVG
                // coordinates, whichever way time runs).
                let anchor = if at < 0.03 {
                    if rtl {
                        "end"
                    } else {
                        "start"
                    }
                } else if at > 0.97 {
                    if rtl {
                        "start"
                    } else {
                        "end"
                    }
                } else {
                    "middle"
                };
                view! {
                    <g class:major=t.major class="tick">
                        <line x1=x.clone() x2=x.clone() y1="20" y2="100%"/>
                        <text x=x y="14" text-anchor=anchor>{t.label}</text>
                    </g>
                }
            })
            .collect_view()
    };

    // The axis's width in pixels: the narrowest expected until it is measured
    // (so the built page and the adopted one agree), then the real one.
    let width_px = RwSignal::new(NARROW_PX);
    let measure = move || {
        if let Some(el) = svg_ref.get_untracked() {
            let w = el.get_bounding_client_rect().width();
            if w > 0.0 && (w - width_px.get_untracked()).abs() > 1.0 {
                width_px.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            measure();
        }
    });
    let on_resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || on_resize.remove());

    let layout = Memo::new(move |_| {
        let data = store.data.get();
        let cat = &data.catalog;
        let (by, kinds, factions) = url
            .state
            .with(|s| (s.lanes, s.filter.kinds.clone(), s.filter.factions.clone()));
        let input = LaneInput {
            cat,
            window: shown.get(),
            width_px: width_px.get(),
            by,
            kinds: &kinds,
            factions: &factions,
        };
        placed.with(|list| {
            lay_out(
                &input,
                list,
                |r, p| {
                    vec![
                        texts.f("round-n", &[("n", Arg::Num(i64::from(r.number)))]),
                        month_year(p.start.first_day(), texts.lang),
                    ]
                },
                |e| {
                    let ev = &cat.data.events[e];
                    let title =
                        cat.local_text(&format!("event:{}", ev.id), "title", texts.lang, &ev.title);
                    texts.isolate(title)
                },
            )
        })
    });
    let lanes_top = move || layout.with(lanes_top_of);
    let height = move || layout.with(|l| format!("{:.0}", height_of(l)));

    let round_views = move || {
        let data = store.data.get();
        let carried = url.carried.get();
        let list = placed.get();
        layout.with(|l| {
            l.rounds
                .iter()
                .map(|m| {
                    let p = &list[m.index];
                    let Item::Round(ri) = p.item else {
                        return ().into_any();
                    };
                    let r = &data.catalog.data.rounds[ri];
                    let item = p.item;
                    let when = texts.date(&p.start, p.end.as_ref());
                    let label = format!("{}, {when}", local_round_title(texts, &data.catalog, r));
                    let lit = move || hovered.get() == Some(item);
                    let x = pct(vis(m.pos));
                    let cx = pct(vis(m.centre));
                    let top = ROUND_LABEL_TOP + ROUND_LABEL_ROW * m.row as f64;
                    let lines = m
                        .lines
                        .iter()
                        .enumerate()
                        .map(|(i, line)| {
                            view! { <tspan x=cx.clone() y=top + 12.0 + 14.0 * i as f64>{line.clone()}</tspan> }
                        })
                        .collect_view();
                    view! {
                        // The label stands beside the link, not in it: the
                        // link's name (title and full date) says more.
                        <g class="mark round" class:lit=lit>
                            <line class="leader" x1=x.clone() x2=x.clone() y1=ROUND_Y + 12.0 y2=top/>
                            <text class="label" text-anchor="middle" aria-hidden="true">{lines}</text>
                            <a href=links.round(r.number, &carried) aria-label=label aria-describedby=move || lit().then_some("axis-tip")
                               on:mouseenter=move |_| hovered.set(Some(item))
                               on:mouseleave=move |_| leave(hovered, item)
                               on:focus=move |_| hovered.set(Some(item))
                               on:blur=move |_| leave(hovered, item)>
                                <circle cx=x.clone() cy=ROUND_Y r="12"/>
                                <text class="num" x=x y=ROUND_Y + 4.5 text-anchor="middle" aria-hidden="true">{texts.num(r.number)}</text>
                            </a>
                        </g>
                    }
                    .into_any()
                })
                .collect_view()
        })
    };

    let lane_views = {
        let go = go.clone();
        move || {
            let data = store.data.get();
            let list = placed.get();
            let w = shown.get();
            let mut top = lanes_top();
            layout.with(|l| {
                l.lanes
                    .iter()
                    .map(|lane| {
                        let lane_top = top;
                        top += lane_height(lane);
                        let first_row = usize::from(matches!(lane.key, LaneKey::Faction(_)));
                        let row_y =
                            move |row: usize| lane_top + 32.0 + ROW * (row + first_row) as f64;
                        let (name, class) = match &lane.key {
                            LaneKey::Kind(k) => (texts.t(&k.key()), format!("lane k-{}", k.slug())),
                            LaneKey::Faction(f) => (
                                texts.isolate(data.catalog.faction_name_in(f, texts.lang)),
                                "lane faction".to_string(),
                            ),
                            LaneKey::NoFaction => {
                                (texts.t("axis-lane-no-faction"), "lane faction".to_string())
                            }
                        };
                        let (edge, dx) = if rtl { ("100%", "-6") } else { ("0", "6") };
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
                                    <text class=format!("presence {}", status.slug()) x=pct(vis(pos)) y=lane_top + 37.0 text-anchor="middle">
                                        {status.symbol()}<title>{label}</title>
                                    </text>
                                }
                            })
                            .collect_view();
                        let marks = lane
                            .marks
                            .iter()
                            .map(|m| {
                                let p = &list[m.index];
                                let item = p.item;
                                let Item::Event(ei) = item else {
                                    return ().into_any();
                                };
                                let e = &data.catalog.data.events[ei];
                                let when = texts.date(&p.start, p.end.as_ref());
                                let of = format!("event:{}", e.id);
                                let title = data.catalog.local_text(&of, "title", texts.lang, &e.title);
                                let label = format!("{}, {when}", texts.isolate(title));
                                let lit = move || hovered.get() == Some(item);
                                let ry = row_y(m.row);
                                let text = m.label.as_ref().map(|(t, side)| {
                                    // Beside the mark, towards later or earlier times.
                                    let (at, anchor, dx) = match (side, rtl) {
                                        (Side::After, false) => (m.end.max(m.pos), "start", "9"),
                                        (Side::After, true) => (m.end.max(m.pos), "start", "-9"),
                                        (Side::Before, false) => (m.pos, "end", "-9"),
                                        (Side::Before, true) => (m.pos, "end", "9"),
                                    };
                                    view! { <text class="label" x=pct(vis(at)) dx=dx y=ry + 4.0 text-anchor=anchor aria-hidden="true">{t.clone()}</text> }
                                });
                                view! {
                                    <g class=format!("mark event k-{}", e.kind.slug()) class:lit=lit>
                                        <a href=format!("#event-{}", e.id) aria-label=label aria-describedby=move || lit().then_some("axis-tip")
                                           on:mouseenter=move |_| hovered.set(Some(item))
                                           on:mouseleave=move |_| leave(hovered, item)
                                           on:focus=move |_| hovered.set(Some(item))
                                           on:blur=move |_| leave(hovered, item)>
                                            <line x1=pct(vis(m.pos)) x2=pct(vis(m.end.max(m.pos))) y1=ry y2=ry/>
                                        </a>
                                        {text}
                                    </g>
                                }
                                .into_any()
                            })
                            .collect_view();
                        let crowds = lane
                            .crowds
                            .iter()
                            .map(|c| crowd_view(c, row_y(0) - 8.0, w, rtl, go.clone(), extent.get_untracked()))
                            .collect_view();
                        view! {
                            <g class=class>
                                <text class="lane-name" x=edge dx=dx y=lane_top + 12.0>{name}</text>
                                <g class="presence-lane">{presence}</g>
                                {marks}
                                {crowds}
                            </g>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let rounds_crowded = {
        let go = go.clone();
        move || {
            let w = shown.get();
            layout.with(|l| {
                l.rounds_crowded
                    .iter()
                    .map(|c| {
                        crowd_view(
                            c,
                            ROUND_Y - 12.0,
                            w,
                            rtl,
                            go.clone(),
                            extent.get_untracked(),
                        )
                    })
                    .collect_view()
            })
        }
    };
    let set_lanes = view_setter();
    let lanes_by = move || url.state.with(|s| s.lanes);
    let lanes_choice = move |by: LaneBy| {
        let set_lanes = set_lanes.clone();
        let id = format!("lanes-{}", by.slug());
        let on_change = move |_| {
            let mut state = url.state.get_untracked();
            state.lanes = by;
            set_lanes(state, false);
        };
        view! {
            <input type="radio" name="lanes" id=id.clone() value=by.slug() prop:checked=move || lanes_by() == by on:change=on_change/>
            <label for=id>{texts.t(&format!("axis-lanes-{}", by.slug()))}</label>
        }
    };

    let brush = move || match gesture.get() {
        Some(Gesture::Choose { from, to }) => {
            let (a, b) = (from.min(to).clamp(0.0, 1.0), from.max(to).clamp(0.0, 1.0));
            let left = if rtl { vis(b) } else { a };
            Some(
                view! { <rect class="brush" x=pct(left) width=format!("{:.3}%", (b - a) * 100.0) y="20" height="100%"/> },
            )
        }
        _ => None,
    };
    let period = move || {
        let w = shown.get();
        let whole = w == extent.get();
        let a = iso(w.start.round() as i64);
        let b = iso(w.end.round() as i64 - 1);
        if whole {
            texts.f(
                "axis-period-whole",
                &[
                    (
                        "from",
                        Arg::Text(&texts.num(a[..4].parse::<i64>().unwrap_or(0))),
                    ),
                    (
                        "to",
                        Arg::Text(&texts.num(b[..4].parse::<i64>().unwrap_or(0))),
                    ),
                ],
            )
        } else {
            texts.f(
                "axis-period",
                &[
                    ("from", Arg::Text(&texts.date_text(&a, None))),
                    ("to", Arg::Text(&texts.date_text(&b, None))),
                ],
            )
        }
    };
    let (zi, zo, pl, pr, rs) = (zoom.clone(), zoom, pan.clone(), pan, reset);
    let has_presence =
        move || lanes_by() == LaneBy::Faction || url.filter.with(|f| !f.factions.is_empty());
    // Buttons carry `data-early`: a press before the app has started is kept
    // by the page's early-input script and replayed once it has.
    view! {
        <div class="time-axis">
            <div class="axis-toolbar" role="toolbar" aria-label=texts.t("axis-controls") aria-controls="time-axis">
                <button type="button" data-early="" on:click=move |_| zi(1.0 / ZOOM_STEP, 0.5) aria-keyshortcuts="+" aria-label=texts.t("axis-zoom-in") title=texts.t("axis-zoom-in")>"+"</button>
                <button type="button" data-early="" on:click=move |_| zo(ZOOM_STEP, 0.5) aria-keyshortcuts="-" aria-label=texts.t("axis-zoom-out") title=texts.t("axis-zoom-out")>"−"</button>
                <button type="button" data-early="" on:click=move |_| pl(-PAN_STEP) aria-keyshortcuts=if rtl { "ArrowRight" } else { "ArrowLeft" } aria-label=texts.t("axis-earlier") title=texts.t("axis-earlier")>
                    {if rtl { "→" } else { "←" }}
                </button>
                <button type="button" data-early="" on:click=move |_| pr(PAN_STEP) aria-keyshortcuts=if rtl { "ArrowLeft" } else { "ArrowRight" } aria-label=texts.t("axis-later") title=texts.t("axis-later")>
                    {if rtl { "←" } else { "→" }}
                </button>
                <button type="button" data-early="" on:click=move |_| rs() aria-keyshortcuts="0 Home">{texts.t("axis-whole")}</button>
                <span class="axis-period" aria-live="polite">{period}</span>
            </div>
            <div class="axis-frame">
                <svg
                    id="time-axis"
                    class="axis"
                    node_ref=svg_ref
                    role="group"
                    aria-label=texts.t("axis-label")
                    aria-roledescription=texts.t("axis-role")
                    aria-describedby="axis-help"
                    tabindex="0"
                    width="100%"
                    height=height
                    on:keydown=on_key
                    on:wheel=on_wheel
                    on:pointerdown=on_down
                    on:pointermove=on_move
                    on:pointerup=on_up.clone()
                    on:pointercancel=on_up
                >
                    <g class="grid">{grid}</g>
                    <line class="baseline" x1="0" x2="100%" y1=ROUND_Y y2=ROUND_Y/>
                    {brush}
                    <g class="marks">
                        <g class="lane rounds">{round_views}{rounds_crowded}</g>
                        {lane_views}
                    </g>
                </svg>
                {tip_view}
            </div>
            <fieldset class="axis-lanes">
                <legend>{texts.t("axis-lanes")}</legend>
                {lanes_choice(LaneBy::Kind)}
                {lanes_choice(LaneBy::Faction)}
            </fieldset>
            <p class="axis-legend">
                <span class="key round" aria-hidden="true"></span>{texts.t("axis-legend-round")}" "
                <span class="key event" aria-hidden="true"></span>{texts.t("axis-legend-event")}" "
                <span class="key many" aria-hidden="true"></span>{texts.t("axis-legend-many")}
                {move || has_presence().then(|| format!(" · {}", texts.t("axis-legend-presence")))}
            </p>
            <p id="axis-help" class="axis-help">{texts.t(if rtl { "axis-help-rtl" } else { "axis-help" })}</p>
        </div>
    }
}

fn leave(hovered: RwSignal<Option<Item>>, item: Item) {
    if hovered.get_untracked() == Some(item) {
        hovered.set(None);
    }
}

/// Where the lanes below the rounds begin.
fn lanes_top_of(l: &AxisLayout) -> f64 {
    ROUND_LABEL_TOP + ROUND_LABEL_ROW * l.round_rows.max(1) as f64 + 6.0
}

/// How tall a lane is drawn: its name, then its rows.
fn lane_height(lane: &AxisLane) -> f64 {
    let first_row = usize::from(matches!(lane.key, LaneKey::Faction(_)));
    let rows = lane
        .marks
        .iter()
        .map(|m| m.row + 1)
        .max()
        .unwrap_or(0)
        .max(usize::from(!lane.crowds.is_empty()));
    26.0 + ROW * (rows + first_row).max(1) as f64 + 8.0
}

fn height_of(l: &AxisLayout) -> f64 {
    lanes_top_of(l) + l.lanes.iter().map(lane_height).sum::<f64>() + 4.0
}

/// Marks too close to tell apart: a block with their count, which zooms in.
fn crowd_view(
    c: &Crowd,
    y: f64,
    w: Window,
    rtl: bool,
    go: impl Fn(Window) + Clone + 'static,
    extent: Window,
) -> impl IntoView {
    let texts = use_texts();
    let (from, to) = (c.from, c.to);
    let (a, b) = (w.day_at(from), w.day_at(to));
    let label = texts.f(
        "axis-many",
        &[
            ("n", Arg::Num(c.count as i64)),
            ("from", Arg::Text(&texts.date_text(&iso(a as i64), None))),
            ("to", Arg::Text(&texts.date_text(&iso(b as i64), None))),
        ],
    );
    let vis = move |pos: f64| if rtl { 1.0 - pos } else { pos };
    let left = if rtl { vis(to) } else { from };
    let zoom_in = move |e: ev::MouseEvent| {
        e.prevent_default();
        // Show this stretch, and as much again on each side.
        let pad = (to - from).max(0.02);
        let win = Window {
            start: w.day_at(from - pad),
            end: w.day_at(to + pad),
        };
        go(win.fit(extent));
    };
    view! {
        <g class="mark many">
            <a href="#time-axis" aria-label=label on:click=zoom_in>
                <rect x=pct(left) width=format!("{:.3}%", (to - from) * 100.0) y=y height=ROW rx="2"/>
                <text x=pct(vis((from + to) / 2.0)) y=y + ROW + 12.0 text-anchor="middle" aria-hidden="true">{texts.num(c.count as i64)}</text>
            </a>
        </g>
    }
}
