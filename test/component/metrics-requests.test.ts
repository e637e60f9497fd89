// The dashboard's results: months, quarters and years in one request; an answer to an older
// request never replaces a newer one.
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../src/state/engine-client.ts';
import { Metrics } from '../../src/state/metrics.svelte.ts';

function part(grains: string[], mrr: number, timings: { loadMs: number; computeMs: number }) {
  const table = {
    months: ['2025-01'],
    values: { mrr: [mrr] },
    sources: {},
    inputs: {},
    cohorts: null,
    inProgress: false,
  };
  return {
    grains: Object.fromEntries(grains.map((g) => [g, table])),
    segmentFields: {},
    segmentMisses: [],
    eventNames: [],
    timings,
    currencyGap: null,
  };
}

/** An engine whose answers the test releases one by one; answer n shows MRR n. */
function heldEngine(timings = { loadMs: 0, computeMs: 30 }) {
  const asked: {
    grains: string[];
    segment?: Record<string, string[]>;
    /** The final answer; `sameAsSaved` as the worker says it after computing again. */
    answer: (sameAsSaved?: boolean) => void;
    /** The saved answer of the same data, before the final one. */
    saved: () => void;
  }[] = [];
  const client = {
    request: (
      _type: string,
      body: { grains: string[]; segment?: Record<string, string[]> },
      opts: { onSaved?: (answer: unknown) => void } = {},
    ) =>
      new Promise((resolve) => {
        const n = asked.length;
        asked.push({
          grains: body.grains,
          segment: body.segment,
          answer: (sameAsSaved) => resolve({ answer: { ...part(body.grains, n, timings), sameAsSaved } }),
          saved: () => opts.onSaved?.(part(body.grains, n, { loadMs: 3, computeMs: 0 })),
        });
      }),
  } as unknown as EngineClient;
  return { engine: () => client, asked };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Metrics over a held engine, with the whole workspace's refresh asked and not yet answered. */
async function asking(timings?: { loadMs: number; computeMs: number }) {
  const { engine, asked } = heldEngine(timings);
  const metrics = new Metrics(engine);
  const done = metrics.refresh('ws');
  await tick();
  return { metrics, asked, done };
}

describe('Metrics.refresh', () => {
  it('asks once for months, quarters and years and shows them together', async () => {
    const { engine, asked } = heldEngine();
    const metrics = new Metrics(engine);
    const done = metrics.refresh('ws', { plan: ['Pro'] });
    await tick();
    expect(asked.map((a) => [a.grains, a.segment])).toEqual([
      [['month', 'quarter', 'year'], { plan: ['Pro'] }],
    ]);
    expect(metrics.computing).toBe(true);
    expect(metrics.result).toBeNull();
    asked[0].answer();
    await done;
    expect(metrics.result?.month.values.mrr).toEqual([0]);
    expect(metrics.result?.quarter?.values.mrr).toEqual([0]);
    expect(metrics.result?.year?.values.mrr).toEqual([0]);
    // Data already in the worker: the compute alone is warm, and no cold figure is made up.
    expect(metrics.warmMs).toBe(30);
    expect(metrics.coldMs).toBeNull();
    expect(metrics.computing).toBe(false);
  });

  it('counts the read into the cold figure when the worker had to read the data', async () => {
    const { metrics, asked, done } = await asking({ loadMs: 900, computeMs: 40 });
    asked[0].answer();
    await done;
    expect(metrics.coldMs).toBe(940);
    expect(metrics.warmMs).toBe(40);
  });

  it('keeps the newer segment when the older one is answered last', async () => {
    const { engine, asked } = heldEngine();
    const metrics = new Metrics(engine);
    const first = metrics.refresh('ws', { plan: ['Pro'] });
    const second = metrics.refresh('ws', { plan: ['Team'] });
    await tick();
    expect(asked).toHaveLength(2);
    asked[1].answer();
    await second;
    const shown = metrics.result;
    expect(shown?.month.values.mrr).toEqual([1]);
    asked[0].answer();
    await first;
    expect(metrics.result).toBe(shown);
    expect(metrics.computing).toBe(false);
  });

  it('shows a saved answer at once, keeps it when the worker agrees, and draws what it says when not', async () => {
    const { metrics, asked, done } = await asking({ loadMs: 600, computeMs: 200 });
    asked[0].saved();
    const shown = metrics.result;
    expect(shown?.month.values.mrr).toEqual([0]);
    // Shown as computed: the charts need not wait for the check.
    expect(metrics.computing).toBe(false);
    asked[0].answer(true);
    await done;
    expect(metrics.result).toBe(shown);
    // The figures are the check's, which read and computed everything.
    expect(metrics.coldMs).toBe(800);
    const again = metrics.refresh('ws');
    await tick();
    asked[1].saved();
    const saved = metrics.result;
    asked[1].answer(false);
    await again;
    expect(metrics.result).not.toBe(saved);
  });

  it('shows no saved answer of an older request', async () => {
    const { engine, asked } = heldEngine();
    const metrics = new Metrics(engine);
    void metrics.refresh('ws');
    const second = metrics.refresh('ws', { plan: ['Pro'] });
    await tick();
    asked[0].saved();
    expect(metrics.result).toBeNull();
    expect(metrics.computing).toBe(true);
    asked[1].answer();
    await second;
    expect(metrics.result?.month.values.mrr).toEqual([1]);
  });
});
