#![cfg(not(target_arch = "wasm32"))]
//! The validator reports each kind of problem at its JSON path. Each test breaks
//! one thing in a copy of the embedded dataset (as a `serde_json::Value`) and
//! checks the exact problem reported.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use vienna_process_explorer::data::embedded::EMBEDDED_JSON;
use vienna_process_explorer::data::validate::{parse_and_validate, LoadError, Problem, MAX_BYTES};

fn base() -> Value {
    serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON")
}

fn problems(v: &Value) -> Vec<Problem> {
    match parse_and_validate(&v.to_string()) {
        Err(LoadError::Invalid(p)) => p,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

/// Asserts that exactly one problem is reported, at `path`, mentioning `needle`.
fn only_problem(v: &Value, path: &str, needle: &str) {
    let ps = problems(v);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path, path, "{ps:#?}");
    assert!(
        ps[0].message.contains(needle),
        "{:?} lacks {needle:?}",
        ps[0].message
    );
}

fn json_error(v: &Value) -> (String, String) {
    match parse_and_validate(&v.to_string()) {
        Err(LoadError::Json { path, message }) => (path, message),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn the_unbroken_dataset_passes() {
    assert!(parse_and_validate(&base().to_string()).is_ok());
}

#[test]
fn duplicate_id() {
    let mut v = base();
    let first = v["people"][0]["id"].clone();
    v["people"][1]["id"] = first;
    // Attendance that pointed at the renamed person now dangles too; only the
    // duplicate is asserted here.
    let ps = problems(&v);
    assert!(ps
        .iter()
        .any(|p| p.path == "people[1].id" && p.message.contains("duplicate id")));
}

#[test]
fn duplicate_id_in_disagreements() {
    let mut v = base();
    let first = v["disagreements"][0]["id"].clone();
    v["disagreements"][1]["id"] = first;
    only_problem(&v, "disagreements[1].id", "duplicate id");
}

#[test]
fn id_that_is_not_a_slug() {
    let mut v = base();
    v["disagreements"][0]["id"] = json!("Round 1 Count");
    only_problem(&v, "disagreements[0].id", "not a slug");
}

#[test]
fn dangling_reference() {
    let mut v = base();
    v["rounds"][0]["attendance"][0]["person"] = json!("no-such-person");
    only_problem(
        &v,
        "rounds[0].attendance[0].person",
        "unknown person \"no-such-person\"",
    );
}

#[test]
fn dangling_faction_in_relation() {
    let mut v = base();
    v["relations"][0]["to"] = json!("no-such-faction");
    only_problem(&v, "relations[0].to", "unknown faction");
}

#[test]
fn dangling_subject_in_disagreement() {
    let mut v = base();
    v["disagreements"][0]["subjects"] = json!([{ "round": 9 }]);
    only_problem(&v, "disagreements[0].subjects[0]", "unknown round 9");
}

#[test]
fn unknown_source_in_cite() {
    let mut v = base();
    v["rounds"][0]["counts"][0]["cites"][0]["source"] = json!("no-such-source");
    only_problem(&v, "rounds[0].counts[0].cites[0].source", "unknown source");
}

#[test]
fn missing_citation() {
    let mut v = base();
    v["rounds"][0]["counts"][0]["cites"] = json!([]);
    only_problem(&v, "rounds[0].counts[0].cites", "no citation");
}

#[test]
fn para_out_of_range() {
    let mut v = base();
    assert_eq!(
        v["rounds"][0]["counts"][0]["cites"][0]["source"],
        "seed-000"
    );
    v["rounds"][0]["counts"][0]["cites"][0]["para"] = json!(999);
    only_problem(&v, "rounds[0].counts[0].cites[0].para", "not 999");
}

#[test]
fn para_zero() {
    let mut v = base();
    v["rounds"][0]["counts"][0]["cites"][0]["para"] = json!(0);
    only_problem(&v, "rounds[0].counts[0].cites[0].para", "not 0");
}

#[test]
fn seed_cite_without_para() {
    let mut v = base();
    v["rounds"][0]["counts"][0]["cites"][0]
        .as_object_mut()
        .unwrap()
        .remove("para");
    only_problem(
        &v,
        "rounds[0].counts[0].cites[0].para",
        "needs a paragraph locator",
    );
}

#[test]
fn para_on_a_web_source() {
    let mut v = base();
    v["rounds"][0]["organisers"][0]["cites"][0]["para"] = json!(3);
    only_problem(
        &v,
        "rounds[0].organisers[0].cites[0].para",
        "lists no paragraphs",
    );
}

#[test]
fn impossible_date() {
    let mut v = base();
    v["rounds"][0]["dates"][0]["start"] = json!("2022-02-30");
    // The end can no longer be compared, so only the start is reported.
    only_problem(&v, "rounds[0].dates[0].start", "impossible date");
}

#[test]
fn malformed_date() {
    let mut v = base();
    v["events"][0]["dates"][0]["start"] = json!("15 August 2021");
    only_problem(&v, "events[0].dates[0].start", "impossible date");
}

#[test]
fn end_before_start() {
    let mut v = base();
    v["rounds"][0]["dates"][0]["end"] = json!("2022-09-01");
    only_problem(&v, "rounds[0].dates[0].end", "ends before it starts");
}

#[test]
fn empty_text() {
    let mut v = base();
    v["rounds"][0]["headline"] = json!("   ");
    only_problem(&v, "rounds[0].headline", "is empty");
}

#[test]
fn empty_paragraph_summary() {
    let mut v = base();
    v["sources"][0]["paragraphs"][4]["summary"] = json!("");
    only_problem(&v, "sources[0].paragraphs[4].summary", "is empty");
}

#[test]
fn paragraphs_out_of_order() {
    let mut v = base();
    v["sources"][0]["paragraphs"][2]["n"] = json!(7);
    only_problem(&v, "sources[0].paragraphs[2].n", "expected 3");
}

#[test]
fn non_http_url() {
    let mut v = base();
    assert_eq!(v["sources"][1]["id"], "seed-001");
    v["sources"][1]["url"] = json!("javascript:alert(1)");
    only_problem(&v, "sources[1].url", "http");
}

#[test]
fn data_url() {
    let mut v = base();
    v["sources"][1]["url"] = json!("data:text/html,<script>alert(1)</script>");
    only_problem(&v, "sources[1].url", "http");
}

#[test]
fn disagreement_with_one_value() {
    let mut v = base();
    v["disagreements"][0]["values"]
        .as_array_mut()
        .unwrap()
        .truncate(1);
    only_problem(&v, "disagreements[0].values", "at least two values");
}

#[test]
fn duplicate_round_presence() {
    let mut v = base();
    assert_eq!(v["factions"][0]["id"], "nrf");
    let first = v["factions"][0]["presence"][0].clone();
    v["factions"][0]["presence"]
        .as_array_mut()
        .unwrap()
        .push(first);
    let n = v["factions"][0]["presence"].as_array().unwrap().len() - 1;
    only_problem(
        &v,
        &format!("factions[0].presence[{n}].round"),
        "listed twice",
    );
}

#[test]
fn unknown_field() {
    let mut v = base();
    v["rounds"][0]["colour"] = json!("red");
    let (path, message) = json_error(&v);
    assert!(path.starts_with("rounds[0]"), "{path}");
    assert!(message.contains("unknown field `colour`"), "{message}");
}

#[test]
fn unknown_field_in_cite() {
    let mut v = base();
    v["rounds"][2]["counts"][0]["cites"][0]["page"] = json!(4);
    let (path, message) = json_error(&v);
    assert!(path.starts_with("rounds[2].counts[0].cites[0]"), "{path}");
    assert!(message.contains("unknown field `page`"), "{message}");
}

#[test]
fn unknown_enum_value() {
    let mut v = base();
    v["rounds"][0]["counts"][0]["qualifier"] = json!("lots");
    let (path, message) = json_error(&v);
    assert_eq!(path, "rounds[0].counts[0].qualifier");
    assert!(message.contains("unknown variant"), "{message}");
}

#[test]
fn not_json() {
    assert!(matches!(
        parse_and_validate("{\"meta\": "),
        Err(LoadError::Json { .. })
    ));
}

#[test]
fn too_large() {
    let big = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(
        parse_and_validate(&big),
        Err(LoadError::TooLarge { .. })
    ));
}

#[test]
fn hostile_strings_parse_and_are_kept_verbatim() {
    let hostile = [
        "<img src=x onerror=alert(1)>",
        "<script>alert('x')</script>",
        "\"><svg onload=alert(1)>",
        "javascript:alert(1)",
        "{{7*7}} ${7*7} \u{202e}reversed \u{0} nul",
    ];
    let mut v = base();
    v["rounds"][0]["headline"] = json!(hostile[0]);
    v["rounds"][0]["summary"] = json!(hostile[1]);
    v["people"][0]["name"] = json!(hostile[2]);
    v["factions"][0]["summary"] = json!(hostile[3]);
    v["disagreements"][0]["note"] = json!(hostile[4]);
    let d = parse_and_validate(&v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.rounds[0].headline, hostile[0]);
    assert_eq!(d.rounds[0].summary, hostile[1]);
    assert_eq!(d.people[0].name, hostile[2]);
    assert_eq!(d.factions[0].summary, hostile[3]);
    assert_eq!(d.disagreements[0].note, hostile[4]);
}

#[test]
fn all_problems_are_reported_not_just_the_first() {
    let mut v = base();
    v["rounds"][0]["headline"] = json!("");
    v["rounds"][1]["dates"][0]["start"] = json!("2023-13-01");
    v["sources"][1]["url"] = json!("ftp://example.org/x");
    let paths: Vec<String> = problems(&v).into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        [
            "sources[1].url",
            "rounds[0].headline",
            "rounds[1].dates[0].start"
        ]
    );
}

#[test]
fn empty_venue_city() {
    let mut v = base();
    v["rounds"][0]["venues"][0]["city"] = json!("");
    only_problem(&v, "rounds[0].venues[0].city", "is empty");
}

#[test]
fn empty_women_share_wording() {
    let mut v = base();
    v["rounds"][1]["women_share"][0]["stated"] = json!(" ");
    only_problem(&v, "rounds[1].women_share[0].stated", "is empty");
}

/// Index of the first source that is not a seed document.
fn first_web_source(v: &Value) -> usize {
    let i = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["kind"] != "seed")
        .expect("a web source");
    assert!(v["sources"][i]["url"].is_string());
    i
}

