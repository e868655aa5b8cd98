//! The frame every profile page shares: read the id from the path, name the
//! tab after the record, and show the record or say it is not in the dataset.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::missing::Missing;
use crate::data::catalog::Catalog;
use crate::store::Store;

/// One kind of profile (faction, person, source, document).
pub struct Profile<T: 'static> {
    /// "faction", "person", …: used in the not-found message.
    pub what: &'static str,
    /// The page listing every record of this kind, offered when one is missing.
    pub list: &'static str,
    pub find: for<'a> fn(&'a Catalog, &str) -> Option<&'a T>,
}

/// A profile page at `…/:id`: `render` draws the record once found, and again
/// whenever the dataset or the id changes.
pub fn profile_page<T: Clone + 'static>(
    profile: Profile<T>,
    render: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let store = Store::use_store();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let Profile { what, list, find } = profile;
    move || {
        let data = store.data.get();
        match find(&data.catalog, &id()).cloned() {
            Some(record) => render(record),
            None => view! { <Missing what=what id=id() list=list/> }.into_any(),
        }
    }
}
