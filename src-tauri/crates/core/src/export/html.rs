//! The HTML review report: one self-contained file an editor opens or prints. Styles are
//! inline, there are no scripts, and a Content-Security-Policy forbids fetching anything, so
//! the file behaves the same offline, in a mail client or on a web server. Every piece of
//! article and analyst text goes through maud's escaping; only the fixed style sheet and
//! markup below are written raw.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::data::{ArticleReport, ClaimReport, ReportData};
use super::text::{self, in_context};

/// Line breaks between blocks, so the file (and its preview) reads line by line.
const NL: PreEscaped<&str> = PreEscaped("\n");

/// Nothing may load or run, whatever the text contains; the fixed styles are inline.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// Screen and print styles. Widths are relative and pages have no fixed size, so the report
/// prints on A4 and Letter alike; a claim is not split across pages when it can be helped.
const STYLE: &str = r#"
:root { --ink: #1d232b; --muted: #5b6673; --line: #d8dde3; --verified: #1f7a45;
  --disputed: #b42318; --pending: #8a6d00; --dismissed: #6b7280; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  margin: .9rem 0 .2rem; }
a { color: #0b57d0; overflow-wrap: anywhere; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 2rem; margin: 1rem 0 2rem; }
.summary table { border-collapse: collapse; }
.summary td, .summary th { padding: .1rem .8rem .1rem 0; text-align: left; }
.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.bar { fill: #7a8797; } .bar.verified { fill: var(--verified); } .bar.disputed { fill: var(--disputed); }
.bar.pending { fill: var(--pending); } .bar.dismissed { fill: var(--dismissed); }
.claim { border: 1px solid var(--line); border-left: 5px solid var(--pending); border-radius: 4px;
  padding: .8rem 1rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.claim.verified { border-left-color: var(--verified); } .claim.disputed { border-left-color: var(--disputed); }
.claim.dismissed { border-left-color: var(--dismissed); }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--pending); }
.badge.verified { background: var(--verified); } .badge.disputed { background: var(--disputed); }
.badge.dismissed { background: var(--dismissed); }
.kind, .ref { color: var(--muted); font-size: .85rem; margin-left: .5rem; }
blockquote.context { margin: .5rem 0; padding: .3rem .8rem; background: #f5f6f8; border-radius: 3px; }
mark { background: #fff1a8; padding: 0 .1em; }
dl.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; margin: .4rem 0; }
dl.facts div { display: flex; gap: .3rem; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
ul, ol { margin: .2rem 0; padding-left: 1.3rem; }
.excerpt { color: var(--muted); font-style: italic; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
.small { color: var(--muted); font-size: .85rem; }
.empty { color: var(--muted); font-style: italic; }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; }
  .claim, .badge, mark, .bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The report as one HTML document; `on_article` gets the claims rendered so far.
pub fn render(data: &ReportData, on_article: &mut dyn FnMut(usize)) -> String {
    let mut done = 0;
    let articles: Vec<Markup> = data
        .articles
        .iter()
        .map(|a| {
            let markup = article(a);
            done += a.claims.len();
            on_article(done);
            markup
        })
        .collect();
    let title = "Claim review report";
    let page = html! {
        (DOCTYPE) (NL)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="Claimdesk";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            } (NL)
            body {
                header {
                    h1 { (title) }
                    dl.meta {
                        dt { "Scope" } dd { (data.scope) }
                        dt { "Generated" } dd { (text::human_time(&data.generated_at)) }
                        dt { "Reviewer" } dd { (or_dash(&data.settings.reviewer_name)) }
                        @if !data.settings.organisation_name.is_empty() {
                            dt { "Organisation" } dd { (data.settings.organisation_name) }
                        }
                        dt { "Claims" } dd { (text::counted(data.claim_count(), "claim")) " in " (text::counted(data.articles.len(), "article")) }
                    }
                }
                (NL) (summary(data)) (NL)
                @for a in &articles { (a) (NL) }
                @if data.articles.is_empty() {
                    p.empty { "Nothing in this scope." }
                }
            }
        }
    };
    page.into_string()
}

fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() {
        "—"
    } else {
        s
    }
}

/// Counts by status and by kind, as tables and a small bar chart.
fn summary(data: &ReportData) -> Markup {
    let statuses: Vec<(String, &str, usize)> = data
        .counts_by_status()
        .into_iter()
        .map(|(s, n)| (text::status_label(s).to_owned(), s.as_str(), n))
        .collect();
    let kinds: Vec<(String, &str, usize)> = data
        .counts_by_kind()
        .into_iter()
        .map(|(k, n)| (text::kind_label(k).to_owned(), "kind", n))
        .collect();
    html! {
        section.summary aria-label="Summary" {
            table {
                tr { th { "Status" } th { "Claims" } }
                @for (label, _, n) in &statuses { tr { td { (label) } td.n { (n) } } }
            }
            table {
                tr { th { "Kind" } th { "Claims" } }
                @for (label, _, n) in &kinds { tr { td { (label) } td.n { (n) } } }
                @if kinds.is_empty() { tr { td.empty colspan="2" { "No claims" } } }
            }
            (bar_chart(&statuses.iter().chain(&kinds).cloned().collect::<Vec<_>>()))
        }
    }
}

/// Horizontal bars, one per (label, class, count), scaled to the largest count.
fn bar_chart(rows: &[(String, &str, usize)]) -> Markup {
    const ROW: usize = 20;
    const LABEL: usize = 90;
    const BAR: usize = 200;
    let max = rows.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    let height = rows.len() * ROW + 4;
    let width = LABEL + BAR + 50;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(width) height=(height)
            viewBox={"0 0 " (width) " " (height)} role="img" aria-label="Claims by status and kind" {
            @for (i, (label, class, n)) in rows.iter().enumerate() {
                @let y = i * ROW + 2;
                @let w = if *n == 0 { 0 } else { (n * BAR / max).max(2) };
                text x="0" y=(y + 14) { (label) }
                rect class={"bar " (class)} x=(LABEL) y=(y + 3) width=(w) height="13" {}
                text x=(LABEL + w + 6) y=(y + 14) { (n) }
            }
        }
    }
}