#[test]
fn web_source_without_url() {
    let mut v = base();
    let i = first_web_source(&v);
    v["sources"][i].as_object_mut().unwrap().remove("url");
    only_problem(&v, &format!("sources[{i}].url"), "needs a public address");
}

#[test]
fn web_source_with_empty_url() {
    let mut v = base();
    let i = first_web_source(&v);
    v["sources"][i]["url"] = json!("");
    only_problem(&v, &format!("sources[{i}].url"), "http");
}

#[test]
fn web_source_with_javascript_url() {
    let mut v = base();
    let i = first_web_source(&v);
    v["sources"][i]["url"] = json!("javascript:alert(1)");
    only_problem(&v, &format!("sources[{i}].url"), "http");
}

#[test]
fn web_source_with_paragraphs_but_no_url() {
    // Paragraphs do not make up for a missing address on a web source.
    let mut v = base();
    let i = first_web_source(&v);
    v["sources"][i].as_object_mut().unwrap().remove("url");
    v["sources"][i]["paragraphs"] = json!([{ "n": 1, "opens": "Line", "summary": "A line." }]);
    // (Its citations, which give no paragraph, are reported as well.)
    let ps = problems(&v);
    assert!(
        ps.iter().any(|p| p.path == format!("sources[{i}].url")
            && p.message.contains("needs a public address")),
        "{ps:#?}"
    );
}

