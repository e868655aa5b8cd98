//! Versions that stay: every dataset version at a permanent address, and what
//! changed between them, computed by [`crate::data::diff`] from the two files
//! (so the list cannot claim a change that did not happen). The Atom feed
//! (`feed.xml`) has one entry per version.

use crate::data::diff::{diff, CollectionDiff, DatasetDiff};
use crate::data::model::Dataset;
use crate::query::links::Links;
use crate::query::pages::Page;

/// The versions kept in `public/data/v<version>/` (a test checks this list
/// against the folder). The current version is published there too, by
/// `prerender`, so it need not be listed.
pub const ARCHIVED: &[&str] = &["2.0.0"];

/// A version's permanent file, a site path.
pub fn permanent_path(version: &str) -> String {
    format!("/data/v{version}/vienna-process.json")
}

/// Every version with a permanent file, oldest first: the archive and the current one.
pub fn published(current: &str) -> Vec<String> {
    let mut v: Vec<String> = ARCHIVED.iter().map(|s| s.to_string()).collect();
    if !v.iter().any(|x| x == current) {
        v.push(current.to_string());
    }
    v.sort_by_key(|x| semver(x));
    v
}

fn semver(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// One version and what changed from the one before it.
pub struct Version<'a> {
    pub data: &'a Dataset,
    /// `None` for the oldest version kept.
    pub changes: Option<DatasetDiff>,
}

/// `datasets` (any order) as versions, newest first, each with its diff from
/// the previous one.
pub fn history<'a>(datasets: &[&'a Dataset]) -> Vec<Version<'a>> {
    let mut sorted: Vec<&Dataset> = datasets.to_vec();
    sorted.sort_by_key(|d| semver(&d.meta.version));
    sorted.dedup_by(|a, b| a.meta.version == b.meta.version);
    let mut out: Vec<Version> = sorted
        .iter()
        .enumerate()
        .map(|(i, d)| Version {
            data: d,
            changes: (i > 0).then(|| diff(sorted[i - 1], d)),
        })
        .collect();
    out.reverse();
    out
}

