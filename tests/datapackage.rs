//! The data package validated by the Frictionless framework itself
//! (`frictionless validate`: descriptor, Table Schemas, types, primary and
//! foreign keys). scripts/setup.sh installs it into `.venv-frictionless/`;
//! set FRICTIONLESS to use another. The same checks run natively in
//! `query::package` (headers equal schemas, keys hold) wherever this cannot.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::query::package::files;

fn frictionless() -> Option<PathBuf> {
    let path = std::env::var_os("FRICTIONLESS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv-frictionless/bin/frictionless")
        });
    path.is_file().then_some(path)
}

fn write(dir: &std::path::Path, files: &[(String, String)]) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    for (site_path, text) in files {
        let path = dir.join(site_path.trim_start_matches("/data/"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir.join("datapackage.json")
}

fn validate(bin: &PathBuf, descriptor: &std::path::Path) -> (bool, String) {
    let out = Command::new(bin)
        .arg("validate")
        .arg(descriptor)
        .output()
        .expect("frictionless runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.success(), text)
}

#[test]
fn frictionless_validates_the_package_and_catches_a_broken_foreign_key() {
    let Some(bin) = frictionless() else {
        eprintln!(
            "frictionless is not installed (scripts/setup.sh): validated natively only (query::package)"
        );
        return;
    };
    let tmp = std::env::temp_dir().join(format!("vpe-package-{}", std::process::id()));
    let data = embedded().unwrap();
    let (ok, report) = validate(&bin, &write(&tmp.join("good"), &files(&data)));
    assert!(ok, "the package is invalid:\n{report}");

    // The same package with a citation of a source that is not in it.
    let mut broken = data.clone();
    broken.rounds[0].dates[0].cites[0].source = "no-such-source".into();
    let (ok, report) = validate(&bin, &write(&tmp.join("bad"), &files(&broken)));
    assert!(!ok, "a broken foreign key passed:\n{report}");
    assert!(report.contains("foreign-key"), "{report}");
    let _ = std::fs::remove_dir_all(&tmp);
}
