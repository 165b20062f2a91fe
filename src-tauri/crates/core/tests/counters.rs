//! The kept counts (per article and for the desk) and the claim search index always equal a
//! full recount, whatever mix of imports, reviews, undos, dismissals, bulk reviews and
//! re-runs came before; and the paged list and search agree with them.

mod common;

use std::ops::ControlFlow;

use claimdesk_core::inputs::{
    ArticleIdInput, ArticleListFilter, ArticlePageInput, BatchInput, BulkReviewInput, ClaimIdInput,
    DismissClaimInput, ImportPathsInput, ImportTextInput, ListClaimsInput, SearchPageInput,
    SetClaimStatusInput,
};
use claimdesk_core::{Desk, Status};
use common::*;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    ImportText(u8),
    ImportFolder(u8, u8),
    SetStatus(u16, Status),
    Dismiss(u16),
    Undo(u16),
    Bulk(Vec<u16>, Status),
    UndoLastBulk,
    Rerun(u16),
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Pending),
        Just(Status::Verified),
        Just(Status::Disputed),
        Just(Status::Dismissed),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => any::<u8>().prop_map(Op::ImportText),
        1 => (any::<u8>(), 1..4u8).prop_map(|(a, n)| Op::ImportFolder(a, n)),
        3 => (any::<u16>(), status()).prop_map(|(c, s)| Op::SetStatus(c, s)),
        1 => any::<u16>().prop_map(Op::Dismiss),
        2 => any::<u16>().prop_map(Op::Undo),
        1 => (prop::collection::vec(any::<u16>(), 1..6), status()).prop_map(|(c, s)| Op::Bulk(c, s)),
        1 => Just(Op::UndoLastBulk),
        1 => any::<u16>().prop_map(Op::Rerun),
    ]
}

/// Article `n`: a figure, a quote and a statement; a few texts repeat (duplicates).
fn text(n: u8) -> String {
    let n = n % 24;
    format!(
        "Report {n} on the crossing\nOfficials said {} soldiers crossed the river on Monday.\n\
         \u{201c}We will not retreat,\u{201d} said Major Lee Park.\n\
         The ministry said {} families left the town.\n",
        100 + u32::from(n),
        10 + u32::from(n)
    )
}

fn claim_ids(desk: &Desk) -> Vec<i64> {
    desk.list_claims(ListClaimsInput {
        include_dismissed: Some(true),
        ..Default::default()
    })
    .unwrap()
    .iter()
    .map(|c| c.id)
    .collect()
}

fn pick(ids: &[i64], i: u16) -> Option<i64> {
    (!ids.is_empty()).then(|| ids[usize::from(i) % ids.len()])
}

