//! The article list: pages of rows fetched from the database as the list scrolls to them
//! (keyset paging, or a seek by offset for a jump), with the total, sort, filter and the live
//! counts beside the filters. A row changes in place; nothing reloads the whole list.

import * as api from '../api';
import type { ArticleListFilter, ArticleSort, ArticleSummary, DeskCounts } from '../api';
import { failure, type Failure } from './failure';

/** Rows per page fetched; a screen shows about a dozen. */
export const PAGE_SIZE = 100;

export type RowCounts = Pick<
  ArticleSummary,
  'claim_count' | 'verified' | 'disputed' | 'pending'
>;

export class ArticleListStore {
  sort = $state<ArticleSort>('newest');
  filter = $state<ArticleListFilter>({});
  /** Articles matching the filter. */
  total = $state(0);
  /** True once the first page has answered (or failed): the list can say "empty". */
  loaded = $state(false);
  error = $state<Failure | null>(null);
  counts = $state<DeskCounts | null>(null);
  countsError = $state<Failure | null>(null);
  /** Counts the times the list started over (new sort, filter or import): back to the top. */
  resets = $state(0);

  /** Settles once the first page has answered (or failed). */
  readonly firstPage: Promise<void>;
  private firstPageDone: () => void = () => {};

  constructor() {
    this.firstPage = new Promise((resolve) => (this.firstPageDone = resolve));
  }

  /** Rows by page number; only pages scrolled near are here. */
  private pages = $state<Record<number, ArticleSummary[]>>({});
  /** The keyset cursor that follows each loaded page. */
  private cursors = new Map<number, string | null>();
  private inflight = new Map<number, Promise<void>>();
  /** Bumped when the sort or filter changes, so late answers to an old query are dropped. */
  private generation = 0;

  /** The row at `index` in the sorted, filtered list, if its page is loaded. */
  rowAt(index: number): ArticleSummary | undefined {
    return this.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
  }

  /** The loaded rows, in order: what a jump or a test can look through without fetching. */
  get loadedRows(): ArticleSummary[] {
    return Object.keys(this.pages)
      .map(Number)
      .sort((a, b) => a - b)
      .flatMap((page) => this.pages[page]);
  }

  /** Fetches the pages holding rows `from`..`to` that are not loaded yet. */
  async ensureRange(from: number, to: number): Promise<void> {
    const last = Math.min(to, Math.max(this.total - 1, 0));
    const wanted: Promise<void>[] = [];
    for (let page = Math.floor(Math.max(from, 0) / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
      if (!this.pages[page]) wanted.push(this.loadPage(page));
    }
    await Promise.all(wanted);
  }

  /** Drops every page and fetches the first one again, with the counts. */
  async refresh(): Promise<void> {
    this.generation += 1;
    this.resets += 1;
    this.pages = {};
    this.cursors.clear();
    this.inflight.clear();
    await Promise.all([this.loadPage(0), this.refreshCounts()]);
  }

  /** Fetches the loaded pages again without blanking them (rows may have moved). */
  async revalidate(): Promise<void> {
    this.generation += 1;
    this.cursors.clear();
    this.inflight.clear();
    const loaded = Object.keys(this.pages).map(Number);
    await Promise.all([...loaded.map((page) => this.loadPage(page, true)), this.refreshCounts()]);
  }

  async refreshCounts(): Promise<void> {
    const generation = this.generation;
    try {
      const counts = await api.deskCounts($state.snapshot(this.filter));
      if (generation !== this.generation) return;
      this.counts = counts;
      this.countsError = null;
    } catch (raw) {
      if (generation === this.generation) this.countsError = failure(raw, 'Could not count the articles');
    }
  }

  setSort(sort: ArticleSort): Promise<void> {
    this.sort = sort;
    return this.refresh();
  }

  setFilter(filter: ArticleListFilter): Promise<void> {
    this.filter = filter;
    return this.refresh();
  }

  /** Updates one article's row wherever it is loaded: its progress bar redraws, nothing else. */
  patch(articleId: number, changes: Partial<ArticleSummary>): void {
    for (const rows of Object.values(this.pages)) {
      const row = rows.find((r) => r.id === articleId);
      if (row) Object.assign(row, changes);
    }
  }

  /** Whether a change of claim status can move rows or change which rows match. */
  get dependsOnStatus(): boolean {
    return this.sort === 'pending' || Boolean(this.filter.status) || Boolean(this.filter.kind);
  }

  private loadPage(page: number, replace = false): Promise<void> {
    const running = this.inflight.get(page);
    if (running) return running;
    const request = this.fetchPage(page, replace).finally(() => this.inflight.delete(page));
    this.inflight.set(page, request);
    return request;
  }

  private async fetchPage(page: number, replace: boolean): Promise<void> {
    const generation = this.generation;
    // Follow the cursor of the page before when there is one; otherwise seek.
    const after = this.cursors.get(page - 1) ?? null;
    try {
      const answer = await api.listArticlesPage({
        sort: this.sort,
        filter: $state.snapshot(this.filter),
        after,
        offset: after === null ? page * PAGE_SIZE : null,
        limit: PAGE_SIZE,
      });
      if (generation !== this.generation) return;
      if (replace || !this.pages[page]) this.pages[page] = answer.items;
      this.cursors.set(page, answer.next ?? null);
      this.total = answer.total;
      this.error = null;
    } catch (raw) {
      if (generation === this.generation) this.error = failure(raw, 'Could not load the articles');
    } finally {
      if (generation === this.generation) {
        this.loaded = true;
        this.firstPageDone();
      }
    }
  }
}
