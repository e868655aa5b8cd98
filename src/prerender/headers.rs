//! `_headers`: the response headers a host that reads this file (Netlify,
//! Cloudflare Pages) adds. Full pages refuse to be framed by other sites;
//! the embeds under `/embed/` may be framed by anyone. GitHub Pages ignores
//! the file and sends no such headers: there every page can be framed, and a
//! `<meta>` Content-Security-Policy cannot forbid it (`frame-ancestors` only
//! works as a header).

use crate::i18n::Lang;
use crate::query::links::Links;
use crate::query::pages::Page;

/// One rule per full page address, in every edition. Exact addresses, not a
/// `/*` rule: hosts merge every rule that matches, so a site-wide "deny"
/// could not be lifted for the embeds.
pub fn headers(pages: &[Page], links: &Links) -> String {
    let mut out =
        String::from("# Written by prerender. Full pages may not be framed; /embed/ pages may.\n");
    for lang in Lang::ALL {
        for page in pages {
            let path = links.path_in(lang, &page.path());
            out.push_str(&format!(
                "{path}\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n"
            ));
        }
    }
    for lang in Lang::ALL {
        out.push_str(&format!(
            "{}/*\n  Content-Security-Policy: frame-ancestors *\n",
            links.path_in(lang, "/embed")
        ));
    }
    out
}

/// The data files (site paths, the same in every edition) are not pages:
/// search engines are asked not to index them.
pub fn data_files(paths: &[String], links: &Links) -> String {
    let mut out = String::from("# Data files: read by scripts, not indexed.\n");
    for p in paths {
        out.push_str(&format!("{}\n  X-Robots-Tag: noindex\n", links.asset(p)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_are_not_indexed() {
        let h = data_files(
            &["/rounds/3.json".into(), "/data/datapackage.json".into()],
            &Links::new("/vienna/"),
        );
        assert!(h.contains("\n/vienna/rounds/3.json\n  X-Robots-Tag: noindex\n"));
        assert!(h.contains("\n/vienna/data/datapackage.json\n  X-Robots-Tag: noindex\n"));
        // No rule reaches a page.
        assert!(!h.contains(".html") && !h.lines().any(|l| l.ends_with('*')));
    }

    #[test]
    fn full_pages_refuse_frames_and_embeds_allow_them() {
        let pages = [Page::Home, Page::Round(3), Page::Factions];
        let h = headers(&pages, &Links::new("/vienna/"));
        for path in [
            "/vienna/\n",
            "/vienna/rounds/3\n",
            "/vienna/fa/rounds/3\n",
            "/vienna/ps/factions/\n",
        ] {
            let at = h
                .find(&format!("\n{path}"))
                .unwrap_or_else(|| panic!("{path} in {h}"));
            assert!(h[at..].starts_with(&format!("\n{path}  X-Frame-Options: DENY\n")));
        }
        assert!(h.contains("/vienna/fa/embed/*\n  Content-Security-Policy: frame-ancestors *\n"));
        // No rule for a full page also matches an embed.
        assert!(!h
            .lines()
            .any(|l| l.ends_with("/*") && !l.contains("/embed/")));
    }
}
