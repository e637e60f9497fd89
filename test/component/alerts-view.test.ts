// The alerts page's rule form: a New rule click while the previous rule is still being stored
// opens a fresh form, and that save's end closes only its own form.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YardstickDb } from '../../src/db/schema.ts';
import { workspaces } from '../../src/state/app.svelte.ts';
import { alerts } from '../../src/state/alerts.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import AlertsView from '../../src/ui/views/AlertsView.svelte';
import type { AlertsAnswer } from '../../src/worker/alerts.ts';

// A fresh database per test; the worker's evaluation answers from it, or waits while `held`.
const page = vi.hoisted(() => ({
  db: null as unknown,
  held: null as Promise<void> | null,
  requests: 0,
}));
vi.mock('../../src/state/engine.ts', () => ({
  db: () => page.db,
  engine: () => ({
    request: async (type: string, body: { workspaceId: string }) => {
      if (type !== 'alerts') throw new Error(`unexpected request ${type}`);
      page.requests++;
      if (page.held) await page.held;
      const db = page.db as YardstickDb;
      const rules = await db.alertRules.where('workspaceId').equals(body.workspaceId).toArray();
      const answer: AlertsAnswer = {
        rules,
        alerts: [],
        unread: 0,
        fresh: [],
        series: { months: ['2024-01', '2024-02'], values: { mrr: [1000, 900] } },
        latest: null,
        kinds: [],
      };
      return { answer };
    },
  }),
}));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(async () => {
  locale.set('en');
  localStorage.clear();
  page.db = new YardstickDb(`alerts-view-${Date.now()}-${Math.random()}`);
  page.held = null;
  page.requests = 0;
  await workspaces.load();
  await workspaces.create('Alerts test');
  await alerts.refresh(workspaces.currentId);
});
afterEach(() => (page.db as YardstickDb).close());

describe('alerts view', () => {
  it('keeps a New rule form opened while the previous rule was being stored', async () => {
    const user = userEvent.setup();
    render(AlertsView);
    await user.click(screen.getByTestId('alert-new'));
    await user.selectOptions(screen.getByTestId('alert-kpi'), 'mrr');
    await user.type(screen.getByTestId('alert-value'), '950');

    // The rule is written, then the evaluation that follows is held: the save is still pending.
    const evaluation = deferred();
    page.held = evaluation.promise;
    const before = page.requests;
    await user.click(screen.getByTestId('alert-save'));
    await waitFor(() => expect(page.requests).toBe(before + 1));

    await user.click(screen.getByTestId('alert-new'));
    evaluation.resolve();
    await screen.findByText('Rule saved.');
    await new Promise((r) => setTimeout(r, 0));

    // The first rule is stored and listed; the form opened after it is open, fresh and focused.
    expect(await (page.db as YardstickDb).alertRules.count()).toBe(1);
    expect(screen.getAllByRole('heading', { name: 'New rule' })).toHaveLength(1);
    expect(screen.getByTestId('alert-value')).toHaveValue('');
    expect(screen.getByTestId('alert-kpi')).toHaveFocus();
  });

  it('closes the form once its rule is stored when nothing else was opened', async () => {
    const user = userEvent.setup();
    render(AlertsView);
    await user.click(screen.getByTestId('alert-new'));
    await user.type(screen.getByTestId('alert-value'), '950');
    await user.click(screen.getByTestId('alert-save'));
    await screen.findByText('Rule saved.');
    await waitFor(() => expect(screen.queryByTestId('alert-kpi')).not.toBeInTheDocument());
    expect(screen.getByTestId('alert-new')).toHaveFocus();
  });
});
