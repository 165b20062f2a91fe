//! Properties that hold for any input: no panic, spans on character boundaries inside the
//! text, `text == input[start..end]`, spans inside their sentence (quotes may run on), and
//! every speaker a piece of the text or none.

use claimdesk_extract::{extract, ClaimKind};
use proptest::prelude::*;

fn check(input: &str) {
    let claims = extract(input);
    for c in &claims {
        assert!(
            c.start <= c.end && c.end <= input.len(),
            "span out of range: {c:?}"
        );
        assert!(
            input.is_char_boundary(c.start) && input.is_char_boundary(c.end),
            "not on char boundary: {c:?}"
        );
        assert_eq!(c.text, &input[c.start..c.end]);
        // A speaker is the text's own words (a name, a role, a source), never made up.
        if let Some(sp) = &c.speaker {
            assert!(
                !sp.is_empty() && input.contains(sp.as_str()),
                "speaker not in the text: {c:?}"
            );
        }
        // Sentences never cross a line; a quote continued into the next paragraph is cut at
        // the paragraph end, so no claim crosses a line either.
        assert!(!c.text.contains('\n'), "claim crosses a paragraph: {c:?}");
        if c.kind != ClaimKind::Quote {
            assert!(
                !c.text.starts_with(' ') && !c.text.ends_with(' '),
                "untrimmed: {c:?}"
            );
        }
    }
    for w in claims.windows(2) {
        assert!(w[0].start <= w[1].start, "claims out of order");
    }
}

fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "''",
        " said ",
        " he said",
        " she told ",
        "Mr. ",
        "Ann Lee",
        "Omar bin Said al-Amin",
        " van der Berg",
        "the mayor",
        " the minister said",
        "Ms. Ortiz",
        "Labour's ",
        ", a spokesman for the council, ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "? ",
        "! ",
        "—",
        "―",
        "(",
        ")",
        "64,000",
        "1.7bn",
        "4.5%",
        "$12",
        "pounds 3m",
        "a third",
        "twenty-five",
        "at least ",
        "up to ",
        "2019",
        "March 3",
        "10:30",
        "resolution 1441",
        "will force",
        "warned",
        "according to the agency",
        "9999999999999999999999",
        "1,2,3",
        "...",
        "…",
        "é",
        "日本",
        "🙂",
        "\u{200b}",
        " the ",
        "officials said",
        "Type 45",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_string(s in "\\PC*") {
        check(&s);
    }

    #[test]
    fn any_string_with_controls(s in ".*") {
        check(&s);
    }

    #[test]
    fn news_like_fragments(s in newsy()) {
        check(&s);
    }
}

#[test]
fn megabyte_long_line_and_huge_numbers() {
    let mut s = String::new();
    while s.len() < 1_200_000 {
        s.push_str("“Up to 99999999999999999999999999 workers, ” said Ann Lee, 1.5bn ‘x’ ");
    }
    check(&s);
    check(&"\"".repeat(100_000));
    check(&"9".repeat(100_000));
    check(&"’".repeat(50_000));
}
