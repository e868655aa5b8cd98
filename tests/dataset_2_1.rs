//! Dataset 2.1.0 against 2.0.0: the changelog says exactly what a record-by-record
//! comparison finds, and the corrections of this version hold (the new
//! disagreements, round 1's participants, the sources' languages, the fixed
//! distortions and weak citations).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use vienna_process_explorer::data::diff::{diff, relation_key, DatasetDiff};
use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::data::validate::parse_and_validate;
use vienna_process_explorer::data::*;

const V2_0_0: &str = include_str!("../public/data/v2.0.0/vienna-process.json");

fn current() -> Dataset {
    embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn previous() -> Dataset {
    parse_and_validate(V2_0_0).unwrap_or_else(|e| panic!("data/v2.0.0: {e}"))
}

fn cites(cs: &[Cite], source: &str, para: Option<u32>) -> bool {
    cs.iter().any(|c| c.source == source && c.para == para)
}

fn disagreement<'a>(d: &'a Dataset, id: &str) -> &'a Disagreement {
    d.disagreements
        .iter()
        .find(|x| x.id == id)
        .unwrap_or_else(|| panic!("disagreement {id} missing"))
}

fn faction<'a>(d: &'a Dataset, id: &str) -> &'a Faction {
    d.factions.iter().find(|x| x.id == id).unwrap()
}

fn person<'a>(d: &'a Dataset, id: &str) -> &'a Person {
    d.people.iter().find(|x| x.id == id).unwrap()
}

fn round(d: &Dataset, n: u8) -> &Round {
    d.rounds.iter().find(|r| r.number == n).unwrap()
}

// ---------------------------------------------------------------- the archive and the changelog

#[test]
fn the_previous_version_is_archived_and_still_loads() {
    let old = previous();
    assert_eq!(old.meta.version, "2.0.0");
    let new = current();
    assert_eq!(new.meta.changelog[1].version, old.meta.version);
    assert_eq!(new.meta.changelog[1..], old.meta.changelog[..]);
}

/// `collection/key` for every record of one kind of change.
fn keys(d: &DatasetDiff, pick: fn(&diff::CollectionDiff) -> &Vec<String>) -> BTreeSet<String> {
    d.collections()
        .iter()
        .flat_map(|(name, c)| pick(c).iter().map(move |k| format!("{name}/{k}")))
        .collect()
}

/// The backticked names in `text`.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The names an entry lists after `label` ("Added records: ..."); none for "none.".
fn listed(changes: &[String], label: &str) -> BTreeSet<String> {
    let items: Vec<&String> = changes.iter().filter(|c| c.starts_with(label)).collect();
    assert_eq!(items.len(), 1, "one item starts with {label:?}");
    let rest = items[0][label.len()..].trim();
    let names = backticked(rest);
    if names.is_empty() {
        assert_eq!(
            rest, "none.",
            "{label} names records in backticks or says none"
        );
    }
    let set: BTreeSet<String> = names.iter().cloned().collect();
    assert_eq!(set.len(), names.len(), "{label} names a record twice");
    set
}

#[test]
fn the_changelog_entry_says_exactly_what_changed() {
    let (old, new) = (previous(), current());
    let d = diff(&old, &new);
    let entry = &new.meta.changelog[0];
    assert_eq!(entry.version, "2.1.0");

    let added = keys(&d, |c| &c.added);
    let removed = keys(&d, |c| &c.removed);
    let changed = keys(&d, |c| &c.changed);
    assert_eq!(
        listed(&entry.changes, "Added records:"),
        added,
        "added records"
    );
    assert_eq!(
        listed(&entry.changes, "Removed records:"),
        removed,
        "removed records"
    );
    assert_eq!(
        listed(&entry.changes, "Changed records:"),
        changed,
        "changed records"
    );

    // Every record the prose names in backticks did change, one way or another.
    let any: BTreeSet<&String> = added.iter().chain(&removed).chain(&changed).collect();
    for item in &entry.changes {
        for name in backticked(item) {
            assert!(
                any.contains(&name),
                "the changelog names {name:?}, which did not change"
            );
        }
    }
    // The convention is documented where readers of the dataset look.
    assert!(new
        .meta
        .method
        .iter()
        .any(|m| m.contains("Added records:") && m.contains("collection/key")));
}

#[test]
fn relation_keys_spell_the_relation_as_the_json_does() {
    let d = current();
    let raw: serde_json::Value =
        serde_json::from_str(vienna_process_explorer::data::embedded::EMBEDDED_JSON).unwrap();
    for (r, v) in d.relations.iter().zip(raw["relations"].as_array().unwrap()) {
        let s = |k: &str| v[k].as_str().unwrap().to_string();
        assert_eq!(
            relation_key(r),
            format!("{}:{}:{}", s("from"), s("kind"), s("to"))
        );
    }
}

