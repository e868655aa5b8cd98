//! Which records a [`Filter`] selects, and how many each filter choice would leave.
//!
//! Each record's filterable facts are computed once per dataset ([`Facts`]);
//! a filter change is then only set operations, which keeps large datasets fast.

use std::collections::{BTreeSet, HashMap};
use std::hash::Hash;

use super::state::Filter;
use crate::data::catalog::Catalog;
use crate::data::date::PartialDate;
use crate::data::model::*;

/// What a filter can test about one record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub factions: BTreeSet<String>,
    pub communities: BTreeSet<String>,
    /// Timeline item kinds; `None` where kinds do not apply (factions, people).
    pub kinds: Option<BTreeSet<EventKind>>,
    pub faction_kinds: BTreeSet<FactionKind>,
    pub stances: BTreeSet<Stance>,
    /// First and last year; `None` where years do not apply.
    pub years: Option<(i32, i32)>,
    /// Lower-cased searchable text.
    pub text: String,
}

/// One kind of filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    Faction,
    Community,
    Kind,
    FactionKind,
    Stance,
    Years,
    Text,
}

fn years_of(dates: &[DateClaim]) -> Option<(i32, i32)> {
    let first = dates.first()?;
    let start = PartialDate::parse(&first.start).ok()?;
    let end = first
        .end
        .as_deref()
        .and_then(|e| PartialDate::parse(e).ok())
        .unwrap_or(start);
    Some((start.year, end.year))
}

fn push_text(text: &mut String, s: &str) {
    text.push(' ');
    text.push_str(&fold(s));
}

/// A record's Dari and Pashto names and texts, searchable beside the English.
fn push_translations(text: &mut String, cat: &Catalog, of: &str) {
    for t in cat.translations_of(of) {
        push_text(text, t);
    }
}

/// Text as search compares it: lower case; Arabic ي ى, ك and ة as the Afghan
/// ی, ک and ه (ۀ too); digits in ASCII; without the zero-width non-joiner,
/// tatweel and short-vowel marks, which writers use or leave out at will.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{064A}' | '\u{0649}' => out.push('\u{06CC}'),
            '\u{0643}' => out.push('\u{06A9}'),
            '\u{0629}' | '\u{06C0}' => out.push('\u{0647}'),
            '\u{200C}' | '\u{200D}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            '\u{06F0}'..='\u{06F9}' | '\u{0660}'..='\u{0669}' => out.push_str(
                &crate::i18n::digits::ascii_digits(c.encode_utf8(&mut [0; 4])),
            ),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

impl Facts {
    /// Adds what follows from a faction's involvement: its composition, stances, kind.
    fn add_faction(&mut self, cat: &Catalog, id: &str) {
        self.factions.insert(id.to_string());
        if let Some(f) = cat.faction(id) {
            self.communities
                .extend(cat.communities_of_faction(f).into_iter().map(String::from));
            self.stances.extend(f.stances.iter().map(|s| s.stance));
            self.faction_kinds.insert(f.kind);
        }
    }

    /// Adds what follows from a person's involvement: sourced factions and communities.
    fn add_person(&mut self, cat: &Catalog, id: &str) {
        if let Some(p) = cat.person(id) {
            for f in cat.factions_of(p) {
                self.add_faction(cat, f);
            }
            self.communities
                .extend(p.communities.iter().map(|c| c.community.clone()));
            push_text(&mut self.text, &p.name);
            push_translations(&mut self.text, cat, &format!("person:{id}"));
        }
    }

    pub fn for_round(cat: &Catalog, r: &Round) -> Facts {
        let mut x = Facts {
            kinds: Some([EventKind::Round].into()),
            years: years_of(&r.dates),
            ..Facts::default()
        };
        for f in &cat.data.factions {
            if cat
                .presence(f, r.number)
                .is_some_and(|p| p.status != PresenceStatus::Absent)
            {
                x.add_faction(cat, &f.id);
            }
        }
        for a in r.attendance.iter().filter(|a| a.mode != Mode::Absent) {
            x.add_person(cat, &a.person);
            if let Some(f) = &a.faction {
                x.add_faction(cat, f);
            }
        }
        for c in r
            .communities
            .iter()
            .filter(|c| c.level != PresenceLevel::Absent)
        {
            x.communities.insert(c.community.clone());
        }
        let t = &mut x.text;
        push_text(t, &format!("round {}", r.number));
        for s in [&r.name, &r.headline, &r.summary] {
            push_text(t, s);
        }
        push_translations(t, cat, &format!("round:{}", r.number));
        for v in &r.venues {
            push_text(t, &v.name);
            push_text(t, &v.city);
        }
        for c in r.outcomes.iter().chain(&r.firsts) {
            push_text(t, &c.text);
        }
        for id in &r.documents {
            if let Some(d) = cat.document(id) {
                push_text(t, &d.title);
            }
        }
        x
    }

