import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import type { BulkReviewProgress } from '../../api';
import { Desk } from '../../state/desk.svelte';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import ClaimList from './ClaimList.svelte';

const mocked = api as unknown as MockedApi;

async function showClaims() {
  const desk = new Desk();
  await desk.openArticle(1);
  renderWithDesk(ClaimList, {}, desk);
  return desk;
}

const box = (claimId: number) =>
  screen.getAllByTestId('claim-select').find((el) => el.dataset.claimId === String(claimId))!;

describe('bulk review in the claim list', () => {
  beforeEach(() => primeApi(mocked));

  it('selects a range with shift-click and every shown claim with "select all"', async () => {
    const desk = await showClaims();
    await fireEvent.click(box(1));
    await fireEvent.click(box(3), { shiftKey: true });
    expect([...desk.bulk.selected].sort()).toEqual([1, 2, 3]);
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('3 selected');
    expect(box(2)).toBeChecked();
    await fireEvent.click(box(2));
    expect([...desk.bulk.selected].sort()).toEqual([1, 3]);
    expect(box(2)).not.toBeChecked();
    desk.reader.filter.statuses.verified = false;
    desk.bulk.clear();
    await fireEvent.click(await screen.findByTestId('claim-select-all'));
    // The verified quote is filtered out, so it is not selected.
    expect([...desk.bulk.selected].sort()).toEqual([1, 3]);
  });

  it('sets one status and reason on all selected claims with progress, then undoes the batch', async () => {
    const desk = await showClaims();
    let report: (p: BulkReviewProgress) => void = () => {};
    mocked.onBulkReviewProgress.mockImplementation(async (handler: (p: BulkReviewProgress) => void) => {
      report = handler;
      return () => {};
    });
    let finish: (outcome: unknown) => void = () => {};
    mocked.reviewClaimsBulk.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    await fireEvent.click(screen.getByTestId('claim-select-all'));
    await fireEvent.input(screen.getByTestId('bulk-reason'), { target: { value: 'wire copy, one source' } });
    await fireEvent.click(screen.getByTestId('bulk-disputed'));
    expect(mocked.reviewClaimsBulk).toHaveBeenCalledWith({
      claim_ids: [1, 2, 3],
      status: 'disputed',
      reason: 'wire copy, one source',
    });
    report({ done: 2, total: 3 });
    await waitFor(() => expect(screen.getByTestId('bulk-progress')).toHaveTextContent('2 of 3'));
    const articleLoads = mocked.getArticle.mock.calls.length;
    finish({ changed: 2, unchanged: 1, batch: 'batch-1' });
    await waitFor(() => expect(screen.getByTestId('bulk-done')).toHaveTextContent('Marked 2 claims disputed (1 already were).'));
    expect(desk.bulk.selected.size).toBe(0);
    expect(mocked.getArticle.mock.calls.length).toBe(articleLoads + 1);
    mocked.undoBulk.mockResolvedValue(null);
    await fireEvent.click(screen.getByTestId('bulk-undo'));
    expect(mocked.undoBulk).toHaveBeenCalledWith('batch-1');
    await waitFor(() => expect(screen.queryByTestId('bulk-done')).toBeNull());
  });

  it('keeps the selection and says why when the batch is refused', async () => {
    const desk = await showClaims();
    mocked.reviewClaimsBulk.mockRejectedValue({ code: 'invalid_input', message: 'No claims were given' });
    await fireEvent.click(box(1));
    await fireEvent.click(screen.getByTestId('bulk-verified'));
    await waitFor(() => expect(screen.getByTestId('bulk-error')).toHaveTextContent('Could not mark the claims verified: No claims were given.'));
    expect([...desk.bulk.selected]).toEqual([1]);
  });
});
