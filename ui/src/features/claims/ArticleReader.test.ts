import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { Desk } from '../../state/desk.svelte';
import { articleView, HOSTILE_TEXT } from '../../test/fixtures';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import ArticleReader from './ArticleReader.svelte';

const mocked = api as unknown as MockedApi;

function setup() {
  const desk = new Desk();
  const view = articleView();
  desk.reader.view = view;
  desk.reader.currentClaimId = 1;
  renderWithDesk(ArticleReader, { view }, desk);
  return { desk, view };
}

describe('ArticleReader', () => {
  beforeEach(() => primeApi(mocked));

  it('renders the segments as text: markup in the article stays literal and creates no element', () => {
    const { view } = setup();
    const body = screen.getByTestId('article-body');
    expect(body.textContent).toBe(view.segments.map((s) => s.text).join(''));
    expect(body.textContent).toContain(HOSTILE_TEXT);
    expect(body.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('highlights each claim in place with its id, status and kind', () => {
    setup();
    const highlights = screen.getAllByTestId('claim-highlight');
    expect(highlights.map((h) => [h.dataset.claimId, h.dataset.status, h.dataset.kind])).toEqual([
      ['1', 'pending', 'quantity'],
      ['2', 'verified', 'quote'],
      ['3', 'disputed', 'statement'],
    ]);
    expect(highlights[0]).toHaveTextContent('up to 14,600 marchers');
    expect(highlights[0]).toHaveClass('current');
    expect(highlights[1]).not.toHaveClass('current');
    expect(highlights[0].dataset.mark).toBe('#');
  });

  it('selects a claim when its highlight is clicked', async () => {
    const { desk } = setup();
    await fireEvent.click(screen.getAllByTestId('claim-highlight')[2]);
    expect(mocked.getClaim).toHaveBeenCalledWith(3);
    await waitFor(() => expect(desk.reader.detail?.claim.id).toBe(3));
    expect(screen.getAllByTestId('claim-highlight')[2]).toHaveClass('current');
  });

  it('leaves claims hidden by the filter unhighlighted', async () => {
    const { desk } = setup();
    desk.reader.filter.statuses.verified = false;
    await waitFor(() => expect(screen.getAllByTestId('claim-highlight')).toHaveLength(2));
    const hidden = screen.getByText('“We will walk out too”');
    expect(hidden).not.toHaveAttribute('data-testid');
    expect(hidden).not.toHaveAttribute('data-claim-id');
  });

  it('creates a manual claim from selected text, sending the start of its segment', async () => {
    const { desk, view } = setup();
    mocked.createManualClaim.mockResolvedValue({ claim: { ...view.claims[0], id: 9 } });
    const piece = screen.getByText('Talks ended.');
    const range = document.createRange();
    range.setStart(piece.firstChild as Text, 0);
    range.setEnd(piece.firstChild as Text, 5);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    const button = screen.getByTestId('create-claim');
    await waitFor(() => expect(button).toBeEnabled());
    await fireEvent.click(button);
    expect(mocked.createManualClaim).toHaveBeenCalledWith({
      article_id: desk.reader.view?.article.id,
      text: 'Talks',
      near: 70,
      kind: 'statement',
    });
  });
});
