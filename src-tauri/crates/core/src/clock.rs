//! Time is passed in, so tests are deterministic.

use chrono::{DateTime, SecondsFormat, Utc};

/// Where use cases get "now" from.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The real time.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Always the same instant; for tests and snapshot reports.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    /// A fixed clock at an RFC 3339 instant, e.g. "2026-01-02T03:04:05Z".
    ///
    /// # Panics
    /// If `rfc3339` does not parse: it is meant for literals in tests.
    pub fn at(rfc3339: &str) -> FixedClock {
        let at = DateTime::parse_from_rfc3339(rfc3339).expect("an RFC 3339 instant");
        FixedClock(at.with_timezone(&Utc))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

/// The stored form of an instant: RFC 3339, UTC, whole seconds.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}