/// The page of a record named by a diff key, if it has one.
fn page_of(collection: &str, key: &str) -> Option<Page> {
    let id = key.to_string();
    Some(match collection {
        "rounds" => Page::Round(key.parse().ok()?),
        "factions" => Page::Faction(id),
        "people" => Page::Person(id),
        "sources" => Page::Source(id),
        "documents" => Page::Document(id),
        "disagreements" => Page::Disagreements,
        "events" => Page::Timeline,
        "relations" => Page::Matrix,
        _ => return None,
    })
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One change list as XHTML: "added", "changed", "removed", each record
/// linked to its page (a removed one to the older version's file).
fn change_list(name: &str, c: &CollectionDiff, links: &Links, older: Option<&str>) -> String {
    let mut out = String::new();
    for (what, keys) in [
        ("added", &c.added),
        ("changed", &c.changed),
        ("removed", &c.removed),
    ] {
        if keys.is_empty() {
            continue;
        }
        let items: Vec<String> = keys
            .iter()
            .map(|k| {
                let href = if what == "removed" {
                    older.map(|v| links.absolute_asset(&permanent_path(v)))
                } else {
                    page_of(name, k).map(|p| links.absolute(&p.path()))
                };
                match href {
                    Some(h) => format!("<a href=\"{}\">{}</a>", esc(&h), esc(k)),
                    None => esc(k),
                }
            })
            .collect();
        out.push_str(&format!(
            "<li>{} {what}: {}</li>",
            esc(name),
            items.join(", ")
        ));
    }
    out
}

/// A plain summary of a diff ("rounds: 1 added, 2 changed; …"), or that nothing changed.
pub fn summary(d: &DatasetDiff) -> String {
    let parts: Vec<String> = d
        .collections()
        .iter()
        .filter(|(_, c)| !c.is_empty())
        .map(|(name, c)| {
            let mut bits = Vec::new();
            for (n, w) in [
                (c.added.len(), "added"),
                (c.changed.len(), "changed"),
                (c.removed.len(), "removed"),
            ] {
                if n > 0 {
                    bits.push(format!("{n} {w}"));
                }
            }
            format!("{name}: {}", bits.join(", "))
        })
        .collect();
    if parts.is_empty() {
        "No record changed.".into()
    } else {
        parts.join("; ")
    }
}

/// The Atom feed of `history` (newest first), with absolute links.
pub fn feed(history: &[Version], links: &Links) -> String {
    let site = links.absolute("/");
    let updated = history
        .first()
        .map(|v| v.data.meta.date.clone())
        .unwrap_or_default();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>Vienna Process Explorer: dataset versions</title>\n  <id>{}</id>\n  <updated>{updated}T00:00:00Z</updated>\n  <author><name>Vienna Process Explorer</name></author>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        esc(&links.absolute_asset(super::datafiles::FEED)),
        esc(&links.absolute_asset(super::datafiles::FEED)),
        esc(&site),
    );
    for (i, v) in history.iter().enumerate() {
        let m = &v.data.meta;
        let file = links.absolute_asset(&permanent_path(&m.version));
        let older = history.get(i + 1).map(|o| o.data.meta.version.as_str());
        let (summary_text, body) = match &v.changes {
            Some(d) => {
                let items: String = d
                    .collections()
                    .iter()
                    .map(|(name, c)| change_list(name, c, links, older))
                    .collect();
                let body = if items.is_empty() {
                    "<p>No record changed.</p>".to_string()
                } else {
                    format!(
                        "<p>Compared with version {}:</p><ul>{items}</ul>",
                        esc(older.unwrap_or_default())
                    )
                };
                (summary(d), body)
            }
            None => {
                let text = format!(
                    "The oldest version kept: {} rounds, {} factions, {} people, {} sources.",
                    v.data.rounds.len(),
                    v.data.factions.len(),
                    v.data.people.len(),
                    v.data.sources.len()
                );
                (text.clone(), format!("<p>{}</p>", esc(&text)))
            }
        };
        xml.push_str(&format!(
            "  <entry>\n    <title>Dataset version {}</title>\n    <id>{}</id>\n    <updated>{}T00:00:00Z</updated>\n    <link rel=\"alternate\" type=\"application/json\" href=\"{}\"/>\n    <summary>{}</summary>\n    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{body}<p><a href=\"{}\">The whole dataset, version {}</a></p></div></content>\n  </entry>\n",
            esc(&m.version),
            esc(&file),
            esc(&m.date),
            esc(&file),
            esc(&summary_text),
            esc(&file),
            esc(&m.version),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

// roxmltree, which reads the feed back, is a native dev-dependency only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;
    use crate::data::validate::parse_and_validate;

    fn archived(v: &str) -> Dataset {
        let path = format!(
            "{}/public/data/v{v}/vienna-process.json",
            env!("CARGO_MANIFEST_DIR")
        );
        parse_and_validate(&std::fs::read_to_string(&path).unwrap()).unwrap()
    }

    #[test]
    fn the_archive_list_matches_the_folder() {
        let dir = format!("{}/public/data", env!("CARGO_MANIFEST_DIR"));
        let mut found: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str()?.strip_prefix('v').map(String::from))
            .collect();
        found.sort_by_key(|x| semver(x));
        assert_eq!(found, ARCHIVED, "update versions::ARCHIVED");
        for v in ARCHIVED {
            // Each archive is the version it says it is.
            assert_eq!(archived(v).meta.version, *v);
        }
    }

    #[test]
    fn the_feed_is_atom_with_one_entry_per_version() {
        let current = embedded().unwrap();
        let old: Vec<Dataset> = ARCHIVED.iter().map(|v| archived(v)).collect();
        let mut all: Vec<&Dataset> = old.iter().collect();
        all.push(&current);
        let h = history(&all);
        let links = Links::new("/vienna/").at_origin("https://example.org");
        let xml = feed(&h, &links);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let root = doc.root_element();
        let atom = "http://www.w3.org/2005/Atom";
        assert_eq!(root.tag_name().name(), "feed");
        assert_eq!(root.tag_name().namespace(), Some(atom));
        let entries: Vec<_> = root
            .children()
            .filter(|n| n.has_tag_name((atom, "entry")))
            .collect();
        let versions = published(&current.meta.version);
        assert_eq!(entries.len(), versions.len());
        for (e, v) in entries.iter().zip(versions.iter().rev()) {
            for required in ["id", "title", "updated"] {
                assert!(
                    e.children().any(|n| n.has_tag_name((atom, required))),
                    "{required}"
                );
            }
            let link = e
                .children()
                .find(|n| n.has_tag_name((atom, "link")))
                .unwrap();
            assert_eq!(
                link.attribute("href"),
                Some(format!("https://example.org/vienna/data/v{v}/vienna-process.json").as_str())
            );
        }
    }

    #[test]
    fn a_change_is_listed_only_when_it_happened() {
        let old = embedded().unwrap();
        let mut new = old.clone();
        new.meta.version = "9.0.0".into();
        new.factions[0].summary.push_str(" More.");
        let removed = new.people.pop().unwrap();
        let h = history(&[&old, &new]);
        assert_eq!(h[0].data.meta.version, "9.0.0");
        let d = h[0].changes.as_ref().unwrap();
        assert_eq!(summary(d), "factions: 1 changed; people: 1 removed");
        let links = Links::new("/").at_origin("https://example.org");
        let xml = feed(&h, &links);
        assert!(xml.contains(&format!(
            "factions changed: <a href=\"https://example.org/factions/{}\">",
            old.factions[0].id
        )));
        assert!(xml.contains(&format!(
            "people removed: <a href=\"https://example.org/data/v{}/vienna-process.json\">{}</a>",
            old.meta.version, removed.id
        )));
        assert!(!xml.contains("rounds added"));
        assert_eq!(summary(&diff(&old, &old)), "No record changed.");
    }
}
