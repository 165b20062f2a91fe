//! The one error type the UI sees. Commands reject with `{ code, message }`; anything else
//! (a plugin's plain string, a thrown Error) is wrapped so callers handle a single shape.

import type { ErrorCode } from './types';

const KNOWN_CODES: readonly ErrorCode[] = [
  'not_found',
  'conflict',
  'invalid_input',
  'invalid_transition',
  'io',
  'internal',
];

/** What to say when the backend gave no usable message: a sentence, never the code. */
const FALLBACK_SENTENCES: Record<ErrorCode, string> = {
  not_found: 'That item no longer exists. It may have been removed.',
  conflict: 'That change clashes with what is already saved.',
  invalid_input: 'Some of what was entered is not valid.',
  invalid_transition: 'That status change is not allowed from the current status.',
  io: 'A file could not be read or written.',
  internal: 'Something went wrong inside Claimdesk. Please try again.',
};

export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  /** A readable sentence for the person at the screen. */
  get sentence(): string {
    const text = this.message.trim();
    if (!text) return FALLBACK_SENTENCES[this.code];
    const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (KNOWN_CODES as readonly string[]).includes(value);
}

/** Turns whatever a command or plugin rejected with into an ApiError. */
export function toApiError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  if (raw && typeof raw === 'object' && 'code' in raw) {
    const { code, message } = raw as { code: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    return new ApiError(isErrorCode(code) ? code : 'internal', text);
  }
  if (typeof raw === 'string') return new ApiError('internal', raw);
  if (raw instanceof Error) return new ApiError('internal', raw.message);
  return new ApiError('internal', '');
}

/** The sentence to show for any failure. */
export function errorSentence(raw: unknown): string {
  return toApiError(raw).sentence;
}
