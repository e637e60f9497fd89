import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportView from '../../src/ui/views/ImportView.svelte';
import { goToHash } from './hash.ts';

beforeEach(async () => {
  locale.set('en');
  await goToHash('#/import');
});

describe('Import view', () => {
  it('lists the chosen files with their sizes', async () => {
    const user = userEvent.setup();
    render(ImportView);
    const input = screen.getByTestId('import-input');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.csv'));
    expect(screen.getByLabelText(/Choose CSV files/)).toBe(input);
    expect(screen.getByText(/These are the kinds of file Yardstick recognises/)).toBeInTheDocument();

    await user.upload(input, [
      new File(['a,b\n1,2\n'], 'subs.csv', { type: 'text/csv' }),
      new File(['x'.repeat(2500)], 'nps.tsv', { type: 'text/tab-separated-values' }),
    ]);

    const table = screen.getByRole('table', { name: /Chosen files/ });
    expect(within(table).getByRole('cell', { name: 'subs.csv' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '2.5 kB' })).toBeInTheDocument();
    expect(table).toHaveTextContent('2 files');
  });

  it('lists the demo files when asked for them', async () => {
    await goToHash('#/import?demo=1');
    render(ImportView);
    const table = await screen.findByRole('table', { name: /Demo files/ });
    expect(within(table).getByRole('cell', { name: 'subscriptions_stripe.csv' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Balance sheet' })).toBeInTheDocument();
  });
});
