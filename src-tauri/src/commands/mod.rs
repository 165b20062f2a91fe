//! The window's commands: each one line over a `Desk` use case, run by [`crate::state::AppState::run`].

pub mod articles;
pub mod claims;
pub mod desk;
pub mod reports;
pub mod review;
pub mod settings;
pub mod startup;