    pub fn for_event(cat: &Catalog, e: &Event) -> Facts {
        let mut x = Facts {
            kinds: Some([e.kind].into()),
            years: years_of(&e.dates),
            ..Facts::default()
        };
        for f in &e.factions {
            x.add_faction(cat, f);
            push_text(&mut x.text, cat.faction_name(f));
            push_translations(&mut x.text, cat, &format!("faction:{f}"));
        }
        for p in &e.people {
            x.add_person(cat, p);
        }
        push_text(&mut x.text, &e.title);
        push_text(&mut x.text, &e.summary);
        push_translations(&mut x.text, cat, &format!("event:{}", e.id));
        if let Some(p) = &e.place {
            push_text(&mut x.text, p);
        }
        x
    }

    pub fn for_faction(cat: &Catalog, f: &Faction) -> Facts {
        let mut x = Facts::default();
        x.add_faction(cat, &f.id);
        let t = &mut x.text;
        push_text(t, &f.name);
        if let Some(s) = &f.short {
            push_text(t, s);
        }
        for a in &f.aliases {
            push_text(t, &a.name);
        }
        push_text(t, &f.summary);
        push_translations(t, cat, &format!("faction:{}", f.id));
        for b in &f.bases {
            push_text(t, &b.text);
        }
        for (p, _) in cat.leaders(&f.id) {
            push_text(t, &p.name);
            push_translations(t, cat, &format!("person:{}", p.id));
        }
        x
    }

    pub fn for_person(cat: &Catalog, p: &Person) -> Facts {
        let mut x = Facts::default();
        x.add_person(cat, &p.id);
        let t = &mut x.text;
        for v in &p.variants {
            push_text(t, &v.name);
        }
        push_text(t, &p.summary);
        for r in &p.roles {
            push_text(t, &r.title);
        }
        x
    }
}

/// The search words of a filter, lower-cased.
pub fn words(q: &str) -> Vec<String> {
    q.split_whitespace().map(fold).collect()
}

fn any_of<T: Ord>(wanted: &BTreeSet<T>, have: &BTreeSet<T>) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
}

/// Does a record pass every active filter, ignoring `skip`?
pub fn passes(f: &Filter, words: &[String], x: &Facts, skip: Option<Dim>) -> bool {
    let on = |d: Dim| skip != Some(d);
    (!on(Dim::Faction) || any_of(&f.factions, &x.factions))
        && (!on(Dim::Community) || any_of(&f.communities, &x.communities))
        && (!on(Dim::Kind) || x.kinds.as_ref().is_none_or(|k| any_of(&f.kinds, k)))
        && (!on(Dim::FactionKind) || any_of(&f.faction_kinds, &x.faction_kinds))
        && (!on(Dim::Stance) || any_of(&f.stances, &x.stances))
        && (!on(Dim::Years)
            || x.years.is_none_or(|(a, b)| {
                f.from.is_none_or(|from| b >= from) && f.to.is_none_or(|to| a <= to)
            }))
        && (!on(Dim::Text) || words.iter().all(|w| x.text.contains(w.as_str())))
}

/// Does a record pass the whole filter?
pub fn matches(f: &Filter, x: &Facts) -> bool {
    passes(f, &words(&f.q), x, None)
}

/// Should an attendee be highlighted on a round page: do the person's sourced
/// factions and communities answer the active faction, ethnicity, stance and type filters?
pub fn highlights(f: &Filter, person: &Facts) -> bool {
    let active = !(f.factions.is_empty()
        && f.communities.is_empty()
        && f.stances.is_empty()
        && f.faction_kinds.is_empty());
    active
        && any_of(&f.factions, &person.factions)
        && any_of(&f.communities, &person.communities)
        && any_of(&f.stances, &person.stances)
        && any_of(&f.faction_kinds, &person.faction_kinds)
}

