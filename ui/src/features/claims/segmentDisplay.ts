//! Chooses which claim a piece of the article is shown as, when claims overlap or are filtered.

import type { ClaimView, Segment } from '../../api';
import { claimPassesFilter, type ClaimFilter } from '../../state/claimFilter';

/**
 * The claim a segment is highlighted as: the current claim if it covers the segment,
 * otherwise the narrowest shown claim covering it; null when none is shown.
 */
export function claimShownFor(
  segment: Segment,
  claimsById: ReadonlyMap<number, ClaimView>,
  filter: ClaimFilter,
  currentClaimId: number | null,
): ClaimView | null {
  let best: ClaimView | null = null;
  for (const id of segment.claim_ids) {
    const claim = claimsById.get(id);
    if (!claim || claim.status === 'dismissed' || !claimPassesFilter(claim, filter)) continue;
    if (claim.id === currentClaimId) return claim;
    if (!best || claim.end - claim.start < best.end - best.start) best = claim;
  }
  return best;
}
