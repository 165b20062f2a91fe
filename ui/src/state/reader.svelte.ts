//! The open article and its claims: the text's segments, the dismissed claims it leaves out,
//! the current claim with its detail (sources, notes, history), and which claims are shown.

import * as api from '../api';
import type {
  AddSourceInput,
  Article,
  ArticleView,
  ClaimDetail,
  ClaimKind,
  ClaimView,
  Note,
  Source,
  UpdateArticleInput,
  UpdateClaimFactsInput,
  UpdateSourceInput,
} from '../api';
import {
  countClaims,
  defaultClaimFilter,
  filterAndSortClaims,
  type ClaimFilter,
  type ClaimSort,
} from './claimFilter';
import { failure, type Failure } from './failure';
import type { ArticleListStore, RowCounts } from './articleList.svelte';

export class ReaderStore {
  view = $state<ArticleView | null>(null);
  /** The open article's dismissed claims: the article view leaves them out. */
  dismissedClaims = $state<ClaimView[]>([]);
  error = $state<Failure | null>(null);

  currentClaimId = $state<number | null>(null);
  detail = $state<ClaimDetail | null>(null);
  claimError = $state<Failure | null>(null);

  filter = $state<ClaimFilter>(defaultClaimFilter());
  sort = $state<ClaimSort>('position');
  centreView = $state<'text' | 'list'>('text');

  allClaims = $derived([...(this.view?.claims ?? []), ...this.dismissedClaims]);
  claimsById = $derived(new Map(this.allClaims.map((claim) => [claim.id, claim])));
  visibleClaims = $derived(filterAndSortClaims(this.allClaims, this.filter, this.sort));
  filterCounts = $derived(countClaims(this.allClaims, this.filter));
  currentClaim = $derived(
    this.currentClaimId === null ? null : (this.claimsById.get(this.currentClaimId) ?? null),
  );
  /** The open article's review progress, as its row in the list shows it. */
  progress = $derived.by((): RowCounts => {
    const claims = (this.view?.claims ?? []).filter((c) => c.status !== 'dismissed');
    const count = (status: string) => claims.filter((c) => c.status === status).length;
    return {
      claim_count: claims.length,
      verified: count('verified'),
      disputed: count('disputed'),
      pending: count('pending'),
    };
  });

  get articleId(): number | null {
    return this.view?.article.id ?? null;
  }

  private claimRequest = 0;
  private articleRequest = 0;

  /** `list` is the article list whose rows show what changes here. */
  constructor(private readonly list: ArticleListStore | null = null) {}

  /** The open article's row shows its progress as the claims in hand count it. */
  showProgress(): void {
    const articleId = this.articleId;
    if (articleId !== null) this.list?.patch(articleId, this.progress);
  }

  async open(articleId: number, claimId: number | null = null): Promise<void> {
    const request = ++this.articleRequest;
    try {
      const view = await api.getArticle(articleId);
      if (request !== this.articleRequest) return;
      this.view = view;
      this.dismissedClaims = [];
      this.error = null;
      await this.loadDismissedClaims();
      const target = claimId ?? this.visibleClaims[0]?.id ?? null;
      if (target === null) this.clearClaim();
      else await this.selectClaim(target);
    } catch (raw) {
      if (request === this.articleRequest) this.error = failure(raw, 'Could not open the article');
    }
  }

  /** Reloads the open article (segments change when claims are added or dismissed). */
  async reload(): Promise<void> {
    if (!this.view) return;
    try {
      this.view = await api.getArticle(this.view.article.id);
      await this.loadDismissedClaims();
      this.showProgress();
    } catch (raw) {
      this.error = failure(raw, 'Could not reload the article');
    }
  }

  private async loadDismissedClaims(): Promise<void> {
    const articleId = this.articleId;
    if (articleId === null) return;
    try {
      const claims = await api.listClaims({
        article_id: articleId,
        status: 'dismissed',
        include_dismissed: true,
      });
      if (this.articleId === articleId) this.dismissedClaims = claims;
    } catch {
      // Dismissed claims are only shown on request; the article reads fine without them.
      this.dismissedClaims = [];
    }
  }

  private clearClaim(): void {
    this.currentClaimId = null;
    this.detail = null;
    this.claimError = null;
  }

