//! Where Claimdesk keeps its database, shared by the window and the CLI so both see the same data.

use std::path::PathBuf;

/// `<data dir>/claimdesk/claimdesk.sqlite3`, e.g. `~/.local/share/claimdesk/claimdesk.sqlite3`
/// on Linux. `None` when the system has no data directory (no home).
pub fn default_db_path() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("claimdesk").join("claimdesk.sqlite3"))
}