#[cfg(test)]
thread_local! {
    /// How often this thread has counted facets: tests of the views' memos
    /// read it to show what a change recomputes.
    pub static COUNTINGS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// For each choice of each filter, how many records would pass if it were the only
/// choice of its kind, the other kinds staying as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub factions: HashMap<String, usize>,
    pub communities: HashMap<String, usize>,
    pub kinds: HashMap<EventKind, usize>,
    pub faction_kinds: HashMap<FactionKind, usize>,
    pub stances: HashMap<Stance, usize>,
    /// Records passing the whole filter.
    pub total: usize,
}

/// Counts each key once more; a key is copied only the first time it is seen
/// (this runs for every record on every filter change).
fn bump<'a, K: Clone + Eq + Hash + 'a>(
    map: &mut HashMap<K, usize>,
    keys: impl IntoIterator<Item = &'a K>,
) {
    for k in keys {
        match map.get_mut(k) {
            Some(n) => *n += 1,
            None => {
                map.insert(k.clone(), 1);
            }
        }
    }
}

impl FacetCounts {
    /// One pass over the records.
    pub fn count<'a>(f: &Filter, records: impl IntoIterator<Item = &'a Facts>) -> FacetCounts {
        #[cfg(test)]
        COUNTINGS.with(|n| n.set(n.get() + 1));
        let w = words(&f.q);
        let mut c = FacetCounts::default();
        for x in records {
            if passes(f, &w, x, None) {
                c.total += 1;
            }
            if passes(f, &w, x, Some(Dim::Faction)) {
                bump(&mut c.factions, &x.factions);
            }
            if passes(f, &w, x, Some(Dim::Community)) {
                bump(&mut c.communities, &x.communities);
            }
            if let Some(kinds) = &x.kinds {
                if passes(f, &w, x, Some(Dim::Kind)) {
                    bump(&mut c.kinds, kinds);
                }
            }
            if passes(f, &w, x, Some(Dim::FactionKind)) {
                bump(&mut c.faction_kinds, &x.faction_kinds);
            }
            if passes(f, &w, x, Some(Dim::Stance)) {
                bump(&mut c.stances, &x.stances);
            }
        }
        c
    }
}

/// Facts of every timeline item (rounds, then events), computed once per dataset.
pub struct Selection {
    pub rounds: Vec<Facts>,
    pub events: Vec<Facts>,
    pub factions: Vec<Facts>,
    pub people: Vec<Facts>,
}

impl Selection {
    pub fn new(cat: &Catalog) -> Selection {
        Selection {
            rounds: cat
                .data
                .rounds
                .iter()
                .map(|r| Facts::for_round(cat, r))
                .collect(),
            events: cat
                .data
                .events
                .iter()
                .map(|e| Facts::for_event(cat, e))
                .collect(),
            factions: cat
                .data
                .factions
                .iter()
                .map(|f| Facts::for_faction(cat, f))
                .collect(),
            people: cat
                .data
                .people
                .iter()
                .map(|p| Facts::for_person(cat, p))
                .collect(),
        }
    }
}

/// A round's attendees grouped by the faction a source ties them to (the
/// attendance record's own faction, else the first faction of their roles):
/// groups with a faction first, by faction id, then those without one.
/// Each group lists indices into the round's attendance, in order.
pub fn attendee_groups(cat: &Catalog, r: &Round) -> Vec<(Option<String>, Vec<usize>)> {
    let mut groups: std::collections::BTreeMap<(u8, String), Vec<usize>> = Default::default();
    for (i, a) in r.attendance.iter().enumerate() {
        let faction = a.faction.clone().or_else(|| {
            cat.person(&a.person)
                .and_then(|p| cat.factions_of(p).into_iter().next().map(String::from))
        });
        let key = match faction {
            Some(f) => (0, f),
            None => (1, String::new()),
        };
        groups.entry(key).or_default().push(i);
    }
    groups
        .into_iter()
        .map(|((none, f), idx)| ((none == 0).then_some(f), idx))
        .collect()
}

