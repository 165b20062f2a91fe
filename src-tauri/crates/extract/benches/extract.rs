//! Extraction speed over the dev articles repeated to at least 5 MB (criterion prints MB/s,
//! 10^6 bytes per second). Twenty samples over twenty seconds, because this machine's speed
//! drifts from second to second when other work shares its cores.

use std::path::PathBuf;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> String {
    // The crate sits at src-tauri/crates/extract; the shared folder is a sibling of the repo.
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let dir = repo.join("../shared/eval/dev");
    let mut one = String::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for p in names {
        one.push_str(&std::fs::read_to_string(&p).expect("read article"));
        one.push_str("\n\n");
    }
    let mut all = String::with_capacity(5_300_000);
    while all.len() < 5 * 1024 * 1024 {
        all.push_str(&one);
    }
    all
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("dev articles x5MB", |b| {
        b.iter(|| claimdesk_extract::extract(std::hint::black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
