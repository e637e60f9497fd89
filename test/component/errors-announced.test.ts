// Rule: accessible by default — errors are announced. A message that appears after a submit
// reaches a screen reader when it sits in a live region (role alert/status, aria-live) or when
// focus moves to the field it describes. Focus must not stay on the submit button beside a plain
// paragraph, including on a first submit, before the errors were ever drawn.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlertRule } from '../../src/core/alerts/model.ts';
import { workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import SnoozeDialog from '../../src/ui/alerts/SnoozeDialog.svelte';
import BalanceSheetForm from '../../src/ui/balance-sheet/BalanceSheetForm.svelte';
import AlertSettings from '../../src/ui/settings/AlertSettings.svelte';
import MetricSettings from '../../src/ui/settings/MetricSettings.svelte';
import CurrencyDialog from '../../src/ui/import/CurrencyDialog.svelte';
import { installModalDialogs } from './modal-dialog.ts';

/** Whether a screen reader is told `message` now: a live region holds it, or the focused control is described by it. */
function announced(message: HTMLElement): boolean {
  const live = message.closest(
    '[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]',
  );
  if (live) return true;
  const focused = document.activeElement;
  const ids = focused?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.some((id) => {
    const described = document.getElementById(id);
    return !!described && (described === message || described.contains(message));
  });
}

let uninstall: () => void;
beforeAll(() => (uninstall = installModalDialogs()));
afterAll(() => uninstall());

beforeEach(async () => {
  locale.set('en');
  await workspaces.create('Announced');
});
afterEach(async () => {
  if (workspaces.currentId) await workspaces.remove(workspaces.currentId);
});

describe('errors after a submit are announced', () => {
  it('in Settings, a stale-days value out of range', async () => {
    render(AlertSettings);
    const days = await screen.findByLabelText('Say the data is out of date after (days)');
    await userEvent.clear(days);
    await userEvent.type(days, '0');
    await userEvent.click(screen.getByTestId('alert-settings-save'));
    const message = await screen.findByText('Enter a whole number of days from 1 to 3650.');
    expect(announced(message)).toBe(true);
  });

  it('in the snooze dialog, a date in the past', async () => {
    const onsnooze = vi.fn(async () => {});
    const rule = { id: 'r1', snoozedUntil: null, snoozedUntilImport: false } as unknown as AlertRule;
    render(SnoozeDialog, { open: true, rule, onsnooze });
    const date = screen.getByTestId('snooze-date') as HTMLInputElement;
    await userEvent.clear(date);
    await userEvent.type(date, '2000-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    expect(onsnooze).not.toHaveBeenCalled();
    const message = await screen.findByText('Choose a date from today on.');
    expect(announced(message)).toBe(true);
  });

  it('in the balance-sheet form, a period with no figure', async () => {
    render(BalanceSheetForm);
    const date = document.getElementById('bs-period_end') as HTMLInputElement;
    await userEvent.type(date, '2025-06-30');
    await userEvent.click(screen.getByTestId('balance-save'));
    const message = await screen.findByText('Enter at least one figure.');
    expect(announced(message)).toBe(true);
  });

  it('in Settings, a gross margin out of range: focus stays on the button, the field is not reached', async () => {
    render(MetricSettings);
    const margin = document.getElementById('ms-margin') as HTMLInputElement;
    await userEvent.clear(margin);
    await userEvent.type(margin, '150');
    await userEvent.click(screen.getByTestId('metric-settings-save'));
    const message = await screen.findByText('Enter a number from 0 to 100.');
    expect(announced(message)).toBe(true);
  });

  it('in the balance-sheet form, a figure that is no number', async () => {
    render(BalanceSheetForm);
    await userEvent.type(document.getElementById('bs-period_end') as HTMLInputElement, '2025-06-30');
    await userEvent.type(document.getElementById('bs-cash') as HTMLInputElement, '12a');
    await userEvent.click(screen.getByTestId('balance-save'));
    const message = await screen.findByText('Enter a number, e.g. 12500.50 or -300.');
    expect(announced(message)).toBe(true);
  });

  // The measure itself, on a form that announces: focus goes to the wrong field, described by its error.
  it('in the import’s rate dialog, an empty rate (control)', async () => {
    render(CurrencyDialog, {
      question: { codes: ['USD', 'EUR'], missing: ['EUR'], fileName: 'subs.csv', currency: 'USD', fx: {} },
      onsave: () => {},
      oncancel: () => {},
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save rates and import' }));
    const message = await screen.findByText('Enter a number greater than 0.');
    expect(announced(message)).toBe(true);
  });
});
