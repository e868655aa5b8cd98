//! The interactive time axis: which stretch of time it shows (the window), how
//! that zooms and pans, where its ticks go, and which marks it draws.
//!
//! Times are days since 1970-01-01 as `f64`, so zooming is smooth; the window
//! written to the address is rounded to whole days ([`DayRange`]).

use crate::data::date::{civil_from_days, days_from_civil, PartialDate};
use crate::i18n::Lang;

/// The narrowest window: two weeks.
pub const MIN_SPAN: f64 = 14.0;
/// Above this many marks in one lane, the lane shows counts per stretch of time.
pub const MAX_MARKS: usize = 120;
/// The most stretches an aggregated lane is cut into.
pub const BINS: usize = 120;
/// The narrowest stretch drawn: its count fits inside it, and as a link it is
/// a target a finger can hit (WCAG 2.5.8 asks for 24 px).
pub const CROWD_MIN_PX: f64 = 32.0;
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

/// "Dec 2023": the month and year of a day, in the edition's words.
pub fn month_year(day: i64, lang: Lang) -> String {
    let (y, m, _) = civil_from_days(day);
    let month = match lang {
        Lang::En => MONTH_ABBR[usize::from(m) - 1].to_string(),
        _ => crate::i18n::calendar::gregorian_month_name(lang, m).to_string(),
    };
    format!(
        "{month} {}",
        crate::i18n::digits::number(i64::from(y), lang)
    )
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

    #[test]
    fn month_and_year_in_each_edition() {
        let day = days_from_civil(2023, 12, 3);
        assert_eq!(month_year(day, Lang::En), "Dec 2023");
        assert!(month_year(day, Lang::Fa).ends_with("۲۰۲۳"));
    }
}
