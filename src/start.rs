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
use crate::data::validate::parse_and_validate;
use crate::query::links::Links;
use crate::query::pages::Page;
use crate::store::{fetch_text, Loaded, Origin};

/// Where the site publishes its dataset, relative to the base path.
pub const DATASET_PATH: &str = "/data/vienna-process.json";

/// Mounts the app. A panic shows a readable message, not a blank page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_problem(&format!(
            "The explorer stopped because of an internal error: {info}"
        ));
    }));
    wasm_bindgen_futures::spawn_local(async {
        let links = Links::new(&public_base()).at_origin(&site_origin());
        // The page preloads this file, so it usually arrives with the wasm.
        let loaded = match fetch_text(&links.path(DATASET_PATH)).await {
            Ok(text) => match parse_and_validate(&text) {
                Ok(data) => Loaded::new(data, Origin::Embedded),
                Err(e) => return show_problem(&format!("The site's dataset is invalid: {e}")),
            },
            Err(e) => return show_problem(&format!("The site's dataset could not be loaded: {e}")),
        };
        let data = Arc::new(loaded);
        let started = RwSignal::new(false);
        if built_for_this_address(&links) {
            leptos::mount::hydrate_body(move || view! { <App data links started/> });
        } else {
            clear_built_page();
            started.set(true);
            leptos::mount::mount_to_body(move || view! { <App data links started/> });
        }
        // From here the query string counts: filtered views update in place.
        started.set(true);
        mark("app-started");
    });
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
    for (tag, text) in [
        ("h2", "The interactive explorer could not start"),
        ("p", message),
        (
            "p",
            "What the page shows may still be read. Reload the page to try again; if it happens again, open the home page.",
        ),
    ] {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = section.append_child(&el);
        }
    }
    if let Ok(el) = section.dyn_into::<web_sys::HtmlElement>() {
        let _ = body.insert_before(&el, body.first_child().as_ref());
    }
}