/// Do the filters pick out people (factions, communities, stances, kinds of
/// faction), so that a round page should highlight its attendees?
pub fn identity_filter_active(f: &Filter) -> bool {
    !(f.factions.is_empty()
        && f.communities.is_empty()
        && f.stances.is_empty()
        && f.faction_kinds.is_empty())
}

/// The people the filter keeps, by name.
pub fn people_rows(cat: &Catalog, sel: &Selection, filter: &Filter) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..cat.data.people.len())
        .filter(|&i| matches(filter, &sel.people[i]))
        .collect();
    idx.sort_by_cached_key(|&i| cat.data.people[i].name.to_lowercase());
    idx
}

#[cfg(test)]
mod people_and_attendees {
    use super::*;

    fn cat() -> Catalog {
        Catalog::new(crate::data::embedded::embedded().unwrap())
    }

    #[test]
    fn every_attendee_is_in_exactly_one_group_factions_first() {
        let c = cat();
        for r in &c.data.rounds {
            let groups = attendee_groups(&c, r);
            let mut all: Vec<usize> = groups.iter().flat_map(|(_, v)| v.clone()).collect();
            all.sort_unstable();
            assert_eq!(all, (0..r.attendance.len()).collect::<Vec<_>>());
            let first_none = groups.iter().position(|(f, _)| f.is_none());
            if let Some(i) = first_none {
                assert_eq!(
                    i,
                    groups.len() - 1,
                    "the group without a faction comes last"
                );
            }
            for (f, idx) in &groups {
                for &i in idx {
                    if let (Some(f), Some(own)) = (f, &r.attendance[i].faction) {
                        assert_eq!(f, own, "a stated faction is the one used");
                    }
                }
            }
        }
    }

    #[test]
    fn people_are_sorted_by_name_and_filtered() {
        let c = cat();
        let sel = Selection::new(&c);
        let all = people_rows(&c, &sel, &Filter::default());
        assert_eq!(all.len(), c.data.people.len());
        let names: Vec<String> = all
            .iter()
            .map(|&i| c.data.people[i].name.to_lowercase())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        let mut f = Filter::default();
        f.factions.insert("nrf".into());
        let nrf = people_rows(&c, &sel, &f);
        assert!(!nrf.is_empty() && nrf.len() < all.len());
        assert!(identity_filter_active(&f));
        assert!(!identity_filter_active(&Filter::default()));
    }
    #[test]
    fn a_search_in_dari_or_pashto_script_finds_names_and_translated_text() {
        let c = cat();
        let sel = Selection::new(&c);
        let massoud = c.person_index("ahmad-massoud").unwrap();
        // Arabic ي and ك, a zero-width non-joiner: all fold to the Afghan spelling.
        for q in [
            "q=مسعود",
            "q=احمد+مسعود",
            "q=%D9%85%D8%B3%D8%B9%D9%88%D8%AF",
        ] {
            let f = crate::query::state::ViewState::from_query(q).0.filter;
            let rows = people_rows(&c, &sel, &f);
            assert!(rows.contains(&massoud), "{q}");
            assert!(rows.len() < c.data.people.len(), "{q} narrows the list");
        }
        let f = crate::query::state::ViewState::from_query("q=massoud")
            .0
            .filter;
        assert!(people_rows(&c, &sel, &f).contains(&massoud));
        // A round's translated summary is searchable: round 3 mentions Dostum's envoy.
        let r3 = c.round(3).unwrap();
        let facts = Facts::for_round(&c, r3);
        assert!(matches(
            &crate::query::state::ViewState::from_query("q=دوستم")
                .0
                .filter,
            &facts
        ));
        // Written with Arabic ي and ك and a ZWNJ, it still matches.
        assert!(matches(&filter_q("گروه\u{200C}هاي سياسي"), &facts));
        assert!(matches(&filter_q("گروههای سیاسی"), &facts));
        assert!(!matches(&filter_q("کابلستان"), &facts));
    }

