import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import { csvFile, harness, settle } from './import-harness.ts';

const NPS = [
  'respondent_id,submitted_at,rating,comment',
  ...Array.from({ length: 25 }, (_, i) => `r${i},0${(i % 9) + 1}/02/2024,${i % 11},ok`),
].join('\n');

beforeEach(() => locale.set('en'));

describe('import preview', () => {
  it('shows the encoding, the kind, the mapping, the conventions and the interpreted rows', async () => {
    const h = await harness();
    h.session.add([csvFile('survey.csv', NPS)]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('preview-encoding')).toHaveTextContent('utf-8');
    expect(within(preview).getByTestId('preview-delimiter')).toHaveTextContent('comma');
    expect(within(preview).getByLabelText('Dataset kind')).toHaveValue('nps');

    // One dropdown per canonical field; the required ones are marked. The mapping, the conventions
    // and the sample are drawn in steps after the facts, each a task later.
    const score = await within(preview).findByRole('combobox', { name: 'score' });
    expect(score).toHaveValue('rating');
    expect(score).toHaveAttribute('aria-required', 'true');
    expect(within(preview).getByRole('combobox', { name: 'comment' })).toHaveAttribute(
      'aria-required',
      'false',
    );

    // 01/02/2024 … 09/02/2024 are ambiguous: the en-US workspace reads them month first.
    const submitted = await within(preview).findByRole('combobox', { name: 'submitted_at' });
    expect(submitted).toHaveValue('MDY');
    const sample = await within(preview).findByTestId('preview-sample');
    expect(sample.querySelectorAll('tbody tr')).toHaveLength(20);
    expect(within(sample).getAllByRole('row')[1]).toHaveTextContent('2024-01-02');

    await userEvent.selectOptions(submitted, 'DMY');
    await settle();
    expect(h.analyses().at(-1)).toMatchObject({
      type: 'analyse',
      options: { dateOrder: { submitted_at: 'DMY' } },
    });
    expect(within(screen.getByTestId('preview-sample')).getAllByRole('row')[1]).toHaveTextContent(
      '2024-02-01',
    );
    expect(screen.getByTestId('import-confirm')).toBeEnabled();
  });

  it('lists the rows the import would skip, with their lines, before anything is stored', async () => {
    locale.set('pl');
    const h = await harness();
    const bad = NPS.replace('r3,04/02/2024,3,ok', 'r3,04/02/2024,12,ok').replace(
      'r7,08/02/2024,7,ok',
      'r7,08/02/2024,7',
    );
    h.session.add([csvFile('survey.csv', bad)]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();
    const check = await screen.findByTestId('preview-check');
    expect(check).toHaveAttribute('data-rejected', '2');
    expect(check).toHaveTextContent('Spośród pierwszych wierszy (25) nie da się odczytać części (2)');
    expect(
      within(check)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Wiersz 5: score: „12” nie jest liczbą całkowitą od 0 do 10',
      'Wiersz 9: liczba pól: 3 zamiast 4 (za mało)',
    ]);
    expect(await h.db.datasets.count()).toBe(0);
  });

  it('re-analyses with the user mapping and blocks the import while a required field is unmapped', async () => {
    const h = await harness();
    h.session.add([csvFile('survey.csv', NPS)]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();

    const score = await screen.findByRole('combobox', { name: 'score' });
    await userEvent.selectOptions(score, '');
    await settle();
    expect(h.analyses().at(-1)).toMatchObject({ options: { kind: 'nps', mapping: { score: null } } });
    expect(screen.getByText('Map a column to: score.')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('import-confirm')).toBeDisabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'score' }), 'rating');
    await settle();
    expect(screen.getByTestId('import-confirm')).toBeEnabled();
  });

  it('switches a number convention and shows the values as they will be stored', async () => {
    const h = await harness();
    h.session.add([csvFile('sheet.csv', 'month,revenue\n2024-01,"1,500"\n2024-02,"2,250"\n')]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();

    // The sample is the last step of the preview: the mapping and the conventions are drawn by then.
    const sample = await screen.findByTestId('preview-sample');
    const [revenue] = screen.getAllByRole('combobox', { name: 'revenue' });
    const convention = screen.getAllByRole('combobox', { name: 'revenue' }).find((e) => e.dataset.convention);
    expect(convention).toHaveValue('.');
    expect(sample).toHaveTextContent('1,500');
    await userEvent.selectOptions(convention!, ',');
    await settle();
    expect(screen.getByTestId('preview-sample')).toHaveTextContent('1.5');
    expect(revenue).toBeInTheDocument();
  });

  it('lets the user choose a kind when none fits and names the file', async () => {
    const h = await harness();
    h.session.add([csvFile('mystery.csv', 'a,b\n1,2\n')]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();
    const kind = await screen.findByLabelText('Dataset kind');
    expect(kind).toHaveValue('');
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
    await userEvent.selectOptions(kind, 'nps');
    await settle();
    expect(h.analyses().at(-1)).toMatchObject({ options: { kind: 'nps' } });
    expect(screen.getByLabelText('Dataset kind')).toHaveValue('nps');
  });
});

describe('choosing files', () => {
  it('lists a file at once as being read, and never reads one removed before its analysis began', async () => {
    const h = await harness();
    h.session.add([csvFile('kept.csv', NPS), csvFile('removed.csv', NPS)]);
    expect(h.session.items.map((i) => i.status)).toEqual(['analysing', 'analysing']);
    expect(h.session.busy).toBe(true);
    h.session.remove(h.session.items[1]);
    await settle();
    expect(h.analyses().map((r) => r.file.name)).toEqual(['kept.csv']);
    expect(h.session.items.map((i) => i.status)).toEqual(['ready']);
    expect(h.session.busy).toBe(false);
  });
});

describe('re-map', () => {
  it('asks for the file again and pre-fills the stored kind and mapping, replacing the dataset', async () => {
    const h = await harness();
    const stored = {
      id: 'old',
      workspaceId: 'w',
      state: 'ready' as const,
      kind: 'nps' as const,
      name: 'survey.csv',
      fileName: 'survey.csv',
      size: 1,
      hash: 'h',
      importedAt: 1,
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.' as const,
      dateOrder: 'YMD' as const,
      mapping: { respondent_id: null, responded_at: 'submitted_at', score: 'rating', comment: null },
      rowsStored: 25,
      rejected: [],
      chunkCount: 1,
      currencies: [],
      chosen: { dateOrder: { submitted_at: 'DMY' as const } },
    };
    h.session.add([csvFile('survey.csv', NPS)], stored);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();
    // The conventions chosen at the first import come back too.
    expect(h.analyses()[0]).toMatchObject({
      type: 'analyse',
      options: {
        kind: 'nps',
        mapping: { comment: null, score: 'rating' },
        dateOrder: { submitted_at: 'DMY' },
      },
    });
    expect(await screen.findByText('Re-mapping “survey.csv”: importing replaces it.')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'comment' })).toHaveValue('');
    expect(h.session.items[0].replaceId).toBe('old');
  });
});
