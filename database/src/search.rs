//! Full-text search over articles, claims and notes. The article and claim indexes are
//! filled at the end of each write transaction (see `counters`), the notes index by
//! triggers; dismissed claims are taken out of the claim index.

use rusqlite::{params, OptionalExtension};
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

/// The three indexes, in the order results are listed.
const GROUPS: [SearchMatch; 3] = [SearchMatch::Article, SearchMatch::Claim, SearchMatch::Note];

/// Where a page of search results ended: in which group, and before which row (each group
/// is listed newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchCursor {
    pub group: usize,
    pub before: i64,
}

/// A page of search results and the total over all pages.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPageRows {
    pub hits: Vec<SearchHit>,
    pub total: usize,
    pub next: Option<SearchCursor>,
}

/// A page of one group: `?1` the query, `?2` rows before this id, `?3` how many. The inner
/// query reads the index alone (newest first, its own order) and stops at the limit; only
/// then are the rows joined.
fn page_sql(group: SearchMatch) -> &'static str {
    match group {
        SearchMatch::Article => {
            "SELECT a.id, NULL, a.title, m.snip, m.id
             FROM (SELECT rowid AS id, snippet(articles_fts, -1, '', '', '…', 12) AS snip
                   FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid < ?2
                   ORDER BY rowid DESC LIMIT ?3) m
             JOIN articles a ON a.id = m.id ORDER BY m.id DESC"
        }
        SearchMatch::Claim => {
            "SELECT t.article_id, t.id, a.title, t.text, m.id
             FROM (SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ?1 AND rowid < ?2
                   ORDER BY rowid DESC LIMIT ?3) m
             JOIN claim_texts t ON t.id = m.id JOIN articles a ON a.id = t.article_id
             ORDER BY m.id DESC"
        }
        SearchMatch::Note => {
            "SELECT c.article_id, c.id, a.title, m.snip, m.id
             FROM (SELECT rowid AS id, snippet(notes_fts, 0, '', '', '…', 12) AS snip
                   FROM notes_fts WHERE notes_fts MATCH ?1 AND rowid < ?2
                   ORDER BY rowid DESC LIMIT ?3) m
             JOIN notes n ON n.id = m.id JOIN claims c ON c.id = n.claim_id
             JOIN articles a ON a.id = c.article_id ORDER BY m.id DESC"
        }
    }
}

fn count_sql(group: SearchMatch) -> &'static str {
    match group {
        SearchMatch::Article => "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?1",
        SearchMatch::Claim => "SELECT COUNT(*) FROM claims_fts WHERE claims_fts MATCH ?1",
        SearchMatch::Note => "SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH ?1",
    }
}

/// A claim's text around the first word of the query, about 12 words either side.
fn claim_snippet(text: &str, user_query: &str) -> String {
    const WORDS: usize = 12;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 2 * WORDS {
        return words.join(" ");
    }
    let first = user_query
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let at = words
        .iter()
        .position(|w| w.to_lowercase().contains(&first))
        .unwrap_or(0);
    let from = at.saturating_sub(WORDS);
    let to = (at + WORDS).min(words.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&words[from..to].join(" "));
    if to < words.len() {
        out.push('…');
    }
    out
}

