//! The time axis: one focusable control a reader moves through time with.
//!
//! Zoom with `+`/`-`, Ctrl/Cmd+wheel or a pinch; pan with the arrow keys or
//! by dragging; Shift+drag chooses a period; `0` or Home shows everything.
//! The period shown is the address's `range`, so a reload or a shared link
//! shows the same stretch of time. Rounds and events are links that Tab
//! reaches; hovering or focusing one shows a card with its title, dates and
//! stated size. The arithmetic lives in `query::axis*`; the parts here draw.
//!
//! In the right-to-left editions time runs from right to left, as it does in
//! Persian-language timelines: the earliest date is at the right edge, and
//! the arrow keys move the way they point (← towards later times there).

mod crowd;
mod grid;
mod input;
mod lanes;
mod legend;
mod rounds;
mod tip;
mod toolbar;

use leptos::callback::{Callable, UnsyncCallback};
use leptos::ev;
use leptos::prelude::*;

use crate::i18n::messages::Arg;
use crate::query::axis::{month_year, Window};
use crate::query::axis_geometry::{height, pct, ROUND_Y};
use crate::query::axis_gesture::{Drag, Step};
use crate::query::axis_labels::NARROW_PX;
use crate::query::axis_lanes::{lay_out, AxisLayout, LaneInput};
use crate::query::timeline::{Item, Placed};
use crate::site::use_texts;
use crate::store::Store;
use crate::url_state::{use_url, view_setter};

use self::input::Input;

/// What the parts of the axis share, all derived from the address, the
/// dataset and the reader's pointer.
#[derive(Clone, Copy)]
struct Axis {
    placed: Memo<Vec<Placed>>,
    hovered: RwSignal<Option<Item>>,
    /// Everything the dataset spans.
    extent: Memo<Window>,
    /// What is drawn: the address's range, or where a drag has got to.
    shown: Memo<Window>,
    layout: Memo<AxisLayout>,
    /// The axis's width in pixels, as measured.
    width_px: RwSignal<f64>,
    /// Shows a window by writing it into the address.
    go: UnsyncCallback<Window>,
    rtl: bool,
}

impl Axis {
    /// Where a time position is drawn, from the left.
    fn vis(self, pos: f64) -> f64 {
        if self.rtl {
            1.0 - pos
        } else {
            pos
        }
    }

    fn step(self, step: Step) {
        let to = step.apply(self.shown.get_untracked(), self.extent.get_untracked());
        self.go.run(to);
    }

    /// The reader points at (or focuses) a mark, and leaves it.
    fn point(self, item: Item) {
        self.hovered.set(Some(item));
    }

    fn leave(self, item: Item) {
        if self.hovered.get_untracked() == Some(item) {
            self.hovered.set(None);
        }
    }
}

