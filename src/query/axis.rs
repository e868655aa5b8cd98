//! The interactive time axis: which stretch of time it shows (the window), how
//! that zooms and pans, where its ticks go, and which marks it draws.
//!
//! Times are days since 1970-01-01 as `f64`, so zooming is smooth; the window
//! written to the address is rounded to whole days ([`DayRange`]).

use std::collections::BTreeSet;

use crate::data::catalog::Catalog;
use crate::data::date::{civil_from_days, days_from_civil, PartialDate};

use super::matrix::CellStatus;
use super::timeline::{Item, Placed};
use crate::i18n::messages::Arg;
use crate::i18n::{Lang, Texts};

/// The narrowest window: two weeks.
pub const MIN_SPAN: f64 = 14.0;
/// Above this many marks in one lane, the lane shows counts per stretch of time.
pub const MAX_MARKS: usize = 120;
/// How many stretches an aggregated lane is cut into.
pub const BINS: usize = 120;
/// How close two marks of one lane may be, as a share of the axis, before the
/// second one moves to the next event lane.
const MIN_GAP: f64 = 0.03;
/// Event lanes; a busier stretch aggregates instead.
pub const EVENT_LANES: usize = 3;
/// Keyboard and button steps.
pub const ZOOM_STEP: f64 = 1.5;
pub const PAN_STEP: f64 = 0.2;

/// An inclusive range of whole days: the window as the address holds it
/// (`range=2023-03-01..2024-06-30`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayRange {
    pub from: i64,
    pub to: i64,
}

impl DayRange {
    /// Reads `YYYY[-MM[-DD]]..YYYY[-MM[-DD]]`: a coarse end means its whole
    /// year or month. Reversed ends are put in order; the flag says so.
    pub fn parse(s: &str) -> Result<(DayRange, bool), String> {
        let (a, b) = s
            .split_once("..")
            .ok_or_else(|| "no \"..\" between the two dates".to_string())?;
        let a = PartialDate::parse(a.trim())?;
        let b = PartialDate::parse(b.trim())?;
        let (from, to) = (a.first_day(), b.last_day());
        if from <= to {
            Ok((DayRange { from, to }, false))
        } else {
            Ok((
                DayRange {
                    from: b.first_day(),
                    to: a.last_day(),
                },
                true,
            ))
        }
    }

    pub fn window(self) -> Window {
        Window {
            start: self.from as f64,
            end: (self.to + 1) as f64,
        }
    }

    /// `2023-03-01..2024-06-30`
    pub fn to_param(self) -> String {
        format!("{}..{}", iso(self.from), iso(self.to))
    }
}

