//! Wording shared by the formats: labels, dates, and a claim's text in its context.

use claimdesk_db::{ClaimKind, Qualifier, Stance, Status};

use super::data::ClaimReport;

/// How many characters of the body either side of a claim a report shows.
const CONTEXT_CHARS: usize = 70;

/// A claim's words with a little of the article around them, on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InContext {
    pub before: String,
    pub text: String,
    pub after: String,
}

/// The claim's span with up to [`CONTEXT_CHARS`] either side, cut at whole words ("…" where
/// cut). Falls back to the stored anchor text when the span does not fit the body.
pub fn in_context(body: &str, claim: &ClaimReport) -> InContext {
    let (start, end) = (claim.claim.start, claim.claim.end);
    let fits = start < end
        && end <= body.len()
        && body.is_char_boundary(start)
        && body.is_char_boundary(end);
    let (before, text, after) = if fits {
        (&body[..start], &body[start..end], &body[end..])
    } else {
        (
            claim.prefix.as_str(),
            claim.claim.text.as_str(),
            claim.suffix.as_str(),
        )
    };
    InContext {
        before: tail_words(
            &one_line(before),
            CONTEXT_CHARS,
            before.ends_with(char::is_whitespace),
        ),
        text: one_line(text),
        after: head_words(
            &one_line(after),
            CONTEXT_CHARS,
            after.starts_with(char::is_whitespace),
        ),
    }
}

/// Whitespace runs (newlines included) as single spaces, ends trimmed.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The last words of `text` within `max` characters, led by "…" when cut.
fn tail_words(text: &str, max: usize, space_after: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = if chars.len() <= max {
        text.to_owned()
    } else {
        let cut: String = chars[chars.len() - max..].iter().collect();
        // Drop the partial first word.
        let whole = cut.split_once(' ').map_or(cut.as_str(), |(_, rest)| rest);
        format!("…{whole}")
    };
    if space_after && !out.is_empty() {
        out.push(' ');
    }
    out
}

/// The first words of `text` within `max` characters, followed by "…" when cut.
fn head_words(text: &str, max: usize, space_before: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = if chars.len() <= max {
        text.to_owned()
    } else {
        let cut: String = chars[..max].iter().collect();
        let whole = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("{whole}…")
    };
    if space_before && !out.is_empty() {
        out.insert(0, ' ');
    }
    out
}

/// A link reports may make clickable: only http(s), so a stored `javascript:` or `file:` text
/// (from an old database or a hand-edited file) is shown, never linked.
pub fn web_link(url: &str) -> Option<&str> {
    let lower = url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(url.trim())
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Pending => "Pending",
        Status::Verified => "Verified",
        Status::Disputed => "Disputed",
        Status::Dismissed => "Dismissed",
    }
}

pub fn kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quantity => "Quantity",
        ClaimKind::Quote => "Quote",
        ClaimKind::Threat => "Threat",
        ClaimKind::Attribution => "Attribution",
        ClaimKind::Statement => "Statement",
    }
}

pub fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "supports",
        Stance::Refutes => "refutes",
        Stance::Context => "context",
    }
}

/// "at_least" → "at least".
pub fn qualifier_label(qualifier: Qualifier) -> String {
    qualifier.as_str().replace('_', " ")
}

/// A number as people write it: no trailing ".0".
pub fn number(value: f64) -> String {
    format!("{value}")
}

/// "2026-01-02T03:04:05Z" → "2026-01-02 03:04 UTC"; anything unparsable as it is.
pub fn human_time(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M UTC")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_owned())
}

/// The calendar date of an RFC 3339 instant ("YYYY-MM-DD").
pub fn date_of(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or(rfc3339).to_owned()
}

/// A claim's facts as label/value pairs, only those known.
pub fn facts(claim: &ClaimReport) -> Vec<(&'static str, String)> {
    let c = &claim.claim;
    let mut out = Vec::new();
    if let Some(speaker) = &c.speaker {
        out.push(("Speaker", speaker.clone()));
    }
    if let Some(value) = c.value {
        out.push(("Value", number(value)));
    }
    if let Some(unit) = &c.unit {
        out.push(("Unit", unit.clone()));
    }
    if let Some(q) = c.qualifier {
        out.push(("Qualifier", qualifier_label(q)));
    }
    if let Some(hedge) = &c.hedge {
        out.push(("Hedge", hedge.clone()));
    }
    out
}

/// One history entry in words: "2026-01-02 03:04 UTC · Ana: pending → disputed (reason)".
pub fn history_line(h: &claimdesk_db::StatusChange) -> String {
    let from = h.from_status.map_or("new", |s| s.as_str());
    let who = if h.reviewer.is_empty() {
        "unnamed"
    } else {
        h.reviewer.as_str()
    };
    let mut line = format!(
        "{} · {who}: {from} → {}",
        human_time(&h.at),
        h.to_status.as_str()
    );
    if let Some(reason) = h.reason.as_deref().filter(|r| !r.is_empty()) {
        line.push_str(&format!(" ({})", one_line(reason)));
    }
    line
}

/// "1 claim", "3 claims".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
