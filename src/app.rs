//! The application shell: start-up, the router, header and navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::dataset_banner::DatasetBanner;
use crate::query::links::Links;
use crate::routes;
use crate::store::Store;
use crate::url_state::DatasetFromUrl;

/// Mounts the app on `<body>`. A panic shows a readable message, not a blank page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(&format!(
            "The explorer stopped because of an internal error: {info}"
        ));
    }));
    remove_boot_placeholder();
    leptos::mount::mount_to_body(App);
}

/// index.html shows a static "Loading" block while the wasm downloads; the app
/// takes over the page from here.
fn remove_boot_placeholder() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        el.remove();
    }
}

/// Replaces the page with a plain message (used when the app cannot continue).
fn show_fatal(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    // Built with DOM nodes, never as HTML: the message may contain data.
    body.set_text_content(None);
    if let Ok(main) = doc.create_element("main") {
        let _ = main.set_attribute("id", "main");
        let _ = main.set_attribute("class", "fatal");
        if let Ok(h1) = doc.create_element("h1") {
            h1.set_text_content(Some("Something went wrong"));
            let _ = main.append_child(&h1);
        }
        if let Ok(p) = doc.create_element("p") {
            p.set_text_content(Some(message));
            let _ = main.append_child(&p);
        }
        if let Ok(p) = doc.create_element("p") {
            p.set_text_content(Some("Reload the page to try again. If it happens again, the address you opened may be the cause: try the home page."));
            let _ = main.append_child(&p);
        }
        let _ = body.append_child(&main);
    }
}

/// The path the site is served under, read from `<base href>` that Trunk's
/// `--public-url` writes: "" at the root, "/vienna" under a prefix.
pub fn public_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|u| web_sys::Url::new(&u).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    Links::new(&href).base().to_string()
}

#[component]
pub fn App() -> impl IntoView {
    let store = match Store::new() {
        Ok(s) => s,
        Err(e) => {
            return view! {
                <main id="main" class="fatal">
                    <h1>"The embedded dataset could not be read"</h1>
                    <p>{e.to_string()}</p>
                </main>
            }
            .into_any()
        }
    };
    provide_context(store);
    let base = public_base();
    // One per page load, for the app's lifetime: a plain reference that every closure can copy.
    let links: &'static Links = Box::leak(Box::new(Links::new(&base)));
    provide_context(links);
    view! {
        <Router base=base>
            <Shell/>
        </Router>
    }
    .into_any()
}

/// Everything inside the router: the URL state is built once here and shared.
#[component]
fn Shell() -> impl IntoView {
    provide_context(crate::url_state::use_url_state());
    view! {
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

/// The sections of the site, in navigation order: (label, path).
pub const SECTIONS: [(&str, &str); 6] = [
    ("Timeline", "/timeline"),
    ("Matrix", "/matrix"),
    ("Factions", "/factions"),
    ("People", "/people"),
    ("Sources", "/sources"),
    ("About", "/about"),
];

#[component]
fn Header() -> impl IntoView {
    let links = use_links();
    let location = leptos_router::hooks::use_location();
    let url = crate::url_state::use_url();
    let current = move || -> String {
        let path = location.pathname.get();
        let path = links.strip(&path).to_string();
        if path == "/" {
            "/timeline".to_string()
        } else {
            path
        }
    };
    let items = SECTIONS
        .iter()
        .map(|&(label, path)| {
            let is_current = move || {
                let c = current();
                c == path
                    || c.starts_with(&format!("{path}/"))
                    || (path == "/timeline" && c.starts_with("/rounds/"))
            };
            // Filters and the loaded dataset travel with the navigation.
            let href = move || links.with(path, &url.state.get().carried());
            view! {
                <li>
                    <a href=href aria-current=move || is_current().then_some("page")>{label}</a>
                </li>
            }
        })
        .collect_view();
    let home = {
        let links = use_links();
        move || links.with("/", &url.state.get().carried())
    };
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

/// The link builder for this site's base path.
pub fn use_links() -> &'static Links {
    expect_context::<&'static Links>()
}
