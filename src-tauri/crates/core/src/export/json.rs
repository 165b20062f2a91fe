//! The exchange document: the full data of a scope for another Claimdesk, and reading it
//! back. Its shape (documented in the README):
//!
//! ```json
//! { "format": "claimdesk-export", "version": 1, "generated_at": "…",
//!   "articles": [ { "uuid", "title", …, "body", "claims": [ { "uuid", "kind", …,
//!       "sources": […], "notes": […], "history": [ oldest first ] } ] } ] }
//! ```
//!
//! Rows are nested and carry their UUIDs, never local ids, so exporting, importing into an
//! empty database and exporting again gives the same document, and importing into a
//! database that has some of it merges (see `claimdesk_db` `merge_exchange`).

use std::collections::HashMap;

use claimdesk_db::{ExchangeArticle, ExchangeChange, ExchangeClaim, ExchangeNote};
use claimdesk_db::{ExchangeSource, MergeCounts};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::data::{ClaimReport, ReportData};
use crate::error::{Error, Result};
use crate::fields::checked_link;
use crate::import::content_hash;

/// The `format` name of an exchange document.
pub const EXCHANGE_FORMAT: &str = "claimdesk-export";
/// The version this Claimdesk writes and reads.
pub const EXCHANGE_VERSION: u32 = 1;

/// A whole exchange document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeDocument {
    pub format: String,
    pub version: u32,
    /// RFC 3339, UTC.
    pub generated_at: String,
    pub articles: Vec<ExchangeArticle>,
}

/// What importing an exchange document did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangeImportOutcome {
    pub articles_added: usize,
    /// Articles already here (same UUID or same text), merged into.
    pub articles_matched: usize,
    pub claims_added: usize,
    pub claims_matched: usize,
    pub sources_added: usize,
    pub notes_added: usize,
    pub history_added: usize,
}

impl From<MergeCounts> for ExchangeImportOutcome {
    fn from(m: MergeCounts) -> Self {
        ExchangeImportOutcome {
            articles_added: m.articles_added,
            articles_matched: m.articles_matched,
            claims_added: m.claims_added,
            claims_matched: m.claims_matched,
            sources_added: m.sources_added,
            notes_added: m.notes_added,
            history_added: m.history_added,
        }
    }
}

/// The document for `data` (which should hold every claim of the scope, dismissed too).
pub fn document(data: &ReportData) -> ExchangeDocument {
    let articles = data
        .articles
        .iter()
        .map(|a| {
            let art = &a.article;
            ExchangeArticle {
                uuid: art.uuid.clone(),
                title: art.title.clone(),
                outlet: art.outlet.clone(),
                url: art.url.clone(),
                author: art.author.clone(),
                published_at: art.published_at.clone(),
                imported_at: art.imported_at.clone(),
                source_format: art.source_format,
                content_hash: art.content_hash.clone(),
                body: art.body.clone(),
                claims: a.claims.iter().map(claim).collect(),
            }
        })
        .collect();
    ExchangeDocument {
        format: EXCHANGE_FORMAT.to_owned(),
        version: EXCHANGE_VERSION,
        generated_at: data.generated_at.clone(),
        articles,
    }
}

