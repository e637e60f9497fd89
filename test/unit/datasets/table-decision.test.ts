import { describe, expect, it } from 'vitest';
import { startTable } from '../../../src/core/datasets/decide.ts';
import type { IngestOptions } from '../../../src/core/datasets/ingest.ts';
import { cutAtLineBreak, planFromSource, prefixSource } from '../../../src/core/datasets/prefix-plan.ts';
import {
  decideFromTable,
  feedStats,
  mappingRecord,
  planReading,
  storablePlan,
} from '../../../src/core/datasets/table-decision.ts';
import type { Delimiter } from '../../../src/core/csv/sniff.ts';
import { bytes, ingestError } from './helpers.ts';
import { UNCLOSED_QUOTE } from '../../../src/core/csv/parse.ts';

const en: IngestOptions = { locale: 'en-GB' };

function decide(rows: string[][], opts: IngestOptions = en, delimiter: Delimiter = ',') {
  const [headers, ...data] = rows;
  const t = startTable(headers, opts);
  for (const r of data) feedStats(t, r, null);
  return decideFromTable(t, headers, delimiter, opts);
}

describe('decideFromTable', () => {
  it('decides kind, mapping, required fields and conventions from the rows', () => {
    const d = decide([
      ['respondent_id', 'responded_at', 'score'],
      ['r1', '13/04/2024', '9'],
      ['r2', '02/05/2024', '3'],
    ]);
    expect(d.kind).toBe('nps');
    expect(d.kindReason.code).not.toBe('kind-chosen');
    expect(d.missing).toEqual([]);
    expect([...d.required].sort()).toEqual(['responded_at', 'score']);
    // Every field of the kind, the unmapped comment as null.
    expect({ ...d.mapping }).toEqual({
      respondent_id: 'respondent_id',
      responded_at: 'responded_at',
      score: 'score',
      comment: null,
    });
    // 13/04 can only be day first.
    expect(d.dateOrder).toBe('DMY');
    expect(d.plan?.kind).toBe('nps');
  });

  it('reads a decimal comma the values show', () => {
    const d = decide(
      [
        ['month', 'category', 'amount'],
        ['2024-01', 'ads', '12,5'],
        ['2024-02', 'ads', '7,25'],
      ],
      en,
      ';',
    );
    expect(d.kind).toBe('costs');
    expect(d.decimal).toBe(',');
    expect(d.dateOrder).toBe('YMD');
  });

  it('says a chosen kind is chosen, and lists the required fields no column maps to', () => {
    const d = decide(
      [
        ['respondent_id', 'responded_at'],
        ['r1', '2024-01-05'],
      ],
      { locale: 'en-GB', kind: 'nps' },
    );
    expect(d.kindReason.code).toBe('kind-chosen');
    expect(d.missing).toEqual(['score']);
    expect(d.mapping.score).toBeNull();
  });

  it('has no plan and an empty mapping when no kind fits', () => {
    const d = decide([
      ['alpha', 'beta'],
      ['1', '2'],
    ]);
    expect(d.plan).toBeNull();
    expect(d.kind).toBeNull();
    expect(Object.keys(d.mapping)).toEqual([]);
    expect(d.missing).toEqual([]);
  });
});

describe('feedStats', () => {
  it('leaves ragged and broken rows out of the statistics', () => {
    const headers = ['user_id', 'timestamp', 'event'];
    const t = startTable(headers, en);
    feedStats(t, ['u1', '2024-04-05', 'login'], null);
    // Day-first dates, but the rows are not well formed: they must not decide the order.
    feedStats(t, ['u2', '13/04/2024'], null);
    feedStats(t, ['u3', '14/04/2024', 'x'], UNCLOSED_QUOTE);
    expect(decideFromTable(t, headers, ',', en).dateOrder).toBe('YMD');
    feedStats(t, ['u4', '13/04/2024', 'login'], null);
    expect(decideFromTable(t, headers, ',', en).dateOrder).toBe('DMY');
  });
});