// ---------------------------------------------------------------- the three new disagreements

#[test]
fn disagreement_nrf_only_credible() {
    let d = current();
    let x = disagreement(&d, "nrf-only-credible");
    assert!(x.subjects.contains(&Subject::Faction("nrf".into())));
    assert!(x.subjects.contains(&Subject::Faction("aff".into())));
    assert!(x
        .subjects
        .contains(&Subject::Faction("freedom-corps".into())));
    let coffey = x
        .values
        .iter()
        .find(|v| cites(&v.cites, "seed-001", Some(15)))
        .expect("seed 001's value");
    assert!(coffey.value.contains("only credible") && coffey.value.contains("in the view of"));
    let ayobi = x
        .values
        .iter()
        .find(|v| cites(&v.cites, "seed-004", Some(3)))
        .expect("seed 004's value");
    assert!(ayobi.value.contains("23") && ayobi.value.contains("Freedom Corps"));
    assert!(cites(&ayobi.cites, "seed-004", Some(4)));
    // Both values are in the records the disagreement is about.
    assert!(faction(&d, "nrf")
        .notes
        .iter()
        .any(|n| cites(&n.cites, "seed-001", Some(15)) && n.text.contains("only credible")));
    assert!(faction(&d, "taliban")
        .notes
        .iter()
        .any(|n| cites(&n.cites, "seed-004", Some(3)) && n.text.contains("23")));
}

#[test]
fn disagreement_austria_involvement() {
    let d = current();
    let x = disagreement(&d, "austria-involvement");
    assert!(x.subjects.contains(&Subject::Round(1)));
    assert!(x
        .subjects
        .contains(&Subject::Faction("vienna-process".into())));
    let presse = x
        .values
        .iter()
        .find(|v| cites(&v.cites, "diepresse-6190409", None))
        .expect("Die Presse's value");
    assert!(presse.value.contains("not officially involved"));
    let nrf = x
        .values
        .iter()
        .find(|v| cites(&v.cites, "bayannews-2023-12-03-massoud", None))
        .expect("the NRF's value");
    assert!(nrf
        .value
        .contains("\"facilitated by the Austrian government\""));
    assert!(round(&d, 1)
        .organisers
        .iter()
        .any(|o| cites(&o.cites, "diepresse-6190409", None)));
    assert!(round(&d, 3).organisers.iter().any(|o| cites(
        &o.cites,
        "bayannews-2023-12-03-massoud",
        None
    )));
}

#[test]
fn disagreement_dostum_first_time() {
    let d = current();
    let x = disagreement(&d, "dostum-first-time");
    for s in [
        Subject::Round(2),
        Subject::Round(3),
        Subject::Person("abdul-rashid-dostum".into()),
    ] {
        assert!(x.subjects.contains(&s), "{s:?}");
    }
    let first = x
        .values
        .iter()
        .find(|v| cites(&v.cites, "seed-000", Some(4)))
        .expect("seed 000's round 3 value");
    assert!(first.value.contains("\"for the first time\""));
    let before = x
        .values
        .iter()
        .find(|v| cites(&v.cites, "seed-000", Some(3)))
        .expect("the round 2 value");
    assert!(cites(&before.cites, "seed-001", Some(11)));
    assert!(before.value.contains("key roles"));
    // The link between Dostum and the "Ankara Coalition" is a reading, and says so.
    assert!(x.note.contains("project's reading"));
}

// ---------------------------------------------------------------- round 1's participants

#[test]
fn round_1_carries_seed_000s_wording_about_its_participants() {
    let d = current();
    let r = round(&d, 1);
    assert!(
        r.communities.is_empty(),
        "seed 000 names no community for round 1"
    );
    let note = r
        .community_notes
        .iter()
        .find(|c| cites(&c.cites, "seed-000", Some(2)))
        .expect("a community note citing seed 000 ¶2");
    assert!(
        note.text
            .contains("\"various Afghan minority and ethnic groups\""),
        "{}",
        note.text
    );
    assert!(!note.inferred);
}

// ---------------------------------------------------------------- sources' languages

/// The language a web address names in a path segment (`/fr/`, `/de/`, `/fa/`…).
fn language_segment(url: &str) -> Option<&str> {
    const CODES: [&str; 12] = [
        "en", "fr", "de", "fa", "ps", "ar", "ru", "es", "tr", "ur", "uz", "it",
    ];
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    path.split(['/', '?', '#'])
        .skip(1)
        .find(|seg| CODES.contains(seg))
}

