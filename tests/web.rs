//! Component tests in headless Chromium (wasm-bindgen-test): the app is
//! mounted into the test page and driven through the DOM, as a user would.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use vienna_process_explorer::app::App;
use vienna_process_explorer::data::embedded::embedded;
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

/// Mounts the whole app at the test page's address (the timeline, its home).
async fn mount() {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
    // A container of its own: the runner reports through elements of the body.
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let data = Arc::new(Loaded::new(
        embedded().expect("embedded dataset"),
        Origin::Embedded,
    ));
    // Drawn afresh (not hydrated), so the address counts from the start.
    let started = RwSignal::new(true);
    let links = Links::new("/");
    // The mount lives for the rest of the test page.
    std::mem::forget(leptos::mount::mount_to(host, move || {
        view! { <App data links started/> }
    }));
    until("the timeline is drawn", || {
        !text("#timeline-items").is_empty()
    })
    .await;
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
    mount().await;
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
}
