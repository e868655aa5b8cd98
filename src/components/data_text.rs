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

/// `lang` and `dir` attributes for an element holding only dataset text (a
/// name, a summary): set in the right-to-left editions, absent in English.
pub fn data_attrs() -> (Option<&'static str>, Option<&'static str>) {
    if use_texts().lang == Lang::En {
        (None, None)
    } else {
        (Some("en"), Some("ltr"))
    }
}
