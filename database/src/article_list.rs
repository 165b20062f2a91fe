//! The article list a page at a time: keyset paging over each sort's index, filters read
//! from the counters kept on each article row, and the total from the desk's counters when
//! nothing is filtered. No page reads more than its own rows and the index entries before
//! them.

use claimdesk_extract::ClaimKind;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::articles::{summary_from_row, SUMMARY_COLUMNS};
use crate::counters::kind_column;
use crate::{ArticleSummary, Error, Reader, Result, Status};

/// How the article list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ArticleSort {
    /// Newest import first.
    #[default]
    Newest,
    /// Title, A to Z (ignoring case).
    Title,
    /// Newest publication date first; articles without a date last.
    Published,
    /// Outlet, A to Z; articles without an outlet first.
    Outlet,
    /// Most pending claims first.
    Pending,
}

impl ArticleSort {
    /// The indexed expression the sort orders by, and whether it runs downwards.
    fn key(self) -> (&'static str, bool) {
        match self {
            ArticleSort::Newest => ("a.imported_at", true),
            ArticleSort::Title => ("a.title", false),
            ArticleSort::Published => ("coalesce(a.published_at, '')", true),
            ArticleSort::Outlet => ("coalesce(a.outlet, '')", false),
            ArticleSort::Pending => ("a.pending", true),
        }
    }
}

/// Which articles the list shows. Empty: all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ArticleListFilter {
    /// Articles with at least one claim in this status.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<Status>,
    /// Articles with at least one claim (not dismissed) of this kind.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<ClaimKind>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub outlet: Option<String>,
    /// "YYYY-MM-DD", inclusive.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub published_from: Option<String>,
    /// "YYYY-MM-DD", inclusive.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub published_to: Option<String>,
}

impl ArticleListFilter {
    pub fn is_empty(&self) -> bool {
        *self == ArticleListFilter::default()
    }

    /// The filter as SQL conditions on `articles a` (joined by AND, "1" when empty) and the
    /// values of their parameters, numbered from `?1`.
    pub(crate) fn sql(&self) -> (String, Vec<Value>) {
        let mut conds = Vec::new();
        let mut values = Vec::new();
        if let Some(status) = self.status {
            conds.push(format!("a.{} > 0", status.as_str()));
        }
        if let Some(kind) = self.kind {
            conds.push(format!("a.{} > 0", kind_column(kind)));
        }
        let mut param = |cond: &str, value: &str| {
            values.push(Value::Text(value.to_owned()));
            conds.push(format!("{cond} ?{}", values.len()));
        };
        if let Some(outlet) = &self.outlet {
            param("a.outlet =", outlet);
        }
        if let Some(from) = &self.published_from {
            param("a.published_at >=", from);
        }
        if let Some(to) = &self.published_to {
            param("a.published_at <=", to);
        }
        if conds.is_empty() {
            conds.push("1".to_owned());
        }
        (conds.join(" AND "), values)
    }
}

/// Where a page ended: the last article's sort key and id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleCursor {
    key: serde_json::Value,
    id: i64,
}

impl ArticleCursor {
    /// The cursor as the opaque text handed to the window.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<ArticleCursor> {
        serde_json::from_str(text).map_err(|_| Error::bad_value("cursor", text))
    }

    fn key_value(&self) -> Value {
        match &self.key {
            serde_json::Value::Number(n) => Value::Integer(n.as_i64().unwrap_or(0)),
            serde_json::Value::String(s) => Value::Text(s.clone()),
            _ => Value::Null,
        }
    }
}

/// One page's request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticlePageQuery {
    pub sort: ArticleSort,
    pub filter: ArticleListFilter,
    pub after: Option<ArticleCursor>,
    /// Rows to skip when there is no cursor (a jump in a long list).
    pub offset: usize,
    pub limit: usize,
}

impl Reader<'_> {
    /// One page of the article list, and the cursor of the next page if there is one.
    pub fn list_articles_page(
        &self,
        q: &ArticlePageQuery,
    ) -> Result<(Vec<ArticleSummary>, Option<ArticleCursor>)> {
        let (key, desc) = q.sort.key();
        let (filter, mut values) = q.filter.sql();
        let (dir, cmp) = if desc { ("DESC", "<") } else { ("ASC", ">") };
        let mut keyset = String::new();
        if let Some(after) = &q.after {
            values.push(after.key_value());
            values.push(Value::Integer(after.id));
            let n = values.len();
            keyset = format!(" AND ({key}, a.id) {cmp} (?{}, ?{n})", n - 1);
        }
        values.push(Value::Integer(q.limit as i64 + 1));
        let limit = values.len();
        values.push(Value::Integer(if q.after.is_some() {
            0
        } else {
            q.offset as i64
        }));
        let offset = values.len();
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, {key} FROM articles a WHERE {filter}{keyset}
             ORDER BY {key} {dir}, a.id {dir} LIMIT ?{limit} OFFSET ?{offset}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        let mut items = Vec::new();
        let mut last_key = serde_json::Value::Null;
        let mut more = false;
        while let Some(row) = rows.next()? {
            if items.len() == q.limit {
                more = true;
                break;
            }
            last_key = match row.get_ref(13)? {
                rusqlite::types::ValueRef::Integer(n) => serde_json::Value::from(n),
                rusqlite::types::ValueRef::Text(t) => {
                    serde_json::Value::from(String::from_utf8_lossy(t).into_owned())
                }
                _ => serde_json::Value::Null,
            };
            items.push(summary_from_row(row)?);
        }
        let next = match (more, items.last()) {
            (true, Some(last)) => Some(ArticleCursor {
                key: last_key,
                id: last.id,
            }),
            _ => None,
        };
        Ok((items, next))
    }

    /// How many articles the filter keeps: the desk's counter when nothing is filtered.
    pub fn count_articles(&self, filter: &ArticleListFilter) -> Result<usize> {
        if filter.is_empty() {
            return Ok(self.desk_counters()?.articles.max(0) as usize);
        }
        let (cond, values) = filter.sql();
        let sql = format!("SELECT COUNT(*) FROM articles a WHERE {cond}");
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(values), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// The desk's counts within a filter: summed over the matching articles' counters, or
    /// the desk's own counters when nothing is filtered.
    pub fn counts_within(&self, filter: &ArticleListFilter) -> Result<crate::Counts> {
        if filter.is_empty() {
            return self.desk_counters();
        }
        let (cond, values) = filter.sql();
        let sql = format!(
            "SELECT COUNT(*), total(pending), total(verified), total(disputed), total(dismissed),
                    total(quantities), total(quotes), total(threats), total(attributions),
                    total(statements)
             FROM articles a WHERE {cond}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt.query_row(rusqlite::params_from_iter(values), |r| {
            let mut counts = crate::Counts {
                articles: r.get(0)?,
                ..Default::default()
            };
            for i in 0..4 {
                counts.by_status[i] = r.get::<_, f64>(1 + i)? as i64;
            }
            for i in 0..5 {
                counts.by_kind[i] = r.get::<_, f64>(5 + i)? as i64;
            }
            Ok(counts)
        })?)
    }

    /// Articles per outlet within a filter, most first (no outlet: `None`).
    pub fn outlet_counts(
        &self,
        filter: &ArticleListFilter,
    ) -> Result<Vec<(Option<String>, usize)>> {
        let (cond, values) = filter.sql();
        let sql = format!(
            "SELECT a.outlet, COUNT(*) AS n FROM articles a WHERE {cond}
             GROUP BY a.outlet ORDER BY n DESC, a.outlet"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            Ok((r.get(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
