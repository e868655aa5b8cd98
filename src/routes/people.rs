//! Everyone the sources name, filterable by the shared URL filters.

use leptos::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::FactionList;
use crate::components::notices::Notices;
use crate::query::export;
use crate::query::select::matches;
use crate::site::use_links;
use crate::store::Store;
use crate::url_state::use_url;

/// People rendered at first; more on request (large datasets).
const PAGE: usize = 200;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| {
        let data = store.data.get();
        let cat = &data.catalog;
        let mut idx: Vec<usize> = url.state.with(|s| {
            (0..cat.data.people.len())
                .filter(|&i| matches(&s.filter, &data.selection.people[i]))
                .collect()
        });
        idx.sort_by_key(|&i| cat.data.people[i].name.to_lowercase());
        idx
    });
    let table = move || export::people(&store.data.get_untracked().catalog, &shown.get_untracked());
    let list = move || {
        let data = store.data.get();
        let state = url.state.get();
        let idx = shown.get();
        if idx.is_empty() {
            return view! { <EmptyResult what="people"/> }.into_any();
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
                    .map(|(r, a)| format!("{} ({})", r.number, crate::query::vocab::Vocab::label(a.mode)))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <li class="card person-card">
                        <h2><a href=links.person(&p.id, &state)>{p.name.clone()}</a></h2>
                        <p>{p.summary.clone()}</p>
                        <dl class="facts">
                            {(!factions.is_empty()).then(|| view! { <dt>"Factions"</dt><dd><FactionList ids=factions.clone()/></dd> })}
                            {(!rounds.is_empty()).then(|| view! { <dt>"Rounds"</dt><dd>{rounds.clone()}</dd> })}
                        </dl>
                    </li>
                }
            })
            .collect_view();
        let rest = idx.len().saturating_sub(n);
        view! {
            <ul class="cards">{items}</ul>
            {(rest > 0).then(|| view! {
                <p class="more"><button type="button" on:click=move |_| limit.update(|l| *l += PAGE)>{format!("Show more ({rest} not shown)")}</button></p>
            })}
        }
        .into_any()
    };
    view! {
        <h1>"People"</h1>
        <p class="lede">"Everyone the sources name: roles, affiliations and rounds, with citations. Ethnicity or religion appears only where a source states it."</p>
        <Notices/>
        <FilterBar scope=Scope::People/>
        <div class="toolbar">
            <CopyLink/>
            <ExportButtons name="vienna-process-people" table=table/>
        </div>
        {list}
    }
}
