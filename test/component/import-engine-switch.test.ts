// The page moves to an engine over memory when the browser gives no storage, closing the worker
// engine; what that engine was asked is refused ("engine closed"). A file chosen in that moment
// must still get its preview, from the engine now in place.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/datasets/ingest.ts';
import type { YardstickDb } from '../../src/db/schema.ts';
import { EngineError, type EngineClient } from '../../src/state/engine-client.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { Workspaces } from '../../src/state/workspaces.svelte.ts';
import { memoryDatabase } from '../../src/db/memory.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import type { EngineRequest } from '../../src/worker/protocol.ts';
import { csvFile, texts } from './import-harness.ts';
import { goToHash } from './hash.ts';

const page = vi.hoisted(() => ({ db: null as unknown }));
vi.mock(import('../../src/state/engine.ts'), () => ({
  db: () => page.db as YardstickDb,
  engine: () => ({}) as EngineClient,
}));

const CSV = 'customer_id,start_date,end_date,mrr,currency\nc1,2024-01-01,,100,USD\n';

beforeEach(async () => {
  locale.set('en');
  page.db = await memoryDatabase();
  await goToHash('#/import');
});
afterEach(() => vi.restoreAllMocks());

/** An engine whose answers the test releases: the worker's preview, or its refusal on closing. */
function engineHolding() {
  const asked: {
    body: Extract<EngineRequest, { type: 'analyse' }>;
    answer: () => void;
    refuse: (e: Error) => void;
  }[] = [];
  const client = {
    request: (_type: string, body: Extract<EngineRequest, { type: 'analyse' }>) =>
      new Promise((resolve, reject) =>
        asked.push({
          body,
          refuse: reject,
          answer: () =>
            resolve({
              type: 'analysis',
              id: 1,
              answer: {
                analysis: analyse(
                  new TextEncoder().encode(texts.get(body.file.name) ?? ''),
                  body.file.name,
                  body.options,
                ),
                duplicateOf: null,
                rememberedMapping: false,
                partial: false,
              },
            }),
        }),
      ),
    cancel: () => undefined,
  } as unknown as EngineClient;
  return { client, asked };
}

async function chooseWith(current: () => EngineClient) {
  const ws = new Workspaces(
    () => page.db as YardstickDb,
    () => 'en-US',
  );
  await ws.load();
  const session = new ImportSession(current, ws, () => 'My workspace', false);
  render(ImportPanel, { session, workspaces: ws });
  session.add([csvFile('subscriptions.csv', CSV)]);
  return session;
}

it('asks the engine now in place when the one asked was closed by the move to memory', async () => {
  const worker = engineHolding();
  const inPage = engineHolding();
  let current = worker.client;
  await chooseWith(() => current);
  await vi.waitFor(() => expect(worker.asked).toHaveLength(1));
  // The switch: the new engine is in place, then the old one refuses what it holds.
  current = inPage.client;
  worker.asked[0]!.refuse(new EngineError('engine closed', 'crash'));
  await vi.waitFor(() => expect(inPage.asked).toHaveLength(1));
  expect(inPage.asked[0]!.body.file.name).toBe('subscriptions.csv');
  inPage.asked[0]!.answer();
  await vi.waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
  expect(screen.queryByTestId('import-error')).toBeNull();
});

it('still reports a worker that crashed with no engine in its place', async () => {
  const worker = engineHolding();
  await chooseWith(() => worker.client);
  await vi.waitFor(() => expect(worker.asked).toHaveLength(1));
  worker.asked[0]!.refuse(new EngineError('engine crashed', 'crash'));
  expect(await screen.findByTestId('import-error')).toBeInTheDocument();
  expect(worker.asked).toHaveLength(1);
});
