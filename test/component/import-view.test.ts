import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportView from '../../src/ui/views/ImportView.svelte';
import { goToHash } from './hash.ts';

beforeEach(async () => {
  locale.set('en');
  await goToHash('#/import');
});

describe('Import view', () => {
  it('offers the file picker (the keyboard path of the drop zone) and the dataset guide', () => {
    render(ImportView);
    const input = screen.getByTestId('import-input');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.csv'));
    expect(input).toHaveAttribute('multiple');
    expect(screen.getByLabelText(/Choose CSV files/)).toBe(input);
    expect(screen.getByText(/Drop CSV files anywhere on this page/)).toBeInTheDocument();
    expect(screen.getByText(/These are the kinds of file Yardstick recognises/)).toBeInTheDocument();
  });
});
