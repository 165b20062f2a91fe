//! Domain types shared with the Rust core. Everything the backend defines comes from the
//! generated bindings (src/api/bindings/, checked for drift by a Rust test); only the report
//! export types, whose backend lands later, are still written here by hand.

export type * from './bindings';

import type { ClaimKind, Status } from './bindings';

export type ExportFormat = 'html' | 'md' | 'csv' | 'json' | 'claimreview';

/** Which claims a report covers; all fields empty means everything. */
export interface ExportScope {
  article_id?: number | null;
  status?: Status | null;
  kind?: ClaimKind | null;
  claim_ids?: number[] | null;
}

export interface ExportOutcome {
  path: string;
  bytes: number;
}

export interface ExportProgress {
  done: number;
  total: number;
}
