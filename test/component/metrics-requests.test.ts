// The dashboard's results: months and then quarters and years are asked at once, months shown
// first; an answer to an older request never replaces a newer one.
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../src/state/engine-client.ts';
import { Metrics } from '../../src/state/metrics.svelte.ts';

function part(grains: string[], computeMs: number) {
  const table = {
    months: ['2025-01'],
    values: {},
    sources: {},
    inputs: {},
    cohorts: null,
    inProgress: false,
  };
  return {
    grains: Object.fromEntries(grains.map((g) => [g, { ...table, values: { mrr: [grains.length] } }])),
    segmentFields: {},
    segmentMisses: [],
    eventNames: [],
    timings: { loadMs: 0, computeMs },
    currencyGap: null,
  };
}

/** An engine whose answers the test releases one by one. */
function heldEngine() {
  const asked: { id: number; grains: string[]; following?: number; answer: () => void }[] = [];
  const client = {
    request: (
      _type: string,
      body: { grains: string[]; following?: number },
      opts: { started?: (id: number) => void },
    ) =>
      new Promise((resolve) => {
        const id = 100 + asked.length;
        opts.started?.(id);
        asked.push({
          id,
          grains: body.grains,
          following: body.following,
          answer: () => resolve({ answer: part(body.grains, body.grains.length === 1 ? 30 : 2) }),
        });
      }),
  } as unknown as EngineClient;
  return { engine: () => client, asked };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Metrics.refresh', () => {
  it('asks for months and periods before the months are answered, and shows the months first', async () => {
    const { engine, asked } = heldEngine();
    const metrics = new Metrics(engine);
    const done = metrics.refresh('ws', { plan: ['Pro'] });
    await tick();
    expect(asked.map((a) => a.grains)).toEqual([['month'], ['quarter', 'year']]);
    // The periods are built from those months: the worker need not read the workspace again.
    expect(asked[1].following).toBe(asked[0].id);
    asked[0].answer();
    await tick();
    expect(metrics.result?.month.values.mrr).toEqual([1]);
    expect(metrics.result?.quarter).toBeNull();
    expect(metrics.warmMs).toBeNull();
    asked[1].answer();
    await done;
    expect(metrics.result?.quarter?.values.mrr).toEqual([2]);
    // Warm: both parts' compute, 30 + 2 ms.
    expect(metrics.warmMs).toBe(32);
    expect(metrics.computing).toBe(false);
  });

  it('keeps the newer segment when the older one is answered last', async () => {
    const { engine, asked } = heldEngine();
    const metrics = new Metrics(engine);
    const first = metrics.refresh('ws', { plan: ['Pro'] });
    const second = metrics.refresh('ws', { plan: ['Team'] });
    await tick();
    expect(asked).toHaveLength(4);
    asked[2].answer();
    asked[3].answer();
    await second;
    const shown = metrics.result;
    asked[0].answer();
    asked[1].answer();
    await first;
    expect(metrics.result).toBe(shown);
  });
});
