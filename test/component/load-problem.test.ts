// A chunk that cannot be fetched (gone after a deploy) shows one notice with a Reload button.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, lazyChunk, loadProblem } from '../../src/state/load-problem.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import LoadProblem from '../../src/ui/reliability/LoadProblem.svelte';

describe('a missing chunk', () => {
  it('is reported, and a later call tries the fetch again', async () => {
    locale.set('en');
    render(LoadProblem);
    expect(screen.queryByTestId('load-problem')).toBeNull();
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))
      .mockResolvedValueOnce('ok');
    const charts = lazyChunk('charts', load);
    await expect(charts()).rejects.toThrow(TypeError);
    const notice = await screen.findByTestId('load-problem');
    expect(notice).toHaveRole('alert');
    expect(notice).toHaveTextContent('Part of Yardstick could not be loaded');
    await expect(charts()).resolves.toBe('ok');

    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
    loadProblem.failed = null;
  });

  it('is told apart from other errors by the browsers’ messages', () => {
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('x is undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
