//! The settings table: defaults, then saved values.

mod common;

use claimdesk_db::Settings;
use common::*;

#[test]
fn settings_start_empty_and_keep_what_is_saved() {
    let db = db();
    assert_eq!(db.read(|r| r.settings()).unwrap(), Settings::default());
    let settings = Settings {
        reviewer_name: "Ada".into(),
        organisation_name: "Desk Check".into(),
        claimreview_base_url: "https://example.org/reviews".into(),
    };
    db.write(|w| w.save_settings(&settings)).unwrap();
    assert_eq!(db.read(|r| r.settings()).unwrap(), settings);
    let renamed = Settings {
        reviewer_name: "Bea".into(),
        ..settings
    };
    db.write(|w| w.save_settings(&renamed)).unwrap();
    assert_eq!(db.read(|r| r.settings()).unwrap(), renamed);
}
