//! Offline and installable: the service worker `sw.js`, with the list of files
//! it precaches and a version, and the app icons the web app manifest names.
//!
//! Both the list and the version are only known once every file is built, so
//! [`write`] runs last in [`super::build`]. The worker's code is
//! `src/prerender/sw.js`; this module puts in front of it:
//!
//! - `FILES`: what the app needs to start in any edition, each address with the
//!   FNV-1a hash of its content (the worker checks what it downloads and what
//!   it reads from its cache against it): what the shell page (`index.html`)
//!   loads (Trunk's hashed wasm, JS and CSS, the favicon, the dataset's base,
//!   the manifest, `offline.js`), the manifest's icons, the Dari and Pashto
//!   texts of the dataset and catalogs, and each edition's home page. Other pages are cached when they
//!   are opened; one not opened yet is drawn by the app from its edition's home.
//! - `VERSION`: a hash of those files and of every page the worker may cache.
//!   Any change to them changes `sw.js`, which is how the browser learns of a
//!   new deployment.
//!
//! Never listed: `sw.js` itself, `404.html` (the host's answer to unknown
//! addresses), preview images, `sitemap.xml`, other sites' files and addresses
//! with a query string.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use resvg::{tiny_skia, usvg};

use crate::data::edition::{texts_path, BASE};
use crate::i18n::Lang;
use crate::query::links::Links;

/// The worker's code, after the generated constants.
const WORKER: &str = include_str!("sw.js");
/// The icon every app icon is drawn from.
const FAVICON: &str = include_str!("../../public/favicon.svg");
/// The favicon's background (its rounded square), behind the maskable icon.
const ICON_BG: [u8; 3] = [0x1d, 0x4e, 0x89];
/// The app icons: file, side in pixels, maskable (full-bleed, in the safe zone).
pub const ICONS: [(&str, u32, bool); 3] = [
    ("icons/icon-192.png", 192, false),
    ("icons/icon-512.png", 512, false),
    ("icons/maskable-512.png", 512, true),
];
/// The manifest (`public/manifest.webmanifest`, copied by Trunk).
pub const MANIFEST: &str = "manifest.webmanifest";

/// What the worker precaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Precache {
    /// Address (under the base) -> content hash.
    pub files: BTreeMap<String, String>,
    /// The size of each listed file, in bytes.
    pub sizes: BTreeMap<String, u64>,
    /// Hash of every file the worker may hold.
    pub version: String,
    /// The site's path, "/" or "/vienna/".
    pub base: String,
    /// The app's script: a page that loads it belongs to this version.
    pub app: String,
    /// Each edition's home page, the shell for pages not cached yet.
    pub shells: Vec<String>,
}

impl Precache {
    /// The bytes the worker downloads on its first install.
    pub fn bytes(&self) -> u64 {
        self.sizes.values().sum()
    }
}

