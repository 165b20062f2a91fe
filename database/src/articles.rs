//! The `articles` table: imported texts, whose body never changes after import.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{new_uuid, Error, Reader, Result, Writer};

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

/// An article in the list, with its review progress (dismissed claims not counted).
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

const ARTICLE_COLUMNS: &str = "id, uuid, title, outlet, url, author, published_at, imported_at, \
     source_format, content_hash, body";

fn article_from_row(row: &Row<'_>) -> rusqlite::Result<(Article, String)> {
    let format: String = row.get(8)?;
    Ok((
        Article {
            id: row.get(0)?,
            uuid: row.get(1)?,
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

fn with_format((mut article, format): (Article, String)) -> Result<Article> {
    article.source_format =
        SourceFormat::parse(&format).ok_or_else(|| Error::bad_value("source_format", format))?;
    Ok(article)
}

impl Reader<'_> {
    /// The article with this id.
    pub fn article(&self, id: i64) -> Result<Article> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1");
        let found = self
            .conn
            .query_row(&sql, [id], article_from_row)
            .optional()?;
        match found {
            Some(row) => with_format(row),
            None => Err(Error::NotFound {
                entity: "Article",
                id,
            }),
        }
    }

    /// The article whose body has this hash, if one was imported already.
    pub fn article_by_hash(&self, content_hash: &str) -> Result<Option<Article>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?1");
        let found = self
            .conn
            .query_row(&sql, [content_hash], article_from_row)
            .optional()?;
        found.map(with_format).transpose()
    }

    /// Every article, newest import first, with claim counts by status.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.uuid, a.title, a.outlet, a.url, a.author, a.published_at,
                    a.imported_at, a.source_format,
                    COUNT(c.id) FILTER (WHERE c.status != 'dismissed'),
                    COUNT(c.id) FILTER (WHERE c.status = 'verified'),
                    COUNT(c.id) FILTER (WHERE c.status = 'disputed'),
                    COUNT(c.id) FILTER (WHERE c.status = 'pending')
             FROM articles a LEFT JOIN claims c ON c.article_id = a.id
             GROUP BY a.id
             ORDER BY a.imported_at DESC, a.id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            let format: String = row.get(8)?;
            let count = |i| row.get::<_, i64>(i).map(|n| n as usize);
            Ok((
                ArticleSummary {
                    id: row.get(0)?,
                    uuid: row.get(1)?,
                    title: row.get(2)?,
                    outlet: row.get(3)?,
                    url: row.get(4)?,
                    author: row.get(5)?,
                    published_at: row.get(6)?,
                    imported_at: row.get(7)?,
                    source_format: SourceFormat::Txt,
                    claim_count: count(9)?,
                    verified: count(10)?,
                    disputed: count(11)?,
                    pending: count(12)?,
                },
                format,
            ))
        })?;
        rows.map(|row| {
            let (mut summary, format) = row?;
            summary.source_format = SourceFormat::parse(&format)
                .ok_or_else(|| Error::bad_value("source_format", format))?;
            Ok(summary)
        })
        .collect()
    }
}

impl Writer<'_> {
    /// Stores a new article and returns its id. The caller checks for duplicates first
    /// (`article_by_hash`); the unique hash is the backstop.
    pub fn insert_article(&self, new: &NewArticle) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO articles (uuid, title, outlet, url, author, published_at, imported_at,
                                   source_format, content_hash, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                new_uuid(),
                new.title,
                new.outlet,
                new.url,
                new.author,
                new.published_at,
                new.imported_at,
                new.source_format.as_str(),
                new.content_hash,
                new.body,
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
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
