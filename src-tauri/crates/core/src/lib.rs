//! Claimdesk's use cases over the store and the extractor: import, review, search and
//! extraction runs. No Tauri here: the window and the `claimdesk` CLI both call [`Desk`].
//!
//! Every `Desk` method takes at most one input struct (see [`inputs`]) and returns a
//! serialisable value or an [`Error`] with a code.

mod articles;
mod batch_import;
pub mod bindings;
mod bulk_review;
mod claims;
mod clock;
mod desk_list;
pub mod document;
mod error;
pub mod export;
mod extraction;
mod fields;
mod import;
pub mod inputs;
mod notes;
mod paths;
mod review;
mod search;
mod segments;
mod settings;
mod sources;
pub mod views;

use std::path::Path;

use claimdesk_db::{Db, Reader};

pub use bulk_review::MAX_BULK_CLAIMS;
pub use claimdesk_db::{
    Article, ArticleSummary, ClaimKind, ClaimView, Note, Origin, Qualifier, SearchHit, SearchMatch,
    Settings, Source, SourceFormat, Stance, Status, StatusChange,
};
pub use clock::{timestamp, Clock, FixedClock, SystemClock};
pub use desk_list::MAX_PAGE;
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use import::{content_hash, SAMPLE_TEXT};
pub use paths::default_db_path;
pub use review::{ReviewClaimInput, ReviewSource, UNDO_REASON};
pub use segments::segments;

/// The reviewer recorded on history rows written by extraction rather than by a person.
pub const EXTRACTION_REVIEWER: &str = "extraction";

/// An open Claimdesk workspace: the database plus the clock every change is stamped with.
pub struct Desk {
    db: Db,
    clock: Box<dyn Clock>,
}

impl Desk {
    /// Opens (creating if needed, with its folder) the database at `path`.
    pub fn open(path: impl AsRef<Path>, clock: impl Clock + 'static) -> Result<Desk> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|err| {
                Error::Io(format!(
                    "Could not create the folder {}: {err}.",
                    dir.display()
                ))
            })?;
        }
        let db = Db::open(path).map_err(|err| match err {
            claimdesk_db::Error::Sqlite(inner) => Error::Io(format!(
                "Could not open the database {}: {inner}.",
                path.display()
            )),
            other => other.into(),
        })?;
        Ok(Desk::with_db(db, clock))
    }

    /// A workspace that lives in memory only; for tests and previews.
    pub fn open_in_memory(clock: impl Clock + 'static) -> Result<Desk> {
        Ok(Desk::with_db(Db::open_in_memory()?, clock))
    }

    fn with_db(db: Db, clock: impl Clock + 'static) -> Desk {
        Desk {
            db,
            clock: Box::new(clock),
        }
    }

    /// "Now" as stored: RFC 3339, UTC.
    fn now(&self) -> String {
        timestamp(self.clock.now())
    }
}

// The window keeps one Desk behind a mutex and moves work to blocking threads.
const _: fn() = || {
    fn is_send<T: Send>() {}
    is_send::<Desk>();
};

/// The name recorded on the analyst's changes and notes.
fn reviewer_name(r: &Reader<'_>) -> Result<String> {
    Ok(r.settings()?.reviewer_name)
}
