//! Threats, warnings and ultimatums: cue phrases ("threatened", "has warned", "will not
//! allow", "we will force") found with one regex pass over the text.

use std::sync::LazyLock;

use regex::Regex;

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?(?P<about> about)?|ultimatum|vow(?:s|ed)? to",
        r"|(?:will|would|shall) not (?:allow|tolerate|stand by|accept)|won(?:'|’)t (?:allow|tolerate|stand by|accept)",
        r"|(?:will|'ll|’ll|shall) (?:force|counter|retaliate|strike|hit back|attack|punish|destroy|crush|eliminate",
        r"|wipe|annihilate|pay a heavy price|pay the price|make (?:them|you|him|it) pay|invade|bomb|take revenge|avenge|respond (?:forcefully|powerfully|decisively|militarily|with force))",
        r"|or else|or face|(?:dire|severe|serious|grave) consequences|all options are on the table)\b"
    ))
    .expect("threat pattern")
});

/// Byte spans of threat cues in `text`, in order. "warning about" is commentary, not a
/// warning, and is skipped.
pub fn cues(text: &str) -> Vec<(usize, usize)> {
    // Only the "warn… about" branch can end in " about", so the match itself tells whether
    // the `about` group took part; `find_iter` spares the slower capture search.
    CUE.find_iter(text)
        .filter(|m| {
            let b = m.as_str().as_bytes();
            !(b.len() >= 6 && b[b.len() - 6..].eq_ignore_ascii_case(b" about"))
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_threat_cues() {
        assert_eq!(cues("They threatened to leave.").len(), 1);
        assert_eq!(cues("We will force them out.").len(), 1);
        assert_eq!(cues("Ruritania won’t allow it.").len(), 1);
        assert_eq!(cues("She spoke about warning about decline.").len(), 0);
        assert_eq!(cues("The report was published.").len(), 0);
    }
}
