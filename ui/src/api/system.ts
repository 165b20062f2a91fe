//! The operating system's file dialogs and browser.

import { invoke } from '@tauri-apps/api/core';
import { open, save } from '@tauri-apps/plugin-dialog';
import { openUrl } from '@tauri-apps/plugin-opener';
import { ApiError, toApiError } from './errors';

const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];

/** Asks for one or more article files; an empty list means the person cancelled. */
export async function chooseArticleFiles(): Promise<string[]> {
  try {
    const picked = await open({
      multiple: true,
      directory: false,
      title: 'Import articles',
      filters: [{ name: 'Articles', extensions: ARTICLE_EXTENSIONS }],
    });
    if (picked === null) return [];
    return Array.isArray(picked) ? picked : [picked];
  } catch (raw) {
    throw toApiError(raw);
  }
}

/** Asks for a folder of articles (imported with everything under it); null means cancelled. */
export async function chooseArticleFolder(): Promise<string | null> {
  try {
    const picked = await open({ multiple: false, directory: true, title: 'Import a folder of articles' });
    return Array.isArray(picked) ? (picked[0] ?? null) : picked;
  } catch (raw) {
    throw toApiError(raw);
  }
}

/** Asks where to save a report; null means the person cancelled. */
export async function chooseSavePath(defaultName: string, extension: string): Promise<string | null> {
  try {
    return await save({
      title: 'Save report',
      defaultPath: defaultName,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
  } catch (raw) {
    throw toApiError(raw);
  }
}

/** Opens an http(s) link in the system browser; anything else is refused here too. */
export async function openInBrowser(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) {
    throw new ApiError('invalid_input', 'Only http and https links can be opened');
  }
  try {
    await openUrl(url);
  } catch (raw) {
    throw toApiError(raw);
  }
}

/** Tells the shell the first article list is on screen (its start-up benchmark reads this). */
export async function reportFirstListPainted(): Promise<void> {
  try {
    await invoke('first_list_painted');
  } catch {
    // Only the benchmark listens; the window carries on either way.
  }
}
