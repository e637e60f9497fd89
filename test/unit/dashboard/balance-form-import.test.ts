// A balance-sheet period typed into the form is stored as the number typed: the form writes a
// one-row CSV with decimal points and imports it (BalanceSheetForm.svelte). `1.234` alone is
// ambiguous to the import (datasets.md §2), so the form says how its own file is written.
import { describe, expect, it } from 'vitest';
import { ingest, type WorkspaceLocale } from '../../../src/core/datasets/ingest.ts';
import type { TypedLanguage } from '../../../src/core/locale/typed.ts';
import { balanceSheetCsv, balanceSheetOptions, parseAmount } from '../../../src/ui/balance-sheet/csv.ts';
import { bytes, col } from '../datasets/helpers.ts';

/** What the form stores for `typed` in current_assets, the other fields as in a real entry. */
function stored(typed: string, lang: TypedLanguage, locale: WorkspaceLocale): unknown {
  const values = {
    current_assets: parseAmount(typed, lang) as number,
    current_liabilities: 2,
    total_equity: 10,
  };
  const csv = balanceSheetCsv('2024-03-31', values);
  const result = ingest(bytes(csv), 'balance-sheet-2024-03-31.csv', balanceSheetOptions(values, locale));
  return col(result, 'current_assets')[0];
}

describe('the balance-sheet form', () => {
  it.each([
    ['1,234', 'pl', 'pl', 1.234],
    ['12,345', 'id', 'id', 12.345],
    ['1.234', 'en', 'pl', 1.234],
    ['15.800', 'id', 'id', 15_800],
    ['1 234 567,5', 'pl', 'en-US', 1_234_567.5],
    ['1,234', 'en', 'en-GB', 1234],
  ] as const)('stores %s typed in %s, in a %s workspace, as %d', (typed, lang, locale, value) => {
    expect(stored(typed, lang, locale)).toBe(value);
  });
});
