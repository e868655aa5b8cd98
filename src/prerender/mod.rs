//! Build-time rendering: every page of the site drawn to HTML by the app's own
//! components (Leptos `ssr`), so each address is a real page on a static host
//! that reads completely without JavaScript and previews with its own title,
//! description and image. `make dist` runs it (`src/bin/prerender.rs`) over
//! Trunk's output; the browser then hydrates what it wrote (`start`).

pub mod datafiles;
pub mod headers;
pub mod image;
pub mod offline;
pub mod shell;
pub mod sitemap;

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::App;
use crate::i18n::{Lang, Texts};
use crate::query::links::Links;
use crate::query::pages::Page;
use crate::store::Loaded;

pub use shell::Shell;

/// What a page is drawn for.
pub enum Target<'a> {
    /// A page of the site, drawn for its own address.
    Page(&'a Page),
    /// The host's answer to any unknown address (`404.html`).
    NotFound,
}

/// Draws one page: the app rendered for its address in `texts`' edition,
/// inside Trunk's shell, with the page's head tags.
pub fn render(
    shell: &Shell,
    data: &Arc<Loaded>,
    links: &Links,
    texts: &Texts,
    target: Target,
) -> String {
    // Any address no page has: the router falls back to the not-found page.
    let (path, built_for) = match target {
        Target::Page(p) => (p.path(), p.path()),
        Target::NotFound => ("/404".to_string(), shell::NOT_FOUND.to_string()),
    };
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(&links.path(&path)));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let data = Arc::clone(data);
        let embed = links.is_embed();
        let links = links.clone();
        let texts = texts.clone();
        let lang = texts.lang;
        let started = RwSignal::new(false);
        let body = view! { <App data links texts started/> }.to_html();
        let document = shell.page(&body, &built_for, lang, embed);
        futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::iter([document]))
                .await
                .collect::<String>()
                .await
        })
    });
    owner.unset();
    html
}

/// The route patterns of the app's router (`/rounds/:n`, …), read from the
/// router itself, so a test can check that every one of them is built.
pub fn route_patterns(data: &Arc<Loaded>, links: &Links) -> Vec<String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let list = owner.with(|| {
        provide_context(RequestUrl::new(&links.path("/")));
        let (meta, _output) = ServerMetaContext::new();
        provide_context(meta);
        let data = Arc::clone(data);
        let links = links.clone();
        leptos_router::RouteList::generate(move || {
            let started = RwSignal::new(false);
            let texts = Texts::english();
            view! { <App data links texts started/> }
        })
    });
    owner.unset();
    list.map(|l| {
        l.iter()
            .map(|r| {
                let mut path = String::new();
                for seg in r.path() {
                    match seg {
                        leptos_router::PathSegment::Unit => {}
                        leptos_router::PathSegment::Static(s) => {
                            let s = s.trim_matches('/');
                            if !s.is_empty() {
                                path.push('/');
                                path.push_str(s);
                            }
                        }
                        leptos_router::PathSegment::Param(p)
                        | leptos_router::PathSegment::OptionalParam(p) => {
                            path.push_str("/:");
                            path.push_str(p);
                        }
                        leptos_router::PathSegment::Splat(p) => {
                            path.push_str("/*");
                            path.push_str(p);
                        }
                    }
                }
                if path.is_empty() {
                    path.push('/');
                }
                path
            })
            .collect()
    })
    .unwrap_or_default()
}

/// What [`build`] wrote.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub embeds: usize,
    pub images: usize,
    pub bytes: usize,
    pub data_files: usize,
}