#[test]
fn language_segments_are_read_from_the_path() {
    assert_eq!(
        language_segment("https://euaa.europa.eu/fr/node/21684"),
        Some("fr")
    );
    assert_eq!(language_segment("https://binatv.com/fr/5218"), Some("fr"));
    assert_eq!(language_segment("https://amu.tv/106164"), None);
    assert_eq!(language_segment("https://en.example.org/news"), None);
}

#[test]
fn every_source_whose_address_names_a_language_has_that_language() {
    let d = current();
    let mut seen = 0;
    for s in &d.sources {
        if let Some(lang) = s.url.as_deref().and_then(language_segment) {
            seen += 1;
            assert_eq!(
                s.language.as_deref(),
                Some(lang),
                "{}: its address {:?} names the language {lang}",
                s.id,
                s.url
            );
        }
    }
    assert!(seen >= 10, "only {seen} addresses name a language");
}

// ---------------------------------------------------------------- distortions and weak citations

#[test]
fn seed_004_speaks_of_imprisonment_not_arrests() {
    let d = current();
    let mut found = false;
    for n in &faction(&d, "taliban").notes {
        if cites(&n.cites, "seed-004", Some(1)) {
            assert!(!n.text.contains("arrest"), "{}", n.text);
            found |= n.text.contains("imprisoned");
        }
    }
    assert!(found);
    let seed = d.sources.iter().find(|s| s.id == "seed-004").unwrap();
    assert!(!seed.paragraphs[0].summary.contains("arrest"));
}

#[test]
fn seed_002s_negligible_influence_is_said_of_all_five_organisations() {
    let d = current();
    for id in [
        "high-council",
        "nrf",
        "aff",
        "peace-justice-movement",
        "justice-freedom-party",
    ] {
        let c = faction(&d, id)
            .composition
            .iter()
            .find(|c| cites(&c.cites, "seed-002", Some(9)))
            .unwrap_or_else(|| panic!("{id}: a composition citing seed 002 ¶9"));
        assert!(c.text.contains("all the organisations"), "{id}: {}", c.text);
    }
}

#[test]
fn only_seed_001_says_massoud_was_acknowledged() {
    let d = current();
    let n = person(&d, "ahmad-massoud")
        .notes
        .iter()
        .find(|n| n.text.contains("cknowledged"))
        .unwrap();
    assert!(!n.text.contains("both seeds"));
    assert!(n.text.contains("\"emergence\""));
    assert!(cites(&n.cites, "seed-001", Some(10)) && cites(&n.cites, "seed-000", Some(2)));
}

#[test]
fn weak_citations_are_fixed() {
    let d = current();
    // Round 1's September date from seed 001 rests on the paragraph that names it.
    let r1 = round(&d, 1);
    let from_001: Vec<&DateClaim> = r1
        .dates
        .iter()
        .filter(|x| x.cites.iter().any(|c| c.source == "seed-001"))
        .collect();
    assert_eq!(from_001.len(), 1);
    assert_eq!(
        from_001[0].cites,
        [Cite {
            source: "seed-001".into(),
            para: Some(9)
        }]
    );
    // The organiser facts describe the process, and say so on every round.
    for r in &d.rounds {
        let o = r
            .organisers
            .iter()
            .find(|o| cites(&o.cites, "oiip-afghanistan-conference", None))
            .unwrap_or_else(|| panic!("round {}", r.number));
        assert!(
            o.text.contains("as a whole"),
            "round {}: {}",
            r.number,
            o.text
        );
    }
    // Seed 000 says only of the roadmap that it was drafted since June 2024.
    let docs = d
        .documents
        .iter()
        .find(|x| x.id == "round-5-documents")
        .unwrap();
    assert!(docs.summary.contains("Seed 000 says the roadmap"));
    assert!(!docs
        .summary
        .contains("drafted by working groups since June 2024,"));
    // The round's own summary says it of the roadmap alone too, in every edition.
    let five = d.rounds.iter().find(|r| r.number == 5).unwrap();
    assert!(five
        .summary
        .contains("a roadmap, which working groups had been drafting since the June 2024 round"));
    assert!(!five.summary.contains("related documents drafted since"));
    for t in d
        .translations
        .iter()
        .filter(|t| t.of == "round:5" && t.field == "summary")
    {
        assert_eq!(
            t.from, five.summary,
            "the {:?} summary is made from the current English",
            t.lang
        );
    }
    // Seed 004's council name is equated with the council by the project.
    let alias = faction(&d, "high-council")
        .aliases
        .iter()
        .find(|a| a.name == "Supreme Council of National Resistance")
        .unwrap();
    assert!(alias.inferred);
}
