//! The dataset as one edition's app loads it.
//!
//! The published dataset carries every Dari and Pashto text, a third of its
//! bytes, and a reader of one edition shows one language. So the build writes
//! one file per edition (`data/edition/en.json`, …) for the app to start
//! with: the dataset, unchanged but for its `translations`, which keep the
//! edition's own language, and the names in both (so a name typed in Afghan
//! script is found in every edition). The published file stays whole.

use serde_json::Value;

use super::catalog::text_lang;
use super::model::TextLang;
use crate::i18n::Lang;

/// The edition's language as the dataset writes it: "en", "fa", "ps".
fn data_code(lang: Lang) -> &'static str {
    text_lang(lang).map_or("en", TextLang::code)
}

/// Where the edition's dataset is published, relative to the base path.
pub fn edition_path(lang: Lang) -> String {
    format!("/data/edition/{}.json", data_code(lang))
}

/// Whether an edition keeps a translation (the dataset's `lang` and `field`).
fn keeps(lang: Lang, translated_into: &str, field: &str) -> bool {
    matches!(field, "name" | "short") || translated_into == data_code(lang)
}

/// `full` (the published dataset's JSON) as edition `lang` loads it, compact.
pub fn edition_json(full: &str, lang: Lang) -> Result<String, String> {
    let mut data: Value = serde_json::from_str(full).map_err(|e| e.to_string())?;
    if let Some(Value::Array(all)) = data.get_mut("translations") {
        all.retain(|t| {
            let text = |k: &str| t.get(k).and_then(Value::as_str).unwrap_or_default();
            keeps(lang, text("lang"), text("field"))
        });
    }
    serde_json::to_string(&data).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::catalog::Catalog;
    use crate::data::embedded::EMBEDDED_JSON;
    use crate::data::translations::all_fields;
    use crate::data::validate::parse_and_validate;

    fn catalog(json: &str) -> Catalog {
        Catalog::new(parse_and_validate(json).unwrap())
    }

    #[test]
    fn an_edition_shows_every_field_as_the_whole_dataset_does() {
        let full = catalog(EMBEDDED_JSON);
        for lang in Lang::ALL {
            let edition = catalog(&edition_json(EMBEDDED_JSON, lang).unwrap());
            assert_eq!(edition.data.rounds, full.data.rounds);
            assert_eq!(edition.data.meta, full.data.meta);
            for (of, field) in all_fields(&full.data) {
                let a = full.localized(&of, &field, lang).unwrap();
                let b = edition.localized(&of, &field, lang).unwrap();
                assert_eq!(
                    (a.text, a.state),
                    (b.text, b.state),
                    "{lang:?} {of} {field}"
                );
            }
            // Names stay searchable in both scripts in every edition.
            for t in full.data.translations.iter().filter(|t| t.field == "name") {
                let kept: Vec<&str> = edition.translations_of(&t.of).collect();
                let current: Vec<&str> = full.translations_of(&t.of).collect();
                if current.contains(&t.text.as_str()) {
                    assert!(kept.contains(&t.text.as_str()), "{lang:?}: {}", t.text);
                }
            }
        }
    }

    #[test]
    fn an_edition_drops_the_other_languages_texts() {
        let full = catalog(EMBEDDED_JSON);
        let size = |lang| edition_json(EMBEDDED_JSON, lang).unwrap().len();
        let en = catalog(&edition_json(EMBEDDED_JSON, Lang::En).unwrap());
        assert!(en.data.translations.len() < full.data.translations.len());
        assert!(en
            .data
            .translations
            .iter()
            .all(|t| t.field == "name" || t.field == "short"));
        let fa = catalog(&edition_json(EMBEDDED_JSON, Lang::Fa).unwrap());
        assert!(fa
            .data
            .translations
            .iter()
            .any(|t| t.field == "summary" && t.lang.code() == "fa"));
        assert!(!fa
            .data
            .translations
            .iter()
            .any(|t| t.field == "summary" && t.lang.code() == "ps"));
        // The point of it: an English reader loads well under two thirds.
        assert!(size(Lang::En) * 3 < EMBEDDED_JSON.len() * 2);
        assert!(size(Lang::Fa) < EMBEDDED_JSON.len());
    }

    #[test]
    fn a_dataset_that_is_not_json_is_refused() {
        assert!(edition_json("{", Lang::En).is_err());
        assert_eq!(edition_json("{}", Lang::Fa).unwrap(), "{}");
    }

    #[test]
    fn each_edition_has_its_own_address() {
        assert_eq!(edition_path(Lang::En), "/data/edition/en.json");
        assert_eq!(edition_path(Lang::Ps), "/data/edition/ps.json");
    }
}
