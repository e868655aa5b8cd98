//! The dataset as the app loads it: a base every edition shares, and each
//! language's texts for its own edition.
//!
//! The published dataset carries every Dari and Pashto text, two fifths of its
//! bytes, and a reader of one edition shows one language. So the build writes
//! (`prerender`), for the app to start with:
//! - `data/edition/base.json`: the dataset, unchanged but for its
//!   `translations`, which keep the names only (in both languages, so a name
//!   typed in Afghan script is found in every edition);
//! - `data/edition/fa.json`, `ps.json`: the rest of that language's
//!   translations, a JSON array the Dari or Pashto edition adds to the base.
//!
//! Each file is in one place only, so the offline worker stores every edition
//! for about the bytes of the whole dataset. The published file stays whole.

use serde_json::Value;

use super::catalog::text_lang;
use super::model::{Dataset, TextLang, Translation};
use super::validate::parse;
use crate::i18n::Lang;

/// Where the base is published, relative to the site's base path.
pub const BASE: &str = "/data/edition/base.json";

/// Where an edition's texts are published; English has none.
pub fn texts_path(lang: Lang) -> Option<String> {
    text_lang(lang).map(|l| format!("/data/edition/{}.json", l.code()))
}

/// Whether a translation (its `field`) is a name, which the base keeps.
fn is_name(field: &str) -> bool {
    matches!(field, "name" | "short")
}

/// The dataset's translations, kept where `keep(lang, field)` says.
fn translations(full: &str, keep: impl Fn(&str, &str) -> bool) -> Result<Value, String> {
    let mut data: Value = serde_json::from_str(full).map_err(|e| e.to_string())?;
    if let Some(Value::Array(all)) = data.get_mut("translations") {
        all.retain(|t| {
            let text = |k: &str| t.get(k).and_then(Value::as_str).unwrap_or_default();
            keep(text("lang"), text("field"))
        });
    }
    Ok(data)
}

/// The base (`full` is the published dataset's JSON), compact.
pub fn base_json(full: &str) -> Result<String, String> {
    let base = translations(full, |_, field| is_name(field))?;
    serde_json::to_string(&base).map_err(|e| e.to_string())
}

/// Edition `lang`'s texts beyond the base, as a compact JSON array.
pub fn texts_json(full: &str, lang: TextLang) -> Result<String, String> {
    let mut data = translations(full, |l, field| l == lang.code() && !is_name(field))?;
    let texts = data
        .get_mut("translations")
        .map(Value::take)
        .unwrap_or_else(|| Value::Array(Vec::new()));
    serde_json::to_string(&texts).map_err(|e| e.to_string())
}

/// The base with an edition's texts added: what that edition shows.
fn with_texts(mut base: Dataset, texts: &str) -> Result<Dataset, String> {
    let texts: Vec<Translation> = serde_json::from_str(texts).map_err(|e| e.to_string())?;
    base.translations.extend(texts);
    Ok(base)
}

/// An edition's dataset from the base's text and the edition's own texts, as
/// the app reads them at start-up: parsed, not validated again (the build did).
pub fn read(base: &str, texts: Option<&str>) -> Result<Dataset, String> {
    let data = parse(base).map_err(|e| e.to_string())?;
    match texts {
        Some(texts) => with_texts(data, texts),
        None => Ok(data),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::catalog::Catalog;
    use crate::data::embedded::EMBEDDED_JSON;
    use crate::data::translations::all_fields;
    use crate::data::validate::{parse_and_validate, validate};

    /// An edition's dataset, as the app puts it together.
    fn edition(lang: Lang) -> Dataset {
        let base = base_json(EMBEDDED_JSON).unwrap();
        let texts = text_lang(lang).map(|l| texts_json(EMBEDDED_JSON, l).unwrap());
        read(&base, texts.as_deref()).unwrap()
    }

    #[test]
    fn an_edition_shows_every_field_as_the_whole_dataset_does() {
        let full = Catalog::new(parse_and_validate(EMBEDDED_JSON).unwrap());
        for lang in Lang::ALL {
            let data = edition(lang);
            assert!(validate(&data).is_empty(), "{lang:?}");
            let edition = Catalog::new(data);
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
    fn each_translation_is_in_one_file_only() {
        let full = parse_and_validate(EMBEDDED_JSON).unwrap();
        let base = parse_and_validate(&base_json(EMBEDDED_JSON).unwrap()).unwrap();
        assert!(base.translations.iter().all(|t| is_name(&t.field)));
        let mut count = base.translations.len();
        for lang in [TextLang::Fa, TextLang::Ps] {
            let texts: Vec<Translation> =
                serde_json::from_str(&texts_json(EMBEDDED_JSON, lang).unwrap()).unwrap();
            assert!(texts.iter().all(|t| t.lang == lang && !is_name(&t.field)));
            assert!(texts.iter().any(|t| t.field == "summary"));
            count += texts.len();
        }
        assert_eq!(count, full.translations.len());
        // The point of it: an English reader loads well under two thirds.
        assert!(base_json(EMBEDDED_JSON).unwrap().len() * 3 < EMBEDDED_JSON.len() * 2);
    }

    #[test]
    fn bad_input_is_refused() {
        assert!(base_json("{").is_err());
        assert_eq!(base_json("{}").unwrap(), "{}");
        assert_eq!(texts_json("{}", TextLang::Fa).unwrap(), "[]");
        let base = parse_and_validate(EMBEDDED_JSON).unwrap();
        assert!(with_texts(base.clone(), "{}").is_err());
        assert!(with_texts(base, r#"[{"of":"round:1"}]"#).is_err());
        assert!(read("[]", None).is_err());
    }

    #[test]
    fn each_edition_has_its_own_address() {
        assert_eq!(texts_path(Lang::En), None);
        assert_eq!(
            texts_path(Lang::Ps).as_deref(),
            Some("/data/edition/ps.json")
        );
    }
}
