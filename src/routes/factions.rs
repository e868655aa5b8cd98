//! All factions and organisations, filterable by the shared URL filters.

use leptos::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::export::ExportButtons;
use crate::components::filter_bar::{EmptyResult, FilterBar, Scope};
use crate::components::names::PersonList;
use crate::components::notices::Notices;
use crate::query::export;
use crate::query::matrix::{rows, stances};
use crate::query::vocab::Vocab;
use crate::site::use_links;
use crate::store::Store;
use crate::url_state::use_url;

#[component]
pub fn FactionsPage() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let url = use_url();
    let shown = Memo::new(move |_| {
        let data = store.data.get();
        url.state
            .with(|s| rows(&data.catalog, &data.selection, &s.filter, None, false))
    });
    let table = move || export::matrix(&store.data.get_untracked().catalog, &shown.get_untracked());
    let list = move || {
        let data = store.data.get();
        let state = url.state.get();
        let idx = shown.get();
        if idx.is_empty() {
            return view! { <EmptyResult what="factions"/> }.into_any();
        }
        let cat = &data.catalog;
        let items = idx
            .iter()
            .map(|&i| {
                let f = &cat.data.factions[i];
                let leaders: Vec<String> = cat.leaders(&f.id).iter().map(|(p, _)| p.id.clone()).collect();
                let mut seen = Vec::new();
                leaders.iter().for_each(|l| if !seen.contains(l) { seen.push(l.clone()) });
                let groups = cat
                    .communities_of_faction(f)
                    .into_iter()
                    .map(|c| cat.community_name(c).to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                let stance = stances(f).iter().map(|s| s.label()).collect::<Vec<_>>().join("; ");
                let aliases = f.aliases.iter().map(|a| a.name.clone()).collect::<Vec<_>>().join("; ");
                view! {
                    <li class="card">
                        <h2><a href=links.faction(&f.id, &state)>{f.name.clone()}</a></h2>
                        <p class="meta">
                            <span class="kind">{f.kind.label()}</span>
                            {f.short.clone().map(|s| view! { " · " {s} })}
                        </p>
                        {(!aliases.is_empty()).then(|| view! { <p class="aliases">"Also called: "{aliases}</p> })}
                        <p>{f.summary.clone()}</p>
                        <dl class="facts">
                            {(!seen.is_empty()).then(|| view! { <dt>"Leaders"</dt><dd><PersonList ids=seen.clone()/></dd> })}
                            {(!groups.is_empty()).then(|| view! { <dt>"Ethnic composition (as sourced)"</dt><dd>{groups.clone()}</dd> })}
                            {(!stance.is_empty()).then(|| view! { <dt>"Stance"</dt><dd>{stance.clone()}</dd> })}
                        </dl>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards">{items}</ul> }.into_any()
    };
    view! {
        <h1>"Factions and organisations"</h1>
        <p class="lede">"Every front, council, party, movement and platform the sources name, and the Taliban they oppose. Open one for its full, cited profile."</p>
        <Notices/>
        <FilterBar scope=Scope::Factions/>
        <div class="toolbar">
            <CopyLink/>
            <ExportButtons name="vienna-process-factions" table=table/>
        </div>
        {list}
    }
}
