// The file a confirm would import first is read ahead while its preview is shown (read-ahead.ts):
// held by the worker under no workspace, released into the workspace of the confirm, and dropped
// when the file or a choice changes. The harness's worker records what it was sent.
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import type { EngineRequest } from '../../src/worker/protocol.ts';
import { csvFile, datasetRecord, harness, settle, type Harness } from './import-harness.ts';

beforeEach(() => locale.set('en'));

const SUBS = [
  'customer_id,plan,start_date,end_date,amount,interval',
  'c1,Pro,2024-01-05,,49,month',
  'c2,Team,2024-02-10,,30,month',
].join('\n');

const NPS = ['respondent_id,score,submitted_at', 'r1,9,2024-01-02', 'r2,3,2024-01-03'].join('\n');

type Held = Extract<EngineRequest, { type: 'import' }>;
const heldImports = (h: Harness) =>
  h.requests.filter((r): r is Held => r.type === 'import' && r.held === true);
const of = (h: Harness, type: 'cancel' | 'release') => h.requests.filter((r) => r.type === type);

/** Settles the preview, drawn in steps a frame apart, then the read ahead that follows it. */
async function previewed() {
  for (let step = 0; step < 7; step++) await settle();
}

async function shown(files: File[]) {
  const h = await harness();
  render(ImportPanel, { session: h.session, workspaces: h.workspaces });
  h.session.add(files);
  await previewed();
  return h;
}

/** The held import, once released, answers that the file was stored. */
function storedOnRelease(h: Harness, importId: number): void {
  h.held(importId).onRelease(() => ({
    type: 'imported',
    id: importId,
    answer: {
      dataset: datasetRecord({ workspaceId: h.workspaces.currentId ?? '', size: SUBS.length }),
      rejectedHead: [],
      rejectedCount: 0,
    },
  }));
}

