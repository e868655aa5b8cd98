//! The timeline: the rounds and events a filter selects, in date order.

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
}

fn primary(dates: &[DateClaim]) -> Option<(PartialDate, Option<PartialDate>)> {
    let d = dates.first()?;
    let start = PartialDate::parse(&d.start).ok()?;
    let end = d.end.as_deref().and_then(|e| PartialDate::parse(e).ok());
    Some((start, end))
}

/// The items the filter selects, in date order, placed on the axis.
pub fn place(cat: &Catalog, sel: &Selection, filter: &Filter) -> Vec<Placed> {
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
        });
    }
    out.sort_by(|a, b| {
        a.start
            .first_day()
            .cmp(&b.start.first_day())
            .then(matches!(b.item, Item::Round(_)).cmp(&matches!(a.item, Item::Round(_))))
    });
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