/// Applies one operation; refusals (already in that status, nothing to undo) are fine.
fn apply(desk: &Desk, dir: &std::path::Path, op: &Op, batches: &mut Vec<String>) {
    let ids = claim_ids(desk);
    match op {
        Op::ImportText(n) => {
            let _ = desk.import_text(ImportTextInput {
                text: text(*n),
                title: None,
            });
        }
        Op::ImportFolder(first, count) => {
            let folder = tempfile::tempdir_in(dir).unwrap();
            for k in 0..*count {
                write_file(
                    folder.path(),
                    &format!("{k}.txt"),
                    text(first.wrapping_add(k)).as_bytes(),
                );
            }
            let input = ImportPathsInput {
                paths: vec![folder.path().display().to_string()],
            };
            desk.import_paths(input, |_| ControlFlow::Continue(()))
                .unwrap();
        }
        Op::SetStatus(i, status) => {
            if let Some(claim_id) = pick(&ids, *i) {
                let _ = desk.set_claim_status(SetClaimStatusInput {
                    claim_id,
                    status: *status,
                    reason: None,
                });
            }
        }
        Op::Dismiss(i) => {
            if let Some(claim_id) = pick(&ids, *i) {
                let _ = desk.dismiss_claim(DismissClaimInput {
                    claim_id,
                    reason: None,
                });
            }
        }
        Op::Undo(i) => {
            if let Some(claim_id) = pick(&ids, *i) {
                let _ = desk.undo_status_change(ClaimIdInput { claim_id });
            }
        }
        Op::Bulk(picks, status) => {
            let claim_ids: Vec<i64> = picks.iter().filter_map(|i| pick(&ids, *i)).collect();
            if claim_ids.is_empty() {
                return;
            }
            let input = BulkReviewInput {
                claim_ids,
                status: *status,
                reason: Some("bulk".into()),
            };
            let outcome = desk
                .review_claims_bulk(input, |_| ControlFlow::Continue(()))
                .unwrap();
            batches.push(outcome.batch);
        }
        Op::UndoLastBulk => {
            if let Some(batch) = batches.pop() {
                desk.undo_bulk(BatchInput { batch }).unwrap();
            }
        }
        Op::Rerun(i) => {
            let articles = desk.list_articles().unwrap();
            if !articles.is_empty() {
                let article_id = articles[usize::from(*i) % articles.len()].id;
                desk.rerun_extraction(ArticleIdInput { article_id })
                    .unwrap();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn kept_counts_equal_a_full_recount(ops in prop::collection::vec(op(), 1..24)) {
        let (dir, desk) = desk();
        let mut batches = Vec::new();
        for op in &ops {
            apply(&desk, dir.path(), op, &mut batches);
            let mismatches = desk.counter_mismatches().unwrap();
            prop_assert!(mismatches.is_empty(), "after {:?}: {:?}", op, mismatches);
        }
        // What the window reads agrees with the claims themselves.
        let all = desk.list_claims(ListClaimsInput { include_dismissed: Some(true), ..Default::default() }).unwrap();
        let counts = desk.desk_counts(ArticleListFilter::default()).unwrap();
        let live = all.iter().filter(|c| c.status != Status::Dismissed).count();
        prop_assert_eq!(counts.claims, live);
        prop_assert_eq!(counts.by_status.verified, all.iter().filter(|c| c.status == Status::Verified).count());
        let disputed_articles = all
            .iter()
            .filter(|c| c.status == Status::Disputed)
            .map(|c| c.article_id)
            .collect::<std::collections::BTreeSet<_>>();
        let page = desk.list_articles_page(ArticlePageInput {
            filter: ArticleListFilter { status: Some(Status::Disputed), ..Default::default() },
            limit: 500,
            ..Default::default()
        }).unwrap();
        prop_assert_eq!(page.total, disputed_articles.len());
        prop_assert_eq!(page.items.iter().map(|a| a.id).collect::<std::collections::BTreeSet<_>>(), disputed_articles);
        let found = desk.search_page(SearchPageInput { query: "soldiers".into(), limit: 500, ..Default::default() }).unwrap();
        let live_soldier_claims = all.iter().filter(|c| c.status != Status::Dismissed && c.text.contains("soldiers")).count();
        let claim_hits = found.hits.iter().filter(|h| h.matched == claimdesk_core::SearchMatch::Claim).count();
        prop_assert_eq!(claim_hits, live_soldier_claims);
    }
}

#[test]
fn pages_walk_the_whole_list_in_order_without_repeats() {
    let (dir, desk) = desk();
    for k in 0..23u8 {
        write_file(dir.path(), &format!("{k:02}.txt"), text(k).as_bytes());
    }
    let input = ImportPathsInput {
        paths: vec![dir.path().display().to_string()],
    };
    let summary = desk
        .import_paths(input, |_| ControlFlow::Continue(()))
        .unwrap();
    assert_eq!(summary.imported.len(), 23);
    for sort in [
        claimdesk_core::inputs::ArticleSort::Newest,
        claimdesk_core::inputs::ArticleSort::Title,
        claimdesk_core::inputs::ArticleSort::Published,
        claimdesk_core::inputs::ArticleSort::Outlet,
        claimdesk_core::inputs::ArticleSort::Pending,
    ] {
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let page = desk
                .list_articles_page(ArticlePageInput {
                    sort,
                    after: after.clone(),
                    limit: 5,
                    ..Default::default()
                })
                .unwrap();
            assert_eq!(page.total, 23);
            seen.extend(page.items.iter().map(|a| (a.title.to_lowercase(), a.id)));
            after = page.next;
            if after.is_none() {
                break;
            }
        }
        let mut ids: Vec<i64> = seen.iter().map(|(_, id)| *id).collect();
        assert_eq!(ids.len(), 23, "{sort:?}");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 23, "no repeats in {sort:?}");
        if sort == claimdesk_core::inputs::ArticleSort::Title {
            let titles: Vec<&String> = seen.iter().map(|(t, _)| t).collect();
            let mut sorted = titles.clone();
            sorted.sort();
            assert_eq!(titles, sorted);
        }
    }
    let jumped = desk
        .list_articles_page(ArticlePageInput {
            offset: Some(20),
            limit: 5,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(jumped.items.len(), 3);
    assert!(jumped.next.is_none());
}
