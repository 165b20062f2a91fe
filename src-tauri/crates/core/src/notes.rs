//! Verification notes on a claim, signed with the reviewer name from settings.

use claimdesk_db::Note;

use crate::error::{Error, Result};
use crate::inputs::{AddNoteInput, NoteIdInput, UpdateNoteInput};
use crate::{reviewer_name, Desk};

fn checked_body(body: &str) -> Result<&str> {
    if body.trim().is_empty() {
        return Err(Error::invalid("A note needs some text."));
    }
    Ok(body)
}

impl Desk {
    /// Adds a note to a claim.
    pub fn add_note(&self, input: AddNoteInput) -> Result<Note> {
        let body = checked_body(&input.body)?;
        let at = self.now();
        self.db
            .write(|w| Ok(w.add_note(input.claim_id, body, &reviewer_name(w)?, &at)?))
    }

    /// Replaces a note's text.
    pub fn update_note(&self, input: UpdateNoteInput) -> Result<Note> {
        let body = checked_body(&input.body)?;
        let at = self.now();
        self.db
            .write(|w| Ok(w.update_note(input.note_id, body, &at)?))
    }

    /// Deletes a note.
    pub fn delete_note(&self, input: NoteIdInput) -> Result<()> {
        self.db.write(|w| Ok(w.delete_note(input.note_id)?))
    }
}
