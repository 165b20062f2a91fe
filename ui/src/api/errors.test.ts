import { describe, expect, it } from 'vitest';
import { ApiError, errorSentence, toApiError } from './errors';

describe('errors from the backend', () => {
  it('keeps the code for branching and turns the message into a sentence', () => {
    const error = toApiError({ code: 'invalid_input', message: 'only http and https links can be added' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('invalid_input');
    expect(error.sentence).toBe('Only http and https links can be added.');
  });

  it('falls back to a sentence for the code, never the code itself', () => {
    expect(errorSentence({ code: 'not_found', message: '' })).toBe(
      'That item no longer exists. It may have been removed.',
    );
    expect(errorSentence({ code: 'io' })).not.toContain('io');
  });

  it('wraps plugin strings, thrown errors and unknown codes as internal', () => {
    expect(toApiError('dialog failed').code).toBe('internal');
    expect(toApiError('dialog failed').sentence).toBe('Dialog failed.');
    expect(toApiError(new Error('boom')).sentence).toBe('Boom.');
    expect(toApiError({ code: 'weird', message: 'x' }).code).toBe('internal');
    expect(toApiError(undefined).sentence).toMatch(/something went wrong/i);
  });
});
