//! The `articles` table: imported texts, whose body never changes after import.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::uuids::{new_uuid_bytes, uuid_at};
use crate::{Counts, Error, Reader, Result, Writer};

/// Where an article's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    Txt,
    Md,
    Html,
    /// Text pasted into the window.
    Pasted,
    /// The sample article bundled with Claimdesk.
    Sample,
    /// A Claimdesk JSON export.
    Json,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Txt => "txt",
            SourceFormat::Md => "md",
            SourceFormat::Html => "html",
            SourceFormat::Pasted => "pasted",
            SourceFormat::Sample => "sample",
            SourceFormat::Json => "json",
        }
    }

    pub fn parse(s: &str) -> Option<SourceFormat> {
        [
            SourceFormat::Txt,
            SourceFormat::Md,
            SourceFormat::Html,
            SourceFormat::Pasted,
            SourceFormat::Sample,
            SourceFormat::Json,
        ]
        .into_iter()
        .find(|f| f.as_str() == s)
    }
}

/// One imported article with its full body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Article {
    #[ts(type = "number")]
    pub id: i64,
    pub uuid: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// "YYYY-MM-DD" when known.
    pub published_at: Option<String>,
    /// RFC 3339, UTC.
    pub imported_at: String,
    pub source_format: SourceFormat,
    /// SHA-256 of the body, hex: how a re-import is recognised.
    pub content_hash: String,
    pub body: String,
}

/// An article in the list, with its review progress (dismissed claims not counted in
/// `claim_count`), read from the counters kept on the article row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ArticleSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub uuid: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Option<String>,
    pub imported_at: String,
    pub source_format: SourceFormat,
    pub claim_count: usize,
    pub verified: usize,
    pub disputed: usize,
    pub pending: usize,
    pub dismissed: usize,
}

/// A new article to store.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Option<String>,
    pub imported_at: String,
    pub source_format: SourceFormat,
    pub content_hash: String,
    pub body: String,
}

/// The editable metadata of an article (the body is not editable).
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleMeta {
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Option<String>,
}

const ARTICLE_COLUMNS: &str = "a.id, a.uuid, a.title, a.outlet, a.url, a.author, a.published_at, \
     a.imported_at, a.source_format, a.content_hash, b.body";
const ARTICLE_FROM: &str = "articles a JOIN article_bodies b ON b.article_id = a.id";

pub(crate) fn article_from_row(row: &Row<'_>) -> rusqlite::Result<(Article, String)> {
    let format: String = row.get(8)?;
    Ok((
        Article {
            id: row.get(0)?,
            uuid: uuid_at(row, 1)?,
            title: row.get(2)?,
            outlet: row.get(3)?,
            url: row.get(4)?,
            author: row.get(5)?,
            published_at: row.get(6)?,
            imported_at: row.get(7)?,
            source_format: SourceFormat::Txt,
            content_hash: row.get(9)?,
            body: row.get(10)?,
        },
        format,
    ))
}

pub(crate) fn with_format((mut article, format): (Article, String)) -> Result<Article> {
    article.source_format =
        SourceFormat::parse(&format).ok_or_else(|| Error::bad_value("source_format", format))?;
    Ok(article)
}

/// The columns of an [`ArticleSummary`], read by [`summary_from_row`].
pub(crate) const SUMMARY_COLUMNS: &str = "a.id, a.uuid, a.title, a.outlet, a.url, a.author, \
     a.published_at, a.imported_at, a.source_format, a.pending, a.verified, a.disputed, a.dismissed";

pub(crate) fn summary_from_row(row: &Row<'_>) -> Result<ArticleSummary> {
    let format: String = row.get(8)?;
    let count = |i| row.get::<_, i64>(i).map(|n| n.max(0) as usize);
    let (pending, verified, disputed) = (count(9)?, count(10)?, count(11)?);
    Ok(ArticleSummary {
        id: row.get(0)?,
        uuid: uuid_at(row, 1)?,
        title: row.get(2)?,
        outlet: row.get(3)?,
        url: row.get(4)?,
        author: row.get(5)?,
        published_at: row.get(6)?,
        imported_at: row.get(7)?,
        source_format: SourceFormat::parse(&format)
            .ok_or_else(|| Error::bad_value("source_format", format))?,
        claim_count: pending + verified + disputed,
        verified,
        disputed,
        pending,
        dismissed: count(12)?,
    })
}

