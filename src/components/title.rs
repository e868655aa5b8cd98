//! The document title per page, so tabs, history and shared links are named.

use leptos::prelude::*;

/// Sets `document.title` to "<title> · Vienna Process Explorer" while the page is shown.
pub fn use_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let t = title();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{t} · Vienna Process Explorer"));
        }
    });
}
