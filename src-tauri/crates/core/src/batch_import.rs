//! Importing many files at once: files and folders (read recursively), extracted in
//! parallel on every core but one, stored by one writer in batches of a few hundred
//! articles per transaction. An article commits with all its claims or not at all, a text
//! imported before is counted as a duplicate, a file that is not a usable text is refused
//! with its reason, and the others go on. Claimdesk exchange documents (`.json`) are merged
//! after the articles.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use claimdesk_db::{Db, NewArticle, NewClaim, SourceFormat};

use crate::document::{document_from_file, Document};
use crate::error::{Error, Result};
use crate::extraction::extract_claims;
use crate::import::content_hash;
use crate::inputs::ImportPathsInput;
use crate::views::{
    DuplicateFile, ImportPathsProgress, ImportSummary, ImportedFile, MergedFile, RefusedFile,
};
use crate::Desk;

/// Articles per transaction: large enough that a commit's cost is shared, small enough that
/// search catches up often and a cancel stops soon.
const BATCH_ARTICLES: usize = 400;
/// A batch also ends at this much text, so huge files do not pile up in memory.
const BATCH_BYTES: u64 = 8 * 1024 * 1024;

/// The extensions read as articles inside folders (named files are read whatever their name).
const ARTICLE_EXTENSIONS: [&str; 7] = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/// What a walk over the given paths found.
#[derive(Debug, Default)]
struct Found {
    /// Article files and their sizes, in the order given (folders sorted by name).
    articles: Vec<(PathBuf, u64)>,
    exchanges: Vec<PathBuf>,
    skipped: usize,
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

fn no_file(path: &Path) -> Error {
    Error::NotFound(format!("No file at {}.", path.display()))
}

/// Every path must exist (a mistyped name stops the import before it starts).
fn find_files(paths: &[String]) -> Result<Found> {
    let mut found = Found::default();
    for raw in paths {
        let path = PathBuf::from(raw);
        let meta = std::fs::metadata(&path).map_err(|_| no_file(&path))?;
        if meta.is_dir() {
            walk_folder(&path, &mut found)?;
        } else if extension(&path).as_deref() == Some("json") {
            found.exchanges.push(path);
        } else {
            found.articles.push((path, meta.len()));
        }
    }
    Ok(found)
}

/// Adds a folder's files, sorted by name, its subfolders included. Hidden files are left
/// out, and so are symbolic links to folders (no loops).
fn walk_folder(dir: &Path, found: &mut Found) -> Result<()> {
    let read = |err: std::io::Error| {
        Error::Io(format!(
            "Could not read the folder {}: {err}.",
            dir.display()
        ))
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(read)?
        .collect::<std::io::Result<_>>()
        .map_err(read)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(read)?;
        if kind.is_dir() {
            walk_folder(&path, found)?;
            continue;
        }
        // Symbolic links to files count as files; devices, pipes and sockets do not.
        let Some(size) = std::fs::metadata(&path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
        else {
            found.skipped += 1;
            continue;
        };
        match extension(&path).as_deref() {
            Some("json") => found.exchanges.push(path),
            Some(ext) if ARTICLE_EXTENSIONS.contains(&ext) => found.articles.push((path, size)),
            _ => found.skipped += 1,
        }
    }
    Ok(())
}

/// An article read and extracted, ready for the writer.
struct Ready {
    doc: Document,
    format: SourceFormat,
    hash: String,
    claims: Vec<NewClaim>,
}

/// One file's turn through the workers, tagged with its place in the list.
struct Prepared {
    index: usize,
    path: PathBuf,
    bytes: u64,
    ready: Result<Ready>,
}

fn prepare(index: usize, path: &Path, bytes: u64) -> Prepared {
    let ready = document_from_file(path).map(|(doc, format)| Ready {
        hash: content_hash(&doc.body),
        claims: extract_claims(0, &doc.body),
        doc,
        format,
    });
    Prepared {
        index,
        path: path.to_owned(),
        bytes,
        ready,
    }
}

/// The writer's state over the whole import.
struct Progress<'f> {
    summary: ImportSummary,
    report: ImportPathsProgress,
    started: Instant,
    on_progress: &'f mut dyn FnMut(&ImportPathsProgress) -> ControlFlow<()>,
}

impl Progress<'_> {
    /// Tells the caller; `true` when it asked to stop.
    fn tell(&mut self) -> bool {
        self.report.elapsed_ms = self.started.elapsed().as_millis() as u64;
        self.report.imported = self.summary.imported.len();
        self.report.duplicates = self.summary.duplicates.len();
        self.report.refused = self.summary.refused.len();
        (self.on_progress)(&self.report).is_break()
    }

    fn refuse(&mut self, path: &Path, err: &Error) {
        self.summary.refused.push(RefusedFile {
            path: path.display().to_string(),
            code: err.code(),
            reason: err.to_string(),
        });
    }
}

