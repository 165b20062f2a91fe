//! The real `claimdesk` binary on a temporary database: each command, and each bad input
//! exiting non-zero with one line on stderr and the database unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimdesk_core::inputs::{ClaimIdInput, ListClaimsInput};
use claimdesk_core::{Desk, SystemClock};
use serde_json::Value;
use tempfile::TempDir;

const ARTICLE: &str = "Army gathers at the frontier\n\
Up to 35,000 fighters have gathered at the frontier, officials said on Monday.\n\
\u{201c}We will respond with force if they cross,\u{201d} said General Ann Smith.\n";

struct Workspace {
    dir: TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("claimdesk.sqlite3")
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Runs `claimdesk` with this workspace's database passed through `CLAIMDESK_DB`.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .args(args)
            .env("CLAIMDESK_DB", self.db())
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// Everything stored, as one comparable value.
    fn fingerprint(&self) -> String {
        let desk = Desk::open(self.db(), SystemClock).unwrap();
        let claims = desk
            .list_claims(ListClaimsInput {
                include_dismissed: Some(true),
                ..Default::default()
            })
            .unwrap();
        let details: Vec<_> = claims
            .iter()
            .map(|c| desk.get_claim(ClaimIdInput { claim_id: c.id }).unwrap())
            .collect();
        serde_json::to_string(&(desk.list_articles().unwrap(), details)).unwrap()
    }

    /// Asserts a refused command: non-zero exit, one line on stderr, nothing changed.
    fn refused(&self, args: &[&str], says: &str) {
        let before = self.fingerprint();
        let out = self.run(args);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!out.status.success(), "{args:?} should fail");
        assert_eq!(
            stderr.lines().count(),
            1,
            "one line for {args:?}: {stderr:?}"
        );
        assert!(
            stderr.to_lowercase().contains(&says.to_lowercase()),
            "{stderr:?} should say {says:?}"
        );
        assert!(out.stdout.is_empty(), "no output for {args:?}");
        assert_eq!(self.fingerprint(), before, "{args:?} changed the database");
    }

    fn imported(&self) -> (i64, i64) {
        let path = self.file("army.txt", ARTICLE.as_bytes());
        let summary = self.json(&["import", path.to_str().unwrap(), "--format", "json"]);
        let article = summary["imported"][0]["article_id"].as_i64().unwrap();
        let claims = self.json(&["claims", "--format", "json"]);
        (article, claims[0]["id"].as_i64().unwrap())
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn import_prints_id_title_and_claim_count() {
    let ws = Workspace::new();
    let path = ws.file("army.txt", ARTICLE.as_bytes());
    let summary = ws.json(&["import", s(&path), "--format", "json"]);
    let rows = &summary["imported"];
    assert_eq!(rows[0]["article_id"], 1);
    assert_eq!(rows[0]["title"], "Army gathers at the frontier");
    let count = rows[0]["claims"].as_u64().unwrap() as usize;
    let stored = ws.json(&["claims", "--format", "json"]);
    assert!(count > 0);
    assert_eq!(count, stored.as_array().unwrap().len(), "the stored claims");
    assert_eq!(summary["claims_added"], rows[0]["claims"]);

    let text = ws.ok(&["import", s(&path)]);
    assert!(text.contains("already imported"), "{text}");
    assert!(
        text.starts_with("1\tArmy gathers at the frontier\t"),
        "{text}"
    );
}

#[test]
fn the_db_flag_wins_over_the_environment() {
    let ws = Workspace::new();
    let other = ws.dir.path().join("other.sqlite3");
    let path = ws.file("army.txt", ARTICLE.as_bytes());
    ws.ok(&["--db", s(&other), "import", s(&path)]);
    let in_other = ws.json(&["--db", s(&other), "claims", "--format", "json"]);
    assert!(
        !in_other.as_array().unwrap().is_empty(),
        "the article is in --db"
    );
    assert_eq!(
        ws.json(&["claims", "--format", "json"]),
        Value::Array(vec![])
    );
}

#[test]
fn extract_prints_claims_with_byte_offsets_and_no_database() {
    let ws = Workspace::new();
    let path = ws.file("army.txt", ARTICLE.as_bytes());
    let claims = ws.json(&["extract", s(&path), "--format", "json"]);
    let claims = claims.as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        for field in [
            "kind", "text", "start", "end", "speaker", "value", "unit", "tags", "score",
        ] {
            assert!(c.get(field).is_some(), "missing {field} in {c}");
        }
        let (start, end) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&ARTICLE[start..end], c["text"].as_str().unwrap());
    }
    assert!(!ws.db().exists(), "extract never opens the database");
}

