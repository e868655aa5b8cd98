//! The active filters as a list a reader can see and undo one by one, and the
//! filters a reader set in the page before the app had started.

use crate::data::model::{EventKind, FactionKind, Stance};

use super::state::{Filter, ViewState};

/// One active filter value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Chip {
    Faction(String),
    Community(String),
    Kind(EventKind),
    FactionKind(FactionKind),
    Stance(Stance),
    From(i32),
    To(i32),
    Search(String),
}

impl Filter {
    /// Every active value, in the order the filter form lists them.
    pub fn chips(&self) -> Vec<Chip> {
        let mut out: Vec<Chip> = Vec::new();
        out.extend(self.kinds.iter().map(|k| Chip::Kind(*k)));
        out.extend(self.factions.iter().cloned().map(Chip::Faction));
        out.extend(self.communities.iter().cloned().map(Chip::Community));
        out.extend(self.stances.iter().map(|s| Chip::Stance(*s)));
        out.extend(self.faction_kinds.iter().map(|k| Chip::FactionKind(*k)));
        out.extend(self.from.map(Chip::From));
        out.extend(self.to.map(Chip::To));
        if !self.q.trim().is_empty() {
            out.push(Chip::Search(self.q.clone()));
        }
        out
    }

    /// The filter without one value.
    pub fn without(&self, chip: &Chip) -> Filter {
        let mut f = self.clone();
        match chip {
            Chip::Faction(id) => {
                f.factions.remove(id);
            }
            Chip::Community(id) => {
                f.communities.remove(id);
            }
            Chip::Kind(k) => {
                f.kinds.remove(k);
            }
            Chip::FactionKind(k) => {
                f.faction_kinds.remove(k);
            }
            Chip::Stance(s) => {
                f.stances.remove(s);
            }
            Chip::From(_) => f.from = None,
            Chip::To(_) => f.to = None,
            Chip::Search(_) => f.q.clear(),
        }
        f
    }

    /// This filter with what a reader set in the page's form before the app
    /// started (`early`, read from the form): ticked boxes are added, and a
    /// typed search or a chosen year replaces the link's.
    pub fn with_early(&self, early: &Filter) -> Filter {
        let mut f = self.clone();
        f.factions.extend(early.factions.iter().cloned());
        f.communities.extend(early.communities.iter().cloned());
        f.kinds.extend(early.kinds.iter().copied());
        f.faction_kinds.extend(early.faction_kinds.iter().copied());
        f.stances.extend(early.stances.iter().copied());
        if early.from.is_some() {
            f.from = early.from;
        }
        if early.to.is_some() {
            f.to = early.to;
        }
        if !early.q.is_empty() {
            f.q = early.q.clone();
        }
        if let (Some(a), Some(b)) = (f.from, f.to) {
            if a > b {
                (f.from, f.to) = (Some(b), Some(a));
            }
        }
        f
    }
}

/// The filters in a form's fields (`faction=nrf`, `ethnicity=hazara`, `q=…`,
/// as the page's form would send them): only the filter parameters count, and
/// anything else in it is ignored.
pub fn early_filter<K: AsRef<str>, V: AsRef<str>>(
    fields: impl IntoIterator<Item = (K, V)>,
) -> Filter {
    let (state, _) = ViewState::from_pairs(fields);
    state.filter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chips_list_every_value_and_each_can_be_removed() {
        let (s, _) = ViewState::from_query(
            "faction=nrf,aff&ethnicity=hazara&kind=meeting&from=2023&q=roadmap",
        );
        let chips = s.filter.chips();
        assert_eq!(
            chips,
            vec![
                Chip::Kind(EventKind::Meeting),
                Chip::Faction("aff".into()),
                Chip::Faction("nrf".into()),
                Chip::Community("hazara".into()),
                Chip::From(2023),
                Chip::Search("roadmap".into()),
            ]
        );
        let mut f = s.filter.clone();
        for c in &chips {
            f = f.without(c);
        }
        assert!(f.is_empty());
        let one = s.filter.without(&Chip::Faction("nrf".into()));
        assert_eq!(one.factions.len(), 1);
        assert_eq!(one.chips().len(), chips.len() - 1);
        assert!(Filter::default().chips().is_empty());
    }

    #[test]
    fn early_ticks_join_the_links_filter() {
        let (s, _) = ViewState::from_query("ethnicity=uzbek&from=2022");
        // The form held a ticked Hazara box, a search and a "to" year; its
        // other fields (the lanes radio) are no filter.
        let early = early_filter([
            ("ethnicity", "hazara"),
            ("q", "massoud"),
            ("to", "2024"),
            ("lanes", "kind"),
        ]);
        let f = s.filter.with_early(&early);
        assert_eq!(f.communities.len(), 2);
        assert_eq!(f.q, "massoud");
        assert_eq!((f.from, f.to), (Some(2022), Some(2024)));
        // An empty form changes nothing.
        assert_eq!(
            s.filter.with_early(&early_filter::<&str, &str>([])),
            s.filter
        );
        // Junk in the form is ignored, not applied.
        assert!(early_filter([("faction", "<script>"), ("from", "abc")]).is_empty());
        // Years that cross are put in order.
        let crossed = s
            .filter
            .with_early(&early_filter([("from", "2025"), ("to", "2023")]));
        assert_eq!((crossed.from, crossed.to), (Some(2023), Some(2025)));
    }
}
