//! Times the queries a large desk answers on every keystroke, on a database made by
//! `claimdesk import` (see `make bench-scale`), and prints them as rows of one Markdown
//! table. It changes the database: the status changes it times are written (and undone).
//!
//! usage: scale_queries DB

use std::time::Instant;

use claimdesk_core::export::{ExportFormat, ExportReportInput, ExportScope};
use claimdesk_core::inputs::{
    ArticleIdInput, ArticlePageInput, ClaimIdInput, ClaimPageInput, SearchPageInput,
    SetClaimStatusInput,
};
use claimdesk_core::{Desk, Status, SystemClock};

/// Milliseconds at the 50th, 95th and 99th percentile.
fn percentiles(mut ms: Vec<f64>) -> (f64, f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
    (at(0.50), at(0.95), at(0.99))
}

fn time<T>(runs: usize, mut f: impl FnMut(usize) -> T) -> Vec<f64> {
    (0..runs)
        .map(|i| {
            let started = Instant::now();
            std::hint::black_box(f(i));
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

/// A cheap spread of numbers in `0..n`, the same on every run.
fn spread(i: usize, n: usize) -> usize {
    (i.wrapping_mul(2_654_435_761) >> 7) % n.max(1)
}

fn row(what: &str, value: String) {
    println!("| {what} | {value} |");
}

fn search_row(desk: &Desk, label: &str, query: &str) {
    let mut total = 0;
    let ms = time(30, |_| {
        let page = desk
            .search_page(SearchPageInput {
                query: query.to_owned(),
                limit: 50,
                ..Default::default()
            })
            .expect("search");
        total = page.total;
    });
    let (p50, p95, p99) = percentiles(ms);
    row(
        &format!("search p50 / p95 / p99, {label} \"{query}\" ({total} matches)"),
        format!("{p50:.1} / {p95:.1} / {p99:.1} ms"),
    );
}

fn main() {
    let db = std::env::args().nth(1).expect("usage: scale_queries DB");
    let desk = Desk::open(&db, SystemClock).expect("open the database");
    let counts = desk.desk_counts(Default::default()).expect("counts");
    let words = desk.sample_search_words().expect("words");
    search_row(&desk, "rare word", &words.rare);
    search_row(&desk, "common word", &words.common);
    search_row(&desk, "commonest word", &words.commonest);
    search_row(&desk, "phrase", &words.phrase);

    let claims = counts.by_status.pending.max(1) as i64;
    let ms = time(200, |i| {
        let after = spread(i, claims as usize) as i64;
        desk.list_claims_page(ClaimPageInput {
            status: Some(Status::Pending),
            after: Some(after),
            limit: 200,
        })
        .expect("claims page")
    });
    row(
        "claims page of 200 (pending, keyset), p95",
        format!("{:.2} ms", percentiles(ms).1),
    );

    let ms = time(200, |i| {
        let offset = spread(i, counts.articles.saturating_sub(100));
        desk.list_articles_page(ArticlePageInput {
            offset: Some(offset),
            limit: 100,
            ..Default::default()
        })
        .expect("article page")
    });
    row(
        "article list page of 100, p95",
        format!("{:.2} ms", percentiles(ms).1),
    );

    let first = desk
        .list_articles_page(ArticlePageInput {
            limit: 1,
            ..Default::default()
        })
        .expect("newest");
    let newest = first.items.first().map_or(1, |a| a.id);
    let ms = time(200, |i| {
        let article_id = 1 + spread(i, newest as usize) as i64;
        desk.get_article(ArticleIdInput { article_id })
    });
    row(
        "article open (body, segments, claims), p95",
        format!("{:.2} ms", percentiles(ms).1),
    );

    let page = desk
        .list_claims_page(ClaimPageInput {
            status: Some(Status::Pending),
            limit: 500,
            ..Default::default()
        })
        .expect("claims");
    let ids: Vec<i64> = page.items.iter().map(|c| c.id).collect();
    let ms = time(ids.len().min(400), |i| {
        let claim_id = ids[i % ids.len()];
        let status = if i < ids.len() {
            Status::Verified
        } else {
            Status::Pending
        };
        desk.set_claim_status(SetClaimStatusInput {
            claim_id,
            status,
            reason: None,
        })
    });
    row(
        "status change with its history row, p95",
        format!("{:.2} ms", percentiles(ms).1),
    );
    for id in &ids {
        let _ = desk.undo_status_change(ClaimIdInput { claim_id: *id });
    }

    let mut ten_thousand: Vec<i64> = Vec::new();
    let mut after = None;
    while ten_thousand.len() < 10_000 {
        let page = desk
            .list_claims_page(ClaimPageInput {
                status: Some(Status::Pending),
                after,
                limit: 500,
            })
            .expect("claims");
        ten_thousand.extend(page.items.iter().map(|c| c.id));
        after = page.next;
        if after.is_none() {
            break;
        }
    }
    ten_thousand.truncate(10_000);
    let out = std::env::temp_dir().join("claimdesk-bench-scale-report.html");
    let started = Instant::now();
    let written = desk.export_report(
        ExportReportInput {
            format: ExportFormat::Html,
            scope: ExportScope {
                claim_ids: Some(ten_thousand.clone()),
                ..Default::default()
            },
            path: out.display().to_string(),
        },
        |_| {},
    );
    let secs = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&out);
    row(
        &format!("HTML report of {} claims", ten_thousand.len()),
        match written {
            Ok(w) => format!("{secs:.2} s ({:.1} MB)", w.bytes as f64 / 1e6),
            Err(err) => format!("failed: {err}"),
        },
    );
}
