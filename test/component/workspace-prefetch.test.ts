// On a reopen the engine starts reading the workspace shown last before the page has opened its
// own connection; its KPIs then wait for one of the two reads, not both in turn.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { YardstickDb } from '../../src/db/schema.ts';
import { createWorkspace } from '../../src/db/workspaces.ts';
import { Workspaces } from '../../src/state/workspaces.svelte.ts';

let db: YardstickDb | null = null;
afterEach(async () => {
  localStorage.clear();
  await db?.delete();
  db = null;
});

function opened(name: string, events: string[]) {
  return () => {
    if (!db) {
      events.push('page opens its database');
      db = new YardstickDb(name);
    }
    return db;
  };
}

describe('opening the app', () => {
  it('asks the engine for the workspace shown last before the page opens its database', async () => {
    const setup = new YardstickDb('prefetch-a');
    const ws = await createWorkspace(setup, 'Acme', 'en-US');
    setup.close();
    localStorage.setItem('yardstick.workspace', ws.id);
    const events: string[] = [];
    const workspaces = new Workspaces(
      opened('prefetch-a', events),
      () => 'en-US',
      undefined,
      (id) => events.push(`prefetch ${id}`),
    );
    await workspaces.load();
    expect(events).toEqual([`prefetch ${ws.id}`, 'page opens its database']);
    expect(workspaces.currentId).toBe(ws.id);
  });

  it('asks for nothing on a first visit', async () => {
    const events: string[] = [];
    const workspaces = new Workspaces(
      opened('prefetch-b', events),
      () => 'en-US',
      undefined,
      (id) => events.push(`prefetch ${id}`),
    );
    await workspaces.load();
    expect(events).toEqual(['page opens its database']);
  });
});
