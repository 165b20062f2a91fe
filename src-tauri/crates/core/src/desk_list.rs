//! The desk at scale: the article list a page at a time, the desk's counts, and search
//! results a page at a time with their total. Every one reads indexes and kept counters,
//! never every article or claim.

use claimdesk_db::{ArticleCursor, ArticleListFilter, ArticlePageQuery, Counts, SearchCursor};

use crate::error::{Error, Result};
use crate::fields::optional_date;
use crate::inputs::{ArticlePageInput, ClaimPageInput, SearchInput, SearchPageInput};
use crate::views::{
    ArticlePage, ClaimPage, DeskCounts, KindCounts, OutletCount, SearchPage, StatusCounts,
};
use crate::{ClaimKind, Desk, Status};

/// The most claim ids [`Desk::search_claim_ids`] returns.
pub const MAX_SEARCH_IDS: usize = 100_000;

/// The most rows one page may ask for.
pub const MAX_PAGE: usize = 500;

fn checked_limit(limit: usize) -> Result<usize> {
    if (1..=MAX_PAGE).contains(&limit) {
        Ok(limit)
    } else {
        Err(Error::invalid(format!(
            "A page holds 1 to {MAX_PAGE} rows, not {limit}."
        )))
    }
}

fn checked_filter(filter: ArticleListFilter) -> Result<ArticleListFilter> {
    Ok(ArticleListFilter {
        outlet: filter.outlet.filter(|o| !o.trim().is_empty()),
        published_from: optional_date(filter.published_from, "first publication date")?,
        published_to: optional_date(filter.published_to, "last publication date")?,
        ..filter
    })
}

fn bad_cursor() -> Error {
    Error::invalid("That page marker is not one Claimdesk gave out; start from the first page.")
}

fn desk_counts_of(counts: &Counts, outlets: Vec<OutletCount>) -> DeskCounts {
    let n = |v: i64| v.max(0) as usize;
    DeskCounts {
        articles: n(counts.articles),
        claims: n(counts.live_claims()),
        by_status: StatusCounts {
            pending: n(counts.status(Status::Pending)),
            verified: n(counts.status(Status::Verified)),
            disputed: n(counts.status(Status::Disputed)),
            dismissed: n(counts.status(Status::Dismissed)),
        },
        by_kind: KindCounts {
            quantity: n(counts.kind(ClaimKind::Quantity)),
            quote: n(counts.kind(ClaimKind::Quote)),
            threat: n(counts.kind(ClaimKind::Threat)),
            attribution: n(counts.kind(ClaimKind::Attribution)),
            statement: n(counts.kind(ClaimKind::Statement)),
        },
        outlets,
    }
}

impl Desk {
    /// One page of the article list (see [`ArticlePageInput`]), with the filter's total.
    pub fn list_articles_page(&self, input: ArticlePageInput) -> Result<ArticlePage> {
        let limit = checked_limit(input.limit)?;
        let after = input
            .after
            .as_deref()
            .map(|text| ArticleCursor::decode(text).map_err(|_| bad_cursor()))
            .transpose()?;
        let query = ArticlePageQuery {
            sort: input.sort,
            filter: checked_filter(input.filter)?,
            after,
            offset: input.offset.unwrap_or(0),
            limit,
        };
        self.db.read(|r| {
            let (items, next) = r.list_articles_page(&query)?;
            Ok(ArticlePage {
                items,
                total: r.count_articles(&query.filter)?,
                next: next.map(|c| c.encode()),
            })
        })
    }

    /// The desk's counts (articles, claims by status and kind, articles per outlet), within
    /// a filter; without one, straight from the kept counters.
    pub fn desk_counts(&self, filter: ArticleListFilter) -> Result<DeskCounts> {
        let filter = checked_filter(filter)?;
        self.db.read(|r| {
            let counts = r.counts_within(&filter)?;
            let outlets = r
                .outlet_counts(&filter)?
                .into_iter()
                .map(|(outlet, articles)| OutletCount { outlet, articles })
                .collect();
            Ok(desk_counts_of(&counts, outlets))
        })
    }

    /// One page of search results, newest first (articles, then claims, then notes), with
    /// the total; what the analyst typed is matched as words, never parsed as syntax.
    pub fn search_page(&self, input: SearchPageInput) -> Result<SearchPage> {
        let limit = checked_limit(input.limit)?;
        let after = input
            .after
            .as_deref()
            .map(|text| serde_json::from_str::<SearchCursor>(text).map_err(|_| bad_cursor()))
            .transpose()?;
        let prefix = input.prefix.unwrap_or(false);
        let rows = self
            .db
            .read(|r| r.search_page(&input.query, prefix, after, limit))?;
        Ok(SearchPage {
            hits: rows.hits,
            total: rows.total,
            next: rows
                .next
                .map(|c| serde_json::to_string(&c).unwrap_or_default()),
        })
    }
}

impl Desk {
    /// A page of claims across the desk (one status, or all not dismissed), in id order.
    pub fn list_claims_page(&self, input: ClaimPageInput) -> Result<ClaimPage> {
        let limit = checked_limit(input.limit)?;
        let mut items = self
            .db
            .read(|r| r.claims_page(input.status, input.after.unwrap_or(0), limit + 1))?;
        let next = if items.len() > limit {
            items.truncate(limit);
            items.last().map(|c| c.id)
        } else {
            None
        };
        Ok(ClaimPage { items, next })
    }

    /// Words to time searches with; reads the whole index (benchmarks only).
    pub fn sample_search_words(&self) -> Result<claimdesk_db::SampleWords> {
        self.db.read(|r| Ok(r.sample_search_words()?))
    }

    /// Where the kept counts disagree with a count of the claims (empty: they agree). Reads
    /// every claim; for checks and tests.
    pub fn counter_mismatches(&self) -> Result<Vec<String>> {
        self.db.read(|r| Ok(r.counter_mismatches()?))
    }

    /// The ids of the claims a search matches (their text or their notes), newest first,
    /// at most [`MAX_SEARCH_IDS`]: "select all" for a bulk review.
    pub fn search_claim_ids(&self, input: SearchInput) -> Result<Vec<i64>> {
        self.db
            .read(|r| Ok(r.search_claim_ids(&input.query, MAX_SEARCH_IDS)?))
    }

    /// SQLite's own check of the file: "ok", or what is wrong.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.db.integrity_check()?)
    }
}
