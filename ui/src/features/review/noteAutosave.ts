//! Saves a note while it is typed: after a pause, on demand (blur, claim switch, unload), one
//! save at a time so a note is created once and then updated. Unsaved text is also kept in a
//! draft store so a crash between keystroke and save loses nothing.

import { errorSentence, type Note } from '../../api';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface NoteWriter {
  create(body: string): Promise<Note>;
  update(noteId: number, body: string): Promise<Note>;
}

/** Unsaved text and the note it belongs to (null: a note not created yet). */
export interface NoteDraft {
  noteId: number | null;
  body: string;
}

export interface DraftStore {
  read(): NoteDraft | null;
  write(draft: NoteDraft): void;
  clear(): void;
}

export interface AutosaveHooks {
  onState(state: AutosaveState, message: string | null): void;
  onSaved(note: Note): void;
}

export const AUTOSAVE_DELAY_MS = 400;

export class NoteAutosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private noteId: number | null;
  private latest: string;
  private saved: string;

  constructor(
    private readonly writer: NoteWriter,
    private readonly hooks: AutosaveHooks,
    private readonly drafts: DraftStore | null = null,
    existing: { id: number; body: string } | null = null,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.noteId = existing?.id ?? null;
    this.latest = existing?.body ?? '';
    this.saved = this.latest;
  }

  get id(): number | null {
    return this.noteId;
  }

  get hasUnsavedText(): boolean {
    return this.latest !== this.saved;
  }

  edit(body: string): void {
    this.latest = body;
    this.drafts?.write({ noteId: this.noteId, body });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueue();
    }, this.delayMs);
    this.hooks.onState('pending', null);
  }

  /** Saves now whatever was typed; resolves when that save has finished. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.enqueue();
  }

  private enqueue(): Promise<void> {
    this.queue = this.queue.then(() => this.persist());
    return this.queue;
  }

  private async persist(): Promise<void> {
    const body = this.latest;
    if (body === this.saved) return;
    // An empty new note is not worth a row; emptying an existing one is done by deleting it.
    if (body.trim() === '') return;
    this.hooks.onState('saving', null);
    try {
      const note =
        this.noteId === null
          ? await this.writer.create(body)
          : await this.writer.update(this.noteId, body);
      this.noteId = note.id;
      this.saved = body;
      this.settleDraft(note.id, body);
      this.hooks.onSaved(note);
      this.hooks.onState(this.latest === body ? 'saved' : 'pending', null);
    } catch (error) {
      this.hooks.onState('error', `Note not saved: ${errorSentence(error)}`);
    }
  }

  /** After a save: forget the draft if it holds what was saved, else tie it to the note. */
  private settleDraft(noteId: number, body: string): void {
    const draft = this.drafts?.read();
    if (!draft || (draft.noteId !== null && draft.noteId !== noteId)) return;
    if (draft.body === body) this.drafts?.clear();
    else this.drafts?.write({ noteId, body: draft.body });
  }
}

/** Keeps the unsaved text of the note being written on a claim in localStorage. Keyed by the
 *  claim's uuid: row ids repeat across databases, so a draft could land on another claim. */
export function localDraftStore(claimUuid: string): DraftStore {
  const key = `claimdesk.note-draft.${claimUuid}`;
  const storage = typeof localStorage === 'undefined' ? null : localStorage;
  return {
    read: () => {
      try {
        const draft = JSON.parse(storage?.getItem(key) ?? 'null') as NoteDraft | null;
        return draft && typeof draft.body === 'string' ? draft : null;
      } catch {
        return null;
      }
    },
    write: (draft) => storage?.setItem(key, JSON.stringify(draft)),
    clear: () => storage?.removeItem(key),
  };
}

/** Drops drafts that earlier versions keyed by row id: they are never restored. */
export function dropRowIdDrafts(): void {
  if (typeof localStorage === 'undefined') return;
  const stale: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key !== null && /^claimdesk\.note-draft\.\d+$/.test(key)) stale.push(key);
  }
  for (const key of stale) localStorage.removeItem(key);
}
