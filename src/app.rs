//! The application: its contexts, the router and the shell (header, navigation,
//! footer). The browser (`start`) and the build-time renderer (`prerender`)
//! both draw exactly this tree.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::dataset_banner::DatasetBanner;
use crate::components::head::PageHead;
use crate::query::links::Links;
use crate::query::pages::{Page, Section};
use crate::routes;
use crate::site::{use_links, Started};
use crate::store::{Loaded, Store};
use crate::url_state::DatasetFromUrl;

/// The whole app for one dataset, served under `links`' base path.
/// `started` is false while rendering at build time and while hydrating.
#[component]
pub fn App(data: Arc<Loaded>, links: Links, started: RwSignal<bool>) -> impl IntoView {
    provide_meta_context();
    provide_context(Store::new(data));
    provide_context(Started(started));
    // One per page load, for the app's lifetime: a plain reference that every closure can copy.
    let links: &'static Links = Box::leak(Box::new(links));
    provide_context(links);
    view! {
        <Router base=links.base().to_string()>
            <Shell/>
        </Router>
    }
}

/// Everything inside the router: the URL state is built once here and shared.
#[component]
fn Shell() -> impl IntoView {
    provide_context(crate::url_state::use_url_state());
    view! {
        <PageHead/>
        <DatasetFromUrl/>
        <a class="skip" href="#main">"Skip to content"</a>
        <Header/>
        <DatasetBanner/>
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <routes::not_found::NotFound/> }>
                <Route path=path!("/") view=routes::timeline::TimelinePage/>
                <Route path=path!("/timeline") view=routes::timeline::TimelinePage/>
                <Route path=path!("/rounds/:n") view=routes::round::RoundPage/>
                <Route path=path!("/matrix") view=routes::matrix::MatrixPage/>
                <Route path=path!("/factions") view=routes::factions::FactionsPage/>
                <Route path=path!("/factions/:id") view=routes::faction::FactionPage/>
                <Route path=path!("/people") view=routes::people::PeoplePage/>
                <Route path=path!("/people/:id") view=routes::person::PersonPage/>
                <Route path=path!("/sources") view=routes::sources::SourcesPage/>
                <Route path=path!("/sources/:id") view=routes::source::SourcePage/>
                <Route path=path!("/disagreements") view=routes::disagreements::DisagreementsPage/>
                <Route path=path!("/documents/:id") view=routes::document::DocumentPage/>
                <Route path=path!("/about") view=routes::about::AboutPage/>
            </Routes>
        </main>
        <Footer/>
    }
}

/// The page the address names, if any (`None` for an unknown path).
pub fn use_page() -> Memo<Option<Page>> {
    let links = use_links();
    let location = use_location();
    Memo::new(move |_| location.pathname.with(|p| Page::from_path(links.strip(p))))
}

#[component]
fn Header() -> impl IntoView {
    let links = use_links();
    let url = crate::url_state::use_url();
    let page = use_page();
    let current = Memo::new(move |_| page.get().map(|p| p.section()));
    let items = Section::ALL
        .iter()
        .map(|&section| {
            let path = section.page().path();
            // Filters and the loaded dataset travel with the navigation.
            let href = move || links.with(&path, &url.carried.get());
            view! {
                <li>
                    <a href=href aria-current=move || (current.get() == Some(section)).then_some("page")>
                        {section.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let home = move || links.with("/", &url.carried.get());
    view! {
        <header class="site-header">
            <a class="brand" href=home>
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Vienna Process Explorer"
            </a>
            <nav aria-label="Main">
                <ul>{items}</ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let links = use_links();
    let data = links.path("/data/vienna-process.json");
    let disagreements = links.path("/disagreements");
    let about = links.path("/about");
    view! {
        <footer class="site-footer">
            <p>
                "Every statement links to its source. "
                <a href=disagreements>"Where sources disagree"</a>
                " · "
                <a href=data download="vienna-process.json">"Download the dataset (JSON)"</a>
                " · "
                <a href=about>"About and method"</a>
            </p>
        </footer>
    }
}