impl Desk {
    /// Imports files and folders (see the module docs), telling `on_progress` after every
    /// file and every committed batch. When it answers `Break` (the analyst cancelled, or
    /// Ctrl-C), the batch in hand is committed and the import stops: every article listed in
    /// the summary is stored whole, and a rerun counts them as duplicates.
    pub fn import_paths(
        &self,
        input: ImportPathsInput,
        mut on_progress: impl FnMut(&ImportPathsProgress) -> ControlFlow<()>,
    ) -> Result<ImportSummary> {
        let found = find_files(&input.paths)?;
        let mut progress = Progress {
            summary: ImportSummary {
                skipped: found.skipped,
                ..ImportSummary::default()
            },
            report: ImportPathsProgress {
                files_total: found.articles.len() + found.exchanges.len(),
                bytes_total: found.articles.iter().map(|(_, n)| n).sum(),
                skipped: found.skipped,
                ..ImportPathsProgress::default()
            },
            started: Instant::now(),
            on_progress: &mut on_progress,
        };
        // A connection of its own, so the window's reads never queue behind a batch.
        let own = self.db.open_another()?;
        let db = own.as_ref().unwrap_or(&self.db);
        let cancelled = self.import_articles(db, &found.articles, &mut progress)?;
        progress.summary.cancelled = cancelled;
        if !cancelled {
            self.merge_exchanges(&found.exchanges, &mut progress);
        }
        if progress.summary.imported.len() >= BATCH_ARTICLES {
            // Fresh statistics for the query planner after a large import.
            db.optimize()?;
        }
        progress.summary.elapsed_ms = progress.started.elapsed().as_millis() as u64;
        progress.summary.bytes = progress.report.bytes_done;
        Ok(progress.summary)
    }

    /// Reads and extracts on worker threads; stores in batches here. Returns whether the
    /// caller cancelled.
    fn import_articles(
        &self,
        db: &Db,
        files: &[(PathBuf, u64)],
        progress: &mut Progress<'_>,
    ) -> Result<bool> {
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get().saturating_sub(1))
            .clamp(1, 8);
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::sync_channel::<Prepared>(2 * BATCH_ARTICLES);
            for _ in 0..workers {
                let tx = tx.clone();
                let (next, stop) = (&next, &stop);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= files.len() || stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let (path, bytes) = &files[i];
                    if tx.send(prepare(i, path, *bytes)).is_err() {
                        break;
                    }
                });
            }
            drop(tx);
            let outcome = self.write_in_batches(db, rx, progress);
            // Workers stop at their next file; the channel's end is dropped with `rx`.
            stop.store(true, Ordering::Relaxed);
            outcome
        })
    }

    /// The one writer: takes files in their listed order, refusing the unusable ones, and
    /// commits a batch whenever it is full.
    fn write_in_batches(
        &self,
        db: &Db,
        rx: mpsc::Receiver<Prepared>,
        progress: &mut Progress<'_>,
    ) -> Result<bool> {
        let mut waiting: BTreeMap<usize, Prepared> = BTreeMap::new();
        let mut next_index = 0;
        let mut batch: Vec<(PathBuf, Ready)> = Vec::new();
        let mut batch_bytes = 0;
        for prepared in rx {
            waiting.insert(prepared.index, prepared);
            while let Some(p) = waiting.remove(&next_index) {
                next_index += 1;
                progress.report.files_done += 1;
                progress.report.bytes_done += p.bytes;
                match p.ready {
                    Ok(ready) => {
                        batch_bytes += p.bytes;
                        batch.push((p.path, ready));
                    }
                    Err(err) => progress.refuse(&p.path, &err),
                }
                let stop = progress.tell();
                if stop || batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                    self.commit_batch(db, std::mem::take(&mut batch), progress)?;
                    batch_bytes = 0;
                    if stop || progress.tell() {
                        return Ok(true);
                    }
                }
            }
        }
        self.commit_batch(db, batch, progress)?;
        Ok(progress.tell())
    }

    /// Stores a batch in one transaction: each article with all its claims, or, when its
    /// text is already here (imported before or earlier in this batch), a duplicate.
    fn commit_batch(
        &self,
        db: &Db,
        batch: Vec<(PathBuf, Ready)>,
        progress: &mut Progress<'_>,
    ) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let at = self.now();
        let (imported, duplicates) = db.write(|w| {
            let mut imported = Vec::new();
            let mut duplicates = Vec::new();
            for (path, ready) in batch {
                let path_text = path.display().to_string();
                if let Some(article_id) = w.article_id_by_hash(&ready.hash)? {
                    let known = w.article_summary(article_id)?;
                    duplicates.push(DuplicateFile {
                        path: path_text,
                        article_id,
                        title: known.title,
                        claims: known.claim_count,
                    });
                    continue;
                }
                let Document {
                    title,
                    body,
                    outlet,
                    url,
                    author,
                    published_at,
                } = ready.doc;
                let article = NewArticle {
                    title: title.clone(),
                    outlet,
                    url,
                    author,
                    published_at,
                    imported_at: at.clone(),
                    source_format: ready.format,
                    content_hash: ready.hash,
                    body,
                };
                let article_id = w.insert_imported_article(&article, &ready.claims)?;
                imported.push(ImportedFile {
                    path: path_text,
                    article_id,
                    title,
                    claims: ready.claims.len(),
                });
            }
            Ok::<_, Error>((imported, duplicates))
        })?;
        progress.summary.claims_added += imported.iter().map(|f| f.claims).sum::<usize>();
        progress.summary.imported.extend(imported);
        progress.summary.duplicates.extend(duplicates);
        Ok(())
    }

    /// Merges exchange documents, each in its own transaction; a bad one is refused.
    fn merge_exchanges(&self, files: &[PathBuf], progress: &mut Progress<'_>) {
        for path in files {
            progress.report.files_done += 1;
            match self.import_exchange_file(path) {
                Ok(outcome) => progress.summary.merged.push(MergedFile {
                    path: path.display().to_string(),
                    outcome,
                }),
                Err(err) => progress.refuse(path, &err),
            }
            if progress.tell() {
                progress.summary.cancelled = true;
                return;
            }
        }
    }
}
