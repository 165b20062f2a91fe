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
    expect(desk.view?.article.id).toBe(1);
    expect(desk.detail?.claim.id).toBe(1);
    expect(desk.settings?.reviewer_name).toBe('A. Analyst');
  });

  it('loads the dismissed claims the article view leaves out', async () => {
    const hidden = { ...articleView().claims[0], id: 9, status: 'dismissed' as const };
    mocked.listClaims.mockResolvedValue([hidden]);
    const desk = new Desk();
    await desk.openArticle(1);
    expect(mocked.listClaims).toHaveBeenCalledWith({ article_id: 1, status: 'dismissed', include_dismissed: true });
    expect(desk.filterCounts.statuses.dismissed).toBe(1);
    expect(desk.visibleClaims.map((c) => c.id)).not.toContain(9);
    desk.filter.statuses.dismissed = true;
    expect(desk.visibleClaims.map((c) => c.id)).toContain(9);
  });

  it('dismisses the current claim with the typed reason and moves to the next one', async () => {
    const desk = new Desk();
    await desk.openArticle(1);
    mocked.dismissClaim.mockResolvedValue(detailFor(articleView().claims[0], 'dismissed'));
    desk.reasonDraft = 'not a claim';
    await desk.dismissCurrent();
    expect(mocked.dismissClaim).toHaveBeenCalledWith(1, 'not a claim');
    expect(mocked.getArticle).toHaveBeenCalledTimes(2);
    expect(desk.currentClaimId).toBe(2);
  });

  it('keeps the article list progress fresh after a status change', async () => {
    const desk = new Desk();
    await desk.openArticle(1);
    mocked.setClaimStatus.mockResolvedValue(detailFor(articleView().claims[0], 'verified'));
    await desk.setStatus('verified');
    expect(mocked.listArticles).toHaveBeenCalled();
    expect(desk.currentClaim?.status).toBe('verified');
  });

  it('says there is nothing to undo before any change', async () => {
    const desk = new Desk();
    await desk.undoLastStatusChange();
    expect(mocked.undoStatusChange).not.toHaveBeenCalled();
    expect(desk.statusError).toBe('There is no status change to undo yet.');
  });
});
