import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshotBlob } from '../../../src/core/snapshot/read.ts';
import type { YardstickDb } from '../../../src/db/schema.ts';
import { createEngine } from '../../../src/worker/engine.ts';
import type { EngineResponse } from '../../../src/worker/protocol.ts';
import { FIXTURE_FILES, fixturesWorkspace, fixtureText } from './workspace.ts';

let open: YardstickDb[] = [];
afterEach(async () => {
  for (const db of open) await db.delete();
  open = [];
});

// Columns of the fixtures that name or identify a person, a lead or an event row.
const PRIVATE =
  /^(id|customer id|customer name|customer email|customer description|lead_id|user_id|respondent_id|comment|email|name)$/i;

function privateValues(): Set<string> {
  const out = new Set<string>();
  for (const name of FIXTURE_FILES) {
    const { data, meta } = Papa.parse<Record<string, string>>(fixtureText(name), {
      header: true,
      skipEmptyLines: true,
    });
    for (const field of meta.fields ?? [])
      if (PRIVATE.test(field))
        for (const row of data) if ((row[field] ?? '').length >= 4) out.add(row[field]);
  }
  return out;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const x of value) strings(x, out);
  else if (value && typeof value === 'object')
    for (const [k, x] of Object.entries(value)) {
      out.push(k);
      strings(x, out);
    }
  return out;
}

describe('kpis snapshot of the public fixtures', () => {
  it(
    'holds the dashboard values and not one customer id, name, email, lead or event row',
    { timeout: 60_000 },
    async () => {
      const { db, workspaceId } = await fixturesWorkspace();
      open.push(db);
      const replies: EngineResponse[] = [];
      const engine = createEngine({ db, post: (m) => replies.push(m) });
      await engine.handle({ type: 'snapshot-export', id: 1, workspaceId, scope: 'kpis' });
      const reply = replies.find((r) => r.id === 1)!;
      if (reply.type !== 'snapshot-file') throw new Error(JSON.stringify(reply));

      const { doc } = await readSnapshotBlob(reply.answer.blob);
      if (doc.scope !== 'kpis') throw new Error('scope');
      const { metrics } = await engine.wholeMonths(workspaceId);
      expect(doc.workspace.kpis.month.values).toEqual(metrics.values);
      expect(doc.workspace.kpis.month.months).toEqual(metrics.months);
      expect(doc.workspace.goals.map((g) => g.name)).toEqual(['Grow MRR']);
      expect(doc.workspace.alertRules).toHaveLength(1);
      expect(doc.workspace).not.toHaveProperty('datasets');

      const secrets = privateValues();
      expect(secrets.size).toBeGreaterThan(1000);
      // The check itself works: the full text of a fixture holds them.
      expect([...secrets].some((s) => fixtureText('subscriptions_stripe.csv').includes(s))).toBe(true);
      const text = await reply.answer.blob.text();
      const found = strings(JSON.parse(text)).filter((s) =>
        [...secrets].some((secret) => s.includes(secret)),
      );
      expect(found).toEqual([]);
      for (const secret of ['cus_', '@example.com', 'L-0000', 'u00001']) expect(text).not.toContain(secret);
    },
  );
});
