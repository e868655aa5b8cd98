//! The application: its contexts, the router and the shell (header, navigation,
//! footer). The browser (`start`) and the build-time renderer (`prerender`)
//! both draw exactly this tree.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::dataset_banner::DatasetBanner;
use crate::components::embed::{EmbedBar, EmbedCode};
use crate::components::head::PageHead;
use crate::components::language::LanguageSwitcher;
use crate::components::update_notice::UpdateNotice;
use crate::i18n::Texts;
use crate::query::datafiles::DATASET;
use crate::query::links::Links;
use crate::query::pages::Section;
use crate::routes;
use crate::site::{use_links, use_page, use_texts, Started};
use crate::store::{Loaded, Store};
use crate::url_state::use_dataset_address;

/// The whole app for one dataset, in one edition (`texts`), served under
/// `links`' base path. `started` is false while rendering at build time and
/// while hydrating.
#[component]
pub fn App(
    data: Arc<Loaded>,
    links: Links,
    texts: Texts,
    started: RwSignal<bool>,
    /// The filter form's fields as the reader left them before the app started.
    #[prop(optional)]
    early: Vec<(String, String)>,
) -> impl IntoView {
    provide_meta_context();
    provide_context(crate::components::early_input::Early(early));
    provide_context(Started(started));
    // Plain references that every closure can copy: one per distinct value for
    // the program's life (one edition and base in the browser; a few at build
    // time, however many pages are rendered), not one per render.
    static LINKS: Mutex<Vec<&'static Links>> = Mutex::new(Vec::new());
    static TEXTS: Mutex<Vec<&'static Texts>> = Mutex::new(Vec::new());
    let links = interned(&LINKS, links);
    provide_context(links);
    let texts = interned(&TEXTS, texts);
    provide_context(texts);
    view! {
        <Html attr:lang=texts.lang.code() attr:dir=texts.lang.dir()/>
        <Router base=links.base().to_string()>
            <Shell data=data/>
        </Router>
    }
}

/// The `&'static` copy of `value` kept in `pool`: an equal one if the pool
/// has it, else `value`, allocated once and kept there for the program's life.
fn interned<T: PartialEq>(pool: &'static Mutex<Vec<&'static T>>, value: T) -> &'static T {
    let mut pool = pool.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&kept) = pool.iter().find(|kept| ***kept == value) {
        return kept;
    }
    let kept: &'static T = Box::leak(Box::new(value));
    pool.push(kept);
    kept
}

/// Everything inside the router: the URL state is built once here and shared.
#[component]
fn Shell(data: Arc<Loaded>) -> impl IntoView {
    // The dataset shown follows the link's `data` parameter, so it lives inside the router.
    provide_context(Store::new(data, use_dataset_address()));
    provide_context(crate::url_state::use_url_state());
    // An embed shows the view alone, under a bar that leads to the full site.
    let embed = use_links().is_embed();
    view! {
        <PageHead/>
        <crate::components::early_input::EarlyInput/>
        <a class="skip" href="#main">{use_texts().t("skip-to-content")}</a>
        {if embed { view! { <EmbedBar/> }.into_any() } else { view! { <Header/> }.into_any() }}
        <DatasetBanner/>
        <UpdateNotice/>
        // Shown by the page's script while input waits for the app to start.
        <p class="early-note" role="status">{use_texts().t("early-pending")}</p>
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
        {(!embed).then(|| view! { <Footer/> })}
    }
}

#[component]
fn Header() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let url = crate::url_state::use_url();
    let page = use_page();
    let items = Section::ALL
        .iter()
        .map(|&section| {
            let path = section.page().path();
            // Filters and the loaded dataset travel with the navigation.
            let href = move || links.with(&path, &url.carried.get());
            view! {
                <li>
                    <a href=href aria-current=move || page.with(|p| section.current_mark(p.as_ref()))>
                        {texts.t(section.key())}
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
                {texts.t("site-name")}
            </a>
            <nav class="site-nav" aria-label=texts.t("nav-main")>
                <ul>{items}</ul>
            </nav>
            <LanguageSwitcher/>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let data = links.asset(DATASET);
    let disagreements = links.path("/disagreements");
    let about = links.path("/about");
    view! {
        <footer class="site-footer">
            <p>
                {texts.t("footer-cited")}
                " "
                <a href=disagreements>{texts.t("footer-disagreements")}</a>
                " · "
                <a href=data download="vienna-process.json">{texts.t("footer-download")}</a>
                " · "
                <a href=about>{texts.t("footer-about")}</a>
            </p>
            <crate::components::page_data::PageData/>
            <EmbedCode/>
        </footer>
    }
}
