//! A page's data and citation, in the footer of every page: "Data: JSON · CSV"
//! (the files `prerender` wrote beside the page), "Cite this page" (APA,
//! Chicago, BibTeX, RIS), and in `<head>` the same files as alternates, the
//! versions feed and the metadata reference managers read.
//!
//! A dataset loaded from another address has no files here: the page says
//! where its data comes from instead.

use leptos::prelude::*;
use leptos_meta::{Link, Meta};

use crate::i18n::messages::Arg;
use crate::query::cite::{citation, data_url};
use crate::query::datafiles::{files_of, FEED};
use crate::query::versions::{permanent_path, published};
use crate::site::{use_links, use_page, use_started, use_texts};
use crate::store::{Origin, Store};

/// Today's date (`YYYY-MM-DD`) in the browser; none while the page is built
/// or adopted, so a citation never claims an access date it does not know.
fn today(started: bool) -> Option<String> {
    if !started {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let iso: String = js_sys::Date::new_0().to_iso_string().into();
        iso.get(..10).map(str::to_string)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

#[component]
pub fn PageData() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let texts = use_texts();
    let page = use_page();
    let started = use_started();
    let origin = Memo::new(move |_| store.data.with(|d| d.origin.clone()));
    let files = Memo::new(move |_| page.with(|p| p.as_ref().map(files_of).unwrap_or_default()));
    let cite = Memo::new(move |_| {
        let data = store.data.get();
        page.with(|p| {
            let mut c = citation(&data.catalog, p.as_ref()?, links, texts)?;
            // A loaded dataset's version lives at its own address.
            if let Origin::Url(u) = &data.origin {
                c.dataset_url = u.clone();
            }
            Some(c)
        })
    });

    let head = move || {
        let own = origin.get() == Origin::Embedded;
        let alternates = own.then(|| {
            files
                .get()
                .into_iter()
                .map(|f| {
                    view! {
                        <Link rel="alternate" type_=f.format.mime() href=links.absolute_asset(&f.path)/>
                    }
                })
                .collect_view()
        });
        let meta = cite.get().map(|c| {
            c.meta()
                .into_iter()
                .map(|(name, content)| view! { <Meta name=name content=content/> })
                .collect_view()
        });
        view! {
            {alternates}
            <Link rel="alternate" type_="application/atom+xml" title=texts.t("data-feed") href=links.absolute_asset(FEED)/>
            {meta}
        }
    };

    let data_line = move || match origin.get() {
        Origin::Embedded => {
            let items = files
                .get()
                .into_iter()
                .enumerate()
                .map(|(i, f)| {
                    let label = match f.format {
                        crate::query::datafiles::Format::Json => texts.t("data-json"),
                        crate::query::datafiles::Format::Csv => texts.t("data-csv"),
                    };
                    view! {
                        {(i > 0).then_some(" · ")}
                        <a href=links.asset(&f.path) type=f.format.mime()>{label}</a>
                    }
                })
                .collect_view();
            view! { {texts.t("data-label")}" "{items} }.into_any()
        }
        Origin::Url(u) => texts
            .f("data-loaded", &[("from", Arg::Text(&u))])
            .into_any(),
        Origin::File(name) => texts
            .f("data-loaded-file", &[("name", Arg::Text(&name))])
            .into_any(),
    };

    let cite_body = move || {
        let c = cite.get()?;
        let accessed = today(started.get());
        let accessed = accessed.as_deref();
        let ris = c.ris(accessed);
        let file = format!("{}.ris", c.key);
        let block = |label: String, text: String| {
            view! {
                <h3>{label}</h3>
                <pre dir="ltr"><code>{text}</code></pre>
            }
        };
        Some(view! {
            {block(texts.t("cite-apa"), c.apa(accessed))}
            {block(texts.t("cite-chicago"), c.chicago(accessed))}
            {block(texts.t("cite-bibtex"), c.bibtex(accessed))}
            <p>
                <a href=data_url("application/x-research-info-systems", &ris) download=file>
                    {texts.t("cite-ris")}
                </a>
            </p>
        })
    };

    view! {
        {head}
        <p class="page-data">{data_line}</p>
        <details class="cite-page">
            <summary>{texts.t("cite-summary")}</summary>
            {cite_body}
        </details>
    }
}

/// The About page's list of versions: each at its permanent address, and the
/// feed that says what changed, record by record (from a diff of the files).
#[component]
pub fn VersionList() -> impl IntoView {
    let store = Store::use_store();
    let links = use_links();
    let t = use_texts();
    move || {
        let data = store.data.get();
        (data.origin == Origin::Embedded).then(|| {
            let meta = &data.catalog.data.meta;
            let items = published(&meta.version)
                .into_iter()
                .rev()
                .map(|v| {
                    let date = meta
                        .changelog
                        .iter()
                        .find(|e| e.version == v)
                        .map(|e| e.date.clone())
                        .or_else(|| (v == meta.version).then(|| meta.date.clone()));
                    let when = date.map(|d| {
                        view! { " (" <time datetime=d.clone()>{t.date_text(&d, None)}</time> ")" }
                    });
                    let href = links.asset(&permanent_path(&v));
                    view! {
                        <li>
                            <a href=href>{t.f("about-version-file", &[("version", Arg::Text(&v))])}</a>
                            {when}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="versions-h">
                    <h2 id="versions-h">{t.t("about-versions")}</h2>
                    <p>{t.t("about-versions-lede")}" "<a href=links.asset(FEED)>{t.t("data-feed")}</a></p>
                    <ul class="versions">{items}</ul>
                </section>
            }
        })
    }
}
