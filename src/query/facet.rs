//! The filter's facets as one piece: which part of a [`Filter`] each reads
//! and writes, and which of the [`FacetCounts`] it shows. The form draws any
//! facet the same way from this.

use std::collections::{BTreeSet, HashMap};
use std::hash::Hash;

use super::select::FacetCounts;
use super::state::Filter;
use super::vocab::Vocab;
use crate::data::catalog::Catalog;
use crate::data::model::{EventKind, FactionKind, Stance};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Kind,
    Faction,
    Community,
    Stance,
    FactionKind,
}

impl Facet {
    /// The address's parameter (and the form's input name).
    pub fn param(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Faction => "faction",
            Facet::Community => "ethnicity",
            Facet::Stance => "stance",
            Facet::FactionKind => "type",
        }
    }

    /// The catalog key of the facet's heading.
    pub fn legend_key(self) -> &'static str {
        match self {
            Facet::Kind => "filter-kind",
            Facet::Faction => "filter-faction",
            Facet::Community => "filter-ethnicity",
            Facet::Stance => "filter-stance",
            Facet::FactionKind => "filter-type",
        }
    }

    /// The values a reader can choose, in the order they are listed: the
    /// dataset's factions and communities, or every word of a vocabulary.
    pub fn values(self, cat: &Catalog) -> Vec<String> {
        match self {
            Facet::Kind => slugs::<EventKind>(),
            Facet::Faction => cat.data.factions.iter().map(|f| f.id.clone()).collect(),
            Facet::Community => cat.data.communities.iter().map(|c| c.id.clone()).collect(),
            Facet::Stance => slugs::<Stance>(),
            Facet::FactionKind => slugs::<FactionKind>(),
        }
    }

    /// Is `value` selected in the filter?
    pub fn is_selected(self, f: &Filter, value: &str) -> bool {
        match self {
            Facet::Kind => has(&f.kinds, value),
            Facet::Faction => f.factions.contains(value),
            Facet::Community => f.communities.contains(value),
            Facet::Stance => has(&f.stances, value),
            Facet::FactionKind => has(&f.faction_kinds, value),
        }
    }

    /// Is anything of this facet selected?
    pub fn any_selected(self, f: &Filter) -> bool {
        match self {
            Facet::Kind => !f.kinds.is_empty(),
            Facet::Faction => !f.factions.is_empty(),
            Facet::Community => !f.communities.is_empty(),
            Facet::Stance => !f.stances.is_empty(),
            Facet::FactionKind => !f.faction_kinds.is_empty(),
        }
    }

    /// Selects `value`, or unselects it if it was selected. An unknown word
    /// of a vocabulary changes nothing.
    pub fn toggle(self, f: &mut Filter, value: &str) {
        match self {
            Facet::Kind => flip_word(&mut f.kinds, value),
            Facet::Faction => flip(&mut f.factions, value.to_string()),
            Facet::Community => flip(&mut f.communities, value.to_string()),
            Facet::Stance => flip_word(&mut f.stances, value),
            Facet::FactionKind => flip_word(&mut f.faction_kinds, value),
        }
    }

    /// How many records choosing `value` would leave.
    pub fn count(self, k: &FacetCounts, value: &str) -> usize {
        match self {
            Facet::Kind => count_word(&k.kinds, value),
            Facet::Faction => k.factions.get(value).copied().unwrap_or(0),
            Facet::Community => k.communities.get(value).copied().unwrap_or(0),
            Facet::Stance => count_word(&k.stances, value),
            Facet::FactionKind => count_word(&k.faction_kinds, value),
        }
    }
}

fn slugs<T: Vocab>() -> Vec<String> {
    T::ALL.iter().map(|w| w.slug().to_string()).collect()
}

fn has<T: Vocab + Ord>(set: &BTreeSet<T>, value: &str) -> bool {
    T::from_slug(value).is_some_and(|w| set.contains(&w))
}

fn flip<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

fn flip_word<T: Vocab + Ord>(set: &mut BTreeSet<T>, value: &str) {
    if let Some(w) = T::from_slug(value) {
        flip(set, w);
    }
}

fn count_word<T: Vocab + Eq + Hash>(counts: &HashMap<T, usize>, value: &str) -> usize {
    T::from_slug(value)
        .and_then(|w| counts.get(&w).copied())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;
    use crate::query::state::ViewState;

    const ALL: [Facet; 5] = [
        Facet::Kind,
        Facet::Faction,
        Facet::Community,
        Facet::Stance,
        Facet::FactionKind,
    ];

    #[test]
    fn toggling_each_value_selects_it_in_the_address_and_back() {
        let cat = Catalog::new(embedded().unwrap());
        for facet in ALL {
            let values = facet.values(&cat);
            assert!(!values.is_empty(), "{facet:?} offers something");
            for v in values {
                let mut f = Filter::default();
                facet.toggle(&mut f, &v);
                assert!(
                    facet.is_selected(&f, &v) && facet.any_selected(&f),
                    "{facet:?} {v}"
                );
                let state = ViewState {
                    filter: f.clone(),
                    ..Default::default()
                };
                let query = state.search();
                assert!(
                    query.contains(&format!("{}=", facet.param())),
                    "{facet:?} writes its own parameter: {query}"
                );
                facet.toggle(&mut f, &v);
                assert!(f.is_empty(), "{facet:?} {v} unselects");
            }
        }
    }

    #[test]
    fn unknown_words_change_nothing() {
        for facet in [Facet::Kind, Facet::Stance, Facet::FactionKind] {
            let mut f = Filter::default();
            facet.toggle(&mut f, "no-such-word");
            assert!(f.is_empty());
            assert!(!facet.is_selected(&f, "no-such-word"));
            assert_eq!(facet.count(&FacetCounts::default(), "no-such-word"), 0);
        }
    }

    #[test]
    fn counts_are_read_from_the_facet_s_own_map() {
        let mut k = FacetCounts::default();
        k.factions.insert("nrf".into(), 3);
        k.communities.insert("hazara".into(), 2);
        k.kinds.insert(EventKind::ALL[0], 4);
        k.stances.insert(Stance::ALL[1], 5);
        k.faction_kinds.insert(FactionKind::ALL[0], 6);
        assert_eq!(Facet::Faction.count(&k, "nrf"), 3);
        assert_eq!(Facet::Community.count(&k, "nrf"), 0);
        assert_eq!(Facet::Community.count(&k, "hazara"), 2);
        assert_eq!(Facet::Kind.count(&k, EventKind::ALL[0].slug()), 4);
        assert_eq!(Facet::Stance.count(&k, Stance::ALL[1].slug()), 5);
        assert_eq!(Facet::Stance.count(&k, Stance::ALL[0].slug()), 0);
        assert_eq!(Facet::FactionKind.count(&k, FactionKind::ALL[0].slug()), 6);
    }
}
