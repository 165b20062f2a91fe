//! Shared fixtures: a workspace on a temporary database with a fixed clock.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use claimdesk_core::{Desk, FixedClock};
use tempfile::TempDir;

pub const NOW: &str = "2026-03-04T05:06:07Z";

/// A workspace in a fresh temporary folder; keep the `TempDir` alive while using it.
pub fn desk() -> (TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(db_path(&dir), FixedClock::at(NOW)).unwrap();
    (dir, desk)
}

pub fn db_path(dir: &TempDir) -> PathBuf {
    dir.path().join("data").join("claimdesk.sqlite3")
}

pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// An article with a figure and a quote, as a plain-text file.
pub const ARTICLE_TXT: &str = "Army gathers at the frontier\n\
Up to 35,000 fighters have gathered at the frontier, officials said on Monday.\n\
\u{201c}We will respond with force if they cross,\u{201d} said General Ann Smith.\n\
The ministry said 3,000 families had left the area since January.\n";

/// The number of rows of each kind, to show a refused input wrote nothing.
pub fn row_counts(desk: &Desk) -> (usize, usize) {
    let articles = desk.list_articles().unwrap().len();
    let claims = desk
        .list_claims(claimdesk_core::inputs::ListClaimsInput {
            include_dismissed: Some(true),
            ..Default::default()
        })
        .unwrap()
        .len();
    (articles, claims)
}
