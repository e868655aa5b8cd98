//! Text from the dataset (names, summaries, quotations). It stays in English,
//! the language of its sources; inside a right-to-left edition each run of it
//! is marked as English and isolated, so its punctuation and numbers keep
//! their order.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::site::use_texts;

#[component]
pub fn Data(#[prop(into)] text: String) -> impl IntoView {
    if use_texts().lang == Lang::En {
        text.into_any()
    } else {
        view! { <bdi lang="en" dir="ltr">{text}</bdi> }.into_any()
    }
}

/// `lang` and `dir` for a name as a source writes it: a name in Dari or
/// Pashto script is marked so in every edition; any other, as [`data_attrs`].
pub fn name_attrs(name_lang: Option<&str>) -> (Option<&'static str>, Option<&'static str>) {
    match Lang::ALL.into_iter().find(|l| Some(l.code()) == name_lang) {
        Some(l) if l != Lang::En => (Some(l.code()), Some(l.dir())),
        _ => data_attrs(),
    }
}

/// `lang` and `dir` attributes for an element holding only dataset text (a
/// name, a summary): set in the right-to-left editions, absent in English.
pub fn data_attrs() -> (Option<&'static str>, Option<&'static str>) {
    if use_texts().lang == Lang::En {
        (None, None)
    } else {
        (Some("en"), Some("ltr"))
    }
}

/// An edition's message with dataset text inside it (`data`, as it was put
/// into the message): the dataset text alone is marked as English.
#[component]
pub fn WithData(#[prop(into)] text: String, #[prop(into)] data: String) -> impl IntoView {
    match text.find(&data) {
        Some(i) if !data.is_empty() => {
            let before = text[..i].to_string();
            let after = text[i + data.len()..].to_string();
            view! { {before}<Data text=data/>{after} }.into_any()
        }
        _ => text.into_any(),
    }
}
