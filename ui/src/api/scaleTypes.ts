//! Types of the paged, batch and bulk commands, written to match the core's planned views
//! until they are generated into src/api/bindings/ with the rest.

import type { ArticleSummary, ClaimKind, SearchHit, Status } from './bindings';

export type ArticleSort = 'newest' | 'title' | 'published' | 'outlet' | 'pending';

export type ArticleListFilter = {
  status?: Status | null;
  kind?: ClaimKind | null;
  outlet?: string | null;
  /** YYYY-MM-DD, inclusive. */
  published_from?: string | null;
  published_to?: string | null;
};

export type ArticlePageInput = {
  sort: ArticleSort;
  filter: ArticleListFilter;
  /** The `next` cursor of the page before. */
  after?: string | null;
  /** A seek, used only without `after`, to jump to a row far down the list. */
  offset?: number | null;
  limit: number;
};

export type ArticlePage = { items: ArticleSummary[]; total: number; next?: string | null };

/** `outlet` null: the articles that name no outlet. */
export type OutletCount = { outlet: string | null; articles: number };

export type DeskCounts = {
  articles: number;
  claims: number;
  by_status: Record<Status, number>;
  by_kind: Record<ClaimKind, number>;
  outlets: OutletCount[];
};

export type SearchPageInput = { query: string; after?: string | null; limit: number; prefix?: boolean };

export type SearchPage = { hits: SearchHit[]; total: number; next?: string | null };

export type ImportPathsInput = { paths: string[] };

export type ImportPathsProgress = {
  files_done: number;
  files_total: number;
  bytes_done: number;
  bytes_total: number;
  imported: number;
  duplicates: number;
  refused: number;
  skipped: number;
  elapsed_ms: number;
};

export type ImportedFile = { path: string; article_id: number; title: string; claims: number };
export type DuplicateFile = { path: string; article_id: number; title: string; claims: number };
export type RefusedFile = { path: string; code: string; reason: string };

export type ImportSummary = {
  imported: ImportedFile[];
  duplicates: DuplicateFile[];
  refused: RefusedFile[];
  skipped: number;
  cancelled: boolean;
  claims_added: number;
};

export type BulkReviewInput = { claim_ids: number[]; status: Status; reason?: string | null };

export type BulkReviewProgress = { done: number; total: number };

export type BulkReviewOutcome = { changed: number; unchanged: number; batch: string };

export type BatchInput = { batch: string };

export type BulkUndoOutcome = { reverted: number; skipped: number };
