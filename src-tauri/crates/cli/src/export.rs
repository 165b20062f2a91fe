//! `claimdesk export`: reports and exchange documents, written whole or not at all.

use std::path::PathBuf;

use claimdesk_core::export::{ExportFormat, ExportReportInput, ExportScope, PreviewExportInput};
use claimdesk_core::{ClaimKind, Desk, Error, Status};
use clap::Args;

type Result<T> = std::result::Result<T, Error>;

/// `claimdesk export`'s options.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// html, md, csv, json (exchange document) or claimreview (schema.org JSON-LD)
    #[arg(long, value_parser = parse_format)]
    format: ExportFormat,
    /// Only this article
    #[arg(long, value_name = "ID")]
    article: Option<i64>,
    /// Only claims with this status
    #[arg(long, value_parser = crate::commands::parse_status)]
    status: Option<Status>,
    /// Only claims of this kind
    #[arg(long, value_parser = crate::commands::parse_kind)]
    kind: Option<ClaimKind>,
    /// Only these claims (repeat, or separate with commas)
    #[arg(long = "claim", value_name = "ID", value_delimiter = ',')]
    claims: Vec<i64>,
    /// The file to write; `-` for standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    output: PathBuf,
}

fn parse_format(s: &str) -> std::result::Result<ExportFormat, String> {
    ExportFormat::parse(s)
        .ok_or_else(|| format!("unknown format \"{s}\": use html, md, csv, json or claimreview"))
}

/// Writes the export and returns what to print: the document itself for `-`, else one line
/// with the path and size.
pub fn export(desk: &Desk, args: ExportArgs) -> Result<String> {
    let scope = ExportScope {
        article_id: args.article,
        status: args.status,
        kind: args.kind,
        claim_ids: (!args.claims.is_empty()).then_some(args.claims),
    };
    if args.output.as_os_str() == "-" {
        let text = desk.export_text(PreviewExportInput {
            format: args.format,
            scope,
        })?;
        // Standard output is read by programs, which do not want a byte-order mark.
        return Ok(text.trim_start_matches('\u{feff}').to_owned());
    }
    let interrupted = crate::import::interrupt_flag();
    let bar = crate::import::count_bar("claims");
    let outcome = desk.export_report_cancellable(
        ExportReportInput {
            format: args.format,
            scope,
            path: args.output.display().to_string(),
        },
        |p| {
            if let Some(bar) = &bar {
                bar.set_length(p.total as u64);
                bar.set_position(p.done as u64);
            }
            if interrupted.load(std::sync::atomic::Ordering::SeqCst) {
                std::ops::ControlFlow::Break(())
            } else {
                std::ops::ControlFlow::Continue(())
            }
        },
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let outcome = outcome?;
    Ok(format!("{}\t{} bytes\n", outcome.path, outcome.bytes))
}
