//! Start-up in the browser: load the site's dataset, then take over the page.
//!
//! Every page was rendered to HTML at build time by the same components
//! (`prerender`). When the page in the browser is the one that was built for
//! this address, the app *hydrates* it: it adopts the existing DOM and attaches
//! its event handlers and reactive updates, so nothing is redrawn and nothing
//! moves. Any other page (the host's 404.html, which answers every unknown
//! address, or the bare index.html of `trunk serve`) is drawn afresh.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::App;
use crate::data::edition::{read, texts_path, BASE};
use crate::i18n::messages::Arg;
use crate::i18n::{Lang, Texts};
use crate::query::datafiles::DATASET;
use crate::query::links::Links;
use crate::query::pages::Page;
use crate::store::{fetch_text, Expect, LoadProblem, Loaded, Origin};

/// Where this edition's dataset is read from: in a release build the shared
/// base and the edition's own texts (`data::edition`), which `prerender`
/// writes; the development server (`trunk serve`) copies `public/` only, so
/// there the whole dataset, with nothing to add.
fn dataset_paths(lang: Lang) -> (String, Option<String>) {
    match cfg!(debug_assertions) {
        true => (DATASET.to_string(), None),
        false => (BASE.to_string(), texts_path(lang)),
    }
}

/// Where an edition's catalog is published, relative to the base path.
pub fn catalog_path(lang: Lang) -> String {
    format!("/i18n/{}.ftl", lang.code())
}

/// Mounts the app. A panic shows a readable message, not a blank page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_problem(&Texts::english().f("start-panic", &[("why", Arg::Text(&info.to_string()))]));
    }));
    wasm_bindgen_futures::spawn_local(async {
        let links = Links::new(&public_base()).at_origin(&site_origin());
        let here = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let lang = links.lang_of(&here);
        let links = match links.embed_of(&here) {
            true => links.in_lang(lang).embedded(),
            false => links.in_lang(lang),
        };
        let english = Texts::english();
        // The page preloads the dataset (the base, and its edition's texts and
        // catalog), so they usually arrive with the wasm; all are requested at once.
        let (base, own_texts) = dataset_paths(lang);
        let dataset = async {
            let texts = async {
                match &own_texts {
                    Some(path) => fetch_text(&links.asset(path), Expect::Dataset)
                        .await
                        .map(Some),
                    None => Ok(None),
                }
            };
            let (base, texts) =
                futures::future::join(fetch_text(&links.asset(&base), Expect::Dataset), texts)
                    .await;
            Ok::<_, LoadProblem>((base?, texts?))
        };
        let catalog = async {
            match lang {
                Lang::En => Ok(english.clone()),
                other => fetch_text(&links.asset(&catalog_path(other)), Expect::Catalog)
                    .await
                    .map_err(|e| e.message(&english))
                    .and_then(|t| Texts::new(other, &t)),
            }
        };
        let (dataset, texts) = futures::future::join(dataset, catalog).await;
        let texts = match texts {
            Ok(t) => t,
            Err(e) => {
                return show_problem(&english.f("start-no-catalog", &[("why", Arg::Text(&e))]))
            }
        };
        let loaded = match dataset {
            Ok((base, own)) => match read(&base, own.as_deref()) {
                Ok(data) => Loaded::new(data, Origin::Embedded),
                Err(why) => {
                    return show_problem(&texts.f("start-invalid", &[("why", Arg::Text(&why))]));
                }
            },
            Err(e) => {
                let why = e.message(&texts);
                return show_problem(&texts.f("start-no-dataset", &[("why", Arg::Text(&why))]));
            }
        };
        let data = Arc::new(loaded);
        // Start-up runs as three tasks (read the dataset, adopt the page, apply
        // the query string), with the browser free to paint and answer input
        // between them, rather than one long task that blocks a slow phone.
        next_task().await;
        let started = RwSignal::new(false);
        // What the reader set in the filter form while the app was loading:
        // adopting the page resets the form to its link, so read it first.
        let early = early_form_query();
        if built_for_this_address(&links) {
            leptos::mount::hydrate_body(move || view! { <App data links texts started early/> });
        } else {
            clear_built_page();
            started.set(true);
            leptos::mount::mount_to_body(move || view! { <App data links texts started early/> });
        }
        // From here the query string counts: filtered views update in place.
        next_task().await;
        started.set(true);
        mark("app-started");
    });
}

