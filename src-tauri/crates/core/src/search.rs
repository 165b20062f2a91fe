//! Full-text search across articles, claims and notes.

use claimdesk_db::SearchHit;

use crate::error::Result;
use crate::inputs::SearchInput;
use crate::Desk;

impl Desk {
    /// Searches for what the analyst typed; any characters are safe (they are matched as
    /// words, never parsed as search syntax). An empty query finds nothing.
    pub fn search(&self, input: SearchInput) -> Result<Vec<SearchHit>> {
        self.db.read(|r| Ok(r.search(&input.query)?))
    }
}
