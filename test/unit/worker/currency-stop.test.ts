import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurrencyAnswer } from '../../../src/core/currency.ts';
import { generateDemoFiles } from '../../../src/core/demo/index.ts';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, getSettings } from '../../../src/db/workspaces.ts';
import { currencyStop } from '../../../src/worker/currency-stop.ts';
import { ImportCancelled, importFile, type ImportControl } from '../../../src/worker/import-file.ts';
import type { CurrencyQuestion } from '../../../src/worker/protocol.ts';
import { storedRows } from '../db/stored-frames.ts';

const TWO = readFileSync(new URL('../../fixtures/subscriptions_two_currencies.csv', import.meta.url));
const HEADER = 'customer_id,subscription_id,plan,status,start,end,amount,interval,currency';
const oneCurrency = (name: string, code: string) =>
  new File([`${HEADER}\ncus_9,sub_9,Starter,active,2024-01-05,,10.00,month,${code}\n`], name);
const twoCurrencies = () => new File([TWO], 'subscriptions_two_currencies.csv');

let db: YardstickDb;
let n = 0;
let ws: string;

beforeEach(async () => {
  db = new YardstickDb(`currency-stop-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  await db.delete();
});

/** The page's side: records each question and answers when the test says so. */
function page() {
  const questions: CurrencyQuestion[] = [];
  let reply: ((answer: CurrencyAnswer | null) => void) | null = null;
  let asked: () => void = () => undefined;
  let nextQuestion = new Promise<void>((r) => (asked = r));
  return {
    questions,
    ask: (q: CurrencyQuestion) =>
      new Promise<CurrencyAnswer | null>((resolve) => {
        questions.push(q);
        reply = resolve;
        asked();
      }),
    async waitForQuestion() {
      await nextQuestion;
      nextQuestion = new Promise<void>((r) => (asked = r));
    },
    answer(answer: CurrencyAnswer | null) {
      reply!(answer);
    },
  };
}

function control(ask: ReturnType<typeof page>['ask']): ImportControl {
  return {
    cancelled: () => false,
    progress: () => undefined,
    beforeCommit: currencyStop(db, ask),
  };
}

const options = { locale: 'en-US' as const };

describe('the multi-currency stop of an import', () => {
  it('never asks about a file in one currency', async () => {
    const p = page();
    await importFile(db, ws, oneCurrency('usd.csv', 'usd'), options, control(p.ask));
    await importFile(db, ws, oneCurrency('usd-again.csv', 'USD'), options, control(p.ask));
    expect(p.questions).toEqual([]);
    expect(await readyDatasets(db, ws)).toHaveLength(2);
  });

  it('never stops the demo, whose subscriptions are in one currency', async () => {
    const p = page();
    for (const f of generateDemoFiles().filter((d) => d.kind === 'subscriptions'))
      await importFile(db, ws, new File([f.text], f.name), options, control(p.ask));
    expect(p.questions).toEqual([]);
    expect((await readyDatasets(db, ws)).map((d) => d.kind)).toEqual(['subscriptions']);
  });

  it('keeps the staged file out of sight until the answer, then stores the rates and commits', async () => {
    const p = page();
    const settingsBefore = await getSettings(db, ws);
    const importing = importFile(db, ws, twoCurrencies(), options, control(p.ask));
    await p.waitForQuestion();

    expect(p.questions[0]).toEqual({
      codes: ['EUR', 'USD'],
      missing: ['EUR', 'USD'],
      fileName: 'subscriptions_two_currencies.csv',
      currency: null,
      fx: {},
    });
    // Everything is staged, nothing is visible, nothing else changed.
    const staged = await db.datasets.where('state').equals('staged').toArray();
    expect(staged).toHaveLength(1);
    expect(staged[0].fileName).toBe('subscriptions_two_currencies.csv');
    expect(await storedRows(db, staged[0].id)).toBe(6);
    expect(await readyDatasets(db, ws)).toEqual([]);
    expect(await getSettings(db, ws)).toEqual(settingsBefore);

    p.answer({ currency: 'USD', fx: { EUR: 1.08 } });
    const answer = await importing;
    expect(answer.dataset.currencies).toEqual(['EUR', 'USD']);
    const ready = await readyDatasets(db, ws);
    expect(ready.map((d) => d.id)).toEqual([staged[0].id]);
    expect(await getSettings(db, ws)).toEqual({ ...settingsBefore, currency: 'USD', fx: { EUR: 1.08 } });
  });

  it('discards the staged file on a cancel and leaves the workspace as it was', async () => {
    const p = page();
    await importFile(db, ws, oneCurrency('usd.csv', 'usd'), options, control(p.ask));
    const datasetsBefore = await db.datasets.toArray();
    const chunksBefore = await db.chunks.count();
    const settingsBefore = await getSettings(db, ws);

    const importing = importFile(db, ws, oneCurrency('eur.csv', 'eur'), options, control(p.ask));
    await p.waitForQuestion();
    expect(p.questions[0]).toMatchObject({ codes: ['USD', 'EUR'], missing: ['USD', 'EUR'] });
    p.answer(null);
    await expect(importing).rejects.toBeInstanceOf(ImportCancelled);

    expect(await db.datasets.toArray()).toEqual(datasetsBefore);
    expect(await db.chunks.count()).toBe(chunksBefore);
    expect(await getSettings(db, ws)).toEqual(settingsBefore);
  });

  it('stores no rate when the import is cancelled after the answer, before its commit', async () => {
    const p = page();
    let cancelled = false;
    const settingsBefore = await getSettings(db, ws);
    const importing = importFile(db, ws, twoCurrencies(), options, {
      ...control(p.ask),
      cancelled: () => cancelled,
    });
    await p.waitForQuestion();
    cancelled = true;
    p.answer({ currency: 'USD', fx: { EUR: 1.08 } });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelled);
    expect(await getSettings(db, ws)).toEqual(settingsBefore);
    expect(await db.datasets.count()).toBe(0);
  });

  it('applies the answer to the settings as they are at the commit', async () => {
    const p = page();
    const importing = importFile(db, ws, twoCurrencies(), options, control(p.ask));
    await p.waitForQuestion();
    // Changed in Settings while the question was open.
    await db.settings.update(ws, { gross_margin: 0.42 });
    p.answer({ currency: 'USD', fx: { EUR: 1.08 } });
    await importing;
    expect(await getSettings(db, ws)).toMatchObject({
      gross_margin: 0.42,
      currency: 'USD',
      fx: { EUR: 1.08 },
    });
  });

  it('asks again when an answer still leaves a code without a rate', async () => {
    const p = page();
    const importing = importFile(db, ws, twoCurrencies(), options, control(p.ask));
    await p.waitForQuestion();
    p.answer({ currency: 'USD', fx: {} });
    await p.waitForQuestion();
    expect(p.questions[1]).toMatchObject({ missing: ['EUR'], currency: 'USD' });
    expect(await readyDatasets(db, ws)).toEqual([]);
    p.answer({ currency: 'EUR', fx: { USD: 0.93 } });
    await importing;
    expect(await getSettings(db, ws)).toMatchObject({ currency: 'EUR', fx: { USD: 0.93 } });
  });

  it('does not ask when the stored rates already cover the codes, or the other code is replaced', async () => {
    const p = page();
    await db.settings.update(ws, { currency: 'USD', fx: { EUR: 1.1 } });
    await importFile(db, ws, twoCurrencies(), options, control(p.ask));
    expect(p.questions).toEqual([]);

    const other = (await createWorkspace(db, 'Other', 'en-US')).id;
    const eur = await importFile(db, other, oneCurrency('eur.csv', 'EUR'), options, control(p.ask));
    // Re-mapping the EUR file as a USD file leaves one currency: no question.
    const usd = oneCurrency('usd.csv', 'USD');
    await importFile(db, other, usd, options, control(p.ask), eur.dataset.id);
    expect(p.questions).toEqual([]);
    expect((await readyDatasets(db, other)).map((d) => d.currencies)).toEqual([['USD']]);
  });
});
