//! Participation across the rounds, drawn as SVG: every stated count is a
//! mark, and where sources differ the spread is drawn as a range, not hidden.

use leptos::prelude::*;

use crate::components::data_text::Data;
use crate::components::svg_title::svg_title;
use crate::i18n::messages::Arg;
use crate::query::participation::{count_text, participation, range_text, scale_max, share_text};
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::Store;

// Drawn without a viewBox: across, positions are shares of the width; down,
// pixels. Text keeps its CSS size (12 px) at any width, on a phone too.
const H: f64 = 220.0;
/// The share of the width the value labels take, at the start edge.
const LEFT: f64 = 0.12;
/// The share kept free at the end edge.
const RIGHT: f64 = 0.02;
const BOTTOM: f64 = 30.0;
const TOP: f64 = 16.0;

fn pct(share: f64) -> String {
    format!("{:.2}%", share * 100.0)
}

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
        let step = (1.0 - LEFT - RIGHT) / rows.len() as f64;
        // Right to left in the Dari and Pashto editions, like their text.
        let n = rows.len();
        let rtl = texts.lang.dir() == "rtl";
        let x = move |i: usize| {
            let at = if rtl { n - 1 - i } else { i };
            let share = LEFT + step * (at as f64 + 0.5);
            if rtl {
                1.0 - share
            } else {
                share
            }
        };
        // The value labels stand at the start edge: left, or right in Dari and Pashto.
        let (label_x, grid_from, grid_to) = if rtl {
            (1.0 - LEFT + 0.01, RIGHT, 1.0 - LEFT)
        } else {
            (LEFT - 0.01, LEFT, 1.0 - RIGHT)
        };
        let grid = (0..=4)
            .map(|k| {
                let v = (max / 4.0 * f64::from(k)).round() as u32;
                let yy = y(v);
                view! {
                    <line class="grid" x1=pct(grid_from) x2=pct(grid_to) y1=yy y2=yy/>
                    <text class="tick" x=pct(label_x) y=yy + 4.0 text-anchor="end">{texts.num(v)}</text>
                }
            })
            .collect_view();
        let columns = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let cx = pct(x(i));
                let range = r.range.map(|(lo, hi)| {
                    view! { <line class="range" x1=cx.clone() x2=cx.clone() y1=y(hi) y2=y(lo).max(y(hi) + 2.0)/> }
                });
                let marks = r
                    .counts
                    .iter()
                    .map(|c| {
                        let title = format!("{}: {} ({})", round_n(r.number), count_text(texts, c), texts.isolate(&c.cites.first().map(|x| data.catalog.source_label(&x.source)).unwrap_or_default()));
                        view! { <circle class=format!("mark q-{}", c.qualifier.slug()) cx=cx.clone() cy=y(c.value) r="4"><title>{title}</title></circle> }
                    })
                    .collect_view();
                let women = r.women.first().map(|w| {
                    view! { <text class="women" x=cx.clone() y=TOP - 2.0 text-anchor="middle">{format!("♀ {}", share_text(texts, w))}{svg_title(texts.isolate(&w.stated))}</text> }
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
                <svg width="100%" height=H role="img" aria-labelledby="chart-caption" class="participation">
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
