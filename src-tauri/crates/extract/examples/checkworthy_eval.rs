//! Evaluates the shipped check-worthiness model from Rust.
//!
//! `cargo run --release -p claimdesk-extract --example checkworthy_eval -- clef [DATA_DIR]`
//! prints average precision per CLEF 2019 CheckThat! test debate and their
//! mean (MAP), ranking every line of a debate by `checkworthiness`.
//! `... -- speed [DATA_DIR]` prints the cost per sentence (µs, wall and
//! on-CPU time) and throughput in MB/s over all CLEF sentences.
//! DATA_DIR (holding `clef2019-checkthat-task1/`) defaults to `shared/data` in the directory
//! that holds the workspace.

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

/// On-CPU time of this thread in nanoseconds (Linux scheduler statistics),
/// or `None` where that file does not exist.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Sentences of the PolNeAR training articles (news prose), split at `. `,
/// `? ` and `! ` after a lower-case letter or digit: a rough but stable split.
fn news_sentences(data: &Path) -> Vec<String> {
    let dir = data.join("polnear/train/text");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read article");
        for para in text.lines().filter(|l| !l.trim().is_empty()) {
            let bytes = para.as_bytes();
            let mut start = 0;
            for i in 1..bytes.len().saturating_sub(1) {
                if matches!(bytes[i], b'.' | b'?' | b'!')
                    && bytes[i + 1] == b' '
                    && (bytes[i - 1].is_ascii_lowercase() || bytes[i - 1].is_ascii_digit())
                {
                    out.push(para[start..=i].trim().to_string());
                    start = i + 2;
                }
            }
            out.push(para[start..].trim().to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Best-of-several cost of scoring every sentence once: (wall s, on-CPU s).
fn time_passes(sentences: &[String]) -> (f64, f64) {
    // The fastest pass is the least disturbed by other processes sharing the
    // core. On-CPU time where Linux reports it.
    let mut best_wall = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut acc = 0.0f32;
    for _ in 0..15 {
        let (wall, cpu) = (Instant::now(), cpu_ns());
        for s in sentences {
            acc += checkworthiness(s);
        }
        best_wall = best_wall.min(wall.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
    }
    assert!(acc.is_finite());
    (best_wall, best_cpu)
}

fn speed(data: &Path) {
    let mut clef = Vec::new();
    for split in ["training", "test_annotated"] {
        for path in debates(&data.join("clef2019-checkthat-task1").join(split)) {
            clef.extend(read_debate(&path).into_iter().map(|(s, _)| s));
        }
    }
    checkworthiness("load the model");
    for (name, sentences) in [
        ("CLEF debates", clef),
        ("news (PolNeAR train)", news_sentences(data)),
    ] {
        let bytes: usize = sentences.iter().map(String::len).sum();
        let n = sentences.len() as f64;
        let (wall, cpu) = time_passes(&sentences);
        println!(
            "{name}: {} sentences, {:.0} bytes each on average, best of 15 passes:",
            sentences.len(),
            bytes as f64 / n
        );
        for (what, secs) in [("wall", wall), ("on-CPU", cpu)] {
            if secs.is_finite() {
                println!(
                    "  {what:<6} {:.3} us/sentence, {:.1} MB/s",
                    secs * 1e6 / n,
                    bytes as f64 / secs / 1e6
                );
            }
        }
    }
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