#[test]
fn seed_source_needs_no_url() {
    let mut v = base();
    assert_eq!(v["sources"][1]["kind"], "seed");
    v["sources"][1].as_object_mut().unwrap().remove("url");
    assert!(parse_and_validate(&v.to_string()).is_ok());
}

#[test]
fn changelog_impossible_date() {
    let mut v = base();
    v["meta"]["changelog"][0]["date"] = json!("2026-02-30");
    only_problem(&v, "meta.changelog[0].date", "impossible date");
}

#[test]
fn changelog_date_without_day() {
    let mut v = base();
    v["meta"]["changelog"][1]["date"] = json!("2026-11");
    only_problem(&v, "meta.changelog[1].date", "full date");
}

#[test]
fn changelog_empty_change() {
    let mut v = base();
    v["meta"]["changelog"][0]["changes"][1] = json!("  ");
    only_problem(&v, "meta.changelog[0].changes[1]", "is empty");
}

#[test]
fn changelog_without_changes() {
    let mut v = base();
    v["meta"]["changelog"][0]["changes"] = json!([]);
    only_problem(&v, "meta.changelog[0].changes", "lists no change");
}

#[test]
fn changelog_empty_version() {
    let mut v = base();
    v["meta"]["changelog"][0]["version"] = json!("");
    only_problem(&v, "meta.changelog[0].version", "is empty");
}

