// Every catalogue at once, whole, for code that words the same thing in all three languages (tests,
// the catalogue checks). The page loads the first screen's words with the entry and each area's
// with its views (load.ts, areas.ts).
import type { Lang, Messages } from './index.ts';
import { en } from './messages/en.ts';
import { id } from './messages/id.ts';
import { pl } from './messages/pl.ts';
import { alertsEn } from './messages/alerts/en.ts';
import { alertsId } from './messages/alerts/id.ts';
import { alertsPl } from './messages/alerts/pl.ts';
import { goalsEn } from './messages/goals/en.ts';
import { goalsId } from './messages/goals/id.ts';
import { goalsPl } from './messages/goals/pl.ts';
import { importEn } from './messages/import/en.ts';
import { importId } from './messages/import/id.ts';
import { importPl } from './messages/import/pl.ts';
import { reasonsEn } from './messages/reasons/en.ts';
import { reasonsId } from './messages/reasons/id.ts';
import { reasonsPl } from './messages/reasons/pl.ts';
import { snapshotEn } from './messages/snapshot/en.ts';
import { snapshotId } from './messages/snapshot/id.ts';
import { snapshotPl } from './messages/snapshot/pl.ts';

export const catalogues: Readonly<Record<Lang, Messages>> = {
  en: { ...en, ...importEn, ...reasonsEn, ...goalsEn, ...alertsEn, ...snapshotEn },
  id: { ...id, ...importId, ...reasonsId, ...goalsId, ...alertsId, ...snapshotId },
  pl: { ...pl, ...importPl, ...reasonsPl, ...goalsPl, ...alertsPl, ...snapshotPl },
};
