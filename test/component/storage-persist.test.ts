// Imported data lives only in this browser: once something is stored the page asks for lasting
// storage, and if the browser refuses, the user learns the data may vanish and keeps the files.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/datasets/ingest.ts';
import { commitDataset } from '../../src/db/datasets.ts';
import type { DatasetRecord } from '../../src/db/schema.ts';
import { EngineClient } from '../../src/state/engine-client.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import type { EngineRequest, EngineResponse } from '../../src/worker/protocol.ts';
import { csvFile, harness, texts, type Harness } from './import-harness.ts';

const CSV =
  'customer_id,subscription_id,plan,status,start,end,amount,interval\nc1,s1,Pro,active,2024-01-05,,49,month\n';

/** A worker that stores each file as a dataset, or fails a file named full-*.csv as a full disk. */
function storingWorker(h: Harness) {
  const worker = {
    onmessage: null as ((e: MessageEvent<EngineResponse>) => void) | null,
    onerror: null,
    async postMessage(req: EngineRequest) {
      const reply = (msg: EngineResponse) => worker.onmessage!({ data: msg } as MessageEvent);
      if (req.type === 'analyse') {
        const analysis = analyse(
          new TextEncoder().encode(texts.get(req.file.name) ?? ''),
          req.file.name,
          req.options,
        );
        reply({
          type: 'analysis',
          id: req.id,
          answer: { analysis, duplicateOf: null, rememberedMapping: false, partial: false },
        });
      } else if (req.type === 'import') {
        if (req.file.name.startsWith('full-'))
          return reply({ type: 'error', id: req.id, code: 'storage-quota', message: 'QuotaExceededError' });
        const { rejected, ...dataset } = record(req.workspaceId, req.file.name);
        await commitDataset(h.db, { ...dataset, rejected });
        reply({ type: 'imported', id: req.id, answer: { dataset, rejectedHead: [], rejectedCount: 0 } });
      }
    },
  };
  return worker;
}

function record(workspaceId: string, name: string): DatasetRecord {
  return {
    id: crypto.randomUUID(),
    workspaceId,
    state: 'ready',
    kind: 'subscriptions',
    name,
    fileName: name,
    size: CSV.length,
    hash: name,
    importedAt: 1,
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    dateOrder: 'YMD',
    mapping: {},
    rowsStored: 1,
    rejected: [],
    chunkCount: 1,
    currencies: [],
  };
}

let storage: { persisted: ReturnType<typeof vi.fn>; persist: ReturnType<typeof vi.fn> };

/** The browser's answers: whether storage is already lasting, and whether a request is granted. */
function browser(persisted: boolean, grants: boolean | 'fails') {
  storage = {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() =>
      grants === 'fails'
        ? Promise.reject(new DOMException('no', 'NotAllowedError'))
        : Promise.resolve(grants),
    ),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

beforeEach(() => locale.set('en'));
afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
});

async function setUp() {
  const h = await harness();
  const client = new EngineClient(storingWorker(h) as unknown as Worker);
  const session = new ImportSession(
    () => client,
    h.workspaces,
    () => 'My workspace',
  );
  render(ImportPanel, { session, workspaces: h.workspaces });
  const user = userEvent.setup();
  const confirm = vi.spyOn(session, 'confirm');
  /** Chooses a file and imports it as the user would; resolves once the import is all done. */
  const importFile = async (name: string) => {
    session.add([csvFile(name, CSV)]);
    await vi.waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    await user.click(screen.getByTestId('import-confirm'));
    await confirm.mock.results.at(-1)?.value;
  };
  return { h, importFile };
}

const refusal = () => screen.queryByRole('note');

describe('lasting storage', () => {
  it('asks after the first stored import and, when refused, says the data may go: keep the files', async () => {
    browser(false, false);
    const { h, importFile } = await setUp();
    expect(storage.persist).not.toHaveBeenCalled();

    await importFile('subscriptions.csv');
    expect(await h.db.datasets.count()).toBe(1);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(refusal()).not.toBeNull());
    expect(refusal()).toHaveTextContent('did not grant lasting storage');
    expect(refusal()).toHaveTextContent('may delete the imported data');
    expect(refusal()).toHaveTextContent('Keep your original files.');

    locale.set('pl');
    await vi.waitFor(() => expect(refusal()).toHaveTextContent('Zachowaj oryginalne pliki.'));
  });

  it('shows no warning when the browser grants it', async () => {
    browser(false, true);
    const { importFile } = await setUp();
    await importFile('subscriptions.csv');
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(refusal()).toBeNull();
  });

  it('does not ask when storage is already lasting', async () => {
    browser(true, false);
    const { importFile } = await setUp();
    await importFile('subscriptions.csv');
    expect(storage.persisted).toHaveBeenCalled();
    expect(storage.persist).not.toHaveBeenCalled();
    expect(refusal()).toBeNull();
  });

  it('asks once: a second import neither asks again nor hides the warning', async () => {
    browser(false, false);
    const { h, importFile } = await setUp();
    await importFile('january.csv');
    await importFile('february.csv');
    expect(await h.db.datasets.count()).toBe(2);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(refusal()).toHaveTextContent('Keep your original files.');
  });

  it('does not ask when nothing was stored, and asks after the next import that is', async () => {
    browser(false, false);
    const { h, importFile } = await setUp();
    await importFile('full-disk.csv');
    expect(await screen.findByTestId('import-error')).toHaveTextContent('storage for this site is full');
    expect(await h.db.datasets.count()).toBe(0);
    expect(storage.persist).not.toHaveBeenCalled();
    expect(refusal()).toBeNull();

    await importFile('subscriptions.csv');
    expect(storage.persist).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(refusal()).toHaveTextContent('Keep your original files.'));
  });

  it('warns as for a refusal when the browser fails to answer', async () => {
    browser(false, 'fails');
    const { importFile } = await setUp();
    await importFile('subscriptions.csv');
    await vi.waitFor(() => expect(refusal()).toHaveTextContent('Keep your original files.'));
  });
});
