// A file is previewed for the workspace it will be imported into, which need not be the current
// one: that workspace's locale reads it and its datasets are checked for a copy (datasets.md §3,
// §6), and the import stores what the preview showed.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/datasets/ingest.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import type { EngineRequest, ImportDestination } from '../../src/worker/protocol.ts';
import { stagedRecord } from '../unit/db/records.ts';
import { csvFile, harness, settle, type Harness } from './import-harness.ts';

beforeEach(() => locale.set('en'));

type Import = Extract<EngineRequest, { type: 'import' }>;

async function previewed() {
  for (let step = 0; step < 7; step++) await settle();
}

/** The import that stores the file: the read ahead once released, else the one of the confirm. */
function stored(h: Harness): { request: Import; to: ImportDestination } {
  const imports = h.requests.filter((r): r is Import => r.type === 'import');
  const release = h.requests.find((r) => r.type === 'release');
  if (release?.type === 'release') {
    const request = imports.find((r) => r.id === release.importId)!;
    return { request, to: release.to };
  }
  const request = imports.at(-1)!;
  return { request, to: { workspaceId: request.workspaceId, replaceId: request.replaceId } };
}

describe('the workspace a file is previewed for', () => {
  // Every date ambiguous: the workspace's locale decides day-first or month-first.
  const AMBIGUOUS = [
    'customer_id,plan,start_date,amount,interval',
    'c1,Pro,03/04/2024,49,month',
    'c2,Team,05/06/2024,30,month',
  ].join('\n');
  const startOrder = (options: Import['options']) =>
    analyse(new TextEncoder().encode(AMBIGUOUS), 'subs.csv', options).columns.find(
      (c) => c.header === 'start_date',
    )?.dateOrder;

  it('reads it with the locale of the workspace chosen under "Import into", and so does the import', async () => {
    const h = await harness();
    const home = await h.workspaces.create('Home');
    const british = await h.workspaces.create('British');
    await h.workspaces.saveSettings({ locale: 'en-GB' });
    await h.workspaces.select(home.id);

    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([csvFile('subs.csv', AMBIGUOUS)]);
    await previewed();
    const before = h.session.items[0].answer!.analysis.columns.find((c) => c.header === 'start_date');
    expect(before?.dateOrder).toBe('MDY');

    await userEvent.selectOptions(screen.getByTestId('import-target'), 'British');
    await previewed();
    const item = h.session.items[0];
    expect(item.status).toBe('ready');
    const shown = item.answer!.analysis.columns.find((c) => c.header === 'start_date')?.dateOrder;
    expect(shown).toBe('DMY');

    await h.session.confirm();
    const { request, to } = stored(h);
    expect(to.workspaceId).toBe(british.id);
    expect(startOrder(request.options)).toBe('DMY');
  });

  it('is checked again when another workspace is chosen in the header while the preview is shown', async () => {
    let holder = '';
    // The file is already stored in the second workspace, as dataset d-copy.
    const h = await harness((workspaceId) =>
      workspaceId === holder ? { id: 'd-copy', name: 'subs.csv' } : null,
    );
    const first = await h.workspaces.create('First');
    const second = await h.workspaces.create('Second');
    holder = second.id;
    await h.workspaces.select(first.id);

    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([
      csvFile(
        'subs.csv',
        'customer_id,plan,start_date,end_date,amount,interval\nc1,Pro,2024-01-05,,49,month',
      ),
    ]);
    await previewed();
    expect(h.session.items[0].answer?.duplicateOf).toBeNull();

    await h.workspaces.select(second.id);
    await previewed();
    // The copy is found, and the person is asked (replace by default) before anything is stored.
    expect(h.session.items[0].answer?.duplicateOf?.id).toBe('d-copy');
    expect(screen.getByTestId('import-duplicate')).toBeTruthy();

    await h.session.confirm();
    expect(stored(h).to).toEqual({ workspaceId: second.id, replaceId: 'd-copy' });
  });

  it('follows another workspace chosen in the header, but a re-map stays in its dataset’s workspace', async () => {
    const h = await harness();
    const home = await h.workspaces.create('Home');
    const other = await h.workspaces.create('Other');
    await h.workspaces.select(home.id);
    const dataset = stagedRecord('d1', home.id, {
      state: 'ready',
      kind: 'subscriptions',
      fileName: 'old.csv',
    });
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    h.session.add([csvFile('new.csv', AMBIGUOUS)]);
    h.session.add([csvFile('again.csv', AMBIGUOUS)], dataset);
    await previewed();
    expect(h.analyses().map((a) => [a.file.name, a.workspaceId])).toEqual([
      ['new.csv', home.id],
      ['again.csv', home.id],
    ]);

    await h.workspaces.select(other.id);
    await previewed();
    // Only the new file is previewed again, for the workspace it would now go to.
    expect(
      h
        .analyses()
        .slice(2)
        .map((a) => [a.file.name, a.workspaceId]),
    ).toEqual([['new.csv', other.id]]);
  });
});
