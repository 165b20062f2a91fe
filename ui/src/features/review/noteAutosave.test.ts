import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { note } from '../../test/fixtures';
import {
  dropRowIdDrafts,
  localDraftStore,
  NoteAutosave,
  type AutosaveState,
  type DraftStore,
  type NoteDraft,
} from './noteAutosave';

function memoryDrafts(): DraftStore & { value: NoteDraft | null } {
  const store = {
    value: null as NoteDraft | null,
    read: () => store.value,
    write: (draft: NoteDraft) => (store.value = draft),
    clear: () => (store.value = null),
  };
  return store;
}

describe('NoteAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const create = vi.fn(async (body: string) => note(5, 1, body));
    const update = vi.fn(async (id: number, body: string) => note(id, 1, body));
    const states: AutosaveState[] = [];
    const drafts = memoryDrafts();
    const saver = new NoteAutosave({ create, update }, { onState: (s) => states.push(s), onSaved: () => {} }, drafts);
    return { saver, create, update, states, drafts };
  }

  it('saves once typing pauses, creating the note then updating it', async () => {
    const { saver, create, update } = setup();
    saver.edit('F');
    saver.edit('Fi');
    saver.edit('Figure');
    await vi.advanceTimersByTimeAsync(399);
    expect(create).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(create).toHaveBeenCalledExactlyOnceWith('Figure');
    saver.edit('Figure traced');
    await vi.advanceTimersByTimeAsync(400);
    expect(update).toHaveBeenCalledExactlyOnceWith(5, 'Figure traced');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('flush saves at once without waiting for the pause', async () => {
    const { saver, create } = setup();
    saver.edit('Unsent');
    await saver.flush();
    expect(create).toHaveBeenCalledWith('Unsent');
  });

  it('does not create the note twice when typing goes on while the first save runs', async () => {
    const { saver, create, update } = setup();
    let finish: (n: ReturnType<typeof note>) => void = () => {};
    create.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    saver.edit('One');
    await vi.advanceTimersByTimeAsync(400);
    saver.edit('One two');
    const flushed = saver.flush();
    finish(note(8, 1, 'One'));
    await flushed;
    expect(create).toHaveBeenCalledTimes(1);
    expect(update).toHaveBeenCalledExactlyOnceWith(8, 'One two');
  });

  it('keeps unsaved text in the draft store until it is saved, and reports errors', async () => {
    const { saver, create, states, drafts } = setup();
    create.mockRejectedValueOnce({ code: 'io', message: 'disk full' });
    saver.edit('Keep me');
    expect(drafts.value).toEqual({ noteId: null, body: 'Keep me' });
    await saver.flush();
    expect(states.at(-1)).toBe('error');
    expect(drafts.value).toEqual({ noteId: null, body: 'Keep me' });
    await saver.flush();
    expect(states.at(-1)).toBe('saved');
    expect(drafts.value).toBeNull();
  });

  it('ties a draft typed during the first save to the note it created', async () => {
    const { saver, create, drafts } = setup();
    let finish: (n: ReturnType<typeof note>) => void = () => {};
    create.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    saver.edit('First');
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.edit('First and more');
    finish(note(12, 1, 'First'));
    await first;
    expect(drafts.value).toEqual({ noteId: 12, body: 'First and more' });
  });

  it('does not create an empty note', async () => {
    const { saver, create } = setup();
    saver.edit('   ');
    await saver.flush();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('localDraftStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a draft under the claim’s uuid, apart from other claims', () => {
    localDraftStore('claim-a').write({ noteId: 3, body: 'Mine' });
    expect(JSON.parse(localStorage.getItem('claimdesk.note-draft.claim-a') ?? 'null')).toEqual({ noteId: 3, body: 'Mine' });
    expect(localDraftStore('claim-a').read()).toEqual({ noteId: 3, body: 'Mine' });
    expect(localDraftStore('claim-b').read()).toBeNull();
    localDraftStore('claim-a').clear();
    expect(localStorage.getItem('claimdesk.note-draft.claim-a')).toBeNull();
  });

  it('drops drafts keyed by row id and keeps those keyed by uuid', () => {
    localStorage.setItem('claimdesk.note-draft.7', '{"noteId":null,"body":"old"}');
    localStorage.setItem('claimdesk.note-draft.claim-7', '{"noteId":null,"body":"new"}');
    localStorage.setItem('claimdesk.reviewer', 'A. Analyst');
    dropRowIdDrafts();
    expect(localStorage.getItem('claimdesk.note-draft.7')).toBeNull();
    expect(localDraftStore('claim-7').read()).toEqual({ noteId: null, body: 'new' });
    expect(localStorage.getItem('claimdesk.reviewer')).toBe('A. Analyst');
  });
});
