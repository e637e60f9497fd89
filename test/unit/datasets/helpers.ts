import { concatFrames, textAt } from '../../../src/core/datasets/frame.ts';
import type { IngestOptions, IngestResult } from '../../../src/core/datasets/ingest.ts';
import { ingest, IngestError } from '../../../src/core/datasets/ingest.ts';

export const bytes = (s: string) => new TextEncoder().encode(s);

export function run(csv: string, opts: Partial<IngestOptions> = {}, name = 'test.csv'): IngestResult {
  return ingest(bytes(csv), name, { locale: 'en-US', ...opts });
}

/** A stored column as plain values: text, numbers, or ISO strings for instants; null when empty. */
export function col(r: IngestResult, name: string): (string | number | null)[] {
  const f = concatFrames(r.frames);
  const c = f.columns.get(name);
  if (!c) throw new Error(`no column ${name}; have ${[...f.columns.keys()].join(', ')}`);
  const out: (string | number | null)[] = [];
  for (let i = 0; i < f.rows; i++) {
    if (c.type === 'text') out.push(textAt(c, i));
    else if (Number.isNaN(c.values[i])) out.push(null);
    else out.push(c.type === 'time' ? new Date(c.values[i]).toISOString() : c.values[i]);
  }
  return out;
}

/** The IngestError `f` throws; fails the test when it throws nothing or something else. */
export function ingestError(f: () => unknown): IngestError {
  try {
    f();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}
