//! The view state read from, and written to, the address bar.
//!
//! The URL is the single source of truth: pages derive what they show from
//! [`UrlState::state`] and change the view only by navigating to a new URL.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::query::state::{Notice, ViewState};
use crate::store::{Origin, Store};

#[derive(Clone, Copy)]
pub struct UrlState {
    /// The view state, with ids unknown to the shown dataset dropped.
    pub state: Memo<ViewState>,
    /// What the link contained that was not understood.
    pub notices: Memo<Vec<Notice>>,
}

/// The view state of the current address (provided once, by the app shell).
pub fn use_url() -> UrlState {
    expect_context::<UrlState>()
}

/// Builds the view state from the router's location; call once, inside the router.
pub fn use_url_state() -> UrlState {
    let location = use_location();
    let store = Store::use_store();
    let parsed = Memo::new(move |_| {
        let (raw, mut notices) = ViewState::from_query(&location.search.get());
        let (state, more) = raw.resolve(&store.data.get().catalog);
        notices.extend(more);
        (state, notices)
    });
    UrlState {
        state: Memo::new(move |_| parsed.get().0),
        notices: Memo::new(move |_| parsed.get().1),
    }
}

/// A callback that navigates to the current page with another view state.
/// `replace` keeps the history short while typing; choices that users step
/// back through push. Made in the component, called from event handlers.
pub fn view_setter() -> impl Fn(ViewState, bool) + Clone + 'static {
    let location = use_location();
    let navigate = use_navigate();
    move |state: ViewState, replace: bool| {
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}{}", state.search()),
            NavigateOptions {
                resolve: false,
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// Loads the dataset named by the link's `data` parameter, and returns to the
/// embedded one when the parameter goes away.
#[component]
pub fn DatasetFromUrl() -> impl IntoView {
    let store = Store::use_store();
    let location = use_location();
    // Read from the raw query: the resolved state depends on the dataset itself.
    let wanted = Memo::new(move |_| ViewState::from_query(&location.search.get()).0.data);
    Effect::new(move |previous: Option<Option<String>>| {
        let now = wanted.get();
        match &now {
            Some(url) => store.load_url(url.clone()),
            None => {
                let was_url = matches!(previous, Some(Some(_)));
                let showing_url = matches!(store.data.get_untracked().origin, Origin::Url(_));
                if was_url || showing_url {
                    store.reset();
                }
            }
        }
        now
    });
}
