//! Progress events at a pace the window can draw: a batch import can finish a thousand files
//! a second, but a progress bar needs a few updates a second, and each event costs the web
//! view a message. Events go out at most once per interval, and the last one always.

use std::time::{Duration, Instant};

/// How often the window hears of a long job's progress.
pub const PROGRESS_EVERY: Duration = Duration::from_millis(100);

pub struct Pace {
    every: Duration,
    sent: Option<Instant>,
}

impl Pace {
    pub fn new(every: Duration) -> Pace {
        Pace { every, sent: None }
    }

    /// Whether an event should go out now; `last` (the job's final report) always does.
    pub fn due(&mut self, last: bool) -> bool {
        let now = Instant::now();
        let waited = self.sent.is_none_or(|sent| now - sent >= self.every);
        if last || waited {
            self.sent = Some(now);
        }
        last || waited
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_the_first_then_waits_but_always_sends_the_last() {
        let mut pace = Pace::new(Duration::from_secs(60));
        assert!(pace.due(false));
        assert!(!pace.due(false));
        assert!(pace.due(true));
    }

    #[test]
    fn sends_again_once_the_interval_passed() {
        let mut pace = Pace::new(Duration::ZERO);
        assert!(pace.due(false));
        assert!(pace.due(false));
    }
}
