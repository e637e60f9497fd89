// The page's side of the multi-currency stop: the engine client routes the worker's question to
// the import session, the panel shows the dialog, and the answer (or the cancel) goes back to
// the worker under the id of the waiting import. The worker is a stand-in speaking the protocol.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/datasets/ingest.ts';
import { EngineClient } from '../../src/state/engine-client.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import type { EngineRequest, EngineResponse } from '../../src/worker/protocol.ts';
import { csvFile, harness, texts } from './import-harness.ts';

beforeEach(() => locale.set('en'));

const CSV = [
  'customer_id,subscription_id,plan,status,start,end,amount,interval,currency',
  'c1,s1,Starter,active,2024-01-05,,49,month,usd',
  'c2,s2,Starter,active,2024-01-06,,45,month,eur',
].join('\n');

/** A worker that stops every import with one question before it commits, and answers `rates` or `cancel`. */
function stopWorker() {
  const received: EngineRequest[] = [];
  const held = new Map<number, string>();
  const worker = {
    onmessage: null as ((e: MessageEvent<EngineResponse>) => void) | null,
    onerror: null,
    postMessage(req: EngineRequest) {
      received.push(req);
      const reply = (msg: EngineResponse) =>
        setTimeout(() => worker.onmessage!({ data: msg } as MessageEvent));
      const ask = (id: number, fileName: string) =>
        reply({
          type: 'currencies',
          id,
          question: { codes: ['EUR', 'USD'], missing: ['EUR', 'USD'], fileName, currency: null, fx: {} },
        });
      if (req.type === 'analyse') {
        const bytes = new TextEncoder().encode(texts.get(req.file.name) ?? '');
        const analysis = analyse(bytes, req.file.name, req.options);
        reply({
          type: 'analysis',
          id: req.id,
          answer: { analysis, duplicateOf: null, rememberedMapping: false, partial: false },
        });
      } else if (req.type === 'import') {
        // An import read ahead asks once it is released into a workspace.
        if (req.held) held.set(req.id, req.file.name);
        else ask(req.id, req.file.name);
      } else if (req.type === 'release') {
        const fileName = held.get(req.importId);
        if (fileName) ask(req.importId, fileName);
      } else if (req.type === 'cancel') {
        reply({ type: 'cancelled', id: req.importId });
      }
    },
  };
  return { worker, received };
}

/** The panel with two.csv previewed (and read ahead, with `readAhead`), not yet confirmed. */
async function previewed(readAhead: boolean) {
  const h = await harness();
  const { worker, received } = stopWorker();
  const client = new EngineClient(worker as unknown as Worker);
  const session = new ImportSession(
    () => client,
    h.workspaces,
    () => 'My workspace',
    readAhead,
  );
  render(ImportPanel, { session, workspaces: h.workspaces });
  session.add([csvFile('two.csv', CSV)]);
  await vi.waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
  // The person reads the preview while the file is read ahead.
  if (readAhead) await vi.waitFor(() => expect(received.some((r) => r.type === 'import')).toBe(true));
  return { session, received };
}

async function setUp(readAhead = false) {
  const { session, received } = await previewed(readAhead);
  const user = userEvent.setup();
  await user.click(screen.getByTestId('import-confirm'));
  const dialog = await screen.findByRole('dialog', { name: 'two.csv: money in several currencies' });
  const importId = received.find((r) => r.type === 'import')!.id;
  return { session, received, dialog, importId, user };
}

describe('an import stopped for conversion rates', () => {
  it('asks about a file read ahead once the confirm releases it, under the same import', async () => {
    const { received, dialog, importId, user } = await setUp(true);
    const held = received.find((r) => r.type === 'import');
    expect(held).toMatchObject({ held: true, id: importId });
    expect(received.filter((r) => r.type === 'release')).toEqual([expect.objectContaining({ importId })]);
    await user.click(within(dialog).getByRole('radio', { name: 'USD' }));
    await user.type(within(dialog).getByLabelText('1 EUR in USD'), '1.08');
    await user.click(within(dialog).getByRole('button', { name: 'Save rates and import' }));
    expect(received.filter((r) => r.type === 'rates')).toEqual([expect.objectContaining({ importId })]);
  });

  it('sends the chosen currency and rates back to the waiting import', async () => {
    const { session, received, dialog, importId, user } = await setUp();
    await user.click(within(dialog).getByRole('radio', { name: 'USD' }));
    await user.type(within(dialog).getByLabelText('1 EUR in USD'), '1.08');
    await user.click(within(dialog).getByRole('button', { name: 'Save rates and import' }));
    expect(received.filter((r) => r.type === 'rates')).toEqual([
      expect.objectContaining({ importId, answer: { currency: 'USD', fx: { EUR: 1.08 } } }),
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(session.running).toBe(true);
  });

  it('cancels the waiting import, and the panel says nothing was stored', async () => {
    const { session, received, dialog, importId, user } = await setUp();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel import' }));
    expect(received.filter((r) => r.type === 'cancel')).toEqual([expect.objectContaining({ importId })]);
    expect(received.some((r) => r.type === 'rates')).toBe(false);
    await vi.waitFor(() => expect(session.running).toBe(false));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('import-cancelled')).toHaveTextContent('cancelled: nothing of it was stored');
  });
});

describe('erasing all data while an import waits for rates', () => {
  it('cancels the import and waits until the worker has let go of it', async () => {
    const { session, received, importId } = await setUp();
    let reset = false;
    const resetting = session.reset().then(() => (reset = true));
    expect(received.filter((r) => r.type === 'cancel')).toEqual([expect.objectContaining({ importId })]);
    // The worker answers the cancel in a later task: until then, the erase must not start.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(reset).toBe(false);
    await resetting;
    expect(session.running).toBe(false);
    expect(session.items).toEqual([]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('drops a file read ahead before it was confirmed', async () => {
    const { session, received } = await previewed(true);
    const held = received.find((r) => r.type === 'import')!.id;
    await session.reset();
    expect(received.filter((r) => r.type === 'cancel')).toEqual([
      expect.objectContaining({ importId: held }),
    ]);
    expect(session.items).toEqual([]);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });
});
