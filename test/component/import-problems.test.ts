// Every import problem code has words in every language, and the page shows them in its own.
import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FileProblem, ImportWarning, RowReason } from '../../src/core/datasets/reasons.ts';
import { fileProblemEn, rowReasonEn, warningEn } from '../../src/i18n/reasons-english.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { catalogues } from '../../src/i18n/all.ts';
import { ImportItem } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import FilePreview from '../../src/ui/import/FilePreview.svelte';
import { fileProblemText, rowReasonText, warningText } from '../../src/ui/import/reason-text.ts';
import { csvFile, harness, settle } from './import-harness.ts';

type Every<T extends { code: string }> = { [C in T['code']]: Extract<T, { code: C }> };

// One example per code: a code added to the core without an example here fails to compile.
const ROWS: Every<RowReason> = {
  'quote-unclosed': { code: 'quote-unclosed' },
  'quote-trailing': { code: 'quote-trailing' },
  'field-count': { code: 'field-count', expected: 4, found: 5 },
  'cell-empty': { code: 'cell-empty', column: 'score' },
  'not-number': { code: 'not-number', column: 'amount', value: 'n/a' },
  'not-date': { code: 'not-date', column: 'start', value: '2024-02-30' },
  'not-month': { code: 'not-month', column: 'month', value: 'soon' },
  'not-interval': { code: 'not-interval', column: 'interval_unit', value: 'fortnightly' },
  'not-bool': { code: 'not-bool', column: 'is_trial', value: 'maybe' },
  'not-score': { code: 'not-score', column: 'score', value: '11' },
  'second-row': { code: 'second-row', period: '2023-01' },
};

const FILES: Every<FileProblem> = {
  spreadsheet: { code: 'spreadsheet' },
  'not-text': { code: 'not-text' },
  'bad-encoding': { code: 'bad-encoding', encoding: 'utf-16le' },
  'empty-file': { code: 'empty-file' },
  'no-header': { code: 'no-header' },
  'dated-too-large': { code: 'dated-too-large' },
  'rest-unreadable': { code: 'rest-unreadable', line: 3, lines: 3, rowsBefore: 1 },
  'kind-match': {
    code: 'kind-match',
    kind: 'leads',
    required: 2,
    optional: 1,
    next: { kind: 'events', required: 2, optional: 0 },
  },
  'kind-none': {
    code: 'kind-none',
    headers: ['usage_date', 'feature_name'],
    closest: {
      kind: 'events',
      found: [
        { header: 'usage_date', field: 'timestamp' },
        { header: 'feature_name', field: 'event' },
      ],
      missing: ['user_id'],
      orMrr: false,
    },
  },
  'kind-export': { code: 'kind-export', headers: ['id', 'Amount Refunded'], export: 'payments' },
  'stripe-no-price': { code: 'stripe-no-price', headers: ['id', 'Customer ID', 'Start (UTC)'] },
  'kind-tie': {
    code: 'kind-tie',
    headers: ['date', 'foo'],
    kinds: ['monthly_sheet', 'balance_sheet'],
    required: 1,
    optional: 0,
  },
  'kind-chosen': { code: 'kind-chosen', detected: null },
  'kind-transposed': {
    code: 'kind-transposed',
    detection: { code: 'kind-match', kind: 'balance_sheet', required: 1, optional: 4, next: null },
  },
  'missing-column': {
    code: 'missing-column',
    kind: 'events',
    missing: ['user_id'],
    headers: ['when', 'who'],
  },
};

const WARNINGS: Every<ImportWarning> = {
  'header-unnamed': { code: 'header-unnamed', column: 4, name: 'column_4' },
  'header-repeated': { code: 'header-repeated', column: 5, header: 'event', name: 'event_2' },
  'mapping-no-column': { code: 'mapping-no-column', field: 'plan', header: 'Tier' },
  'replacement-chars': { code: 'replacement-chars' },
  'no-interval-count': { code: 'no-interval-count' },
  'several-currencies': { code: 'several-currencies', currencies: ['EUR', 'USD'] },
  'decimal-guessed': { code: 'decimal-guessed', columns: ['amount'], decimal: ',' },
  'date-order-guessed': { code: 'date-order-guessed', columns: ['start_date'], order: 'MDY' },
  'amounts-cents': { code: 'amounts-cents', columns: ['plan_amount'] },
  'columns-skipped': { code: 'columns-skipped', columns: ['TTM'] },
  'title-rows': { code: 'title-rows', lines: [1] },
};

const KIND_NAMED = new Set(['kind-match', 'kind-tie', 'kind-transposed', 'missing-column']);

beforeEach(() => locale.set('en'));

