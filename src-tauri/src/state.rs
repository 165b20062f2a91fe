//! The window's handle on the workspace, and the one way commands reach it: on tokio's
//! blocking pool, so the UI thread never waits on SQLite, the disk or extraction. `Desk` is
//! shared, not locked: the database is held only inside each transaction.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use claimdesk_core::{Desk, Error, ErrorPayload};

/// Managed Tauri state: the open workspace.
pub struct AppState {
    desk: Arc<Desk>,
    /// Set by `cancel_import`; a running batch import stops after the file in hand.
    import_cancelled: Arc<AtomicBool>,
    /// When the app started, for the start-up benchmark.
    launched: Instant,
}

impl AppState {
    pub fn new(desk: Desk, launched: Instant) -> AppState {
        AppState {
            desk: Arc::new(desk),
            import_cancelled: Arc::new(AtomicBool::new(false)),
            launched,
        }
    }

    pub fn since_launch(&self) -> Duration {
        self.launched.elapsed()
    }

    /// A fresh cancel flag for a batch import that is about to start.
    pub fn start_import(&self) -> Arc<AtomicBool> {
        self.import_cancelled.store(false, Ordering::SeqCst);
        Arc::clone(&self.import_cancelled)
    }

    pub fn cancel_import(&self) {
        self.import_cancelled.store(true, Ordering::SeqCst);
    }

    /// Runs one use case off the UI thread and turns its error into `{ code, message }`.
    pub async fn run<T, F>(&self, use_case: F) -> Result<T, ErrorPayload>
    where
        T: Send + 'static,
        F: FnOnce(&Desk) -> Result<T, Error> + Send + 'static,
    {
        let desk = Arc::clone(&self.desk);
        let joined = tauri::async_runtime::spawn_blocking(move || use_case(&desk)).await;
        match joined {
            Ok(result) => result.map_err(|err| err.payload()),
            Err(join_error) => Err(Error::Internal(format!(
                "A background task of Claimdesk failed: {join_error}."
            ))
            .payload()),
        }
    }
}
