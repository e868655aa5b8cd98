//! Names that link to their profiles: every name in the app is one of these.

use leptos::prelude::*;

use crate::components::cite::{Cites, Inferred};
use crate::components::data_text::{data_attrs, local_attrs, name_attrs};
use crate::data::catalog::Shown;
use crate::data::model::{Made, Name};
use crate::i18n::messages::Arg;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

/// A person's name, linked to their profile (plain text if the id is unknown).
#[component]
pub fn PersonLink(id: String) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let (lang, dir) = data_attrs();
    let t = use_texts();
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        match cat.localized(&format!("person:{id}"), "name", t.lang) {
            Some(l) => {
                // Only the address follows the carried view; the name follows the dataset.
                let href = {
                    let id = id.clone();
                    move || links.person(&id, &url.carried.get())
                };
                let a = local_attrs(&l, |s| cat.source_label(s));
                view! { <a class="person" href=href lang=a.lang dir=a.dir title=a.title>{l.text.to_string()}</a> }
                    .into_any()
            }
            None => view! { <span lang=lang dir=dir>{id.clone()}</span> }.into_any(),
        }
    }
}

/// A faction's name (its short name when it has one), linked to its profile.
#[component]
pub fn FactionLink(id: String, #[prop(optional)] full: bool) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let (lang, dir) = data_attrs();
    let t = use_texts();
    move || {
        let data = store.data.get();
        let cat = &data.catalog;
        let of = format!("faction:{id}");
        let field = if full { "name" } else { "short" };
        // A faction without a short name shows its name.
        let shown = cat
            .localized(&of, field, t.lang)
            .or_else(|| cat.localized(&of, "name", t.lang));
        match (shown, cat.localized(&of, "name", t.lang)) {
            (Some(l), Some(full_name)) => {
                let href = {
                    let id = id.clone();
                    move || links.faction(&id, &url.carried.get())
                };
                let a = local_attrs(&l, |s| cat.source_label(s));
                // The tooltip gives the full name, and says whose spelling it is.
                let title = match a.title {
                    Some(note) if l.text != full_name.text => format!("{}: {note}", full_name.text),
                    Some(note) => note,
                    None => full_name.text.to_string(),
                };
                view! { <a class="faction" href=href title=title lang=a.lang dir=a.dir>{l.text.to_string()}</a> }.into_any()
            }
            _ => view! { <span lang=lang dir=dir>{id.clone()}</span> }.into_any(),
        }
    }
}

/// "Round N", linked to the round's page.
#[component]
pub fn RoundLink(number: u8) -> impl IntoView {
    let links = use_links();
    let url = use_url();
    let href = move || links.round(number, &url.carried.get());
    view! { <a class="round-link" href=href>{use_texts().f("round-n", &[("n", Arg::Num(i64::from(number)))])}</a> }
}

/// A comma-separated list of linked faction names.
#[component]
pub fn FactionList(ids: Vec<String>) -> impl IntoView {
    let n = ids.len();
    ids.into_iter()
        .enumerate()
        .map(|(i, id)| {
            view! {
                <FactionLink id=id/>
                {(i + 1 < n).then(|| use_texts().t("comma"))}
            }
        })
        .collect_view()
}

/// A comma-separated list of linked person names.
#[component]
pub fn PersonList(ids: Vec<String>) -> impl IntoView {
    let n = ids.len();
    ids.into_iter()
        .enumerate()
        .map(|(i, id)| {
            view! {
                <PersonLink id=id/>
                {(i + 1 < n).then(|| use_texts().t("comma"))}
            }
        })
        .collect_view()
}

/// A faction's other names or a person's spellings: one list item each, in
/// its own script and direction, with its citations.
#[component]
pub fn OtherNames(names: Vec<Name>) -> impl IntoView {
    names
        .into_iter()
        .map(|n| {
            let (lang, dir) = name_attrs(n.lang.as_deref());
            view! { <li><span lang=lang dir=dir>{n.name}</span>" "<Inferred inferred=n.inferred/><Cites cites=n.cites/></li> }
        })
        .collect_view()
}

/// Under a profile's heading in Dari and Pashto: the name in English, and
/// whose spelling the shown one is (the project's, or a cited source's); or
/// that the name is not yet written in the edition's script.
#[component]
pub fn NameNote(#[prop(into)] of: String) -> impl IntoView {
    let store = Store::use_store();
    let t = use_texts();
    move || {
        let data = store.data.get();
        let l = data.catalog.localized(&of, "name", t.lang)?;
        let english = l.english.to_string();
        Some(match l.state {
            Shown::English => return None,
            Shown::Translated { made, cites } => {
                let how = match made {
                    Made::Transliteration => t.t("name-note-transliteration"),
                    Made::Attested => t.t("name-note-attested"),
                    Made::Translation => t.t("name-note-translation"),
                };
                let cites = cites.to_vec();
                view! {
                    <p class="name-note">
                        <bdi lang="en" dir="ltr">{english}</bdi>" · "{how}
                        {(!cites.is_empty()).then(|| view! { " "<Cites cites=cites/> })}
                    </p>
                }
                .into_any()
            }
            Shown::Stale => view! { <p class="name-note">{t.t("text-stale")}</p> }.into_any(),
            Shown::Untranslated => {
                view! { <p class="name-note">{t.t("text-untranslated")}</p> }.into_any()
            }
        })
    }
}