#[test]
fn claims_lists_with_filters_and_the_documented_fields() {
    let ws = Workspace::new();
    let (article, claim) = ws.imported();
    ws.ok(&["review", &claim.to_string(), "--status", "verified"]);
    let all = ws.json(&[
        "claims",
        "--article",
        &article.to_string(),
        "--format",
        "json",
    ]);
    let first = all[0].as_object().unwrap();
    let mut keys: Vec<_> = first.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        vec![
            "article_id",
            "id",
            "kind",
            "note_count",
            "source_count",
            "speaker",
            "status",
            "text",
            "unit",
            "value"
        ]
    );
    let verified = ws.json(&["claims", "--status", "verified", "--format", "json"]);
    assert_eq!(verified.as_array().unwrap().len(), 1);
    assert_eq!(verified[0]["id"], claim);
    let text = ws.ok(&["claims", "--status", "verified"]);
    assert!(
        text.starts_with(&format!("{claim}\t{article}\tverified\t")),
        "{text}"
    );
}

#[test]
fn review_records_status_reason_source_and_note_together() {
    let ws = Workspace::new();
    let (_, claim) = ws.imported();
    let id = claim.to_string();
    let out = ws.ok(&[
        "review",
        &id,
        "--status",
        "disputed",
        "--reason",
        "UN counts 20,000",
        "--source",
        "https://example.org/un",
        "--stance",
        "refutes",
        "--title",
        "UN report",
        "--note",
        "Satellite images agree with the UN.",
    ]);
    assert!(out.contains("disputed"), "{out}");
    let desk = Desk::open(ws.db(), SystemClock).unwrap();
    let detail = desk.get_claim(ClaimIdInput { claim_id: claim }).unwrap();
    assert_eq!(detail.claim.status, claimdesk_core::Status::Disputed);
    assert_eq!(
        detail.claim.status_reason.as_deref(),
        Some("UN counts 20,000")
    );
    assert_eq!(detail.sources.len(), 1);
    assert_eq!(detail.sources[0].stance, claimdesk_core::Stance::Refutes);
    assert_eq!(detail.sources[0].title.as_deref(), Some("UN report"));
    assert_eq!(detail.notes.len(), 1);
    // Pending since import had no row; the review wrote one.
    assert_eq!(detail.history.len(), 1);
}

#[test]
fn search_finds_imported_text() {
    let ws = Workspace::new();
    ws.imported();
    let page = ws.json(&["search", "fighters", "--format", "json"]);
    let hits = page["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert_eq!(page["total"].as_u64().unwrap() as usize, hits.len());
    assert!(ws
        .ok(&["search", "fighters"])
        .contains("Army gathers at the frontier"));
    assert_eq!(
        ws.json(&["search", "\"AND(", "--format", "json"])["hits"],
        Value::Array(vec![])
    );
}

#[test]
fn bad_files_are_refused_and_change_nothing() {
    let ws = Workspace::new();
    ws.imported();
    let missing = ws.dir.path().join("missing.txt");
    ws.refused(&["import", s(&missing)], "no file at");
    ws.refused(&["import", s(&ws.file("empty.txt", b""))], "is empty");
    ws.refused(
        &["import", s(&ws.file("bin.txt", b"\x7fELF\0\0\x01"))],
        "binary",
    );
    ws.refused(
        &["import", s(&ws.file("latin1.txt", b"caf\xe9"))],
        "not UTF-8",
    );
    let huge = ws.file("huge.txt", &vec![b'a'; 20 * 1024 * 1024 + 1]);
    ws.refused(&["import", s(&huge)], "larger than 20 MB");
    // One bad file in a batch imports none of them.
    let good = ws.file("good.txt", b"Another article\nWith 5,000 people in it.\n");
    ws.refused(&["import", s(&good), s(&missing)], "no file at");
    // extract applies the same checks.
    ws.refused(
        &["extract", s(&ws.file("e.txt", b"")), "--format", "json"],
        "is empty",
    );
    ws.refused(&["extract", s(&missing), "--format", "json"], "no file at");
}

#[test]
fn bad_reviews_are_refused_and_change_nothing() {
    let ws = Workspace::new();
    let (article, claim) = ws.imported();
    let id = claim.to_string();
    ws.refused(
        &["review", "9999", "--status", "verified"],
        "claim 9999 does not exist",
    );
    ws.refused(&["review", &id, "--status", "bogus"], "unknown status");
    ws.refused(&["review", &id, "--status", "dismissed"], "unknown status");
    ws.refused(
        &[
            "review",
            &id,
            "--status",
            "verified",
            "--source",
            "javascript:alert(1)",
            "--note",
            "x",
        ],
        "Only http and https links can be added.",
    );
    ws.refused(
        &[
            "review",
            &id,
            "--status",
            "verified",
            "--source",
            "https://example.org",
            "--stance",
            "maybe",
        ],
        "unknown stance",
    );
    ws.refused(
        &["review", &id, "--status", "verified", "--stance", "refutes"],
        "--source",
    );
    ws.refused(&["review", "abc", "--status", "verified"], "invalid value");
    ws.refused(&["review", &id, "--status", "pending"], "already pending");
    ws.refused(
        &["claims", "--article", "777"],
        "article 777 does not exist",
    );
    ws.refused(&["claims", "--status", "nope"], "unknown status");
    ws.refused(&["frobnicate"], "frobnicate");
    let _ = article;
}
