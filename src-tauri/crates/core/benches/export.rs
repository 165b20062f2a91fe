//! Export speed: 10,000 claims (100 articles of 100 claims, each with a decision, a source and
//! a note) to the HTML report, from the database to the file. The target is under a second;
//! `make bench` prints the figure, nothing asserts it.

use std::time::Instant;

use claimdesk_core::export::{ExportFormat, ExportReportInput, ExportScope};
use claimdesk_core::{content_hash, Desk, FixedClock};
use claimdesk_db::{
    ClaimKind, Db, ExtractedFields, NewArticle, NewClaim, NewSource, Origin, SourceFields,
    SourceFormat, Stance, Status,
};
use criterion::{criterion_group, criterion_main, Criterion};

const ARTICLES: usize = 100;
const CLAIMS_PER_ARTICLE: usize = 100;
const AT: &str = "2026-03-01T09:00:00Z";

fn fill(db: &Db) {
    db.write(|w| {
        for a in 0..ARTICLES {
            let sentences: Vec<String> = (0..CLAIMS_PER_ARTICLE)
                .map(|c| format!("Officials in town {a} said {c},000 troops <moved> & \"stayed\" at the frontier."))
                .collect();
            let body = sentences.join(" ");
            let article_id = w.insert_article(&NewArticle {
                title: format!("Border report {a}"),
                outlet: Some("Daily Ledger".into()),
                url: Some(format!("https://news.example.org/{a}")),
                author: None,
                published_at: Some("2026-02-27".into()),
                imported_at: AT.into(),
                source_format: SourceFormat::Txt,
                content_hash: content_hash(&body),
                body: body.clone(),
            })?;
            let mut start = 0;
            for (c, sentence) in sentences.iter().enumerate() {
                let claim = NewClaim {
                    article_id,
                    kind: ClaimKind::Quantity,
                    text: sentence.clone(),
                    start,
                    end: start + sentence.len(),
                    fields: ExtractedFields {
                        value: Some(c as f64 * 1000.0),
                        unit: Some("troops".into()),
                        score: 0.5,
                        ..ExtractedFields::default()
                    },
                    origin: Origin::Extracted,
                };
                start += sentence.len() + 1;
                let id = w.insert_claim(&claim, "extraction", AT)?;
                let to = if c % 2 == 0 { Status::Verified } else { Status::Disputed };
                w.change_status(id, to, "Mara Lind", Some("Checked against imagery."), None, AT)?;
                let fields = SourceFields {
                    url: format!("https://osint.example.net/{a}/{c}"),
                    title: Some("Imagery".into()),
                    stance: Stance::Refutes,
                    excerpt: Some("About half of that.".into()),
                    accessed_at: Some("2026-03-02".into()),
                };
                w.add_source(&NewSource { claim_id: id, fields }, AT)?;
                w.add_note(id, "Two analysts agree.\nSee thread.", "Mara Lind", AT)?;
            }
        }
        Ok::<_, claimdesk_db::Error>(())
    })
    .expect("the bench database");
}

fn export_html(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("bench.sqlite3");
    fill(&Db::open(&db_path).unwrap());
    let desk = Desk::open(&db_path, FixedClock::at(AT)).unwrap();
    let out = dir.path().join("report.html");
    let run = || {
        let input = ExportReportInput {
            format: ExportFormat::Html,
            scope: ExportScope::default(),
            path: out.display().to_string(),
        };
        desk.export_report(input, |_| {}).unwrap()
    };
    let started = Instant::now();
    let outcome = run();
    println!(
        "export: {} claims to HTML ({:.1} MB) in {} ms",
        ARTICLES * CLAIMS_PER_ARTICLE,
        outcome.bytes as f64 / 1e6,
        started.elapsed().as_millis()
    );
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("html_10000_claims", |b| b.iter(run));
    group.finish();
}

criterion_group!(benches, export_html);
criterion_main!(benches);
