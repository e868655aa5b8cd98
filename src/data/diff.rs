//! What changed between two versions of the dataset, record by record.
//!
//! [`diff`] compares two [`Dataset`]s collection by collection and reports, for
//! each, the keys of the records added, removed and changed. A record's key is
//! its `id`; rounds are keyed by their number (`"1"` … `"5"`); relations, which
//! have no id, by [`relation_key`]. "Changed" means the same key with a record
//! that is not equal field for field. `meta` (version, date, changelog) is not
//! compared: it changes with every version by design.
//!
//! ```
//! use vienna_process_explorer::data::diff::diff;
//! # fn demo(old: &vienna_process_explorer::data::Dataset, new: &vienna_process_explorer::data::Dataset) {
//! let d = diff(old, new);
//! for (name, c) in d.collections() {
//!     println!("{name}: +{:?} -{:?} ~{:?}", c.added, c.removed, c.changed);
//! }
//! # }
//! ```

use std::collections::BTreeMap;

use super::model::{Dataset, Relation};

/// The changes in one collection. Each list holds record keys: `added` and
/// `changed` in the order of the newer dataset, `removed` in the order of the
/// older one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CollectionDiff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
}

impl CollectionDiff {
    /// True when nothing was added, removed or changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The changes in every record collection, named as in the JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatasetDiff {
    pub communities: CollectionDiff,
    pub sources: CollectionDiff,
    pub rounds: CollectionDiff,
    pub factions: CollectionDiff,
    pub people: CollectionDiff,
    pub documents: CollectionDiff,
    pub events: CollectionDiff,
    pub relations: CollectionDiff,
    pub disagreements: CollectionDiff,
}

