//! The page around the app: Trunk's `index.html` (hashed file names, the
//! loader script, the Content Security Policy), with the body to be filled.

use crate::data::edition::{texts_path, BASE};
use crate::i18n::Lang;

/// How `index.html` preloads the dataset's base (a site-relative `href`,
/// under `<base>`), which every edition reads.
fn base_preload() -> String {
    format!("href=\"{}\"", BASE.trim_start_matches('/'))
}

/// `<body data-page>` of the host's 404.html: no address is built for it, so
/// the browser always draws that page afresh.
pub const NOT_FOUND: &str = "404";

/// Trunk's `index.html`, split around its body.
#[derive(Clone, Debug)]
pub struct Shell {
    /// Everything up to `<body`.
    before_body: String,
    /// Everything from `</body>`.
    after_body: String,
    /// The published origin, written on `<body data-site>` for the browser.
    site: String,
}

impl Shell {
    /// Reads Trunk's output. It must hold the `<!--HEAD-->` and `<!--/HEAD-->`
    /// markers (where the page's head tags go) and an empty body.
    pub fn parse(index_html: &str, site: &str) -> Result<Shell, String> {
        for marker in ["<!--HEAD-->", "<!--/HEAD-->", "</head>"] {
            if !index_html.contains(marker) {
                return Err(format!("index.html has no {marker}"));
            }
        }
        if !index_html.contains(&base_preload()) {
            return Err(format!(
                "index.html does not preload the dataset ({})",
                base_preload()
            ));
        }
        // A second run over the same folder would wrap pages in a page.
        if index_html.contains("<body data-page=") {
            return Err("index.html is already a rendered page, not Trunk's shell: run trunk build first (make dist does)".into());
        }
        let start = index_html.find("<body").ok_or("index.html has no <body>")?;
        let end = index_html
            .rfind("</body>")
            .ok_or("index.html has no </body>")?;
        // The head's own <title> and description would repeat the page's.
        let before = strip_generic_head(&index_html[..start]);
        Ok(Shell {
            before_body: before,
            after_body: index_html[end..].to_string(),
            site: site.trim_end_matches('/').to_string(),
        })
    }

    /// A whole page: `body` is the app's HTML, drawn for the site path
    /// `built_for` in edition `lang` (whose catalog it preloads, beside the
    /// dataset, for the app to start with).
    ///
    /// An embed (`embed`) also loads `embed.js`, which tells the host page its
    /// height, and opens links that leave the app in the reader's whole
    /// window (`<base target="_top">`; the app's own links stay in the frame).
    pub fn page(&self, body: &str, built_for: &str, lang: Lang, embed: bool) -> String {
        let mut head = self.before_body.clone();
        if embed {
            head = head
                .replacen("<base href=", "<base target=\"_top\" href=", 1)
                .replacen(
                    "<!--HEAD-->",
                    "<script defer src=\"embed.js\"></script><!--HEAD-->",
                    1,
                );
        }
        // A Dari or Pashto page also preloads its texts and its catalog.
        let head = match texts_path(lang) {
            Some(texts) => head.replacen(
                "<!--HEAD-->",
                &format!(
                    "<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/json\" crossorigin>\
                     <link rel=\"preload\" href=\"i18n/{}.ftl\" as=\"fetch\" type=\"text/plain\" crossorigin><!--HEAD-->",
                    texts.trim_start_matches('/'),
                    lang.code()
                ),
                1,
            ),
            None => head,
        };
        format!(
            "{head}<body data-page=\"{}\" data-site=\"{}\">{body}{}",
            escape_attr(built_for),
            escape_attr(&self.site),
            self.after_body
        )
    }
}

/// Drops `<title>…</title>` from the shell's head: each page writes its own.
fn strip_generic_head(head: &str) -> String {
    let mut out = head.to_string();
    while let (Some(a), Some(b)) = (out.find("<title>"), out.find("</title>")) {
        if b < a {
            break;
        }
        out.replace_range(a..b + "</title>".len(), "");
    }
    out
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Old</title><link rel=\"preload\" href=\"data/edition/base.json\" as=\"fetch\"><script type=\"module\">x</script><!--HEAD--><!--/HEAD--></head>\n<body></body></html>";

    #[test]
    fn a_rendered_page_is_not_taken_for_the_shell() {
        let s = Shell::parse(INDEX, "https://example.org/").unwrap();
        let page = s.page("<main>hi</main>", "/", Lang::En, false);
        let err = Shell::parse(&page, "https://example.org/").err().unwrap();
        assert!(err.contains("run trunk build first"), "{err}");
    }

    #[test]
    fn the_body_is_filled_and_marked() {
        let s = Shell::parse(INDEX, "https://example.org/").unwrap();
        let page = s.page("<main>hi</main>", "/rounds/3", Lang::En, false);
        assert!(page.contains(
            "<body data-page=\"/rounds/3\" data-site=\"https://example.org\"><main>hi</main></body></html>"
        ));
        assert!(!page.contains("<title>Old</title>"));
        assert!(page.contains("<script type=\"module\">x</script><!--HEAD--><!--/HEAD-->"));
    }

    #[test]
    fn an_embed_reports_its_height_and_sends_outside_links_to_the_top() {
        let index = INDEX.replace("<head>", "<head><base href=\"/vienna/\">");
        let s = Shell::parse(&index, "https://example.org").unwrap();
        let page = s.page("<main>hi</main>", "/rounds/3", Lang::Fa, true);
        assert!(page.contains("<base target=\"_top\" href=\"/vienna/\">"));
        assert!(page.contains("<script defer src=\"embed.js\"></script>"));
        // Outside the markers, so the app's redraw keeps it.
        assert!(page.find("embed.js").unwrap() < page.find("<!--HEAD-->").unwrap());
        let full = s.page("<main>hi</main>", "/rounds/3", Lang::Fa, false);
        assert!(!full.contains("embed.js") && !full.contains("_top"));
    }

    #[test]
    fn a_shell_without_markers_is_refused() {
        assert!(Shell::parse("<html><head></head><body></body></html>", "").is_err());
        let no_preload = INDEX.replace("data/edition/base.json", "data/vienna-process.json");
        let err = Shell::parse(&no_preload, "").err().unwrap();
        assert!(err.contains("does not preload the dataset"), "{err}");
    }

    #[test]
    fn each_edition_preloads_its_own_texts_and_catalog_beside_the_base() {
        let s = Shell::parse(INDEX, "https://example.org/").unwrap();
        let en = s.page("<main>hi</main>", "/", Lang::En, false);
        assert_eq!(en.matches("rel=\"preload\"").count(), 1);
        assert!(en.contains("href=\"data/edition/base.json\""));
        for (lang, file, catalog) in [
            (Lang::Fa, "fa.json", "fa-AF.ftl"),
            (Lang::Ps, "ps.json", "ps-AF.ftl"),
        ] {
            let page = s.page("<main>hi</main>", "/", lang, true);
            assert_eq!(page.matches("rel=\"preload\"").count(), 3, "{page}");
            assert!(page.contains("href=\"data/edition/base.json\""), "{page}");
            assert!(
                page.contains(&format!("href=\"data/edition/{file}\"")),
                "{page}"
            );
            assert!(page.contains(&format!("href=\"i18n/{catalog}\"")), "{page}");
        }
    }
}
