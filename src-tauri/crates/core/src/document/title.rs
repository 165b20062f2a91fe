//! Choosing an article's title from its text: the first line, when it looks like a headline.

/// The most characters a first line may have to count as a headline.
const MAX_TITLE_CHARS: usize = 200;

/// The first line when it looks like a title (short, not a sentence running on, followed
/// by more text); otherwise the opening words, or `fallback`.
pub fn title_of(body: &str, fallback: Option<&str>) -> String {
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return fallback.unwrap_or("Untitled article").to_owned();
    };
    let has_more = lines.next().is_some();
    let chars = first.chars().count();
    let ends_like_prose = first.ends_with(['.', ',', ';', ':']) && !first.ends_with("...");
    if has_more && chars <= MAX_TITLE_CHARS && !ends_like_prose {
        return first.to_owned();
    }
    match fallback {
        Some(fallback) => fallback.to_owned(),
        None => opening_words(first),
    }
}

/// The first few words of a line, for a text without a headline.
fn opening_words(line: &str) -> String {
    const WORDS: usize = 10;
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() <= WORDS {
        return words.join(" ");
    }
    format!("{}…", words[..WORDS].join(" "))
}

#[cfg(test)]
mod tests {
    use super::title_of;

    #[test]
    fn a_short_first_line_is_the_title() {
        assert_eq!(title_of("Troops gather\nBody text.", None), "Troops gather");
    }

    #[test]
    fn a_sentence_is_not_a_title() {
        let body = "The minister said on Friday that the long talks had failed again.\nMore.";
        assert_eq!(
            title_of(body, None),
            "The minister said on Friday that the long talks had…"
        );
    }

    #[test]
    fn a_single_line_uses_the_fallback() {
        assert_eq!(title_of("Just one line", Some("notes")), "notes");
    }
}
