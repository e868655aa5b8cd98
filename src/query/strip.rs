//! The strip that opens a round page: the five rounds on one line of time,
//! this one marked, with the events between its neighbours.

use crate::data::catalog::Catalog;

use super::axis::Window;
use super::timeline::{Item, Placed};

#[derive(Clone, Debug, PartialEq)]
pub struct StripRound {
    pub number: u8,
    /// Along time, 0.0-1.0.
    pub pos: f64,
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Strip {
    pub rounds: Vec<StripRound>,
    /// Events after the round before this one and before the round after it:
    /// (index into the dataset's events, position).
    pub around: Vec<(usize, f64)>,
    /// The stretch `around` covers, along time.
    pub from: f64,
    pub to: f64,
}

/// The strip for round `n` over the dataset's years (`all`: every placed
/// item, in date order).
pub fn strip(cat: &Catalog, all: &[Placed], n: u8) -> Strip {
    let (a, b) = cat.years();
    let w = Window::years(a, b);
    let rounds: Vec<StripRound> = all
        .iter()
        .filter_map(|p| match p.item {
            Item::Round(i) => Some(StripRound {
                number: cat.data.rounds[i].number,
                pos: w.pos(p.start.first_day() as f64),
                current: cat.data.rounds[i].number == n,
            }),
            Item::Event(_) => None,
        })
        .collect();
    let at = rounds.iter().position(|r| r.current);
    let from = at
        .and_then(|i| i.checked_sub(1))
        .map_or(0.0, |i| rounds[i].pos);
    let to = at.and_then(|i| rounds.get(i + 1)).map_or(1.0, |r| r.pos);
    let around = match at {
        None => Vec::new(),
        Some(_) => all
            .iter()
            .filter_map(|p| match p.item {
                Item::Event(e) => {
                    let pos = w.pos(p.start.first_day() as f64);
                    (pos > from && pos < to).then_some((e, pos))
                }
                Item::Round(_) => None,
            })
            .collect(),
    };
    Strip {
        rounds,
        around,
        from,
        to,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::select::Selection;
    use crate::query::state::Filter;
    use crate::query::timeline::place;

    #[test]
    fn a_round_among_the_five_with_the_events_between_its_neighbours() {
        let cat = Catalog::new(crate::data::embedded::embedded().unwrap());
        let all = place(&cat, &Selection::new(&cat), &Filter::default());
        let s = strip(&cat, &all, 3);
        assert_eq!(s.rounds.len(), 5);
        assert_eq!(s.rounds.iter().filter(|r| r.current).count(), 1);
        assert!(s.rounds.windows(2).all(|p| p[0].pos <= p[1].pos));
        let two = s.rounds.iter().find(|r| r.number == 2).unwrap().pos;
        let four = s.rounds.iter().find(|r| r.number == 4).unwrap().pos;
        assert_eq!((s.from, s.to), (two, four));
        assert!(s.around.iter().all(|&(_, p)| p > two && p < four));
        assert!(!s.around.is_empty());
        // The first round's stretch starts at the beginning of the axis.
        assert_eq!(strip(&cat, &all, 1).from, 0.0);
        // An unknown round marks nothing.
        let none = strip(&cat, &all, 9);
        assert!(none.around.is_empty() && none.rounds.iter().all(|r| !r.current));
    }
}
