//! Domain types shared with the Rust core. Hand-written to match the contract until the
//! generated bindings (src/api/bindings/) land; then this file re-exports them instead.

export type Status = 'pending' | 'verified' | 'disputed' | 'dismissed';
export type Stance = 'supports' | 'refutes' | 'context';
export type Origin = 'extracted' | 'manual';
export type ClaimKind = 'quantity' | 'quote' | 'threat' | 'attribution' | 'statement';
export type Qualifier =
  | 'exact'
  | 'about'
  | 'at_least'
  | 'more_than'
  | 'up_to'
  | 'fewer_than'
  | 'between';

export interface ArticleSummary {
  id: number;
  uuid: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published_at: string | null;
  imported_at: string;
  source_format: string;
  claim_count: number;
  verified: number;
  disputed: number;
  pending: number;
}

export interface Article {
  id: number;
  uuid: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published_at: string | null;
  imported_at: string;
  source_format: string;
  content_hash: string;
  body: string;
}

export interface ClaimView {
  id: number;
  uuid: string;
  article_id: number;
  kind: ClaimKind;
  tags: ClaimKind[];
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  hedge: string | null;
  score: number;
  origin: Origin;
  status: Status;
  status_reason: string | null;
  edited: boolean;
  source_count: number;
  note_count: number;
  created_at: string;
  updated_at: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  claim_ids: number[];
}

export interface ArticleView {
  article: Article;
  segments: Segment[];
  claims: ClaimView[];
}

export interface Source {
  id: number;
  uuid: string;
  claim_id: number;
  url: string;
  title: string | null;
  stance: Stance;
  excerpt: string | null;
  accessed_at: string | null;
  created_at: string;
}

export interface Note {
  id: number;
  uuid: string;
  claim_id: number;
  body: string;
  author: string | null;
  created_at: string;
  updated_at: string;
}

export interface StatusChange {
  id: number;
  uuid: string;
  claim_id: number;
  from_status: Status | null;
  to_status: Status;
  reviewer: string | null;
  reason: string | null;
  at: string;
}

export interface ClaimDetail {
  claim: ClaimView;
  sources: Source[];
  notes: Note[];
  history: StatusChange[];
}

export interface ImportOutcome {
  article_id: number;
  title: string;
  claims: number;
  already_imported: boolean;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
}

export type ErrorCode =
  | 'not_found'
  | 'conflict'
  | 'invalid_input'
  | 'invalid_transition'
  | 'io'
  | 'internal';

export interface ImportFileResult {
  path: string;
  outcome: ImportOutcome | null;
  error: ErrorPayload | null;
}

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export interface ExportProgress {
  done: number;
  total: number;
}

export interface Settings {
  reviewer_name: string;
  organisation_name: string;
  claimreview_base_url: string;
}

export interface SearchHit {
  article_id: number;
  claim_id: number | null;
  title: string;
  snippet: string;
}

export interface RerunOutcome {
  added: number;
  kept: number;
}

export type ExportFormat = 'html' | 'md' | 'csv' | 'json' | 'claimreview';

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

// Command inputs: one struct per command, named as the Rust side names its fields.
export interface UpdateArticleInput {
  article_id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published_at: string | null;
}

export interface ListClaimsInput {
  article_id?: number | null;
  status?: Status | null;
  kind?: ClaimKind | null;
  include_dismissed?: boolean;
}

export interface UpdateClaimFactsInput {
  claim_id: number;
  speaker: string | null;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
}

export interface CreateManualClaimInput {
  article_id: number;
  text: string;
  near: number;
  kind: ClaimKind;
}

export interface AddSourceInput {
  claim_id: number;
  url: string;
  title?: string | null;
  stance: Stance;
  excerpt?: string | null;
  accessed_at?: string | null;
}

export interface UpdateSourceInput {
  source_id: number;
  url: string;
  title?: string | null;
  stance: Stance;
  excerpt?: string | null;
  accessed_at?: string | null;
}
