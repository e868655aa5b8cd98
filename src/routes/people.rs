//! Everyone the sources name, filterable by the shared URL filters.

use leptos::prelude::*;

use crate::components::data_text::LocalName;
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::FactionList;
use crate::components::notices::Notices;
use crate::components::share::Share;
use crate::i18n::messages::Arg;
use crate::query::export;
use crate::query::select::people_rows;
use crate::query::vocab::Vocab;
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

/// People rendered at first; more on request (large datasets).
const PAGE: usize = 200;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let texts = use_texts();
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| {
        let data = store.data.get();
        url.filter
            .with(|f| people_rows(&data.catalog, &data.selection, f))
    });
    let table = move || export::people(&store.data.get_untracked().catalog, &shown.get_untracked());
    let list = move || {
        let data = store.data.get();
        let state = url.carried.get();
        let idx = shown.get();
        if idx.is_empty() {
            return view! { <EmptyResult what="empty-people"/> }.into_any();
        }
        let cat = &data.catalog;
        let n = limit.get();
        let items = idx
            .iter()
            .take(n)
            .map(|&i| {
                let p = &cat.data.people[i];
                let factions: Vec<String> = cat.factions_of(p).into_iter().map(String::from).collect();
                let rounds = cat
                    .attendance_of(&p.id)
                    .iter()
                    .map(|(r, a)| format!("{} ({})", texts.num(r.number), texts.t(&a.mode.key())))
                    .collect::<Vec<_>>()
                    .join(&texts.t("comma"));
                view! {
                    <li class="card person-card">
                        <h2><a href=links.person(&p.id, &state)><LocalName of=format!("person:{}", p.id) field="name"/></a></h2>
                        <p><LocalName of=format!("person:{}", p.id) field="summary"/></p>
                        <dl class="facts">
                            {(!factions.is_empty()).then(|| view! { <dt>{texts.t("people-factions")}</dt><dd><FactionList ids=factions.clone()/></dd> })}
                            {(!rounds.is_empty()).then(|| view! { <dt>{texts.t("people-rounds")}</dt><dd>{rounds.clone()}</dd> })}
                        </dl>
                    </li>
                }
            })
            .collect_view();
        let rest = idx.len().saturating_sub(n);
        view! {
            <ul class="cards">{items}</ul>
            {(rest > 0).then(|| view! {
                <p class="more"><button type="button" on:click=move |_| limit.update(|l| *l += PAGE)>{texts.f("people-more", &[("rest", Arg::Num(rest as i64))])}</button></p>
            })}
        }
        .into_any()
    };
    view! {
        <h1>{texts.t("people-title")}</h1>
        <p class="lede">{texts.t("people-lede")}</p>
        <Notices/>
        <FilterBar scope=Scope::People/>
        <div class="toolbar">
            <Share/>
            <ExportButtons name="vienna-process-people" table=table/>
        </div>
        {list}
    }
}
