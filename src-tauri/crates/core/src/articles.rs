//! Reading and describing articles: the list with review progress, the reader view with
//! its segments, and metadata edits (the body itself never changes).

use claimdesk_db::{Article, ArticleMeta, ArticleSummary, ClaimFilter};

use crate::error::{Error, Result};
use crate::fields::{optional_date, optional_link, optional_text};
use crate::inputs::{ArticleIdInput, UpdateArticleInput};
use crate::segments::segments;
use crate::views::ArticleView;
use crate::Desk;

impl Desk {
    /// Every article, newest import first, with claim counts by status.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        self.db.read(|r| Ok(r.list_articles()?))
    }

    /// An article with its body cut into segments at claim boundaries, and its claims.
    pub fn get_article(&self, input: ArticleIdInput) -> Result<ArticleView> {
        self.db.read(|r| {
            let article = r.article(input.article_id)?;
            let claims = r.list_claims(&ClaimFilter {
                article_id: Some(article.id),
                ..ClaimFilter::default()
            })?;
            Ok(ArticleView {
                segments: segments(&article.body, &claims),
                article,
                claims,
            })
        })
    }

    /// Changes an article's title, outlet, link, author or date.
    pub fn update_article(&self, input: UpdateArticleInput) -> Result<Article> {
        let title = input.title.trim().to_owned();
        if title.is_empty() {
            return Err(Error::invalid("An article needs a title."));
        }
        let meta = ArticleMeta {
            title,
            outlet: optional_text(input.outlet),
            url: optional_link(input.url)?,
            author: optional_text(input.author),
            published_at: optional_date(input.published_at, "publication date")?,
        };
        self.db.write(|w| {
            w.update_article_meta(input.article_id, &meta)?;
            Ok(w.article(input.article_id)?)
        })
    }
}
