//! Component tests in headless Chromium (wasm-bindgen-test): the app is
//! mounted into the test page and driven through the DOM, as a user would.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use vienna_process_explorer::app::App;
use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::i18n::{Lang, Texts};
use vienna_process_explorer::query::links::Links;
use vienna_process_explorer::store::{Loaded, Origin};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits for `ms` milliseconds (a turn of the browser's event loop).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn text(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn attr(selector: &str, name: &str) -> Option<String> {
    document()
        .query_selector(selector)
        .unwrap()?
        .get_attribute(name)
}

/// Mounts the whole app at `path` in edition `lang` (an embed when `embed`),
/// and waits until `ready` holds. Returns the mounted app (its container, through
/// `Deref`), unmounted when dropped. An app left by
/// an earlier test (one that failed before removing it) is removed first, so
/// each test's queries see only its own app and one failure stays one.
async fn mount_at(path: &str, lang: Lang, embed: bool, ready: &str) -> Mounted {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    while let Some(old) = document().query_selector(".app-under-test").unwrap() {
        old.remove();
    }
    // A container of its own: the runner reports through elements of the body.
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    host.set_class_name("app-under-test");
    document().body().unwrap().append_child(&host).unwrap();
    let data = Arc::new(Loaded::new(
        embedded().expect("embedded dataset"),
        Origin::Embedded,
    ));
    // Drawn afresh (not hydrated), so the address counts from the start.
    let started = RwSignal::new(true);
    let links = match embed {
        true => Links::new("/").in_lang(lang).embedded(),
        false => Links::new("/").in_lang(lang),
    };
    // The browser fetches an edition's catalog; here it is read at compile time.
    let texts = match lang {
        Lang::En => Texts::english(),
        Lang::Fa => Texts::new(lang, include_str!("../public/i18n/fa-AF.ftl")).unwrap(),
        Lang::Ps => Texts::new(lang, include_str!("../public/i18n/ps-AF.ftl")).unwrap(),
    };
    let container = host.clone();
    let handle = leptos::mount::mount_to(host, move || {
        view! { <App data links texts started/> }
    });
    let app = Mounted {
        host: container,
        handle: Some(Box::new(handle)),
    };
    until(ready, || !text(ready).is_empty()).await;
    app
}

/// A mounted app and its container. Dropped at the end of a test: the app is
/// unmounted (its reactive owner, and with it the router's listeners, goes
/// away, so later tests' address changes reach only their own app), then its
/// container is removed.
struct Mounted {
    host: web_sys::HtmlElement,
    /// leptos' `UnmountHandle`, which unmounts when dropped.
    handle: Option<Box<dyn std::any::Any>>,
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &web_sys::HtmlElement {
        &self.host
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.host.remove();
    }
}

/// The English app at its home, the timeline.
async fn mount() -> Mounted {
    mount_at("/", Lang::En, false, "#timeline-items").await
}

/// Waits until `ready()` holds, checking every 10 ms; fails after 5 s.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting until {what}");
}

#[wasm_bindgen_test]
async fn shell_timeline_and_a_filter_click() {
    let app = mount().await;
    let data = embedded().expect("embedded dataset is valid");

    // The shell: product name, main navigation with every section.
    assert!(text("header").contains("Vienna Process Explorer"));
    let nav = text("nav[aria-label=Main]");
    for section in [
        "Timeline", "Matrix", "Factions", "People", "Sources", "About",
    ] {
        assert!(nav.contains(section), "navigation lacks {section}: {nav}");
    }

    // The home page is the timeline with every round and event.
    assert_eq!(text("main h1"), "Timeline of the Vienna Process");
    let all = data.rounds.len() + data.events.len();
    assert_eq!(attr("#timeline-items", "data-count"), Some(all.to_string()));
    for r in &data.rounds {
        assert!(
            text("#timeline-items").contains(&r.name),
            "round {} ({}) is not listed",
            r.number,
            r.name
        );
    }

    // Ticking "Vienna Process round" writes the URL and leaves only the rounds.
    let checkbox: web_sys::HtmlInputElement = document()
        .query_selector("form#filters input[name=kind][value=round]")
        .unwrap()
        .expect("kind=round checkbox")
        .dyn_into()
        .unwrap();
    checkbox.click();
    let search = || web_sys::window().unwrap().location().search().unwrap();
    until("the address holds the filter", || search() == "?kind=round").await;
    let rounds = data.rounds.len().to_string();
    until("only the rounds are listed", || {
        attr("#timeline-items", "data-count").as_deref() == Some(rounds.as_str())
    })
    .await;
    assert!(checkbox.checked());
    assert!(text("#timeline-items").contains(&data.rounds[0].name));
    let first_event = &data.events[0].title;
    assert!(
        !text("#timeline-items").contains(first_event.as_str()),
        "event {first_event} should be filtered out"
    );
    drop(app);
}

