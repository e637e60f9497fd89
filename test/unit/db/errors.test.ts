import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/db/errors.ts';

const err = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });

describe('storage errors', () => {
  it('recognise a full disk, also as the inner error of an AbortError', () => {
    expect(classifyStorageError(err('QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(err('AbortError', { inner: err('QuotaExceededError') }))).toBe('quota');
    expect(classifyStorageError(err('AbortError', { cause: err('QuotaExceededError') }))).toBe('quota');
  });

  it('recognise IndexedDB missing (private mode) and a newer version open elsewhere', () => {
    expect(classifyStorageError(err('MissingAPIError'))).toBe('unavailable');
    expect(classifyStorageError(err('OpenFailedError', { inner: err('InvalidStateError') }))).toBe(
      'unavailable',
    );
    expect(classifyStorageError(err('VersionError'))).toBe('newer-version');
  });

  it('leave anything else as other', () => {
    expect(classifyStorageError(err('AbortError'))).toBe('other');
    expect(classifyStorageError('boom')).toBe('other');
  });
});