/// Resolves in a new task of the event loop (a zero timeout), so that work
/// after it does not extend the task that is running.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let timer = web_sys::window().and_then(|w| w.set_timeout_with_callback(&resolve).ok());
        if timer.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The path the site is served under, read from `<base href>` that Trunk's
/// `--public-url` writes: "" at the root, "/vienna" under a prefix.
fn public_base() -> String {
    let href = document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|u| web_sys::Url::new(&u).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    Links::new(&href).base().to_string()
}

/// The origin the site is published at: the build writes it on `<body data-site>`;
/// without it (the development server) the page's own origin.
fn site_origin() -> String {
    document()
        .and_then(|d| d.body())
        .and_then(|b| b.get_attribute("data-site"))
        .or_else(|| web_sys::window().and_then(|w| w.location().origin().ok()))
        .unwrap_or_default()
}

/// Whether the HTML in the page was built for the address in the address bar
/// (`<body data-page>` holds the address the build drew it for).
fn built_for_this_address(links: &Links) -> bool {
    let Some(built) = document()
        .and_then(|d| d.body())
        .and_then(|b| b.get_attribute("data-page"))
    else {
        return false;
    };
    let here = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let here = Page::from_path(links.strip(&here));
    here.is_some() && here == Page::from_path(&built)
}

/// Removes what the build drew (the body, and the page's tags in `<head>`
/// between the `HEAD` markers) before the app draws the page afresh.
fn clear_built_page() {
    let Some(doc) = document() else { return };
    if let Some(body) = doc.body() {
        body.set_text_content(None);
    }
    let Some(head) = doc.head() else { return };
    let mut inside = false;
    let mut node = head.first_child();
    while let Some(n) = node {
        node = n.next_sibling();
        if n.node_type() == web_sys::Node::COMMENT_NODE {
            match n.text_content().as_deref() {
                Some("HEAD") => inside = true,
                Some("/HEAD") => inside = false,
                _ => {}
            }
            continue;
        }
        if inside {
            let _ = head.remove_child(&n);
        }
    }
}

/// The filter form's fields as the form would send them (`ethnicity=hazara`,
/// `q=…`): ticked boxes, chosen years, typed text.
fn early_form_query() -> Vec<(String, String)> {
    let Some(fields) = document()
        .and_then(|d| d.get_element_by_id("filters"))
        .and_then(|form| form.query_selector_all("input, select").ok())
    else {
        return Vec::new();
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for i in 0..fields.length() {
        let Some(node) = fields.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
            let kind = input.type_();
            let counts = match kind.as_str() {
                "checkbox" | "radio" => input.checked(),
                _ => !input.value().is_empty(),
            };
            if counts && !input.name().is_empty() {
                pairs.push((input.name(), input.value()));
            }
        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
            if !select.value().is_empty() && !select.name().is_empty() {
                pairs.push((select.name(), select.value()));
            }
        }
    }
    pairs
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Shows a message at the top of the page, as text. The page the build drew
/// stays readable below it.
fn show_problem(message: &str) {
    let Some(doc) = document() else { return };
    let Some(body) = doc.body() else { return };
    let Ok(section) = doc.create_element("div") else {
        return;
    };
    let _ = section.set_attribute("class", "fatal");
    let _ = section.set_attribute("role", "alert");
    let english = Texts::english();
    for (tag, text) in [
        ("h2", english.t("start-failed")),
        ("p", message.to_string()),
        ("p", english.t("start-failed-hint")),
    ] {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(&text));
            let _ = section.append_child(&el);
        }
    }
    if let Ok(el) = section.dyn_into::<web_sys::HtmlElement>() {
        let _ = body.insert_before(&el, body.first_child().as_ref());
    }
}
