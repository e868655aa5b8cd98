//! The timeline: rounds and events placed on a proportional time axis.

use super::select::{matches, Selection};
use super::state::Filter;
use crate::data::catalog::Catalog;
use crate::data::date::PartialDate;
use crate::data::model::{DateClaim, DisagreementField, Subject};

/// What a timeline item shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// Index into `rounds`.
    Round(usize),
    /// Index into `events`.
    Event(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub item: Item,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    /// Sources give other dates too.
    pub disputed: bool,
    /// Position on the axis, 0.0 (start) to 1.0 (end).
    pub pos: f64,
    /// Row on the axis: rounds use 0, events 1 and up, so marks do not overlap.
    pub lane: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub first_year: i32,
    /// Exclusive: the axis ends on 1 January of this year.
    pub end_year: i32,
    /// (year, position) of each 1 January on the axis.
    pub ticks: Vec<(i32, f64)>,
}

impl Axis {
    pub fn pos(&self, d: &PartialDate) -> f64 {
        let span = f64::from(self.end_year - self.first_year);
        ((d.as_year_fraction() - f64::from(self.first_year)) / span).clamp(0.0, 1.0)
    }
}

/// Smallest gap between two marks in one lane, as a share of the axis.
const MIN_GAP: f64 = 0.035;
/// Event lanes before marks are allowed to overlap.
const MAX_EVENT_LANES: usize = 4;

fn primary(dates: &[DateClaim]) -> Option<(PartialDate, Option<PartialDate>)> {
    let d = dates.first()?;
    let start = PartialDate::parse(&d.start).ok()?;
    let end = d.end.as_deref().and_then(|e| PartialDate::parse(e).ok());
    Some((start, end))
}

/// The axis covering every dated item of the dataset (stable while filters change).
pub fn axis(cat: &Catalog) -> Axis {
    let years = cat
        .data
        .rounds
        .iter()
        .map(|r| &r.dates)
        .chain(cat.data.events.iter().map(|e| &e.dates))
        .filter_map(|d| primary(d))
        .flat_map(|(s, e)| [s.year, e.map_or(s.year, |e| e.year)]);
    let (lo, hi) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let (first_year, end_year) = if lo > hi { (2021, 2026) } else { (lo, hi + 1) };
    let span = f64::from(end_year - first_year);
    let ticks = (first_year..=end_year)
        .map(|y| (y, f64::from(y - first_year) / span))
        .collect();
    Axis {
        first_year,
        end_year,
        ticks,
    }
}

/// The items the filter selects, in date order, placed on the axis.
pub fn place(cat: &Catalog, sel: &Selection, filter: &Filter, axis: &Axis) -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::new();
    let rounds = cat
        .data
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| (Item::Round(i), &r.dates, &sel.rounds[i]));
    let events = cat
        .data
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (Item::Event(i), &e.dates, &sel.events[i]));
    for (item, dates, facts) in rounds.chain(events) {
        if !matches(filter, facts) {
            continue;
        }
        let Some((start, end)) = primary(dates) else {
            continue;
        };
        // Variant dates of lower precision are not a dispute; a recorded disagreement is.
        let subject = match item {
            Item::Round(i) => Subject::Round(cat.data.rounds[i].number),
            Item::Event(i) => Subject::Event(cat.data.events[i].id.clone()),
        };
        let disputed = cat
            .disagreements_about(&subject)
            .iter()
            .any(|d| d.field == DisagreementField::Date);
        out.push(Placed {
            item,
            start,
            end,
            disputed,
            pos: axis.pos(&start),
            lane: 0,
        });
    }
    out.sort_by(|a, b| {
        a.start
            .first_day()
            .cmp(&b.start.first_day())
            .then(matches!(b.item, Item::Round(_)).cmp(&matches!(a.item, Item::Round(_))))
    });
    let mut lane_ends = [f64::NEG_INFINITY; MAX_EVENT_LANES];
    for p in out.iter_mut().filter(|p| matches!(p.item, Item::Event(_))) {
        let free = lane_ends.iter().position(|&end| p.pos - end >= MIN_GAP);
        let lane = free.unwrap_or_else(|| {
            // All lanes busy: reuse the one that has been free longest.
            lane_ends
                .iter()
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i)
        });
        lane_ends[lane] = p.pos;
        p.lane = lane + 1;
    }
    out
}

/// Items grouped by year for the list view, in order.
pub fn by_year(placed: &[Placed]) -> Vec<(i32, Vec<&Placed>)> {
    let mut groups: Vec<(i32, Vec<&Placed>)> = Vec::new();
    for p in placed {
        match groups.last_mut() {
            Some((y, v)) if *y == p.start.year => v.push(p),
            _ => groups.push((p.start.year, vec![p])),
        }
    }
    groups
}
