//! The view state read from, and written to, the address bar.
//!
//! The URL is the single source of truth: pages derive what they show from
//! [`UrlState::state`] and change the view only by navigating to a new URL.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::query::axis::DayRange;
use crate::query::state::{Filter, Notice, ViewState};
use crate::site::use_started;
use crate::store::Store;

/// The view state and the parts of it that pages read separately: each memo
/// changes only when its own part of the address does, so a change of sort
/// order does not redraw every link that carries the filters.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The view state, with ids unknown to the shown dataset dropped.
    pub state: Memo<ViewState>,
    /// What the link contained that was not understood.
    pub notices: Memo<Vec<Notice>>,
    /// The filters alone.
    pub filter: Memo<Filter>,
    /// The period the timeline shows (`range`), which the axis moves often.
    pub range: Memo<Option<DayRange>>,
    /// What links to other pages carry along: the filters and the dataset.
    pub carried: Memo<ViewState>,
}

/// The view state of the current address (provided once, by the app shell).
pub fn use_url() -> UrlState {
    expect_context::<UrlState>()
}

/// The address's query string, once the app has started: before that (at build
/// time, and while the browser adopts the built page) every page is drawn as
/// its address without a query string, exactly as it was built.
fn use_search() -> Memo<String> {
    let location = use_location();
    let started = use_started();
    Memo::new(move |_| {
        if started.get() {
            location.search.get()
        } else {
            String::new()
        }
    })
}

/// Builds the view state from the router's location; call once, inside the router.
pub fn use_url_state() -> UrlState {
    let search = use_search();
    let store = Store::use_store();
    let parsed = Memo::new(move |_| {
        let (raw, mut notices) = search.with(|q| ViewState::from_query(q));
        let (state, more) = raw.resolve(&store.data.get().catalog);
        notices.extend(more);
        (state, notices)
    });
    let state = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    UrlState {
        state,
        notices: Memo::new(move |_| parsed.with(|p| p.1.clone())),
        filter: Memo::new(move |_| state.with(|s| s.filter.clone())),
        range: Memo::new(move |_| state.with(|s| s.range)),
        carried: Memo::new(move |_| state.with(ViewState::carried)),
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

/// The address of the dataset the link names (its `data` parameter). Read
/// from the raw query: the resolved state depends on the dataset itself.
pub fn use_dataset_address() -> Memo<Option<String>> {
    let search = use_search();
    Memo::new(move |_| search.with(|q| ViewState::from_query(q).0.data))
}
