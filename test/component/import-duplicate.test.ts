// Importing the same content again offers Replace or "Don't import"; that answer belongs to the
// workspace holding the copy, and must not keep a file out of another one.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import { csvFile, datasetRecord, harness, settle } from './import-harness.ts';

const SUBS = 'customer_id,start_date,mrr\nc1,2024-01-05,49\nc2,2024-02-05,19\n';

beforeEach(() => locale.set('en'));

describe('a file already imported into the target workspace', () => {
  it('offers Replace, can be left out, and is importable again when sent to a new workspace', async () => {
    let acme = '';
    const h = await harness((workspaceId) => (workspaceId === acme ? { id: 'd1', name: 'subs.csv' } : null));
    acme = (await h.workspaces.create('Acme')).id;
    h.session.add([csvFile('subs.csv', SUBS)]);
    await settle();
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });

    expect(await screen.findByTestId('import-duplicate')).toHaveTextContent('subs.csv');
    expect(screen.getByTestId('import-replace')).toBeChecked();
    expect(screen.getByTestId('import-confirm')).toBeEnabled();

    await userEvent.click(screen.getByRole('radio', { name: 'Don’t import this file' }));
    expect(screen.getByTestId('import-confirm')).toBeDisabled();

    await userEvent.selectOptions(screen.getByTestId('import-target'), 'A new workspace');
    await settle();
    expect(screen.queryByTestId('import-duplicate')).toBeNull();
    expect(screen.getByTestId('import-confirm')).toBeEnabled();
    expect(screen.getByTestId('import-confirm')).toHaveTextContent(/^Import$/);

    // Back to the workspace with the copy: the question is asked again, Replace first.
    await userEvent.selectOptions(screen.getByTestId('import-target'), 'Acme');
    expect(await screen.findByTestId('import-replace')).toBeChecked();
  });
});

describe('re-mapping a dataset', () => {
  const stored = datasetRecord({
    name: 'Subscriptions 2024',
    size: SUBS.length,
    mapping: { customer_id: 'customer_id', start: 'start_date', mrr: 'mrr' },
  });

  it('says nothing more for the file the dataset came from, and warns for another file', async () => {
    const h = await harness((_ws, file) =>
      file.name === 'subs.csv' ? { id: 'd1', name: 'subs.csv' } : null,
    );
    h.session.add([csvFile('subs.csv', SUBS)], stored);
    h.session.add([csvFile('other.csv', SUBS.replace('49', '59'))], stored);
    await settle();
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    const [same, other] = await screen.findAllByTestId('import-preview');
    expect(same).toHaveTextContent('Re-mapping “Subscriptions 2024”: importing replaces it.');
    expect(within(same).queryByTestId('remap-other-file')).toBeNull();
    expect(within(other).getByTestId('remap-other-file')).toHaveTextContent(
      'This is not the file “subs.csv” was imported from',
    );
    // Both are compared with the datasets of the re-mapped dataset's own workspace.
    expect(h.analyses().map((r) => [r.type, r.workspaceId])).toEqual([
      ['analyse', 'w'],
      ['analyse', 'w'],
    ]);
  });
});
