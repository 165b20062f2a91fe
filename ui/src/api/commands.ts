//! Typed wrappers over the Tauri commands: one function per command, each passing a single
//! `input` argument so Rust field names cross unchanged.

import { invoke } from '@tauri-apps/api/core';
import { toApiError } from './errors';
import type {
  AddSourceInput,
  Article,
  ArticleSummary,
  ArticleView,
  ClaimDetail,
  ClaimView,
  CreateManualClaimInput,
  ExportFormat,
  ExportOutcome,
  ExportScope,
  ImportFileResult,
  ImportOutcome,
  ListClaimsInput,
  Note,
  RerunOutcome,
  SearchHit,
  Settings,
  Source,
  Status,
  UpdateArticleInput,
  UpdateClaimFactsInput,
  UpdateSourceInput,
  ArticleListFilter,
  ArticlePage,
  ArticlePageInput,
  BulkReviewInput,
  BulkReviewOutcome,
  BulkUndoOutcome,
  DeskCounts,
  ImportSummary,
  SearchPage,
  SearchPageInput,
} from './types';

async function call<T>(command: string, input?: unknown): Promise<T> {
  try {
    return await invoke<T>(command, input === undefined ? undefined : { input });
  } catch (raw) {
    throw toApiError(raw);
  }
}

export const listArticles = () => call<ArticleSummary[]>('list_articles');

/** One page of the article list, sorted and filtered in the database. */
export const listArticlesPage = (input: ArticlePageInput) =>
  call<ArticlePage>('list_articles_page', input);

/** Counts of articles and claims by status, kind and outlet for a filter. */
export const deskCounts = (filter: ArticleListFilter) => call<DeskCounts>('desk_counts', filter);

export const getArticle = (article_id: number) =>
  call<ArticleView>('get_article', { article_id });

export const importFiles = (paths: string[]) =>
  call<ImportFileResult[]>('import_files', { paths });

/** Imports files and folders (recursively) through the batch pipeline; `import-progress`
 *  events report on it and `cancelImport` stops it, keeping every finished article. */
export const importPaths = (paths: string[]) => call<ImportSummary>('import_paths', { paths });

/** Asks a running `importFiles` to stop after the file in hand. */
export const cancelImport = () => call<null>('cancel_import');

export const importText = (text: string, title: string | null) =>
  call<ImportOutcome>('import_text', { text, title });

export const importSample = () => call<ImportOutcome>('import_sample');

export const updateArticle = (input: UpdateArticleInput) =>
  call<Article>('update_article', input);

export const listClaims = (input: ListClaimsInput) => call<ClaimView[]>('list_claims', input);

export const getClaim = (claim_id: number) => call<ClaimDetail>('get_claim', { claim_id });

export const setClaimStatus = (claim_id: number, status: Status, reason: string | null) =>
  call<ClaimDetail>('set_claim_status', { claim_id, status, reason });

export const undoStatusChange = (claim_id: number) =>
  call<ClaimDetail>('undo_status_change', { claim_id });

export const updateClaimFacts = (input: UpdateClaimFactsInput) =>
  call<ClaimDetail>('update_claim_facts', input);

export const createManualClaim = (input: CreateManualClaimInput) =>
  call<ClaimDetail>('create_manual_claim', input);

export const dismissClaim = (claim_id: number, reason: string | null) =>
  call<ClaimDetail>('dismiss_claim', { claim_id, reason });

export const addSource = (input: AddSourceInput) => call<Source>('add_source', input);

export const updateSource = (input: UpdateSourceInput) => call<Source>('update_source', input);

export const removeSource = (source_id: number) => call<null>('remove_source', { source_id });

export const addNote = (claim_id: number, body: string) =>
  call<Note>('add_note', { claim_id, body });

export const updateNote = (note_id: number, body: string) =>
  call<Note>('update_note', { note_id, body });

export const deleteNote = (note_id: number) => call<null>('delete_note', { note_id });

export const getSettings = () => call<Settings>('get_settings');

export const updateSettings = (settings: Settings) => call<Settings>('update_settings', settings);

export const search = (query: string) => call<SearchHit[]>('search', { query });

/** One page of search results with the total number of matches. */
export const searchPage = (input: SearchPageInput) => call<SearchPage>('search_page', input);

/** Sets one status (and reason) on many claims; one batch that `undoBulk` reverses whole. */
export const reviewClaimsBulk = (input: BulkReviewInput) =>
  call<BulkReviewOutcome>('review_claims_bulk', input);

export const undoBulk = (batch: string) => call<BulkUndoOutcome>('undo_bulk', { batch });

export const rerunExtraction = (article_id: number) =>
  call<RerunOutcome>('rerun_extraction', { article_id });

export const previewExport = (format: ExportFormat, scope: ExportScope) =>
  call<string>('preview_export', { format, scope });

export const exportReport = (format: ExportFormat, scope: ExportScope, path: string) =>
  call<ExportOutcome>('export_report', { format, scope, path });
