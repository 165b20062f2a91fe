import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';

vi.mock('./api', async () => (await import('./test/apiMock')).createApiMock());

import * as api from './api';
import type { Status } from './api';
import App from './App.svelte';
import { Desk } from './state/desk.svelte';
import { detailFor } from './test/fixtures';
import { primeApi, type MockedApi } from './test/render';

const mocked = api as unknown as MockedApi;

async function startApp() {
  const view = primeApi(mocked);
  const desk = new Desk();
  render(App, { props: { desk } });
  mocked.setClaimStatus.mockImplementation(async (id: number, status: Status) =>
    detailFor(desk.reader.claimsById.get(id)!, status),
  );
  await waitFor(() => expect(desk.reader.detail?.claim.id).toBe(1));
  return { desk, view };
}

const press = (key: string, target: Element | Window = window) => fireEvent.keyDown(target, { key });

function highlightStatus(claimId: number) {
  return document.querySelector<HTMLElement>(`[data-testid="claim-highlight"][data-claim-id="${claimId}"]`)
    ?.dataset.status;
}

describe('keyboard review', () => {
  it('j and k move to the next and previous claim', async () => {
    const { desk } = await startApp();
    await press('j');
    await waitFor(() => expect(desk.reader.currentClaimId).toBe(2));
    expect(mocked.getClaim).toHaveBeenLastCalledWith(2);
    await press('j');
    await waitFor(() => expect(desk.reader.currentClaimId).toBe(3));
    await press('j');
    expect(desk.reader.currentClaimId).toBe(3);
    await press('k');
    await waitFor(() => expect(desk.reader.currentClaimId).toBe(2));
    expect(mocked.getClaim).toHaveBeenLastCalledWith(2);
  });

  it('v, d and p set the status of the current claim with the typed reason', async () => {
    await startApp();
    await press('v');
    expect(mocked.setClaimStatus).toHaveBeenLastCalledWith(1, 'verified', null);
    await fireEvent.input(screen.getByTestId('status-reason'), { target: { value: 'no primary source' } });
    await press('d');
    expect(mocked.setClaimStatus).toHaveBeenLastCalledWith(1, 'disputed', 'no primary source');
    await press('p');
    expect(mocked.setClaimStatus).toHaveBeenLastCalledWith(1, 'pending', null);
    expect(mocked.setClaimStatus).toHaveBeenCalledTimes(3);
  });

  it('shows the new status at once, before the backend answers', async () => {
    await startApp();
    mocked.setClaimStatus.mockReturnValue(new Promise(() => {}));
    await press('d');
    expect(highlightStatus(1)).toBe('disputed');
    expect(screen.getByTestId('status-disputed')).toHaveAttribute('aria-pressed', 'true');
  });

  it('rolls the status back and says why when the backend refuses', async () => {
    await startApp();
    mocked.setClaimStatus.mockRejectedValue({ code: 'invalid_transition', message: 'A dismissed claim must be restored first' });
    await press('v');
    await waitFor(() => expect(screen.getByTestId('status-error')).toHaveTextContent('A dismissed claim must be restored first.'));
    expect(screen.getByTestId('status-error')).not.toHaveTextContent('invalid_transition');
    expect(highlightStatus(1)).toBe('pending');
  });

  it('u undoes the status change on the claim changed last', async () => {
    const { desk } = await startApp();
    mocked.undoStatusChange.mockImplementation(async (id: number) => detailFor(desk.reader.claimsById.get(id)!, 'pending'));
    await press('v');
    await waitFor(() => expect(desk.review.lastChangedClaimId).toBe(1));
    await press('j');
    await waitFor(() => expect(desk.reader.currentClaimId).toBe(2));
    await press('u');
    expect(mocked.undoStatusChange).toHaveBeenCalledWith(1);
  });

  it('keys typed into a field are text, not shortcuts', async () => {
    const { desk } = await startApp();
    const reason = screen.getByTestId('status-reason');
    await press('j', reason);
    await press('v', reason);
    expect(desk.reader.currentClaimId).toBe(1);
    expect(mocked.setClaimStatus).not.toHaveBeenCalled();
  });

  it('? opens the shortcuts list, Esc closes it, / focuses search, n focuses the note', async () => {
    await startApp();
    await press('?');
    expect(screen.getByTestId('shortcuts-overlay')).toBeInTheDocument();
    await press('Escape');
    expect(screen.queryByTestId('shortcuts-overlay')).toBeNull();
    await press('/');
    expect(document.activeElement).toBe(screen.getByTestId('search-input'));
    (document.activeElement as HTMLElement).blur();
    await press('n');
    expect(document.activeElement).toBe(screen.getByTestId('note-input'));
  });
});
