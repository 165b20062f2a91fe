//! Bulk review: a selection of claims (ranges by shift-click, or every claim shown), one
//! status and reason set on all of them as one batch with progress, and one undo for it.

import { SvelteSet } from 'svelte/reactivity';
import * as api from '../api';
import type { BulkReviewProgress, Status } from '../api';
import type { ArticleListStore } from './articleList.svelte';
import { failure, type Failure } from './failure';
import type { ReaderStore } from './reader.svelte';

export type BulkStatus = Exclude<Status, 'dismissed'>;

export interface BulkBatch {
  batch: string;
  status: BulkStatus;
  changed: number;
  unchanged: number;
}

export class BulkReviewStore {
  readonly selected = new SvelteSet<number>();
  reason = $state('');
  running = $state(false);
  progress = $state<BulkReviewProgress | null>(null);
  /** The batch applied last, which `undo` reverses. */
  last = $state<BulkBatch | null>(null);
  error = $state<Failure | null>(null);
  /** Where the last plain click landed, the start of a shift-click range. */
  private anchor: number | null = null;

  constructor(
    private readonly reader: ReaderStore,
    private readonly list: ArticleListStore,
  ) {}

  /** Ticks or unticks one claim; with `range`, everything shown from the last tick to it. */
  toggle(claimId: number, range = false): void {
    const shown = this.reader.visibleClaims.map((c) => c.id);
    const from = this.anchor === null ? -1 : shown.indexOf(this.anchor);
    const to = shown.indexOf(claimId);
    if (range && from !== -1 && to !== -1) {
      const [low, high] = from < to ? [from, to] : [to, from];
      for (const id of shown.slice(low, high + 1)) this.selected.add(id);
    } else if (this.selected.has(claimId)) {
      this.selected.delete(claimId);
    } else {
      this.selected.add(claimId);
    }
    this.anchor = claimId;
  }

  /** Selects every claim the filter shows. */
  selectAllShown(): void {
    for (const claim of this.reader.visibleClaims) this.selected.add(claim.id);
  }

  clear(): void {
    this.selected.clear();
    this.anchor = null;
  }

  /** Sets `status` (with the reason typed) on every selected claim as one batch. */
  async apply(status: BulkStatus): Promise<void> {
    const ids = [...this.selected];
    if (ids.length === 0 || this.running) return;
    this.running = true;
    this.error = null;
    this.progress = { done: 0, total: ids.length };
    let stopListening: (() => void) | null = null;
    try {
      stopListening = await api.onBulkReviewProgress((p) => (this.progress = p));
    } catch {
      // Without progress events the batch still runs; the bar jumps to the end.
    }
    try {
      const reason = this.reason.trim() || null;
      const outcome = await api.reviewClaimsBulk({ claim_ids: ids, status, reason });
      this.last = { batch: outcome.batch, status, changed: outcome.changed, unchanged: outcome.unchanged };
      this.reason = '';
      this.clear();
      await this.refreshShown();
    } catch (raw) {
      this.error = failure(raw, `Could not mark the claims ${status}`);
    } finally {
      stopListening?.();
      this.running = false;
      this.progress = null;
    }
  }

  /** Reverses the last batch as a whole. */
  async undo(): Promise<void> {
    const last = this.last;
    if (!last || this.running) return;
    this.running = true;
    this.error = null;
    try {
      await api.undoBulk(last.batch);
      this.last = null;
      await this.refreshShown();
    } catch (raw) {
      this.error = failure(raw, 'Could not undo the batch');
    } finally {
      this.running = false;
    }
  }

  /** The open article's claims, the current claim, its row and the rows a filter moves. */
  private async refreshShown(): Promise<void> {
    await this.reader.reload();
    await this.reader.reloadClaim();
    void this.list.revalidate();
  }
}
