//! Every page of the site, by address: what the router shows, what the build
//! renders to HTML, and what the sitemap lists all come from this one list.
//!
//! A static host serves `x.html` for `/x`, but a folder wins over a file of the
//! same name (GitHub Pages redirects `/factions` to `/factions/` when a
//! `factions/` folder exists). So a list whose records live below it is the
//! folder's `index.html` and its address ends in `/` (`/factions/`), and a
//! record is a file inside it (`/factions/nrf` is `factions/nrf.html`).

use crate::data::catalog::Catalog;

use super::links::round_number;

/// One page of the site.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// The timeline at the site's root.
    Home,
    /// The same timeline at `/timeline`.
    Timeline,
    Round(u8),
    Matrix,
    Factions,
    Faction(String),
    People,
    Person(String),
    Sources,
    Source(String),
    Document(String),
    Disagreements,
    About,
}

impl Page {
    /// The page's address within the site (without the base path).
    pub fn path(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::Timeline => "/timeline".into(),
            Page::Round(n) => format!("/rounds/{n}"),
            Page::Matrix => "/matrix".into(),
            Page::Factions => "/factions/".into(),
            Page::Faction(id) => format!("/factions/{id}"),
            Page::People => "/people/".into(),
            Page::Person(id) => format!("/people/{id}"),
            Page::Sources => "/sources/".into(),
            Page::Source(id) => format!("/sources/{id}"),
            Page::Document(id) => format!("/documents/{id}"),
            Page::Disagreements => "/disagreements".into(),
            Page::About => "/about".into(),
        }
    }

    /// The file a static host serves for [`Page::path`], relative to the site's folder.
    pub fn file(&self) -> String {
        let path = self.path();
        let trimmed = path.trim_start_matches('/');
        if trimmed.is_empty() || trimmed.ends_with('/') {
            format!("{trimmed}index.html")
        } else {
            format!("{trimmed}.html")
        }
    }

    /// The page at a site path (base already removed). A trailing slash is
    /// accepted on any page, and its absence on lists, as the router does.
    /// Says nothing about whether the record exists: see [`Page::exists`].
    pub fn from_path(path: &str) -> Option<Page> {
        let trimmed = path.trim_matches('/');
        let mut parts = trimmed.split('/');
        let first = parts.next().unwrap_or("");
        let second = parts.next();
        if parts.next().is_some() {
            return None;
        }
        let id = |s: Option<&str>| s.filter(|s| !s.is_empty()).map(str::to_string);
        Some(match (first, second) {
            ("", None) => Page::Home,
            ("timeline", None) => Page::Timeline,
            ("rounds", Some(n)) => Page::Round(round_number(n)?),
            ("matrix", None) => Page::Matrix,
            ("factions", None) => Page::Factions,
            ("factions", s) => Page::Faction(id(s)?),
            ("people", None) => Page::People,
            ("people", s) => Page::Person(id(s)?),
            ("sources", None) => Page::Sources,
            ("sources", s) => Page::Source(id(s)?),
            ("documents", s) => Page::Document(id(s)?),
            ("disagreements", None) => Page::Disagreements,
            ("about", None) => Page::About,
            _ => return None,
        })
    }

    /// Whether the record the page shows is in the dataset.
    pub fn exists(&self, cat: &Catalog) -> bool {
        match self {
            Page::Round(n) => cat.round(*n).is_some(),
            Page::Faction(id) => cat.faction(id).is_some(),
            Page::Person(id) => cat.person(id).is_some(),
            Page::Source(id) => cat.source(id).is_some(),
            Page::Document(id) => cat.document(id).is_some(),
            _ => true,
        }
    }

    /// Every page of the site for this dataset, in sitemap order.
    pub fn all(cat: &Catalog) -> Vec<Page> {
        let d = &cat.data;
        let mut pages = vec![Page::Home, Page::Timeline];
        pages.extend(cat.round_numbers().into_iter().map(Page::Round));
        pages.push(Page::Matrix);
        pages.push(Page::Factions);
        pages.extend(d.factions.iter().map(|f| Page::Faction(f.id.clone())));
        pages.push(Page::People);
        pages.extend(d.people.iter().map(|p| Page::Person(p.id.clone())));
        pages.push(Page::Sources);
        pages.extend(d.sources.iter().map(|s| Page::Source(s.id.clone())));
        pages.extend(d.documents.iter().map(|x| Page::Document(x.id.clone())));
        pages.push(Page::Disagreements);
        pages.push(Page::About);
        pages
    }

    /// The main section the page belongs to, for the navigation's "current page".
    pub fn section(&self) -> Section {
        match self {
            Page::Home | Page::Timeline | Page::Round(_) => Section::Timeline,
            Page::Matrix => Section::Matrix,
            Page::Factions | Page::Faction(_) => Section::Factions,
            Page::People | Page::Person(_) => Section::People,
            Page::Sources | Page::Source(_) | Page::Document(_) | Page::Disagreements => {
                Section::Sources
            }
            Page::About => Section::About,
        }
    }
}

