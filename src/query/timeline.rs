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
    select(&place_all(cat), sel, filter)
}

/// The items of `all` (in date order, from [`place_all`]) that the filter
/// selects, still in order. What a filter change costs: no date is parsed and
/// nothing sorted again.
pub fn select(all: &[Placed], sel: &Selection, filter: &Filter) -> Vec<Placed> {
    all.iter()
        .filter(|p| {
            let facts = match p.item {
                Item::Round(i) => &sel.rounds[i],
                Item::Event(i) => &sel.events[i],
            };
            matches(filter, facts)
        })
        .cloned()
        .collect()
}

/// Every dated round and event, placed on the axis, in date order (a round
/// first on a tie). Computed once per dataset.
pub fn place_all(cat: &Catalog) -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::new();
    let rounds = cat
        .data
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| (Item::Round(i), &r.dates));
    let events = cat
        .data
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (Item::Event(i), &e.dates));
    for (item, dates) in rounds.chain(events) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;
    use crate::query::state::ViewState;

    fn setup() -> (Catalog, Selection) {
        let cat = Catalog::new(embedded().unwrap());
        let sel = Selection::new(&cat);
        (cat, sel)
    }

    #[test]
    fn everything_dated_is_placed_in_date_order_rounds_first_on_a_tie() {
        let (cat, sel) = setup();
        let all = place(&cat, &sel, &Filter::default());
        let dated = cat
            .data
            .rounds
            .iter()
            .filter(|r| !r.dates.is_empty())
            .count()
            + cat
                .data
                .events
                .iter()
                .filter(|e| !e.dates.is_empty())
                .count();
        assert_eq!(all.len(), dated);
        for w in all.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            assert!(
                a.start.first_day() <= b.start.first_day(),
                "{a:?} before {b:?}"
            );
            if a.start.first_day() == b.start.first_day() {
                assert!(
                    !(matches!(a.item, Item::Event(_)) && matches!(b.item, Item::Round(_))),
                    "a round comes before an event of the same day"
                );
            }
        }
        // Round 3 is placed at the dates its first date claim gives.
        let r3 = cat.data.rounds.iter().position(|r| r.number == 3).unwrap();
        let p = all.iter().find(|p| p.item == Item::Round(r3)).unwrap();
        assert_eq!(
            p.start,
            PartialDate::parse(&cat.data.rounds[r3].dates[0].start).unwrap()
        );
    }

    #[test]
    fn a_filter_keeps_only_what_it_selects_and_disputed_dates_are_flagged() {
        let (cat, sel) = setup();
        let (state, _) = ViewState::from_query("faction=nrf");
        let some = place(&cat, &sel, &state.filter);
        let all = place(&cat, &sel, &Filter::default());
        assert!(!some.is_empty() && some.len() < all.len());
        for p in &some {
            let facts = match p.item {
                Item::Round(i) => &sel.rounds[i],
                Item::Event(i) => &sel.events[i],
            };
            assert!(matches(&state.filter, facts));
        }
        // Every match is kept, in the order of the whole timeline.
        let expected: Vec<&Placed> = all
            .iter()
            .filter(|p| {
                let facts = match p.item {
                    Item::Round(i) => &sel.rounds[i],
                    Item::Event(i) => &sel.events[i],
                };
                matches(&state.filter, facts)
            })
            .collect();
        assert_eq!(some.iter().collect::<Vec<_>>(), expected);
        // Round 1's date is a recorded disagreement in the dataset.
        let r1 = cat.data.rounds.iter().position(|r| r.number == 1).unwrap();
        let disputed = cat
            .disagreements_about(&Subject::Round(1))
            .iter()
            .any(|d| d.field == DisagreementField::Date);
        assert_eq!(
            all.iter()
                .find(|p| p.item == Item::Round(r1))
                .unwrap()
                .disputed,
            disputed
        );
    }

    #[test]
    fn years_group_consecutive_items() {
        let (cat, sel) = setup();
        let all = place(&cat, &sel, &Filter::default());
        let groups = by_year(&all);
        assert_eq!(
            groups.iter().map(|(_, v)| v.len()).sum::<usize>(),
            all.len()
        );
        for w in groups.windows(2) {
            assert!(w[0].0 < w[1].0);
        }
        for (y, items) in &groups {
            assert!(items.iter().all(|p| p.start.year == *y));
        }
    }
}