#[component]
pub fn TimeAxis(
    /// The items the filters select, in date order.
    placed: Memo<Vec<Placed>>,
    /// The item a reader points at, here or in the list (shared so each lights the other).
    hovered: RwSignal<Option<Item>>,
) -> impl IntoView {
    let store = Store::use_store();
    let texts = use_texts();
    let rtl = texts.lang.dir() == "rtl";
    let url = use_url();
    let set_view = view_setter();
    let extent = Memo::new(move |_| {
        let (a, b) = store.data.with(|d| d.catalog.years());
        Window::years(a, b)
    });
    let range = url.range;
    let committed = Memo::new(move |_| {
        range
            .get()
            .map_or(extent.get(), |r| r.window().fit(extent.get()))
    });
    // While a drag is under way the axis follows the pointer; the address is
    // written once, when it ends.
    let live: RwSignal<Option<Window>> = RwSignal::new(None);
    let shown = Memo::new(move |_| live.get().unwrap_or_else(|| committed.get()));
    let go = UnsyncCallback::new(move |w: Window| {
        live.set(None);
        let mut state = url.state.get_untracked();
        state.range = w.to_range(extent.get_untracked());
        if state.range != range.get_untracked() {
            set_view(state, true);
        }
    });
    let svg_ref: NodeRef<leptos::svg::Svg> = NodeRef::new();
    let width_px = measured_width(svg_ref);
    let layout = laid_out(placed, shown, width_px);
    let axis = Axis {
        placed,
        hovered,
        extent,
        shown,
        layout,
        width_px,
        go,
        rtl,
    };
    let input = Input {
        axis,
        svg: svg_ref,
        live,
        drag: RwSignal::new(Drag::default()),
    };
    let brush = Memo::new(move |_| input.drag.with(Drag::brush));
    let brush = move || {
        brush.get().map(|(a, b)| {
            let left = if rtl { axis.vis(b) } else { a };
            view! { <rect class="brush" x=pct(left) width=format!("{:.3}%", (b - a) * 100.0) y="20" height="100%"/> }
        })
    };
    view! {
        <div class="time-axis">
            <toolbar::AxisToolbar axis=axis/>
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
                    height=move || layout.with(|l| format!("{:.0}", height(l)))
                    on:keydown=move |e| input.key(e)
                    on:wheel=move |e| input.wheel(e)
                    on:pointerdown=move |e| input.down(e)
                    on:pointermove=move |e| input.moved(e)
                    on:pointerup=move |e| input.up(e)
                    on:pointercancel=move |e| input.up(e)
                >
                    <grid::Grid axis=axis/>
                    <line class="baseline" x1="0" x2="100%" y1=ROUND_Y y2=ROUND_Y/>
                    {brush}
                    <g class="marks">
                        <g class="lane rounds"><rounds::RoundMarks axis=axis/><crowd::RoundCrowds axis=axis/></g>
                        <lanes::Lanes axis=axis/>
                    </g>
                </svg>
                <tip::AxisTip axis=axis/>
            </div>
            <legend::LanesChoice/>
            <legend::AxisLegend rtl=rtl/>
        </div>
    }
}

/// Where every mark and label goes, for what is shown at the axis's width.
fn laid_out(
    placed: Memo<Vec<Placed>>,
    shown: Memo<Window>,
    width_px: RwSignal<f64>,
) -> Memo<AxisLayout> {
    let store = Store::use_store();
    let texts = use_texts();
    let url = use_url();
    // The lanes depend on these three of the address's facts, not on the rest.
    let lanes_of = Memo::new(move |_| {
        url.state
            .with(|s| (s.lanes, s.filter.kinds.clone(), s.filter.factions.clone()))
    });
    Memo::new(move |_| {
        let data = store.data.get();
        let cat = &data.catalog;
        let (by, kinds, factions) = lanes_of.get();
        let input = LaneInput {
            cat,
            window: shown.get(),
            width_px: width_px.get(),
            by,
            kinds: &kinds,
            factions: &factions,
        };
        let round_lines = |r: &crate::data::model::Round, p: &Placed| {
            vec![
                texts.f("round-n", &[("n", Arg::Num(i64::from(r.number)))]),
                month_year(p.start.first_day(), texts.lang),
            ]
        };
        let event_label = |e: usize| {
            let ev = &cat.data.events[e];
            texts.isolate(cat.local_text(
                &format!("event:{}", ev.id),
                "title",
                texts.lang,
                &ev.title,
            ))
        };
        placed.with(|list| lay_out(&input, list, round_lines, event_label))
    })
}

/// The axis's width in pixels: the narrowest expected until it is measured
/// (so the built page and the adopted one agree), then the real one, kept
/// up to date as the window resizes.
fn measured_width(svg: NodeRef<leptos::svg::Svg>) -> RwSignal<f64> {
    let width_px = RwSignal::new(NARROW_PX);
    let measure = move || {
        if let Some(el) = svg.get_untracked() {
            let w = el.get_bounding_client_rect().width();
            if w > 0.0 && (w - width_px.get_untracked()).abs() > 1.0 {
                width_px.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if svg.get().is_some() {
            measure();
        }
    });
    let on_resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || on_resize.remove());
    width_px
}
