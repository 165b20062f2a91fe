//! What each subcommand does and prints. Text output is for people; `--format json` for
//! scripts (field names are part of the interface).

use std::path::Path;

use claimdesk_core::document::plain_text_of_file;
use claimdesk_core::inputs::{ListClaimsInput, SearchPageInput};
use claimdesk_core::{ClaimKind, ClaimView, Desk, Error, ReviewClaimInput, Stance, Status};
use serde::Serialize;

use std::fmt::Write as _;

type Result<T> = std::result::Result<T, Error>;

pub fn parse_status(s: &str) -> std::result::Result<Status, String> {
    Status::parse(s).ok_or_else(|| {
        format!("unknown status \"{s}\": use pending, verified, disputed or dismissed")
    })
}

pub fn parse_stance(s: &str) -> std::result::Result<Stance, String> {
    Stance::parse(s)
        .ok_or_else(|| format!("unknown stance \"{s}\": use supports, refutes or context"))
}

pub fn parse_kind(s: &str) -> std::result::Result<ClaimKind, String> {
    ClaimKind::parse(s).ok_or_else(|| {
        format!("unknown kind \"{s}\": use quantity, quote, threat, attribution or statement")
    })
}

fn to_json(value: &impl Serialize) -> Result<String> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|err| Error::Internal(format!("Could not write JSON: {err}.")))?;
    Ok(text + "\n")
}

/// Writes the claims of `file` straight to `out`: on a large article the claims and their
/// JSON are never held in memory twice.
pub fn extract(file: &Path, json: bool, out: &mut impl std::io::Write) -> Result<()> {
    let claims = {
        let text = plain_text_of_file(file)?;
        claimdesk_extract::extract(&text)
    };
    let written = if json {
        serde_json::to_writer_pretty(&mut *out, &claims)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        claims.iter().try_for_each(|c| {
            writeln!(
                out,
                "{}-{}\t{}\t{}",
                c.start,
                c.end,
                c.kind.as_str(),
                one_line(&c.text, 100)
            )
        })
    };
    match written.and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::Io(format!("Could not write the claims: {err}.")))
        }
        _ => Ok(()),
    }
}

#[derive(Serialize)]
struct ClaimRow<'a> {
    id: i64,
    article_id: i64,
    kind: ClaimKind,
    text: &'a str,
    status: Status,
    speaker: Option<&'a str>,
    value: Option<f64>,
    unit: Option<&'a str>,
    source_count: usize,
    note_count: usize,
}

fn claim_row(c: &ClaimView) -> ClaimRow<'_> {
    ClaimRow {
        id: c.id,
        article_id: c.article_id,
        kind: c.kind,
        text: &c.text,
        status: c.status,
        speaker: c.speaker.as_deref(),
        value: c.value,
        unit: c.unit.as_deref(),
        source_count: c.source_count,
        note_count: c.note_count,
    }
}

pub fn claims(
    desk: &Desk,
    article: Option<i64>,
    status: Option<Status>,
    kind: Option<ClaimKind>,
    all: bool,
    json: bool,
) -> Result<String> {
    let mut out = String::new();
    if let Some(article_id) = article {
        // An unknown article is an error, not an empty list.
        desk.get_article(claimdesk_core::inputs::ArticleIdInput { article_id })?;
    }
    let claims = desk.list_claims(ListClaimsInput {
        article_id: article,
        status,
        kind,
        include_dismissed: Some(all),
    })?;
    if json {
        return to_json(&claims.iter().map(claim_row).collect::<Vec<_>>());
    }
    for c in &claims {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            c.id,
            c.article_id,
            c.status.as_str(),
            c.kind.as_str(),
            one_line(&c.text, 90)
        );
    }
    Ok(out)
}

pub fn review(desk: &Desk, input: ReviewClaimInput, json: bool) -> Result<String> {
    let mut out = String::new();
    let detail = desk.review_claim(input)?;
    if json {
        return to_json(&detail);
    }
    let c = &detail.claim;
    let _ = writeln!(
        out,
        "claim {} is {} ({} sources, {} notes)",
        c.id,
        c.status.as_str(),
        c.source_count,
        c.note_count
    );
    Ok(out)
}

/// A page of search results; the text form ends with the total and how to get the next page.
pub fn search(
    desk: &Desk,
    query: &str,
    limit: usize,
    after: Option<String>,
    json: bool,
) -> Result<String> {
    let mut out = String::new();
    let page = desk.search_page(SearchPageInput {
        query: query.to_owned(),
        after,
        limit,
        prefix: None,
    })?;
    if json {
        return to_json(&page);
    }
    for hit in &page.hits {
        let claim = hit
            .claim_id
            .map(|id| id.to_string())
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "{}\t{}\t{}: {}",
            hit.article_id,
            claim,
            hit.title,
            one_line(&hit.snippet, 100)
        );
    }
    let _ = write!(out, "{} of {} matches", page.hits.len(), page.total);
    match &page.next {
        Some(next) => {
            let _ = writeln!(out, "; next page: --after '{next}'");
        }
        None => out.push('\n'),
    }
    Ok(out)
}

/// `text` on one line, cut at `max` characters.
fn one_line(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    format!("{cut}…")
}
