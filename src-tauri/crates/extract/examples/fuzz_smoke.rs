//! A stable-toolchain stand-in for the cargo-fuzz target: feeds pseudo-random byte strings
//! (valid UTF-8 after lossy decoding, biased towards quote marks, digits and speech tags) to
//! `extract` for a given number of seconds and checks every span.
//! Usage: `fuzz_smoke [SECONDS]` (default 60).

use std::time::{Duration, Instant};

const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "''",
    " said ",
    " he said",
    "Mr. ",
    "Ann Lee",
    ", ",
    ". ",
    "\n",
    "? ",
    "—",
    "―",
    "(",
    ")",
    "64,000",
    "1.7bn",
    "%",
    "$",
    "a third",
    "at least ",
    "2019",
    "10:30",
    "will force",
    "according to",
    "é",
    "日本",
    "🙂",
    "\u{200b}",
    "officials said",
    "9999999999999999999",
];

fn main() {
    let secs: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let len = (next() % 400) as usize;
        let mut bytes = Vec::with_capacity(len * 4);
        for _ in 0..len {
            let r = next();
            if r % 3 == 0 {
                bytes.extend_from_slice(PIECES[(r >> 8) as usize % PIECES.len()].as_bytes());
            } else {
                bytes.push((r >> 16) as u8);
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        for c in claimdesk_extract::extract(&text) {
            assert!(
                c.end <= text.len()
                    && text.is_char_boundary(c.start)
                    && text.is_char_boundary(c.end)
            );
            assert_eq!(c.text, &text[c.start..c.end]);
        }
        runs += 1;
    }
    println!("fuzz_smoke: {runs} inputs, no failures");
}
