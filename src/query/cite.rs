//! "Cite this page": a page's citation in APA, Chicago, BibTeX and RIS, and
//! the `<meta>` tags reference managers (Zotero, Google Scholar) read.
//!
//! A citation names the page in its edition (title and language), its
//! canonical address and the dataset version it showed, so it can be followed
//! to that version's permanent file (`data/v<version>/vienna-process.json`).

use crate::data::catalog::Catalog;
use crate::data::date::MONTHS;
use crate::i18n::Texts;
use crate::query::head::head;
use crate::query::links::Links;
use crate::query::pages::Page;
use crate::query::versions::permanent_path;

/// What a citation of one page says.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// The page's title in its edition.
    pub title: String,
    /// The site, author and publisher alike.
    pub site: String,
    /// Canonical absolute address in the edition.
    pub url: String,
    pub version: String,
    /// The version's date, `YYYY-MM-DD`.
    pub date: String,
    /// The edition's language code (`en`, `fa-AF`, `ps-AF`).
    pub lang: String,
    /// The version's permanent file, absolute.
    pub dataset_url: String,
    /// A key for BibTeX, from the path and version.
    pub key: String,
}

/// The citation of `page` in `texts`' edition; `None` for an unknown page.
pub fn citation(cat: &Catalog, page: &Page, links: &Links, texts: &Texts) -> Option<Citation> {
    let h = head(cat, Some(page), links, texts);
    if !h.found {
        return None;
    }
    let meta = &cat.data.meta;
    let slug: String = h
        .canonical
        .trim_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = if slug.is_empty() { "home".into() } else { slug };
    Some(Citation {
        title: h.title,
        site: texts.t("site-name"),
        url: links.absolute_in(texts.lang, &h.canonical),
        version: meta.version.clone(),
        date: meta.date.clone(),
        lang: texts.lang.code().to_string(),
        dataset_url: links.absolute_asset(&permanent_path(&meta.version)),
        key: format!("vienna-process-{slug}-v{}", meta.version.replace('.', "-")),
    })
}

/// (year, "November 30") of a `YYYY-MM-DD` date; the text as it is otherwise.
fn parts(date: &str) -> (String, String) {
    let mut it = date.split('-');
    let (y, m, d) = (it.next(), it.next(), it.next());
    let month = m
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (y, month, d.and_then(|d| d.parse::<u32>().ok())) {
        (Some(y), Some(m), Some(d)) => (y.to_string(), format!("{m} {d}")),
        (Some(y), Some(m), None) => (y.to_string(), m.to_string()),
        _ => (date.to_string(), String::new()),
    }
}

fn long_date(date: &str) -> String {
    match parts(date) {
        (y, md) if md.is_empty() => y,
        (y, md) => format!("{md}, {y}"),
    }
}

impl Citation {
    /// APA (7th edition), a data set by a group author.
    pub fn apa(&self, accessed: Option<&str>) -> String {
        let (y, md) = parts(&self.date);
        let when = if md.is_empty() {
            y
        } else {
            format!("{y}, {md}")
        };
        let retrieved = match accessed {
            Some(a) => format!("Retrieved {}, from {}", long_date(a), self.url),
            None => self.url.clone(),
        };
        format!(
            "{}. ({when}). {} (Version {}) [Data set]. {retrieved}",
            self.site, self.title, self.version
        )
    }

    /// Chicago (17th edition, notes and bibliography), a web page.
    pub fn chicago(&self, accessed: Option<&str>) -> String {
        let accessed = accessed
            .map(|a| format!(" Accessed {}.", long_date(a)))
            .unwrap_or_default();
        format!(
            "{}. \u{201c}{}.\u{201d} Dataset version {}, {}.{accessed} {}.",
            self.site,
            self.title,
            self.version,
            long_date(&self.date),
            self.url
        )
    }

    /// BibTeX `@misc` (read by BibTeX and biblatex alike).
    pub fn bibtex(&self, accessed: Option<&str>) -> String {
        let (year, _) = parts(&self.date);
        let mut out = format!(
            "@misc{{{},\n  author = {{{{{}}}}},\n  title = {{{{{}}}}},\n  year = {{{year}}},\n  date = {{{}}},\n  version = {{{}}},\n  publisher = {{{}}},\n  howpublished = {{\\url{{{}}}}},\n  url = {{{}}},\n",
            self.key,
            tex(&self.site),
            tex(&self.title),
            self.date,
            self.version,
            tex(&self.site),
            self.url,
            self.url,
        );
        if let Some(a) = accessed {
            out.push_str(&format!("  urldate = {{{a}}},\n"));
        }
        out.push_str(&format!(
            "  langid = {{{}}},\n  note = {{Dataset version {}: {}}}\n}}\n",
            self.lang, self.version, self.dataset_url
        ));
        out
    }

    /// RIS (a data set), for reference managers' import.
    pub fn ris(&self, accessed: Option<&str>) -> String {
        let (year, _) = parts(&self.date);
        let mut lines = vec![
            ("TY", "DATA".to_string()),
            ("TI", self.title.clone()),
            ("AU", self.site.clone()),
            ("PB", self.site.clone()),
            ("PY", year),
            ("DA", self.date.replace('-', "/")),
            ("ET", self.version.clone()),
            ("UR", self.url.clone()),
            ("LA", self.lang.clone()),
            (
                "N1",
                format!("Dataset version {}: {}", self.version, self.dataset_url),
            ),
        ];
        if let Some(a) = accessed {
            lines.push(("Y2", a.replace('-', "/")));
        }
        let mut out: String = lines
            .into_iter()
            .map(|(tag, v)| format!("{tag}  - {}\r\n", v.replace(['\r', '\n'], " ")))
            .collect();
        out.push_str("ER  - \r\n");
        out
    }

