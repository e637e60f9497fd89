// The messages of the areas whose views load on demand. The first screen carries only its own
// words (messages/en.ts); a view names the areas it speaks (App.svelte) and renders once their
// messages are in, so no key shows untranslated. Each language of each area is a chunk of its own,
// precached by the service worker like every other chunk, so this works offline too.
import type { Lang } from './index.ts';
import type { AreaMessages } from './messages/en.ts';

export type Area = keyof AreaMessages;

type Loaders = { readonly [A in Area]: Readonly<Record<Lang, () => Promise<AreaMessages[A]>>> };

const LOADERS: Loaders = {
  import: {
    en: () => import('./messages/import/en.ts').then((m) => m.importEn),
    id: () => import('./messages/import/id.ts').then((m) => m.importId),
    pl: () => import('./messages/import/pl.ts').then((m) => m.importPl),
  },
  reasons: {
    en: () => import('./messages/reasons/en.ts').then((m) => m.reasonsEn),
    id: () => import('./messages/reasons/id.ts').then((m) => m.reasonsId),
    pl: () => import('./messages/reasons/pl.ts').then((m) => m.reasonsPl),
  },
  goals: {
    en: () => import('./messages/goals/en.ts').then((m) => m.goalsEn),
    id: () => import('./messages/goals/id.ts').then((m) => m.goalsId),
    pl: () => import('./messages/goals/pl.ts').then((m) => m.goalsPl),
  },
  alerts: {
    en: () => import('./messages/alerts/en.ts').then((m) => m.alertsEn),
    id: () => import('./messages/alerts/id.ts').then((m) => m.alertsId),
    pl: () => import('./messages/alerts/pl.ts').then((m) => m.alertsPl),
  },
  snapshot: {
    en: () => import('./messages/snapshot/en.ts').then((m) => m.snapshotEn),
    id: () => import('./messages/snapshot/id.ts').then((m) => m.snapshotId),
    pl: () => import('./messages/snapshot/pl.ts').then((m) => m.snapshotPl),
  },
};

export const AREAS = Object.keys(LOADERS) as Area[];

export function loadArea<A extends Area>(area: A, lang: Lang): Promise<AreaMessages[A]> {
  return LOADERS[area][lang]();
}
