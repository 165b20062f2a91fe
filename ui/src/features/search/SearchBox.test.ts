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
    mocked.search.mockResolvedValue([
      { article_id: 1, claim_id: 3, title: 'Talks at the depot', snippet: 'Talks ended.' },
    ]);
    const { desk } = renderWithDesk(SearchBox, {});
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'talks' } });
    await waitFor(() => expect(mocked.search).toHaveBeenCalledWith('talks'));
    const [hit] = await screen.findAllByTestId('search-result');
    expect(hit).toHaveTextContent('Talks at the depot');
    await fireEvent.click(hit);
    await waitFor(() => expect(desk.currentClaimId).toBe(3));
    expect(mocked.getArticle).toHaveBeenCalledWith(1);
  });

  it('says when nothing matched', async () => {
    mocked.search.mockResolvedValue([]);
    renderWithDesk(SearchBox, {});
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'zebra' } });
    expect(await screen.findByText('Nothing found for “zebra”.')).toBeInTheDocument();
  });
});
