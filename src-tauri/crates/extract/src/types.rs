//! The public claim types shared with the database, core and UI layers.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What sort of checkable claim a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A checkable figure: "at least 40 homes".
    Quantity,
    /// A direct quotation, quote marks included.
    Quote,
    /// A threat, warning or ultimatum.
    Threat,
    /// A phrase citing the source of reported speech: "according to the ministry".
    Attribution,
    /// Another check-worthy factual sentence.
    Statement,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::Quantity,
        ClaimKind::Quote,
        ClaimKind::Threat,
        ClaimKind::Attribution,
        ClaimKind::Statement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Quote => "quote",
            ClaimKind::Threat => "threat",
            ClaimKind::Attribution => "attribution",
            ClaimKind::Statement => "statement",
        }
    }

    pub fn parse(s: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The bound the text puts on a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    AtLeast,
    MoreThan,
    UpTo,
    FewerThan,
    Between,
}

impl Qualifier {
    pub const ALL: [Qualifier; 7] = [
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::UpTo,
        Qualifier::FewerThan,
        Qualifier::Between,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::UpTo => "up_to",
            Qualifier::FewerThan => "fewer_than",
            Qualifier::Between => "between",
        }
    }

    pub fn parse(s: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.as_str() == s)
    }
}

/// One extracted claim. `text` is exactly `input[start..end]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub kind: ClaimKind,
    pub text: String,
    /// UTF-8 byte offset of the first byte of the span.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte of the span.
    pub end: usize,
    /// Who said it (quotes) or the cited source (attributions), resolved to a name or role.
    pub speaker: Option<String>,
    /// The figure as a number (quantities).
    pub value: Option<f64>,
    /// The noun or unit the figure counts (quantities).
    pub unit: Option<String>,
    /// The bound on the figure (quantities).
    pub qualifier: Option<Qualifier>,
    /// A hedge such as "believed to" that weakens the claim, if the text has one.
    pub hedge: Option<String>,
    /// Other kinds this claim also counts as (a threatening quote: kind quote, tags [threat]).
    pub tags: Vec<ClaimKind>,
    /// Check-worthiness in [0, 1].
    pub score: f32,
}
