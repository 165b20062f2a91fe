import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { Desk } from '../../state/desk.svelte';
import { note } from '../../test/fixtures';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import ClaimPanel from './ClaimPanel.svelte';

const mocked = api as unknown as MockedApi;

async function openPanel() {
  const view = primeApi(mocked);
  mocked.addNote.mockImplementation(async (claimId: number, body: string) => note(40 + claimId, claimId, body));
  mocked.updateNote.mockImplementation(async (id: number, body: string) => note(id, 1, body));
  const desk = new Desk();
  desk.reader.view = view;
  renderWithDesk(ClaimPanel, {}, desk);
  await desk.review.selectClaim(1);
  await waitFor(() => expect(screen.getByTestId('note-input')).toBeInTheDocument());
  return desk;
}

const type = (text: string) => fireEvent.input(screen.getByTestId('note-input'), { target: { value: text } });

describe('notes in the claim panel', () => {
  beforeEach(() => localStorage.clear());

  it('saves the note shortly after typing, then updates the same note', async () => {
    await openPanel();
    await type('Traced to one estimate');
    expect(mocked.addNote).not.toHaveBeenCalled();
    expect(screen.getByTestId('note-saved')).toHaveTextContent('Saving…');
    // Until saved, the text waits under the claim's uuid, not its row id.
    expect(JSON.parse(localStorage.getItem('claimdesk.note-draft.claim-1') ?? 'null')).toEqual({
      noteId: null,
      body: 'Traced to one estimate',
    });
    expect(localStorage.getItem('claimdesk.note-draft.1')).toBeNull();
    await waitFor(() => expect(mocked.addNote).toHaveBeenCalledWith(1, 'Traced to one estimate'));
    await waitFor(() => expect(screen.getByTestId('note-saved')).toHaveTextContent('Saved'));
    await type('Traced to one estimate, 2019');
    await waitFor(() => expect(mocked.updateNote).toHaveBeenCalledWith(41, 'Traced to one estimate, 2019'));
    expect(mocked.addNote).toHaveBeenCalledTimes(1);
  });

  it('saves what was typed at once when the analyst moves to another claim', async () => {
    const desk = await openPanel();
    await type('Half a thought');
    await desk.review.selectClaim(2);
    expect(mocked.addNote).toHaveBeenCalledWith(1, 'Half a thought');
    await waitFor(() => expect(screen.getByTestId('note-input')).toHaveValue(''));
  });

  it('saves on blur without waiting', async () => {
    await openPanel();
    await type('Blurred');
    await fireEvent.blur(screen.getByTestId('note-input'));
    expect(mocked.addNote).toHaveBeenCalledWith(1, 'Blurred');
  });

  it('says when a note could not be saved, in words', async () => {
    await openPanel();
    mocked.addNote.mockRejectedValue({ code: 'io', message: 'The database is read-only' });
    await type('Lost?');
    await fireEvent.blur(screen.getByTestId('note-input'));
    await waitFor(() =>
      expect(screen.getByTestId('note-error')).toHaveTextContent('Note not saved: The database is read-only.'),
    );
    expect(screen.getByTestId('note-input')).toHaveValue('Lost?');
  });

  it('saves text left unsaved when the app closed, the next time the claim opens', async () => {
    localStorage.setItem('claimdesk.note-draft.claim-1', JSON.stringify({ noteId: null, body: 'Typed before a crash' }));
    await openPanel();
    expect(screen.getByTestId('note-input')).toHaveValue('Typed before a crash');
    await waitFor(() => expect(mocked.addNote).toHaveBeenCalledWith(1, 'Typed before a crash'));
    await waitFor(() => expect(localStorage.getItem('claimdesk.note-draft.claim-1')).toBeNull());
  });

  it('does not restore a draft of a claim in another database that has the same row id', async () => {
    // Row 1 of another database, under its uuid and under the bare row id older versions used.
    localStorage.setItem('claimdesk.note-draft.other-db-claim', JSON.stringify({ noteId: null, body: 'Other database' }));
    localStorage.setItem('claimdesk.note-draft.1', JSON.stringify({ noteId: null, body: 'Old row-id draft' }));
    await openPanel();
    expect(screen.getByTestId('note-input')).toHaveValue('');
    await fireEvent.blur(screen.getByTestId('note-input'));
    expect(mocked.addNote).not.toHaveBeenCalled();
    expect(mocked.updateNote).not.toHaveBeenCalled();
    expect(localStorage.getItem('claimdesk.note-draft.other-db-claim')).not.toBeNull();
    expect(localStorage.getItem('claimdesk.note-draft.1')).toBeNull();
  });

  it('lists the claim’s saved notes', async () => {
    const view = primeApi(mocked);
    mocked.getClaim.mockResolvedValue({ claim: view.claims[0], sources: [], notes: [note(3, 1, 'Earlier note')], history: [] });
    const desk = new Desk();
    desk.reader.view = view;
    renderWithDesk(ClaimPanel, {}, desk);
    await desk.review.selectClaim(1);
    await waitFor(() => expect(screen.getByTestId('note-item')).toHaveTextContent('Earlier note'));
  });
});
