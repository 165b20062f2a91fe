//! The one error type of every use case. Each variant has a code the window and the CLI
//! branch on (`code()` matches exhaustively, so a new variant does not compile without one)
//! and a message meant for the analyst: one clear sentence.

use serde::{Deserialize, Serialize, Serializer};
use ts_rs::TS;

/// What the window branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    Conflict,
    InvalidInput,
    InvalidTransition,
    Io,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::InvalidTransition => "invalid_transition",
            ErrorCode::Io => "io",
            ErrorCode::Internal => "internal",
        }
    }
}

/// An error as it crosses to the window: `{ code, message }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

/// Why a use case failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The article, claim, source, note or file asked for does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The request clashes with what is stored (a claim that already exists, a newer database).
    #[error("{0}")]
    Conflict(String),
    /// The input is unusable: empty, binary, too big, a bad link or date.
    #[error("{0}")]
    InvalidInput(String),
    /// The claim cannot move that way (already in that status, nothing to undo).
    #[error("{0}")]
    InvalidTransition(String),
    /// Reading or writing a file failed.
    #[error("{0}")]
    Io(String),
    /// A fault of Claimdesk itself; the message says what broke.
    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::InvalidTransition(_) => ErrorCode::InvalidTransition,
            Error::Io(_) => ErrorCode::Io,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
        }
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Error {
        Error::InvalidInput(message.into())
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

impl From<claimdesk_db::Error> for Error {
    fn from(err: claimdesk_db::Error) -> Error {
        use claimdesk_db::Error as Db;
        match err {
            Db::NotFound { entity, id } => Error::NotFound(format!("{entity} {id} does not exist.")),
            Db::NewerSchema => Error::Conflict(
                "This database was made by a newer version of Claimdesk; update Claimdesk to open it."
                    .to_owned(),
            ),
            other @ (Db::BadValue { .. } | Db::Sqlite(_) | Db::Migration(_)) => {
                Error::Internal(format!("The database could not be used: {other}."))
            }
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_as_code_and_message() {
        let err = Error::InvalidTransition("Claim 3 is already verified.".into());
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "invalid_transition", "message": "Claim 3 is already verified."})
        );
        let from_store: Error = claimdesk_db::Error::NotFound {
            entity: "Claim",
            id: 9,
        }
        .into();
        assert_eq!(from_store.code(), ErrorCode::NotFound);
        assert_eq!(from_store.to_string(), "Claim 9 does not exist.");
    }

    #[test]
    fn codes_serialise_as_their_names() {
        for code in [
            ErrorCode::NotFound,
            ErrorCode::Conflict,
            ErrorCode::InvalidInput,
            ErrorCode::InvalidTransition,
            ErrorCode::Io,
            ErrorCode::Internal,
        ] {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
    }
}
