import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import SearchBox from './SearchBox.svelte';

const mocked = api as unknown as MockedApi;

describe('SearchBox', () => {
  beforeEach(() => primeApi(mocked));

  it('searches as you type and jumps to the claim of a result', async () => {
    mocked.searchPage.mockResolvedValue({
      hits: [{ article_id: 1, claim_id: 3, title: 'Talks at the depot', snippet: 'Talks ended.', matched: 'claim' }],
      total: 1,
      next: null,
    });
    const { desk } = renderWithDesk(SearchBox, {});
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'talks' } });
    await waitFor(() => expect(mocked.searchPage).toHaveBeenCalledWith({ query: 'talks', after: null, limit: 50, prefix: true }));
    const [hit] = await screen.findAllByTestId('search-result');
    expect(hit).toHaveTextContent('Talks at the depot');
    await fireEvent.click(hit);
    await waitFor(() => expect(desk.reader.currentClaimId).toBe(3));
    expect(mocked.getArticle).toHaveBeenCalledWith(1);
  });

  it('says when nothing matched', async () => {
    mocked.searchPage.mockResolvedValue({ hits: [], total: 0, next: null });
    renderWithDesk(SearchBox, {});
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'zebra' } });
    expect(await screen.findByText('Nothing found for “zebra”.')).toBeInTheDocument();
  });

  it('gives the total and fetches the next page of results on request', async () => {
    const hit = (id: number) => ({ article_id: id, claim_id: id * 10, title: `Article ${id}`, snippet: 'the talks', matched: 'claim' });
    mocked.searchPage
      .mockResolvedValueOnce({ hits: [hit(1), hit(2)], total: 3, next: 'cursor-2' })
      .mockResolvedValueOnce({ hits: [hit(3)], total: 3, next: null });
    renderWithDesk(SearchBox, {});
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'talks' } });
    expect(await screen.findByTestId('search-total')).toHaveTextContent('3 matches, showing 2');
    expect(screen.getAllByTestId('search-result')).toHaveLength(2);
    await fireEvent.click(screen.getByTestId('search-more'));
    await waitFor(() => expect(screen.getAllByTestId('search-result')).toHaveLength(3));
    expect(mocked.searchPage).toHaveBeenLastCalledWith({ query: 'talks', after: 'cursor-2', limit: 50, prefix: true });
    expect(screen.getByTestId('search-total')).toHaveTextContent('3 matches');
    expect(screen.queryByTestId('search-more')).toBeNull();
  });
});
