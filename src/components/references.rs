//! A page's reference list: each source it cites, with the paragraphs cited
//! and the address, written out so that it survives printing.

use leptos::prelude::*;

use crate::components::data_text::data_attrs;
use crate::query::references::Reference;
use crate::site::{use_links, use_texts};
use crate::store::Store;

#[component]
pub fn References(refs: Vec<Reference>) -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let texts = use_texts();
    let (lang, dir) = data_attrs();
    let data = store.data.get_untracked();
    let items = refs
        .into_iter()
        .filter_map(|r| {
            let s = data.catalog.source(&r.source)?;
            let label = data.catalog.source_label(&r.source);
            let paras = r
                .paras
                .iter()
                .map(|p| format!("¶{}", texts.num(*p)))
                .collect::<Vec<_>>()
                .join(&texts.t("comma"));
            // Sources kept with the dataset have their page here; the rest their own address.
            let address = s
                .url
                .clone()
                .unwrap_or_else(|| links.absolute(&format!("/sources/{}", s.id)));
            let href = address.clone();
            Some(view! {
                <li>
                    <cite lang=lang dir=dir>{label}</cite>
                    ": "
                    <span lang=lang dir=dir>{s.title.clone()}</span>
                    {(!paras.is_empty()).then(|| format!(" ({paras})"))}
                    " "
                    <a class="address" href=href dir="ltr">{address}</a>
                </li>
            })
        })
        .collect_view();
    view! {
        <section class="references" aria-labelledby="references-h">
            <h2 id="references-h">{texts.t("references-heading")}</h2>
            <ol>{items}</ol>
        </section>
    }
}
