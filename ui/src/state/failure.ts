//! A failure as the stores keep it: the backend's error code, for the UI to branch on, and
//! the one sentence to show next to where it happened.

import { toApiError, type ErrorCode } from '../api';

export interface Failure {
  code: ErrorCode;
  sentence: string;
}

/** Turns whatever a command rejected with into a Failure; `doing` prefixes the sentence. */
export function failure(raw: unknown, doing?: string): Failure {
  const error = toApiError(raw);
  return { code: error.code, sentence: doing ? `${doing}: ${error.sentence}` : error.sentence };
}

/** The sentence to show, or null when nothing failed. */
export const sentenceOf = (f: Failure | null): string | null => f?.sentence ?? null;
