//! Where sources (or one source with itself) disagree: every value kept, each cited.

use leptos::prelude::*;

use crate::components::disagreement_list::DisagreementList;
use crate::site::use_texts;
use crate::store::Store;

#[component]
pub fn DisagreementsPage() -> impl IntoView {
    let t = use_texts();
    let store = Store::use_store();
    view! {
        <h1>{t.t("disagreements-title")}</h1>
        <p class="lede">{t.t("disagreements-lede")}</p>
        <section aria-labelledby="all-dis-h">
            <h2 id="all-dis-h">{t.t("disagreements-all")}</h2>
            {move || view! { <DisagreementList items=store.data.get().catalog.data.disagreements.clone()/> }}
        </section>
    }
}