/// Writes every page, the not-found page, the preview images, `sitemap.xml`
/// and `robots.txt` into `dist`, whose `index.html` (Trunk's output) is the shell.
pub fn build(
    dist: &std::path::Path,
    base: &str,
    site: &str,
    fonts: &std::path::Path,
) -> Result<Report, String> {
    use crate::data::catalog::text_lang;
    use crate::data::edition::{base_json, read, texts_json, texts_path, BASE};
    use crate::data::embedded::{embedded, EMBEDDED_JSON};
    use crate::data::validate::{validate, LoadError};
    use crate::query::head::image_path;

    // The dataset as the app reads it (`data::edition`): the base every
    // edition shares, and each language's texts, put together per edition as
    // its app does. Each edition's pages are drawn from its own, so hydration
    // finds what it would draw.
    let shared = base_json(EMBEDDED_JSON)?;
    let mut editions = Vec::new();
    for lang in Lang::ALL {
        let texts = text_lang(lang)
            .map(|l| texts_json(EMBEDDED_JSON, l))
            .transpose()?;
        let data = read(&shared, texts.as_deref())?;
        let problems = validate(&data);
        if !problems.is_empty() {
            return Err(format!(
                "the {} edition's dataset is invalid: {}",
                lang.code(),
                LoadError::Invalid(problems)
            ));
        }
        let data = Arc::new(Loaded::new(data, crate::store::Origin::Embedded));
        editions.push((lang, texts, data));
    }
    let write = |rel: &str, bytes: &[u8]| -> Result<(), String> {
        let path = dist.join(rel.trim_start_matches('/'));
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    let index = dist.join("index.html");
    let index_html = std::fs::read_to_string(&index)
        .map_err(|e| format!("{}: {e} (run trunk build first)", index.display()))?;
    let shell = Shell::parse(&index_html, site)?;
    let root = Links::new(base).at_origin(site);
    let data = embedded().map_err(|e| format!("the embedded dataset is invalid: {e}"))?;
    let date = data.meta.date.clone();
    let loaded = Arc::new(Loaded::new(data, crate::store::Origin::Embedded));
    let cat = &loaded.catalog;
    let mut report = Report::default();

    write(BASE, shared.as_bytes())?;
    let pages = Page::all(cat);
    let painter = image::Painter::new(fonts)?;
    for (lang, own_texts, loaded) in &editions {
        let lang = *lang;
        if let (Some(path), Some(texts)) = (texts_path(lang), own_texts) {
            write(&path, texts.as_bytes())?;
        }
        let cat = &loaded.catalog;
        let texts = Texts::compiled(lang);
        let links = root.clone().in_lang(lang);
        let embed = links.clone().embedded();
        for page in &pages {
            let html = render(&shell, loaded, &links, &texts, Target::Page(page));
            report.bytes += html.len();
            report.pages += 1;
            write(
                &format!("{}/{}", lang.prefix(), page.file()),
                html.as_bytes(),
            )?;
            // The same view for other sites' frames, at /embed/<path>.
            let html = render(&shell, loaded, &embed, &texts, Target::Page(page));
            report.embeds += 1;
            report.bytes += html.len();
            write(
                &format!("{}/embed/{}", lang.prefix(), page.file()),
                html.as_bytes(),
            )?;
        }
        for r in &cat.data.rounds {
            let png = painter.png(&image::round_svg(cat, r, &texts))?;
            write(&image_path(lang, Some(r.number)), &png)?;
            report.images += 1;
        }
        let png = painter.png(&image::site_svg(cat, &texts))?;
        write(&image_path(lang, None), &png)?;
        report.images += 1;
    }
    // The host answers every unknown address with this one page; the browser
    // redraws it in the edition the address names.
    let english = Texts::english();
    // English (`Lang::ALL` lists it first), as the shell preloads no texts.
    let (_, _, in_english) = &editions[0];
    let not_found = render(&shell, in_english, &root, &english, Target::NotFound);
    write("404.html", not_found.as_bytes())?;

    write(
        "sitemap.xml",
        sitemap::sitemap(&pages, &root, &date).as_bytes(),
    )?;
    write("robots.txt", sitemap::robots(&root).as_bytes())?;
    // Data beside the pages, the package, the versions and their feed.
    let data_files = datafiles::write(dist, &loaded, &root)?;
    report.data_files = data_files.len();
    let mut rules = headers::headers(&pages, &root);
    rules.push_str(&headers::data_files(&data_files, &root));
    write("_headers", rules.as_bytes())?;
    // Last: the service worker lists and hashes what is now in `dist`.
    offline::write(dist, base)?;
    Ok(report)
}
