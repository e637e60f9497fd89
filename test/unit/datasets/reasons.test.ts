import { describe, expect, it } from 'vitest';
import { rowReasonEn, storedReasonEn } from '../../../src/i18n/reasons-english.ts';
import { run } from './helpers.ts';

// Rejected rows carry a code and its parameters; the English words are one rendering of them.
describe('rejection reasons', () => {
  it('names the column and the value of a month that cannot be read', () => {
    const r = run('month,category,amount\nsoon,sales,5\n2024-01,sales,5\n');
    expect(r.rejected).toEqual([{ line: 2, reason: { code: 'not-month', column: 'month', value: 'soon' } }]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('month: "soon" is not a valid month or date');
  });

  it('names the cost column of a wide costs sheet whose cell is not a number', () => {
    const r = run('month,sales_cost,marketing_cost\n2024-01,abc,2\n2024-02,1,2\n');
    expect(r.rejected).toEqual([
      { line: 2, reason: { code: 'not-number', column: 'sales_cost', value: 'abc' } },
    ]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('sales_cost: "abc" is not a number');
  });

  it('cites a long cell trimmed and cut to 40 characters', () => {
    const long = 'x'.repeat(50);
    const r = run(`user_id,timestamp,event\nu1,  ${long}  ,login\n`);
    const value = `${'x'.repeat(40)}…`;
    expect(r.rejected).toEqual([{ line: 2, reason: { code: 'not-date', column: 'timestamp', value } }]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe(`timestamp: "${value}" is not a valid date`);
  });

  it('rejects text after a closing quote with its own code', () => {
    const r = run('user_id,timestamp,event\nu1,2024-01-01,"login"x\nu2,2024-01-02,login\n');
    expect(r.rejected).toEqual([{ line: 2, reason: { code: 'quote-trailing' } }]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('a quoted field has text after its closing quote');
  });

  it('keeps a reason stored as English text before reasons had codes', () => {
    expect(storedReasonEn('score is empty')).toBe('score is empty');
    expect(storedReasonEn({ code: 'cell-empty', column: 'score' })).toBe('score is empty');
  });
});