/// The site's main sections, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Timeline,
    Matrix,
    Factions,
    People,
    Sources,
    About,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Timeline,
        Section::Matrix,
        Section::Factions,
        Section::People,
        Section::Sources,
        Section::About,
    ];

    /// The catalog key of the section's name in the navigation.
    pub fn key(self) -> &'static str {
        match self {
            Section::Timeline => "nav-timeline",
            Section::Matrix => "nav-matrix",
            Section::Factions => "nav-factions",
            Section::People => "nav-people",
            Section::Sources => "nav-sources",
            Section::About => "nav-about",
        }
    }

    /// The page the navigation links to.
    pub fn page(self) -> Page {
        match self {
            Section::Timeline => Page::Timeline,
            Section::Matrix => Page::Matrix,
            Section::Factions => Page::Factions,
            Section::People => Page::People,
            Section::Sources => Page::Sources,
            Section::About => Page::About,
        }
    }

    /// The `aria-current` value of this section's navigation link when
    /// `page` is shown: "page" on the section's own page, "true" on a page
    /// inside it (a round is in the timeline but is not the timeline).
    pub fn current_mark(self, page: Option<&Page>) -> Option<&'static str> {
        let page = page?;
        if page.section() != self {
            None
        } else if *page == self.page() || (self == Section::Timeline && *page == Page::Home) {
            Some("page")
        } else {
            Some("true")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_navigation_marks_a_page_inside_a_section_as_true_not_page() {
        let t = Section::Timeline;
        assert_eq!(t.current_mark(Some(&Page::Timeline)), Some("page"));
        assert_eq!(t.current_mark(Some(&Page::Home)), Some("page"));
        assert_eq!(t.current_mark(Some(&Page::Round(3))), Some("true"));
        assert_eq!(t.current_mark(Some(&Page::Matrix)), None);
        assert_eq!(t.current_mark(None), None);
        assert_eq!(
            Section::Sources.current_mark(Some(&Page::Disagreements)),
            Some("true")
        );
    }

    #[test]
    fn paths_and_files_follow_the_static_host_rules() {
        let cases = [
            (Page::Home, "/", "index.html"),
            (Page::Timeline, "/timeline", "timeline.html"),
            (Page::Round(3), "/rounds/3", "rounds/3.html"),
            (Page::Factions, "/factions/", "factions/index.html"),
            (
                Page::Faction("nrf".into()),
                "/factions/nrf",
                "factions/nrf.html",
            ),
            (Page::People, "/people/", "people/index.html"),
            (
                Page::Source("seed-001".into()),
                "/sources/seed-001",
                "sources/seed-001.html",
            ),
            (
                Page::Document("roadmap".into()),
                "/documents/roadmap",
                "documents/roadmap.html",
            ),
            (Page::About, "/about", "about.html"),
        ];
        for (page, path, file) in cases {
            assert_eq!(page.path(), path);
            assert_eq!(page.file(), file);
            assert_eq!(Page::from_path(path), Some(page.clone()), "{path}");
        }
    }

    #[test]
    fn no_page_is_both_a_file_and_a_folder() {
        // A list with records below it must be a folder's index, never `x.html`
        // beside an `x/` folder, or GitHub Pages redirects instead of serving it.
        let cat = Catalog::new(crate::data::embedded::embedded().unwrap());
        let files: Vec<String> = Page::all(&cat).iter().map(Page::file).collect();
        for f in &files {
            if let Some(stem) = f.strip_suffix(".html") {
                let folder = format!("{stem}/");
                assert!(
                    !files.iter().any(|g| g.starts_with(&folder)),
                    "{f} would be shadowed by the folder {folder}"
                );
            }
        }
    }

    #[test]
    fn trailing_slashes_and_unknown_paths() {
        assert_eq!(Page::from_path("/factions"), Some(Page::Factions));
        assert_eq!(Page::from_path("/matrix/"), Some(Page::Matrix));
        assert_eq!(Page::from_path("/rounds/abc"), None);
        assert_eq!(Page::from_path("/rounds/"), None);
        assert_eq!(Page::from_path("/nowhere"), None);
        assert_eq!(Page::from_path("/factions/nrf/extra"), None);
    }

    #[test]
    fn every_record_has_a_page() {
        let cat = Catalog::new(crate::data::embedded::embedded().unwrap());
        let pages = Page::all(&cat);
        let d = &cat.data;
        let expected = 8
            + d.rounds.len()
            + d.factions.len()
            + d.people.len()
            + d.sources.len()
            + d.documents.len();
        assert_eq!(pages.len(), expected);
        assert!(pages.iter().all(|p| p.exists(&cat)));
        assert!(!Page::Round(9).exists(&cat));
        assert!(!Page::Faction("no-such".into()).exists(&cat));
    }

    #[test]
    fn every_page_belongs_to_a_section() {
        assert_eq!(Page::Round(2).section(), Section::Timeline);
        assert_eq!(Page::Document("x".into()).section(), Section::Sources);
        for s in Section::ALL {
            assert_eq!(s.page().section(), s);
        }
    }
}
