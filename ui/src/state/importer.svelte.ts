//! Importing articles: files and folders through the batch pipeline, with its progress
//! (counts, files per second, time left) and cancel; pasted text; the sample article.

import * as api from '../api';
import type { ImportPathsProgress, ImportOutcome, ImportSummary } from '../api';
import { failure, type Failure } from './failure';

export interface ImportRate {
  filesPerSecond: number;
  /** Seconds left at the current rate, or null before there is a rate. */
  secondsLeft: number | null;
}

export function importRate(progress: ImportPathsProgress): ImportRate {
  const seconds = progress.elapsed_ms / 1000;
  const filesPerSecond = seconds > 0 ? progress.files_done / seconds : 0;
  const left = progress.files_total - progress.files_done;
  return {
    filesPerSecond,
    secondsLeft: filesPerSecond > 0 ? left / filesPerSecond : null,
  };
}

export class ImportStore {
  busy = $state(false);
  cancelling = $state(false);
  progress = $state<ImportPathsProgress | null>(null);
  summary = $state<ImportSummary | null>(null);
  /** What pasted text or the sample article became. */
  outcome = $state<ImportOutcome | null>(null);
  error = $state<Failure | null>(null);

  rate = $derived(this.progress ? importRate(this.progress) : null);

  /** `landed` is told the article to open once something new (or known) came in. */
  constructor(private readonly landed: (articleId: number | null) => Promise<void>) {}

  /** Imports files and folders; resolves when done, cancelled or failed. */
  async importPaths(paths: string[]): Promise<void> {
    if (paths.length === 0 || this.busy) return;
    this.busy = true;
    this.cancelling = false;
    this.error = null;
    this.summary = null;
    this.outcome = null;
    this.progress = null;
    let stopListening: (() => void) | null = null;
    try {
      stopListening = await api.onImportPathsProgress((p) => (this.progress = p));
    } catch {
      // Progress is a nicety; the import itself still runs and reports at the end.
    }
    try {
      const summary = await api.importPaths(paths);
      this.summary = summary;
      const first = summary.imported[0]?.article_id ?? summary.duplicates[0]?.article_id ?? null;
      if (summary.imported.length > 0 || first !== null) await this.landed(first);
    } catch (raw) {
      this.error = failure(raw, 'Import failed');
    } finally {
      stopListening?.();
      this.busy = false;
    }
  }

  async cancel(): Promise<void> {
    this.cancelling = true;
    try {
      await api.cancelImport();
    } catch (raw) {
      this.error = failure(raw, 'Could not cancel the import');
    }
  }

  /** Imports and opens the sample article; the failure, if any, is for the caller to show. */
  importSample(): Promise<Failure | null> {
    return this.importOne(() => api.importSample(), 'Could not open the sample article');
  }

  /** Imports pasted text and opens it; the failure, if any, is for the caller to show. */
  importText(text: string, title: string | null): Promise<Failure | null> {
    return this.importOne(() => api.importText(text, title), 'Could not import the text');
  }

  private async importOne(run: () => Promise<ImportOutcome>, doing: string): Promise<Failure | null> {
    this.busy = true;
    try {
      this.outcome = await run();
      await this.landed(this.outcome.article_id);
      return null;
    } catch (raw) {
      return failure(raw, doing);
    } finally {
      this.busy = false;
    }
  }
}