/// `2023-03-01` for a day number.
pub fn iso(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A stretch of time on the axis: `start` inclusive, `end` exclusive, in days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

impl Window {
    /// 1 January of `first` to 1 January of `end`.
    pub fn years(first: i32, end: i32) -> Window {
        Window {
            start: days_from_civil(first, 1, 1) as f64,
            end: days_from_civil(end, 1, 1) as f64,
        }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Where a day falls: 0.0 at the start, 1.0 at the end (outside for days outside).
    pub fn pos(&self, day: f64) -> f64 {
        (day - self.start) / self.span()
    }

    /// The day at a position (0.0-1.0) on the axis.
    pub fn day_at(&self, pos: f64) -> f64 {
        self.start + pos * self.span()
    }

    /// Does the stretch `[a, b]` (days) show in this window?
    pub fn overlaps(&self, a: f64, b: f64) -> bool {
        b >= self.start && a < self.end
    }

    /// Zooms by `factor` (below 1 zooms in) keeping the day under `anchor`
    /// (a position, 0.0-1.0) where it is; then fits the extent.
    pub fn zoom(self, factor: f64, anchor: f64, extent: Window) -> Window {
        let anchor = anchor.clamp(0.0, 1.0);
        let at = self.day_at(anchor);
        let span = (self.span() * factor).clamp(MIN_SPAN.min(extent.span()), extent.span());
        Window {
            start: at - anchor * span,
            end: at + (1.0 - anchor) * span,
        }
        .fit(extent)
    }

    /// Moves by `by` spans (negative: earlier), within the extent.
    pub fn pan(self, by: f64, extent: Window) -> Window {
        let d = by * self.span();
        Window {
            start: self.start + d,
            end: self.end + d,
        }
        .fit(extent)
    }

    /// The window moved (not resized) to lie inside `extent`, and no narrower
    /// than [`MIN_SPAN`] nor wider than the extent.
    pub fn fit(self, extent: Window) -> Window {
        let span = self
            .span()
            .clamp(MIN_SPAN.min(extent.span()), extent.span());
        let mid = (self.start + self.end) / 2.0;
        let mut start = mid - span / 2.0;
        start = start.clamp(extent.start, extent.end - span);
        Window {
            start,
            end: start + span,
        }
    }

    /// The window as whole days for the address; `None` when it is the whole extent.
    pub fn to_range(self, extent: Window) -> Option<DayRange> {
        let from = self.start.round() as i64;
        let to = self.end.round() as i64 - 1;
        let whole = from <= extent.start.round() as i64 && to >= extent.end.round() as i64 - 1;
        (!whole).then_some(DayRange { from, to })
    }
}

/// A labelled line on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub pos: f64,
    pub label: String,
    /// Year lines are major; months and days are minor.
    pub major: bool,
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Ticks for the window: years on a long window, then quarters, months,
/// weeks or days as it narrows, so there are roughly 4 to 14 of them.
pub fn ticks(w: Window, lang: Lang) -> Vec<Tick> {
    let year = |y: i32| crate::i18n::digits::number(i64::from(y), lang);
    let month = |m: u8| match lang {
        Lang::En => MONTH_ABBR[usize::from(m) - 1].to_string(),
        _ => crate::i18n::calendar::gregorian_month_name(lang, m).to_string(),
    };
    let days = w.span();
    let (y0, _, _) = civil_from_days(w.start.floor() as i64);
    let (y1, _, _) = civil_from_days(w.end.ceil() as i64);
    let mut out = Vec::new();
    let mut push = |day: i64, label: String, major: bool| {
        let pos = w.pos(day as f64);
        if (0.0..=1.0).contains(&pos) {
            out.push(Tick { pos, label, major });
        }
    };
    if days > 365.0 * 2.5 {
        let step = ((days / 365.25) / 10.0).ceil().max(1.0) as i32;
        for y in (y0..=y1).filter(|y| y % step == 0) {
            push(days_from_civil(y, 1, 1), year(y), true);
        }
    } else if days > 120.0 {
        let every = if days > 500.0 {
            3
        } else if days > 240.0 {
            2
        } else {
            1
        };
        for y in y0..=y1 {
            for m in (1..=12u8).filter(|m| (m - 1) % every == 0) {
                let label = if m == 1 { year(y) } else { month(m) };
                push(days_from_civil(y, m, 1), label, m == 1);
            }
        }
    } else {
        let every: i64 = if days > 60.0 {
            7
        } else if days > 28.0 {
            3
        } else {
            1
        };
        let mut day = w.start.floor() as i64;
        while (day as f64) <= w.end {
            let (y, m, d) = civil_from_days(day);
            let first = d == 1;
            if first || (i64::from(d) - 1) % every == 0 && d < 29 {
                let label = if first {
                    format!("{} {}", month(m), year(y))
                } else {
                    crate::i18n::digits::number(i64::from(d), lang)
                };
                push(day, label, first);
            }
            day += 1;
        }
    }
    out
}

/// A lane of the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lane {
    Rounds,
    /// Context events, in up to [`EVENT_LANES`] rows (0-based).
    Events(usize),
}

/// Something the axis draws.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// One item: `index` into the placed items; positions in the window.
    One {
        index: usize,
        pos: f64,
        end: f64,
        lane: Lane,
    },
    /// Several items too close to draw apart: how many, over which stretch.
    Many {
        from: f64,
        to: f64,
        count: usize,
        lane: Lane,
    },
}

/// The marks for the items in the window: each item on its own while a lane
/// has at most [`MAX_MARKS`] in view, else counts per stretch. The work and
/// the number of marks depend on what is in view, not on the dataset's size
/// beyond one pass over the items.
pub fn marks(placed: &[Placed], w: Window) -> Vec<Mark> {
    let span_of = |p: &Placed| {
        let a = p.start.first_day() as f64;
        let b = p.end.as_ref().map_or(p.start.last_day(), |e| e.last_day()) as f64 + 1.0;
        (a, b)
    };
    let mut rounds = Vec::new();
    let mut events = Vec::new();
    for (i, p) in placed.iter().enumerate() {
        let (a, b) = span_of(p);
        if !w.overlaps(a, b) {
            continue;
        }
        let (pos, end) = (w.pos(a), w.pos(b));
        match p.item {
            Item::Round(_) => rounds.push((i, pos, end)),
            Item::Event(_) => events.push((i, pos, end)),
        }
    }
    let mut out = Vec::new();
    lay_out(&rounds, &mut out, |_| Lane::Rounds, 1);
    lay_out(&events, &mut out, Lane::Events, EVENT_LANES);
    out
}

