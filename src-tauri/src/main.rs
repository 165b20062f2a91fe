//! Claimdesk's desktop window: a thin Tauri shell over `claimdesk-core`.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod pace;
mod state;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use claimdesk_core::{default_db_path, Desk, SystemClock};

use crate::state::AppState;

/// `CLAIMDESK_DB` when set (as for the CLI), else the app's own database file.
fn database_path() -> Option<PathBuf> {
    std::env::var_os("CLAIMDESK_DB")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(default_db_path)
}

fn has_display() -> bool {
    !cfg!(target_os = "linux")
        || std::env::var_os("DISPLAY").is_some()
        || std::env::var_os("WAYLAND_DISPLAY").is_some()
}

fn main() -> ExitCode {
    let launched = Instant::now();
    // Without this check GTK panics with "Failed to initialize gtk backend!".
    if !has_display() {
        eprintln!("claimdesk: no display found; run it in a desktop session, or headless: xvfb-run -a make run");
        return ExitCode::FAILURE;
    }
    let Some(path) = database_path() else {
        eprintln!("claimdesk: no data folder for the database; set CLAIMDESK_DB to a file path");
        return ExitCode::FAILURE;
    };
    let desk = match Desk::open(&path, SystemClock) {
        Ok(desk) => desk,
        Err(err) => {
            eprintln!("claimdesk: {err}");
            return ExitCode::FAILURE;
        }
    };
    let run = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(AppState::new(desk, launched))
        .invoke_handler(tauri::generate_handler![
            commands::articles::list_articles,
            commands::articles::get_article,
            commands::articles::import_files,
            commands::articles::cancel_import,
            commands::articles::import_text,
            commands::articles::import_sample,
            commands::articles::update_article,
            commands::articles::rerun_extraction,
            commands::claims::list_claims,
            commands::claims::get_claim,
            commands::claims::update_claim_facts,
            commands::claims::create_manual_claim,
            commands::claims::search,
            commands::review::set_claim_status,
            commands::review::undo_status_change,
            commands::review::dismiss_claim,
            commands::review::add_source,
            commands::review::update_source,
            commands::review::remove_source,
            commands::review::add_note,
            commands::review::update_note,
            commands::review::delete_note,
            commands::settings::get_settings,
            commands::settings::update_settings,
            commands::reports::preview_export,
            commands::reports::export_report,
            commands::startup::first_list_painted,
            commands::desk::list_articles_page,
            commands::desk::desk_counts,
            commands::desk::search_page,
            commands::desk::import_paths,
            commands::desk::review_claims_bulk,
            commands::desk::undo_bulk,
        ])
        .run(tauri::generate_context!());
    match run {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claimdesk: the window could not start: {err}");
            ExitCode::FAILURE
        }
    }
}