describe('reading the first file ahead while its preview is shown', () => {
  it('starts once the preview is ready, with the kind and mapping it shows, under no workspace', async () => {
    const h = await shown([csvFile('subs.csv', SUBS), csvFile('survey.csv', NPS)]);
    const held = heldImports(h);
    // One read: the file a confirm imports first.
    expect(held).toHaveLength(1);
    const preview = h.session.items[0].answer!.analysis;
    expect(held[0]).toMatchObject({
      workspaceId: '',
      file: { name: 'subs.csv' },
      options: { locale: 'en-US', kind: 'subscriptions', mapping: preview.mapping },
    });
    expect(h.requests.filter((r) => r.type === 'import' && !r.held)).toEqual([]);
  });

  it('waits until the preview is drawn: a file whose preview is not on screen is not read', async () => {
    const h = await harness();
    h.session.add([csvFile('subs.csv', SUBS)]);
    await previewed();
    expect(h.session.items[0].status).toBe('ready');
    expect(heldImports(h)).toEqual([]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await previewed();
    expect(heldImports(h)).toHaveLength(1);
  });

  it('reads nothing ahead on a machine with fewer than four cores', async () => {
    const h = await harness();
    const session = new ImportSession(
      () => h.engine,
      h.workspaces,
      () => 'My workspace',
    );
    // The test DOM reports two cores, as the machine this was measured on.
    expect(navigator.hardwareConcurrency).toBeLessThan(4);
    render(ImportPanel, { session, workspaces: h.workspaces });
    session.add([csvFile('subs.csv', SUBS)]);
    await previewed();
    expect(session.items[0].previewDrawn).toBe(true);
    expect(heldImports(h)).toEqual([]);
  });

  it('reads nothing ahead when the engine runs in the page (no storage)', async () => {
    const h = await harness();
    Object.assign(h.engine, { inPage: true });
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([csvFile('subs.csv', SUBS)]);
    await previewed();
    expect(h.session.items[0].previewDrawn).toBe(true);
    expect(heldImports(h)).toEqual([]);
  });

  it('is taken over by the confirm: released into the workspace it creates, with no second read', async () => {
    const h = await shown([csvFile('subs.csv', SUBS)]);
    const [held] = heldImports(h);
    // Stored: a workspace made for an import that stores nothing is removed again.
    storedOnRelease(h, held.id);
    await h.session.confirm();
    const created = h.workspaces.list.find((w) => w.name === 'My workspace')!;
    expect(of(h, 'release')).toEqual([
      expect.objectContaining({ importId: held.id, to: { workspaceId: created.id, replaceId: undefined } }),
    ]);
    expect(h.requests.filter((r) => r.type === 'import')).toEqual([held]);
    expect(of(h, 'cancel')).toEqual([]);
  });

  it('drops the read and starts another when a choice in the preview changes', async () => {
    const h = await shown([csvFile('subs.csv', SUBS)]);
    const [first] = heldImports(h);
    h.session.setDecimal(h.session.items[0], 'amount', ',');
    await previewed();
    expect(of(h, 'cancel')).toEqual([expect.objectContaining({ importId: first.id })]);
    const [, second] = heldImports(h);
    expect(second.options).toMatchObject({ decimal: { amount: ',' }, kind: 'subscriptions' });
    // The confirm takes the newer read.
    await h.session.confirm();
    expect(of(h, 'release')).toEqual([expect.objectContaining({ importId: second.id })]);
  });

  it('drops the read when the file is removed or skipped, and reads the next file instead', async () => {
    const h = await shown([csvFile('subs.csv', SUBS), csvFile('survey.csv', NPS)]);
    const [subs] = heldImports(h);
    h.session.remove(h.session.items[0]);
    await previewed();
    expect(of(h, 'cancel')).toEqual([expect.objectContaining({ importId: subs.id })]);
    const [, survey] = heldImports(h);
    expect(survey.file.name).toBe('survey.csv');
    h.session.items[0].skip = true;
    await previewed();
    expect(of(h, 'cancel').map((r) => r.type === 'cancel' && r.importId)).toEqual([subs.id, survey.id]);
    expect(heldImports(h)).toHaveLength(2);
  });

  it('is not used when the confirm imports with other options: that read is dropped', async () => {
    const h = await harness();
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([csvFile('subs.csv', SUBS)]);
    await previewed();
    const [held] = heldImports(h);
    expect(held.options.decimal).toBeUndefined();
    // A choice that lands as the confirm starts, before the read ahead could follow it.
    h.session.items[0].overrides = { ...h.session.items[0].overrides, decimal: { amount: ',' } };
    await h.session.confirm();
    expect(of(h, 'cancel')).toEqual([expect.objectContaining({ importId: held.id })]);
    expect(of(h, 'release')).toEqual([]);
    expect(h.requests.filter((r) => r.type === 'import' && !r.held)).toEqual([
      expect.objectContaining({ options: expect.objectContaining({ decimal: { amount: ',' } }) }),
    ]);
  });

  it('reads with the locale its preview read with, even where the workspace the confirm creates reads otherwise', async () => {
    const h = await harness();
    // The preview assumes Polish; the workspace the confirm creates starts in English.
    h.workspaces.localeForNew = () => 'pl';
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([csvFile('subs.csv', SUBS)]);
    await previewed();
    const [held] = heldImports(h);
    expect(held.options.locale).toBe('pl');
    await h.session.confirm();
    expect(of(h, 'cancel')).toEqual([]);
    expect(of(h, 'release')).toEqual([expect.objectContaining({ importId: held.id })]);
  });

  it('shows what the read did while held once the confirm takes it over, then its end', async () => {
    const h = await shown([csvFile('subs.csv', SUBS)]);
    const [held] = heldImports(h);
    const total = held.file.size;
    h.held(held.id).progress({ rows: 2, bytes: total, totalBytes: total, rowsPerSecond: 100 });
    storedOnRelease(h, held.id);
    await h.session.confirm();
    expect(h.session.items[0].status).toBe('done');
    // The progress is the read's (every byte), not a fresh start at zero.
    expect(h.session.items[0].progress).toMatchObject({ rows: 2, bytes: total });
    expect(await screen.findByTestId('import-done')).toHaveAttribute('data-rows', '2');
  });

  it('stops when the Import view is left, and reads again when it is shown', async () => {
    const h = await harness();
    const view = render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([csvFile('subs.csv', SUBS)]);
    await previewed();
    const [first] = heldImports(h);
    view.unmount();
    await previewed();
    expect(of(h, 'cancel')).toEqual([expect.objectContaining({ importId: first.id })]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await previewed();
    expect(heldImports(h)).toHaveLength(2);
  });

  it('is not taken when it failed: the confirm imports afresh', async () => {
    const h = await shown([csvFile('subs.csv', SUBS)]);
    const [held] = heldImports(h);
    h.held(held.id).fail(new Error('QuotaExceededError'));
    await h.session.confirm();
    expect(of(h, 'release')).toEqual([]);
    expect(h.requests.filter((r) => r.type === 'import' && !r.held)).toHaveLength(1);
  });
});
