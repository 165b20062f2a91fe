//! `claimdesk import PATH...`: files and folders through the batch import, with a progress
//! bar on a terminal (plain lines every few seconds otherwise), a summary at the end, and
//! Ctrl-C stopping cleanly after the batch in hand.

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use claimdesk_core::inputs::ImportPathsInput;
use claimdesk_core::views::{ImportPathsProgress, ImportSummary};
use claimdesk_core::{Desk, Error};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Up to this many articles, the text summary lists each one.
const LISTED_ARTICLES: usize = 20;
/// How often a non-terminal gets a progress line.
const PLAIN_EVERY: Duration = Duration::from_secs(2);

/// What the command prints and how it ends.
pub struct ImportRun {
    pub stdout: String,
    /// Set when the command must exit non-zero: why, in one line.
    pub failure: Option<String>,
    /// Stopped by Ctrl-C.
    pub interrupted: bool,
}

/// How the import reports as it goes.
enum Reporter {
    Quiet,
    Bar(ProgressBar),
    Plain { last: Instant },
}

impl Reporter {
    fn new(quiet: bool) -> Reporter {
        if quiet {
            Reporter::Quiet
        } else if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} files  {msg}  ETA {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            Reporter::Bar(bar)
        } else {
            Reporter::Plain {
                last: Instant::now(),
            }
        }
    }

    fn show(&mut self, p: &ImportPathsProgress) {
        let secs = (p.elapsed_ms as f64 / 1000.0).max(0.001);
        let rate = format!(
            "{:.0} files/s, {:.1} MB/s, {} imported, {} duplicates, {} refused",
            p.files_done as f64 / secs,
            p.bytes_done as f64 / 1e6 / secs,
            p.imported,
            p.duplicates,
            p.refused
        );
        match self {
            Reporter::Quiet => {}
            Reporter::Bar(bar) => {
                bar.set_length(p.files_total as u64);
                bar.set_position(p.files_done as u64);
                bar.set_message(rate);
            }
            Reporter::Plain { last } => {
                if last.elapsed() >= PLAIN_EVERY {
                    *last = Instant::now();
                    eprintln!("{}/{} files, {rate}", p.files_done, p.files_total);
                }
            }
        }
    }

    fn finish(&self) {
        if let Reporter::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

/// A bar counting `what` on a terminal's standard error; `None` elsewhere.
pub fn count_bar(what: &str) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    let template = format!("{{bar:30}} {{pos}}/{{len}} {what}  ETA {{eta}}");
    bar.set_style(
        ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// Ctrl-C sets the flag; the import (or export) stops at its next step.
pub fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let set = Arc::clone(&flag);
    // If a handler cannot be installed, Ctrl-C keeps its default (the process ends; SQLite
    // rolls back the open batch, so finished articles are still whole).
    let _ = ctrlc::set_handler(move || set.store(true, Ordering::SeqCst));
    flag
}

pub fn import(desk: &Desk, paths: &[PathBuf], json: bool, quiet: bool) -> Result<ImportRun, Error> {
    let interrupted = interrupt_flag();
    let mut reporter = Reporter::new(quiet);
    let input = ImportPathsInput {
        paths: paths.iter().map(|p| p.display().to_string()).collect(),
    };
    let summary = desk.import_paths(input, |p| {
        reporter.show(p);
        if interrupted.load(Ordering::SeqCst) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    reporter.finish();
    let summary = summary?;
    let interrupted = summary.cancelled;
    let nothing_stored =
        summary.imported.is_empty() && summary.duplicates.is_empty() && summary.merged.is_empty();
    if !json && nothing_stored && !summary.refused.is_empty() && !interrupted {
        // Only refusals: say why, as an error, like any bad input.
        let reasons: Vec<&str> = summary.refused.iter().map(|r| r.reason.as_str()).collect();
        return Err(Error::InvalidInput(reasons.join(" ")));
    }
    let stdout = if json {
        serde_json::to_string_pretty(&summary)
            .map_err(|err| Error::Internal(format!("Could not write JSON: {err}.")))?
            + "\n"
    } else {
        text_summary(&summary)
    };
    let failure = if interrupted {
        Some("Stopped by Ctrl-C; every article listed is stored whole. Run the same command again to import the rest.".to_owned())
    } else if !summary.refused.is_empty() {
        Some(format!(
            "{} of the files were refused (listed above).",
            summary.refused.len()
        ))
    } else {
        None
    };
    Ok(ImportRun {
        stdout,
        failure,
        interrupted,
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One line per article when there are few, one per refused file, and the totals.
fn text_summary(s: &ImportSummary) -> String {
    let mut out = String::new();
    if s.imported.len() + s.duplicates.len() <= LISTED_ARTICLES {
        for a in &s.imported {
            let _ = writeln!(out, "{}\t{}\t{} claims", a.article_id, a.title, a.claims);
        }
        for d in &s.duplicates {
            let _ = writeln!(
                out,
                "{}\t{}\t{} claims (already imported)",
                d.article_id, d.title, d.claims
            );
        }
    }
    for m in &s.merged {
        let o = &m.outcome;
        let _ = writeln!(
            out,
            "{}\t{} articles added, {} merged; {} claims added, {} merged; {} sources, {} notes, {} history entries added",
            m.path, o.articles_added, o.articles_matched, o.claims_added, o.claims_matched,
            o.sources_added, o.notes_added, o.history_added
        );
    }
    for r in &s.refused {
        let _ = writeln!(out, "refused\t{}\t{}", r.path, r.reason);
    }
    let secs = (s.elapsed_ms as f64 / 1000.0).max(0.001);
    let _ = writeln!(
        out,
        "{} ({}) in {:.1} s: {:.0} articles/s, {:.1} MB/s; {}, {}, {} skipped",
        plural(s.imported.len(), "article imported", "articles imported"),
        plural(s.claims_added, "claim", "claims"),
        secs,
        s.imported.len() as f64 / secs,
        s.bytes as f64 / 1e6 / secs,
        plural(s.duplicates.len(), "duplicate", "duplicates"),
        plural(s.refused.len(), "refused", "refused"),
        s.skipped
    );
    out
}
