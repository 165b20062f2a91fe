// Renders a component with a Desk in context, the way App provides it.
import { render } from '@testing-library/svelte';
import { vi } from 'vitest';
import type * as apiModule from '../api';
import { Desk, DESK_KEY } from '../state/desk.svelte';
import type { ArticlePageInput, ArticleSummary } from '../api';
import { articleView, deskCounts, detailFor, SETTINGS, summary } from './fixtures';

export type MockedApi = { [K in keyof typeof apiModule]: ReturnType<typeof vi.fn> };

type Renderable = Parameters<typeof render>[0];

export function renderWithDesk(
  component: Renderable,
  props: Record<string, unknown> = {},
  desk: Desk = new Desk(),
) {
  const result = render(component, { props, context: new Map([[DESK_KEY, desk]]) });
  return { ...result, desk };
}

/** Answers `listArticlesPage` from `rows` as the database would page them: by offset when
 *  there is no cursor, else after the cursor (here the index of the next row). */
export function servePages(api: MockedApi, rows: ArticleSummary[]) {
  api.listArticlesPage.mockImplementation(async (input: ArticlePageInput) => {
    const start = input.after != null ? Number(input.after) : (input.offset ?? 0);
    const items = rows.slice(start, start + input.limit);
    const end = start + items.length;
    return { items, total: rows.length, next: end < rows.length ? String(end) : null };
  });
}

/** Answers the read commands with one article of three claims. */
export function primeApi(api: MockedApi) {
  const view = articleView();
  servePages(api, [summary(1, { verified: 1, disputed: 1, pending: 1 })]);
  api.deskCounts.mockResolvedValue(deskCounts());
  api.getArticle.mockResolvedValue(view);
  api.getSettings.mockResolvedValue(SETTINGS);
  api.listClaims.mockResolvedValue([]);
  api.getClaim.mockImplementation(async (id: number) => {
    const found = view.claims.find((c) => c.id === id);
    if (!found) throw new Error('unknown claim');
    return detailFor(found);
  });
  api.onImportProgress.mockResolvedValue(() => {});
  api.onImportPathsProgress.mockResolvedValue(() => {});
  api.onBulkReviewProgress.mockResolvedValue(() => {});
  api.onExportProgress.mockResolvedValue(() => {});
  api.previewExport.mockResolvedValue('');
  return view;
}
