//! Review decisions on the open article's claims: status changes that show at once and roll
//! back on error, undo, dismissal, and the note-saving state the footer reports. Each decision
//! updates the open article's row in the list in place.

import * as api from '../api';
import type { Status } from '../api';
import type { ArticleListStore } from './articleList.svelte';
import { failure, type Failure } from './failure';
import type { ReaderStore } from './reader.svelte';

export type NoteSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export class ReviewStore {
  reasonDraft = $state('');
  error = $state<Failure | null>(null);
  /** The claim whose status changed last, for `u`. */
  lastChangedClaimId = $state<number | null>(null);
  noteSave = $state<{ state: NoteSaveState; message: string | null }>({
    state: 'idle',
    message: null,
  });

  constructor(
    private readonly reader: ReaderStore,
    private readonly list: ArticleListStore,
  ) {}

  /** Makes a claim current; a new claim starts with an empty reason and no error. */
  async selectClaim(claimId: number): Promise<void> {
    if (claimId !== this.reader.currentClaimId) {
      this.reasonDraft = '';
      this.error = null;
    }
    await this.reader.selectClaim(claimId);
  }

  /** Moves through the claim list as filtered and sorted; `step` is +1 or -1. */
  moveClaim(step: 1 | -1): void {
    const next = this.reader.neighbour(step);
    if (next !== null) void this.selectClaim(next);
  }

  /** Sets the current claim's status at once; the backend confirms or it rolls back. */
  async setStatus(status: Exclude<Status, 'dismissed'>): Promise<void> {
    const claim = this.reader.currentClaim;
    if (!claim) return;
    const reason = this.reasonDraft.trim() || null;
    const before = { ...claim };
    this.error = null;
    this.reader.mergeClaim({ ...claim, status, status_reason: reason });
    this.showProgress();
    try {
      const detail = await api.setClaimStatus(claim.id, status, reason);
      this.lastChangedClaimId = claim.id;
      if (this.reader.currentClaimId === claim.id) this.reasonDraft = '';
      this.reader.applyDetail(detail);
      // A restored claim moves from the dismissed list back into the text.
      if (before.status === 'dismissed') await this.reader.reload();
      this.afterChange();
    } catch (raw) {
      this.reader.mergeClaim(before);
      this.showProgress();
      this.error = failure(raw, `Could not mark the claim ${status}`);
    }
  }

  async undoLastStatusChange(): Promise<void> {
    const claimId = this.lastChangedClaimId;
    if (claimId === null) {
      this.error = { code: 'not_found', sentence: 'There is no status change to undo yet.' };
      return;
    }
    this.error = null;
    try {
      const detail = await api.undoStatusChange(claimId);
      this.reader.applyDetail(detail);
      // Undoing may dismiss or restore a claim, which changes the text's segments.
      await this.reader.reload();
      if (this.reader.currentClaimId !== claimId && this.reader.claimsById.has(claimId)) {
        await this.selectClaim(claimId);
      }
      this.afterChange();
    } catch (raw) {
      this.error = failure(raw, 'Could not undo');
    }
  }

  async dismissCurrent(): Promise<void> {
    const claim = this.reader.currentClaim;
    if (!claim) return;
    const reason = this.reasonDraft.trim() || null;
    const shown = this.reader.visibleClaims;
    const index = shown.findIndex((c) => c.id === claim.id);
    const following = shown[index + 1] ?? shown[index - 1] ?? null;
    try {
      const detail = await api.dismissClaim(claim.id, reason);
      this.lastChangedClaimId = claim.id;
      this.reasonDraft = '';
      this.reader.applyDetail(detail);
      await this.reader.reload();
      // Move on, as after any review decision, unless dismissed claims are on show.
      if (following && !this.reader.filter.statuses.dismissed) await this.selectClaim(following.id);
      this.afterChange();
    } catch (raw) {
      this.error = failure(raw, 'Could not dismiss the claim');
    }
  }

  /** The open article's row shows its new progress at once, from the claims in hand. */
  private showProgress(): void {
    this.reader.showProgress();
  }

  /** After a confirmed change: the row, the filter counts, and rows a status filter moves. */
  private afterChange(): void {
    this.showProgress();
    if (this.list.dependsOnStatus) void this.list.revalidate();
    else void this.list.refreshCounts();
  }
}
