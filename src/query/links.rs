//! Every address the app links to, built in one place so the sub-path the site
//! is served under (e.g. `/vienna` on GitHub Pages) and the edition's prefix
//! (`/fa`, `/ps`) are added exactly once.

use super::state::ViewState;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Links {
    /// "" at the site root, or "/vienna" (no trailing slash).
    root: String,
    /// The edition: its pages live under `root` + its prefix.
    lang: Lang,
    /// `root` + the edition's prefix (+ `/embed` in an embed): where this
    /// edition's pages are, the router's base.
    base: String,
    /// Drawn inside another site's frame, without the site's chrome: links
    /// stay inside `/embed/…`; absolute addresses still name the full site.
    embed: bool,
    /// Scheme and host the site is published at ("https://example.org"), for
    /// the absolute addresses of link previews, canonical links and the sitemap.
    origin: String,
}

impl Links {
    /// From a public URL such as "/", "/vienna/" or "/vienna".
    pub fn new(public_url: &str) -> Links {
        let trimmed = public_url.trim_end_matches('/');
        let root = if trimmed.is_empty() || trimmed.starts_with('/') {
            trimmed.to_string()
        } else {
            format!("/{trimmed}")
        };
        Links {
            base: root.clone(),
            root,
            lang: Lang::En,
            origin: String::new(),
            embed: false,
        }
    }

    /// The same links for the embeddable copy of the site (`/embed/…`).
    pub fn embedded(mut self) -> Links {
        self.embed = true;
        self.base = format!("{}{}{EMBED}", self.root, self.lang.prefix());
        self
    }

    pub fn is_embed(&self) -> bool {
        self.embed
    }

    /// Whether an address (under the site's root) is an embed: `/embed/…`
    /// right after the edition's prefix.
    pub fn embed_of(&self, pathname: &str) -> bool {
        let Some(rest) = pathname.strip_prefix(self.root.as_str()) else {
            return false;
        };
        let mut segments = rest.trim_start_matches('/').split('/');
        let first = segments.next().unwrap_or_default();
        let next = if Lang::from_prefix(first).is_some() {
            segments.next().unwrap_or_default()
        } else {
            first
        };
        next == &EMBED[1..]
    }

    /// A page's address on the full site, whichever copy these links are for
    /// ("Open in the full explorer").
    pub fn full_path(&self, path: &str) -> String {
        self.path_in(self.lang, path)
    }

    /// The full site's absolute address of the page at `pathname` (as the
    /// address bar has it, embed or not) with its query string: what a
    /// reader copies to share, even from inside an embed.
    pub fn shareable(&self, pathname: &str, search: &str) -> String {
        format!("{}{search}", self.absolute(self.strip(pathname)))
    }

    /// A page's absolute address in the embeddable copy (the `<iframe>` code).
    pub fn embed_absolute(&self, path: &str) -> String {
        format!(
            "{}{}{}{EMBED}{}",
            self.origin,
            self.root,
            self.lang.prefix(),
            path
        )
    }

    /// The same site's links in another edition.
    pub fn in_lang(mut self, lang: Lang) -> Links {
        self.lang = lang;
        self.base = format!("{}{}", self.root, lang.prefix());
        if self.embed {
            self.base.push_str(EMBED);
        }
        self
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The edition an address (under the site's root) belongs to: its first
    /// segment after the root, `fa` or `ps`; English otherwise.
    pub fn lang_of(&self, pathname: &str) -> Lang {
        pathname
            .strip_prefix(self.root.as_str())
            .and_then(|rest| rest.trim_start_matches('/').split('/').next())
            .and_then(Lang::from_prefix)
            .unwrap_or_default()
    }

    /// A file of the site, the same for every edition (`/data/…`, `/og/…`).
    pub fn asset(&self, path: &str) -> String {
        format!("{}{}", self.root, path)
    }

    /// A page's address in another edition (the language switcher, `hreflang`).
    pub fn path_in(&self, lang: Lang, path: &str) -> String {
        format!("{}{}{}", self.root, lang.prefix(), path)
    }

    /// A page's absolute address in another edition.
    pub fn absolute_in(&self, lang: Lang, path: &str) -> String {
        format!("{}{}", self.origin, self.path_in(lang, path))
    }

    /// A site file's absolute address (preview images, the dataset).
    pub fn absolute_asset(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.asset(path))
    }

    /// The same links, published at `origin` ("https://example.org"; a trailing slash is dropped).
    pub fn at_origin(mut self, origin: &str) -> Links {
        self.origin = origin.trim_end_matches('/').to_string();
        self
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// A site path as an absolute address on the full site
    /// (`https://example.org/vienna/rounds/3`), also from an embed: canonical
    /// links, previews and the sitemap name the page itself.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.full_path(path))
    }

    /// The site's path without the edition ("" or "/vienna").
    pub fn root(&self) -> &str {
        &self.root
    }

    /// A site path (`/matrix`) as an address in this edition (`/vienna/fa/matrix`).
    pub fn path(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A site path with a view state's query string.
    pub fn with(&self, path: &str, state: &ViewState) -> String {
        format!("{}{}", self.path(path), state.search())
    }

    /// The site path of an address, without the base ("/vienna/rounds/2" -> "/rounds/2").
    pub fn strip<'a>(&self, pathname: &'a str) -> &'a str {
        match pathname.strip_prefix(self.base.as_str()) {
            Some("") => "/",
            Some(rest) if rest.starts_with('/') => rest,
            _ => pathname,
        }
    }

