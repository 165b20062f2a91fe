//! The window's handle on the workspace, and the one way commands reach it: on tokio's
//! blocking pool, so the UI thread never waits on SQLite, the disk or extraction. `Desk` is
//! shared, not locked: the database is held only inside each transaction.

use std::sync::Arc;

use claimdesk_core::{Desk, Error, ErrorPayload};

/// Managed Tauri state: the open workspace.
pub struct AppState {
    desk: Arc<Desk>,
}

impl AppState {
    pub fn new(desk: Desk) -> AppState {
        AppState {
            desk: Arc::new(desk),
        }
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
