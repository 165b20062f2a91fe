//! The review report as Markdown: the same content as the HTML report, readable as plain
//! text and safe when rendered. Article and analyst text is backslash-escaped wherever
//! Markdown would read it as markup, `<` included, so `<script>` in an article stays text.

use std::fmt::Write as _;

use super::data::{ArticleReport, ClaimReport, ReportData};
use super::text::{self, in_context};

/// The report as Markdown; `on_article` gets the claims rendered so far.
pub fn render(data: &ReportData, on_article: &mut dyn FnMut(usize)) -> String {
    let mut out = String::with_capacity(2048 + data.claim_count() * 800);
    out.push_str("# Claim review report\n\n");
    let reviewer = data.settings.reviewer_name.trim();
    line(&mut out, format_args!("- **Scope:** {}", esc(&data.scope)));
    line(
        &mut out,
        format_args!("- **Generated:** {}", text::human_time(&data.generated_at)),
    );
    line(
        &mut out,
        format_args!(
            "- **Reviewer:** {}",
            if reviewer.is_empty() {
                "—".into()
            } else {
                esc(reviewer)
            }
        ),
    );
    if !data.settings.organisation_name.is_empty() {
        line(
            &mut out,
            format_args!(
                "- **Organisation:** {}",
                esc(&data.settings.organisation_name)
            ),
        );
    }
    line(
        &mut out,
        format_args!(
            "- **Claims:** {} in {}
",
            text::counted(data.claim_count(), "claim"),
            text::counted(data.articles.len(), "article")
        ),
    );
    out.push_str("## Summary\n\n| Status | Claims |\n| --- | ---: |\n");
    for (status, n) in data.counts_by_status() {
        line(
            &mut out,
            format_args!("| {} | {n} |", text::status_label(status)),
        );
    }
    out.push_str("\n| Kind | Claims |\n| --- | ---: |\n");
    for (kind, n) in data.counts_by_kind() {
        line(
            &mut out,
            format_args!("| {} | {n} |", text::kind_label(kind)),
        );
    }
    out.push('\n');
    let mut done = 0;
    for a in &data.articles {
        article(&mut out, a);
        done += a.claims.len();
        on_article(done);
    }
    if data.articles.is_empty() {
        out.push_str("*Nothing in this scope.*\n");
    }
    out
}

fn line(out: &mut String, args: std::fmt::Arguments<'_>) {
    let _ = out.write_fmt(args);
    out.push('\n');
}

fn article(out: &mut String, a: &ArticleReport) {
    let art = &a.article;
    line(out, format_args!("## {}\n", esc(&art.title)));
    let mut meta = Vec::new();
    if let Some(outlet) = &art.outlet {
        meta.push(format!("- **Outlet:** {}", esc(outlet)));
    }
    if let Some(author) = &art.author {
        meta.push(format!("- **Author:** {}", esc(author)));
    }
    if let Some(date) = &art.published_at {
        meta.push(format!("- **Published:** {}", esc(date)));
    }
    if let Some(url) = &art.url {
        meta.push(format!("- **Link:** {}", link(url, url)));
    }
    meta.push(format!(
        "- **Imported:** {}",
        text::human_time(&art.imported_at)
    ));
    line(out, format_args!("{}\n", meta.join("\n")));
    if a.claims.is_empty() {
        out.push_str("*No claims of this article are in the report.*\n\n");
    }
    for c in &a.claims {
        claim(out, &art.body, c);
    }
}

fn claim(out: &mut String, body: &str, c: &ClaimReport) {
    let view = &c.claim;
    line(
        out,
        format_args!(
            "### {} · {} · claim {}\n",
            text::status_label(view.status).to_uppercase(),
            text::kind_label(view.kind),
            view.id
        ),
    );
    let ctx = in_context(body, c);
    // Already on one line, with the spaces either side of the claim kept.
    line(
        out,
        format_args!(
            "> {}**{}**{}\n",
            escape_line(&ctx.before),
            escape_line(&ctx.text),
            escape_line(&ctx.after)
        ),
    );
    let facts = text::facts(c);
    if !facts.is_empty() {
        let parts: Vec<String> = facts
            .iter()
            .map(|(l, v)| format!("**{l}:** {}", esc(v)))
            .collect();
        line(out, format_args!("{}\n", parts.join(" · ")));
    }
    if let Some(reason) = view.status_reason.as_deref().filter(|r| !r.is_empty()) {
        line(out, format_args!("**Reason:** {}\n", esc_block(reason)));
    }
    if !c.sources.is_empty() {
        out.push_str("**Sources**\n\n");
        for s in &c.sources {
            let mut item = format!(
                "- {} ({}",
                link(&s.url, s.title.as_deref().unwrap_or(&s.url)),
                text::stance_label(s.stance)
            );
            if let Some(d) = &s.accessed_at {
                let _ = write!(item, ", accessed {}", esc(d));
            }
            item.push(')');
            if let Some(excerpt) = &s.excerpt {
                let _ = write!(item, ": *“{}”*", esc(&text::one_line(excerpt)));
            }
            line(out, format_args!("{item}"));
        }
        out.push('\n');
    }
    if !c.notes.is_empty() {
        out.push_str("**Notes**\n\n");
        for n in &c.notes {
            let author = if n.author.is_empty() {
                "—".to_owned()
            } else {
                esc(&n.author)
            };
            // Continuation lines are indented so a multi-line note stays one list item.
            let note = esc_block(&n.body).replace('\n', "\n  ");
            line(
                out,
                format_args!(
                    "- {note}\n  *{author}, {}*",
                    text::human_time(&n.updated_at)
                ),
            );
        }
        out.push('\n');
    }
    if !c.history.is_empty() {
        out.push_str("**History**\n\n");
        for h in &c.history {
            line(out, format_args!("1. {}", esc(&text::history_line(h))));
        }
        out.push('\n');
    }
}

/// A link when the URL is http(s), escaped text otherwise. The destination goes in angle
/// brackets with the characters that could end it percent-encoded.
fn link(url: &str, label: &str) -> String {
    match text::web_link(url) {
        Some(href) => {
            let dest: String = href
                .chars()
                .map(|ch| match ch {
                    '<' => "%3C".to_owned(),
                    '>' => "%3E".to_owned(),
                    ' ' => "%20".to_owned(),
                    '\n' | '\r' => String::new(),
                    other => other.to_string(),
                })
                .collect();
            format!("[{}](<{dest}>)", esc(&text::one_line(label)))
        }
        None => esc(label),
    }
}

/// Text on one line, every character Markdown could read as markup escaped.
pub fn esc(text: &str) -> String {
    escape_line(&text::one_line(text))
}

/// Text that may span lines (notes, reasons): each line escaped, blank lines kept.
fn esc_block(text: &str) -> String {
    text.trim()
        .lines()
        .map(|l| escape_line(l.trim_end()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let trimmed = line.trim_start();
    out.push_str(&line[..line.len() - trimmed.len()]);
    for (i, ch) in trimmed.char_indices() {
        let markup = matches!(
            ch,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '~'
                | '&'
                | '!'
                | '{'
                | '}'
        );
        // List markers and numbered items only count at the start of a line.
        let leading = i == 0 && matches!(ch, '-' | '+' | '=');
        let numbered = ch == '.' && trimmed[..i].chars().all(|d| d.is_ascii_digit()) && i > 0;
        if markup || leading || numbered {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
