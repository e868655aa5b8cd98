//! A round's attendees, grouped by the faction a source ties them to.

use leptos::prelude::*;

use crate::components::cite::{Cites, Inferred};
use crate::components::data_text::data_attrs;
use crate::components::names::{FactionLink, PersonLink};
use crate::data::model::Round;
use crate::i18n::messages::Arg;
use crate::query::select::{attendee_groups, highlights, identity_filter_active};
use crate::query::state::Filter;
use crate::query::vocab::Vocab;
use crate::site::use_texts;
use crate::store::{Loaded, Store};
use crate::url_state::use_url;

/// Attendees grouped by the faction a source ties them to; filter matches highlighted.
#[component]
pub(super) fn Attendees(round: Round) -> impl IntoView {
    let t = use_texts();
    let (lang, dir) = data_attrs();
    let store = Store::use_store();
    let url = use_url();
    move || {
        let data = store.data.get();
        let filter = url.filter.get();
        if round.attendance.is_empty() {
            return None;
        }
        let groups = attendee_groups(&data.catalog, &round);
        let active = identity_filter_active(&filter);
        let mut matched = 0usize;
        let sections = groups
            .into_iter()
            .map(|(faction, idx)| {
                let heading = match faction {
                    None => view! { <span>{t.t("round-no-faction")}</span> }.into_any(),
                    Some(f) => view! { <FactionLink id=f full=true/> }.into_any(),
                };
                let items = idx
                    .into_iter()
                    .map(|i| {
                        let a = round.attendance[i].clone();
                        let hit = person_matches(&data, &a.person, &filter);
                        if hit {
                            matched += 1;
                        }
                        view! {
                            <li class:highlight=hit>
                                {hit.then(|| view! { <span class="match-mark" aria-hidden="true">"★ "</span><span class="visually-hidden">{t.t("round-matches")}</span> })}
                                <PersonLink id=a.person.clone()/>
                                {format!(" ({})", t.t(&a.mode.key()))}
                                {a.note.clone().map(|n| view! { ": " <span lang=lang dir=dir>{n}</span> })}
                                " "
                                <Inferred inferred=a.inferred/>
                                <Cites cites=a.cites.clone()/>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="group">
                        <h3>{heading}</h3>
                        <ul>{items}</ul>
                    </li>
                }
            })
            .collect_view();
        let legend = active.then(|| {
            let text = if matched == 0 {
                t.t("round-no-match")
            } else {
                format!(
                    "★ {}",
                    t.f("round-matched", &[("n", Arg::Num(matched as i64))])
                )
            };
            view! { <p class="highlight-legend" role="status">{text}</p> }
        });
        Some(view! {
            <section aria-labelledby="attendees-h">
                <h2 id="attendees-h">{t.t("round-attendees")}</h2>
                {legend}
                <ul class="attendee-groups">{sections}</ul>
            </section>
        })
    }
}

fn person_matches(data: &Loaded, person: &str, filter: &Filter) -> bool {
    data.catalog
        .person_index(person)
        .is_some_and(|i| highlights(filter, &data.selection.people[i]))
}
