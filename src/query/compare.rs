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
