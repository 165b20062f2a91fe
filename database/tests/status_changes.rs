//! The status history: one row per change, written with the status cache, never rewritten.

mod common;

use claimdesk_db::{Db, Error, Status};
use common::*;

#[test]
fn every_change_writes_exactly_one_history_row() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let before = db.read(|r| r.count_status_changes()).unwrap();
    for (i, to) in [Status::Verified, Status::Disputed, Status::Pending]
        .into_iter()
        .enumerate()
    {
        let change = db
            .write(|w| w.change_status(claim, to, "Ada", Some("checked"), None, AT))
            .unwrap();
        assert_eq!(change.to_status, to);
        assert_eq!(change.reviewer, "Ada");
        assert_eq!(
            db.read(|r| r.count_status_changes()).unwrap(),
            before + i + 1
        );
        assert_eq!(db.read(|r| r.claim(claim)).unwrap().status, to);
    }
    let history = db.read(|r| r.history_of_claim(claim)).unwrap();
    let path: Vec<_> = history
        .iter()
        .map(|c| (c.from_status, c.to_status))
        .collect();
    assert_eq!(
        path,
        vec![
            (Some(Status::Disputed), Status::Pending),
            (Some(Status::Verified), Status::Disputed),
            (Some(Status::Pending), Status::Verified),
        ],
        "newest first; pending since import has no row of its own"
    );
    let mismatches = db.read(|r| r.counter_mismatches()).unwrap();
    assert!(mismatches.is_empty(), "{mismatches:?}");
    assert_eq!(
        db.read(|r| r.claim(claim))
            .unwrap()
            .status_reason
            .as_deref(),
        Some("checked")
    );
}

#[test]
fn a_change_to_a_missing_claim_writes_nothing() {
    let db = db();
    let err = db
        .write(|w| w.change_status(77, Status::Verified, "Ada", None, None, AT))
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { id: 77, .. }));
    assert_eq!(db.read(|r| r.count_status_changes()).unwrap(), 0);
}

#[test]
fn a_failed_transaction_rolls_the_status_back_with_its_history() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let result: Result<(), Error> = db.write(|w| {
        w.change_status(claim, Status::Verified, "Ada", None, None, AT)?;
        Err(Error::NotFound {
            entity: "Something",
            id: 1,
        })
    });
    assert!(result.is_err());
    assert_eq!(db.read(|r| r.claim(claim)).unwrap().status, Status::Pending);
    assert!(db.read(|r| r.history_of_claim(claim)).unwrap().is_empty());
    let mismatches = db.read(|r| r.counter_mismatches()).unwrap();
    assert!(mismatches.is_empty(), "{mismatches:?}");
}

#[test]
fn history_cannot_be_updated_or_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite3");
    let db = Db::open(&path).unwrap();
    let (_, claim) = article_with_claim(&db);
    db.write(|w| w.change_status(claim, Status::Disputed, "Ada", None, None, AT))
        .unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let update = conn.execute("UPDATE status_changes SET reviewer = 'Eve'", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = conn.execute("DELETE FROM status_changes", []);
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    assert_eq!(db.read(|r| r.history_of_claim(claim)).unwrap().len(), 1);
}

#[test]
fn an_undo_row_points_at_the_change_it_reverts() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let change = db
        .write(|w| w.change_status(claim, Status::Verified, "Ada", None, None, AT))
        .unwrap();
    let undo = db
        .write(|w| {
            w.change_status(
                claim,
                Status::Pending,
                "Ada",
                Some("undo"),
                Some(change.id),
                AT,
            )
        })
        .unwrap();
    assert_eq!(undo.undoes_id, Some(change.id));
    assert_eq!(undo.from_status, Some(Status::Verified));
}
