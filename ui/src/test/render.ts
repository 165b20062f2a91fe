// Renders a component with a Desk in context, the way App provides it.
import { render } from '@testing-library/svelte';
import { vi } from 'vitest';
import type * as apiModule from '../api';
import { Desk, DESK_KEY } from '../state/desk.svelte';
import { articleView, detailFor, SETTINGS, summary } from './fixtures';

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

/** Answers the read commands with one article of three claims. */
export function primeApi(api: MockedApi) {
  const view = articleView();
  api.listArticles.mockResolvedValue([summary(1, { verified: 1, disputed: 1, pending: 1 })]);
  api.getArticle.mockResolvedValue(view);
  api.getSettings.mockResolvedValue(SETTINGS);
  api.listClaims.mockResolvedValue([]);
  api.getClaim.mockImplementation(async (id: number) => {
    const found = view.claims.find((c) => c.id === id);
    if (!found) throw new Error('unknown claim');
    return detailFor(found);
  });
  api.onImportProgress.mockResolvedValue(() => {});
  api.onExportProgress.mockResolvedValue(() => {});
  api.previewExport.mockResolvedValue('');
  return view;
}
