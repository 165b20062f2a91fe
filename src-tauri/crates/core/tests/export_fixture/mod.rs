//! A fixed database for the export tests: three articles (one hostile, one without link or
//! date, one without claims), claims in every status with sources, notes, an analyst's
//! correction and an undone decision. Written through the store directly, with fixed times,
//! so the reports do not change when extraction improves.
#![allow(dead_code)]

use std::path::PathBuf;

use claimdesk_core::export::{ExportFormat, ExportScope, ReportData};
use claimdesk_core::{content_hash, Desk, FixedClock};
use claimdesk_db::{
    ClaimFacts, ClaimKind, Db, ExtractedFields, NewArticle, NewClaim, NewSource, Origin, Qualifier,
    Settings, SourceFields, SourceFormat, Stance, Status, Writer,
};
use tempfile::TempDir;

/// The instant every report in these tests is generated at.
pub const NOW: &str = "2026-03-04T10:00:00Z";
pub const REVIEWER: &str = "Mara Lind";

pub const HOSTILE_BODY: &str = "Border build-up continues\n\nOfficials said up to 35,000 troops \
are massed at the frontier, a figure \"nobody, not even NATO\" can confirm. \
\"We will not back down,\" said General Ama Okafor on Tuesday. \
The ministry posted <script>alert(1)</script> on its site and an image <img src=x onerror=alert(2)> \
that failed to load. According to Ostwire, talks resume on Friday. \
If the columns advance, the city will be shelled.";

pub const FORMULA_BODY: &str = "=HYPERLINK(\"http://evil.example/steal\",\"click\") \
Local officials said 3,000 people were evacuated overnight.";

pub const QUIET_BODY: &str = "A short note with nothing to check in it at all.";

/// A fixture on disk: the folder (kept alive), the database path and a desk on it.
pub struct Fixture {
    pub dir: TempDir,
    pub db_path: PathBuf,
    pub desk: Desk,
    pub hostile_article: i64,
    /// The disputed figure with a refuting source and a note.
    pub disputed_claim: i64,
    pub dismissed_claim: i64,
}

pub fn clock() -> FixedClock {
    FixedClock::at(NOW)
}

pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("fixture.sqlite3");
    let (hostile_article, disputed_claim, dismissed_claim) = {
        let db = Db::open(&db_path).unwrap();
        db.write(fill).unwrap()
    };
    let desk = Desk::open(&db_path, clock()).unwrap();
    Fixture {
        dir,
        db_path,
        desk,
        hostile_article,
        disputed_claim,
        dismissed_claim,
    }
}

/// An empty desk in its own folder, for imports.
pub fn empty_desk() -> (TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path().join("empty.sqlite3"), clock()).unwrap();
    (dir, desk)
}

pub fn data(fx: &Fixture, format: ExportFormat, scope: &ExportScope) -> ReportData {
    fx.desk.report_data(format, scope).unwrap()
}

pub fn everything(fx: &Fixture, format: ExportFormat) -> ReportData {
    data(fx, format, &ExportScope::default())
}

/// Replaces each UUID with `uuid-N`, numbered by first appearance, so snapshots are stable
/// while still showing which rows refer to which.
pub fn redact_uuids(text: &str) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(candidate) = rest.get(..36).filter(|c| is_uuid(c)) {
            let n = match seen.iter().position(|s| s == candidate) {
                Some(n) => n,
                None => {
                    seen.push(candidate.to_owned());
                    seen.len() - 1
                }
            };
            out.push_str(&format!("uuid-{n}"));
            rest = &rest[36..];
        } else {
            let ch = rest.chars().next().unwrap();
            out.push(ch);
            rest = &rest[ch.len_utf8()..];
        }
    }
    out
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn span(body: &str, needle: &str) -> (usize, usize) {
    let start = body
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in body"));
    (start, start + needle.len())
}

fn claim(
    w: &Writer<'_>,
    article_id: i64,
    body: &str,
    kind: ClaimKind,
    text: &str,
    fields: ExtractedFields,
    at: &str,
) -> i64 {
    let (start, end) = span(body, text);
    let new = NewClaim {
        article_id,
        kind,
        text: text.to_owned(),
        start,
        end,
        fields,
        origin: Origin::Extracted,
    };
    w.insert_claim(&new, "extraction", at).unwrap()
}

fn article(w: &Writer<'_>, title: &str, body: &str, url: Option<&str>, at: &str) -> i64 {
    w.insert_article(&NewArticle {
        title: title.to_owned(),
        outlet: url.map(|_| "Daily Ledger".to_owned()),
        url: url.map(str::to_owned),
        author: url.map(|_| "R. Vogel".to_owned()),
        published_at: url.map(|_| "2026-02-27".to_owned()),
        imported_at: at.to_owned(),
        source_format: SourceFormat::Txt,
        content_hash: content_hash(body),
        body: body.to_owned(),
    })
    .unwrap()
}

