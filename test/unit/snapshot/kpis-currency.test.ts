// interfaces.md §3: a `kpis` snapshot holds "settings, every KPI id × month … (raw numbers)" and
// "opens in a read-only viewer showing the dashboard, goals and board from those values". Raw
// money numbers mean something only with their currency: a workspace whose subscriptions are all
// in euros shows MRR 300 as €300.00 (ui/dashboard/model.ts currencyOf: the subscriptions'
// currency when the settings name none), so its kpis snapshot must say EUR somewhere, or the
// viewer (and a workspace saved from it) can only fall back to dollars.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, getSettings } from '../../../src/db/workspaces.ts';
import { currencyOf } from '../../../src/ui/dashboard/model.ts';
import { createEngine } from '../../../src/worker/engine.ts';
import { importFile } from '../../../src/worker/import-file.ts';
import type { EngineResponse } from '../../../src/worker/protocol.ts';

// Two euro subscriptions: 100 a month from January, 200 more from February → MRR 100, 300.
const CSV = `id,Customer ID,Customer Name,Customer Email,Plan,Quantity,Currency,Interval,Interval Count,Amount,Status,Start (UTC),Ended At (UTC)
sub_1,cus_AAAA1,Jan Kowalski,jan@example.com,pro,1,eur,month,1,100.00,active,2025-01-05 10:00,
sub_2,cus_BBBB2,Anna Nowak,anna@example.com,pro,1,eur,month,1,200.00,active,2025-02-05 10:00,
`;

let db: YardstickDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('a kpis snapshot of a workspace billed in euros', () => {
  it('carries the currency its money values are in', async () => {
    db = new YardstickDb(`kpis-currency-${Math.random()}`);
    await db.open();
    const ws = await createWorkspace(db, 'Acme', 'en-US');
    const quiet = { cancelled: () => false, progress: () => undefined };
    await importFile(db, ws.id, new File([CSV], 'subs.csv'), { locale: 'en-US' }, quiet);

    // The workspace itself: no currency chosen in the settings (one currency, nothing to convert),
    // and its dashboard writes money in EUR.
    expect((await getSettings(db, ws.id)).currency).toBeNull();
    expect(currencyOf(null, await readyDatasets(db, ws.id))).toBe('EUR');

    const replies: EngineResponse[] = [];
    const engine = createEngine({ db, post: (m) => replies.push(m) });
    await engine.handle({ type: 'snapshot-export', id: 1, workspaceId: ws.id, scope: 'kpis' });
    const reply = replies.find((r) => r.id === 1)!;
    if (reply.type !== 'snapshot-file') throw new Error(JSON.stringify(reply));
    const blob = reply.answer.blob;
    const text = reply.answer.gzipped
      ? await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text()
      : await blob.text();
    const doc = JSON.parse(text) as { workspace: { kpis: { month: { values: { mrr: number[] } } } } };
    expect(doc.workspace.kpis.month.values.mrr).toEqual([100, 300]);
    // The money is in euros: the document has to say so for the viewer to write €300.00.
    expect(/"EUR"/i.test(text), 'the kpis document names the currency EUR').toBe(true);
  });
});
