//! Prints the claims of one article as a JSON list: `extract_json FILE`.

use std::io::Write;

fn main() {
    let path = std::env::args().nth(1).expect("usage: extract_json FILE");
    let text = std::fs::read_to_string(&path).expect("read article");
    let claims = claimdesk_extract::extract(&text);
    let json = serde_json::to_string_pretty(&claims).expect("serialise claims");
    std::io::stdout().write_all(json.as_bytes()).expect("write");
}
