//! Claimdesk's use cases over the store and the extractor: import, review, search and
//! extraction runs. No Tauri here: the window and the `claimdesk` CLI both call [`Desk`].

pub mod bindings;
mod clock;
mod error;
pub mod inputs;
mod paths;
pub mod views;

pub use claimdesk_db::{
    Article, ArticleSummary, ClaimKind, ClaimView, Note, Origin, Qualifier, SearchHit, SearchMatch,
    Settings, Source, SourceFormat, Stance, Status, StatusChange,
};
pub use clock::{timestamp, Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use paths::default_db_path;
