//! The committed TypeScript bindings must match what the Rust types generate today.
//! Run with `CLAIMDESK_WRITE_BINDINGS=1` to regenerate them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use claimdesk_core::bindings::{export_bindings, BINDINGS_DIR};

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_DIR)
}

fn read_ts_files(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    let text = std::fs::read_to_string(e.path()).ok()?;
                    name.ends_with(".ts").then_some((name, text))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn committed_bindings_match_the_rust_types() {
    if std::env::var_os("CLAIMDESK_WRITE_BINDINGS").is_some() {
        let dir = committed_dir();
        if dir.exists() {
            for name in read_ts_files(&dir).keys() {
                std::fs::remove_file(dir.join(name)).unwrap();
            }
        }
        std::fs::create_dir_all(&dir).unwrap();
        export_bindings(&dir).unwrap();
    }
    let fresh = tempfile::tempdir().unwrap();
    export_bindings(fresh.path()).unwrap();
    let expected = read_ts_files(fresh.path());
    let committed = read_ts_files(&committed_dir());
    assert!(expected.len() > 30, "too few bindings generated");
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        committed.keys().collect::<Vec<_>>(),
        "binding files differ; run CLAIMDESK_WRITE_BINDINGS=1 cargo test -p claimdesk-core --test bindings"
    );
    for (name, text) in &expected {
        assert_eq!(
            Some(text),
            committed.get(name),
            "{name} is out of date; run CLAIMDESK_WRITE_BINDINGS=1 cargo test -p claimdesk-core --test bindings"
        );
    }
}
