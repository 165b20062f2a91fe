//! Start-up timing for `make bench-scale`: with `CLAIMDESK_BENCH_STARTUP` set, the window says
//! when its first article list is painted, prints the time since launch and quits.

use tauri::{AppHandle, State};

use crate::state::AppState;

#[tauri::command]
pub fn first_list_painted(app: AppHandle, state: State<'_, AppState>) {
    if std::env::var_os("CLAIMDESK_BENCH_STARTUP").is_none() {
        return;
    }
    println!("app_first_list_ms {}", state.since_launch().as_millis());
    app.exit(0);
}
