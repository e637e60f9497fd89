// The metric settings form: validated, saved into the workspace's settings record.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { metrics, workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import MetricSettings from '../../src/ui/settings/MetricSettings.svelte';
import type { ComputeAnswer } from '../../src/worker/protocol.ts';

const empty = { months: [], values: {}, sources: {}, inputs: {}, cohorts: null, inProgress: false };

function answer(currencies: string[]): ComputeAnswer {
  return {
    month: empty,
    quarter: empty,
    year: empty,
    segmentFields: { plan: ['Pro', 'Team'], currency: currencies },
    segmentMisses: [],
    eventNames: ['activated', 'login', '<b>odd</b>'],
    timings: { loadMs: 0, computeMs: 0 },
    currencyGap: null,
  };
}

beforeEach(async () => {
  locale.set('en');
  await workspaces.create('Settings test');
});

afterEach(async () => {
  metrics.result = null;
  if (workspaces.currentId) await workspaces.remove(workspaces.currentId);
});

describe('metric settings', () => {
  it('saves gross margin, activation event, locale and currency', async () => {
    metrics.result = answer(['USD']);
    render(MetricSettings);
    const picker = screen.getByLabelText('Activation event') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['', 'activated', 'login', '<b>odd</b>']);
    await userEvent.selectOptions(picker, 'activated');
    const margin = screen.getByLabelText('Gross margin (%)');
    await userEvent.clear(margin);
    await userEvent.type(margin, '80');
    await userEvent.selectOptions(screen.getByLabelText('Workspace locale'), 'pl');
    await userEvent.type(screen.getByLabelText('Currency'), 'eur');
    const revision = workspaces.revision;
    await userEvent.click(screen.getByRole('button', { name: 'Save metric settings' }));
    expect(await screen.findByText('Saved. The KPIs are being recomputed.')).toBeInTheDocument();
    expect(workspaces.settings).toMatchObject({
      gross_margin: 0.8,
      activation_event: 'activated',
      locale: 'pl',
      currency: 'EUR',
    });
    expect(workspaces.revision).toBeGreaterThan(revision);
  });

  it('refuses a margin outside 0–100 and a malformed currency', async () => {
    metrics.result = answer(['USD']);
    render(MetricSettings);
    const margin = screen.getByLabelText('Gross margin (%)');
    await userEvent.clear(margin);
    await userEvent.type(margin, '140');
    await userEvent.type(screen.getByLabelText('Currency'), 'E1');
    await userEvent.click(screen.getByRole('button', { name: 'Save metric settings' }));
    expect(screen.getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(screen.getByText('Enter a three-letter currency code.')).toBeInTheDocument();
    expect(margin).toHaveAttribute('aria-invalid', 'true');
    expect(workspaces.settings?.gross_margin).toBe(1);
  });

  it('asks for conversion rates when subscriptions carry several currencies', async () => {
    metrics.result = answer(['EUR', 'USD']);
    render(MetricSettings);
    await userEvent.type(screen.getByLabelText('Currency'), 'USD');
    const rate = screen.getByLabelText('1 EUR in USD');
    await userEvent.click(screen.getByRole('button', { name: 'Save metric settings' }));
    expect(screen.getByText('Enter a number greater than 0.')).toBeInTheDocument();
    await userEvent.type(rate, '1.08');
    await userEvent.click(screen.getByRole('button', { name: 'Save metric settings' }));
    expect(await screen.findByText('Saved. The KPIs are being recomputed.')).toBeInTheDocument();
    expect(workspaces.settings?.fx).toEqual({ EUR: 1.08 });
    expect(workspaces.settings?.currency).toBe('USD');
  });
});