fn article(a: &ArticleReport) -> Markup {
    let art = &a.article;
    html! {
        section.article id={"article-" (art.id)} {
            h2 { (art.title) }
            dl.meta {
                @if let Some(outlet) = &art.outlet { dt { "Outlet" } dd { (outlet) } }
                @if let Some(author) = &art.author { dt { "Author" } dd { (author) } }
                @if let Some(date) = &art.published_at { dt { "Published" } dd { (date) } }
                @if let Some(url) = &art.url {
                    dt { "Link" } dd { (link(url, url)) }
                }
                dt { "Imported" } dd { (text::human_time(&art.imported_at)) }
            } (NL)
            @for c in &a.claims { (claim(&art.body, c)) (NL) }
            @if a.claims.is_empty() { p.empty { "No claims of this article are in the report." } }
        }
    }
}

/// A link when the URL is http(s), plain text otherwise.
fn link(url: &str, label: &str) -> Markup {
    html! {
        @match text::web_link(url) {
            Some(href) => a href=(href) rel="noopener noreferrer" { (label) },
            None => span { (label) },
        }
    }
}

fn claim(body: &str, c: &ClaimReport) -> Markup {
    let view = &c.claim;
    let status = view.status.as_str();
    let ctx = in_context(body, c);
    let facts = text::facts(c);
    html! {
        article class={"claim " (status)} id={"claim-" (view.id)} {
            div {
                span class={"badge " (status)} { (text::status_label(view.status)) }
                span.kind { (text::kind_label(view.kind)) }
                span.ref { "#" (view.id) }
            } (NL)
            blockquote.context { (ctx.before) mark { (ctx.text) } (ctx.after) } (NL)
            @if !facts.is_empty() {
                dl.facts { @for (label, value) in &facts { div { dt { (label) } dd { (value) } } } }
            }
            @if let Some(reason) = view.status_reason.as_deref().filter(|r| !r.is_empty()) {
                p { strong { "Reason: " } (reason) }
            }
            @if !c.sources.is_empty() {
                h3 { "Sources" }
                ul {
                    @for s in &c.sources {
                        (NL) li {
                            (link(&s.url, s.title.as_deref().unwrap_or(&s.url)))
                            " " span.small { "(" (text::stance_label(s.stance))
                                @if let Some(d) = &s.accessed_at { ", accessed " (d) } ")" }
                            @if let Some(excerpt) = &s.excerpt { div.excerpt { "“" (excerpt) "”" } }
                        }
                    }
                }
            }
            @if !c.notes.is_empty() {
                h3 { "Notes" }
                ul {
                    @for n in &c.notes {
                        (NL) li {
                            div.note { (n.body) }
                            div.small { (or_dash(&n.author)) ", " (text::human_time(&n.updated_at)) }
                        }
                    }
                }
            }
            @if !c.history.is_empty() {
                h3 { "History" }
                ol.small { @for h in &c.history { (NL) li { (text::history_line(h)) } } }
            }
        }
    }
}
