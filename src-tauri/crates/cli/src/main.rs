//! `claimdesk`: the command line over the same use cases as the window, for scripts, CI and
//! batch jobs. Bad input exits non-zero with one line on stderr and changes nothing.

mod commands;
mod export;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimdesk_core::{default_db_path, Desk, Error, SystemClock};
use clap::{Parser, Subcommand, ValueEnum};

/// Claimdesk: find, review and keep the checkable claims in news articles.
#[derive(Debug, Parser)]
#[command(name = "claimdesk", version)]
struct Cli {
    /// The database file [default: the app's own, shared with the window]
    #[arg(long, global = true, env = "CLAIMDESK_DB", value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Import articles (.txt, .md, .html) and extract their claims, or merge a Claimdesk export (.json)
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the claims found in a file, without touching the database
    Extract {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// List claims
    Claims {
        /// Only this article's claims
        #[arg(long, value_name = "ID")]
        article: Option<i64>,
        /// Only claims with this status
        #[arg(long, value_parser = commands::parse_status)]
        status: Option<claimdesk_core::Status>,
        /// Only claims of this kind
        #[arg(long, value_parser = commands::parse_kind)]
        kind: Option<claimdesk_core::ClaimKind>,
        /// Include dismissed claims
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Record a review: a status, and optionally a reason, a source and a note
    Review {
        #[arg(value_name = "CLAIM_ID")]
        claim_id: i64,
        /// verified, disputed or pending
        #[arg(long, value_parser = commands::parse_review_status)]
        status: claimdesk_core::Status,
        #[arg(long)]
        reason: Option<String>,
        /// A source link (http or https)
        #[arg(long, value_name = "URL")]
        source: Option<String>,
        /// How the source bears on the claim: supports, refutes or context
        #[arg(long, requires = "source", value_parser = commands::parse_stance)]
        stance: Option<claimdesk_core::Stance>,
        /// The source's title
        #[arg(long, requires = "source")]
        title: Option<String>,
        /// A verification note
        #[arg(long)]
        note: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a report or an exchange file (html, md, csv, json, claimreview)
    Export(export::ExportArgs),
    /// Search articles, claims and notes
    Search {
        query: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if !err.use_stderr() => {
            // --help and --version
            let _ = err.print();
            return ExitCode::SUCCESS;
        }
        Err(err) => return fail(&usage_line(&err.to_string())),
    };
    match run(cli) {
        Ok(output) => {
            // A closed pipe (`| head`) is the reader's choice, not an error.
            let _ = std::io::stdout().lock().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(err) => fail(&err.to_string()),
    }
}

/// Runs the command and returns what it prints.
fn run(cli: Cli) -> Result<String, Error> {
    if let Command::Extract { file, format } = &cli.command {
        // No database: extraction is pure, and its output is streamed.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        commands::extract(file, *format == Format::Json, &mut out)?;
        return Ok(String::new());
    }
    let desk = open_desk(cli.db)?;
    match cli.command {
        Command::Import { files, format } => export::import(&desk, &files, format == Format::Json),
        Command::Extract { .. } => unreachable!("handled above"),
        Command::Claims {
            article,
            status,
            kind,
            all,
            format,
        } => commands::claims(&desk, article, status, kind, all, format == Format::Json),
        Command::Review {
            claim_id,
            status,
            reason,
            source,
            stance,
            title,
            note,
            format,
        } => commands::review(
            &desk,
            claimdesk_core::ReviewClaimInput {
                claim_id,
                status,
                reason,
                source: source.map(|url| claimdesk_core::ReviewSource {
                    url,
                    stance: stance.unwrap_or(claimdesk_core::Stance::Context),
                    title,
                }),
                note,
            },
            format == Format::Json,
        ),
        Command::Export(args) => export::export(&desk, args),
        Command::Search { query, format } => {
            commands::search(&desk, &query, format == Format::Json)
        }
    }
}

fn open_desk(db: Option<PathBuf>) -> Result<Desk, Error> {
    let path = match db {
        Some(path) => path,
        None => default_db_path().ok_or_else(|| {
            Error::Io("This system has no data folder; pass --db PATH or set CLAIMDESK_DB.".into())
        })?,
    };
    Desk::open(path, SystemClock)
}

/// clap's usage errors span several lines; scripts get one.
fn usage_line(rendered: &str) -> String {
    rendered
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with("For more information") && !l.starts_with("Usage:")
        })
        .map(|l| l.strip_prefix("error: ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join(" ")
}

fn fail(message: &str) -> ExitCode {
    let one_line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    eprintln!("claimdesk: {one_line}");
    ExitCode::FAILURE
}
