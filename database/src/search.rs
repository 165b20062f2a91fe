//! Full-text search over articles, claims and notes (FTS5 indexes kept in sync by triggers).

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Reader, Result};

/// What a search hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SearchMatch {
    Article,
    Claim,
    Note,
}

/// One search result. `claim_id` is set when a claim or one of its notes matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchHit {
    #[ts(type = "number")]
    pub article_id: i64,
    #[ts(type = "number | null")]
    pub claim_id: Option<i64>,
    /// The article's title.
    pub title: String,
    /// Plain text around the match (no markup: the window renders it as text).
    pub snippet: String,
    pub matched: SearchMatch,
}

/// Turns what the analyst typed into a safe FTS5 query: every word becomes a quoted term
/// (so `AND`, `NEAR`, `*`, `"` or `-` typed by the user are just text), all terms must match,
/// and the last one may be a prefix, so results appear while typing.
pub fn fts_query(user_query: &str) -> Option<String> {
    let words: Vec<&str> = user_query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (last, rest) = words.split_last()?;
    let mut query: Vec<String> = rest.iter().map(|w| format!("\"{w}\"")).collect();
    query.push(format!("\"{last}\"*"));
    Some(query.join(" "))
}

/// Matches per index; each index is searched with its own limit before joining (fast even
/// when a word occurs in most rows).
const LIMIT_PER_INDEX: i64 = 50;

impl Reader<'_> {
    /// Searches article titles and bodies, claim texts and notes. Best matches first within
    /// each group; articles, then claims, then notes. Dismissed claims are left out.
    pub fn search(&self, user_query: &str) -> Result<Vec<SearchHit>> {
        let Some(query) = fts_query(user_query) else {
            return Ok(Vec::new());
        };
        let mut hits = Vec::new();
        let groups: [(&str, SearchMatch); 3] = [
            (
                "SELECT a.id, NULL, a.title, m.snip
                 FROM (SELECT rowid AS id, snippet(articles_fts, -1, '', '', '…', 12) AS snip, rank
                       FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2) m
                 JOIN articles a ON a.id = m.id ORDER BY m.rank",
                SearchMatch::Article,
            ),
            (
                "SELECT c.article_id, c.id, a.title, m.snip
                 FROM (SELECT rowid AS id, snippet(claims_fts, 0, '', '', '…', 12) AS snip, rank
                       FROM claims_fts WHERE claims_fts MATCH ?1 ORDER BY rank LIMIT ?2) m
                 JOIN claims c ON c.id = m.id JOIN articles a ON a.id = c.article_id
                 WHERE c.status != 'dismissed' ORDER BY m.rank",
                SearchMatch::Claim,
            ),
            (
                "SELECT c.article_id, c.id, a.title, m.snip
                 FROM (SELECT rowid AS id, snippet(notes_fts, 0, '', '', '…', 12) AS snip, rank
                       FROM notes_fts WHERE notes_fts MATCH ?1 ORDER BY rank LIMIT ?2) m
                 JOIN notes n ON n.id = m.id JOIN claims c ON c.id = n.claim_id
                 JOIN articles a ON a.id = c.article_id ORDER BY m.rank",
                SearchMatch::Note,
            ),
        ];
        for (sql, matched) in groups {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map(params![query, LIMIT_PER_INDEX], |row| {
                Ok(SearchHit {
                    article_id: row.get(0)?,
                    claim_id: row.get(1)?,
                    title: row.get(2)?,
                    snippet: row.get(3)?,
                    matched,
                })
            })?;
            for row in rows {
                hits.push(row?);
            }
        }
        Ok(hits)
    }
}
