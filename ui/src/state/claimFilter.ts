//! Which claims of the open article are shown, in what order, and how many match each box.

import type { ClaimKind, ClaimView, Status } from '../api';

export interface ClaimFilter {
  statuses: Record<Status, boolean>;
  kinds: Record<ClaimKind, boolean>;
}

export type ClaimSort = 'position' | 'score';

export function defaultClaimFilter(): ClaimFilter {
  return {
    statuses: { pending: true, verified: true, disputed: true, dismissed: false },
    kinds: { quantity: true, quote: true, threat: true, attribution: true, statement: true },
  };
}

/** A claim counts for every kind it carries: its own kind and its tags. */
export function claimKinds(claim: ClaimView): ClaimKind[] {
  return claim.tags.includes(claim.kind) ? claim.tags : [claim.kind, ...claim.tags];
}

export function claimPassesFilter(claim: ClaimView, filter: ClaimFilter): boolean {
  return filter.statuses[claim.status] && claimKinds(claim).some((kind) => filter.kinds[kind]);
}

export function filterAndSortClaims(
  claims: readonly ClaimView[],
  filter: ClaimFilter,
  sort: ClaimSort,
): ClaimView[] {
  const shown = claims.filter((claim) => claimPassesFilter(claim, filter));
  if (sort === 'score') return shown.sort((a, b) => b.score - a.score || a.start - b.start);
  return shown.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface FilterCounts {
  statuses: Record<Status, number>;
  kinds: Record<ClaimKind, number>;
}

/** Live counts beside each box: statuses among claims of the ticked kinds, and vice versa. */
export function countClaims(claims: readonly ClaimView[], filter: ClaimFilter): FilterCounts {
  const counts: FilterCounts = {
    statuses: { pending: 0, verified: 0, disputed: 0, dismissed: 0 },
    kinds: { quantity: 0, quote: 0, threat: 0, attribution: 0, statement: 0 },
  };
  for (const claim of claims) {
    const kinds = claimKinds(claim);
    if (kinds.some((kind) => filter.kinds[kind])) counts.statuses[claim.status] += 1;
    if (filter.statuses[claim.status]) for (const kind of kinds) counts.kinds[kind] += 1;
  }
  return counts;
}
