//! Data beside every page: the files `prerender` writes next to the pages
//! (`rounds/3.json`, `timeline.csv`, …) and the list each page links to.
//!
//! Record files hold the record as the dataset has it, with every reference
//! also given by name (`faction` → `faction_name`) and every citation with its
//! source's title and address. The view files (`timeline`, `matrix`, `people`)
//! are the export buttons' tables for the unfiltered view, so the two agree.

use serde_json::{Map, Value};

use super::export::{self, Table};
use super::links::Links;
use super::pages::Page;
use super::state::Filter;
use super::vocab::Vocab;
use crate::data::catalog::Catalog;
use crate::i18n::Texts;

/// The whole dataset, one file for every version (`/data/vienna-process.json`).
pub const DATASET: &str = "/data/vienna-process.json";
/// The Frictionless Data Package.
pub const PACKAGE: &str = "/data/datapackage.json";
/// The Atom feed of dataset versions.
pub const FEED: &str = "/feed.xml";

/// Which format a data file is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl Format {
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Csv => "CSV",
        }
    }
}

/// One file a page links to: its site path (the same for every edition).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataFile {
    pub path: String,
    pub format: Format,
}

fn json(path: String) -> DataFile {
    DataFile {
        path,
        format: Format::Json,
    }
}
fn csv(path: String) -> DataFile {
    DataFile {
        path,
        format: Format::Csv,
    }
}

/// The data files of a page, JSON first.
pub fn files_of(page: &Page) -> Vec<DataFile> {
    let view = |name: &str| vec![json(format!("/{name}.json")), csv(format!("/{name}.csv"))];
    match page {
        Page::Home | Page::Timeline => view("timeline"),
        Page::Matrix | Page::Factions => view("matrix"),
        Page::People => view("people"),
        Page::Round(n) => vec![json(format!("/rounds/{n}.json"))],
        Page::Faction(id) => vec![json(format!("/factions/{id}.json"))],
        Page::Person(id) => vec![json(format!("/people/{id}.json"))],
        Page::Source(id) => vec![json(format!("/sources/{id}.json"))],
        Page::Document(id) => vec![json(format!("/documents/{id}.json"))],
        Page::Sources => vec![json(PACKAGE.into()), csv("/data/sources.csv".into())],
        Page::Disagreements => vec![json(PACKAGE.into()), csv("/data/disagreements.csv".into())],
        Page::About => vec![json(DATASET.into()), json(PACKAGE.into())],
    }
}

/// Whether a site-relative file (`rounds/3.json`, no leading slash) is one of
/// the data files written beside the pages, the package or an archived
/// version: none of them is a page, and none is needed to start the app.
pub fn is_data_file(rel: &str) -> bool {
    let rel = rel.trim_start_matches('/');
    if rel == "feed.xml" {
        return true;
    }
    if let Some(rest) = rel.strip_prefix("data/") {
        // The dataset as the app reads it stays (`data::edition`); the whole
        // file is a download, as the other data files are.
        return rest != "vienna-process.schema.json" && !rest.starts_with("edition/");
    }
    let folder_record = ["rounds/", "factions/", "people/", "sources/", "documents/"]
        .iter()
        .any(|f| rel.starts_with(f) && rel.ends_with(".json") && !rel[f.len()..].contains('/'));
    let view = ["timeline", "matrix", "people"]
        .iter()
        .any(|v| rel == format!("{v}.json") || rel == format!("{v}.csv"));
    folder_record || view
}

/// The unfiltered views as the export buttons write them.
pub fn timeline_table(cat: &Catalog) -> Table {
    export::timeline(cat, &super::timeline::place_all(cat))
}

pub fn matrix_table(cat: &Catalog) -> Table {
    let sel = super::select::Selection::new(cat);
    let rows = super::matrix::rows(cat, &sel, &Filter::default(), None, false);
    export::matrix(cat, &rows)
}

pub fn people_table(cat: &Catalog) -> Table {
    let sel = super::select::Selection::new(cat);
    let rows = super::select::people_rows(cat, &sel, &Filter::default());
    export::people(cat, &rows)
}