fn lay_out(
    items: &[(usize, f64, f64)],
    out: &mut Vec<Mark>,
    lane: impl Fn(usize) -> Lane,
    rows: usize,
) {
    if items.len() > MAX_MARKS {
        let mut bins = vec![0usize; BINS];
        for &(_, pos, _) in items {
            bins[((pos.clamp(0.0, 0.999_999)) * BINS as f64) as usize] += 1;
        }
        for (b, &count) in bins.iter().enumerate().filter(|(_, c)| **c > 0) {
            out.push(Mark::Many {
                from: b as f64 / BINS as f64,
                to: (b + 1) as f64 / BINS as f64,
                count,
                lane: lane(0),
            });
        }
        return;
    }
    let mut ends = vec![f64::NEG_INFINITY; rows];
    for &(index, pos, end) in items {
        let row = ends
            .iter()
            .position(|&e| pos - e >= MIN_GAP)
            .unwrap_or_else(|| {
                // Every row is busy: the one free longest.
                ends.iter()
                    .enumerate()
                    .min_by(|a, b| a.1.total_cmp(b.1))
                    .map_or(0, |(i, _)| i)
            });
        ends[row] = pos.max(end);
        out.push(Mark::One {
            index,
            pos,
            end,
            lane: lane(row),
        });
    }
}

/// A faction's presence at a round, on the lane the axis adds under a faction filter.
#[derive(Clone, Debug, PartialEq)]
pub struct PresenceMark {
    pub pos: f64,
    pub status: CellStatus,
    /// "NRF at round 3: Attended"
    pub label: String,
}

