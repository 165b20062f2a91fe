//! Evaluates the shipped check-worthiness model from Rust.
//!
//! `cargo run --release -p claimdesk-extract --example checkworthy_eval -- clef [DATA_DIR]`
//! prints average precision per CLEF 2019 CheckThat! test debate and their
//! mean (MAP), ranking every line of a debate by `checkworthiness`.
//! `... -- speed [DATA_DIR]` prints sentence throughput in MB/s.
//! DATA_DIR defaults to the team's `shared/data` beside the repository.

use std::path::{Path, PathBuf};
use std::time::Instant;

use claimdesk_extract::checkworthiness;

/// (sentence, label) rows of one CLEF TSV file.
fn read_debate(path: &Path) -> Vec<(String, u8)> {
    let text = std::fs::read_to_string(path).expect("read debate");
    text.lines()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols.len() >= 4).then(|| (cols[2].to_string(), u8::from(cols[3].trim() == "1")))
        })
        .collect()
}

fn debates(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    files
}

/// Average precision with ties kept in transcript order.
fn average_precision(scores: &[f32], labels: &[u8]) -> f64 {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut hits, mut total) = (0usize, 0.0f64);
    for (rank, &i) in order.iter().enumerate() {
        if labels[i] == 1 {
            hits += 1;
            total += hits as f64 / (rank + 1) as f64;
        }
    }
    if hits == 0 {
        0.0
    } else {
        total / hits as f64
    }
}

fn clef(data: &Path) {
    let files = debates(&data.join("clef2019-checkthat-task1/test_annotated"));
    let mut sum = 0.0;
    for path in &files {
        let rows = read_debate(path);
        let scores: Vec<f32> = rows.iter().map(|(s, _)| checkworthiness(s)).collect();
        let labels: Vec<u8> = rows.iter().map(|(_, l)| *l).collect();
        let ap = average_precision(&scores, &labels);
        println!(
            "{:<32} AP {ap:.4}",
            path.file_name().unwrap().to_string_lossy()
        );
        sum += ap;
    }
    println!("CLEF 2019 test MAP {:.4}", sum / files.len() as f64);
}

fn speed(data: &Path) {
    let mut sentences = Vec::new();
    for split in ["training", "test_annotated"] {
        for path in debates(&data.join("clef2019-checkthat-task1").join(split)) {
            sentences.extend(read_debate(&path).into_iter().map(|(s, _)| s));
        }
    }
    let bytes: usize = sentences.iter().map(String::len).sum();
    let rounds = (5_000_000 / bytes.max(1)) + 1;
    checkworthiness("warm up the model");
    let start = Instant::now();
    let mut acc = 0.0f32;
    for _ in 0..rounds {
        for s in &sentences {
            acc += checkworthiness(s);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let total = (bytes * rounds) as f64;
    println!(
        "{} sentences x {rounds}: {:.1} MB/s, {:.1} us/sentence (checksum {acc:.1})",
        sentences.len(),
        total / secs / 1e6,
        secs * 1e6 / (sentences.len() * rounds) as f64
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/data"));
    match args.first().map(String::as_str) {
        Some("clef") => clef(&data),
        Some("speed") => speed(&data),
        _ => eprintln!("usage: checkworthy_eval clef|speed [DATA_DIR]"),
    }
}
