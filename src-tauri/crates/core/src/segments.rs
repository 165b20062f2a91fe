//! Cutting an article body at every claim boundary, so the window can highlight claims by
//! rendering plain-text pieces, without ever doing offset arithmetic on JS strings.

use claimdesk_db::ClaimView;

use crate::views::Segment;

/// The body cut at every start and end of `claims`, in order; each piece lists the claims
/// covering it (longest first). Spans out of range or off a character boundary are ignored.
pub fn segments(body: &str, claims: &[ClaimView]) -> Vec<Segment> {
    let valid = |c: &&ClaimView| {
        c.start < c.end
            && c.end <= body.len()
            && body.is_char_boundary(c.start)
            && body.is_char_boundary(c.end)
    };
    let mut spans: Vec<&ClaimView> = claims.iter().filter(valid).collect();
    // Longer claims first at the same start, so the outermost claim is listed first.
    spans.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.id));

    let mut cuts: Vec<usize> = spans.iter().flat_map(|c| [c.start, c.end]).collect();
    cuts.extend([0, body.len()]);
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = Vec::with_capacity(cuts.len());
    let mut next = 0; // the first span not yet opened
    let mut open: Vec<&ClaimView> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        open.retain(|c| c.end > start);
        while next < spans.len() && spans[next].start <= start {
            if spans[next].end > start {
                open.push(spans[next]);
            }
            next += 1;
        }
        out.push(Segment {
            start,
            end,
            text: body[start..end].to_owned(),
            claim_ids: open.iter().map(|c| c.id).collect(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use claimdesk_db::{ClaimKind, ClaimView, Origin, Status};

    use super::segments;

    fn claim(id: i64, start: usize, end: usize) -> ClaimView {
        ClaimView {
            id,
            uuid: String::new(),
            article_id: 1,
            kind: ClaimKind::Statement,
            tags: vec![],
            text: String::new(),
            start,
            end,
            speaker: None,
            value: None,
            unit: None,
            qualifier: None,
            hedge: None,
            score: 0.0,
            origin: Origin::Extracted,
            status: Status::Pending,
            status_reason: None,
            edited: false,
            source_count: 0,
            note_count: 0,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn pieces(body: &str, claims: &[ClaimView]) -> Vec<(String, Vec<i64>)> {
        segments(body, claims)
            .into_iter()
            .map(|s| (s.text, s.claim_ids))
            .collect()
    }

    #[test]
    fn no_claims_is_one_plain_segment() {
        assert_eq!(pieces("abc", &[]), vec![("abc".into(), vec![])]);
        assert!(pieces("", &[]).is_empty());
    }

    #[test]
    fn nested_and_overlapping_claims_list_every_cover() {
        // "He said “up to 35,000 fighters” today."
        let body = "He said \u{201c}up to 35,000 fighters\u{201d} today.";
        let quote_start = body.find('\u{201c}').unwrap();
        let quote_end = body.find('\u{201d}').unwrap() + 3;
        let figure_start = body.find("35,000").unwrap();
        let figure_end = figure_start + "35,000 fighters".len();
        let claims = [
            claim(1, quote_start, quote_end),
            claim(2, figure_start, figure_end),
            claim(3, 0, figure_start + 2),
        ];
        let got = pieces(body, &claims);
        let joined: String = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, body);
        assert_eq!(
            got,
            vec![
                ("He said ".into(), vec![3]),
                ("\u{201c}up to ".into(), vec![3, 1]),
                ("35".into(), vec![3, 1, 2]),
                (",000 fighters".into(), vec![1, 2]),
                ("\u{201d}".into(), vec![1]),
                (" today.".into(), vec![]),
            ]
        );
    }

    #[test]
    fn spans_off_char_boundaries_or_out_of_range_are_ignored() {
        let body = "é and more";
        let claims = [claim(1, 1, 4), claim(2, 3, 400), claim(3, 5, 5)];
        assert_eq!(pieces(body, &claims), vec![(body.into(), vec![])]);
    }
}
