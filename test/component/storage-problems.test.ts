// When the browser will not store data (a full disk, a private window, no IndexedDB at all) the
// user is told why in plain words, in their language, instead of a generic failure.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/datasets/ingest.ts';
import { YardstickDb } from '../../src/db/schema.ts';
import { workspaces } from '../../src/state/app.svelte.ts';
import type { EngineClient } from '../../src/state/engine-client.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { Workspaces } from '../../src/state/workspaces.svelte.ts';
import StorageProblem from '../../src/ui/reliability/StorageProblem.svelte';
import { memoryDatabase } from '../../src/db/memory.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import { csvFile, texts } from './import-harness.ts';
import { goToHash } from './hash.ts';

// The page's database is made per test, so each test opens it afresh; no worker runs in jsdom.
const page = vi.hoisted(() => ({ db: null as unknown }));
vi.mock(import('../../src/state/engine.ts'), () => ({
  db: () => page.db as YardstickDb,
  engine: () => ({}) as EngineClient,
}));

beforeEach(async () => {
  locale.set('en');
  workspaces.problem = null;
  await goToHash('#/import');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a full disk', () => {
  const CSV =
    'customer_id,subscription_id,plan,status,start,end,amount,interval\nc1,s1,Pro,active,2024-01-05,,49,month\n';
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  let n = 0;

  /** The import page over a database whose disk refuses every new workspace with `refusal`. */
  async function importWhileFull(refusal: () => Error) {
    const db = new YardstickDb(`storage-problems-${++n}`);
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return name === 'workspaces' ? { ...table, mutate: () => Promise.reject(refusal()) } : table;
        },
      }),
    });
    const ws = new Workspaces(
      () => db,
      () => 'en-US',
    );
    await ws.load();
    const engine = {
      request: (type: string, req: { file: File; options: never }) =>
        Promise.resolve({
          type: 'analysis',
          id: 1,
          answer: {
            analysis: analyse(
              new TextEncoder().encode(texts.get(req.file.name) ?? ''),
              req.file.name,
              req.options,
            ),
            duplicateOf: null,
            rememberedMapping: false,
            partial: false,
          },
        }),
      // The file read ahead is dropped when the import fails before it starts.
      cancel: () => undefined,
    } as unknown as EngineClient;
    const session = new ImportSession(
      () => engine,
      ws,
      () => 'My workspace',
    );
    render(ImportPanel, { session, workspaces: ws });
    session.add([csvFile('subscriptions.csv', CSV)]);
    await vi.waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    await userEvent.click(screen.getByTestId('import-confirm'));
    const error = await screen.findByTestId('import-error');
    expect(await db.workspaces.count()).toBe(0);
    return error;
  }

  it('says the browser’s storage is full and what to free', async () => {
    const error = await importWhileFull(quota);
    expect(error).toHaveRole('alert');
    expect(error).toHaveTextContent('The browser’s storage for this site is full.');
    expect(error).toHaveTextContent('Delete datasets or workspaces you no longer need, or free disk space');
  });

  it('says so in Polish too when the refusal comes inside an aborted transaction', async () => {
    locale.set('pl');
    const error = await importWhileFull(() => new Dexie.AbortError('Transaction aborted', quota()));
    expect(error).toHaveTextContent('Miejsce w przeglądarce dla tej witryny jest pełne.');
    expect(error).not.toHaveTextContent('Nie udało się zapisać danych.');
  });
});

describe('a browser that does not let the site store data', () => {
  const refusals: [string, () => void][] = [
    [
      'open() throws (storage access denied)',
      () =>
        vi.spyOn(indexedDB, 'open').mockImplementation(() => {
          throw new DOMException('Access to storage is not allowed.', 'SecurityError');
        }),
    ],
    [
      'open() fails (a private window)',
      () =>
        vi.spyOn(indexedDB, 'open').mockImplementation(() => {
          const req = new EventTarget() as IDBOpenDBRequest;
          const error = new DOMException(
            'A mutation operation was attempted on a database.',
            'InvalidStateError',
          );
          Object.defineProperty(req, 'error', { value: error });
          req.addEventListener('error', (e) => req.onerror?.(e));
          setTimeout(() => req.dispatchEvent(new Event('error')));
          return req;
        }),
    ],
    [
      'there is no IndexedDB',
      () => {
        vi.stubGlobal('indexedDB', undefined);
        // Dexie takes the browser's IndexedDB when it loads; a browser without one has none.
        vi.spyOn(Dexie.dependencies, 'indexedDB', 'get').mockReturnValue(undefined as never);
      },
    ],
  ];

  it.each(refusals)('runs the session in memory and says nothing is kept, when %s', async (_, refuse) => {
    refuse();
    page.db = new YardstickDb();
    const ws = new Workspaces(
      () => page.db as YardstickDb,
      () => 'en-US',
      async () => {
        page.db = await memoryDatabase();
      },
    );
    render(StorageProblem, { workspaces: ws });
    await ws.load();
    expect(ws.memory).toBe(true);
    const banner = await screen.findByTestId('storage-problem');
    expect(banner).toHaveAttribute('data-code', 'unavailable');
    expect(banner).toHaveTextContent('Nothing will be kept after this tab closes');
    // The in-memory database takes what the session stores.
    await ws.create('Acme');
    expect(ws.list.map((w) => w.name)).toEqual(['Acme']);
  });

  it('says the session runs in memory only once it does, so a file chosen then goes there', async () => {
    refusals[1][1]();
    page.db = new YardstickDb();
    let switched: (() => void) | null = null;
    const ws = new Workspaces(
      () => page.db as YardstickDb,
      () => 'en-US',
      async () => {
        await new Promise<void>((resolve) => (switched = resolve));
        page.db = await memoryDatabase();
      },
    );
    render(StorageProblem, { workspaces: ws });
    const loading = ws.load();
    await vi.waitFor(() => expect(switched).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ws.opening).toBeNull();
    expect(screen.queryByTestId('storage-problem')).toBeNull();
    switched!();
    await loading;
    expect(ws.memory).toBe(true);
    expect(ws.opening).toBe('unavailable');
    expect(await screen.findByTestId('storage-problem')).toHaveAttribute('data-code', 'unavailable');
  });

  it('explains it in Indonesian', async () => {
    locale.set('id');
    refusals[1][1]();
    page.db = new YardstickDb();
    const ws = new Workspaces(
      () => page.db as YardstickDb,
      () => 'en-US',
    );
    render(StorageProblem, { workspaces: ws });
    await ws.load();
    expect(await screen.findByTestId('storage-problem')).toHaveTextContent(
      'Tidak ada yang disimpan setelah tab ini ditutup',
    );
  });
});
