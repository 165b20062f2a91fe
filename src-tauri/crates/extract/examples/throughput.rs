//! Times extraction over the dev articles repeated to at least 5 MB, for profiling:
//! `throughput [ROUNDS] [rules]` prints MB/s (10^6 bytes per second) of wall-clock time, on
//! Linux of the thread's on-CPU time (steadier when other processes share the cores), and of
//! the fastest round.
//! With `rules`, the check-worthiness model is replaced by a zero score, timing the rules
//! alone.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/eval/dev");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read dev folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut one = String::new();
    for p in names {
        one.push_str(&std::fs::read_to_string(&p).expect("read article"));
        one.push_str("\n\n");
    }
    let mut all = String::new();
    while all.len() < 5 * 1024 * 1024 {
        all.push_str(&one);
    }
    let rules_only = std::env::args().nth(2).is_some_and(|a| a == "rules");
    let zero = |_: &str| 0.0f32;
    let model: &dyn Fn(&str) -> f32 = if rules_only {
        &zero
    } else {
        &claimdesk_extract::checkworthiness
    };
    let mut claims = 0;
    let mut fastest = f64::INFINITY;
    let cpu0 = cpu_ns();
    let t = Instant::now();
    for _ in 0..rounds {
        let round = Instant::now();
        claims += claimdesk_extract::extract_with(std::hint::black_box(&all), model).len();
        fastest = fastest.min(round.elapsed().as_secs_f64());
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = (all.len() * rounds) as f64 / 1e6;
    let cpu = match (cpu0, cpu_ns()) {
        (Some(a), Some(b)) => format!(", {:.1} MB/s on-CPU", mb / ((b - a) as f64 / 1e9)),
        _ => String::new(),
    };
    // Other work on a shared machine only ever slows a round down, so the fastest round is
    // the steadiest estimate of what the code itself does.
    println!(
        "{}{:.1} MB/s wall{cpu}, fastest round {:.1} MB/s ({} bytes x {rounds}, {} claims per round)",
        if rules_only { "rules only: " } else { "" },
        mb / secs,
        all.len() as f64 / 1e6 / fastest,
        all.len(),
        claims / rounds
    );
}

/// Nanoseconds this thread has run on a CPU (Linux schedstat), if available.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
