//! Writing exports to disk: whole files or nothing, progress, clear errors, and the preview.

mod export_fixture;

use claimdesk_core::export::{ExportFormat, ExportReportInput, ExportScope, PreviewExportInput};
use claimdesk_core::ErrorCode;
use export_fixture::fixture;

fn input(format: ExportFormat, path: &std::path::Path) -> ExportReportInput {
    ExportReportInput {
        format,
        scope: ExportScope::default(),
        path: path.display().to_string(),
    }
}

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn export_writes_the_whole_file_and_reports_progress() {
    let fx = fixture();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("report.html");
    let mut progress = Vec::new();
    let outcome = fx
        .desk
        .export_report(input(ExportFormat::Html, &path), |p| progress.push(p))
        .unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(outcome.bytes, written.len() as u64);
    assert_eq!(outcome.path, path.display().to_string());
    assert!(written.ends_with("</html>"));
    let last = progress.last().unwrap();
    assert_eq!((last.done, last.total), (5, 5));
    assert!(progress.windows(2).all(|w| w[0].done <= w[1].done));
    assert_eq!(
        entries(out.path()),
        ["report.html"],
        "no temporary file left behind"
    );
}

#[test]
fn export_replaces_an_existing_file_whole() {
    let fx = fixture();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("claims.csv");
    std::fs::write(&path, "old content that is longer than nothing").unwrap();
    fx.desk
        .export_report(input(ExportFormat::Csv, &path), |_| {})
        .unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.starts_with("\u{feff}article_title,"));
    assert!(!written.contains("old content"));
}

#[test]
fn a_folder_that_cannot_be_written_gives_a_clear_error_and_leaves_nothing() {
    let fx = fixture();
    let out = tempfile::tempdir().unwrap();
    let locked = out.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    set_mode(&locked, 0o555);
    // root may write anywhere it has permission bits for; a kernel folder refuses it too.
    let folder = if std::fs::write(locked.join("probe"), "x").is_ok() {
        std::path::PathBuf::from("/sys")
    } else {
        locked.clone()
    };
    let err = fx
        .desk
        .export_report(
            input(ExportFormat::Html, &folder.join("report.html")),
            |_| {},
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    let message = err.to_string();
    assert!(
        message.contains("read-only") && message.contains("nothing was written"),
        "{message}"
    );
    set_mode(&locked, 0o755);
    assert!(!folder.join("report.html").exists());
}

#[cfg(unix)]
fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn missing_folder_and_unknown_article_are_refused() {
    let fx = fixture();
    let out = tempfile::tempdir().unwrap();
    let err = fx
        .desk
        .export_report(
            input(ExportFormat::Md, &out.path().join("no/such/report.md")),
            |_| {},
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    assert!(err.to_string().contains("does not exist"), "{err}");
    let err = fx
        .desk
        .export_report(input(ExportFormat::Md, out.path()), |_| {})
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvalidInput,
        "a folder is not a file: {err}"
    );
    let scope = ExportScope {
        article_id: Some(999),
        ..ExportScope::default()
    };
    let err = fx
        .desk
        .preview_export(PreviewExportInput {
            format: ExportFormat::Html,
            scope,
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn preview_shows_the_beginning_as_text() {
    let fx = fixture();
    let mut cut = 0;
    for format in ExportFormat::ALL {
        let input = || PreviewExportInput {
            format,
            scope: ExportScope::default(),
        };
        let preview = fx.desk.preview_export(input()).unwrap();
        let full = fx.desk.export_text(input()).unwrap();
        let lines: Vec<&str> = full.trim_start_matches('\u{feff}').lines().collect();
        assert!(!preview.is_empty() && !preview.starts_with('\u{feff}'));
        if lines.len() > 200 {
            // The first 200 lines, then how many more there are.
            cut += 1;
            let head: String = lines[..200].iter().map(|l| format!("{l}\n")).collect();
            let more = format!("… {} more lines\n", lines.len() - 200);
            assert_eq!(preview, head + &more, "{format:?}");
        } else {
            assert_eq!(preview.lines().collect::<Vec<_>>(), lines, "{format:?}");
        }
    }
    assert!(cut > 0, "one format is long enough to be cut");
    let html = fx
        .desk
        .preview_export(PreviewExportInput {
            format: ExportFormat::Html,
            scope: ExportScope::default(),
        })
        .unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let json = fx
        .desk
        .preview_export(PreviewExportInput {
            format: ExportFormat::Json,
            scope: ExportScope::default(),
        })
        .unwrap();
    assert!(
        json.ends_with("more lines\n"),
        "the JSON is longer than the preview"
    );
}

#[test]
fn scope_and_format_arrive_from_the_window_as_json() {
    let input: ExportReportInput = serde_json::from_str(
        r#"{"format":"claimreview","scope":{"article_id":3,"claim_ids":[1,2]},"path":"/tmp/x.json"}"#,
    )
    .unwrap();
    assert_eq!(input.format, ExportFormat::ClaimReview);
    assert_eq!(input.scope.claim_ids, Some(vec![1, 2]));
    let input: PreviewExportInput = serde_json::from_str(r#"{"format":"md","scope":{}}"#).unwrap();
    assert!(input.scope.is_everything());
}
