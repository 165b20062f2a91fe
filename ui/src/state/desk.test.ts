import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../api', async () => (await import('../test/apiMock')).createApiMock());

import * as api from '../api';
import { articleView, detailFor } from '../test/fixtures';
import { primeApi, type MockedApi } from '../test/render';
import { Desk } from './desk.svelte';

const mocked = api as unknown as MockedApi;

describe('Desk', () => {
  beforeEach(() => primeApi(mocked));

  it('opens the first article and its first claim on start', async () => {
    const desk = new Desk();
    await desk.start();
    expect(desk.reader.view?.article.id).toBe(1);
    expect(desk.reader.detail?.claim.id).toBe(1);
    expect(desk.settings.value?.reviewer_name).toBe('A. Analyst');
  });

  it('loads the dismissed claims the article view leaves out', async () => {
    const hidden = { ...articleView().claims[0], id: 9, status: 'dismissed' as const };
    mocked.listClaims.mockResolvedValue([hidden]);
    const desk = new Desk();
    await desk.openArticle(1);
    expect(mocked.listClaims).toHaveBeenCalledWith({ article_id: 1, status: 'dismissed', include_dismissed: true });
    expect(desk.reader.filterCounts.statuses.dismissed).toBe(1);
    expect(desk.reader.visibleClaims.map((c) => c.id)).not.toContain(9);
    desk.reader.filter.statuses.dismissed = true;
    expect(desk.reader.visibleClaims.map((c) => c.id)).toContain(9);
  });

  it('dismisses the current claim with the typed reason and moves to the next one', async () => {
    const desk = new Desk();
    await desk.openArticle(1);
    mocked.dismissClaim.mockResolvedValue(detailFor(articleView().claims[0], 'dismissed'));
    desk.review.reasonDraft = 'not a claim';
    await desk.review.dismissCurrent();
    expect(mocked.dismissClaim).toHaveBeenCalledWith(1, 'not a claim');
    expect(mocked.getArticle).toHaveBeenCalledTimes(2);
    expect(desk.reader.currentClaimId).toBe(2);
  });

  it('updates the open article row in place on a status change, without reloading the list', async () => {
    const desk = new Desk();
    await desk.start();
    const pagesAsked = mocked.listArticlesPage.mock.calls.length;
    let confirm: (detail: unknown) => void = () => {};
    mocked.setClaimStatus.mockReturnValue(new Promise((resolve) => (confirm = resolve)));
    const pending = desk.review.setStatus('verified');
    // Shown before the backend answers: the first claim moved from pending to verified.
    expect(desk.list.rowAt(0)).toMatchObject({ verified: 2, disputed: 1, pending: 0, claim_count: 3 });
    confirm(detailFor(articleView().claims[0], 'verified'));
    await pending;
    expect(desk.reader.currentClaim?.status).toBe('verified');
    expect(desk.list.rowAt(0)).toMatchObject({ verified: 2, pending: 0 });
    expect(mocked.listArticlesPage.mock.calls.length).toBe(pagesAsked);
    expect(mocked.deskCounts).toHaveBeenCalled();
  });

  it('puts the row back when the backend refuses the change', async () => {
    const desk = new Desk();
    await desk.start();
    mocked.setClaimStatus.mockRejectedValue({ code: 'invalid_transition', message: 'Not allowed' });
    await desk.review.setStatus('verified');
    expect(desk.list.rowAt(0)).toMatchObject({ verified: 1, pending: 1 });
    expect(desk.review.error?.code).toBe('invalid_transition');
  });

  it('fetches the shown rows again after a change when the list is filtered by status', async () => {
    const desk = new Desk();
    await desk.start();
    await desk.list.setFilter({ status: 'pending' });
    const pagesAsked = mocked.listArticlesPage.mock.calls.length;
    mocked.setClaimStatus.mockResolvedValue(detailFor(articleView().claims[0], 'verified'));
    await desk.review.setStatus('verified');
    await vi.waitFor(() => expect(mocked.listArticlesPage.mock.calls.length).toBe(pagesAsked + 1));
    expect(mocked.listArticlesPage.mock.calls.at(-1)![0]).toMatchObject({ filter: { status: 'pending' }, offset: 0 });
  });

  it('drops a removed article from the list when opening it says not found', async () => {
    const desk = new Desk();
    await desk.start();
    const pagesAsked = mocked.listArticlesPage.mock.calls.length;
    mocked.getArticle.mockRejectedValue({ code: 'not_found', message: 'No article 5' });
    await desk.openArticle(5);
    expect(desk.reader.error?.code).toBe('not_found');
    await vi.waitFor(() => expect(mocked.listArticlesPage.mock.calls.length).toBe(pagesAsked + 1));
  });

  it('says there is nothing to undo before any change', async () => {
    const desk = new Desk();
    await desk.review.undoLastStatusChange();
    expect(mocked.undoStatusChange).not.toHaveBeenCalled();
    expect(desk.review.error?.sentence).toBe('There is no status change to undo yet.');
  });
});
