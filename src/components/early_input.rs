//! Input a reader gave before the app had started counts once it has.
//!
//! The page reads and works before its wasm arrives, so a reader may tick a
//! filter, type a search, choose a year or press a button first. Ticks, text
//! and years stay in the form's fields: start-up reads them before adopting
//! the page (which resets the form to its link) and they are applied here,
//! once the query string counts. Presses on buttons that need the app
//! (`data-early`) are kept by a few lines of script in the page
//! (`index.html`) and pressed again here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::query::chips::early_filter;
use crate::site::use_started;
use crate::url_state::{use_url, view_setter};

/// The filter form's fields as the reader left them before start-up.
#[derive(Clone, Default)]
pub struct Early(pub Vec<(String, String)>);

#[component]
pub fn EarlyInput() -> impl IntoView {
    let started = use_started();
    let url = use_url();
    let set_view = view_setter();
    let fields = use_context::<Early>().unwrap_or_default().0;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !started.get() {
            return done.unwrap_or(false);
        }
        let early = early_filter(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let mut state = url.state.get_untracked();
        let merged = state.filter.with_early(&early);
        if merged != state.filter {
            state.filter = merged;
            // Replace: the reader's first choice is not a page to step back to.
            set_view(state, true);
        }
        // The buttons' handlers read the address, so press them after it has
        // taken the filters.
        set_timeout(replay_presses, std::time::Duration::ZERO);
        true
    });
}

/// Presses again the buttons pressed before start-up, in order, and tells the
/// page's script that the app now answers by itself.
fn replay_presses() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = js_sys::Reflect::set(&window, &"__vpStarted".into(), &true.into());
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.class_list().remove_1("early-pending");
    }
    let Ok(queue) = js_sys::Reflect::get(&window, &"__vpEarly".into()) else {
        return;
    };
    let Some(queue) = queue.dyn_ref::<js_sys::Array>() else {
        return;
    };
    let pressed: Vec<web_sys::HtmlElement> = queue
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    queue.set_length(0);
    for el in pressed {
        let _ = el.remove_attribute("aria-busy");
        // Only what is still in the page (a press on a page since left does not count).
        if el.is_connected() {
            el.click();
        }
    }
}
