//! The notes table: add, edit, delete.

mod common;

use common::*;

#[test]
fn notes_are_added_edited_and_deleted() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let note = db
        .write(|w| w.add_note(claim, "Check the UN figure.", "Ada", AT))
        .unwrap();
    assert_eq!(note.author, "Ada");
    assert_eq!(note.created_at, AT);
    assert_eq!(db.read(|r| r.claim(claim)).unwrap().note_count, 1);

    let later = "2026-01-03T00:00:00Z";
    let edited = db
        .write(|w| w.update_note(note.id, "UN says 20,000.", later))
        .unwrap();
    assert_eq!(edited.body, "UN says 20,000.");
    assert_eq!(edited.created_at, AT);
    assert_eq!(edited.updated_at, later);

    db.write(|w| w.delete_note(note.id)).unwrap();
    assert!(db.read(|r| r.notes_of_claim(claim)).unwrap().is_empty());
    assert!(db.write(|w| w.delete_note(note.id)).is_err());
    assert!(db.write(|w| w.update_note(note.id, "x", AT)).is_err());
    assert!(db.write(|w| w.add_note(claim + 9, "x", "Ada", AT)).is_err());
}
