// Rule (datasets.md §6): "a failure or cancel leaves the workspace exactly as
// before". The workspace an import creates (first visit, or "Import into: New workspace") is made
// before the first file is read; when every file then fails or is cancelled, nothing was
// imported, so no empty workspace may stay behind, and the one shown before comes back.
import { describe, expect, it, vi } from 'vitest';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { csvFile, harness, settle } from './import-harness.ts';

const LEADS = ['lead_id,created_at', 'l1,2024-01-05', 'l2,2024-01-06'].join('\n') + '\n';

/** A session whose imports (not read ahead) are cancelled or fail, on a harness of its own. */
async function session(outcome: 'cancelled' | 'error') {
  const h = await harness(undefined, (id) =>
    outcome === 'cancelled' ? { type: 'cancelled', id } : new Error('the disk is full'),
  );
  const s = new ImportSession(
    () => h.engine,
    h.workspaces,
    () => 'My workspace',
    false,
  );
  return { h, s };
}

describe('an import that stores nothing', () => {
  for (const outcome of ['cancelled', 'error'] as const) {
    it(`(${outcome}) on a first visit leaves no workspace behind`, async () => {
      const { h, s } = await session(outcome);
      expect(h.workspaces.list).toEqual([]);
      s.add([csvFile('leads-first.csv', LEADS)]);
      await settle();
      await vi.waitFor(() => expect(s.pending).toHaveLength(1));
      await s.confirm();
      expect(s.items[0].status).toBe(outcome === 'cancelled' ? 'cancelled' : 'failed');
      // Nothing was imported: the app is as it was before, with no (empty) workspace added.
      expect(h.workspaces.list.map((w) => w.name)).toEqual([]);
    });

    it(`(${outcome}) into "New workspace" leaves the workspaces and the current one as they were`, async () => {
      const { h, s } = await session(outcome);
      const mine = await h.workspaces.create('Mine');
      s.add([csvFile('leads-new.csv', LEADS)]);
      await settle();
      await vi.waitFor(() => expect(s.pending).toHaveLength(1));
      s.target = 'new';
      await s.confirm();
      expect(s.items[0].status).toBe(outcome === 'cancelled' ? 'cancelled' : 'failed');
      expect(h.workspaces.list.map((w) => w.name)).toEqual(['Mine']);
      expect(h.workspaces.currentId).toBe(mine.id);
    });
  }
});
