//! Keyboard review: which key does what. Keys are ignored while typing in a field.

import type { Desk } from './desk.svelte';

export type ShortcutAction =
  | 'next-claim'
  | 'previous-claim'
  | 'mark-verified'
  | 'mark-disputed'
  | 'mark-pending'
  | 'undo'
  | 'new-note'
  | 'search'
  | 'shortcuts'
  | 'close';

const KEYS: Record<string, ShortcutAction> = {
  j: 'next-claim',
  k: 'previous-claim',
  v: 'mark-verified',
  d: 'mark-disputed',
  p: 'mark-pending',
  u: 'undo',
  n: 'new-note',
  '/': 'search',
  '?': 'shortcuts',
  Escape: 'close',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  if (action !== 'close' && isTyping(event.target)) return null;
  return action;
}

function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/** Carries out a shortcut; returns false when it did nothing, so the key acts as usual. */
export function runShortcut(action: ShortcutAction, desk: Desk): boolean {
  // While a dialog is open only Esc (and ? to toggle the list) reach the desk.
  if (desk.overlay && action !== 'close' && action !== 'shortcuts') return false;
  switch (action) {
    case 'next-claim':
      desk.review.moveClaim(1);
      return true;
    case 'previous-claim':
      desk.review.moveClaim(-1);
      return true;
    case 'mark-verified':
      void desk.review.setStatus('verified');
      return true;
    case 'mark-disputed':
      void desk.review.setStatus('disputed');
      return true;
    case 'mark-pending':
      void desk.review.setStatus('pending');
      return true;
    case 'undo':
      void desk.review.undoLastStatusChange();
      return true;
    case 'new-note':
      focusById('note-input');
      return true;
    case 'search':
      focusById('search-input');
      return true;
    case 'shortcuts':
      desk.overlay = desk.overlay === 'shortcuts' ? null : 'shortcuts';
      return true;
    case 'close':
      if (!desk.overlay) return false;
      desk.overlay = null;
      return true;
  }
}
