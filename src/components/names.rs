//! Names that link to their profiles: every name in the app is one of these.

use leptos::prelude::*;

use crate::components::cite::{Cites, Inferred};
use crate::components::data_text::{data_attrs, name_attrs};
use crate::data::model::Name;
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
    move || {
        let data = store.data.get();
        match data.catalog.person(&id) {
            Some(p) => {
                let href = links.person(&id, &url.carried.get());
                view! { <a class="person" href=href lang=lang dir=dir>{p.name.clone()}</a> }
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
    move || {
        let data = store.data.get();
        match data.catalog.faction(&id) {
            Some(f) => {
                let href = links.faction(&id, &url.carried.get());
                let name = if full {
                    f.name.clone()
                } else {
                    data.catalog.faction_name(&id).to_string()
                };
                view! { <a class="faction" href=href title=f.name.clone() lang=lang dir=dir>{name}</a> }.into_any()
            }
            None => view! { <span lang=lang dir=dir>{id.clone()}</span> }.into_any(),
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
