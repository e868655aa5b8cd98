//! Participation across the rounds, drawn as SVG: every stated count is a
//! mark, and where sources differ the spread is drawn as a range, not hidden.

use leptos::prelude::*;

use crate::components::data_text::Data;
use crate::i18n::messages::Arg;
use crate::i18n::Lang;
use crate::query::participation::{count_text, participation, range_text, scale_max, share_text};
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::Store;

const W: f64 = 560.0;
const H: f64 = 220.0;
const LEFT: f64 = 44.0;
const BOTTOM: f64 = 30.0;
const TOP: f64 = 12.0;

#[component]
pub fn ParticipationChart() -> impl IntoView {
    let store = Store::use_store();
    let texts = use_texts();
    let round_n = move |n: u8| texts.f("round-n", &[("n", Arg::Num(i64::from(n)))]);
    move || {
        let data = store.data.get();
        let rows = participation(&data.catalog);
        if rows.is_empty() {
            return None;
        }
        let max = f64::from(scale_max(&rows));
        let plot_h = H - BOTTOM - TOP;
        let y = move |v: u32| TOP + plot_h - f64::from(v) / max * plot_h;
        let step = (W - LEFT - 10.0) / rows.len() as f64;
        // Right to left in the Dari and Pashto editions, like their text.
        let n = rows.len();
        let rtl = texts.lang != Lang::En;
        let x = move |i: usize| {
            let at = if rtl { n - 1 - i } else { i };
            LEFT + step * (at as f64 + 0.5)
        };
        let grid = (0..=4)
            .map(|k| {
                let v = (max / 4.0 * f64::from(k)).round() as u32;
                let yy = y(v);
                view! {
                    <line class="grid" x1=LEFT x2=W - 6.0 y1=yy y2=yy/>
                    <text class="tick" x=LEFT - 6.0 y=yy + 4.0 text-anchor="end">{texts.num(v)}</text>
                }
            })
            .collect_view();
        let columns = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let cx = x(i);
                let range = r.range.map(|(lo, hi)| {
                    view! { <rect class="range" x=cx - 7.0 width="14" y=y(hi) height=(y(lo) - y(hi)).max(2.0) rx="3"/> }
                });
                let marks = r
                    .counts
                    .iter()
                    .map(|c| {
                        let title = format!("{}: {} ({})", round_n(r.number), count_text(texts, c), texts.isolate(&c.cites.first().map(|x| data.catalog.source_label(&x.source)).unwrap_or_default()));
                        view! { <circle class=format!("mark q-{}", c.qualifier.slug()) cx=cx cy=y(c.value) r="4"><title>{title}</title></circle> }
                    })
                    .collect_view();
                let women = r.women.first().map(|w| {
                    view! { <text class="women" x=cx y=TOP + 4.0 text-anchor="middle">{format!("♀ {}", share_text(texts, w))}<title>{texts.isolate(&w.stated)}</title></text> }
                });
                view! {
                    <g>
                        {range}
                        {marks}
                        {women}
                        <text class="label" x=cx y=H - 10.0 text-anchor="middle">{round_n(r.number)}</text>
                    </g>
                }
            })
            .collect_view();
        // The same numbers as text: what a screen reader reads, and a table for everyone.
        let table_rows = rows
            .iter()
            .map(|r| {
                // Each count with its source; the source's name is dataset text.
                let counts = r
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let source = c
                            .cites
                            .first()
                            .map(|x| data.catalog.source_label(&x.source))
                            .unwrap_or_default();
                        view! { {(i > 0).then_some("; ")}{count_text(texts, c)}" ("<Data text=source/>")" }
                    })
                    .collect_view();
                let range = range_text(texts, r.range);
                let women = r
                    .women
                    .iter()
                    .map(|w| w.stated.clone())
                    .collect::<Vec<_>>()
                    .join("; ");
                view! {
                    <tr>
                        <th scope="row">{round_n(r.number)}</th>
                        <td>{range}</td>
                        <td>{counts}</td>
                        <td>{if women.is_empty() { texts.t("not-stated").into_any() } else { view! { <Data text=women/> }.into_any() }}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <figure class="chart">
                <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="chart-caption" class="participation">
                    {grid}
                    {columns}
                </svg>
                <figcaption id="chart-caption">{texts.t("chart-caption")}</figcaption>
                <details class="chart-data">
                    <summary>{texts.t("chart-table-summary")}</summary>
                    <table>
                        <caption>{texts.t("chart-table-caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{texts.t("chart-col-round")}</th>
                                <th scope="col">{texts.t("chart-col-range")}</th>
                                <th scope="col">{texts.t("chart-col-figures")}</th>
                                <th scope="col">{texts.t("chart-col-women")}</th>
                            </tr>
                        </thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </details>
            </figure>
        })
    }
}