fn claim(c: &ClaimReport) -> ExchangeClaim {
    let v = &c.claim;
    let uuid_of: HashMap<i64, &str> = c.history.iter().map(|h| (h.id, h.uuid.as_str())).collect();
    ExchangeClaim {
        uuid: v.uuid.clone(),
        kind: v.kind,
        tags: v.tags.clone(),
        text: v.text.clone(),
        start: v.start,
        end: v.end,
        prefix: c.prefix.clone(),
        suffix: c.suffix.clone(),
        speaker: v.speaker.clone(),
        value: v.value,
        unit: v.unit.clone(),
        qualifier: v.qualifier,
        hedge: v.hedge.clone(),
        score: v.score,
        origin: v.origin,
        status: v.status,
        status_reason: v.status_reason.clone(),
        edited: v.edited,
        created_at: v.created_at.clone(),
        updated_at: v.updated_at.clone(),
        sources: c
            .sources
            .iter()
            .map(|s| ExchangeSource {
                uuid: s.uuid.clone(),
                url: s.url.clone(),
                title: s.title.clone(),
                stance: s.stance,
                excerpt: s.excerpt.clone(),
                accessed_at: s.accessed_at.clone(),
                created_at: s.created_at.clone(),
            })
            .collect(),
        notes: c
            .notes
            .iter()
            .map(|n| ExchangeNote {
                uuid: n.uuid.clone(),
                body: n.body.clone(),
                author: n.author.clone(),
                created_at: n.created_at.clone(),
                updated_at: n.updated_at.clone(),
            })
            .collect(),
        history: c
            .history
            .iter()
            .map(|h| ExchangeChange {
                uuid: h.uuid.clone(),
                from_status: h.from_status,
                to_status: h.to_status,
                reviewer: h.reviewer.clone(),
                reason: h.reason.clone(),
                undoes: h
                    .undoes_id
                    .and_then(|id| uuid_of.get(&id))
                    .map(|u| (*u).to_owned()),
                at: h.at.clone(),
            })
            .collect(),
    }
}

pub fn render(data: &ReportData) -> Result<String> {
    let text = serde_json::to_string_pretty(&document(data))
        .map_err(|err| Error::Internal(format!("Could not write the JSON: {err}.")))?;
    Ok(text + "\n")
}

/// Whether `text` is (or claims to be) an exchange document rather than an article.
pub fn looks_like_exchange(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(4096).collect();
    head.starts_with('{') && head.contains(EXCHANGE_FORMAT)
}

/// Reads and checks a document. Anything a database would refuse is refused here with a
/// clear sentence, before a single row is written.
pub fn parse_exchange(text: &str) -> Result<ExchangeDocument> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let not_ours =
        || Error::invalid("This file is not a Claimdesk export (format \"claimdesk-export\").");
    let head: Head = serde_json::from_str(text).map_err(|_| not_ours())?;
    if head.format.as_deref() != Some(EXCHANGE_FORMAT) {
        return Err(not_ours());
    }
    match head.version {
        Some(EXCHANGE_VERSION) => {}
        Some(v) if v > EXCHANGE_VERSION => {
            return Err(Error::Conflict(format!(
            "This export is version {v}, made by a newer Claimdesk; update Claimdesk to import it."
        )))
        }
        _ => {
            return Err(Error::invalid(
                "This Claimdesk export has no version Claimdesk knows.",
            ))
        }
    }
    let mut doc: ExchangeDocument = serde_json::from_str(text)
        .map_err(|err| Error::invalid(format!("This Claimdesk export is damaged: {err}.")))?;
    for article in &mut doc.articles {
        check_article(article)?;
    }
    Ok(doc)
}

fn check_article(a: &mut ExchangeArticle) -> Result<()> {
    let bad = |what: String| Error::invalid(format!("In the article \"{}\": {what}.", a.title));
    if a.uuid.trim().is_empty() || a.body.trim().is_empty() {
        return Err(bad("the id or the text is missing".into()));
    }
    // The hash identifies the text on re-import; a hand-edited body must not keep the old one.
    a.content_hash = content_hash(&a.body);
    for c in &a.claims {
        let fits = c.start < c.end
            && c.end <= a.body.len()
            && a.body.is_char_boundary(c.start)
            && a.body.is_char_boundary(c.end);
        if !fits || c.uuid.trim().is_empty() {
            return Err(bad(format!(
                "the claim \"{}\" does not fit the article text",
                c.text
            )));
        }
        if let Some(s) = c.sources.iter().find(|s| checked_link(&s.url).is_err()) {
            return Err(bad(format!(
                "the source {} is not an http or https link",
                s.url
            )));
        }
        let ids = c
            .sources
            .iter()
            .map(|s| &s.uuid)
            .chain(c.notes.iter().map(|n| &n.uuid));
        if ids
            .chain(c.history.iter().map(|h| &h.uuid))
            .any(|u| u.trim().is_empty())
        {
            return Err(bad(format!("a row of the claim \"{}\" has no id", c.text)));
        }
    }
    Ok(())
}
