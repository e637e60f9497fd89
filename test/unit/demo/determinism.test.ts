import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoFiles } from '../../../src/core/demo/index.ts';
import type { DemoFile } from '../../../src/core/demo/index.ts';

const texts = (files: DemoFile[]) => files.map((f) => f.text);

describe('generateDemoFiles determinism', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns byte-identical files for the same seed', () => {
    expect(texts(generateDemoFiles({ seed: 42 }))).toEqual(texts(generateDemoFiles({ seed: 42 })));
  });

  it('uses seed 1, 24 months ending 2025-12 by default', () => {
    expect(texts(generateDemoFiles())).toEqual(
      texts(generateDemoFiles({ seed: 1, months: 24, endMonth: '2025-12' })),
    );
  });

  it('gives every data file different content for different seeds', () => {
    const a = generateDemoFiles({ seed: 1 });
    const b = generateDemoFiles({ seed: 2 });
    for (const kind of [
      'subscriptions',
      'leads',
      'nps',
      'events',
      'costs',
      'monthly_sheet',
      'balance_sheet',
    ]) {
      const ta = a.find((f) => f.kind === kind)?.text;
      const tb = b.find((f) => f.kind === kind)?.text;
      expect(ta, kind).toBeDefined();
      expect(ta, kind).not.toEqual(tb);
    }
  });

  it('never consults Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    generateDemoFiles({ seed: 3 });
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('does not depend on the time zone or the current date', () => {
    const before = texts(generateDemoFiles({ seed: 5, months: 6 }));
    const zone = process.env.TZ;
    vi.useFakeTimers({ now: Date.UTC(2031, 6, 4, 12) });
    try {
      // Node re-reads TZ when it changes, so local-time slips would show up here.
      process.env.TZ = 'Pacific/Kiritimati';
      expect(texts(generateDemoFiles({ seed: 5, months: 6 }))).toEqual(before);
      process.env.TZ = 'America/Adak';
      expect(texts(generateDemoFiles({ seed: 5, months: 6 }))).toEqual(before);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('moves the whole story with endMonth', () => {
    const files = generateDemoFiles({ months: 12, endMonth: '2023-06' });
    const costs = files
      .find((f) => f.kind === 'costs')!
      .text.trim()
      .split('\n');
    expect(costs[1].startsWith('2022-07,')).toBe(true);
    expect(costs[costs.length - 1].startsWith('2023-06,')).toBe(true);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateDemoFiles({ endMonth: '2025-13' })).toThrow(RangeError);
    expect(() => generateDemoFiles({ endMonth: 'Dec 2025' })).toThrow(RangeError);
    expect(() => generateDemoFiles({ months: 0 })).toThrow(RangeError);
    expect(() => generateDemoFiles({ months: 2.5 })).toThrow(RangeError);
    expect(() => generateDemoFiles({ seed: Number.NaN })).toThrow(RangeError);
  });
});
