//! Full-text search over articles, claims and notes: the results shown so far, the total,
//! and the next page on request. The last word typed also matches longer words, as results
//! come while typing. A newer query drops the answers to an older one.

import * as api from '../api';
import type { SearchHit } from '../api';
import { failure, type Failure } from './failure';

export const SEARCH_PAGE_SIZE = 50;

export class SearchStore {
  /** The query the results answer. */
  query = $state('');
  hits = $state<SearchHit[]>([]);
  total = $state(0);
  error = $state<Failure | null>(null);
  searching = $state(false);
  private next: string | null = null;
  private request = 0;

  get hasMore(): boolean {
    return this.next !== null && this.hits.length < this.total;
  }

  async run(query: string): Promise<void> {
    const mine = ++this.request;
    this.searching = true;
    try {
      const page = await api.searchPage({ query, after: null, limit: SEARCH_PAGE_SIZE, prefix: true });
      if (mine !== this.request) return;
      this.hits = page.hits;
      this.total = page.total;
      this.next = page.next ?? null;
      this.error = null;
    } catch (raw) {
      if (mine !== this.request) return;
      this.hits = [];
      this.total = 0;
      this.next = null;
      this.error = failure(raw, 'Search failed');
    } finally {
      if (mine === this.request) {
        this.query = query;
        this.searching = false;
      }
    }
  }

  /** Appends the next page of results for the same query. */
  async more(): Promise<void> {
    if (!this.hasMore) return;
    const mine = ++this.request;
    const after = this.next;
    try {
      const page = await api.searchPage({ query: this.query, after, limit: SEARCH_PAGE_SIZE, prefix: true });
      if (mine !== this.request) return;
      this.hits = [...this.hits, ...page.hits];
      this.total = page.total;
      this.next = page.next ?? null;
    } catch (raw) {
      if (mine === this.request) this.error = failure(raw, 'Could not load more results');
    }
  }

  clear(): void {
    this.request += 1;
    this.query = '';
    this.hits = [];
    this.total = 0;
    this.next = null;
    this.error = null;
    this.searching = false;
  }
}
