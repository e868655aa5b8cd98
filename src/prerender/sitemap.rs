//! `sitemap.xml` and `robots.txt`: every page of every edition, by absolute
//! address, each with its versions in the other editions.

use crate::i18n::Lang;
use crate::query::links::Links;
use crate::query::pages::Page;

/// The sitemap of `pages` in every edition (canonical addresses only:
/// `/timeline` is `/`; embeds are copies and are left out).
pub fn sitemap(pages: &[Page], links: &Links, lastmod: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for lang in Lang::ALL {
        for page in pages.iter().filter(|p| **p != Page::Timeline) {
            let path = page.path();
            xml.push_str(&format!(
                "  <url><loc>{}</loc><lastmod>{}</lastmod>",
                escape(&links.absolute_in(lang, &path)),
                escape(lastmod)
            ));
            for other in Lang::ALL {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    other.code(),
                    escape(&links.absolute_in(other, &path))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// robots.txt: everything may be read; where the sitemap is.
pub fn robots(links: &Links) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        links.absolute("/sitemap.xml")
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_canonical_absolute_addresses() {
        let links = Links::new("/vienna/").at_origin("https://example.org");
        let pages = [Page::Home, Page::Timeline, Page::Round(3), Page::Factions];
        let xml = sitemap(&pages, &links, "2026-11-30");
        assert!(xml.contains("<loc>https://example.org/vienna/</loc>"));
        assert!(xml.contains("<loc>https://example.org/vienna/rounds/3</loc>"));
        assert!(xml.contains("<loc>https://example.org/vienna/factions/</loc>"));
        assert!(xml.contains("<loc>https://example.org/vienna/fa/rounds/3</loc>"));
        assert!(xml.contains("<loc>https://example.org/vienna/ps/</loc>"));
        assert!(xml.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"ps-AF\" href=\"https://example.org/vienna/ps/rounds/3\"/>"
        ));
        assert!(!xml.contains("/timeline") && !xml.contains("/embed"));
        assert_eq!(xml.matches("<url>").count(), 3 * 3);
        assert_eq!(
            robots(&links),
            "User-agent: *\nAllow: /\nSitemap: https://example.org/vienna/sitemap.xml\n"
        );
    }
}