/// Adds names beside ids, and source titles and addresses beside citations,
/// everywhere in a record.
fn resolve(cat: &Catalog, links: &Links, v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(|i| resolve(cat, links, i)),
        Value::Object(map) => {
            for (_, x) in map.iter_mut() {
                resolve(cat, links, x);
            }
            let mut extra = Map::new();
            let name_of = |key: &str, id: &str| -> Option<String> {
                match key {
                    "faction" | "from" | "to" => cat.faction(id).map(|f| f.name.clone()),
                    "person" => cat.person(id).map(|p| p.name.clone()),
                    "community" => cat.community(id).map(|c| c.name.clone()),
                    "document" => cat.document(id).map(|d| d.title.clone()),
                    _ => None,
                }
            };
            for (key, x) in map.iter() {
                match (key.as_str(), x) {
                    ("source", Value::String(id)) => {
                        if let Some(s) = cat.source(id) {
                            extra.insert("source_title".into(), s.title.clone().into());
                            if let Some(u) = &s.url {
                                extra.insert("source_url".into(), u.clone().into());
                            }
                            extra.insert(
                                "source_page".into(),
                                links.absolute(&Page::Source(id.clone()).path()).into(),
                            );
                        }
                    }
                    ("round", Value::Number(n)) => {
                        if let Some(r) = n.as_u64().and_then(|n| cat.round(n as u8)) {
                            extra.insert("round_name".into(), r.name.clone().into());
                        }
                    }
                    (k, Value::String(id)) => {
                        if let Some(name) = name_of(k, id) {
                            extra.insert(format!("{k}_name"), name.into());
                        }
                    }
                    (k, Value::Array(ids)) if ids.iter().all(Value::is_string) => {
                        let single = match k {
                            "factions" => "faction",
                            "people" => "person",
                            "communities" => "community",
                            "documents" => "document",
                            _ => continue,
                        };
                        let names: Vec<Value> = ids
                            .iter()
                            .filter_map(|i| i.as_str().and_then(|i| name_of(single, i)))
                            .map(Value::from)
                            .collect();
                        if !names.is_empty() {
                            extra.insert(format!("{k}_names"), Value::Array(names));
                        }
                    }
                    _ => {}
                }
            }
            map.extend(extra);
        }
        _ => {}
    }
}

/// The record a page shows, from the dataset's JSON (`raw`), with its
/// references resolved; `None` for a page that is not one record.
pub fn record(cat: &Catalog, raw: &Value, links: &Links, page: &Page) -> Option<Value> {
    let find = |collection: &str, key: &str, want: &Value| {
        raw.get(collection)?
            .as_array()?
            .iter()
            .find(|r| r.get(key) == Some(want))
            .cloned()
    };
    let mut rec = match page {
        Page::Round(n) => find("rounds", "number", &Value::from(*n))?,
        Page::Faction(id) => find("factions", "id", &Value::from(id.as_str()))?,
        Page::Person(id) => find("people", "id", &Value::from(id.as_str()))?,
        Page::Source(id) => find("sources", "id", &Value::from(id.as_str()))?,
        Page::Document(id) => find("documents", "id", &Value::from(id.as_str()))?,
        _ => return None,
    };
    resolve(cat, links, &mut rec);
    let obj = rec.as_object_mut()?;
    // What the page shows that lives in other records.
    if let Page::Person(id) = page {
        let attended: Vec<Value> = cat
            .attendance_of(id)
            .iter()
            .map(|(r, a)| {
                let mut v = serde_json::json!({
                    "round": r.number,
                    "round_name": r.name,
                    "mode": a.mode.slug(),
                });
                if let Some(f) = &a.faction {
                    v["faction"] = f.clone().into();
                    v["faction_name"] = cat.faction_name(f).into();
                }
                v
            })
            .collect();
        obj.insert("attendance".into(), attended.into());
    }
    let mut about = Map::new();
    about.insert("page".into(), links.absolute(&page.path()).into());
    about.insert(
        "dataset_version".into(),
        cat.data.meta.version.clone().into(),
    );
    about.insert("dataset_date".into(), cat.data.meta.date.clone().into());
    about.insert("licence".into(), cat.data.meta.licence.clone().into());
    obj.insert("_about".into(), Value::Object(about));
    Some(rec)
}

