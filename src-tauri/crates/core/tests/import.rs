//! Importing: each format, duplicates, and every kind of bad input (which writes nothing).

mod common;

use std::ops::ControlFlow;

use claimdesk_core::inputs::{ArticleIdInput, ImportFilesInput, ImportTextInput};
use claimdesk_core::{ErrorCode, SourceFormat, SAMPLE_TEXT};
use common::*;

#[test]
fn a_text_file_is_imported_with_its_first_line_as_title() {
    let (dir, desk) = desk();
    let path = write_file(dir.path(), "army.txt", ARTICLE_TXT.as_bytes());
    let outcome = desk.import_file(&path).unwrap();
    assert!(!outcome.already_imported);
    assert_eq!(outcome.title, "Army gathers at the frontier");
    let view = desk
        .get_article(ArticleIdInput {
            article_id: outcome.article_id,
        })
        .unwrap();
    assert_eq!(view.article.body, ARTICLE_TXT.trim_end());
    assert_eq!(view.article.source_format, SourceFormat::Txt);
    assert_eq!(view.article.imported_at, NOW);
    assert_eq!(view.claims.len(), outcome.claims);
    assert!(outcome.claims > 0, "extraction runs at import");
}

#[test]
fn windows_line_ends_and_a_byte_order_mark_are_normalised() {
    let (dir, desk) = desk();
    let crlf = format!("\u{feff}{}", ARTICLE_TXT.replace('\n', "\r\n"));
    let a = desk
        .import_file(write_file(dir.path(), "crlf.txt", crlf.as_bytes()))
        .unwrap();
    let b = desk
        .import_file(write_file(dir.path(), "lf.txt", ARTICLE_TXT.as_bytes()))
        .unwrap();
    assert!(b.already_imported, "same text, same article");
    assert_eq!(a.article_id, b.article_id);
}

#[test]
fn markdown_is_imported_as_plain_text() {
    let (dir, desk) = desk();
    let md = "# Army gathers\n\nUp to **35,000** fighters have [gathered](https://x.test).\n\n<script>alert(1)</script>\n";
    let outcome = desk
        .import_file(write_file(dir.path(), "a.md", md.as_bytes()))
        .unwrap();
    assert_eq!(outcome.title, "Army gathers");
    let article = desk
        .get_article(ArticleIdInput {
            article_id: outcome.article_id,
        })
        .unwrap()
        .article;
    assert_eq!(
        article.body,
        "Army gathers\n\nUp to 35,000 fighters have gathered."
    );
    assert_eq!(article.source_format, SourceFormat::Md);
}

#[test]
fn html_keeps_the_main_text_and_drops_scripts() {
    let (dir, desk) = desk();
    let html = r#"<!doctype html><html><head><title>Army gathers at the frontier</title>
        <meta property="og:site_name" content="The Wire"><script>alert("x")</script></head>
        <body><nav>Home | World | Sport</nav><article>
        <p>Up to 35,000 fighters have gathered at the frontier, officials said on Monday, in a build-up watched closely by neighbours.</p>
        <p>The ministry said 3,000 families had left the area since January, and more were expected to follow in the coming days.</p>
        <img src=x onerror="alert(2)"></article></body></html>"#;
    let outcome = desk
        .import_file(write_file(dir.path(), "page.html", html.as_bytes()))
        .unwrap();
    assert_eq!(outcome.title, "Army gathers at the frontier");
    let article = desk
        .get_article(ArticleIdInput {
            article_id: outcome.article_id,
        })
        .unwrap()
        .article;
    assert!(article.body.contains("35,000 fighters"), "{}", article.body);
    assert!(!article.body.contains("alert"), "{}", article.body);
    assert!(!article.body.contains('<'), "{}", article.body);
    assert_eq!(article.source_format, SourceFormat::Html);
    assert_eq!(article.outlet.as_deref(), Some("The Wire"));
}

#[test]
fn reimporting_the_same_content_points_at_the_first_article() {
    let (dir, desk) = desk();
    let first = desk
        .import_file(write_file(dir.path(), "a.txt", ARTICLE_TXT.as_bytes()))
        .unwrap();
    let again = desk
        .import_file(write_file(dir.path(), "copy.txt", ARTICLE_TXT.as_bytes()))
        .unwrap();
    assert!(again.already_imported);
    assert_eq!(again.article_id, first.article_id);
    assert_eq!(again.claims, first.claims);
    let pasted = desk
        .import_text(ImportTextInput {
            text: ARTICLE_TXT.into(),
            title: None,
        })
        .unwrap();
    assert!(pasted.already_imported);
    assert_eq!(row_counts(&desk).0, 1);
}

#[test]
fn pasted_text_takes_a_given_title() {
    let (_dir, desk) = desk();
    let outcome = desk
        .import_text(ImportTextInput {
            text: "Some pasted words about 5,000 people.".into(),
            title: Some("  My paste ".into()),
        })
        .unwrap();
    assert_eq!(outcome.title, "My paste");
    let summary = &desk.list_articles().unwrap()[0];
    assert_eq!(summary.source_format, SourceFormat::Pasted);
}

