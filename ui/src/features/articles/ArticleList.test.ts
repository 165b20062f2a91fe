import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { Desk } from '../../state/desk.svelte';
import { PAGE_SIZE } from '../../state/articleList.svelte';
import { summary } from '../../test/fixtures';
import { primeApi, renderWithDesk, servePages, type MockedApi } from '../../test/render';
import ArticleList from './ArticleList.svelte';

const mocked = api as unknown as MockedApi;

function partWidths(item: HTMLElement) {
  const width = (part: string) =>
    (item.querySelector(`[data-part="${part}"]`) as HTMLElement).style.width;
  return { verified: width('verified'), disputed: width('disputed'), pending: width('pending') };
}

async function showList(desk = new Desk()) {
  renderWithDesk(ArticleList, {}, desk);
  await desk.list.refresh();
  return desk;
}

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => summary(i + 1, { verified: 0, disputed: 0, pending: 1 }));

describe('ArticleList', () => {
  beforeEach(() => primeApi(mocked));

  it('shares each progress bar in proportion to verified, disputed and pending claims', async () => {
    servePages(mocked, [
      summary(1, { verified: 1, disputed: 1, pending: 2 }),
      summary(2, { verified: 3, disputed: 0, pending: 1 }),
    ]);
    await showList();
    const items = await screen.findAllByTestId('article-item');
    expect(items).toHaveLength(2);
    expect(partWidths(items[0])).toEqual({ verified: '25%', disputed: '25%', pending: '50%' });
    expect(partWidths(items[1])).toEqual({ verified: '75%', disputed: '0%', pending: '25%' });
  });

  it('draws an empty bar for an article without claims', async () => {
    servePages(mocked, [summary(1, { verified: 0, disputed: 0, pending: 0 })]);
    await showList();
    const [item] = await screen.findAllByTestId('article-item');
    expect(partWidths(item)).toEqual({ verified: '0%', disputed: '0%', pending: '0%' });
    expect(item).toHaveTextContent('0 claims');
  });

  it('shows title, outlet, date and claim count, and opens an article when clicked', async () => {
    servePages(mocked, [summary(7, { verified: 0, disputed: 1, pending: 1 })]);
    await showList();
    const [item] = await screen.findAllByTestId('article-item');
    expect(item).toHaveTextContent('Article 7');
    expect(item).toHaveTextContent('Example Times · 2026-11-20 · 2 claims');
    await fireEvent.click(item);
    expect(mocked.getArticle).toHaveBeenCalledWith(7);
  });

  it('says it is loading until the first page answers', async () => {
    mocked.listArticlesPage.mockReturnValue(new Promise(() => {}));
    const desk = new Desk();
    renderWithDesk(ArticleList, {}, desk);
    void desk.list.refresh();
    expect(await screen.findByTestId('articles-loading')).toHaveTextContent('Loading articles…');
  });

  it('shows the total but puts only the first screen of a long list in the page', async () => {
    servePages(mocked, many(20000));
    await showList();
    expect(screen.getByTestId('article-total')).toHaveTextContent('Articles · 20,000');
    const items = await screen.findAllByTestId('article-item');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveTextContent('Article 1');
    // One page asked for, by offset from the top.
    expect(mocked.listArticlesPage).toHaveBeenCalledTimes(1);
    expect(mocked.listArticlesPage.mock.calls[0][0]).toMatchObject({ offset: 0, limit: PAGE_SIZE, sort: 'newest' });
  });

  it('fetches the page a jump lands on by offset, and the page after it by cursor', async () => {
    servePages(mocked, many(20000));
    const desk = await showList();
    const viewport = screen.getByTestId('article-list');
    viewport.scrollTop = 19990 * 88;
    await fireEvent.scroll(viewport);
    await waitFor(() => expect(screen.getAllByTestId('article-item').some((el) => el.textContent?.includes('Article 20000'))).toBe(true));
    const lastCall = mocked.listArticlesPage.mock.calls.at(-1)![0];
    expect(lastCall).toMatchObject({ offset: 19900, after: null });
    expect(screen.getAllByTestId('article-item').length).toBeLessThan(60);
    // A page right after a loaded one follows that page's cursor instead of seeking.
    await desk.list.refresh();
    await desk.list.ensureRange(PAGE_SIZE, PAGE_SIZE + 1);
    expect(mocked.listArticlesPage.mock.calls.at(-1)![0]).toMatchObject({ after: String(PAGE_SIZE), offset: null });
  });

  it('asks the database again with the chosen sort and filter', async () => {
    servePages(mocked, many(3));
    await showList();
    await fireEvent.change(screen.getByTestId('article-sort'), { target: { value: 'pending' } });
    await waitFor(() => expect(mocked.listArticlesPage.mock.calls.at(-1)![0]).toMatchObject({ sort: 'pending', offset: 0 }));
    await fireEvent.click(screen.getByTestId('article-filters-toggle'));
    await fireEvent.change(screen.getByTestId('article-filter-status'), { target: { value: 'disputed' } });
    await waitFor(() =>
      expect(mocked.listArticlesPage.mock.calls.at(-1)![0]).toMatchObject({ sort: 'pending', filter: { status: 'disputed' } }),
    );
    expect(mocked.deskCounts).toHaveBeenLastCalledWith({ status: 'disputed' });
    expect(screen.getByTestId('article-filter-status')).toHaveTextContent('with pending · 1');
  });

  it('goes back to the top and fetches the first rows when the sort changes far down the list', async () => {
    servePages(mocked, many(20000));
    await showList();
    const viewport = screen.getByTestId('article-list');
    viewport.scrollTop = 15000 * 88;
    await fireEvent.scroll(viewport);
    await waitFor(() => expect(screen.getAllByTestId('article-item')[0]).toHaveTextContent(/Article 149\d\d/));
    await fireEvent.change(screen.getByTestId('article-sort'), { target: { value: 'title' } });
    await waitFor(() => expect(screen.getAllByTestId('article-item')[0].dataset.index).toBe('0'));
    expect(screen.getAllByTestId('article-item')[0]).toHaveTextContent(/^Article 1 Example/);
    expect(viewport.scrollTop).toBe(0);
    expect(screen.queryAllByTestId('article-placeholder')).toHaveLength(0);
  });
});
