//! Claim extraction: `&str` in, `Vec<Claim>` out. Pure: no clock, no disk, no database.
//!
//! Spans are UTF-8 byte offsets into the input and always lie on character boundaries.
//! The text is split into sentences once; quotes, figures and threat cues are found with
//! single passes over the whole text, then each sentence is visited in order so that
//! pronouns and roles resolve to the people the article named before them.

mod attributions;
pub mod checkworthy;
mod extractor;
#[macro_use]
mod lexicon;
mod names;
mod numbers;
mod people;
mod qualifiers;
mod quantities;
mod quote_speakers;
mod quotes;
mod sentences;
mod speakers;
mod statements;
mod text;
mod threats;
mod types;

pub use checkworthy::checkworthiness;
pub use extractor::{extract, extract_with};
pub use types::{Claim, ClaimKind, Qualifier};