/// Draws the icons, lists what to precache in `dist` and writes `sw.js`.
pub fn write(dist: &Path, base: &str) -> Result<Precache, String> {
    for (file, size, maskable) in ICONS {
        let png = icon(size, maskable)?;
        let path = dist.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let precache = write_worker(dist, base)?;
    println!(
        "offline: sw.js precaches {} files ({} KiB), version {}",
        precache.files.len(),
        precache.bytes() / 1024,
        precache.version
    );
    Ok(precache)
}

/// Lists what `dist` holds now and writes `sw.js` for it: what a deployment
/// whose files changed after the build needs so that readers are offered it.
pub fn write_worker(dist: &Path, base: &str) -> Result<Precache, String> {
    let precache = plan(dist, base)?;
    let path = dist.join("sw.js");
    std::fs::write(&path, worker(&precache)).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(precache)
}

/// What the worker precaches from `dist`, built for `base`.
pub fn plan(dist: &Path, base: &str) -> Result<Precache, String> {
    let root = Links::new(base).root().to_string();
    let base = format!("{root}/");
    let read = |rel: &str| {
        std::fs::read(dist.join(rel)).map_err(|e| format!("{}: {e}", dist.join(rel).display()))
    };
    let index = String::from_utf8_lossy(&read("index.html")?).into_owned();

    // Site-relative file names ("data/edition/base.json").
    let mut wanted: Vec<String> = references(&index)
        .into_iter()
        .filter_map(|r| site_file(&r, &base))
        .filter(|rel| !rel.ends_with(".html") && is_file(dist, rel))
        .collect();
    let app = app_script(&index)
        .and_then(|r| site_file(&r, &base))
        .filter(|rel| wanted.contains(rel))
        .ok_or("index.html loads no app script (run trunk build first)")?;
    if is_file(dist, MANIFEST) {
        wanted.push(MANIFEST.to_string());
        wanted.extend(manifest_icons(&String::from_utf8_lossy(&read(MANIFEST)?)));
    }
    // wasm-bindgen's inline JS, imported by the glue script.
    wanted.extend(files_under(dist, "snippets")?);
    let mut shells = Vec::new();
    // The dataset as every edition reads it (the base, as index.html
    // preloads it, and each language's texts) and the catalogs: offline, the
    // reader may switch. The whole dataset is a download, like the data files.
    wanted.push(BASE.trim_start_matches('/').to_string());
    for lang in Lang::ALL {
        if let Some(texts) = texts_path(lang) {
            wanted.push(texts.trim_start_matches('/').to_string());
        }
        if lang != Lang::En {
            wanted.push(format!("i18n/{}.ftl", lang.code()));
        }
        let home = format!("{}/index.html", lang.prefix().trim_start_matches('/'));
        wanted.push(home.trim_start_matches('/').to_string());
        shells.push(format!("{root}{}/", lang.prefix()));
    }
    // The longest prefix first: "/vienna/fa/" before "/vienna/".
    shells.sort_by_key(|s| std::cmp::Reverse(s.len()));

    let mut files = BTreeMap::new();
    let mut sizes = BTreeMap::new();
    for rel in wanted {
        if excluded(&rel) || files.contains_key(&url_of(&base, &rel)) {
            continue;
        }
        let bytes = read(&rel)?;
        let url = url_of(&base, &rel);
        sizes.insert(url.clone(), bytes.len() as u64);
        files.insert(url, format!("{:08x}", fnv1a32(&bytes)));
    }

    // The version covers the listed files and every page the worker may cache.
    let mut all = String::new();
    for (url, rev) in &files {
        all.push_str(&format!("{url} {rev}\n"));
    }
    for rel in files_under(dist, "")? {
        if rel.ends_with(".html") {
            all.push_str(&format!("{rel} {:08x}\n", fnv1a32(&read(&rel)?)));
        }
    }
    all.push_str(WORKER);
    Ok(Precache {
        files,
        sizes,
        version: format!("{:016x}", fnv1a64(all.as_bytes())),
        app: url_of(&base, &app),
        base,
        shells,
    })
}

/// The worker: the constants, then its code.
pub fn worker(p: &Precache) -> String {
    fn json<T: serde::Serialize>(v: &T) -> String {
        // One line per precached file.
        serde_json::to_string_pretty(v).unwrap_or_default()
    }
    format!(
        "// Written by `prerender` (src/prerender/offline.rs) from src/prerender/sw.js: do not edit.\n\
         const VERSION = {};\nconst BASE = {};\nconst APP = {};\nconst SHELLS = {};\nconst FILES = {};\n\n{WORKER}",
        json(&p.version),
        json(&p.base),
        json(&p.app),
        json(&p.shells),
        json(&p.files),
    )
}

/// Never precached, whatever refers to it.
fn excluded(rel: &str) -> bool {
    rel == "sw.js"
        || rel == "404.html"
        || rel == "sitemap.xml"
        || rel == "robots.txt"
        || rel.starts_with("og/")
        // Data beside the pages, the package and old versions: fetched by
        // scripts, not needed to start the app.
        || crate::query::datafiles::is_data_file(rel)
        || rel.starts_with('.')
        || rel.contains("/.")
}

/// A site file's address: "index.html" and "fa/index.html" are "/" and "/fa/".
fn url_of(base: &str, rel: &str) -> String {
    let rel = rel.strip_suffix("index.html").unwrap_or(rel);
    format!("{base}{rel}")
}

/// The app's script: the one Trunk's loader imports
/// (`import init, * as bindings from '/vienna/name-<hash>.js'`).
fn app_script(html: &str) -> Option<String> {
    let rest = &html[html.find("import init")?..];
    let start = rest.find("from '")? + "from '".len();
    let end = rest[start..].find('\'')?;
    Some(rest[start..start + end].to_string())
}

fn is_file(dist: &Path, rel: &str) -> bool {
    dist.join(rel).is_file()
}

/// Every address in the page's `href`, `src` and quoted module paths (Trunk's
/// loader imports the glue and names the wasm in its inline script).
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\"", "from '", "module_or_path: '"] {
        let end = attr.chars().last().unwrap_or('"');
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            if let Some(j) = rest.find(end) {
                out.push(rest[..j].to_string());
                rest = &rest[j..];
            }
        }
    }
    out
}