    fn filter_q(q: &str) -> Filter {
        Filter {
            q: q.to_string(),
            ..Filter::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(
        factions: &[&str],
        communities: &[&str],
        kind: EventKind,
        year: i32,
        text: &str,
    ) -> Facts {
        Facts {
            factions: factions.iter().map(|s| s.to_string()).collect(),
            communities: communities.iter().map(|s| s.to_string()).collect(),
            kinds: Some([kind].into()),
            years: Some((year, year)),
            text: text.to_lowercase(),
            ..Facts::default()
        }
    }

    fn filter(q: &str) -> Filter {
        crate::query::state::ViewState::from_query(q).0.filter
    }

    #[test]
    fn or_within_and_across() {
        let a = facts(&["nrf"], &["tajik"], EventKind::Round, 2023, "Round two");
        let b = facts(&["aff"], &["hazara"], EventKind::Meeting, 2024, "Doha");
        assert!(matches(&filter("faction=nrf,aff"), &a) && matches(&filter("faction=nrf,aff"), &b));
        assert!(!matches(&filter("faction=nrf&ethnicity=hazara"), &a));
        assert!(!matches(&filter("faction=nrf&ethnicity=hazara"), &b));
        assert!(matches(&filter("kind=meeting&from=2024"), &b));
        // A kind alone: a round is not a meeting; either of two kinds will do.
        assert!(!matches(&filter("kind=meeting"), &a));
        assert!(matches(&filter("kind=round,meeting"), &a));
        assert!(!matches(&filter("kind=meeting&to=2023"), &b));
        assert!(matches(&filter("q=ROUND+two"), &a));
        assert!(!matches(&filter("q=round+three"), &a));
    }

    #[test]
    fn kinds_do_not_apply_to_factions() {
        let faction = Facts {
            factions: ["nrf".to_string()].into(),
            ..Facts::default()
        };
        assert!(matches(&filter("kind=meeting&from=2030"), &faction));
    }

    #[test]
    fn facet_counts_ignore_their_own_dimension() {
        let items = [
            facts(&["nrf"], &["tajik"], EventKind::Round, 2023, ""),
            facts(&["nrf", "aff"], &["tajik"], EventKind::Round, 2025, ""),
            facts(
                &["high-council"],
                &["hazara", "uzbek"],
                EventKind::Meeting,
                2022,
                "",
            ),
        ];
        let c = FacetCounts::count(&filter("faction=nrf&kind=round"), items.iter());
        assert_eq!(c.total, 2);
        // Choosing aff instead of nrf would leave one round; high-council none (kind=round).
        assert_eq!(c.factions.get("aff"), Some(&1));
        assert_eq!(c.factions.get("nrf"), Some(&2));
        assert_eq!(c.factions.get("high-council"), None);
        // Kind counts ignore kind=round but keep faction=nrf.
        assert_eq!(c.kinds.get(&EventKind::Round), Some(&2));
        assert_eq!(c.kinds.get(&EventKind::Meeting), None);
        assert_eq!(c.communities.get("tajik"), Some(&2));
    }

    #[test]
    fn highlight_needs_an_active_identity_filter() {
        let p = facts(&["high-council"], &["uzbek"], EventKind::Round, 2023, "");
        assert!(highlights(&filter("ethnicity=uzbek"), &p));
        assert!(!highlights(&filter("ethnicity=hazara"), &p));
        assert!(!highlights(&filter("q=dostum"), &p));
        assert!(!highlights(&filter(""), &p));
    }

    #[test]
    fn fold_normalises_afghan_and_arabic_spellings() {
        assert_eq!(fold("Ahmad MASSOUD"), "ahmad massoud");
        assert_eq!(fold("علي"), fold("علی"));
        assert_eq!(fold("على"), "علی");
        assert_eq!(fold("كابل"), "کابل");
        assert_eq!(fold("مدرسة"), "مدرسه");
        assert_eq!(fold("می\u{200C}کند"), "میکند");
        assert_eq!(fold("جبههٔ"), "جبهه");
        assert_eq!(fold("مـسعود"), "مسعود");
        assert_eq!(fold("مُسعود"), "مسعود");
        assert_eq!(fold("۲۰۲۳ ٢٠٢٣"), "2023 2023");
        // Pashto letters with no Arabic twin stay as they are.
        assert_eq!(fold("پښتون ګډون ځای"), "پښتون ګډون ځای");
        assert_eq!(words("  احمد\tمسعود "), ["احمد", "مسعود"]);
    }
}