#[test]
fn unknown_field_in_changelog() {
    let mut v = base();
    v["meta"]["changelog"][0]["author"] = json!("x");
    let (path, message) = json_error(&v);
    assert!(path.starts_with("meta.changelog[0]"), "{path}");
    assert!(message.contains("unknown field `author`"), "{message}");
}

/// The fields added in 2.0.0 are optional: a dataset without them still loads.
#[test]
fn a_dataset_without_the_2_0_fields_loads() {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("changelog");
                if m.contains_key("percent") {
                    m.remove("qualifier");
                }
                if m.contains_key("stance") || m.contains_key("level") || m.contains_key("actor") {
                    m.remove("inferred");
                }
                m.values_mut().for_each(strip);
            }
            Value::Array(xs) => xs.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = base();
    strip(&mut v);
    assert!(v["meta"].get("changelog").is_none());
    assert!(v["rounds"][1]["women_share"][0].get("qualifier").is_none());
    let d = parse_and_validate(&v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert!(d.meta.changelog.is_empty());
    assert_eq!(d.rounds[1].women_share[0].qualifier, None);
}

#[test]
fn a_name_in_an_unknown_language() {
    let mut v = base();
    let i = v["factions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["aliases"].as_array().is_some_and(|a| !a.is_empty()))
        .expect("a faction with an alias");
    v["factions"][i]["aliases"][0]["lang"] = json!("xx");
    only_problem(
        &v,
        &format!("factions[{i}].aliases[0].lang"),
        "not a language",
    );
    v["factions"][i]["aliases"][0]["lang"] = json!("ps-AF");
    assert!(parse_and_validate(&v.to_string()).is_ok());
}

#[test]
fn an_empty_reason_for_an_unused_paragraph() {
    let mut v = base();
    let j = v["sources"][1]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p.get("unused").is_some())
        .expect("seed 001 has a paragraph marked unused");
    v["sources"][1]["paragraphs"][j]["unused"] = json!(" ");
    only_problem(
        &v,
        &format!("sources[1].paragraphs[{j}].unused"),
        "is empty",
    );
}

#[test]
fn a_round_community_note_needs_a_citation() {
    let mut v = base();
    v["rounds"][0]["community_notes"][0]["cites"] = json!([]);
    only_problem(&v, "rounds[0].community_notes[0].cites", "no citation");
    let mut v = base();
    v["rounds"][0]["community_notes"][0]["cites"][0]["para"] = json!(99);
    only_problem(
        &v,
        "rounds[0].community_notes[0].cites[0].para",
        "has paragraphs",
    );
}
