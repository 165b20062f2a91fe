//! The real `claimdesk` binary importing folders: the summary of a mixed folder, Ctrl-C in
//! the middle of a large import, search right after a batch, and bulk review with undo.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimdesk_core::inputs::{ArticleIdInput, ArticlePageInput, ListClaimsInput};
use claimdesk_core::{Desk, SystemClock};
use serde_json::Value;

fn claimdesk(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimdesk"));
    cmd.env("CLAIMDESK_DB", db);
    cmd
}

fn run_json(db: &Path, args: &[&str]) -> (Value, i32) {
    let out = claimdesk(db).args(args).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let value = serde_json::from_str(&stdout).unwrap_or_else(|_| {
        panic!(
            "{args:?} printed no JSON: {stdout:?} {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (value, out.status.code().unwrap_or(-1))
}

/// An article that differs from every other by its number.
fn article(i: usize) -> String {
    format!(
        "Report number {i} from the valley\n\
         Officials said {n} soldiers arrived in the valley on Monday, report {i} says.\n\
         \u{201c}We will hold the bridge,\u{201d} said Colonel Dana Reyes.\n\
         The ministry counted {m} families who left their homes.\n",
        n = 1000 + i,
        m = 20 + i
    )
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn paths(summary: &Value, list: &str) -> Vec<String> {
    let mut out: Vec<String> = summary[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let path = row["path"].as_str().unwrap();
            Path::new(path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_folder_import_sums_up_imports_duplicates_refusals_and_skips() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("inbox");
    write(&root.join("a.txt"), &article(1));
    write(
        &root.join("deep/er/b.md"),
        &format!("# Report two\n\n{}", article(2)),
    );
    write(
        &root.join("deep/c.html"),
        &format!("<html><body><p>{}</p></body></html>", article(3)),
    );
    write(&root.join("deep/copy-of-a.txt"), &article(1));
    write(&root.join("empty.txt"), "");
    write(&root.join("deep/er/latin1.txt"), "caf\u{e9}");
    std::fs::write(root.join("deep/er/latin1.txt"), b"caf\xe9 au lait").unwrap();
    write(&root.join("photo.jpg"), "not an article");
    write(&root.join("deep/notes.docx"), "not an article either");
    write(&root.join(".hidden.txt"), &article(9));
    let db = dir.path().join("desk.sqlite3");

    let (summary, code) = run_json(&db, &["import", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 1, "refused files make the exit status non-zero");
    assert_eq!(paths(&summary, "imported"), ["a.txt", "b.md", "c.html"]);
    assert_eq!(paths(&summary, "duplicates"), ["copy-of-a.txt"]);
    assert_eq!(paths(&summary, "refused"), ["empty.txt", "latin1.txt"]);
    assert_eq!(summary["skipped"], 2);
    assert_eq!(summary["cancelled"], false);
    let reasons: Vec<&str> = summary["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.iter().any(|r| r.ends_with("is empty.")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("not UTF-8")),
        "{reasons:?}"
    );
    let duplicate_of = summary["duplicates"][0]["article_id"].clone();
    let first = summary["imported"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"].as_str().unwrap().ends_with("a.txt"))
        .unwrap();
    assert_eq!(duplicate_of, first["article_id"]);

    // Again: everything is a duplicate now, and the text summary says so in one line.
    let out = claimdesk(&db)
        .args(["import", root.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("0 articles imported"), "{text}");
    assert!(
        last.contains("4 duplicates, 2 refused, 2 skipped"),
        "{text}"
    );
}

#[test]
fn search_finds_the_last_article_of_a_batch_right_after_the_import() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("batch");
    // One full batch of 400 articles and one more; the last of each holds a word of its own.
    for i in 0..401 {
        let mut text = article(i);
        if i == 399 {
            text.push_str("Officials said 4,000 trucks reached Ovidzewski on Sunday.\n");
        }
        if i == 400 {
            text.push_str("Police said 700 cars were stopped near Brzlemont before dawn.\n");
        }
        write(&root.join(format!("{i:04}.txt")), &text);
    }
    let db = dir.path().join("desk.sqlite3");
    let (summary, code) = run_json(
        &db,
        &["import", root.to_str().unwrap(), "--format", "json", "-q"],
    );
    assert_eq!(code, 0);
    assert_eq!(summary["imported"].as_array().unwrap().len(), 401);
    for (word, file) in [("Ovidzewski", "0399.txt"), ("Brzlemont", "0400.txt")] {
        let (page, _) = run_json(&db, &["search", word, "--format", "json"]);
        let hits = page["hits"].as_array().unwrap();
        assert!(page["total"].as_u64().unwrap() >= 2, "{word}: {page}");
        let id = summary["imported"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(file))
            .unwrap()["article_id"]
            .clone();
        assert!(hits.iter().all(|h| h["article_id"] == id), "{word}: {page}");
        assert!(
            hits.iter().any(|h| h["matched"] == "claim"),
            "{word}: {page}"
        );
    }
}

/// Every stored article has exactly the claims extraction finds in its body.
fn assert_articles_whole(desk: &Desk) {
    let page = desk
        .list_articles_page(ArticlePageInput {
            limit: 500,
            ..Default::default()
        })
        .unwrap();
    for summary in &page.items {
        let view = desk
            .get_article(ArticleIdInput {
                article_id: summary.id,
            })
            .unwrap();
        let expected = claimdesk_extract::extract(&view.article.body).len();
        let stored = desk
            .list_claims(ListClaimsInput {
                article_id: Some(summary.id),
                include_dismissed: Some(true),
                ..Default::default()
            })
            .unwrap()
            .len();
        assert_eq!(stored, expected, "article {} is not whole", summary.id);
        assert!(expected > 0);
    }
}

#[test]
fn ctrl_c_keeps_every_finished_article_whole_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("archive");
    let files = 2400;
    for i in 0..files {
        write(&root.join(format!("{:02}/{i:05}.txt", i % 7)), &article(i));
    }
    let db = dir.path().join("desk.sqlite3");
    let child = claimdesk(&db)
        .args([
            "import",
            root.to_str().unwrap(),
            "--format",
            "json",
            "--quiet",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the first committed batch, then interrupt.
    let started = Instant::now();
    loop {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no batch was committed"
        );
        std::thread::sleep(Duration::from_millis(20));
        let Ok(desk) = Desk::open(&db, SystemClock) else {
            continue;
        };
        let total = desk
            .list_articles_page(ArticlePageInput {
                limit: 1,
                ..Default::default()
            })
            .map(|p| p.total)
            .unwrap_or(0);
        if total > 0 {
            break;
        }
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["cancelled"], true);
    let imported = summary["imported"].as_array().unwrap().len();
    assert!(
        imported > 0 && imported < files,
        "{imported} of {files} imported"
    );

    let desk = Desk::open(&db, SystemClock).unwrap();
    assert_eq!(desk.integrity_check().unwrap(), "ok");
    let stored = desk.desk_counts(Default::default()).unwrap().articles;
    assert_eq!(
        stored, imported,
        "the summary lists exactly what was stored"
    );
    assert_articles_whole(&desk);
    assert!(desk.counter_mismatches().unwrap().is_empty());
    drop(desk);

    let (rerun, code) = run_json(
        &db,
        &["import", root.to_str().unwrap(), "--format", "json", "-q"],
    );
    assert_eq!(code, 0);
    assert_eq!(rerun["duplicates"].as_array().unwrap().len(), imported);
    assert_eq!(
        rerun["imported"].as_array().unwrap().len(),
        files - imported
    );
    let desk = Desk::open(&db, SystemClock).unwrap();
    assert_eq!(
        desk.desk_counts(Default::default()).unwrap().articles,
        files
    );
    assert!(desk.counter_mismatches().unwrap().is_empty());
}

#[test]
fn bulk_review_by_filter_and_by_standard_input_undoes_in_one_go() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("few");
    for i in 0..3 {
        write(&root.join(format!("{i}.txt")), &article(i));
    }
    let db = dir.path().join("desk.sqlite3");
    run_json(&db, &["import", root.to_str().unwrap(), "--format", "json"]);
    let (quantities, _) = run_json(&db, &["claims", "--kind", "quantity", "--format", "json"]);
    let n = quantities.as_array().unwrap().len();
    assert!(n >= 3);
    let (outcome, code) = run_json(
        &db,
        &[
            "review",
            "--filter",
            "kind=quantity",
            "--status",
            "verified",
            "--reason",
            "Counted",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(outcome["changed"].as_u64().unwrap() as usize, n);
    let (verified, _) = run_json(&db, &["claims", "--status", "verified", "--format", "json"]);
    assert_eq!(verified.as_array().unwrap().len(), n);

    let batch = outcome["batch"].as_str().unwrap().to_owned();
    let (undone, _) = run_json(&db, &["review", "--undo", &batch, "--format", "json"]);
    assert_eq!(undone["reverted"].as_u64().unwrap() as usize, n);
    let (verified, _) = run_json(&db, &["claims", "--status", "verified", "--format", "json"]);
    assert!(verified.as_array().unwrap().is_empty());

    // Ids on standard input.
    let ids: Vec<String> = quantities.as_array().unwrap()[..2]
        .iter()
        .map(|c| c["id"].to_string())
        .collect();
    let mut child = claimdesk(&db)
        .args(["review", "-", "--status", "disputed", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ids.join("\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let outcome: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(outcome["changed"], 2);
    let desk = Desk::open(&db, SystemClock).unwrap();
    assert_eq!(
        desk.desk_counts(Default::default())
            .unwrap()
            .by_status
            .disputed,
        2
    );
    assert!(desk.counter_mismatches().unwrap().is_empty());
}