describe('import problem messages', () => {
  const all = [
    ...Object.values(ROWS).map((r) => ({
      code: r.code,
      text: (l: (typeof LANGS)[number]) => rowReasonText(catalogues[l], r),
    })),
    ...Object.values(FILES).map((p) => ({
      code: p.code,
      text: (l: (typeof LANGS)[number]) => fileProblemText(catalogues[l], p),
    })),
    ...Object.values(WARNINGS).map((w) => ({
      code: w.code,
      text: (l: (typeof LANGS)[number]) => warningText(catalogues[l], w),
    })),
  ];

  it.each(LANGS)('every code has its own words in %s', (lang) => {
    for (const { code, text } of all) {
      expect(text(lang).trim(), `${lang} ${code}`).not.toBe('');
      if (lang !== 'en') expect(text(lang), `${lang} ${code}`).not.toBe(text('en'));
    }
  });

  it('the page’s English says what the headless report says', () => {
    for (const r of Object.values(ROWS)) expect(rowReasonText(catalogues.en, r)).toBe(rowReasonEn(r));
    for (const w of Object.values(WARNINGS)) expect(warningText(catalogues.en, w)).toBe(warningEn(w));
    // Kinds are named as the page names them ("Leads", not "leads"); the rest is the same.
    for (const p of Object.values(FILES).filter((p) => !KIND_NAMED.has(p.code)))
      expect(fileProblemText(catalogues.en, p)).toBe(fileProblemEn(p));
  });

  it('names kinds in the page’s language', () => {
    expect(fileProblemText(catalogues.en, FILES['missing-column'])).toBe(
      `${catalogues.en.kindEvents} needs a column for user_id (headers: when, who)`,
    );
    expect(fileProblemText(catalogues.pl, FILES['kind-tie'])).toContain(
      `„${catalogues.pl.kindMonthlySheet}” i „${catalogues.pl.kindBalanceSheet}”`,
    );
  });
});

describe('the preview in the page’s language', () => {
  it('words a file-level problem in Polish', async () => {
    locale.set('pl');
    const h = await harness();
    const item = new ImportItem(new File(['x'], 'ev.csv'));
    item.status = 'failed';
    item.problem = {
      code: 'missing-column',
      message: 'ev.csv: events needs a column for user_id (headers: when, who)',
      detail: FILES['missing-column'],
    };
    render(FilePreview, { item, session: h.session });
    const problem = screen.getByTestId('import-error');
    expect(problem).toHaveTextContent(
      `rodzaj „${catalogues.pl.kindEvents}” wymaga kolumny dla: user_id (nagłówki: when, who)`,
    );
    expect(problem).not.toHaveTextContent('needs a column');
  });

  it('shows the English message of a problem that has no code', async () => {
    locale.set('id');
    const h = await harness();
    const item = new ImportItem(new File(['x'], 'a.csv'));
    item.status = 'failed';
    item.problem = { code: 'storage-quota', message: 'QuotaExceededError' };
    render(FilePreview, { item, session: h.session });
    expect(screen.getByTestId('import-error')).toHaveTextContent('QuotaExceededError');
  });

  it('lists what is worth checking in Indonesian', async () => {
    locale.set('id');
    const h = await harness();
    h.session.add([csvFile('events.csv', 'user_id,timestamp,event,,event\nu1,2024-01-01,a,x,b\n')]);
    await settle();
    render(FilePreview, { item: h.session.items[0], session: h.session });
    const label = screen.getByText(catalogues.id.previewWarnings);
    const list = within(label.parentElement!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(list).toEqual([
      'kolom 4 tidak bernama: diberi nama column_4',
      'kolom 5 mengulang "event": diberi nama event_2',
    ]);
  });
});

describe('a file whose kind is not recognised', () => {
  it('says why before anything else is asked, naming the headers and what the nearest kinds lack', async () => {
    locale.set('en');
    const h = await harness();
    h.session.add([csvFile('export.csv', 'who,started_at,paid\nc1,2024-01-05,29\nc2,2024-02-05,9\n')]);
    await settle();
    render(FilePreview, { item: h.session.items[0], session: h.session });
    const why = screen.getByTestId('preview-no-kind');
    expect(why).toHaveTextContent('Yardstick cannot tell what this file holds');
    expect(why).toHaveTextContent('(who, started_at, paid)');
    expect(why).toHaveTextContent('Choose its kind above');
    expect(screen.getByRole('combobox', { name: 'Dataset kind' })).toHaveValue('');
  });

  it('says it in Polish', async () => {
    locale.set('pl');
    const h = await harness();
    h.session.add([csvFile('eksport.csv', 'kto,od,ile\nc1,2024-01-05,29\n')]);
    await settle();
    render(FilePreview, { item: h.session.items[0], session: h.session });
    expect(screen.getByTestId('preview-no-kind')).toHaveTextContent(
      'Yardstick nie rozpoznaje, co zawiera ten plik: żaden rodzaj danych nie pasuje do nagłówków (kto, od, ile)',
    );
  });
});

describe('a file with a header and no rows', () => {
  it('says there is nothing to import and cannot be imported', async () => {
    locale.set('en');
    const h = await harness();
    h.session.add([csvFile('empty-subs.csv', 'customer_id,start_date,mrr\n')]);
    await settle();
    render(FilePreview, { item: h.session.items[0], session: h.session });
    expect(screen.getByTestId('preview-no-rows')).toHaveTextContent(
      'This file has a header row but no data rows: there is nothing to import.',
    );
    expect(h.session.items[0].importable).toBe(false);
    expect(screen.queryByTestId('preview-sample')).toBeNull();
  });
});

describe('an empty file', () => {
  it('says why it cannot be imported without a click', async () => {
    locale.set('en');
    const h = await harness();
    const item = new ImportItem(new File([''], 'nothing.csv'));
    item.status = 'failed';
    item.problem = {
      code: 'unreadable',
      message: 'nothing.csv: the file is empty',
      detail: FILES['empty-file'],
    };
    render(FilePreview, { item, session: h.session });
    const problem = screen.getByTestId('import-error');
    expect(problem).toHaveTextContent('nothing.csv');
    expect(within(problem).getByText('the file is empty')).toBeVisible();
    expect(within(problem).queryByText(catalogues.en.errorDetail)).toBeNull();
  });
});
