//! What every format renders: the rows of a scope, grouped article → claim → attachments.

use std::collections::HashMap;

use claimdesk_db::StatusChange;
use claimdesk_db::{Article, ClaimKind, ClaimView, Note, ScopeRows, Settings, Source, Status};

/// A report's content, independent of its format.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportData {
    /// RFC 3339, UTC: when the report was made.
    pub generated_at: String,
    /// What the report covers, in words ("Everything", "Article: …").
    pub scope: String,
    /// Reviewer and organisation, and the ClaimReview base URL.
    pub settings: Settings,
    /// In import order.
    pub articles: Vec<ArticleReport>,
}

/// An article and its claims in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleReport {
    pub article: Article,
    /// In reading order.
    pub claims: Vec<ClaimReport>,
}

/// A claim and everything attached to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimReport {
    pub claim: ClaimView,
    /// Stored anchor text either side of the span.
    pub prefix: String,
    pub suffix: String,
    pub sources: Vec<Source>,
    pub notes: Vec<Note>,
    /// Oldest first.
    pub history: Vec<StatusChange>,
}

impl ClaimReport {
    /// The entry that set the current status, if history has one: when it was decided, by whom.
    pub fn decision(&self) -> Option<&StatusChange> {
        self.history
            .iter()
            .rev()
            .find(|h| h.to_status == self.claim.status)
    }

    /// The newest history entry.
    pub fn last_change(&self) -> Option<&StatusChange> {
        self.history.last()
    }
}

impl ReportData {
    /// Groups `rows` by article and claim; with `keep` deciding which claims stay.
    pub fn from_rows(
        rows: ScopeRows,
        generated_at: String,
        scope: String,
        settings: Settings,
        keep: impl Fn(&ClaimView) -> bool,
    ) -> ReportData {
        let mut sources = group(rows.sources, |s| s.claim_id);
        let mut notes = group(rows.notes, |n| n.claim_id);
        let mut history = group(rows.history, |h| h.claim_id);
        let mut claims: HashMap<i64, Vec<ClaimReport>> = HashMap::new();
        for anchored in rows.claims {
            let claim = anchored.claim;
            if !keep(&claim) {
                continue;
            }
            let id = claim.id;
            claims
                .entry(claim.article_id)
                .or_default()
                .push(ClaimReport {
                    sources: sources.remove(&id).unwrap_or_default(),
                    notes: notes.remove(&id).unwrap_or_default(),
                    history: history.remove(&id).unwrap_or_default(),
                    prefix: anchored.prefix,
                    suffix: anchored.suffix,
                    claim,
                });
        }
        let articles = rows
            .articles
            .into_iter()
            .map(|article| ArticleReport {
                claims: claims.remove(&article.id).unwrap_or_default(),
                article,
            })
            .collect();
        ReportData {
            generated_at,
            scope,
            settings,
            articles,
        }
    }

    /// Every claim of the report, in order.
    pub fn claims(&self) -> impl Iterator<Item = (&ArticleReport, &ClaimReport)> {
        self.articles
            .iter()
            .flat_map(|a| a.claims.iter().map(move |c| (a, c)))
    }

    pub fn claim_count(&self) -> usize {
        self.articles.iter().map(|a| a.claims.len()).sum()
    }

    /// Claims per status, in [`Status::ALL`] order, statuses with none left out.
    pub fn counts_by_status(&self) -> Vec<(Status, usize)> {
        let counts =
            Status::ALL.map(|s| self.claims().filter(|(_, c)| c.claim.status == s).count());
        Status::ALL
            .into_iter()
            .zip(counts)
            .filter(|&(s, n)| n > 0 || s != Status::Dismissed)
            .collect()
    }

    /// Claims per kind, kinds with none left out.
    pub fn counts_by_kind(&self) -> Vec<(ClaimKind, usize)> {
        ALL_KINDS
            .into_iter()
            .map(|k| (k, self.claims().filter(|(_, c)| c.claim.kind == k).count()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// The kinds in the order reports list them.
pub const ALL_KINDS: [ClaimKind; 5] = [
    ClaimKind::Quantity,
    ClaimKind::Quote,
    ClaimKind::Threat,
    ClaimKind::Attribution,
    ClaimKind::Statement,
];

fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> i64) -> HashMap<i64, Vec<T>> {
    let mut map: HashMap<i64, Vec<T>> = HashMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}
