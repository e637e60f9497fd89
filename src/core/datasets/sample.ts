// The preview's first rows exactly as they would be stored: the same normaliser, read back.

import type { Plan } from './plan.ts';
import type { Frame } from './frame.ts';
import { textAt } from './frame.ts';
import { Normaliser } from './normalise.ts';
import type { QuoteProblem } from '../csv/parse.ts';

export function sampleRecords(
  plan: Plan,
  rows: readonly { fields: string[]; line: number; problem: QuoteProblem | null }[],
): Array<Record<string, string | number | null>> {
  const frames: Frame[] = [];
  const n = new Normaliser(plan, (f) => frames.push(f), Math.max(1, rows.length * 4), true);
  for (const r of rows) n.push(r.fields, r.line, r.problem);
  n.finish();
  const out: Array<Record<string, string | number | null>> = [];
  for (const f of frames) {
    for (let row = 0; row < f.rows; row++) {
      // Null prototype: a custom column called `__proto__` is just a key.
      const rec = Object.create(null) as Record<string, string | number | null>;
      for (const [name, col] of f.columns) {
        if (col.type === 'text') rec[name] = textAt(col, row);
        else {
          const v = col.values[row];
          rec[name] = Number.isNaN(v) ? null : col.type === 'time' ? new Date(v).toISOString() : v;
        }
      }
      out.push(rec);
    }
  }
  return out.slice(0, 20);
}
