//! A round among the five: one line of time with every round a link, this
//! one marked, and the events between its neighbours as ticks.

use leptos::prelude::*;

use crate::i18n::messages::Arg;
use crate::query::head::local_round_title;
use crate::query::strip::strip;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

fn pct(pos: f64) -> String {
    format!("{:.2}%", (0.03 + pos * 0.94) * 100.0)
}

#[component]
pub fn RoundStrip(n: u8) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let store = Store::use_store();
    let url = use_url();
    let rtl = texts.lang.dir() == "rtl";
    let vis = move |pos: f64| if rtl { 1.0 - pos } else { pos };
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        let s = strip(cat, &data.timeline, n);
        if s.rounds.is_empty() {
            return None;
        }
        let carried = url.carried.get();
        let (a, b) = (vis(s.from).min(vis(s.to)), vis(s.from).max(vis(s.to)));
        let around = s
            .around
            .iter()
            .map(|&(e, pos)| {
                let ev = &cat.data.events[e];
                let of = format!("event:{}", ev.id);
                let title = texts.isolate(cat.local_text(&of, "title", texts.lang, &ev.title));
                view! { <line class="event" x1=pct(vis(pos)) x2=pct(vis(pos)) y1="22" y2="34"><title>{title}</title></line> }
            })
            .collect_view();
        let rounds = s
            .rounds
            .iter()
            .map(|r| {
                let round = cat.data.rounds.iter().find(|x| x.number == r.number);
                let label = round.map(|x| local_round_title(texts, cat, x)).unwrap_or_default();
                let x = pct(vis(r.pos));
                // The `<g>` makes the `<a>` an SVG link (see `svg_title`).
                view! {
                    <g>
                        <a href=links.round(r.number, &carried) aria-label=label aria-current=r.current.then_some("page") class:current=r.current>
                            <circle cx=x.clone() cy="28" r=if r.current { "13" } else { "10" }/>
                            <text x=x y="32.5" text-anchor="middle" aria-hidden="true">{texts.num(r.number)}</text>
                        </a>
                    </g>
                }
            })
            .collect_view();
        Some(view! {
            <nav class="round-strip" aria-label=texts.t("round-strip")>
                <svg width="100%" height="56" aria-hidden="false">
                    <rect class="around" x=pct(a) width=format!("{:.2}%", (b - a) * 94.0) y="18" height="20" rx="4"/>
                    <line class="base" x1="3%" x2="97%" y1="28" y2="28"/>
                    {around}
                    {rounds}
                </svg>
                <p class="round-strip-note">
                    {texts.f("round-strip-events", &[("n", Arg::Num(s.around.len() as i64))])}
                </p>
            </nav>
        })
    }
}