    /// `<meta name content>` pairs for the page's head.
    pub fn meta(&self) -> Vec<(&'static str, String)> {
        vec![
            ("citation_title", self.title.clone()),
            ("citation_publication_date", self.date.replace('-', "/")),
            ("citation_publisher", self.site.clone()),
            ("citation_language", self.lang.clone()),
            ("citation_public_url", self.url.clone()),
            ("DC.title", self.title.clone()),
            ("DC.date", self.date.clone()),
            ("DC.publisher", self.site.clone()),
            ("DC.identifier", self.url.clone()),
            ("DC.language", self.lang.clone()),
        ]
    }
}

/// A `data:` address holding `text`, for a download link that needs no script.
pub fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// TeX's special characters in a field's text.
fn tex(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;
    use crate::i18n::Lang;

    fn round3(lang: Lang) -> Citation {
        let cat = Catalog::new(embedded().unwrap());
        let links = Links::new("/vienna/")
            .at_origin("https://example.org")
            .in_lang(lang);
        citation(&cat, &Page::Round(3), &links, &Texts::compiled(lang)).unwrap()
    }

    #[test]
    fn round_three_golden() {
        let c = round3(Lang::En);
        let v = embedded().unwrap().meta;
        let title = "Round 3: Third Vienna Conference";
        assert_eq!(c.title, title);
        let url = "https://example.org/vienna/rounds/3";
        assert_eq!(c.url, url);
        let (year, md) = parts(&v.date);
        assert_eq!(
            c.apa(Some("2026-12-04")),
            format!(
                "Vienna Process Explorer. ({year}, {md}). {title} (Version {}) [Data set]. Retrieved December 4, 2026, from {url}",
                v.version
            )
        );
        assert_eq!(
            c.chicago(Some("2026-12-04")),
            format!(
                "Vienna Process Explorer. \u{201c}{title}.\u{201d} Dataset version {}, {md}, {year}. Accessed December 4, 2026. {url}.",
                v.version
            )
        );
        let key = format!("vienna-process-rounds-3-v{}", v.version.replace('.', "-"));
        let dataset = format!(
            "https://example.org/vienna/data/v{}/vienna-process.json",
            v.version
        );
        assert_eq!(
            c.bibtex(Some("2026-12-04")),
            format!(
                "@misc{{{key},\n  author = {{{{Vienna Process Explorer}}}},\n  title = {{{{{title}}}}},\n  year = {{{year}}},\n  date = {{{}}},\n  version = {{{}}},\n  publisher = {{Vienna Process Explorer}},\n  howpublished = {{\\url{{{url}}}}},\n  url = {{{url}}},\n  urldate = {{2026-12-04}},\n  langid = {{en}},\n  note = {{Dataset version {}: {dataset}}}\n}}\n",
                v.date, v.version, v.version
            )
        );
        let ris = c.ris(Some("2026-12-04"));
        assert!(ris.starts_with("TY  - DATA\r\nTI  - Round 3: Third Vienna Conference\r\n"));
        assert!(ris.contains(&format!("UR  - {url}\r\n")));
        assert!(ris.contains(&format!("ET  - {}\r\n", v.version)));
        assert!(ris.contains("Y2  - 2026/12/04\r\n"));
        assert!(ris.ends_with("ER  - \r\n"));
        let meta = c.meta();
        let get = |k: &str| meta.iter().find(|(n, _)| *n == k).unwrap().1.clone();
        assert_eq!(get("DC.identifier"), url);
        assert_eq!(get("citation_publication_date"), v.date.replace('-', "/"));
        assert_eq!(get("citation_title"), title);
    }

    #[test]
    fn each_edition_cites_its_own_title_language_and_address() {
        let en = round3(Lang::En);
        let fa = round3(Lang::Fa);
        assert_eq!(fa.lang, "fa-AF");
        assert_eq!(fa.url, "https://example.org/vienna/fa/rounds/3");
        assert_ne!(fa.title, en.title);
        assert!(fa.bibtex(None).contains("langid = {fa-AF}"));
        // Without an access date, none is claimed.
        assert!(!fa.bibtex(None).contains("urldate"));
        assert!(!fa.ris(None).contains("Y2"));
        assert!(!en.apa(None).contains("Retrieved"));
    }

    #[test]
    fn the_ris_download_decodes_to_the_ris() {
        let ris = round3(Lang::Fa).ris(Some("2026-12-04"));
        let url = data_url("application/x-research-info-systems", &ris);
        let body = url.split_once(',').unwrap().1;
        // Nothing that would end or break the attribute or the address.
        assert!(!body.contains([' ', '\r', '\n', '"', '#', '<'].as_slice()));
        let mut bytes = Vec::new();
        let mut it = body.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex = [it.next().unwrap(), it.next().unwrap()];
                bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        assert_eq!(String::from_utf8(bytes).unwrap(), ris);
    }

    #[test]
    fn tex_specials_are_escaped() {
        assert_eq!(tex("A & B_1 {x} 50%"), "A \\& B\\_1 \\{x\\} 50\\%");
    }

    #[test]
    fn every_page_can_be_cited() {
        let cat = Catalog::new(embedded().unwrap());
        let links = Links::new("/").at_origin("https://example.org");
        for p in Page::all(&cat) {
            let c = citation(&cat, &p, &links, &Texts::english()).unwrap();
            assert!(c.url.starts_with("https://example.org/"), "{p:?}");
            assert!(!c.title.is_empty());
        }
        assert!(citation(&cat, &Page::Round(99), &links, &Texts::english()).is_none());
    }
}
