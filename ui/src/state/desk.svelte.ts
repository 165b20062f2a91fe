//! The review session's state: which article and claim are open, filters, and the review
//! actions every pane and shortcut share. Status changes apply at once and roll back on error.

import { getContext, setContext } from 'svelte';
import * as api from '../api';
import type {
  ArticleSummary,
  ArticleView,
  ClaimDetail,
  ClaimKind,
  ClaimView,
  ImportOutcome,
  Settings,
  Status,
  UpdateClaimFactsInput,
} from '../api';
import {
  countClaims,
  defaultClaimFilter,
  filterAndSortClaims,
  type ClaimFilter,
  type ClaimSort,
} from './claimFilter';

export type Overlay = 'shortcuts' | 'import' | 'paste' | 'export';
export type NoteSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export class Desk {
  articles = $state<ArticleSummary[]>([]);
  articlesLoaded = $state(false);
  articlesError = $state<string | null>(null);

  view = $state<ArticleView | null>(null);
  /** The open article's dismissed claims: the article view leaves them out. */
  dismissedClaims = $state<ClaimView[]>([]);
  articleError = $state<string | null>(null);

  currentClaimId = $state<number | null>(null);
  detail = $state<ClaimDetail | null>(null);
  claimError = $state<string | null>(null);
  statusError = $state<string | null>(null);
  reasonDraft = $state('');
  /** The claim whose status changed last, for `u`. */
  lastChangedClaimId = $state<number | null>(null);

  filter = $state<ClaimFilter>(defaultClaimFilter());
  sort = $state<ClaimSort>('position');
  centreView = $state<'text' | 'list'>('text');

  settings = $state<Settings | null>(null);
  settingsError = $state<string | null>(null);
  overlay = $state<Overlay | null>(null);
  noteSave = $state<{ state: NoteSaveState; message: string | null }>({
    state: 'idle',
    message: null,
  });

  allClaims = $derived([...(this.view?.claims ?? []), ...this.dismissedClaims]);
  claimsById = $derived(new Map(this.allClaims.map((claim) => [claim.id, claim])));
  visibleClaims = $derived(filterAndSortClaims(this.allClaims, this.filter, this.sort));
  filterCounts = $derived(countClaims(this.allClaims, this.filter));
  currentClaim = $derived(
    this.currentClaimId === null ? null : (this.claimsById.get(this.currentClaimId) ?? null),
  );

  private claimRequest = 0;

  async start(): Promise<void> {
    await Promise.all([this.refreshArticles(), this.loadSettings()]);
    const first = this.articles[0];
    if (first && !this.view) await this.openArticle(first.id);
  }

  async refreshArticles(): Promise<void> {
    try {
      this.articles = await api.listArticles();
      this.articlesError = null;
    } catch (error) {
      this.articlesError = api.errorSentence(error);
    } finally {
      this.articlesLoaded = true;
    }
  }

  async openArticle(articleId: number, claimId: number | null = null): Promise<void> {
    try {
      const view = await api.getArticle(articleId);
      this.view = view;
      this.dismissedClaims = [];
      this.articleError = null;
      await this.loadDismissedClaims();
      const target = claimId ?? this.visibleClaims[0]?.id ?? null;
      if (target === null) this.clearClaim();
      else await this.selectClaim(target);
    } catch (error) {
      this.articleError = api.errorSentence(error);
    }
  }

  /** Reloads the open article (segments change when claims are added or dismissed). */
  async reloadArticle(): Promise<void> {
    if (!this.view) return;
    try {
      this.view = await api.getArticle(this.view.article.id);
      await this.loadDismissedClaims();
    } catch (error) {
      this.articleError = api.errorSentence(error);
    }
  }

  private async loadDismissedClaims(): Promise<void> {
    const articleId = this.view?.article.id;
    if (articleId === undefined) return;
    try {
      const claims = await api.listClaims({
        article_id: articleId,
        status: 'dismissed',
        include_dismissed: true,
      });
      if (this.view?.article.id === articleId) this.dismissedClaims = claims;
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

  async selectClaim(claimId: number): Promise<void> {
    if (claimId !== this.currentClaimId) {
      this.reasonDraft = '';
      this.statusError = null;
    }
    this.currentClaimId = claimId;
    const request = ++this.claimRequest;
    try {
      const detail = await api.getClaim(claimId);
      if (request !== this.claimRequest) return;
      this.detail = detail;
      this.claimError = null;
      this.mergeClaim(detail.claim);
    } catch (error) {
      if (request === this.claimRequest) this.claimError = api.errorSentence(error);
    }
  }

  /** Moves through the claim list as filtered and sorted; `step` is +1 or -1. */
  moveClaim(step: 1 | -1): void {
    const claims = this.visibleClaims;
    if (claims.length === 0) return;
    const index = claims.findIndex((claim) => claim.id === this.currentClaimId);
    const next =
      index === -1
        ? step === 1
          ? 0
          : claims.length - 1
        : Math.min(claims.length - 1, Math.max(0, index + step));
    if (claims[next].id !== this.currentClaimId) void this.selectClaim(claims[next].id);
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

  private applyDetail(detail: ClaimDetail): void {
    this.mergeClaim(detail.claim);
    if (this.currentClaimId === detail.claim.id) this.detail = detail;
  }

  /** Sets the current claim's status at once; the backend confirms or it rolls back. */
  async setStatus(status: Exclude<Status, 'dismissed'>): Promise<void> {
    const claim = this.currentClaim;
    if (!claim) return;
    const reason = this.reasonDraft.trim() || null;
    const before = { ...claim };
    this.statusError = null;
    this.mergeClaim({ ...claim, status, status_reason: reason });
    try {
      const detail = await api.setClaimStatus(claim.id, status, reason);
      this.lastChangedClaimId = claim.id;
      if (this.currentClaimId === claim.id) this.reasonDraft = '';
      this.applyDetail(detail);
      // A restored claim moves from the dismissed list back into the text.
      if (before.status === 'dismissed') await this.reloadArticle();
      void this.refreshArticles();
    } catch (error) {
      this.mergeClaim(before);
      this.statusError = `Could not mark the claim ${status}: ${api.errorSentence(error)}`;
    }
  }

  async undoLastStatusChange(): Promise<void> {
    const claimId = this.lastChangedClaimId;
    if (claimId === null) {
      this.statusError = 'There is no status change to undo yet.';
      return;
    }
    this.statusError = null;
    try {
      const detail = await api.undoStatusChange(claimId);
      this.applyDetail(detail);
      // Undoing may dismiss or restore a claim, which changes the text's segments.
      await this.reloadArticle();
      if (this.currentClaimId !== claimId && this.claimsById.has(claimId)) {
        await this.selectClaim(claimId);
      }
      void this.refreshArticles();
    } catch (error) {
      this.statusError = `Could not undo: ${api.errorSentence(error)}`;
    }
  }

  async dismissCurrent(): Promise<void> {
    const claim = this.currentClaim;
    if (!claim) return;
    const reason = this.reasonDraft.trim() || null;
    const shown = this.visibleClaims;
    const index = shown.findIndex((c) => c.id === claim.id);
    const following = shown[index + 1] ?? shown[index - 1] ?? null;
    try {
      const detail = await api.dismissClaim(claim.id, reason);
      this.lastChangedClaimId = claim.id;
      this.reasonDraft = '';
      this.applyDetail(detail);
      await this.reloadArticle();
      // Move on, as after any review decision, unless dismissed claims are on show.
      if (following && !this.filter.statuses.dismissed) await this.selectClaim(following.id);
      void this.refreshArticles();
    } catch (error) {
      this.statusError = `Could not dismiss the claim: ${api.errorSentence(error)}`;
    }
  }

  /** Saves corrected facts; throws an ApiError for the form to show. */
  async updateFacts(input: UpdateClaimFactsInput): Promise<void> {
    this.applyDetail(await api.updateClaimFacts(input));
  }

  /** Creates a claim from selected text; throws an ApiError for the reader to show. */
  async createManualClaim(text: string, near: number, kind: ClaimKind): Promise<void> {
    if (!this.view) return;
    const detail = await api.createManualClaim({
      article_id: this.view.article.id,
      text,
      near,
      kind,
    });
    await this.reloadArticle();
    await this.selectClaim(detail.claim.id);
    void this.refreshArticles();
  }

  /** Re-reads the current claim after sources or notes changed. */
  async reloadClaim(): Promise<void> {
    if (this.currentClaimId !== null) await this.selectClaim(this.currentClaimId);
  }

  async afterImport(outcomes: ImportOutcome[]): Promise<void> {
    await this.refreshArticles();
    const first = outcomes[0];
    if (first) await this.openArticle(first.article_id);
  }

  async loadSettings(): Promise<void> {
    try {
      this.settings = await api.getSettings();
      this.settingsError = null;
    } catch (error) {
      this.settingsError = api.errorSentence(error);
    }
  }

  async saveReviewerName(name: string): Promise<void> {
    if (!this.settings) return;
    try {
      this.settings = await api.updateSettings({ ...this.settings, reviewer_name: name });
      this.settingsError = null;
    } catch (error) {
      this.settingsError = `Could not save the reviewer name: ${api.errorSentence(error)}`;
    }
  }
}

const DESK_KEY = Symbol('desk');

export function provideDesk(desk: Desk): Desk {
  return setContext(DESK_KEY, desk);
}

export function useDesk(): Desk {
  return getContext<Desk>(DESK_KEY);
}

export { DESK_KEY };
