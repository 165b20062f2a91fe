import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import { Desk } from '../../state/desk.svelte';
import { articleView } from '../../test/fixtures';
import { renderWithDesk } from '../../test/render';
import ClaimFilters from './ClaimFilters.svelte';
import ClaimList from './ClaimList.svelte';

function deskWithArticle() {
  const desk = new Desk();
  desk.reader.view = articleView();
  return desk;
}

const rowIds = () => screen.getAllByTestId('claim-row').map((row) => Number(row.dataset.claimId));

describe('claim filters and list', () => {
  it('counts claims per status and kind, a tagged quote counting as a threat too', () => {
    renderWithDesk(ClaimFilters, {}, deskWithArticle());
    const count = (name: string) => screen.getByTestId(`filter-count-${name}`).textContent;
    expect([count('pending'), count('verified'), count('disputed'), count('dismissed')]).toEqual(['1', '1', '1', '0']);
    expect([count('quantity'), count('quote'), count('threat'), count('statement')]).toEqual(['1', '1', '1', '1']);
  });

  it('filters the list by status and updates the kind counts live', async () => {
    const desk = deskWithArticle();
    renderWithDesk(ClaimFilters, {}, desk);
    renderWithDesk(ClaimList, {}, desk);
    expect(rowIds()).toEqual([1, 2, 3]);
    await fireEvent.click(screen.getByTestId('filter-status-verified'));
    expect(rowIds()).toEqual([1, 3]);
    expect(screen.getByTestId('filter-count-quote')).toHaveTextContent('0');
  });

  it('filters by kind', async () => {
    const desk = deskWithArticle();
    renderWithDesk(ClaimFilters, {}, desk);
    renderWithDesk(ClaimList, {}, desk);
    await fireEvent.click(screen.getByTestId('filter-kind-statement'));
    await fireEvent.click(screen.getByTestId('filter-kind-quantity'));
    expect(rowIds()).toEqual([2]);
    expect(screen.getByTestId('filter-count-pending')).toHaveTextContent('0');
    expect(screen.getByTestId('filter-count-verified')).toHaveTextContent('1');
  });

  it('shows dismissed claims only when asked', async () => {
    const desk = deskWithArticle();
    const [dismissed] = desk.reader.view!.claims.splice(2, 1);
    desk.reader.dismissedClaims = [{ ...dismissed, status: 'dismissed' }];
    renderWithDesk(ClaimFilters, {}, desk);
    renderWithDesk(ClaimList, {}, desk);
    expect(rowIds()).toEqual([1, 2]);
    await fireEvent.click(screen.getByTestId('filter-status-dismissed'));
    expect(rowIds()).toEqual([1, 2, 3]);
  });

  it('sorts by check-worthiness, highest first', async () => {
    renderWithDesk(ClaimList, {}, deskWithArticle());
    await fireEvent.change(screen.getByTestId('claim-sort'), { target: { value: 'score' } });
    expect(rowIds()).toEqual([1, 3, 2]);
  });
});
