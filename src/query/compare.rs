//! Comparing two rounds: who and which factions are new, absent or returning.

use std::collections::BTreeSet;

use crate::data::catalog::Catalog;
use crate::data::model::{Mode, PresenceStatus};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// Recorded at this round, not at the other.
    pub new: Vec<String>,
    /// Recorded at the other round, not at this one.
    pub missing: Vec<String>,
    /// Recorded at both.
    pub returning: Vec<String>,
}

fn diff(this: BTreeSet<String>, other: BTreeSet<String>) -> Diff {
    Diff {
        new: this.difference(&other).cloned().collect(),
        missing: other.difference(&this).cloned().collect(),
        returning: this.intersection(&other).cloned().collect(),
    }
}

/// People recorded as taking part (any mode but absent).
pub fn people_at(cat: &Catalog, round: u8) -> BTreeSet<String> {
    cat.round(round)
        .map(|r| {
            r.attendance
                .iter()
                .filter(|a| a.mode != Mode::Absent)
                .map(|a| a.person.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// Factions recorded as attending or represented.
pub fn factions_at(cat: &Catalog, round: u8) -> BTreeSet<String> {
    cat.data
        .factions
        .iter()
        .filter(|f| {
            cat.presence(f, round)
                .is_some_and(|p| p.status != PresenceStatus::Absent)
        })
        .map(|f| f.id.clone())
        .collect()
}

pub struct Comparison {
    pub people: Diff,
    pub factions: Diff,
}

/// Round `this` seen against round `other`.
pub fn compare(cat: &Catalog, this: u8, other: u8) -> Comparison {
    Comparison {
        people: diff(people_at(cat, this), people_at(cat, other)),
        factions: diff(factions_at(cat, this), factions_at(cat, other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;

    #[test]
    fn a_round_against_itself_has_nothing_new_or_missing() {
        let cat = Catalog::new(embedded().unwrap());
        let c = compare(&cat, 3, 3);
        assert!(c.people.new.is_empty() && c.people.missing.is_empty());
        assert_eq!(c.people.returning.len(), people_at(&cat, 3).len());
        assert!(!c.people.returning.is_empty());
    }

    #[test]
    fn new_missing_and_returning_partition_both_rounds() {
        let cat = Catalog::new(embedded().unwrap());
        for (a, b) in [(2, 3), (3, 4), (1, 5)] {
            let c = compare(&cat, a, b);
            for (d, this, other) in [
                (&c.people, people_at(&cat, a), people_at(&cat, b)),
                (&c.factions, factions_at(&cat, a), factions_at(&cat, b)),
            ] {
                let mut here: Vec<String> = d.new.iter().chain(&d.returning).cloned().collect();
                here.sort();
                assert_eq!(here, this.iter().cloned().collect::<Vec<_>>());
                let mut there: Vec<String> =
                    d.missing.iter().chain(&d.returning).cloned().collect();
                there.sort();
                assert_eq!(there, other.iter().cloned().collect::<Vec<_>>());
            }
        }
        // Nobody absent counts as taking part.
        for r in &cat.data.rounds {
            for a in r.attendance.iter().filter(|a| a.mode == Mode::Absent) {
                let others = r
                    .attendance
                    .iter()
                    .filter(|x| x.person == a.person && x.mode != Mode::Absent)
                    .count();
                if others == 0 {
                    assert!(!people_at(&cat, r.number).contains(&a.person));
                }
            }
        }
        assert!(people_at(&cat, 99).is_empty());
    }
}
