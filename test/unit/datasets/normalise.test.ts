import { describe, expect, it } from 'vitest';
import { Normaliser } from '../../../src/core/datasets/normalise.ts';
import { makePlan } from '../../../src/core/datasets/plan.ts';
import type { Frame } from '../../../src/core/datasets/frame.ts';
import { textAt } from '../../../src/core/datasets/frame.ts';
import { UNCLOSED_QUOTE } from '../../../src/core/csv/parse.ts';
import { rowReasonEn } from '../../../src/i18n/reasons-english.ts';

// The streaming seam a worker uses: push() per record, a Frame out as soon as a chunk is full.
describe('Normaliser', () => {
  const headers = ['user_id', 'timestamp', 'event'];
  const plan = makePlan({
    kind: 'events',
    headers,
    mapping: new Map([
      ['user_id', 0],
      ['timestamp', 1],
      ['event', 2],
    ]),
    required: ['user_id', 'timestamp', 'event'],
    wide: false,
  });

  it('emits each full chunk during push and the rest on finish', () => {
    const frames: Frame[] = [];
    const n = new Normaliser(plan, (f) => frames.push(f), 2);
    n.push(['u1', '2024-01-01', 'a'], 2);
    expect(frames).toHaveLength(0);
    n.push(['u2', '2024-01-02', 'b'], 3);
    expect(frames.map((f) => f.rows)).toEqual([2]);
    n.push(['u3', 'never', 'c'], 4);
    n.push(['u4', '2024-01-04', 'd'], 5);
    const totals = n.finish();
    expect(frames.map((f) => f.rows)).toEqual([2, 1]);
    expect(totals).toEqual({
      rowsStored: 3,
      rejected: [{ line: 4, reason: { code: 'not-date', column: 'timestamp', value: 'never' } }],
      emptiedOptional: 0,
      currencies: [],
    });
    const last = frames[1].columns.get('user_id');
    expect(last?.type === 'text' && textAt(last, 0)).toBe('u4');
    const time = frames[1].columns.get('timestamp');
    expect(time?.type === 'time' && time.values[0]).toBe(Date.UTC(2024, 0, 4));
  });

  it('keeps text dictionaries per frame', () => {
    const frames: Frame[] = [];
    const n = new Normaliser(plan, (f) => frames.push(f), 1);
    n.push(['u1', '2024-01-01', 'a'], 2);
    n.push(['u1', '2024-01-02', 'b'], 3);
    n.finish();
    const dicts = frames.map((f) => {
      const c = f.columns.get('event');
      return c?.type === 'text' ? c.dict : null;
    });
    expect(dicts).toEqual([['a'], ['b']]);
  });

  it('rejects broken quoting as reported by the parser', () => {
    const n = new Normaliser(plan, () => {}, 10);
    n.push(['u1', '2024-01-01', 'x\ny'], 7, UNCLOSED_QUOTE);
    const rejected = n.finish().rejected;
    expect(rejected).toEqual([{ line: 7, reason: { code: 'quote-unclosed' } }]);
    expect(rowReasonEn(rejected[0].reason)).toBe(
      'a quote opened on this line is never closed, so the rest of the file could not be read as rows',
    );
  });
});
