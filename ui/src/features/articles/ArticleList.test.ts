import { fireEvent, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { Desk } from '../../state/desk.svelte';
import { summary } from '../../test/fixtures';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import ArticleList from './ArticleList.svelte';

const mocked = api as unknown as MockedApi;

function partWidths(item: HTMLElement) {
  const width = (part: string) =>
    (item.querySelector(`[data-part="${part}"]`) as HTMLElement).style.width;
  return { verified: width('verified'), disputed: width('disputed'), pending: width('pending') };
}

describe('ArticleList', () => {
  beforeEach(() => primeApi(mocked));

  it('shares each progress bar in proportion to verified, disputed and pending claims', () => {
    const desk = new Desk();
    desk.articles = [
      summary(1, { verified: 1, disputed: 1, pending: 2 }),
      summary(2, { verified: 3, disputed: 0, pending: 1 }),
    ];
    renderWithDesk(ArticleList, {}, desk);
    const items = screen.getAllByTestId('article-item');
    expect(items).toHaveLength(2);
    expect(partWidths(items[0])).toEqual({ verified: '25%', disputed: '25%', pending: '50%' });
    expect(partWidths(items[1])).toEqual({ verified: '75%', disputed: '0%', pending: '25%' });
  });

  it('draws an empty bar for an article without claims', () => {
    const desk = new Desk();
    desk.articles = [summary(1, { verified: 0, disputed: 0, pending: 0 })];
    renderWithDesk(ArticleList, {}, desk);
    const [item] = screen.getAllByTestId('article-item');
    expect(partWidths(item)).toEqual({ verified: '0%', disputed: '0%', pending: '0%' });
    expect(item).toHaveTextContent('0 claims');
  });

  it('shows title, outlet, date and claim count, and opens an article when clicked', async () => {
    const desk = new Desk();
    desk.articles = [summary(7, { verified: 0, disputed: 1, pending: 1 })];
    renderWithDesk(ArticleList, {}, desk);
    const [item] = screen.getAllByTestId('article-item');
    expect(item).toHaveTextContent('Article 7');
    expect(item).toHaveTextContent('Example Times · 2026-11-20 · 2 claims');
    await fireEvent.click(item);
    expect(mocked.getArticle).toHaveBeenCalledWith(7);
  });
});
