//! Writes the data beside the pages: each page's JSON or CSV, the Data
//! Package, every dataset version at its permanent address and the Atom feed
//! of versions. The contents come from `query` (datafiles, package, versions),
//! the same functions the pages and export buttons use.

use std::path::Path;

use serde_json::Value;

use crate::data::embedded::EMBEDDED_JSON;
use crate::data::model::Dataset;
use crate::data::validate::parse_and_validate;
use crate::query::links::Links;
use crate::query::versions::{feed, history, permanent_path, ARCHIVED};
use crate::query::{datafiles, package};
use crate::store::Loaded;

/// Writes every data file into `dist` and returns their site paths. The
/// archived versions are read from `dist` (Trunk copies `public/data`).
pub fn write(dist: &Path, loaded: &Loaded, links: &Links) -> Result<Vec<String>, String> {
    let cat = &loaded.catalog;
    let raw: Value =
        serde_json::from_str(EMBEDDED_JSON).map_err(|e| format!("the dataset: {e}"))?;
    let mut files = datafiles::all(cat, &raw, links);
    files.extend(package::files(&cat.data));

    // The current version, byte for byte the file the app is built with.
    let current = permanent_path(&cat.data.meta.version);
    files.push((current, EMBEDDED_JSON.to_string()));
    let mut old: Vec<Dataset> = Vec::new();
    for v in ARCHIVED.iter().filter(|v| **v != cat.data.meta.version) {
        let rel = permanent_path(v);
        let path = dist.join(rel.trim_start_matches('/'));
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: {e} (the archived version {v} should be copied from public/data)",
                path.display()
            )
        })?;
        old.push(parse_and_validate(&text).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let mut all: Vec<&Dataset> = old.iter().collect();
    all.push(&cat.data);
    files.push((datafiles::FEED.to_string(), feed(&history(&all), links)));

    let mut written = Vec::new();
    for (site_path, text) in files {
        let path = dist.join(site_path.trim_start_matches('/'));
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(site_path);
    }
    // The archives were copied by Trunk; list them too (for `_headers`).
    written.extend(ARCHIVED.iter().map(|v| permanent_path(v)));
    written.sort();
    written.dedup();
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;
    use crate::store::Origin;

    #[test]
    fn writes_every_page_file_the_package_the_versions_and_the_feed() {
        let dist = std::env::temp_dir().join(format!("vpe-datafiles-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        // As Trunk leaves it: the archive copied from public/data.
        for v in ARCHIVED {
            let rel = permanent_path(v);
            let from = format!("{}/public{rel}", env!("CARGO_MANIFEST_DIR"));
            let to = dist.join(rel.trim_start_matches('/'));
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(from, to).unwrap();
        }
        let loaded = Loaded::new(embedded().unwrap(), Origin::Embedded);
        let links = Links::new("/").at_origin("https://example.org");
        let written = write(&dist, &loaded, &links).unwrap();

        // The current version is byte-identical to the dataset the app embeds.
        let version = &loaded.catalog.data.meta.version;
        let copy =
            std::fs::read(dist.join(format!("data/v{version}/vienna-process.json"))).unwrap();
        assert_eq!(copy, EMBEDDED_JSON.as_bytes());

        for page in crate::query::pages::Page::all(&loaded.catalog) {
            for f in datafiles::files_of(&page) {
                if f.path != datafiles::DATASET {
                    assert!(written.contains(&f.path), "{page:?}: {}", f.path);
                    assert!(dist.join(f.path.trim_start_matches('/')).is_file());
                }
            }
        }
        let feed = std::fs::read_to_string(dist.join("feed.xml")).unwrap();
        assert!(roxmltree::Document::parse(&feed).is_ok());
        assert!(written.iter().all(|p| datafiles::is_data_file(p)));
        let _ = std::fs::remove_dir_all(&dist);
    }
}
