//! Build-time rendering (feature `ssr`): every route of the app's router has
//! built pages, and a built page holds its facts and its head without JavaScript.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

use std::collections::BTreeSet;
use std::sync::Arc;

use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::i18n::Texts;
use vienna_process_explorer::prerender::{render, route_patterns, Shell, Target};
use vienna_process_explorer::query::head::dates_of;
use vienna_process_explorer::query::links::Links;
use vienna_process_explorer::query::pages::Page;
use vienna_process_explorer::store::{Loaded, Origin};

const INDEX: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Shell</title><link rel=\"preload\" href=\"data/edition/base.json\" as=\"fetch\"><!--HEAD--><!--/HEAD--></head><body></body></html>";

/// The built HTML without the `<!>` markers hydration uses between text runs.
fn unmarked(html: String) -> String {
    html.replace("<!>", "")
}

/// A page built into the test shell, without the hydration markers.
fn built(data: &Arc<Loaded>, links: &Links, texts: &Texts, target: Target) -> String {
    let shell = Shell::parse(INDEX, "https://example.org").unwrap();
    unmarked(render(&shell, data, links, texts, target))
}

fn loaded() -> Arc<Loaded> {
    Arc::new(Loaded::new(embedded().unwrap(), Origin::Embedded))
}

fn links() -> Links {
    Links::new("/vienna/").at_origin("https://example.org")
}

/// `/rounds/:n` matches `/rounds/3`; `/factions` matches `/factions/`.
fn matches(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let q: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| a.starts_with(':') || a == b)
}

#[test]
fn every_route_of_the_router_is_built() {
    let data = loaded();
    let patterns = route_patterns(&data, &Links::new("/"));
    assert!(
        patterns.len() >= 13,
        "routes read from the router: {patterns:?}"
    );
    let pages = Page::all(&data.catalog);
    for pattern in &patterns {
        assert!(
            pages.iter().any(|p| matches(pattern, &p.path())),
            "the route {pattern} has no page in Page::all: add its pages, or the host answers 404"
        );
    }
    // And no built page is one the router does not know.
    for page in &pages {
        assert!(
            patterns.iter().any(|pat| matches(pat, &page.path())),
            "{page:?} is built but no route draws it"
        );
    }
}

#[test]
fn a_round_page_reads_without_javascript() {
    let data = loaded();
    let r = data.catalog.round(3).unwrap().clone();
    let html = built(
        &data,
        &links(),
        &Texts::english(),
        Target::Page(&Page::Round(3)),
    );
    // The facts are in the HTML itself.
    assert!(html.contains(&format!("Round 3: {}", r.name)), "title");
    assert!(html.contains(&dates_of(&Texts::english(), &r)), "dates");
    for v in &r.venues {
        assert!(html.contains(&v.name), "venue {}", v.name);
    }
    // Its own head, once each.
    let title = format!(
        "<title>Round 3: {} · Vienna Process Explorer</title>",
        r.name
    );
    let head = html.split("</head>").next().unwrap_or_default();
    assert_eq!(html.matches(&title).count(), 1, "{html}");
    assert_eq!(head.matches("<title>").count(), 1);
    assert!(html.contains("<link href=\"https://example.org/vienna/rounds/3\" rel=\"canonical\">"));
    assert!(html
        .contains("property=\"og:image\" content=\"https://example.org/vienna/og/round-3.png\""));
    assert!(html.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Event\""));
    // Drawn for its address, so the browser adopts it instead of redrawing.
    assert!(html.contains("<body data-page=\"/rounds/3\" data-site=\"https://example.org\">"));
}

#[test]
fn every_page_renders_its_own_content_not_the_fallback() {
    let data = loaded();
    let mut titles = BTreeSet::new();
    for page in Page::all(&data.catalog) {
        let html = built(&data, &links(), &Texts::english(), Target::Page(&page));
        assert!(
            !html.contains("Page not found"),
            "{page:?} fell back to not-found"
        );
        assert!(
            !html.contains("not found</h1>"),
            "{page:?} shows a missing record"
        );
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or_default()
            .to_string();
        if page != Page::Timeline {
            assert!(
                titles.insert(title.clone()),
                "{page:?}: title {title} twice"
            );
        }
    }
}

#[test]
fn the_not_found_page_is_never_adopted_as_a_real_page() {
    let data = loaded();
    let html = built(&data, &links(), &Texts::english(), Target::NotFound);
    assert!(html.contains("<h1>Page not found</h1>"));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(html.contains("data-page=\"404\""));
}

#[test]
fn data_is_escaped_in_the_built_page() {
    let mut d = embedded().unwrap();
    d.rounds[0].name = "</title><script>alert(1)</script>".into();
    d.rounds[0].headline = "\"><img src=x onerror=alert(1)>".into();
    let data = Arc::new(Loaded::new(d, Origin::Embedded));
    let html = built(
        &data,
        &links(),
        &Texts::english(),
        Target::Page(&Page::Round(1)),
    );
    assert!(!html.contains("<script>alert(1)"), "script injected");
    assert!(!html.contains("<img src=x"), "markup injected");
}

#[test]
fn a_name_a_source_writes_in_dari_is_shown_in_its_script_in_every_edition() {
    let mut d = embedded().unwrap();
    let id = d.factions[0].id.clone();
    let cite = vienna_process_explorer::data::model::Cite {
        source: d.sources[0].id.clone(),
        para: None,
    };
    d.factions[0]
        .aliases
        .push(vienna_process_explorer::data::model::Name {
            name: "جبهه مقاومت ملی".into(),
            lang: Some("fa-AF".into()),
            cites: vec![cite],
            inferred: false,
        });
    let data = Arc::new(Loaded::new(d, Origin::Embedded));
    for lang in vienna_process_explorer::i18n::Lang::ALL {
        let html = built(
            &data,
            &links().in_lang(lang),
            &Texts::compiled(lang),
            Target::Page(&Page::Faction(id.clone())),
        );
        assert!(
            html.contains("<span lang=\"fa-AF\" dir=\"rtl\">جبهه مقاومت ملی</span>"),
            "{lang:?}"
        );
    }
}
