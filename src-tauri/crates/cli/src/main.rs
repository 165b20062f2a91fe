//! `claimdesk`: the command line over the same use cases as the window, for scripts, CI and
//! batch jobs. Bad input exits non-zero with one line on stderr and changes nothing.

mod bulk;
mod commands;
mod export;
mod import;

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
    /// Import articles (.txt, .md, .html; folders are read recursively) and extract their claims, or merge Claimdesk exports (.json)
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// No progress bar or progress lines
        #[arg(long, short = 'q')]
        quiet: bool,
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
    /// Record a review: a status, and optionally a reason, a source and a note. With --filter, or `-` for claim ids on standard input, one status for many claims (one undo: --undo BATCH)
    Review {
        /// A claim id, or `-` to read claim ids (one or more per line) from standard input
        #[arg(value_name = "CLAIM_ID", required_unless_present_any = ["filter", "undo"])]
        claim_id: Option<String>,
        /// Review every claim matching these (repeat): status=S, kind=K, article=ID
        #[arg(long, value_name = "KEY=VALUE", conflicts_with = "claim_id")]
        filter: Vec<String>,
        /// Undo a bulk review by the batch name it printed
        #[arg(long, value_name = "BATCH", conflicts_with_all = ["claim_id", "filter"])]
        undo: Option<String>,
        /// verified, disputed or pending (dismissed too, for many claims at once)
        #[arg(long, value_parser = commands::parse_status, required_unless_present = "undo")]
        status: Option<claimdesk_core::Status>,
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
        /// How many results to print
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Continue after a previous page (the `next` it printed)
        #[arg(long, value_name = "CURSOR")]
        after: Option<String>,
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
        Ok(run) => {
            // A closed pipe (`| head`) is the reader's choice, not an error.
            let _ = std::io::stdout().lock().write_all(run.stdout.as_bytes());
            match run.failure {
                None => ExitCode::SUCCESS,
                Some(why) if run.interrupted => {
                    eprintln!("claimdesk: {why}");
                    // The shell's convention for a command ended by SIGINT.
                    ExitCode::from(130)
                }
                Some(why) => fail(&why),
            }
        }
        Err(err) => fail(&err.to_string()),
    }
}

/// What a command prints, and why it fails if it does (after printing).
struct Printed {
    stdout: String,
    failure: Option<String>,
    interrupted: bool,
}

impl From<String> for Printed {
    fn from(stdout: String) -> Printed {
        Printed {
            stdout,
            failure: None,
            interrupted: false,
        }
    }
}

/// Runs the command and returns what it prints.
fn run(cli: Cli) -> Result<Printed, Error> {
    if let Command::Extract { file, format } = &cli.command {
        // No database: extraction is pure, and its output is streamed.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        commands::extract(file, *format == Format::Json, &mut out)?;
        return Ok(String::new().into());
    }
    let desk = open_desk(cli.db)?;
    let printed = match cli.command {
        Command::Import {
            paths,
            format,
            quiet,
        } => {
            let run = import::import(&desk, &paths, format == Format::Json, quiet)?;
            return Ok(Printed {
                stdout: run.stdout,
                failure: run.failure,
                interrupted: run.interrupted,
            });
        }
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
            filter,
            undo,
            status,
            reason,
            source,
            stance,
            title,
            note,
            format,
        } => {
            let json = format == Format::Json;
            if let Some(batch) = undo {
                return Ok(bulk::undo(&desk, batch, json)?.into());
            }
            let status = status.ok_or_else(|| Error::InvalidInput("Give a --status.".into()))?;
            let single = claim_id.as_deref().filter(|id| *id != "-");
            match single {
                Some(id) => {
                    let claim_id = id.parse::<i64>().map_err(|_| {
                        Error::InvalidInput(format!(
                            "invalid value '{id}' for '[CLAIM_ID]': give a claim id or -"
                        ))
                    })?;
                    if status == claimdesk_core::Status::Dismissed {
                        return Err(Error::InvalidInput(
                            "unknown status \"dismissed\": use verified, disputed or pending"
                                .into(),
                        ));
                    }
                    commands::review(
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
                        json,
                    )
                }
                None if source.is_some() || note.is_some() => Err(Error::InvalidInput(
                    "--source and --note go with one claim id, not with many.".into(),
                )),
                None => bulk::review(&desk, &filter, status, reason, json),
            }
        }
        Command::Export(args) => export::export(&desk, args),
        Command::Search {
            query,
            limit,
            after,
            format,
        } => commands::search(&desk, &query, limit, after, format == Format::Json),
    }?;
    Ok(printed.into())
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
