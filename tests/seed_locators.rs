#![cfg(not(target_arch = "wasm32"))]
//! Every seed source's paragraph list matches its file: paragraph N is the N-th
//! non-blank line, and `opens` is how that line begins.
//!
//! The seed files live outside the repository (`../shared/seeds/`), so a clone
//! on its own cannot read them. The repository therefore commits a short index,
//! `tests/data/seed-index.json`: for each seed file its size, line count and an
//! FNV-1a hash, and for each non-blank line only its first
//! [`START_CHARS`] characters (a locator, not the text). The dataset is always
//! checked against the index, which must exist; where the seed files are present
//! the index is also checked against them, so it cannot drift. To rewrite it
//! after a seed file changes: `UPDATE_SEED_INDEX=1 cargo test --test seed_locators`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Once;

use serde::{Deserialize, Serialize};
use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::data::{Source, SourceKind};

/// How many characters of each non-blank line the index keeps.
const START_CHARS: usize = 60;

#[derive(Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SeedIndex {
    /// What the file is and how to rewrite it.
    about: String,
    files: Vec<IndexedFile>,
}

#[derive(Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct IndexedFile {
    /// File name under `shared/seeds/`.
    file: String,
    bytes: usize,
    /// All lines, blank ones included.
    lines: usize,
    /// FNV-1a (64-bit) of the file's bytes, in hex.
    fnv1a64: String,
    /// Number of non-blank lines: the paragraphs a citation can point to.
    non_blank: usize,
    /// The first characters of each non-blank line, trimmed.
    starts: Vec<String>,
}

fn index_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed-index.json")
}

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

fn non_blank_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn start_of(line: &str) -> String {
    line.chars().take(START_CHARS).collect()
}

fn index_file(file: &str, text: &str) -> IndexedFile {
    let lines = non_blank_lines(text);
    IndexedFile {
        file: file.to_string(),
        bytes: text.len(),
        lines: text.lines().count(),
        fnv1a64: format!("{:016x}", fnv1a64(text.as_bytes())),
        non_blank: lines.len(),
        starts: lines.iter().map(|l| start_of(l)).collect(),
    }
}

fn seed_sources() -> Vec<Source> {
    let data = embedded().unwrap_or_else(|e| panic!("{e}"));
    data.sources
        .into_iter()
        .filter(|s| s.kind == SourceKind::Seed)
        .collect()
}

/// The seed files (name, text), sorted by name; `None` where the directory is absent.
fn seed_files() -> Option<Vec<(String, String)>> {
    let dir = seeds_dir();
    if !dir.is_dir() {
        return None;
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    Some(
        names
            .into_iter()
            .map(|n| {
                let text = std::fs::read_to_string(dir.join(&n))
                    .unwrap_or_else(|e| panic!("cannot read {n}: {e}"));
                (n, text)
            })
            .collect(),
    )
}

fn derive_index(files: &[(String, String)]) -> SeedIndex {
    SeedIndex {
        about: format!(
            "Index of the seed files in shared/seeds/, so the dataset's paragraph locators can be \
             checked without them: per file its size, line count, FNV-1a hash, number of non-blank \
             lines (paragraphs) and the first {START_CHARS} characters of each. Written by \
             tests/seed_locators.rs with UPDATE_SEED_INDEX=1."
        ),
        files: files.iter().map(|(n, t)| index_file(n, t)).collect(),
    }
}

/// With `UPDATE_SEED_INDEX=1` and the seed files present, rewrites the index
/// (once, before any test reads it).
fn update_index_if_asked() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("UPDATE_SEED_INDEX").is_none() {
            return;
        }
        let files = seed_files().unwrap_or_else(|| {
            panic!(
                "UPDATE_SEED_INDEX is set but {} does not exist",
                seeds_dir().display()
            )
        });
        let mut text = serde_json::to_string_pretty(&derive_index(&files)).expect("serialises");
        text.push('\n');
        std::fs::create_dir_all(index_path().parent().unwrap()).expect("tests/data");
        std::fs::write(index_path(), text).expect("write the seed index");
    });
}

fn read_index() -> SeedIndex {
    update_index_if_asked();
    let path = index_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: cannot read the committed seed index ({e}); without it the seed locators \
             cannot be checked. Rebuild it where ../shared/seeds exists with \
             `UPDATE_SEED_INDEX=1 cargo test --test seed_locators`",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Checked on every machine: the dataset's seed paragraphs against the committed index.
#[test]
fn seed_paragraphs_match_the_committed_index() {
    let index = read_index();
    let seeds = seed_sources();
    assert_eq!(seeds.len(), 5, "five seed sources");
    assert_eq!(
        index.files.len(),
        seeds.len(),
        "the index lists one file per seed source"
    );
    let mut checked = 0;
    for s in &seeds {
        let file = s
            .file
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no file", s.id));
        let entry = index
            .files
            .iter()
            .find(|f| f.file == file)
            .unwrap_or_else(|| panic!("{}: {file} is not in the seed index", s.id));
        assert_eq!(entry.starts.len(), entry.non_blank, "{file}: index entry");
        assert!(entry.non_blank > 0, "{file}: no paragraphs indexed");
        assert_eq!(
            s.paragraphs.len(),
            entry.non_blank,
            "{}: the dataset lists {} paragraphs, the file has {} non-blank lines",
            s.id,
            s.paragraphs.len(),
            entry.non_blank
        );
        for (p, start) in s.paragraphs.iter().zip(&entry.starts) {
            let opens = p.opens.trim();
            assert!(!opens.is_empty(), "{} ¶{}: empty opens", s.id, p.n);
            assert!(
                start.starts_with(opens) || opens.starts_with(start.as_str()),
                "{} ¶{}: opens {:?} does not match the line, which begins {:?}",
                s.id,
                p.n,
                opens,
                start
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no seed paragraphs checked");
}

/// Checked where the seed files exist: the index is exactly what the files give,
/// and each `opens` is a prefix of its whole line. `UPDATE_SEED_INDEX=1` rewrites it.
#[test]
fn the_committed_index_matches_the_seed_files() {
    let Some(files) = seed_files() else {
        // The other test still checks the dataset against the committed index.
        eprintln!(
            "note: {} not found; the index itself is not re-derived here",
            seeds_dir().display()
        );
        return;
    };
    let committed = read_index();
    assert!(
        committed == derive_index(&files),
        "{} is out of date with {}: run `UPDATE_SEED_INDEX=1 cargo test --test seed_locators`",
        index_path().display(),
        seeds_dir().display()
    );

    // With the whole lines at hand, `opens` must be a prefix of its line.
    let seeds = seed_sources();
    let cited_files: BTreeSet<&str> = seeds.iter().filter_map(|s| s.file.as_deref()).collect();
    let present: BTreeSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        cited_files, present,
        "the seed sources name exactly the seed files"
    );
    for s in &seeds {
        let file = s.file.as_deref().unwrap();
        let (_, text) = files.iter().find(|(n, _)| n == file).unwrap();
        for (p, line) in s.paragraphs.iter().zip(non_blank_lines(text)) {
            assert!(
                line.starts_with(p.opens.trim()),
                "{} ¶{}: {:?} does not open {:?}",
                s.id,
                p.n,
                p.opens,
                line
            );
        }
    }
}

#[test]
fn fnv1a64_known_values() {
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
}

#[test]
fn there_are_five_seed_sources() {
    let ids: Vec<String> = seed_sources().into_iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]
    );
}
