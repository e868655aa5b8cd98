//! The page's `<head>`: title, description, canonical address, link previews
//! (Open Graph, Twitter) and schema.org JSON-LD. Drawn once by the shell from
//! the current address, so it is written into the built HTML and kept up to
//! date by in-app navigation alike.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script, Title};

use crate::i18n::Lang;
use crate::query::head::{head, json_ld_text, Head};
use crate::site::{use_links, use_page, use_texts};
use crate::store::Store;

#[component]
pub fn PageHead() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let texts = use_texts();
    let page = use_page();
    let head = Memo::new(move |_| {
        let data = store.data.get();
        page.with(|p| head(&data.catalog, p.as_ref(), links, texts))
    });
    let text = move |f: fn(&Head) -> String| move || head.with(f);
    let image = move || links.absolute_asset(&head.with(|h| h.image.clone()));
    let canonical = Memo::new(move |_| links.absolute(&head.with(|h| h.canonical.clone())));
    let json_ld = Memo::new(move |_| head.with(|h| h.json_ld.as_ref().map(json_ld_text)));
    // The same page in every edition, and English for readers of any other language.
    let alternates = move || {
        let path = head.with(|h| h.canonical.clone());
        let found = head.with(|h| h.found);
        found.then(|| {
            let mut v: Vec<(String, String)> = Lang::ALL
                .iter()
                .map(|&l| (l.code().to_string(), links.absolute_in(l, &path)))
                .collect();
            v.push(("x-default".into(), links.absolute_in(Lang::En, &path)));
            v.into_iter()
                .map(|(lang, href)| view! { <Link rel="alternate" hreflang=lang href=href/> })
                .collect_view()
        })
    };
    view! {
        <Title text=move || head.with(|h| h.full_title(texts)) formatter=escape_title/>
        <Meta name="description" content=text(|h| h.description.clone())/>
        // An embed is a copy of a page: only the page itself is indexed.
        <Meta name="robots" content=move || if head.with(|h| h.found) && !links.is_embed() { "index, follow" } else { "noindex" }/>
        {move || view! { <Link rel="canonical" href=canonical.get()/> }}
        {alternates}
        <Meta property="og:site_name" content=texts.t("site-name")/>
        <Meta property="og:locale" content=texts.lang.code().replace('-', "_")/>
        <Meta property="og:type" content=move || head.with(|h| h.og_type)/>
        <Meta property="og:title" content=text(|h| h.title.clone())/>
        <Meta property="og:description" content=text(|h| h.description.clone())/>
        <Meta property="og:url" content=move || canonical.get()/>
        <Meta property="og:image" content=image/>
        <Meta property="og:image:width" content="1200"/>
        <Meta property="og:image:height" content="630"/>
        <Meta property="og:image:alt" content=text(|h| h.image_alt.clone())/>
        <Meta name="twitter:card" content="summary_large_image"/>
        {move || json_ld.get().map(|t| view! { <Script type_="application/ld+json">{t}</Script> })}
    }
}

/// leptos_meta writes the title into the built HTML as it is; the browser sets
/// `document.title`, which takes plain text.
fn escape_title(title: String) -> String {
    if cfg!(feature = "ssr") {
        title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    } else {
        title
    }
}
