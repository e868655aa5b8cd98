#![cfg(not(target_arch = "wasm32"))]
//! The benchmark dataset written by `scripts/gen-dataset.mjs` is valid: the strict
//! validator accepts it, it has the advertised size (10,000 events, 300 factions,
//! 2,000 people), and the generator is deterministic (two runs, identical bytes).
//!
//! Needs `node` on PATH (`make setup` installs it); without it the test fails
//! rather than pass without checking anything.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use vienna_process_explorer::data::validate::{parse_and_validate, MAX_BYTES};

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "vpe-{tag}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn generate(out: &Path) -> Vec<u8> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/gen-dataset.mjs");
    let run = Command::new("node")
        .arg(&script)
        .arg(out)
        .output()
        .expect("run node scripts/gen-dataset.mjs");
    assert!(
        run.status.success(),
        "gen-dataset.mjs failed:\n{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read(out).expect("read the generated dataset")
}

#[test]
fn generated_large_dataset_is_valid_and_deterministic() {
    assert!(
        node_available(),
        "`node` is not on PATH: run `make setup` (the generator is a Node script)"
    );
    let tmp = TempDir::new("large-dataset");
    let first = generate(&tmp.0.join("a/large.json"));
    let second = generate(&tmp.0.join("b/large.json"));
    assert!(
        first == second,
        "two runs of gen-dataset.mjs wrote different bytes"
    );
    assert!(
        first.len() <= MAX_BYTES,
        "{} bytes is over MAX_BYTES",
        first.len()
    );

    let text = std::str::from_utf8(&first).expect("UTF-8");
    let data = match parse_and_validate(text) {
        Ok(d) => d,
        Err(e) => panic!("the generated dataset is refused: {e}"),
    };
    assert_eq!(data.events.len(), 10_000);
    assert_eq!(data.factions.len(), 300);
    assert_eq!(data.people.len(), 2_000);
    assert_eq!(data.rounds.len(), 5);
    assert!(!data.communities.is_empty());
    assert!(data.sources.iter().any(|s| !s.paragraphs.is_empty()));
    assert!(data.sources.iter().any(|s| s.url.is_some()));
    assert!(!data.relations.is_empty());
    assert!(!data.disagreements.is_empty());
}
