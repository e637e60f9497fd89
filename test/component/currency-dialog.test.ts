import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrencyAnswer } from '../../src/core/currency.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import CurrencyDialog from '../../src/ui/import/CurrencyDialog.svelte';
import type { CurrencyQuestion } from '../../src/worker/protocol.ts';

beforeEach(() => locale.set('en'));

const question = (over: Partial<CurrencyQuestion> = {}): CurrencyQuestion => ({
  codes: ['USD', 'EUR'],
  missing: ['USD', 'EUR'],
  fileName: 'subs.csv',
  currency: null,
  fx: {},
  ...over,
});

function open(q: CurrencyQuestion) {
  const onsave = vi.fn<(a: CurrencyAnswer) => void>();
  const oncancel = vi.fn<() => void>();
  render(CurrencyDialog, { question: q, onsave, oncancel });
  return {
    onsave,
    oncancel,
    dialog: screen.getByRole('dialog', { name: 'subs.csv: money in several currencies' }),
  };
}

describe('the multi-currency dialog', () => {
  it('names the codes, lets the keyboard choose the currency and asks a rate for each other code', async () => {
    const user = userEvent.setup();
    const { dialog, onsave } = open(
      question({ codes: ['USD', 'EUR', 'PLN'], missing: ['USD', 'EUR', 'PLN'] }),
    );
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('USD, EUR, PLN'));
    const group = within(dialog).getByRole('group', { name: 'Show money in' });
    expect(within(group).getByRole('radio', { name: 'USD' })).toBeChecked();
    // Focus starts in the first rate to fill.
    expect(within(dialog).getByLabelText('1 EUR in USD')).toHaveFocus();
    expect(within(dialog).getByLabelText('1 PLN in USD')).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: 'USD' }));
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'EUR' })).toBeChecked();
    expect(within(dialog).queryByLabelText('1 EUR in EUR')).toBeNull();
    await user.type(within(dialog).getByLabelText('1 USD in EUR'), '0.92');
    await user.type(within(dialog).getByLabelText('1 PLN in EUR'), '0.23');
    await user.keyboard('{Enter}');
    expect(onsave).toHaveBeenCalledWith({ currency: 'EUR', fx: { USD: 0.92, PLN: 0.23 } });
  });

  it('refuses empty, zero, negative and non-numeric rates, naming the field', async () => {
    const user = userEvent.setup();
    const { dialog, onsave } = open(question());
    const rate = within(dialog).getByLabelText('1 EUR in USD');
    const save = within(dialog).getByRole('button', { name: 'Save rates and import' });
    for (const text of ['', '0', '-1', 'abc']) {
      await user.clear(rate);
      if (text) await user.type(rate, text);
      await user.click(save);
      expect(rate, text).toHaveAttribute('aria-invalid', 'true');
      expect(rate, text).toHaveAccessibleDescription(
        expect.stringContaining('Enter a number greater than 0.'),
      );
      expect(rate, text).toHaveFocus();
    }
    expect(onsave).not.toHaveBeenCalled();
    await user.clear(rate);
    await user.type(rate, '1,08');
    await user.click(save);
    expect(rate).toHaveAttribute('aria-invalid', 'false');
    expect(onsave).toHaveBeenCalledWith({ currency: 'USD', fx: { EUR: 1.08 } });
  });

  it('speaks Polish and reads decimal commas and grouping dots the Polish way', async () => {
    locale.set('pl');
    const user = userEvent.setup();
    const onsave = vi.fn<(a: CurrencyAnswer) => void>();
    render(CurrencyDialog, {
      question: question({ codes: ['PLN', 'IDR'], missing: ['IDR'], currency: 'IDR', fx: { PLN: 3900.5 } }),
      onsave,
      oncancel: () => undefined,
    });
    const dialog = screen.getByRole('dialog', { name: 'subs.csv: kwoty w kilku walutach' });
    // The stored currency is chosen and the stored rate is shown with a decimal comma.
    expect(within(dialog).getByRole('radio', { name: 'IDR' })).toBeChecked();
    const rate = within(dialog).getByLabelText('1 PLN w IDR');
    expect(rate).toHaveValue('3900,5');
    await user.clear(rate);
    await user.type(rate, '3.950');
    await user.click(within(dialog).getByRole('button', { name: 'Zapisz kursy i importuj' }));
    expect(onsave).toHaveBeenCalledWith({ currency: 'IDR', fx: { PLN: 3950 } });
  });

  it('cancels the import from its button and from Escape', async () => {
    const user = userEvent.setup();
    const { dialog, oncancel, onsave } = open(question({ currency: 'USD', fx: { EUR: 1.1 } }));
    expect(within(dialog).getByLabelText('1 EUR in USD')).toHaveValue('1.1');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel import' }));
    expect(oncancel).toHaveBeenCalledTimes(1);
    const escape = new Event('cancel', { cancelable: true });
    await fireEvent(dialog, escape);
    expect(oncancel).toHaveBeenCalledTimes(2);
    // The browser does not close the dialog itself: the import decides.
    expect(escape.defaultPrevented).toBe(true);
    expect(onsave).not.toHaveBeenCalled();
  });

  it('gives focus back to where it was when it goes', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Import';
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(CurrencyDialog, {
      question: question(),
      onsave: () => undefined,
      oncancel: () => undefined,
    });
    expect(opener).not.toHaveFocus();
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });
});