/// Every data file beside the pages: site path and content. The CSV headers
/// are in English, as the export buttons write them on the English site.
pub fn all(cat: &Catalog, raw: &Value, links: &Links) -> Vec<(String, String)> {
    let texts = Texts::english();
    let mut out = Vec::new();
    for (name, table) in [
        ("timeline", timeline_table(cat)),
        ("matrix", matrix_table(cat)),
        ("people", people_table(cat)),
    ] {
        out.push((format!("/{name}.json"), table.to_json()));
        out.push((format!("/{name}.csv"), table.to_csv(&texts)));
    }
    for page in Page::all(cat) {
        if let Some(rec) = record(cat, raw, links, &page) {
            let path = files_of(&page).remove(0).path;
            let text = serde_json::to_string_pretty(&rec).unwrap_or_default();
            out.push((path, text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::{embedded, EMBEDDED_JSON};

    fn setup() -> (Catalog, Value, Links) {
        let cat = Catalog::new(embedded().unwrap());
        let raw: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        (
            cat,
            raw,
            Links::new("/vienna/").at_origin("https://example.org"),
        )
    }

    #[test]
    fn round_three_holds_its_dates_and_sources_by_name() {
        let (cat, raw, links) = setup();
        let r = record(&cat, &raw, &links, &Page::Round(3)).unwrap();
        let round = cat.round(3).unwrap();
        assert_eq!(r["number"], 3);
        assert_eq!(r["dates"][0]["start"], round.dates[0].start.as_str());
        let cite = &r["dates"][0]["cites"][0];
        let source = cat.source(cite["source"].as_str().unwrap()).unwrap();
        assert_eq!(cite["source_title"], source.title.as_str());
        assert_eq!(
            cite["source_page"],
            format!("https://example.org/vienna/sources/{}", source.id)
        );
        assert_eq!(r["_about"]["page"], "https://example.org/vienna/rounds/3");
        assert_eq!(
            r["_about"]["dataset_version"],
            cat.data.meta.version.as_str()
        );
        // Attendance names the people, not only their ids.
        let a = &r["attendance"][0];
        assert_eq!(
            a["person_name"],
            cat.person(a["person"].as_str().unwrap())
                .unwrap()
                .name
                .as_str()
        );
    }

    #[test]
    fn every_record_page_has_a_file_and_every_file_is_data() {
        let (cat, raw, links) = setup();
        let files = all(&cat, &raw, &links);
        for page in Page::all(&cat) {
            for f in files_of(&page) {
                assert!(is_data_file(&f.path), "{}", f.path);
                let written = files.iter().any(|(p, _)| *p == f.path);
                // The rest are written from the package and the dataset.
                let elsewhere = f.path.starts_with("/data/");
                assert!(written || elsewhere, "{page:?} links {}", f.path);
            }
        }
        // Pages, the shell and the dataset as the app reads it are not data
        // files; the whole dataset is.
        for rel in [
            "rounds/3.html",
            "index.html",
            "data/edition/base.json",
            "data/edition/fa.json",
            "people/index.html",
        ] {
            assert!(!is_data_file(rel), "{rel}");
        }
        assert!(is_data_file("data/v2.0.0/vienna-process.json"));
        assert!(is_data_file("data/vienna-process.json"));
    }

    #[test]
    fn file_names_are_safe_because_ids_are_slugs() {
        let (cat, raw, links) = setup();
        for (path, text) in all(&cat, &raw, &links) {
            let name = path.trim_start_matches('/');
            assert!(
                name.split('/').all(|seg| !seg.is_empty()
                    && !seg.starts_with('.')
                    && seg.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '-'
                        || c == '.')),
                "{path}"
            );
            if path.ends_with(".json") {
                serde_json::from_str::<Value>(&text).unwrap();
            }
        }
    }

    #[test]
    fn view_files_are_the_export_tables() {
        let (cat, raw, links) = setup();
        let files = all(&cat, &raw, &links);
        let get = |p: &str| files.iter().find(|(q, _)| q == p).unwrap().1.clone();
        let t = timeline_table(&cat);
        assert_eq!(get("/timeline.json"), t.to_json());
        assert_eq!(get("/timeline.csv"), t.to_csv(&Texts::english()));
        let m: Value = serde_json::from_str(&get("/matrix.json")).unwrap();
        assert_eq!(m.as_array().unwrap().len(), cat.data.factions.len());
        assert_eq!(
            t.rows.len(),
            cat.data.rounds.len()
                + cat
                    .data
                    .events
                    .iter()
                    .filter(|e| !e.dates.is_empty())
                    .count()
        );
    }
}