impl Reader<'_> {
    /// Searches article titles and bodies, claim texts and notes. Best matches first within
    /// each group; articles, then claims, then notes. Dismissed claims are not in the index.
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
                "SELECT t.article_id, t.id, a.title, t.text
                 FROM (SELECT rowid AS id, rank
                       FROM claims_fts WHERE claims_fts MATCH ?1 ORDER BY rank LIMIT ?2) m
                 JOIN claim_texts t ON t.id = m.id JOIN articles a ON a.id = t.article_id
                 ORDER BY m.rank",
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
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map(params![query, LIMIT_PER_INDEX], |row| {
                let snippet: String = row.get(3)?;
                Ok(SearchHit {
                    article_id: row.get(0)?,
                    claim_id: row.get(1)?,
                    title: row.get(2)?,
                    snippet: if matched == SearchMatch::Claim {
                        claim_snippet(&snippet, user_query)
                    } else {
                        snippet
                    },
                    matched,
                })
            })?;
            for row in rows {
                hits.push(row?);
            }
        }
        Ok(hits)
    }

    /// One page of search results, newest first within each group (articles, claims,
    /// notes), continuing after `after`; with the total number of matches. With `prefix`,
    /// the last word also matches longer words (results while typing).
    pub fn search_page(
        &self,
        user_query: &str,
        prefix: bool,
        after: Option<SearchCursor>,
        limit: usize,
    ) -> Result<SearchPageRows> {
        let query = if prefix {
            fts_query(user_query)
        } else {
            fts_query(user_query).map(|q| q.trim_end_matches('*').to_owned())
        };
        let Some(query) = query else {
            return Ok(SearchPageRows {
                hits: Vec::new(),
                total: 0,
                next: None,
            });
        };
        let mut group_totals = [0usize; 3];
        for (g, group) in GROUPS.iter().enumerate() {
            let n: i64 = self
                .conn
                .prepare_cached(count_sql(*group))?
                .query_row([&query], |r| r.get(0))?;
            group_totals[g] = n as usize;
        }
        let total = group_totals.iter().sum();
        let mut hits = Vec::new();
        let mut next = None;
        let start = after.unwrap_or(SearchCursor {
            group: 0,
            before: i64::MAX,
        });
        for (g, group) in GROUPS.iter().enumerate().skip(start.group) {
            if group_totals[g] == 0 {
                continue;
            }
            let before = if g == start.group {
                start.before
            } else {
                i64::MAX
            };
            let room = limit - hits.len();
            let mut stmt = self.conn.prepare_cached(page_sql(*group))?;
            let mut rows = stmt.query(params![query, before, room as i64 + 1])?;
            let mut last = before;
            while let Some(row) = rows.next()? {
                if hits.len() == limit {
                    next = Some(SearchCursor {
                        group: g,
                        before: last,
                    });
                    break;
                }
                let text: String = row.get(3)?;
                last = row.get(4)?;
                hits.push(SearchHit {
                    article_id: row.get(0)?,
                    claim_id: row.get(1)?,
                    title: row.get(2)?,
                    snippet: if *group == SearchMatch::Claim {
                        claim_snippet(&text, user_query)
                    } else {
                        text
                    },
                    matched: *group,
                });
            }
            if next.is_some() {
                break;
            }
            if hits.len() == limit {
                // Full, and this group is done: the next page starts in the next group with
                // any matches.
                next = (g + 1..GROUPS.len())
                    .find(|later| group_totals[*later] > 0)
                    .map(|later| SearchCursor {
                        group: later,
                        before: i64::MAX,
                    });
                break;
            }
        }
        Ok(SearchPageRows { hits, total, next })
    }

    /// The claims (not dismissed) whose text or notes match, newest first, at most `cap`:
    /// "select all" over a search result.
    pub fn search_claim_ids(&self, user_query: &str, cap: usize) -> Result<Vec<i64>> {
        let Some(query) = fts_query(user_query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM (
                 SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ?1
                 UNION
                 SELECT n.claim_id FROM notes_fts f JOIN notes n ON n.id = f.rowid
                 JOIN claims c ON c.id = n.claim_id
                 WHERE notes_fts MATCH ?1 AND c.status != 'dismissed')
             ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![query, cap as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Words of the claim index for benchmarks: the commonest, one in about 1% of claims, one
    /// in a handful, and the first three words of a claim in the middle of the desk as a
    /// phrase. Reads the whole index's vocabulary: for benchmarks only.
    pub fn sample_search_words(&self) -> Result<SampleWords> {
        self.conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_words
             USING fts5vocab(main, claims_fts, row)",
        )?;
        let claims: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM claims_fts", [], |r| r.get(0))?;
        let word = |sql: &str, n: i64| -> Result<String> {
            Ok(self
                .conn
                .query_row(sql, [n], |r| r.get(0))
                .optional()?
                .unwrap_or_default())
        };
        let commonest = word(
            "SELECT term FROM temp.claim_words WHERE ?1 >= 0 ORDER BY doc DESC LIMIT 1",
            0,
        )?;
        let common = word(
            "SELECT term FROM temp.claim_words WHERE doc <= ?1 AND term GLOB '[a-z]*'
             ORDER BY doc DESC LIMIT 1",
            (claims / 100).max(1),
        )?;
        let rare = word(
            "SELECT term FROM temp.claim_words WHERE doc BETWEEN 5 AND ?1
             AND length(term) > 5 AND term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 1",
            50,
        )?;
        let middle: Option<String> = self
            .conn
            .query_row(
                "SELECT text FROM claim_texts WHERE id >= (SELECT max(id) / 2 FROM claims)
                 AND status != 'dismissed' LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let phrase = middle
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        Ok(SampleWords {
            commonest,
            common,
            rare,
            phrase,
        })
    }
}

/// Words to time searches with (see [`Reader::sample_search_words`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SampleWords {
    pub commonest: String,
    pub common: String,
    pub rare: String,
    pub phrase: String,
}