  /** Makes `claimId` current and loads its detail. */
  async selectClaim(claimId: number): Promise<void> {
    this.currentClaimId = claimId;
    const request = ++this.claimRequest;
    try {
      const detail = await api.getClaim(claimId);
      if (request !== this.claimRequest) return;
      this.detail = detail;
      this.claimError = null;
      this.mergeClaim(detail.claim);
    } catch (raw) {
      if (request === this.claimRequest) this.claimError = failure(raw, 'Could not load the claim');
    }
  }

  /** The claim `step` places away in the list as filtered and sorted, or null at an end. */
  neighbour(step: 1 | -1): number | null {
    const claims = this.visibleClaims;
    if (claims.length === 0) return null;
    const index = claims.findIndex((claim) => claim.id === this.currentClaimId);
    const next =
      index === -1
        ? step === 1
          ? 0
          : claims.length - 1
        : Math.min(claims.length - 1, Math.max(0, index + step));
    return claims[next].id === this.currentClaimId ? null : claims[next].id;
  }

  /** Replaces a claim everywhere it is shown. */
  mergeClaim(claim: ClaimView): void {
    if (this.view && this.view.claims.some((c) => c.id === claim.id)) {
      this.view.claims = this.view.claims.map((c) => (c.id === claim.id ? claim : c));
    }
    if (this.dismissedClaims.some((c) => c.id === claim.id)) {
      this.dismissedClaims = this.dismissedClaims.map((c) => (c.id === claim.id ? claim : c));
    }
    if (this.detail && this.detail.claim.id === claim.id) this.detail.claim = claim;
  }

  applyDetail(detail: ClaimDetail): void {
    this.mergeClaim(detail.claim);
    if (this.currentClaimId === detail.claim.id) this.detail = detail;
  }

  /** Saves corrected facts; throws an ApiError for the form to show. */
  async updateFacts(input: UpdateClaimFactsInput): Promise<void> {
    this.applyDetail(await api.updateClaimFacts(input));
  }

  /** Creates a claim from selected text; throws an ApiError for the reader to show. */
  async createManualClaim(text: string, near: number, kind: ClaimKind): Promise<void> {
    if (!this.view) return;
    const detail = await api.createManualClaim({ article_id: this.view.article.id, text, near, kind });
    await this.reload();
    await this.selectClaim(detail.claim.id);
  }

  /** Saves the article's details; throws an ApiError for the form to show. */
  async updateArticle(input: UpdateArticleInput): Promise<Article> {
    const saved = await api.updateArticle(input);
    if (this.view?.article.id === saved.id) this.view.article = saved;
    // Title, outlet and date can move the row in the list: fetch what is shown again.
    void this.list?.revalidate();
    return saved;
  }

  /** Re-runs extraction on the open article; throws an ApiError for the header to show. */
  async rerunExtraction(): Promise<{ added: number; kept: number } | null> {
    if (!this.view) return null;
    const outcome = await api.rerunExtraction(this.view.article.id);
    await this.reload();
    return outcome;
  }

  /** Adds or edits a source of the current claim; throws an ApiError for the form to show. */
  async saveSource(input: AddSourceInput | UpdateSourceInput): Promise<Source> {
    const saved =
      'source_id' in input ? await api.updateSource(input) : await api.addSource(input);
    await this.reloadClaim();
    return saved;
  }

  /** Removes a source; throws an ApiError for the source to show. */
  async removeSource(sourceId: number): Promise<void> {
    await api.removeSource(sourceId);
    await this.reloadClaim();
  }

  /** Saves a new note (the notes editor's autosave); throws an ApiError for it to retry. */
  addNote(claimId: number, body: string): Promise<Note> {
    return api.addNote(claimId, body);
  }

  updateNote(noteId: number, body: string): Promise<Note> {
    return api.updateNote(noteId, body);
  }

  /** A note saved by the notes editor joins the claim's detail. */
  noteSaved(note: Note): void {
    if (this.detail?.claim.id !== note.claim_id) return;
    const known = this.detail.notes.some((n) => n.id === note.id);
    this.detail.notes = known
      ? this.detail.notes.map((n) => (n.id === note.id ? note : n))
      : [...this.detail.notes, note];
  }

  /** Deletes a note; throws an ApiError for the editor to show. */
  async deleteNote(noteId: number): Promise<void> {
    await api.deleteNote(noteId);
    if (this.detail) this.detail.notes = this.detail.notes.filter((n) => n.id !== noteId);
  }

  /** Re-reads the current claim after sources or notes changed. */
  async reloadClaim(): Promise<void> {
    if (this.currentClaimId !== null) await this.selectClaim(this.currentClaimId);
  }
}
