#![cfg(not(target_arch = "wasm32"))]
//! Every paragraph of every seed document is either cited by some record of the
//! dataset or listed in `tests/data/seed-coverage.json` as deliberately unused,
//! with a reason. The table must stay honest: a listed paragraph that is in fact
//! cited, or that does not exist, fails too.
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
    unused: Vec<Unused>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Unused {
    source: String,
    para: u32,
    reason: String,
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

#[test]
fn every_seed_paragraph_is_cited_or_listed_as_unused() {
    let seeds = seed_paragraphs();
    assert_eq!(seeds.len(), 5, "five seed sources");
    assert!(
        seeds.values().all(|&n| n > 0),
        "every seed lists paragraphs"
    );
    let cited = cited_in_dataset();
    let table = coverage();
    let listed: BTreeSet<(String, u32)> = table
        .unused
        .iter()
        .map(|u| (u.source.clone(), u.para))
        .collect();

    let mut missing = Vec::new();
    let mut covered = 0;
    for (id, &count) in &seeds {
        for n in 1..=count {
            let key = (id.clone(), n);
            if cited.contains(&key) {
                covered += 1;
            } else if !listed.contains(&key) {
                missing.push(format!("{id} ¶{n}"));
            }
        }
    }
    let total: u32 = seeds.values().sum();
    eprintln!(
        "seed paragraphs: {total} in all, {covered} cited, {} listed as unused",
        listed.len()
    );
    assert!(
        missing.is_empty(),
        "seed paragraphs neither cited nor listed in tests/data/seed-coverage.json: {missing:?}"
    );
    assert_eq!(covered + listed.len() as u32, total);
}

#[test]
fn the_unused_list_is_honest() {
    let seeds = seed_paragraphs();
    let cited = cited_in_dataset();
    let table = coverage();
    let mut seen = BTreeSet::new();
    for u in &table.unused {
        let key = (u.source.clone(), u.para);
        let at = format!("{} ¶{}", u.source, u.para);
        assert!(seen.insert(key.clone()), "{at} is listed twice");
        let count = seeds
            .get(&u.source)
            .unwrap_or_else(|| panic!("{at}: {} is not a seed source", u.source));
        assert!(
            u.para >= 1 && u.para <= *count,
            "{at}: {} has paragraphs 1-{count}",
            u.source
        );
        assert!(
            !cited.contains(&key),
            "{at} is listed as unused but the dataset cites it: remove it from the table"
        );
        assert!(!u.reason.trim().is_empty(), "{at}: give a reason");
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
