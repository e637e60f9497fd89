// Rule: numbers typed by a person go through the same locale parser as imports
// (datasets.md §2, interfaces.md §2). A value with a leading zero before its only mark cannot be
// grouping (`0.235` is no "235" written with a thousands dot): the import reads such a cell as a
// decimal in a Polish or Indonesian workspace, and so does the import's own rate dialog
// (parseRate); every other form must read it the same way.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import { parseRate } from '../../../src/core/currency.ts';
import { parseTypedNumber } from '../../../src/core/locale/typed.ts';

function importedMrr(cell: string, locale: 'pl' | 'id' | 'en-US'): number {
  const text = `month,mrr\n2024-01,${cell}\n`;
  const result = ingest(new TextEncoder().encode(text), 'sheet.csv', { locale, kind: 'monthly_sheet' });
  const column = result.frames[0].columns.get('mrr');
  if (column?.type !== 'number') throw new Error('mrr is not a number column');
  return column.values[0];
}

describe('a typed number with a leading zero', () => {
  it('is read as the import reads the same text: 0.235 typed in Polish or Indonesian is 0.235', () => {
    for (const lang of ['pl', 'id'] as const) {
      // The import and the import's rate dialog agree with the rule ...
      expect(importedMrr('0.235', lang)).toBe(0.235);
      expect(parseRate('0.235', ',')).toBe(0.235);
      // ... the reader behind Settings, goals, check-ins, alert rules and the balance-sheet form does not.
      expect(parseTypedNumber('0.235', lang), lang).toBe(0.235);
    }
  });

  it('is read as the import reads the same text: 0,250 typed in English is 0.25', () => {
    expect(importedMrr('"0,250"', 'en-US')).toBe(0.25);
    expect(parseTypedNumber('0,250', 'en')).toBe(0.25);
  });
});
