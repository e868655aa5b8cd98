//! Property tests of the URL state and the dataset validator: any valid view
//! state survives a round trip through its URL, and no input makes either panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vienna_process_explorer::data::embedded::EMBEDDED_JSON;
use vienna_process_explorer::data::model::{EventKind, FactionKind, Stance};
use vienna_process_explorer::data::validate::parse_and_validate;
use vienna_process_explorer::query::axis::DayRange;
use vienna_process_explorer::query::state::{Column, Filter, LaneBy, MatrixView, ViewState};
use vienna_process_explorer::query::vocab::Vocab;

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?"
}

fn pick<T: Vocab + Ord + std::fmt::Debug>() -> impl Strategy<Value = std::collections::BTreeSet<T>>
{
    proptest::sample::subsequence(T::ALL.to_vec(), 0..=T::ALL.len())
        .prop_map(|v| v.into_iter().collect())
}

fn column() -> impl Strategy<Value = Column> {
    prop_oneof![
        Just(Column::Name),
        (1u8..=99).prop_map(Column::Round),
        proptest::sample::select(Column::ATTRIBUTES.to_vec()),
    ]
}

fn view_state() -> impl Strategy<Value = ViewState> {
    let filter = (
        proptest::collection::btree_set(slug(), 0..4),
        proptest::collection::btree_set(slug(), 0..3),
        pick::<EventKind>(),
        pick::<FactionKind>(),
        pick::<Stance>(),
        proptest::option::of(1990i32..2060),
        proptest::option::of(1990i32..2060),
        // Any text a person might type, trimmed as the parser keeps it.
        "[ -~àéü\u{0600}-\u{06FF}]{0,40}".prop_map(|s| s.trim().to_string()),
    )
        .prop_map(
            |(factions, communities, kinds, faction_kinds, stances, a, b, q)| {
                let (from, to) = match (a, b) {
                    (Some(x), Some(y)) if x > y => (Some(y), Some(x)),
                    other => other,
                };
                Filter {
                    factions,
                    communities,
                    kinds,
                    faction_kinds,
                    stances,
                    from,
                    to,
                    q,
                }
            },
        );
    (
        filter,
        proptest::sample::select(MatrixView::ALL.to_vec()),
        proptest::option::of(column()),
        any::<bool>(),
        proptest::option::of(slug()),
        proptest::option::of(column()),
        proptest::option::of(1u8..=99),
        proptest::option::of(prop_oneof![
            "https://[a-z]{1,10}\\.org/[a-z/._-]{0,20}",
            "/[a-z]{1,10}/[a-z._-]{1,12}\\.json",
        ]),
        proptest::option::of((-20_000i64..40_000, 0i64..5_000)),
        proptest::option::of(slug()),
        proptest::sample::select(LaneBy::ALL.to_vec()),
    )
        .prop_map(
            |(filter, view, sort, desc, row, col, compare, data, range, with, lanes)| ViewState {
                filter,
                view,
                sort,
                desc: desc && sort.is_some(),
                row,
                col,
                compare,
                data,
                range: range.map(|(from, len)| DayRange {
                    from,
                    to: from + len,
                }),
                with,
                lanes,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_state_round_trips_through_its_url(state in view_state()) {
        let query = state.to_query();
        let (back, notices) = ViewState::from_query(&query);
        prop_assert!(notices.is_empty(), "{query} gave notices {notices:?}");
        prop_assert_eq!(back, state, "via {}", query);
    }

    #[test]
    fn the_url_parser_never_panics(qs in "\\PC{0,200}") {
        let (state, _) = ViewState::from_query(&qs);
        // Whatever it read, it can write and read again identically.
        let (again, notices) = ViewState::from_query(&state.to_query());
        prop_assert!(notices.is_empty());
        prop_assert_eq!(again, state);
    }

    #[test]
    fn the_validator_never_panics_on_text(text in "\\PC{0,300}") {
        let _ = parse_and_validate(&text);
    }
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        "[a-z-]{1,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The JSON node reached by following `steps` (each picks a child by index,
/// modulo the number of children), stopping at a leaf.
fn node_at<'a>(v: &'a mut serde_json::Value, steps: &[usize]) -> &'a mut serde_json::Value {
    let Some((&step, rest)) = steps.split_first() else {
        return v;
    };
    let has_children = match v {
        serde_json::Value::Array(a) => !a.is_empty(),
        serde_json::Value::Object(o) => !o.is_empty(),
        _ => false,
    };
    if !has_children {
        return v;
    }
    match v {
        serde_json::Value::Array(a) => {
            let n = a.len();
            node_at(&mut a[step % n], rest)
        }
        serde_json::Value::Object(o) => {
            let n = o.len();
            let key = o.keys().nth(step % n).cloned().unwrap_or_default();
            node_at(o.get_mut(&key).expect("key just read"), rest)
        }
        _ => unreachable!("checked above"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Well-formed JSON of the dataset's shape with one node replaced by any
    /// value: this reaches the typed parser and the validator, not just the
    /// JSON syntax check. Either answer is fine; a panic is not.
    #[test]
    fn the_validator_never_panics_on_mutated_datasets(
        steps in proptest::collection::vec(0usize..64, 1..7),
        value in json_value(),
    ) {
        let mut data: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        *node_at(&mut data, &steps) = value;
        let _ = parse_and_validate(&data.to_string());
    }

    /// Damages the real dataset at a random place: the validator must answer
    /// with an error or a dataset, never a panic.
    #[test]
    fn the_validator_never_panics_on_damaged_datasets(at in 0usize..EMBEDDED_JSON.len(), cut in 0usize..64, insert in "\\PC{0,8}") {
        let mut s = EMBEDDED_JSON.to_string();
        let start = (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
        let end = (start + cut..=s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(s.len());
        s.replace_range(start..end, &insert);
        let _ = parse_and_validate(&s);
    }
}