/// The site file an address in the shell page names, if it is one of this
/// site's files without a query: "/vienna/x.css" or "x.css" -> "x.css".
fn site_file(reference: &str, base: &str) -> Option<String> {
    if reference.contains(['?', '#', ':']) || reference.starts_with("//") {
        return None;
    }
    let rel = match reference.strip_prefix('/') {
        Some(_) => reference.strip_prefix(base)?,
        None => reference.strip_prefix("./").unwrap_or(reference),
    };
    (!rel.is_empty() && !rel.split('/').any(|s| s == "..")).then(|| rel.to_string())
}

/// The icons a manifest names (relative to it, so to the site's root).
fn manifest_icons(manifest: &str) -> Vec<String> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(manifest) else {
        return Vec::new();
    };
    v["icons"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["src"].as_str())
        .filter_map(|s| site_file(s, "/"))
        .collect()
}

/// Every file under `dir` (relative to `dist`), as site-relative names, sorted.
fn files_under(dist: &Path, dir: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = vec![dist.join(dir)];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let path = e.map_err(|e| format!("{}: {e}", d.display()))?.path();
            let rel = path
                .strip_prefix(dist)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            if rel.split('/').any(|s| s.starts_with('.')) {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(rel);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// FNV-1a, 32 bits: the worker computes the same over what it caches.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// FNV-1a, 64 bits, for the version.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// An app icon drawn from the favicon: as it is, or (maskable) smaller on a
/// full square of its background, inside the circle every mask keeps.
pub fn icon(size: u32, maskable: bool) -> Result<Vec<u8>, String> {
    let tree =
        usvg::Tree::from_str(FAVICON, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or("no pixmap")?;
    let side = size as f32;
    let drawn = if maskable {
        let [r, g, b] = ICON_BG;
        pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, 255));
        side * 0.8
    } else {
        side
    };
    let scale = drawn / tree.size().width().max(tree.size().height());
    let offset = (side - drawn) / 2.0;
    let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(offset, offset);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up build: what Trunk and `prerender` write, in a fresh folder.
    struct Dist(PathBuf);

    impl Dist {
        fn new(name: &str, base: &str) -> Dist {
            let dir = std::env::temp_dir().join(format!(
                "vpe-offline-{name}-{}-{}",
                std::process::id(),
                base.len()
            ));
            let _ = std::fs::remove_dir_all(&dir);
            let d = Dist(dir);
            let index = format!(
                "<!DOCTYPE html><html><head><base href=\"{base}\">\
                 <link rel=\"icon\" href=\"{base}favicon-0123456789abcdef.svg\"/>\
                 <link rel=\"stylesheet\" href=\"{base}main-0123456789abcdef.css\"/>\
                 <link rel=\"manifest\" href=\"manifest.webmanifest\">\
                 <link rel=\"preload\" href=\"data/edition/base.json\" as=\"fetch\" crossorigin>\
                 <link rel=\"stylesheet\" href=\"https://cdn.example.org/x.css\">\
                 <script src=\"{base}offline-1111111111111111.js\" defer></script>\
                 <script type=\"module\">import init, * as bindings from '{base}app-fedcba9876543210.js';\
                 const wasm = await init({{ module_or_path: '{base}app-fedcba9876543210_bg.wasm' }});</script>\
                 </head><body><a href=\"{base}timeline\">t</a><a href=\"{base}about?data=https://x.org/d.json\">a</a>\
                 <a href=\"{base}data/vienna-process.json\" download>d</a><a href=\"{base}fa/\">fa</a></body></html>"
            );
            d.put("index.html", &index);
            for f in [
                "favicon-0123456789abcdef.svg",
                "main-0123456789abcdef.css",
                "app-fedcba9876543210.js",
                "app-fedcba9876543210_bg.wasm",
                "offline-1111111111111111.js",
                "data/vienna-process.json",
                "data/edition/base.json",
                "data/edition/fa.json",
                "data/edition/ps.json",
                "data/vienna-process.schema.json",
                "i18n/en.ftl",
                "i18n/fa-AF.ftl",
                "i18n/ps-AF.ftl",
                "fa/index.html",
                "ps/index.html",
                "timeline.html",
                "about.html",
                "rounds/3.html",
                "404.html",
                "og/site.png",
                "sitemap.xml",
                "robots.txt",
                "sw.js",
                ".nojekyll",
                ".stage/x.js",
                "icons/icon-192.png",
                "icons/icon-512.png",
                "icons/maskable-512.png",
            ] {
                d.put(f, &format!("content of {f}"));
            }
            d.put(
                MANIFEST,
                r#"{"name":"x","icons":[{"src":"icons/icon-192.png"},{"src":"icons/icon-512.png"},{"src":"icons/maskable-512.png","purpose":"maskable"},{"src":"https://elsewhere.example/i.png"}]}"#,
            );
            d
        }

        fn put(&self, rel: &str, text: &str) {
            let p = self.0.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
    }

    impl Drop for Dist {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn urls(p: &Precache) -> Vec<&str> {
        p.files.keys().map(String::as_str).collect()
    }

    #[test]
    fn data_files_and_old_versions_are_never_precached() {
        for rel in [
            "rounds/3.json",
            "timeline.csv",
            "data/datapackage.json",
            "data/rounds.csv",
            "data/v2.0.0/vienna-process.json",
            "feed.xml",
        ] {
            assert!(excluded(rel), "{rel}");
        }
        assert!(excluded("data/vienna-process.json"));
        assert!(!excluded("data/edition/fa.json"));
        assert!(!excluded("index.html"));
    }

    #[test]
    fn fnv_matches_the_reference_values() {
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a32(b"foobar"), 0xbf9c_f968);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_list_holds_the_app_its_data_catalogs_icons_and_edition_homes_under_the_base() {
        for base in ["/", "/vienna/"] {
            let d = Dist::new("list", base);
            let p = plan(&d.0, base).unwrap();
            let want: Vec<String> = [
                "",
                "app-fedcba9876543210.js",
                "app-fedcba9876543210_bg.wasm",
                "data/edition/base.json",
                "data/edition/fa.json",
                "data/edition/ps.json",
                "fa/",
                "favicon-0123456789abcdef.svg",
                "i18n/fa-AF.ftl",
                "i18n/ps-AF.ftl",
                "icons/icon-192.png",
                "icons/icon-512.png",
                "icons/maskable-512.png",
                "main-0123456789abcdef.css",
                "manifest.webmanifest",
                "offline-1111111111111111.js",
                "ps/",
            ]
            .iter()
            .map(|r| format!("{base}{r}"))
            .collect();
            let mut want: Vec<&str> = want.iter().map(String::as_str).collect();
            want.sort();
            assert_eq!(urls(&p), want, "{base}");
            assert_eq!(p.base, base);
            assert_eq!(p.app, format!("{base}app-fedcba9876543210.js"));
            assert_eq!(
                p.shells,
                [format!("{base}fa/"), format!("{base}ps/"), base.to_string()]
            );
            let rev = format!("{:08x}", fnv1a32(b"content of data/edition/base.json"));
            assert_eq!(p.files[&format!("{base}data/edition/base.json")], rev);
            // The whole dataset is a download, not needed to start.
            assert!(!p
                .files
                .contains_key(&format!("{base}data/vienna-process.json")));
            assert_eq!(p.bytes(), p.sizes.values().sum::<u64>());
            assert!(p.bytes() > 0);
        }
    }

    #[test]
    fn what_must_not_be_cached_is_not_listed() {
        let d = Dist::new("exclude", "/vienna/");
        let p = plan(&d.0, "/vienna/").unwrap();
        for u in urls(&p) {
            assert!(u.starts_with("/vienna/"), "{u} is outside the base");
            for bad in [
                "sw.js",
                "404",
                "og/",
                "sitemap",
                "robots",
                "?",
                "http",
                "schema",
                "en.ftl",
                "timeline",
                "about",
                "rounds",
                ".stage",
                ".nojekyll",
            ] {
                assert!(!u.contains(bad), "{u} is listed");
            }
        }
        // The worker only ever answers for its own site.
        let js = worker(&p);
        assert!(js.contains("const BASE = \"/vienna/\";"));
        assert!(js.contains("url.origin !== location.origin"));
        assert!(js.contains("!url.pathname.startsWith(BASE)"));
    }

    #[test]
    fn the_version_follows_the_content_of_what_may_be_cached() {
        let d = Dist::new("version", "/");
        let v1 = plan(&d.0, "/").unwrap();
        assert_eq!(
            plan(&d.0, "/").unwrap(),
            v1,
            "the same build, the same worker"
        );
        assert_eq!(v1.version.len(), 16);
        // A listed file changes: its hash and the version change.
        d.put("data/edition/base.json", "another dataset");
        let v2 = plan(&d.0, "/").unwrap();
        assert_ne!(v2.version, v1.version);
        assert_ne!(
            v2.files["/data/edition/base.json"],
            v1.files["/data/edition/base.json"]
        );
        assert_eq!(
            v2.files["/offline-1111111111111111.js"],
            v1.files["/offline-1111111111111111.js"]
        );
        // A page the worker caches when it is opened.
        d.put("rounds/3.html", "round 3, corrected");
        let v3 = plan(&d.0, "/").unwrap();
        assert_ne!(v3.version, v2.version);
        assert_eq!(v3.files, v2.files);
        // What it never caches does not count.
        d.put("og/site.png", "another picture");
        d.put("sitemap.xml", "another sitemap");
        assert_eq!(plan(&d.0, "/").unwrap().version, v3.version);
    }

    #[test]
    fn the_worker_is_written_with_its_constants() {
        let d = Dist::new("write", "/vienna/");
        let p = write(&d.0, "/vienna/").unwrap();
        let js = std::fs::read_to_string(d.0.join("sw.js")).unwrap();
        assert!(js.starts_with("// Written by `prerender`"));
        assert!(js.contains(&format!("const VERSION = \"{}\";", p.version)));
        assert!(js.contains("const APP = \"/vienna/app-fedcba9876543210.js\";"));
        assert!(js.contains("\"/vienna/fa/\""));
        let files = js
            .split_once("const FILES = ")
            .and_then(|(_, rest)| rest.split_once(";\n"))
            .map(|(json, _)| json)
            .unwrap();
        let parsed: BTreeMap<String, String> = serde_json::from_str(files).unwrap();
        assert_eq!(parsed, p.files);
        // The icons were drawn before the list was made: it holds the real ones.
        let png = std::fs::read(d.0.join("icons/maskable-512.png")).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        assert_eq!(
            p.files["/vienna/icons/maskable-512.png"],
            format!("{:08x}", fnv1a32(&png))
        );
    }

    #[test]
    fn icons_are_square_pngs_and_the_maskable_one_is_opaque() {
        for (_, size, maskable) in ICONS {
            let png = icon(size, maskable).unwrap();
            let img = tiny_skia::Pixmap::decode_png(&png).unwrap();
            assert_eq!((img.width(), img.height()), (size, size));
            let corner = img.pixel(0, 0).unwrap();
            assert_eq!(
                corner.alpha() == 255,
                maskable,
                "corner of {size} {maskable}"
            );
        }
    }
}
