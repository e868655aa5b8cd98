#![cfg(not(target_arch = "wasm32"))]
//! Every seed source's paragraph list matches its file in `../shared/seeds/`:
//! paragraph N is the N-th non-blank line, and `opens` is a prefix of that line.
//! CI clones the repository alone; without the seeds directory the test prints a
//! note and passes.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::data::SourceKind;

fn non_blank_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn seed_paragraphs_match_their_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.is_dir() {
        eprintln!(
            "note: {} not found; seed locators not checked",
            dir.display()
        );
        return;
    }
    let data = embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut checked = 0;
    for s in data.sources.iter().filter(|s| s.kind == SourceKind::Seed) {
        let file = s
            .file
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no file", s.id));
        let text = std::fs::read_to_string(dir.join(file))
            .unwrap_or_else(|e| panic!("{}: cannot read {file}: {e}", s.id));
        let lines = non_blank_lines(&text);
        assert_eq!(
            s.paragraphs.len(),
            lines.len(),
            "{}: paragraph count differs from the file's non-blank lines",
            s.id
        );
        for (p, line) in s.paragraphs.iter().zip(&lines) {
            assert!(
                line.starts_with(p.opens.trim()),
                "{} ¶{}: {:?} does not open {:?}",
                s.id,
                p.n,
                p.opens,
                line
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no seed paragraphs checked");
}

#[test]
fn research_notes_paragraphs_match_their_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/research/external-facts.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} not found; not checked", path.display());
        return;
    };
    let data = embedded().unwrap_or_else(|e| panic!("{e}"));
    let notes = data
        .sources
        .iter()
        .find(|s| s.id == "research-notes")
        .expect("research-notes source");
    let lines = non_blank_lines(&text);
    assert_eq!(notes.paragraphs.len(), lines.len());
    for (p, line) in notes.paragraphs.iter().zip(&lines) {
        assert!(line.starts_with(p.opens.trim()), "¶{}: {:?}", p.n, p.opens);
    }
}

#[test]
fn there_are_five_seed_sources() {
    let data = embedded().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = data
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Seed)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]
    );
}
