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
