//! The HTML review report: its snapshot, and that it is safe: it parses, runs nothing, loads
//! nothing, and links only to the analyst's own links.

mod export_fixture;

use claimdesk_core::export::{render, ExportFormat, ExportScope};
use claimdesk_db::Status;
use export_fixture::{data, everything, fixture};
use scraper::{Html, Selector};

fn html_of(scope: &ExportScope) -> String {
    let fx = fixture();
    render(
        ExportFormat::Html,
        &data(&fx, ExportFormat::Html, scope),
        &mut |_| {},
    )
    .unwrap()
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn report_matches_snapshot() {
    insta::assert_snapshot!(html_of(&ExportScope::default()));
}

#[test]
fn report_parses_and_runs_nothing() {
    let page = html_of(&ExportScope::default());
    let doc = Html::parse_document(&page);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    assert!(select(&doc, "script").is_empty(), "a script element");
    assert!(select(&doc, "img, iframe, object, embed, link, base, form").is_empty());
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        for (name, value) in el.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}={value}");
            assert!(name != "src", "a loaded resource: {value}");
        }
    }
    let csp = select(&doc, "meta[http-equiv=Content-Security-Policy]");
    assert!(csp[0]
        .value()
        .attr("content")
        .unwrap()
        .contains("default-src 'none'"));
}

#[test]
fn only_the_analysts_own_links_are_links() {
    let fx = fixture();
    let page = render(
        ExportFormat::Html,
        &everything(&fx, ExportFormat::Html),
        &mut |_| {},
    )
    .unwrap();
    let doc = Html::parse_document(&page);
    let mut hrefs: Vec<&str> = select(&doc, "[href]")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    hrefs.sort();
    assert_eq!(
        hrefs,
        [
            "https://news.example.org/border?a=1&b=2",
            "https://osint.example.net/imagery?day=2,3",
            "https://video.example.com/briefing",
        ]
    );
    // No other address appears in any attribute (only SVG's namespace name); addresses in
    // the article's text stay text.
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        for (name, value) in el.value().attrs() {
            if value.contains("://") && name != "href" {
                assert_eq!((name, value), ("xmlns", "http://www.w3.org/2000/svg"));
            }
        }
    }
    let style: String = select(&doc, "style")
        .iter()
        .map(|s| s.text().collect::<String>())
        .collect();
    assert!(
        !style.contains("url(") && !style.contains("@import"),
        "styles load nothing"
    );
}

#[test]
fn hostile_article_text_is_shown_not_run() {
    let page = html_of(&ExportScope::default());
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(
        page.contains("&lt;img src=x onerror=alert(3)&gt;"),
        "the note is escaped too"
    );
    assert!(!page.contains("<script") && !page.contains("<img"));
    let doc = Html::parse_document(&page);
    let marks: String = select(&doc, "mark")
        .iter()
        .map(|m| m.text().collect::<String>())
        .collect();
    assert!(
        marks.contains("<script>alert(1)</script>"),
        "the text reads as written"
    );
    let titles: Vec<String> = select(&doc, "h2")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert!(titles.contains(&"Border build-up <b>continues</b> & more".to_owned()));
}

#[test]
fn each_claim_shows_its_review() {
    let fx = fixture();
    let page = render(
        ExportFormat::Html,
        &everything(&fx, ExportFormat::Html),
        &mut |_| {},
    )
    .unwrap();
    let doc = Html::parse_document(&page);
    let id = format!("#claim-{}", fx.disputed_claim);
    let claim = select(&doc, &id);
    let text: String = claim[0].text().collect();
    for expected in [
        "Disputed",
        "Quantity",
        "up to 35,000 troops",
        "Officials said",
        "35000",
        "troops",
        "up to",
        "Satellite imagery shows far fewer",
        "Imagery, \"2 March\" <pass>",
        "refutes",
        "accessed 2026-03-02",
        "Checked with two analysts,\nsee the thread.",
        "pending → disputed",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from {text}");
    }
    // Dismissed claims are left out of a report unless asked for.
    assert!(select(&doc, &format!("#claim-{}", fx.dismissed_claim)).is_empty());
    assert_eq!(select(&doc, "article.claim").len(), 5);
    assert_eq!(
        select(&doc, "svg rect").len(),
        3 + 4,
        "three statuses and four kinds"
    );
}

#[test]
fn scopes_narrow_the_report() {
    let fx = fixture();
    let dismissed = ExportScope {
        status: Some(Status::Dismissed),
        ..ExportScope::default()
    };
    let page = render(
        ExportFormat::Html,
        &data(&fx, ExportFormat::Html, &dismissed),
        &mut |_| {},
    )
    .unwrap();
    let doc = Html::parse_document(&page);
    assert_eq!(select(&doc, "article.claim").len(), 1);
    assert!(page.contains("Dismissed claims"));
    let chosen = ExportScope {
        claim_ids: Some(vec![fx.disputed_claim]),
        ..ExportScope::default()
    };
    let page = render(
        ExportFormat::Html,
        &data(&fx, ExportFormat::Html, &chosen),
        &mut |_| {},
    )
    .unwrap();
    let doc = Html::parse_document(&page);
    assert_eq!(select(&doc, "article.claim").len(), 1);
    assert_eq!(
        select(&doc, "section.article").len(),
        1,
        "articles without chosen claims are left out"
    );
    let article = ExportScope {
        article_id: Some(fx.hostile_article),
        ..ExportScope::default()
    };
    let page = render(
        ExportFormat::Html,
        &data(&fx, ExportFormat::Html, &article),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(
        Html::parse_document(&page)
            .select(&Selector::parse("section.article").unwrap())
            .count(),
        1
    );
}

#[test]
fn prints_on_any_paper() {
    let page = html_of(&ExportScope::default());
    assert!(page.contains("@media print"));
    assert!(page.contains("@page"));
    assert!(
        !page.contains("size: A4") && !page.contains("size: letter"),
        "no fixed paper size"
    );
}