    pub fn round(&self, n: u8, state: &ViewState) -> String {
        self.with(&format!("/rounds/{n}"), &state.carried())
    }
    pub fn faction(&self, id: &str, state: &ViewState) -> String {
        self.with(&format!("/factions/{id}"), &state.carried())
    }
    pub fn person(&self, id: &str, state: &ViewState) -> String {
        self.with(&format!("/people/{id}"), &state.carried())
    }
    pub fn source(&self, id: &str, state: &ViewState) -> String {
        self.with(&format!("/sources/{id}"), &state.carried())
    }
    pub fn document(&self, id: &str, state: &ViewState) -> String {
        self.with(&format!("/documents/{id}"), &state.carried())
    }
}

/// The embeddable copy's segment, after the edition's prefix.
const EMBED: &str = "/embed";

/// Reads a round number from a path segment (`/rounds/3`); `None` for
/// anything but a short run of digits, so `/rounds/abc` is a clear "not found".
pub fn round_number(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_numbers_from_paths() {
        assert_eq!(round_number("3"), Some(3));
        assert_eq!(round_number("abc"), None);
        assert_eq!(round_number(""), None);
        assert_eq!(round_number("999"), None);
        assert_eq!(round_number("99999"), None);
        assert_eq!(round_number("-1"), None);
        assert_eq!(round_number("+3"), None);
    }

    #[test]
    fn base_is_added_once() {
        for public in ["/vienna/", "/vienna", "vienna"] {
            let l = Links::new(public);
            assert_eq!(l.path("/matrix"), "/vienna/matrix");
            assert_eq!(l.strip("/vienna/rounds/2"), "/rounds/2");
            assert_eq!(l.strip("/vienna"), "/");
            assert_eq!(l.strip("/viennax/a"), "/viennax/a");
        }
        let root = Links::new("/");
        assert_eq!(root.path("/matrix"), "/matrix");
        assert_eq!(root.strip("/rounds/2"), "/rounds/2");
    }

    #[test]
    fn absolute_addresses_use_origin_and_base() {
        let l = Links::new("/vienna/").at_origin("https://example.org/");
        assert_eq!(
            l.absolute("/rounds/3"),
            "https://example.org/vienna/rounds/3"
        );
        assert_eq!(l.absolute("/"), "https://example.org/vienna/");
        assert_eq!(
            Links::new("/")
                .at_origin("https://example.org")
                .absolute("/"),
            "https://example.org/"
        );
    }

    #[test]
    fn editions_live_under_their_prefix() {
        let fa = Links::new("/vienna/")
            .in_lang(Lang::Fa)
            .at_origin("https://example.org");
        assert_eq!(fa.base(), "/vienna/fa");
        assert_eq!(fa.path("/rounds/3"), "/vienna/fa/rounds/3");
        assert_eq!(
            fa.asset("/data/vienna-process.json"),
            "/vienna/data/vienna-process.json"
        );
        assert_eq!(fa.path_in(Lang::Ps, "/matrix"), "/vienna/ps/matrix");
        assert_eq!(fa.path_in(Lang::En, "/matrix"), "/vienna/matrix");
        assert_eq!(fa.strip("/vienna/fa/rounds/3"), "/rounds/3");
        assert_eq!(fa.absolute("/"), "https://example.org/vienna/fa/");
        assert_eq!(fa.lang_of("/vienna/ps/rounds/2"), Lang::Ps);
        assert_eq!(fa.lang_of("/vienna/rounds/2"), Lang::En);
        assert_eq!(fa.lang_of("/vienna/xx/rounds/2"), Lang::En);
        assert_eq!(Links::new("/").lang_of("/fa/"), Lang::Fa);
        assert_eq!(Links::new("/").lang_of("/fab"), Lang::En);
    }

    #[test]
    fn embeds_link_inside_the_embed_and_name_the_full_site() {
        let e = Links::new("/vienna/")
            .at_origin("https://example.org")
            .in_lang(Lang::Fa)
            .embedded();
        assert!(e.is_embed());
        assert_eq!(e.base(), "/vienna/fa/embed");
        assert_eq!(e.path("/rounds/3"), "/vienna/fa/embed/rounds/3");
        assert_eq!(e.strip("/vienna/fa/embed/rounds/3"), "/rounds/3");
        assert_eq!(e.full_path("/rounds/3"), "/vienna/fa/rounds/3");
        assert_eq!(
            e.absolute("/rounds/3"),
            "https://example.org/vienna/fa/rounds/3"
        );
        assert_eq!(
            e.embed_absolute("/matrix"),
            "https://example.org/vienna/fa/embed/matrix"
        );
        assert_eq!(e.asset("/data/x.json"), "/vienna/data/x.json");
        // The order of in_lang and embedded does not matter.
        let e2 = Links::new("/vienna/").embedded().in_lang(Lang::Fa);
        assert_eq!(e2.base(), e.base());
        let root = Links::new("/");
        assert!(root.embed_of("/embed/rounds/3"));
        assert!(root.embed_of("/ps/embed/"));
        assert!(root.embed_of("/embed"));
        assert!(!root.embed_of("/rounds/3"));
        assert!(!root.embed_of("/embedded"));
        assert!(!root.embed_of("/fa/rounds/embed"));
        assert!(Links::new("/vienna/").embed_of("/vienna/embed/matrix"));
        assert!(!Links::new("/vienna/").embed_of("/embed/matrix"));
    }

    #[test]
    fn links_carry_filters_but_not_view_options() {
        let (s, _) = ViewState::from_query("faction=nrf&sort=r2&row=aff&compare=3");
        assert_eq!(
            Links::new("/vienna/").round(3, &s),
            "/vienna/rounds/3?faction=nrf"
        );
    }
}
