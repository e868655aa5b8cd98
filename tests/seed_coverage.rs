#![cfg(not(target_arch = "wasm32"))]
//! Every paragraph of every seed document is either cited by some record of the
//! dataset or, in its source record, says why not (`unused`, published with the
//! dataset). The marks must stay honest: a paragraph marked unused that is in
//! fact cited fails too.
//!
//! The seed facts that reviews found missing or distorted are listed in
//! `tests/data/seed-coverage.json`: each names the record that must hold it, the
//! paragraph that record must cite, and words its text must contain.
//!
//! Citations are collected from the dataset's JSON itself (every object holding
//! a `source` and a `para`), so no record type can be missed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;
use vienna_process_explorer::data::embedded::{embedded, EMBEDDED_JSON};
use vienna_process_explorer::data::SourceKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Coverage {
    #[allow(dead_code)]
    about: String,
    facts: Vec<Fact>,
}

/// A seed fact the dataset must hold.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fact {
    source: String,
    para: u32,
    /// `collection/key`: the record that holds the fact (key: id, or a round's number).
    record: String,
    /// Words (case-insensitive) that the text of a part citing the paragraph contains.
    words: Vec<String>,
}

fn coverage() -> Coverage {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed-coverage.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read the coverage table: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `{source, para}` pair anywhere in a JSON value.
fn collect_cites(v: &Value, out: &mut BTreeSet<(String, u32)>) {
    match v {
        Value::Object(map) => {
            if let (Some(Value::String(s)), Some(Value::Number(n))) =
                (map.get("source"), map.get("para"))
            {
                let n = n.as_u64().expect("para is a whole number");
                out.insert((s.clone(), u32::try_from(n).expect("para fits u32")));
            }
            for x in map.values() {
                collect_cites(x, out);
            }
        }
        Value::Array(xs) => xs.iter().for_each(|x| collect_cites(x, out)),
        _ => {}
    }
}

fn cited_in_dataset() -> BTreeSet<(String, u32)> {
    let v: Value = serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON");
    let mut out = BTreeSet::new();
    collect_cites(&v, &mut out);
    out
}

/// Seed id -> number of paragraphs.
fn seed_paragraphs() -> BTreeMap<String, u32> {
    let data = embedded().unwrap_or_else(|e| panic!("{e}"));
    data.sources
        .iter()
        .filter(|s| s.kind == SourceKind::Seed)
        .map(|s| (s.id.clone(), s.paragraphs.len() as u32))
        .collect()
}

/// (seed id, paragraph) -> the reason the dataset gives for not citing it.
fn marked_unused() -> BTreeMap<(String, u32), String> {
    let data = embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut out = BTreeMap::new();
    for s in &data.sources {
        for p in &s.paragraphs {
            if let Some(why) = &p.unused {
                assert_eq!(
                    s.kind,
                    SourceKind::Seed,
                    "{} ¶{}: only seed paragraphs are marked unused",
                    s.id,
                    p.n
                );
                out.insert((s.id.clone(), p.n), why.clone());
            }
        }
    }
    out
}

#[test]
fn every_seed_paragraph_is_cited_or_marked_unused() {
    let seeds = seed_paragraphs();
    assert_eq!(seeds.len(), 5, "five seed sources");
    assert!(
        seeds.values().all(|&n| n > 0),
        "every seed lists paragraphs"
    );
    let cited = cited_in_dataset();
    let unused = marked_unused();

    let mut missing = Vec::new();
    let mut covered = 0;
    for (id, &count) in &seeds {
        for n in 1..=count {
            let key = (id.clone(), n);
            if cited.contains(&key) {
                covered += 1;
            } else if !unused.contains_key(&key) {
                missing.push(format!("{id} ¶{n}"));
            }
        }
    }
    let total: u32 = seeds.values().sum();
    eprintln!(
        "seed paragraphs: {total} in all, {covered} cited, {} marked unused",
        unused.len()
    );
    assert!(
        missing.is_empty(),
        "seed paragraphs neither cited nor marked unused (sources[].paragraphs[].unused): {missing:?}"
    );
    assert_eq!(covered + unused.len() as u32, total);
}

#[test]
fn the_unused_marks_are_honest() {
    let cited = cited_in_dataset();
    let unused = marked_unused();
    assert!(
        !unused.is_empty(),
        "some seed paragraphs (mastheads, headings) are unused"
    );
    for ((source, para), why) in &unused {
        let at = format!("{source} ¶{para}");
        assert!(
            !cited.contains(&(source.clone(), *para)),
            "{at} is marked unused but the dataset cites it: remove the mark"
        );
        assert!(!why.trim().is_empty(), "{at}: give a reason");
    }
}

/// The record `collection/key` in the dataset's JSON.
fn record<'a>(data: &'a Value, at: &str) -> &'a Value {
    let (collection, key) = at
        .split_once('/')
        .unwrap_or_else(|| panic!("{at}: expected collection/key"));
    data[collection]
        .as_array()
        .unwrap_or_else(|| panic!("{at}: no collection {collection}"))
        .iter()
        .find(|r| match (&r["id"], &r["number"]) {
            (Value::String(id), _) => id == key,
            (_, Value::Number(n)) => n.to_string() == key,
            _ => false,
        })
        .unwrap_or_else(|| panic!("{at}: no such record"))
}

/// The text of every part of `v` (the record itself included) whose citations
/// include `source` ¶`para`: its own string fields, joined.
fn texts_citing(v: &Value, source: &str, para: u32, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            let cites_it = map
                .get("cites")
                .and_then(Value::as_array)
                .is_some_and(|cs| {
                    cs.iter()
                        .any(|c| c["source"] == source && c["para"].as_u64() == Some(para.into()))
                });
            if cites_it {
                let own: Vec<&str> = map.values().filter_map(Value::as_str).collect();
                out.push(own.join(" "));
            }
            map.values()
                .for_each(|x| texts_citing(x, source, para, out));
        }
        Value::Array(xs) => xs.iter().for_each(|x| texts_citing(x, source, para, out)),
        _ => {}
    }
}

#[test]
fn the_listed_seed_facts_are_held_by_their_records() {
    let data: Value = serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON");
    let table = coverage();
    assert!(!table.facts.is_empty());
    for f in &table.facts {
        let at = format!("{} ¶{} in {}", f.source, f.para, f.record);
        assert!(!f.words.is_empty(), "{at}: name the words to look for");
        let mut texts = Vec::new();
        texts_citing(record(&data, &f.record), &f.source, f.para, &mut texts);
        assert!(
            !texts.is_empty(),
            "{at}: no part of the record cites the paragraph"
        );
        let held = texts.iter().any(|t| {
            let t = t.to_lowercase();
            f.words.iter().all(|w| t.contains(&w.to_lowercase()))
        });
        assert!(
            held,
            "{at}: no part citing it says {:?}; parts: {texts:#?}",
            f.words
        );
    }
}

#[test]
fn cites_are_found_in_every_part_of_the_dataset() {
    // A guard on the collector: citations in deeply nested records are found.
    let cited = cited_in_dataset();
    for key in [
        ("seed-003", 33), // documents[].sections[].items[].cites
        ("seed-000", 8),  // rounds[].outcomes[].cites
        ("seed-002", 9),  // factions[].composition[].cites
        ("seed-001", 19), // rounds[].reactions[].cites
        ("seed-004", 10), // people[].roles[].cites
        ("seed-000", 2),  // disagreements[].values[].cites
    ] {
        assert!(
            cited.contains(&(key.0.to_string(), key.1)),
            "{} ¶{} not found",
            key.0,
            key.1
        );
    }
}
