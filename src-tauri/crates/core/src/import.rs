//! Importing articles: files (txt, md, html), pasted text and the bundled sample. A text
//! imported before is recognised by its hash and not stored twice.

use std::ops::ControlFlow;
use std::path::Path;

use claimdesk_db::{NewArticle, Reader, SourceFormat};
use sha2::{Digest, Sha256};

use crate::document::{document_from_file, document_from_text, Document};
use crate::error::Result;
use crate::extraction::extract_claims;
use crate::inputs::{ImportFilesInput, ImportTextInput};
use crate::views::{ImportFileResult, ImportOutcome, ImportProgress};
use crate::Desk;

/// The sample article bundled with Claimdesk.
pub const SAMPLE_TEXT: &str = include_str!("../sample/seed.txt");

/// SHA-256 of an article body, hex.
pub fn content_hash(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Desk {
    /// Imports one file. Bad input is refused before anything is written.
    pub fn import_file(&self, path: impl AsRef<Path>) -> Result<ImportOutcome> {
        let (doc, format) = document_from_file(path.as_ref())?;
        self.import_document(doc, format)
    }

    /// Imports several files, reporting progress after each; a failing file does not stop
    /// the others and is reported in its own result. When `on_progress` answers `Break`
    /// (the analyst cancelled), the files not yet read are left alone and not reported.
    pub fn import_files(
        &self,
        input: ImportFilesInput,
        mut on_progress: impl FnMut(ImportProgress) -> ControlFlow<()>,
    ) -> Result<Vec<ImportFileResult>> {
        let total = input.paths.len();
        let mut results = Vec::with_capacity(total);
        for (i, path) in input.paths.into_iter().enumerate() {
            let result = match self.import_file(&path) {
                Ok(outcome) => ImportFileResult {
                    path: path.clone(),
                    outcome: Some(outcome),
                    error: None,
                },
                Err(err) => ImportFileResult {
                    path: path.clone(),
                    outcome: None,
                    error: Some(err.payload()),
                },
            };
            results.push(result);
            let flow = on_progress(ImportProgress {
                done: i + 1,
                total,
                current: path,
            });
            if flow.is_break() {
                break;
            }
        }
        Ok(results)
    }

    /// Imports pasted text.
    pub fn import_text(&self, input: ImportTextInput) -> Result<ImportOutcome> {
        let doc = document_from_text(&input.text, input.title.as_deref())?;
        self.import_document(doc, SourceFormat::Pasted)
    }

    /// Imports the sample article bundled with Claimdesk.
    pub fn import_sample(&self) -> Result<ImportOutcome> {
        let doc = document_from_text(SAMPLE_TEXT, None)?;
        self.import_document(doc, SourceFormat::Sample)
    }

    /// Stores a document already read (see [`crate::document`]) and extracts its claims,
    /// unless the same text was imported before.
    pub fn import_document(&self, doc: Document, format: SourceFormat) -> Result<ImportOutcome> {
        let hash = content_hash(&doc.body);
        if let Some(outcome) = self.db.read(|r| already_imported(r, &hash))? {
            return Ok(outcome);
        }
        // Extract before the transaction: no lock is held while the extractor runs.
        let claims = extract_claims(0, &doc.body);
        let at = self.now();
        self.db.write(|w| {
            // Another window or CLI may have imported it in the meantime.
            if let Some(outcome) = already_imported(w, &hash)? {
                return Ok(outcome);
            }
            let Document {
                title,
                body,
                outlet,
                url,
                author,
                published_at,
            } = doc;
            let article = NewArticle {
                title: title.clone(),
                outlet,
                url,
                author,
                published_at,
                imported_at: at.clone(),
                source_format: format,
                content_hash: hash.clone(),
                body,
            };
            let article_id = w.insert_imported_article(&article, &claims)?;
            Ok(ImportOutcome {
                article_id,
                title,
                claims: claims.len(),
                already_imported: false,
            })
        })
    }
}

fn already_imported(r: &Reader<'_>, hash: &str) -> Result<Option<ImportOutcome>> {
    let Some(id) = r.article_id_by_hash(hash)? else {
        return Ok(None);
    };
    let article = r.article_summary(id)?;
    Ok(Some(ImportOutcome {
        article_id: article.id,
        claims: article.claim_count,
        title: article.title,
        already_imported: true,
    }))
}
