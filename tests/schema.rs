//! The published JSON Schema is generated from the Rust types, so the two
//! cannot drift: this test fails when they differ.
//! Regenerate with `UPDATE_SCHEMA=1 cargo test --features schema --test schema`.
#![cfg(feature = "schema")]

use vienna_process_explorer::data::model::Dataset;

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/data/vienna-process.schema.json"
);

fn generated() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).expect("schema serialises");
    text.push('\n');
    text
}

#[test]
fn published_schema_matches_the_rust_types() {
    let now = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &now).expect("write schema");
    }
    let published = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        published == now,
        "{PATH} is out of date: run `UPDATE_SCHEMA=1 cargo test --features schema --test schema`"
    );
}

#[test]
fn schema_names_every_top_level_part() {
    let v: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let props = v["properties"].as_object().expect("properties");
    for key in [
        "meta",
        "communities",
        "sources",
        "rounds",
        "factions",
        "people",
        "documents",
        "events",
        "relations",
        "disagreements",
    ] {
        assert!(props.contains_key(key), "schema lacks {key}");
    }
    assert_eq!(
        v["additionalProperties"],
        serde_json::Value::Bool(false),
        "unknown fields must be refused"
    );
}
