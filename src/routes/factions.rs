//! All factions and organisations, filterable by the shared URL filters.

use leptos::prelude::*;

use crate::components::cite::According;
use crate::components::data_text::{data_attrs, name_attrs, LocalName};
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::PersonList;
use crate::components::notices::Notices;
use crate::components::share::Share;
use crate::query::export;
use crate::query::matrix::{leaders_once, rows, stances};
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

#[component]
pub fn FactionsPage() -> impl IntoView {
    let texts = use_texts();
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let (lang, dir) = data_attrs();
    let shown = Memo::new(move |_| {
        let data = store.data.get();
        url.filter
            .with(|f| rows(&data.catalog, &data.selection, f, None, false))
    });
    let table = move || export::matrix(&store.data.get_untracked().catalog, &shown.get_untracked());
    let list = move || {
        let data = store.data.get();
        let state = url.carried.get();
        let idx = shown.get();
        if idx.is_empty() {
            return view! { <EmptyResult what="empty-factions"/> }.into_any();
        }
        let cat = &data.catalog;
        let items = idx
            .iter()
            .map(|&i| {
                let f = &cat.data.factions[i];
                let seen: Vec<String> = leaders_once(cat, &f.id).iter().map(|(p, _)| p.id.clone()).collect();
                let groups_cites: Vec<_> = f.composition.iter().flat_map(|c| c.cites.clone()).collect();
                let stance_cites: Vec<_> = f.stances.iter().flat_map(|c| c.cites.clone()).collect();
                // Marked as English unless every community name is in the edition's script.
                let groups_local = cat.communities_of_faction(f).into_iter().all(|c| {
                    cat.localized(&format!("community:{c}"), "name", texts.lang)
                        .is_some_and(|l| !l.is_fallback())
                });
                let (glang, gdir) = if groups_local { (None, None) } else { (lang, dir) };
                let groups = cat
                    .communities_of_faction(f)
                    .into_iter()
                    .map(|c| cat.community_name_in(c, texts.lang).to_string())
                    .collect::<Vec<_>>()
                    .join(&texts.t("list-separator"));
                let stance = stances(f).iter().map(|s| texts.t(&s.key())).collect::<Vec<_>>().join(&texts.t("list-separator"));
                let separator = texts.t("list-separator");
                let aliases = f
                    .aliases
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let (lang, dir) = name_attrs(a.lang.as_deref());
                        view! { {(i > 0).then(|| separator.clone())}<span lang=lang dir=dir>{a.name.clone()}</span> }
                    })
                    .collect_view();
                let has_aliases = !f.aliases.is_empty();
                view! {
                    <li class="card">
                        <h2><a href=links.faction(&f.id, &state)><LocalName of=format!("faction:{}", f.id) field="name"/></a></h2>
                        <p class="meta">
                            <span class="kind">{texts.t(&f.kind.key())}</span>
                            {f.short.is_some().then(|| view! { " · " <LocalName of=format!("faction:{}", f.id) field="short"/> })}
                        </p>
                        {has_aliases.then(|| view! { <p class="aliases">{texts.t("factions-also-called")}" "{aliases}</p> })}
                        <p><LocalName of=format!("faction:{}", f.id) field="summary"/></p>
                        <dl class="facts">
                            {(!seen.is_empty()).then(|| view! { <dt>{texts.t("factions-leaders")}</dt><dd><PersonList ids=seen.clone()/></dd> })}
                            {(!groups.is_empty()).then(|| view! { <dt>{texts.t("factions-composition")}</dt><dd><span lang=glang dir=gdir>{groups.clone()}</span>" ("<According cites=groups_cites.clone()/>")"</dd> })}
                            {(!stance.is_empty()).then(|| view! { <dt>{texts.t("factions-stance")}</dt><dd>{stance.clone()}" ("<According cites=stance_cites.clone()/>")"</dd> })}
                        </dl>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards">{items}</ul> }.into_any()
    };
    view! {
        <h1>{texts.t("factions-heading")}</h1>
        <p class="lede">{texts.t("factions-lede")}</p>
        <Notices/>
        <FilterBar scope=Scope::Factions/>
        <div class="toolbar">
            <Share/>
            <ExportButtons name="vienna-process-factions" table=table/>
        </div>
        {list}
    }
}
