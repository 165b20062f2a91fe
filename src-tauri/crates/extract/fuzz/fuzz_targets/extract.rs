//! Any bytes that are valid UTF-8 must extract without panicking, with spans on character
//! boundaries that match their text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        for c in claimdesk_extract::extract(text) {
            assert!(c.start <= c.end && c.end <= text.len());
            assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
            assert_eq!(c.text, &text[c.start..c.end]);
        }
    }
});