fn source(w: &Writer<'_>, claim_id: i64, url: &str, title: &str, stance: Stance, at: &str) {
    let fields = SourceFields {
        url: url.to_owned(),
        title: Some(title.to_owned()),
        stance,
        excerpt: Some("Imagery from 2 March shows about 30,000 troops, \"not more\".".to_owned()),
        accessed_at: Some("2026-03-02".to_owned()),
    };
    w.add_source(&NewSource { claim_id, fields }, at).unwrap();
}

fn fill(w: &Writer<'_>) -> claimdesk_db::Result<(i64, i64, i64)> {
    let t = |minute: u32| format!("2026-03-01T09:{minute:02}:00Z");
    w.save_settings(&Settings {
        reviewer_name: REVIEWER.to_owned(),
        organisation_name: "Ledger Checks".to_owned(),
        claimreview_base_url: "https://checks.example.org/reviews/border".to_owned(),
    })?;
    let body = HOSTILE_BODY;
    let a1 = article(
        w,
        "Border build-up <b>continues</b> & more",
        body,
        Some("https://news.example.org/border?a=1&b=2"),
        &t(0),
    );
    let figure = claim(
        w,
        a1,
        body,
        ClaimKind::Quantity,
        "up to 35,000 troops",
        ExtractedFields {
            value: Some(35000.0),
            unit: Some("troops".into()),
            qualifier: Some(Qualifier::UpTo),
            score: 0.9,
            ..ExtractedFields::default()
        },
        &t(0),
    );
    let quote = claim(
        w,
        a1,
        body,
        ClaimKind::Quote,
        "\"We will not back down,\" said General Ama Okafor",
        ExtractedFields {
            speaker: Some("Ama Okafor".into()),
            score: 0.8,
            ..ExtractedFields::default()
        },
        &t(0),
    );
    let hostile = claim(w, a1, body, ClaimKind::Statement, "The ministry posted <script>alert(1)</script> on its site and an image <img src=x onerror=alert(2)> that failed to load.", ExtractedFields { score: 0.4, ..ExtractedFields::default() }, &t(0));
    let agency = claim(
        w,
        a1,
        body,
        ClaimKind::Attribution,
        "According to Ostwire",
        ExtractedFields {
            score: 0.3,
            ..ExtractedFields::default()
        },
        &t(0),
    );
    let threat = claim(
        w,
        a1,
        body,
        ClaimKind::Threat,
        "If the columns advance, the city will be shelled.",
        ExtractedFields {
            score: 0.7,
            ..ExtractedFields::default()
        },
        &t(0),
    );

    w.change_status(
        figure,
        Status::Disputed,
        REVIEWER,
        Some("Satellite imagery shows far fewer, \"about 30,000\"."),
        None,
        &t(10),
    )?;
    source(
        w,
        figure,
        "https://osint.example.net/imagery?day=2,3",
        "Imagery, \"2 March\" <pass>",
        Stance::Refutes,
        &t(11),
    );
    w.add_note(
        figure,
        "Checked with two analysts,\nsee the thread.\n\n- second line <b>bold</b>",
        REVIEWER,
        &t(12),
    )?;
    w.update_claim_facts(
        quote,
        &ClaimFacts {
            speaker: Some("Gen. Ama Okafor".into()),
            value: None,
            unit: None,
            qualifier: None,
        },
        &t(13),
    )?;
    w.change_status(
        quote,
        Status::Verified,
        REVIEWER,
        Some("Video of the briefing."),
        None,
        &t(14),
    )?;
    source(
        w,
        quote,
        "https://video.example.com/briefing",
        "Briefing video",
        Stance::Supports,
        &t(15),
    );
    w.add_note(
        hostile,
        "The post had <img src=x onerror=alert(3)> in it.",
        REVIEWER,
        &t(16),
    )?;
    w.change_status(
        agency,
        Status::Dismissed,
        REVIEWER,
        Some("Not a claim."),
        None,
        &t(17),
    )?;
    let decided = w.change_status(threat, Status::Verified, REVIEWER, None, None, &t(18))?;
    w.change_status(
        threat,
        Status::Pending,
        REVIEWER,
        Some("undo"),
        Some(decided.id),
        &t(19),
    )?;

    let a2 = article(w, "=Evacuations", FORMULA_BODY, None, &t(30));
    let evacuated = claim(
        w,
        a2,
        FORMULA_BODY,
        ClaimKind::Quantity,
        "3,000 people",
        ExtractedFields {
            value: Some(3000.0),
            unit: Some("people".into()),
            qualifier: Some(Qualifier::Exact),
            score: 0.6,
            ..ExtractedFields::default()
        },
        &t(30),
    );
    w.change_status(
        evacuated,
        Status::Verified,
        "Jon Ek",
        Some("Matches the city's figure, see, \"list\"."),
        None,
        &t(31),
    )?;

    article(w, "Quiet day", QUIET_BODY, None, &t(40));
    Ok((a1, figure, agency))
}
