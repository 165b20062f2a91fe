//! The Markdown report: its snapshot, and that rendering it shows the article's markup as text.

mod export_fixture;

use claimdesk_core::export::{render, ExportFormat};
use export_fixture::{everything, fixture};

fn markdown() -> String {
    let fx = fixture();
    render(
        ExportFormat::Md,
        &everything(&fx, ExportFormat::Md),
        &mut |_| {},
    )
    .unwrap()
}

fn to_html(md: &str) -> String {
    let mut out = String::new();
    let parser = pulldown_cmark::Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES);
    pulldown_cmark::html::push_html(&mut out, parser);
    out
}

#[test]
fn report_matches_snapshot() {
    insta::assert_snapshot!(markdown());
}

#[test]
fn rendered_markdown_runs_nothing() {
    let md = markdown();
    assert!(md.contains(r"\<script\>alert(1)\</script\>"));
    let html = to_html(&md);
    assert!(
        !html.contains("<script") && !html.contains("<img") && !html.contains("<b>"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(3)&gt;"),
        "notes too"
    );
}

#[test]
fn rendered_markdown_keeps_the_content() {
    let html = to_html(&markdown());
    for expected in [
        "<h1>Claim review report</h1>",
        "<h2>Border build-up &lt;b&gt;continues&lt;/b&gt; &amp; more</h2>",
        "<h2>=Evacuations</h2>",
        "<strong>up to 35,000 troops</strong>",
        r#"<a href="https://osint.example.net/imagery?day=2,3">Imagery, "2 March" &lt;pass&gt;</a>"#,
        "Checked with two analysts,\nsee the thread.",
        "<td>Disputed</td>",
    ] {
        assert!(html.contains(expected), "{expected:?} missing from\n{html}");
    }
    // A note's own "- " line does not become a list of its own.
    assert!(html.contains("- second line"), "{html}");
}