impl Reader<'_> {
    /// The article with this id.
    pub fn article(&self, id: i64) -> Result<Article> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM {ARTICLE_FROM} WHERE a.id = ?1");
        let found = self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], article_from_row)
            .optional()?;
        match found {
            Some(row) => with_format(row),
            None => Err(Error::NotFound {
                entity: "Article",
                id,
            }),
        }
    }

    /// The id of the article whose body has this hash, if one was imported already.
    pub fn article_id_by_hash(&self, content_hash: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
            .query_row([content_hash], |r| r.get(0))
            .optional()?)
    }

    /// The article whose body has this hash, if one was imported already.
    pub fn article_by_hash(&self, content_hash: &str) -> Result<Option<Article>> {
        self.article_id_by_hash(content_hash)?
            .map(|id| self.article(id))
            .transpose()
    }

    /// An article's body, the text its claims' offsets point into.
    pub fn body_of(&self, article_id: i64) -> Result<String> {
        self.conn
            .prepare_cached("SELECT body FROM article_bodies WHERE article_id = ?1")?
            .query_row([article_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound {
                entity: "Article",
                id: article_id,
            })
    }

    /// One article's summary (title, counts) without its body.
    pub fn article_summary(&self, id: i64) -> Result<ArticleSummary> {
        let sql = format!("SELECT {SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            Some(row) => summary_from_row(row),
            None => Err(Error::NotFound {
                entity: "Article",
                id,
            }),
        }
    }

    /// Every article, newest import first, with claim counts by status. A whole desk can be
    /// large: the window pages with [`Reader::list_articles_page`] instead.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a ORDER BY a.imported_at DESC, a.id DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(summary_from_row(row)?);
        }
        Ok(out)
    }
}

impl Writer<'_> {
    /// Stores a new article (with a fresh UUID) and returns its id. The caller checks for
    /// duplicates first (`article_id_by_hash`); the unique hash is the backstop.
    pub fn insert_article(&self, new: &NewArticle) -> Result<i64> {
        self.insert_article_as(&new_uuid_bytes(), new, &Counts::default())
    }

    /// Stores an article under a given UUID. `counts` are those of the claims inserted right
    /// after it in the same transaction with `article_counted` set (a batch import); the
    /// desk's counters take each claim as it is inserted.
    pub(crate) fn insert_article_as(
        &self,
        uuid: &[u8; 16],
        new: &NewArticle,
        counts: &Counts,
    ) -> Result<i64> {
        let s = counts.by_status;
        let k = counts.by_kind;
        self.conn
            .prepare_cached(
                "INSERT INTO articles (uuid, title, outlet, url, author, published_at, imported_at,
                                       source_format, content_hash, pending, verified, disputed,
                                       dismissed, quantities, quotes, threats, attributions,
                                       statements)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18)",
            )?
            .execute(params![
                uuid.as_slice(),
                new.title,
                new.outlet,
                new.url,
                new.author,
                new.published_at,
                new.imported_at,
                new.source_format.as_str(),
                new.content_hash,
                s[0],
                s[1],
                s[2],
                s[3],
                k[0],
                k[1],
                k[2],
                k[3],
                k[4],
            ])?;
        let id = self.conn.last_insert_rowid();
        self.conn
            .prepare_cached("INSERT INTO article_bodies (article_id, body) VALUES (?1, ?2)")?
            .execute(params![id, new.body])?;
        self.note_new_article(id);
        Ok(id)
    }

    /// Replaces an article's editable metadata.
    pub fn update_article_meta(&self, id: i64, meta: &ArticleMeta) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE articles SET title = ?2, outlet = ?3, url = ?4, author = ?5, published_at = ?6
             WHERE id = ?1",
            params![
                id,
                meta.title,
                meta.outlet,
                meta.url,
                meta.author,
                meta.published_at
            ],
        )?;
        if changed == 0 {
            return Err(Error::NotFound {
                entity: "Article",
                id,
            });
        }
        Ok(())
    }
}