#[wasm_bindgen_test]
async fn the_dari_edition_is_right_to_left_in_its_words_and_digits() {
    let app = mount_at("/fa/rounds/3", Lang::Fa, false, "main h1").await;
    let root = document().document_element().unwrap();
    until("<html lang> is the edition's", || {
        root.get_attribute("lang").as_deref() == Some("fa-AF")
    })
    .await;
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    let heading = text("main h1");
    assert!(heading.starts_with("دور ۳"), "{heading}");
    let nav = text("nav[aria-label]");
    assert!(nav.contains("جدول زمانی"), "{nav}");
    // 3-5 December 2023 is 12-14 Qaws 1402, written with Persian digits.
    assert!(text("main").contains("۱۲–۱۴ قوس ۱۴۰۲"), "{}", text("main"));
    // The round's name is in the edition's script; English on the page (the
    // originals of translated texts, the sources' names) is marked as English.
    assert!(
        !heading.chars().any(|c| c.is_ascii_alphabetic()),
        "{heading}"
    );
    let marked = document().query_selector("main [lang=en]").unwrap();
    assert!(marked.is_some(), "no English run is marked");
    drop(app);
}

#[wasm_bindgen_test]
async fn an_embed_shows_the_view_without_the_site_chrome_and_links_out_to_it() {
    let app = mount_at("/embed/rounds/2?faction=nrf", Lang::En, true, "main h1").await;
    assert!(
        text("main h1").starts_with("Round 2:"),
        "{}",
        text("main h1")
    );
    assert!(document().query_selector(".site-header").unwrap().is_none());
    assert!(document().query_selector(".site-footer").unwrap().is_none());
    let out = document()
        .query_selector("a.embed-open")
        .unwrap()
        .expect("the way to the full site");
    until("the link carries the view", || {
        out.get_attribute("href").as_deref() == Some("/rounds/2?faction=nrf")
    })
    .await;
    assert_eq!(out.get_attribute("target").as_deref(), Some("_top"));
    // Links inside stay inside the embed.
    let next = attr("nav.pager a[rel=next]", "href").unwrap_or_default();
    assert!(next.starts_with("/embed/rounds/3"), "{next}");
    drop(app);
}

/// Every link and tooltip drawn inside a picture (the time axis, the chart,
/// the round strip) is an SVG element when the app draws it in the browser,
/// not only when the browser parses the prerendered page: an HTML `<a>` or
/// `<title>` inside an `<svg>` is neither shown, nor clickable, nor read.
#[wasm_bindgen_test]
async fn links_and_tooltips_in_pictures_are_svg_elements() {
    const SVG: &str = "http://www.w3.org/2000/svg";
    for (path, ready) in [("/", "#time-axis"), ("/rounds/3", "nav.round-strip")] {
        let app = mount_at(path, Lang::En, false, ready).await;
        let inside = document().query_selector_all("svg a, svg title").unwrap();
        assert!(
            inside.length() > 0,
            "{path}: no link or tooltip in a picture"
        );
        let not_svg: Vec<String> = (0..inside.length())
            .filter_map(|i| inside.get(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(|el| el.namespace_uri().as_deref() != Some(SVG))
            .map(|el| {
                let parent = el.parent_element().and_then(|p| p.get_attribute("class"));
                format!("<{}> in {parent:?}", el.local_name())
            })
            .collect();
        assert!(not_svg.is_empty(), "{path}: not SVG: {not_svg:?}");
        drop(app);
    }
}
