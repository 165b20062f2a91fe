//! Bulk access for reports and the exchange format: everything in a scope read in a handful
//! of queries ([`read`]), and a colleague's exported rows merged in by identity ([`merge`]).
//!
//! The `Exchange*` rows are the exchange document's own shape: nested (an article holds its
//! claims, a claim its sources, notes and history) and free of local ids, so identity travels
//! as UUIDs and a document means the same thing in every database.

mod merge;
mod read;

use claimdesk_extract::{ClaimKind, Qualifier};
use serde::{Deserialize, Serialize};

use crate::{Origin, SourceFormat, Stance, Status};

pub use merge::MergeCounts;
pub use read::{AnchoredClaim, ScopeFilter, ScopeRows};

/// An article with its body and claims, as exchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeArticle {
    pub uuid: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Option<String>,
    pub imported_at: String,
    pub source_format: SourceFormat,
    pub content_hash: String,
    pub body: String,
    pub claims: Vec<ExchangeClaim>,
}

/// A claim with its anchor, facts, review state and everything attached to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeClaim {
    pub uuid: String,
    pub kind: ClaimKind,
    pub tags: Vec<ClaimKind>,
    pub text: String,
    /// UTF-8 byte offsets into the article body.
    pub start: usize,
    pub end: usize,
    pub prefix: String,
    pub suffix: String,
    pub speaker: Option<String>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub hedge: Option<String>,
    pub score: f32,
    pub origin: Origin,
    pub status: Status,
    pub status_reason: Option<String>,
    pub edited: bool,
    pub created_at: String,
    pub updated_at: String,
    pub sources: Vec<ExchangeSource>,
    pub notes: Vec<ExchangeNote>,
    /// Oldest first.
    pub history: Vec<ExchangeChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeSource {
    pub uuid: String,
    pub url: String,
    pub title: Option<String>,
    pub stance: Stance,
    pub excerpt: Option<String>,
    pub accessed_at: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeNote {
    pub uuid: String,
    pub body: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeChange {
    pub uuid: String,
    pub from_status: Option<Status>,
    pub to_status: Status,
    pub reviewer: String,
    pub reason: Option<String>,
    /// On an undo entry: the UUID of the entry it reverts.
    pub undoes: Option<String>,
    pub at: String,
}