describe('storablePlan', () => {
  it('refuses a table with a required field missing, naming the headers there are', () => {
    const d = decide(
      [
        ['respondent_id', 'responded_at'],
        ['r1', '2024-01-05'],
      ],
      { locale: 'en-GB', kind: 'nps' },
    );
    const e = ingestError(() => storablePlan(d, ['respondent_id', 'responded_at'], 'a.csv'));
    expect(e.code).toBe('missing-column');
    expect(e.fileName).toBe('a.csv');
    expect(e.detail).toEqual({
      code: 'missing-column',
      kind: 'nps',
      missing: ['score'],
      headers: ['respondent_id', 'responded_at'],
    });
  });

  it('refuses a table no kind fits with the reason for it', () => {
    const d = decide([
      ['alpha', 'beta'],
      ['1', '2'],
    ]);
    const e = ingestError(() => storablePlan(d, ['alpha', 'beta'], 'b.csv'));
    expect(e.code).toBe('no-kind');
    expect(e.detail).toBe(d.kindReason);
  });

  it('gives the plan of a complete table', () => {
    const d = decide([
      ['user_id', 'timestamp', 'event'],
      ['u1', '2024-01-01', 'login'],
    ]);
    expect(storablePlan(d, [], 'c.csv')).toBe(d.plan);
  });
});

describe('mappingRecord', () => {
  it('lists every field of the kind and keeps odd header names as plain keys', () => {
    const m = mappingRecord('events', new Map([['user_id', 1]]), ['x', '__proto__']);
    expect(Object.getPrototypeOf(m)).toBeNull();
    expect(Object.entries(m)).toEqual([
      ['user_id', '__proto__'],
      ['timestamp', null],
      ['event', null],
    ]);
    expect(Object.keys(mappingRecord(null, new Map([['a', 0]]), ['a']))).toEqual([]);
  });
});

describe('planReading', () => {
  it('ignores the per-column labels and nothing else', () => {
    const a = decide([
      ['user_id', 'timestamp', 'event'],
      ['u1', '05/04/2024', 'login'],
    ]).plan;
    const b = structuredClone(a)!;
    b.columns[1].report = b.columns[1].report === 'DMY' ? 'MDY' : 'DMY';
    expect(planReading(b)).toBe(planReading(a));
    b.columns[1].name = 'other';
    expect(planReading(b)).not.toBe(planReading(a));
  });
});

describe('the prefix of a streamed file', () => {
  it('is cut after its last line feed', () => {
    expect(new TextDecoder().decode(cutAtLineBreak(bytes('a,b\n1,2\n3,')))).toBe('a,b\n1,2\n');
    expect(cutAtLineBreak(bytes('no break')).length).toBe(8);
  });

  it('cuts UTF-16LE only on a whole two-byte line feed', () => {
    // BOM, "a", LF, "b": the LF is the bytes 0a 00 at offsets 4-5.
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x62, 0x00]);
    expect([...cutAtLineBreak(le)]).toEqual([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]);
  });

  it('decides the plan from the header row and the rows after it', () => {
    const src = prefixSource(bytes('user_id,timestamp,event\nu1,13/04/2024,login\n'), 'e.csv', false);
    const p = planFromSource(src, en);
    expect(p.headerLine).toBe(1);
    expect(p.dated).toBe(false);
    expect(p.kind).toBe('events');
    expect(p.dateOrder).toBe('DMY');
  });

  it('leaves a sheet with dates as headers to the whole file', () => {
    const src = prefixSource(bytes('item,2024-01,2024-02\ncash,1,2\n'), 'b.csv', false);
    const p = planFromSource(src, en);
    expect(p.dated).toBe(true);
    expect(p.plan).toBeNull();
    expect(p.kindReason).toBeNull();
  });

  it('refuses an empty file before any plan', () => {
    expect(ingestError(() => prefixSource(bytes('\n\n'), 'empty.csv', false)).detail).toEqual({
      code: 'empty-file',
    });
  });
});
