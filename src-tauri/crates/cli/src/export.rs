//! `claimdesk export`, and `claimdesk import` of exchange documents: a JSON file made by
//! `claimdesk export --format json` is merged into the database instead of being read as an
//! article.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use claimdesk_core::document::read_text_file;
use claimdesk_core::export::{
    looks_like_exchange, ExchangeImportOutcome, ExportFormat, ExportReportInput, ExportScope,
    PreviewExportInput,
};
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
    let outcome = desk.export_report(
        ExportReportInput {
            format: args.format,
            scope,
            path: args.output.display().to_string(),
        },
        |_| {},
    )?;
    Ok(format!("{}\t{} bytes\n", outcome.path, outcome.bytes))
}

/// Whether a file is an exchange document: a `.json` file, or any file whose text starts
/// like one.
fn is_exchange(path: &Path) -> Result<bool> {
    let json_ext = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if json_ext {
        return Ok(true);
    }
    Ok(path.is_file() && read_text_file(path).is_ok_and(|t| looks_like_exchange(&t)))
}

/// `claimdesk import`: exchange documents are checked, then articles imported as usual, then
/// the documents merged; a bad file of either kind stops the command before it writes.
pub fn import(desk: &Desk, files: &[PathBuf], json: bool) -> Result<String> {
    let mut exchange = Vec::new();
    let mut articles = Vec::new();
    for path in files {
        if is_exchange(path)? {
            exchange.push(path);
        } else {
            articles.push(path.clone());
        }
    }
    if exchange.is_empty() {
        return crate::commands::import(desk, files, json);
    }
    let texts = exchange
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path)
                .map_err(|err| Error::Io(format!("Could not read {}: {err}.", path.display())))?;
            claimdesk_core::export::parse_exchange(&text)?;
            Ok(text)
        })
        .collect::<Result<Vec<_>>>()?;
    let mut out = if articles.is_empty() {
        String::new()
    } else {
        crate::commands::import(desk, &articles, json)?
    };
    let mut outcomes = Vec::new();
    for (path, text) in exchange.iter().zip(&texts) {
        outcomes.push((path, desk.import_exchange(text)?));
    }
    if json {
        let rows: Vec<_> = outcomes.iter().map(|(_, o)| o).collect();
        let text = serde_json::to_string_pretty(&rows)
            .map_err(|err| Error::Internal(format!("Could not write JSON: {err}.")))?;
        return Ok(out + &text + "\n");
    }
    for (path, o) in outcomes {
        let _ = writeln!(out, "{}\t{}", path.display(), summary(&o));
    }
    Ok(out)
}

fn summary(o: &ExchangeImportOutcome) -> String {
    format!(
        "{} articles added, {} merged; {} claims added, {} merged; {} sources, {} notes, {} history entries added",
        o.articles_added,
        o.articles_matched,
        o.claims_added,
        o.claims_matched,
        o.sources_added,
        o.notes_added,
        o.history_added
    )
}
