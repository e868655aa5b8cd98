//! Comparing a round with another: who and which factions are new, missing or returning.

use leptos::prelude::*;

use crate::components::names::{FactionList, PersonList};
use crate::i18n::messages::Arg;
use crate::query::compare::compare;
use crate::query::participation::{participation, range_text};
use crate::site::use_texts;
use crate::store::Store;
use crate::url_state::{use_url, view_setter};

/// "Compare with round N": who and which factions are new, missing or returning.
#[component]
pub(super) fn Compare(number: u8) -> impl IntoView {
    let t = use_texts();
    let round_n = move |n: u8| t.f("round-n", &[("n", Arg::Num(i64::from(n)))]);
    let store = Store::use_store();
    let url = use_url();
    let set_view = view_setter();
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        let mut state = url.state.get_untracked();
        state.compare = v.parse().ok();
        set_view(state, false);
    };
    let chosen = Memo::new(move |_| url.state.with(|s| s.compare));
    let options = move || {
        let data = store.data.get();
        let current = chosen.get();
        data.catalog
            .round_numbers()
            .into_iter()
            .filter(|&m| m != number)
            .map(|m| view! { <option value=m.to_string() selected=current == Some(m)>{round_n(m)}</option> })
            .collect_view()
    };
    let result = move || {
        let data = store.data.get();
        let other = chosen.get().filter(|&m| m != number)?;
        data.catalog.round(other)?;
        let c = compare(&data.catalog, number, other);
        let rows = participation(&data.catalog);
        let range =
            |m: u8| range_text(t, rows.iter().find(|r| r.number == m).and_then(|r| r.range));
        let people = |ids: &[String]| {
            if ids.is_empty() {
                return view! { <span>{t.t("compare-none")}</span> }.into_any();
            }
            view! { <PersonList ids=ids.to_vec()/> }.into_any()
        };
        let factions = |ids: &[String]| {
            if ids.is_empty() {
                return view! { <span>{t.t("compare-none")}</span> }.into_any();
            }
            view! { <FactionList ids=ids.to_vec()/> }.into_any()
        };
        Some(view! {
            <div class="comparison">
                <p>{t.f("compare-stated", &[("a", Arg::Num(i64::from(number))), ("ra", Arg::Text(&range(number))), ("b", Arg::Num(i64::from(other))), ("rb", Arg::Text(&range(other)))])}</p>
                <table>
                    <caption>{t.f("compare-caption", &[("a", Arg::Num(i64::from(number))), ("b", Arg::Num(i64::from(other)))])}</caption>
                    <thead><tr><td></td><th scope="col">{t.t("people-title")}</th><th scope="col">{t.t("people-factions")}</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">{t.f("compare-new", &[("a", Arg::Num(i64::from(number)))])}</th><td>{people(&c.people.new)}</td><td>{factions(&c.factions.new)}</td></tr>
                        <tr><th scope="row">{t.f("compare-missing", &[("a", Arg::Num(i64::from(number))), ("b", Arg::Num(i64::from(other)))])}</th><td>{people(&c.people.missing)}</td><td>{factions(&c.factions.missing)}</td></tr>
                        <tr><th scope="row">{t.t("compare-both")}</th><td>{people(&c.people.returning)}</td><td>{factions(&c.factions.returning)}</td></tr>
                    </tbody>
                </table>
                <p class="note">{t.t("compare-note")}</p>
            </div>
        })
    };
    view! {
        <section aria-labelledby="compare-h" class="compare">
            <h2 id="compare-h">{t.t("compare-heading")}</h2>
            <label for="compare-select">{t.t("compare-with")}</label>
            <select id="compare-select" on:change=on_change>
                <option value="">{t.t("compare-choose")}</option>
                {options}
            </select>
            {result}
        </section>
    }
}
