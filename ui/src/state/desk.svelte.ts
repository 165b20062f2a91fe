//! The window's state, one store per feature, and the few steps that join them (start up,
//! open an article, after an import). Components read and change everything through these
//! stores; only the stores call the api module.

import { getContext, setContext } from 'svelte';
import { ArticleListStore } from './articleList.svelte';
import { BulkReviewStore } from './bulkReview.svelte';
import { ImportStore } from './importer.svelte';
import { ReaderStore } from './reader.svelte';
import { ReviewStore } from './review.svelte';
import { SearchStore } from './search.svelte';
import { SettingsStore } from './settings.svelte';

export type Overlay = 'shortcuts' | 'import' | 'paste' | 'export';
export type { NoteSaveState } from './review.svelte';

export class Desk {
  readonly list = new ArticleListStore();
  readonly reader = new ReaderStore(this.list);
  readonly review = new ReviewStore(this.reader, this.list);
  readonly bulk = new BulkReviewStore(this.reader, this.list);
  readonly search = new SearchStore();
  readonly settings = new SettingsStore();
  readonly importer = new ImportStore((articleId) => this.afterImport(articleId));
  overlay = $state<Overlay | null>(null);

  /** First screen: the first page of articles and the settings, then the first article. */
  async start(): Promise<void> {
    await Promise.all([this.list.refresh(), this.settings.load()]);
    const first = this.list.rowAt(0);
    if (first && !this.reader.view) await this.openArticle(first.id);
  }

  async openArticle(articleId: number, claimId: number | null = null): Promise<void> {
    this.review.reasonDraft = '';
    this.review.error = null;
    this.bulk.clear();
    await this.reader.open(articleId, claimId);
    // An article removed meanwhile (by the CLI beside the window) leaves the list too.
    if (this.reader.error?.code === 'not_found') void this.list.refresh();
  }

  /** Opens a search hit: its article, and its claim in the text. */
  async openHit(articleId: number, claimId: number | null): Promise<void> {
    if (this.reader.articleId === articleId && claimId !== null) {
      await this.review.selectClaim(claimId);
    } else {
      await this.openArticle(articleId, claimId);
    }
    if (claimId !== null) this.reader.centreView = 'text';
  }

  private async afterImport(articleId: number | null): Promise<void> {
    await this.list.refresh();
    if (articleId !== null) await this.openArticle(articleId);
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