/// For each faction and each round in the window: was it there, as the sources say?
pub fn presence_marks(
    cat: &Catalog,
    factions: &BTreeSet<String>,
    w: Window,
    texts: &Texts,
) -> Vec<PresenceMark> {
    let mut out = Vec::new();
    for f in factions.iter().filter_map(|id| cat.faction(id)) {
        let name = f.short.as_deref().unwrap_or(&f.name);
        for r in &cat.data.rounds {
            let Some(day) = r
                .dates
                .first()
                .and_then(|d| PartialDate::parse(&d.start).ok())
                .map(|d| d.first_day() as f64)
            else {
                continue;
            };
            let pos = w.pos(day);
            if !(0.0..=1.0).contains(&pos) {
                continue;
            }
            let status = CellStatus::of(cat.presence(f, r.number));
            out.push(PresenceMark {
                pos,
                status,
                label: texts.f(
                    "axis-presence",
                    &[
                        ("faction", Arg::Text(&texts.isolate(name))),
                        ("n", Arg::Num(i64::from(r.number))),
                        ("status", Arg::Text(&texts.t(&status.key()))),
                    ],
                ),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extent() -> Window {
        Window::years(2021, 2026)
    }

    #[test]
    fn ranges_parse_in_order_and_round_trip() {
        let (r, swapped) = DayRange::parse("2023-03-01..2024-06-30").unwrap();
        assert!(!swapped);
        assert_eq!(r.to_param(), "2023-03-01..2024-06-30");
        let (r2, swapped) = DayRange::parse("2024-06-30..2023-03-01").unwrap();
        assert!(swapped);
        assert_eq!(r2, r);
        let (y, _) = DayRange::parse("2023..2023").unwrap();
        assert_eq!(y.to_param(), "2023-01-01..2023-12-31");
        for bad in [
            "abc",
            "2023",
            "2023-13..2024",
            "..",
            "2023-02-30..2024-01-01",
        ] {
            assert!(DayRange::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn zoom_keeps_the_anchor_day_in_place() {
        let w = extent();
        let z = w.zoom(0.5, 0.25, extent());
        assert!((z.span() - w.span() / 2.0).abs() < 1e-6);
        assert!((z.day_at(0.25) - w.day_at(0.25)).abs() < 1e-6);
        // Zooming out past the extent stops at the extent.
        assert_eq!(z.zoom(10.0, 0.5, extent()), extent());
        // Zooming in stops at two weeks.
        let mut n = w;
        for _ in 0..50 {
            n = n.zoom(0.5, 0.5, extent());
        }
        assert!((n.span() - MIN_SPAN).abs() < 1e-6);
    }

    #[test]
    fn pan_stays_inside_the_extent() {
        let w = extent().zoom(0.2, 0.5, extent());
        let left = w.pan(-100.0, extent());
        assert_eq!(left.start, extent().start);
        assert!((left.span() - w.span()).abs() < 1e-6);
        let right = w.pan(100.0, extent());
        assert_eq!(right.end, extent().end);
        let step = w.pan(0.5, extent());
        assert!((step.start - (w.start + w.span() / 2.0)).abs() < 1e-6);
    }

    #[test]
    fn the_whole_extent_is_no_range() {
        assert_eq!(extent().to_range(extent()), None);
        let part = extent().zoom(0.5, 0.0, extent());
        let r = part.to_range(extent()).unwrap();
        assert_eq!(r.from, extent().start as i64);
        assert_eq!(DayRange::parse(&r.to_param()).unwrap().0, r);
    }

    #[test]
    fn ticks_in_dari_use_its_digits_and_month_names() {
        let fa = ticks(extent(), Lang::Fa);
        assert_eq!(fa[1].label, "۲۰۲۲");
        let (one_year, _) = DayRange::parse("2023-01-01..2023-12-31").unwrap();
        assert!(ticks(one_year.window(), Lang::Fa)
            .iter()
            .any(|t| t.label == "جولای"));
    }

    #[test]
    fn ticks_follow_the_zoom() {
        let years = ticks(extent(), Lang::En);
        assert_eq!(
            years.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
            ["2021", "2022", "2023", "2024", "2025", "2026"]
        );
        let (one_year, _) = DayRange::parse("2023-01-01..2023-12-31").unwrap();
        let months = ticks(one_year.window(), Lang::En);
        assert!(months.iter().any(|t| t.label == "Jul"), "{months:?}");
        let (weeks, _) = DayRange::parse("2023-12-01..2023-12-20").unwrap();
        let days = ticks(weeks.window(), Lang::En);
        assert!(days.iter().any(|t| t.label == "Dec 2023" && t.major));
        for w in [extent(), one_year.window(), weeks.window()] {
            let n = ticks(w, Lang::En).len();
            assert!((3..=40).contains(&n), "{n} ticks for {w:?}");
            assert!(ticks(w, Lang::En).windows(2).all(|p| p[0].pos < p[1].pos));
        }
    }

    fn placed(days: &[(&str, bool)]) -> Vec<Placed> {
        days.iter()
            .enumerate()
            .map(|(i, (d, round))| Placed {
                item: if *round {
                    Item::Round(i)
                } else {
                    Item::Event(i)
                },
                start: PartialDate::parse(d).unwrap(),
                end: None,
                disputed: false,
            })
            .collect()
    }

    #[test]
    fn a_faction_filter_adds_its_presence_at_each_round() {
        let cat = Catalog::new(crate::data::embedded::embedded().unwrap());
        let nrf: BTreeSet<String> = ["nrf".to_string()].into();
        let (a, b) = cat.years();
        let en = Texts::english();
        let marks = presence_marks(&cat, &nrf, Window::years(a, b), &en);
        assert_eq!(marks.len(), cat.data.rounds.len());
        let f = cat.faction("nrf").unwrap();
        for (m, r) in marks.iter().zip(&cat.data.rounds) {
            assert_eq!(m.status, CellStatus::of(cat.presence(f, r.number)));
            assert!(m.label.starts_with("NRF at round "), "{}", m.label);
        }
        assert!(presence_marks(&cat, &BTreeSet::new(), Window::years(a, b), &en).is_empty());
    }

    #[test]
    fn marks_in_view_get_lanes_and_crowds_aggregate() {
        let p = placed(&[
            ("2022-09-15", true),
            ("2022-09-16", false),
            ("2022-09-17", false),
            ("2024-01-01", false),
        ]);
        let m = marks(&p, extent());
        assert_eq!(m.len(), 4);
        let lanes: Vec<Lane> = m
            .iter()
            .map(|x| match x {
                Mark::One { lane, .. } | Mark::Many { lane, .. } => *lane,
            })
            .collect();
        assert_eq!(lanes[0], Lane::Rounds);
        // Two events a day apart do not share a row.
        assert_ne!(lanes[1], lanes[2]);
        // Out of view, nothing is drawn.
        let (w, _) = DayRange::parse("2023-01-01..2023-06-30").unwrap();
        assert!(marks(&p, w.window()).is_empty());

        let many: Vec<Placed> = (0..10_000)
            .map(|i| Placed {
                item: Item::Event(i),
                start: PartialDate::parse(&iso(18_700 + (i as i64 % 1500))).unwrap(),
                end: None,
                disputed: false,
            })
            .collect();
        let m = marks(&many, extent());
        assert!(m.len() <= BINS, "{} marks", m.len());
        let total: usize = m
            .iter()
            .map(|x| match x {
                Mark::Many { count, .. } => *count,
                Mark::One { .. } => 1,
            })
            .sum();
        assert_eq!(total, 10_000);
    }
}
