//! Text from the dataset (names, summaries, quotations). It stays in English,
//! the language of its sources; inside a right-to-left edition each run of it
//! is marked as English and isolated, so its punctuation and numbers keep
//! their order.

use leptos::prelude::*;

use crate::data::catalog::{Localized, Shown};
use crate::data::model::Made;
use crate::i18n::messages::Arg;
use crate::i18n::Lang;
use crate::site::use_texts;
use crate::store::Store;

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

/// How an edition marks a dataset text it may have translated: `lang` and
/// `dir` for English shown in a right-to-left edition, and a tooltip saying
/// whose spelling a name is or why it is in English.
pub struct LocalAttrs {
    pub lang: Option<&'static str>,
    pub dir: Option<&'static str>,
    pub title: Option<String>,
}

/// [`LocalAttrs`] for one looked-up text. `source_label` names an attested
/// name's first source.
pub fn local_attrs(l: &Localized<'_>, source_label: impl Fn(&str) -> String) -> LocalAttrs {
    let t = use_texts();
    let isolated = t.isolate(l.english);
    let english = Arg::Text(&isolated);
    match &l.state {
        Shown::English => LocalAttrs {
            lang: None,
            dir: None,
            title: None,
        },
        Shown::Translated { made, cites } => LocalAttrs {
            lang: None,
            dir: None,
            title: Some(match made {
                Made::Transliteration => t.f("name-transliterated", &[("english", english)]),
                Made::Attested => {
                    let source = cites
                        .first()
                        .map(|c| source_label(&c.source))
                        .unwrap_or_default();
                    t.f(
                        "name-attested",
                        &[("english", english), ("source", Arg::Text(&source))],
                    )
                }
                Made::Translation => t.f("text-translated", &[("english", english)]),
            }),
        },
        Shown::Stale => LocalAttrs {
            lang: Some("en"),
            dir: Some("ltr"),
            title: Some(t.t("text-stale")),
        },
        Shown::Untranslated => LocalAttrs {
            lang: Some("en"),
            dir: Some("ltr"),
            title: Some(t.t("text-untranslated")),
        },
    }
}

/// A record's name or short text inline (a heading, a list item): the
/// edition's text, marked as [`local_attrs`] says. `None` when the record or
/// field is unknown.
#[component]
pub fn LocalName(#[prop(into)] of: String, #[prop(into)] field: String) -> impl IntoView {
    let store = Store::use_store();
    let t = use_texts();
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        cat.localized(&of, &field, t.lang).map(|l| {
            let a = local_attrs(&l, |s| cat.source_label(s));
            view! { <span lang=a.lang dir=a.dir title=a.title>{l.text.to_string()}</span> }
        })
    }
}

/// A record's text as a paragraph (a headline, a summary), in the edition's
/// language where it has a current translation, saying so, with the English
/// one tap away; otherwise the English, marked as English, with a notice.
#[component]
pub fn LocalText(
    #[prop(into)] of: String,
    #[prop(into)] field: String,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let store = Store::use_store();
    let t = use_texts();
    move || {
        let data = store.data.get();
        let l = data.catalog.localized(&of, &field, t.lang)?;
        let class = class.clone();
        let text = l.text.to_string();
        Some(match l.state {
            Shown::English => view! { <p class=class>{text}</p> }.into_any(),
            Shown::Translated { .. } => view! {
                <p class=class>{text}</p>
                <details class="translation-note">
                    <summary>{t.t("translated-note")}</summary>
                    <p lang="en" dir="ltr">{l.english.to_string()}</p>
                </details>
            }
            .into_any(),
            Shown::Stale | Shown::Untranslated => {
                let note = if l.state == Shown::Stale {
                    t.t("text-stale")
                } else {
                    t.t("text-untranslated")
                };
                view! {
                    <p class=class lang="en" dir="ltr">{text}</p>
                    <p class="translation-note untranslated">{note}</p>
                }
                .into_any()
            }
        })
    }
}
