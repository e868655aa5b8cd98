//! What every page and component needs to know about the site: where its
//! addresses point (base path and origin), and whether the app has taken over
//! the page in a browser yet. Provided once by [`crate::app::App`].

use leptos::prelude::*;

use leptos_router::hooks::use_location;

use crate::i18n::Texts;
use crate::query::links::Links;
use crate::query::pages::Page;

/// The link builder for this site's base path and origin.
pub fn use_links() -> &'static Links {
    expect_context::<&'static Links>()
}

/// Whether the app runs in the browser with the page's full address.
///
/// False while a page is rendered at build time and while the browser adopts
/// that HTML (hydration): both must draw the page as it is without a query
/// string, or the two trees would differ. The start-up code sets it right
/// after, and views that depend on the query string update from there.
#[derive(Clone, Copy)]
pub struct Started(pub RwSignal<bool>);

pub fn use_started() -> RwSignal<bool> {
    expect_context::<Started>().0
}

/// The page the address names, if any (`None` for an unknown path).
pub fn use_page() -> Memo<Option<Page>> {
    let links = use_links();
    let location = use_location();
    Memo::new(move |_| location.pathname.with(|p| Page::from_path(links.strip(p))))
}

/// The interface's words in this page's edition.
pub fn use_texts() -> &'static Texts {
    expect_context::<&'static Texts>()
}
