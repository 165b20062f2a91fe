//! The export use cases on [`Desk`]: preview, write a file, and import an exchange document.
//! A file is written whole into a temporary file beside the target and then renamed over it,
//! so a failed export (read-only folder, full disk) leaves nothing half-written behind.

use std::io::{ErrorKind, Write};
use std::ops::ControlFlow;
use std::path::Path;

use super::json::parse_exchange;
use super::{render, ExchangeImportOutcome, ExportFormat, ExportOutcome, ExportProgress};
use super::{ExportReportInput, ExportScope, PreviewExportInput, ReportData};
use crate::document::read_text_file;
use crate::error::{Error, Result};
use crate::Desk;

/// How much of an export the preview shows.
const PREVIEW_LINES: usize = 200;
const PREVIEW_CHARS: usize = 40_000;

impl Desk {
    /// The data `format` renders for `scope`, read in one snapshot.
    pub fn report_data(&self, format: ExportFormat, scope: &ExportScope) -> Result<ReportData> {
        let generated_at = self.now();
        self.db.read(|r| {
            scope.check(r)?;
            let label = scope.describe(r)?;
            let rows = r.scope_rows(&scope.filter())?;
            Ok(ReportData::from_rows(
                rows,
                generated_at,
                label,
                r.settings()?,
                |claim| scope.keeps(format, claim),
            ))
        })
    }

    /// The whole export as text (the CLI prints it for `--output -`).
    pub fn export_text(&self, input: PreviewExportInput) -> Result<String> {
        let data = self.report_data(input.format, &input.scope)?;
        render(input.format, &data, &mut |_| {})
    }

    /// The beginning of what `export_report` would write: its first lines, as text.
    pub fn preview_export(&self, input: PreviewExportInput) -> Result<String> {
        let full = self.export_text(input)?;
        let full = full.trim_start_matches('\u{feff}');
        let mut preview = String::new();
        let mut lines = full.lines();
        for line in lines.by_ref().take(PREVIEW_LINES) {
            if preview.len() + line.len() > PREVIEW_CHARS {
                let room = PREVIEW_CHARS.saturating_sub(preview.len());
                let cut = (0..=room)
                    .rev()
                    .find(|&i| line.is_char_boundary(i))
                    .unwrap_or(0);
                preview.push_str(&line[..cut]);
                preview.push_str("…\n");
                return Ok(preview);
            }
            preview.push_str(line);
            preview.push('\n');
        }
        let rest = lines.count();
        if rest > 0 {
            preview.push_str(&format!("… {rest} more lines\n"));
        }
        Ok(preview)
    }

    /// Writes the export to `input.path`, reporting progress in claims. Either the whole
    /// file is in place afterwards or the target is untouched.
    pub fn export_report(
        &self,
        input: ExportReportInput,
        mut on_progress: impl FnMut(ExportProgress),
    ) -> Result<ExportOutcome> {
        self.export_report_cancellable(input, |p| {
            on_progress(p);
            ControlFlow::Continue(())
        })
    }

    /// [`Desk::export_report`] that `on_progress` can cancel by answering `Break` (after
    /// any article); then nothing is written and the error says so.
    pub fn export_report_cancellable(
        &self,
        input: ExportReportInput,
        mut on_progress: impl FnMut(ExportProgress) -> ControlFlow<()>,
    ) -> Result<ExportOutcome> {
        if input.path.trim().is_empty() {
            return Err(Error::invalid("Choose a file to export to."));
        }
        let path = Path::new(&input.path);
        let data = self.report_data(input.format, &input.scope)?;
        let total = data.claim_count();
        let mut cancelled = on_progress(ExportProgress { done: 0, total }).is_break();
        let text = render(input.format, &data, &mut |done| {
            cancelled = cancelled || on_progress(ExportProgress { done, total }).is_break();
        })?;
        if cancelled {
            return Err(Error::Conflict(
                "The export was cancelled; nothing was written.".into(),
            ));
        }
        write_whole(path, text.as_bytes())?;
        let _ = on_progress(ExportProgress { done: total, total });
        Ok(ExportOutcome {
            path: input.path,
            bytes: text.len() as u64,
        })
    }

    /// Imports an exchange document (`claimdesk export --format json`), merging with what is
    /// already here; the whole document is checked first and merged in one transaction.
    pub fn import_exchange(&self, text: &str) -> Result<ExchangeImportOutcome> {
        let doc = parse_exchange(text)?;
        let counts = self
            .db
            .write(|w| Ok::<_, Error>(w.merge_exchange(&doc.articles)?))?;
        Ok(counts.into())
    }

    /// [`Desk::import_exchange`] of a file.
    pub fn import_exchange_file(&self, path: impl AsRef<Path>) -> Result<ExchangeImportOutcome> {
        let path = path.as_ref();
        let text = match read_text_file(path) {
            Err(Error::InvalidInput(_)) if path.exists() => std::fs::read_to_string(path)
                .map_err(|err| Error::Io(format!("Could not read {}: {err}.", path.display())))?,
            other => other?,
        };
        self.import_exchange(&text)
    }
}

/// Writes `bytes` to a temporary file in `path`'s folder, flushes it to disk, then renames it
/// over `path`. The temporary file is removed if anything fails.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if path.is_dir() {
        return Err(Error::invalid(format!(
            "{} is a folder; choose a file name.",
            path.display()
        )));
    }
    let failed = |err: std::io::Error| write_error(&err, path, dir);
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimdesk-export-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(failed)?;
    tmp.write_all(bytes).map_err(failed)?;
    tmp.as_file().sync_all().map_err(failed)?;
    tmp.persist(path).map_err(|err| failed(err.error))?;
    Ok(())
}

/// One sentence the analyst can act on; the export wrote nothing in every case.
fn write_error(err: &std::io::Error, path: &Path, dir: &Path) -> Error {
    let (file, folder) = (path.display(), dir.display());
    Error::Io(match err.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => format!(
            "Claimdesk may not write in the folder {folder} (it is read-only or not yours); \
             nothing was written. Choose another folder."
        ),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => format!(
            "The disk is full, so {file} could not be written; nothing was written. \
             Free some space or choose another disk."
        ),
        ErrorKind::NotFound => format!("The folder {folder} does not exist."),
        _ => format!("Could not write {file}: {err}; nothing was written."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_and_a_read_only_folder_are_said_plainly() {
        let (path, dir) = (Path::new("/reports/r.html"), Path::new("/reports"));
        let full = write_error(&ErrorKind::StorageFull.into(), path, dir);
        assert_eq!(full.code(), crate::ErrorCode::Io);
        assert!(full.to_string().starts_with("The disk is full"), "{full}");
        let locked = write_error(&ErrorKind::ReadOnlyFilesystem.into(), path, dir);
        assert!(locked.to_string().contains("read-only"), "{locked}");
        assert!(
            locked.to_string().contains("nothing was written"),
            "{locked}"
        );
    }
}
