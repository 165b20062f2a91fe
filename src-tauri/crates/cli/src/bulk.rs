//! `claimdesk review` for many claims: by filter (`--filter status=pending --filter kind=quote`)
//! or by ids on standard input, one status for all, undone together with `--undo BATCH`.

use std::io::Read;

use claimdesk_core::inputs::{BatchInput, BulkReviewInput, ListClaimsInput};
use claimdesk_core::{Desk, Error, Status};

type Result<T> = std::result::Result<T, Error>;

fn bad(message: String) -> Error {
    Error::InvalidInput(message)
}

/// The claims a list of `KEY=VALUE` filters picks.
fn filtered_ids(desk: &Desk, filters: &[String]) -> Result<Vec<i64>> {
    let mut input = ListClaimsInput::default();
    for filter in filters {
        let (key, value) = filter.split_once('=').ok_or_else(|| {
            bad(format!(
                "A filter is KEY=VALUE, such as status=pending; not \"{filter}\"."
            ))
        })?;
        match key.trim() {
            "status" => {
                input.status = Some(crate::commands::parse_status(value.trim()).map_err(bad)?)
            }
            "kind" => input.kind = Some(crate::commands::parse_kind(value.trim()).map_err(bad)?),
            "article" => {
                let id = value
                    .trim()
                    .parse()
                    .map_err(|_| bad(format!("\"{value}\" is not an article id.")))?;
                input.article_id = Some(id);
            }
            other => {
                return Err(bad(format!(
                    "Unknown filter \"{other}\": use status, kind or article."
                )))
            }
        }
    }
    Ok(desk.list_claims(input)?.into_iter().map(|c| c.id).collect())
}

/// Claim ids from standard input: whitespace or commas between them.
fn ids_from_stdin() -> Result<Vec<i64>> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|err| Error::Io(format!("Could not read standard input: {err}.")))?;
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse()
                .map_err(|_| bad(format!("\"{t}\" on standard input is not a claim id.")))
        })
        .collect()
}

pub fn review(
    desk: &Desk,
    filters: &[String],
    status: Status,
    reason: Option<String>,
    json: bool,
) -> Result<String> {
    let claim_ids = if filters.is_empty() {
        ids_from_stdin()?
    } else {
        filtered_ids(desk, filters)?
    };
    if claim_ids.is_empty() {
        return Err(bad("No claims match; nothing was changed.".into()));
    }
    let outcome = desk.review_claims_bulk(
        BulkReviewInput {
            claim_ids,
            status,
            reason,
        },
        |_| std::ops::ControlFlow::Continue(()),
    )?;
    if json {
        return Ok(serde_json::to_string_pretty(&outcome).unwrap_or_default() + "\n");
    }
    Ok(format!(
        "{} claims set to {} ({} already were); undo with: claimdesk review --undo {}\n",
        outcome.changed,
        status.as_str(),
        outcome.unchanged,
        outcome.batch
    ))
}

pub fn undo(desk: &Desk, batch: String, json: bool) -> Result<String> {
    let outcome = desk.undo_bulk(BatchInput { batch })?;
    if json {
        return Ok(serde_json::to_string_pretty(&outcome).unwrap_or_default() + "\n");
    }
    Ok(format!(
        "{} claims put back; {} changed since and left as they are\n",
        outcome.reverted, outcome.skipped
    ))
}
