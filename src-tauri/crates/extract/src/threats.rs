//! Threats, warnings and ultimatums: cue phrases ("threatened", "has warned", "will not
//! allow", "will retaliate") found with one regex pass over the text.
//!
//! The pass runs over the ASCII lower-case copy of the text with a case-sensitive pattern:
//! the spans are the same as a case-insensitive search of the text, and without the case
//! variants the regex engine can jump between the cue words' first letters instead of
//! stepping its automaton through every byte (about ten times faster).

use std::sync::LazyLock;

use regex::Regex;

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u)\b(?:threaten(?:s|ed|ing)?|threats (?:of|to|against|about)|warn(?:s|ed|ing)?(?: about)?|warnings? that|ultimatum|vow(?:s|ed)? to",
        r"|(?:will|would|shall) not (?:allow|tolerate|stand by|accept)|won(?:'|’)t (?:allow|tolerate|stand by|accept)",
        r"|(?:will|'ll|’ll|shall) (?:force|retaliate|strike|hit back|attack|punish|destroy|crush|eliminate",
        r"|wipe|annihilate|pay a heavy price|pay the price|make (?:them|you|him|it) pay|invade|bomb|take revenge|avenge|respond (?:forcefully|decisively|militarily|with force))",
        r"|(?:will|'ll|’ll|shall) deal (?:firmly |severely |decisively )?with (?:any|anyone|those)",
        r"|or else|or face|(?:dire|severe|serious|grave) consequences|all options (?:are|remain) (?:open|on the table))\b"
    ))
    .expect("threat pattern")
});

/// Byte spans of threat cues in `lower` (the text in ASCII lower case), in order. "warning
/// about" is commentary, not a warning, and is skipped.
pub fn cues(lower: &str) -> Vec<(usize, usize)> {
    // The "warn… about" branch takes the " about" whenever it can, so a warn-word match
    // ending so is commentary ("threats about" is not).
    CUE.find_iter(lower)
        .filter(|m| !(m.as_str().starts_with("warn") && m.as_str().ends_with(" about")))
        .map(|m| (m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> usize {
        cues(&text.to_ascii_lowercase()).len()
    }

    #[test]
    fn finds_threat_cues() {
        assert_eq!(count("They threatened to leave."), 1);
        assert_eq!(count("They WILL force the gates."), 1);
        assert_eq!(count("Ruritania won’t allow it."), 1);
        assert_eq!(count("She spoke about warning about decline."), 0);
        assert_eq!(count("She spoke about Warning About decline."), 0);
        assert_eq!(count("The report was published."), 0);
        assert_eq!(count("Nobody likes warnings about rain."), 0);
    }

    #[test]
    fn finds_reported_threats_and_ultimatums() {
        assert_eq!(count("He faced threats against his family."), 1);
        assert_eq!(count("The threat of rain kept them home."), 0);
        assert_eq!(count("There were warnings that the dam may fail."), 1);
        assert_eq!(count("The army will deal with anyone who crosses."), 1);
        assert_eq!(count("She said all options remain open."), 1);
        assert_eq!(count("The committee will deal with the budget."), 0);
    }
}
