// The multi-currency stop of an import (datasets.md §4): before a subscriptions file commits, the
// workspace's currencies are checked against its settings; when rates are missing the page is
// asked, and the staged file waits, invisible, for the answer.
import { importCurrencyGap, withRates, type CurrencyAnswer } from '../core/currency.ts';
import { readyDatasets, type SettingsChange } from '../db/datasets.ts';
import type { DatasetRecord, YardstickDb } from '../db/schema.ts';
import { getSettings } from '../db/workspaces.ts';
import { ImportCancelled } from './import-file.ts';
import type { CurrencyQuestion } from './protocol.ts';

/** Asks the person; null means cancel. */
export type AskRates = (question: CurrencyQuestion) => Promise<CurrencyAnswer | null>;

/**
 * The ImportControl.beforeCommit hook: checks the file against the workspace it commits into (the
 * staged record's) and the dataset it replaces. Resolves when nothing is missing, with the answers
 * as a change the commit stores in its own transaction (so a cancel or a failed commit leaves the
 * rates as they were); throws ImportCancelled on a cancel. An answer that still leaves a gap is
 * asked again rather than stored.
 */
export function currencyStop(
  db: YardstickDb,
  ask: AskRates,
): (record: Readonly<DatasetRecord>, replaceId: string | undefined) => Promise<SettingsChange | undefined> {
  return async (record, replaceId) => {
    const stored = await readyDatasets(db, record.workspaceId);
    let settings = await getSettings(db, record.workspaceId);
    const answers: CurrencyAnswer[] = [];
    for (;;) {
      const gap = importCurrencyGap(stored, record, settings, replaceId);
      if (!gap) break;
      const answer = await ask({
        ...gap,
        fileName: record.fileName,
        currency: settings.currency,
        fx: settings.fx,
      });
      if (!answer) throw new ImportCancelled();
      answers.push(answer);
      settings = withRates(settings, answer);
    }
    if (answers.length === 0) return undefined;
    return (current) => answers.reduce(withRates, current);
  };
}
