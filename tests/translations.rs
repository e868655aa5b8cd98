#![cfg(not(target_arch = "wasm32"))]
//! Dari and Pashto texts in the dataset: the validator's checks at their JSON
//! paths, the lookup's fallbacks, and the built-in dataset's coverage (a
//! stale translation fails; untranslated fields are listed).

use serde_json::{json, Value};
use vienna_process_explorer::data::catalog::{Catalog, Shown};
use vienna_process_explorer::data::embedded::EMBEDDED_JSON;
use vienna_process_explorer::data::model::{Made, TextLang};
use vienna_process_explorer::data::validate::{parse_and_validate, LoadError, Problem};
use vienna_process_explorer::i18n::Lang;

fn base() -> Value {
    serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON")
}

fn with(entries: Vec<Value>) -> Value {
    let mut v = base();
    v["translations"] = Value::Array(entries);
    v
}

fn entry(of: &str, field: &str, lang: &str, text: &str, from: &str, made: &str) -> Value {
    json!({"of": of, "field": field, "lang": lang, "text": text, "from": from, "made": made, "cites": []})
}

fn problems(v: &Value) -> Vec<Problem> {
    match parse_and_validate(&v.to_string()) {
        Err(LoadError::Invalid(p)) => p,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

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

fn catalog(v: &Value) -> Catalog {
    Catalog::new(parse_and_validate(&v.to_string()).expect("valid"))
}

#[test]
fn a_dataset_without_translations_loads_and_shows_english_with_the_notice() {
    let mut v = base();
    v.as_object_mut().unwrap().remove("translations");
    let cat = catalog(&v);
    let l = cat.localized("faction:nrf", "name", Lang::Fa).unwrap();
    assert_eq!(l.text, "National Resistance Front of Afghanistan");
    assert_eq!(l.state, Shown::Untranslated);
    assert!(l.is_fallback());
    assert_eq!(l.lang(Lang::Fa), Lang::En);
    let en = cat.localized("faction:nrf", "name", Lang::En).unwrap();
    assert_eq!(en.state, Shown::English);
}

#[test]
fn a_current_translation_is_shown_and_a_stale_one_falls_back() {
    let v = with(vec![
        entry(
            "round:3",
            "name",
            "fa",
            "کنفرانس سوم ویانا",
            "Third Vienna Conference",
            "translation",
        ),
        entry(
            "round:3",
            "headline",
            "fa",
            "سرخط",
            "An older headline",
            "translation",
        ),
    ]);
    let cat = catalog(&v);
    let name = cat.localized("round:3", "name", Lang::Fa).unwrap();
    assert_eq!(name.text, "کنفرانس سوم ویانا");
    assert_eq!(name.english, "Third Vienna Conference");
    assert!(matches!(
        name.state,
        Shown::Translated {
            made: Made::Translation,
            ..
        }
    ));
    assert_eq!(name.lang(Lang::Fa), Lang::Fa);
    // Pashto has none: English, with the notice.
    let ps = cat.localized("round:3", "name", Lang::Ps).unwrap();
    assert_eq!(
        (ps.text, ps.state),
        ("Third Vienna Conference", Shown::Untranslated)
    );
    let stale = cat.localized("round:3", "headline", Lang::Fa).unwrap();
    assert_eq!(stale.state, Shown::Stale);
    assert_eq!(stale.text, cat.round(3).unwrap().headline);
    let cov = cat.coverage(TextLang::Fa);
    assert_eq!(
        cov.stale,
        vec![("round:3".to_string(), "headline".to_string())]
    );
    assert!(cov
        .translated
        .contains(&("round:3".to_string(), "name".to_string())));
    assert!(cat.localized("round:99", "name", Lang::Fa).is_none());
    assert!(cat.localized("round:3", "colour", Lang::Fa).is_none());
}

#[test]
fn unknown_record() {
    let v = with(vec![entry(
        "faction:nope",
        "name",
        "fa",
        "x",
        "y",
        "transliteration",
    )]);
    only_problem(&v, "translations[0].of", "names no record");
    let v = with(vec![entry(
        "round:03",
        "name",
        "fa",
        "x",
        "y",
        "translation",
    )]);
    only_problem(&v, "translations[0].of", "names no record");
    let v = with(vec![entry("nrf", "name", "fa", "x", "y", "translation")]);
    only_problem(&v, "translations[0].of", "names no record");
}

#[test]
fn unknown_field() {
    let v = with(vec![entry(
        "faction:nrf",
        "headline",
        "fa",
        "x",
        "y",
        "translation",
    )]);
    only_problem(&v, "translations[0].field", "not a translatable field");
    let v = with(vec![entry(
        "round:3",
        "venues.7.name",
        "fa",
        "x",
        "y",
        "transliteration",
    )]);
    only_problem(&v, "translations[0].field", "venues.<i>.name");
    // A faction without a short name has no `short` to translate.
    let v = with(vec![entry(
        "faction:taliban",
        "short",
        "fa",
        "x",
        "y",
        "transliteration",
    )]);
    only_problem(&v, "translations[0].field", "not a translatable field");
}

#[test]
fn bad_language_and_kind_are_refused_at_their_path() {
    for (key, value) in [("lang", "de"), ("lang", "fa-AF"), ("made", "guess")] {
        let mut e = entry(
            "faction:nrf",
            "name",
            "fa",
            "x",
            "National Resistance Front of Afghanistan",
            "transliteration",
        );
        e[key] = json!(value);
        match parse_and_validate(&with(vec![e]).to_string()) {
            Err(LoadError::Json { path, .. }) => {
                assert_eq!(path, format!("translations[0].{key}"))
            }
            other => panic!("{key}={value}: expected a JSON error, got {other:?}"),
        }
    }
}

#[test]
fn attested_needs_cites_and_transliteration_has_none() {
    let v = with(vec![entry(
        "person:ahmad-massoud",
        "name",
        "fa",
        "احمد مسعود",
        "Ahmad Massoud",
        "attested",
    )]);
    only_problem(&v, "translations[0].cites", "no citation");
    let mut e = entry(
        "person:ahmad-massoud",
        "name",
        "fa",
        "احمد مسعود",
        "Ahmad Massoud",
        "transliteration",
    );
    e["cites"] = json!([{"source": "seed-000", "para": 2}]);
    only_problem(
        &with(vec![e.clone()]),
        "translations[0].cites",
        "cites nothing",
    );
    e["made"] = json!("attested");
    assert!(parse_and_validate(&with(vec![e.clone()]).to_string()).is_ok());
    e["cites"] = json!([{"source": "no-such-source"}]);
    only_problem(
        &with(vec![e]),
        "translations[0].cites[0].source",
        "unknown source",
    );
}

#[test]
fn duplicate_and_empty() {
    let a = entry(
        "community:hazara",
        "name",
        "ps",
        "هزاره",
        "Hazara",
        "transliteration",
    );
    let v = with(vec![a.clone(), a]);
    only_problem(&v, "translations[1]", "duplicate translation");
    let v = with(vec![entry(
        "community:hazara",
        "name",
        "ps",
        " ",
        "Hazara",
        "transliteration",
    )]);
    only_problem(&v, "translations[0].text", "is empty");
}

#[test]
fn a_stale_translation_still_loads() {
    let v = with(vec![entry(
        "community:hazara",
        "name",
        "ps",
        "هزاره",
        "Hazaras",
        "transliteration",
    )]);
    assert!(parse_and_validate(&v.to_string()).is_ok());
}

/// The built-in dataset: no translation may be stale; what is untranslated is
/// listed (run with `--nocapture` to read the list).
#[test]
fn built_in_dataset_has_no_stale_translation() {
    let cat = Catalog::new(vienna_process_explorer::data::embedded::embedded().expect("embedded"));
    let mut stale = Vec::new();
    for lang in [TextLang::Fa, TextLang::Ps] {
        let c = cat.coverage(lang);
        let total = c.translated.len() + c.stale.len() + c.untranslated.len();
        println!(
            "{}: {} of {total} fields translated ({}%), {} stale, {} untranslated",
            lang.code(),
            c.translated.len(),
            c.translated.len() * 100 / total.max(1),
            c.stale.len(),
            c.untranslated.len()
        );
        for (of, field) in &c.untranslated {
            println!("  untranslated {}: {of} {field}", lang.code());
        }
        stale.extend(
            c.stale
                .into_iter()
                .map(|(of, f)| format!("{} {of} {f}", lang.code())),
        );
    }
    assert!(
        stale.is_empty(),
        "translations made from English that has since changed (update `from` and the text): {stale:#?}"
    );
}

#[test]
fn names_in_the_reader_s_script() {
    let cat = Catalog::new(vienna_process_explorer::data::embedded::embedded().expect("embedded"));
    assert_eq!(cat.person_name_in("ahmad-massoud", Lang::Fa), "احمد مسعود");
    assert_eq!(
        cat.person_name_in("ahmad-massoud", Lang::En),
        "Ahmad Massoud"
    );
    assert_eq!(cat.community_name_in("pashtun", Lang::Ps), "پښتون");
    assert_eq!(cat.faction_name_in("nrf", Lang::En), "NRF");
    assert_eq!(cat.faction_name_in("nrf", Lang::Fa), "جبهه مقاومت ملی");
    assert_eq!(cat.faction_name_in("no-such", Lang::Fa), "no-such");
}