impl DatasetDiff {
    /// Every collection with its JSON name, in the order of the dataset file.
    pub fn collections(&self) -> [(&'static str, &CollectionDiff); 9] {
        [
            ("communities", &self.communities),
            ("sources", &self.sources),
            ("rounds", &self.rounds),
            ("factions", &self.factions),
            ("people", &self.people),
            ("documents", &self.documents),
            ("events", &self.events),
            ("relations", &self.relations),
            ("disagreements", &self.disagreements),
        ]
    }

    /// True when no record differs.
    pub fn is_empty(&self) -> bool {
        self.collections().iter().all(|(_, c)| c.is_empty())
    }
}

/// The key of a relation: `from:kind:to`, e.g. `nrf:allied:aff`, with the kind
/// as spelled in the JSON. A second relation with the same three parts gets
/// `#2` appended, a third `#3`, in file order (see [`diff`]).
pub fn relation_key(r: &Relation) -> String {
    let kind = format!("{:?}", r.kind);
    format!("{}:{}:{}", r.from, kebab(&kind), r.to)
}

/// `SplitFrom` -> `split-from`, as serde's `rename_all = "kebab-case"` spells it.
fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for (i, ch) in camel.chars().enumerate() {
        if ch.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// Compares `old` with `new`, collection by collection.
pub fn diff(old: &Dataset, new: &Dataset) -> DatasetDiff {
    DatasetDiff {
        communities: by_key(&old.communities, &new.communities, |c| c.id.clone()),
        sources: by_key(&old.sources, &new.sources, |s| s.id.clone()),
        rounds: by_key(&old.rounds, &new.rounds, |r| r.number.to_string()),
        factions: by_key(&old.factions, &new.factions, |f| f.id.clone()),
        people: by_key(&old.people, &new.people, |p| p.id.clone()),
        documents: by_key(&old.documents, &new.documents, |d| d.id.clone()),
        events: by_key(&old.events, &new.events, |e| e.id.clone()),
        relations: by_key(&old.relations, &new.relations, relation_key),
        disagreements: by_key(&old.disagreements, &new.disagreements, |d| d.id.clone()),
    }
}

/// Keys every record, numbering repeats (`key#2`, `key#3`) so no record is lost.
fn keyed<T>(items: &[T], key: impl Fn(&T) -> String) -> Vec<(String, &T)> {
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    items
        .iter()
        .map(|item| {
            let k = key(item);
            let n = seen.entry(k.clone()).or_insert(0);
            *n += 1;
            let k = if *n == 1 { k } else { format!("{k}#{n}") };
            (k, item)
        })
        .collect()
}

fn by_key<T: PartialEq>(old: &[T], new: &[T], key: impl Fn(&T) -> String) -> CollectionDiff {
    let old = keyed(old, &key);
    let new = keyed(new, &key);
    let old_map: BTreeMap<&str, &T> = old.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let new_map: BTreeMap<&str, &T> = new.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let mut out = CollectionDiff::default();
    for (k, v) in &new {
        match old_map.get(k.as_str()) {
            None => out.added.push(k.clone()),
            Some(was) if *was != *v => out.changed.push(k.clone()),
            Some(_) => {}
        }
    }
    for (k, _) in &old {
        if !new_map.contains_key(k.as_str()) {
            out.removed.push(k.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::*;

    fn empty() -> Dataset {
        serde_json::from_str(
            r#"{"meta":{"title":"t","version":"1","date":"2026-01-01","licence":"l","description":"d"},
            "communities":[],"sources":[],"rounds":[],"factions":[],"people":[],
            "documents":[],"events":[],"relations":[],"disagreements":[]}"#,
        )
        .unwrap()
    }

    fn community(id: &str, name: &str) -> Community {
        Community {
            id: id.into(),
            name: name.into(),
            kind: CommunityKind::Ethnic,
        }
    }

    fn relation(from: &str, to: &str, kind: RelationKind, text: &str) -> Relation {
        Relation {
            from: from.into(),
            to: to.into(),
            kind,
            text: text.into(),
            inferred: false,
            cites: vec![],
        }
    }

    #[test]
    fn identical_datasets_differ_in_nothing() {
        let mut a = empty();
        a.communities.push(community("tajik", "Tajik"));
        let mut b = a.clone();
        b.meta.version = "2".into();
        assert!(diff(&a, &b).is_empty());
    }

    #[test]
    fn added_removed_and_changed_are_told_apart() {
        let mut a = empty();
        a.communities = vec![
            community("tajik", "Tajik"),
            community("uzbek", "Uzbek"),
            community("hazara", "Hazara"),
        ];
        let mut b = empty();
        b.communities = vec![
            community("tajik", "Tajik"),
            community("uzbek", "Uzbeks"),
            community("pashtun", "Pashtun"),
        ];
        let d = diff(&a, &b);
        assert_eq!(d.communities.added, ["pashtun"]);
        assert_eq!(d.communities.removed, ["hazara"]);
        assert_eq!(d.communities.changed, ["uzbek"]);
        assert!(d.sources.is_empty() && d.people.is_empty());
        assert!(!d.is_empty());
    }

    #[test]
    fn rounds_are_keyed_by_number() {
        let round = |n: u8, headline: &str| -> Round {
            serde_json::from_value(serde_json::json!({
                "number": n, "name": "r", "headline": headline, "summary": "s", "dates": []
            }))
            .unwrap()
        };
        let mut a = empty();
        a.rounds = vec![round(1, "a"), round(2, "b")];
        let mut b = empty();
        b.rounds = vec![round(1, "a"), round(2, "B"), round(3, "c")];
        let d = diff(&a, &b);
        assert_eq!(d.rounds.added, ["3"]);
        assert_eq!(d.rounds.changed, ["2"]);
        assert!(d.rounds.removed.is_empty());
    }

    #[test]
    fn relations_are_keyed_by_from_kind_to_with_repeats_numbered() {
        let mut a = empty();
        a.relations = vec![
            relation("nrf", "aff", RelationKind::Allied, "x"),
            relation("nrf", "taliban", RelationKind::Opposes, "y"),
        ];
        let mut b = empty();
        b.relations = vec![
            relation("nrf", "aff", RelationKind::Allied, "x, reworded"),
            relation("nrf", "aff", RelationKind::Allied, "second source"),
            relation("aff", "nrf", RelationKind::SplitFrom, "z"),
        ];
        let d = diff(&a, &b);
        assert_eq!(d.relations.changed, ["nrf:allied:aff"]);
        assert_eq!(
            d.relations.added,
            ["nrf:allied:aff#2", "aff:split-from:nrf"]
        );
        assert_eq!(d.relations.removed, ["nrf:opposes:taliban"]);
    }

    #[test]
    fn collections_are_named_as_in_the_json() {
        let names: Vec<&str> = DatasetDiff::default()
            .collections()
            .iter()
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(
            names,
            [
                "communities",
                "sources",
                "rounds",
                "factions",
                "people",
                "documents",
                "events",
                "relations",
                "disagreements"
            ]
        );
    }

    #[test]
    fn relation_kinds_are_spelled_as_in_the_json() {
        for kind in [
            RelationKind::Allied,
            RelationKind::SplitFrom,
            RelationKind::MemberOf,
            RelationKind::SuccessorOf,
            RelationKind::SharedLeader,
        ] {
            let key = relation_key(&relation("a", "b", kind, ""));
            let middle = key.split(':').nth(1).unwrap().to_string();
            let json: RelationKind =
                serde_json::from_value(serde_json::Value::String(middle.clone())).unwrap();
            assert_eq!(json, kind, "{middle}");
        }
    }
}