#[test]
fn the_sample_article_is_bundled() {
    let (_dir, desk) = desk();
    let outcome = desk.import_sample().unwrap();
    assert!(SAMPLE_TEXT.starts_with(&outcome.title));
    assert!(outcome.claims > 0);
    assert!(desk.import_sample().unwrap().already_imported);
}

fn assert_refused(
    desk: &claimdesk_core::Desk,
    path: &std::path::Path,
    code: ErrorCode,
    says: &str,
) {
    let err = desk.import_file(path).unwrap_err();
    assert_eq!(err.code(), code, "{err}");
    let message = err.to_string();
    assert!(message.contains(says), "{message:?} should say {says:?}");
    assert!(!message.contains('\n'), "one sentence: {message:?}");
    assert!(message.ends_with('.'), "a sentence: {message:?}");
    assert_eq!(row_counts(desk), (0, 0), "nothing written");
}

#[test]
fn bad_files_are_refused_with_one_clear_sentence() {
    let (dir, desk) = desk();
    let d = dir.path();
    assert_refused(
        &desk,
        &d.join("missing.txt"),
        ErrorCode::NotFound,
        "No file at",
    );
    assert_refused(
        &desk,
        &write_file(d, "empty.txt", b""),
        ErrorCode::InvalidInput,
        "is empty",
    );
    assert_refused(
        &desk,
        &write_file(d, "blank.txt", b" \n\t\n"),
        ErrorCode::InvalidInput,
        "is empty",
    );
    assert_refused(
        &desk,
        &write_file(d, "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ErrorCode::InvalidInput,
        "binary",
    );
    assert_refused(
        &desk,
        &write_file(d, "latin1.txt", b"caf\xe9 au lait"),
        ErrorCode::InvalidInput,
        "not UTF-8",
    );
    let huge = vec![b'a'; 20 * 1024 * 1024 + 1];
    assert_refused(
        &desk,
        &write_file(d, "huge.txt", &huge),
        ErrorCode::InvalidInput,
        "larger than 20 MB",
    );
    assert_refused(&desk, d, ErrorCode::InvalidInput, "folder");
    assert_refused(
        &desk,
        &write_file(
            d,
            "empty.html",
            b"<html><body><script>x()</script></body></html>",
        ),
        ErrorCode::InvalidInput,
        "no readable",
    );
}

#[test]
fn exactly_twenty_megabytes_is_accepted() {
    let (dir, desk) = desk();
    let mut text = b"Big file\n".to_vec();
    text.resize(20 * 1024 * 1024, b'x');
    let outcome = desk
        .import_file(write_file(dir.path(), "big.txt", &text))
        .unwrap();
    assert_eq!(outcome.title, "Big file");
}

#[test]
fn bad_pasted_text_is_refused() {
    let (_dir, desk) = desk();
    for text in ["", "   \n  ", "bin\0ary"] {
        let err = desk
            .import_text(ImportTextInput {
                text: text.into(),
                title: None,
            })
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
    }
    assert_eq!(row_counts(&desk), (0, 0));
}

#[test]
fn a_batch_reports_each_file_and_its_progress() {
    let (dir, desk) = desk();
    let good = write_file(dir.path(), "good.txt", ARTICLE_TXT.as_bytes());
    let bad = write_file(dir.path(), "bad.txt", b"");
    let mut progress = Vec::new();
    let results = desk
        .import_files(
            ImportFilesInput {
                paths: vec![bad.display().to_string(), good.display().to_string()],
            },
            |p| {
                progress.push((p.done, p.total, p.current));
                ControlFlow::Continue(())
            },
        )
        .unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[0].error.as_ref().unwrap().code,
        ErrorCode::InvalidInput
    );
    assert!(results[0].outcome.is_none());
    assert!(results[1].outcome.is_some());
    assert_eq!(progress.len(), 2);
    assert_eq!((progress[1].0, progress[1].1), (2, 2));
    assert_eq!(progress[1].2, good.display().to_string());
}

#[test]
fn a_cancelled_batch_stops_after_the_file_in_hand() {
    let (dir, desk) = desk();
    let first = write_file(dir.path(), "first.txt", ARTICLE_TXT.as_bytes());
    let second = write_file(
        dir.path(),
        "second.md",
        b"# Another\n\nThe port handled 4,000 ships last year.\n",
    );
    let results = desk
        .import_files(
            ImportFilesInput {
                paths: vec![first.display().to_string(), second.display().to_string()],
            },
            |_| ControlFlow::Break(()),
        )
        .unwrap();
    assert_eq!(results.len(), 1);
    assert!(results[0].outcome.is_some());
    assert_eq!(desk.list_articles().unwrap().len(), 1);
}
