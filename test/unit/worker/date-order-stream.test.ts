// datasets.md §3 through the streaming import: each date column keeps its own order even when the
// rows that decide it come after the prefix the plan was first taken from.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { concatFrames } from '../../../src/core/datasets/frame.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { importFile, type ImportControl } from '../../../src/worker/import-file.ts';
import { storedFrames } from '../db/stored-frames.ts';

let db: YardstickDb;
let n = 0;
let ws: string;

beforeEach(async () => {
  db = new YardstickDb(`date-order-stream-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  await db.delete();
});

const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };

// 60 rows fit either order (05/06/2024); the last two decide: created_at day-first (25/12),
// converted_at month-first (12/25). In the first rows each column reads as 5 June or 6 May.
const ambiguous = Array.from({ length: 60 }, (_, i) => `L${i},05/06/2024,05/06/2024`);
const TEXT =
  [
    'lead_id,created_at,converted_at',
    ...ambiguous,
    'Y,25/12/2024,12/25/2024',
    'Z,01/02/2024,01/02/2024',
  ].join('\n') + '\n';

describe('per-column date order in a streamed import', () => {
  it.each(['en-US', 'en-GB'] as const)(
    'reads every row of each column in the order its later rows decide (workspace %s)',
    async (locale) => {
      const answer = await importFile(db, ws, new File([TEXT], 'leads.csv'), { locale }, quiet, undefined, {
        prefixBytes: 300,
        readBytes: 256,
      });
      expect(answer.dataset.kind).toBe('leads');
      expect(answer.rejectedCount).toBe(0);
      expect(answer.dataset.rowsStored).toBe(62);
      const frame = concatFrames(await storedFrames(db, answer.dataset.id));
      const created = frame.columns.get('created_at');
      const converted = frame.columns.get('converted_at');
      if (created?.type !== 'time' || converted?.type !== 'time') throw new Error('no time columns');
      const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
      expect(new Set(created.values.slice(0, 60))).toEqual(new Set([day(2024, 6, 5)]));
      expect(new Set(converted.values.slice(0, 60))).toEqual(new Set([day(2024, 5, 6)]));
      expect([...created.values.slice(60)]).toEqual([day(2024, 12, 25), day(2024, 2, 1)]);
      expect([...converted.values.slice(60)]).toEqual([day(2024, 12, 25), day(2024, 1, 2)]);
    },
  );
});
