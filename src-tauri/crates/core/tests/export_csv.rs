//! The CSV: its snapshot, RFC 4180 on the wire, and that it parses back to the same rows.

mod export_fixture;

use claimdesk_core::export::{csv_rows, render, ExportFormat, CSV_HEADER};
use export_fixture::{everything, fixture};

#[test]
fn csv_matches_snapshot() {
    let fx = fixture();
    insta::assert_snapshot!(render(
        ExportFormat::Csv,
        &everything(&fx, ExportFormat::Csv),
        &mut |_| {}
    )
    .unwrap());
}

#[test]
fn csv_parses_back_to_the_same_rows() {
    let fx = fixture();
    let data = everything(&fx, ExportFormat::Csv);
    let text = render(ExportFormat::Csv, &data, &mut |_| {}).unwrap();
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark first");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, CSV_HEADER);
    let parsed: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let expected: Vec<Vec<String>> = csv_rows(&data).into_iter().map(Vec::from).collect();
    assert_eq!(parsed, expected);
    assert_eq!(parsed.len(), 5, "dismissed claims are left out");
}

#[test]
fn csv_is_rfc_4180() {
    let fx = fixture();
    let text = render(
        ExportFormat::Csv,
        &everything(&fx, ExportFormat::Csv),
        &mut |_| {},
    )
    .unwrap();
    assert!(text.contains("\r\n"));
    assert!(!text.replace("\r\n", "").replace('\n', "").contains('\r'));
    // Quotes are doubled inside a quoted field; commas and line breaks are quoted.
    assert!(
        text.contains(r#","Satellite imagery shows far fewer, ""about 30,000"".",Mara"#),
        "{text}"
    );
    let rows = csv_rows(&everything(&fx, ExportFormat::Csv));
    let figure = &rows[0];
    assert_eq!(figure[2], fx.disputed_claim.to_string());
    assert_eq!(figure[6], "35000");
    assert_eq!(figure[8], "up_to");
    assert_eq!(figure[9], "disputed");
    assert_eq!(figure[11], "Mara Lind");
    assert_eq!(figure[12], "2026-03-01T09:10:00Z");
    assert_eq!(figure[13], "https://osint.example.net/imagery?day=2,3");
    assert_eq!(figure[14], "1");
}

#[test]
fn formulas_in_text_cannot_run_in_a_spreadsheet() {
    let fx = fixture();
    let rows = csv_rows(&everything(&fx, ExportFormat::Csv));
    let evacuation = rows.iter().find(|r| r[4] == "3,000 people").unwrap();
    assert_eq!(evacuation[0], "'=Evacuations");
}
