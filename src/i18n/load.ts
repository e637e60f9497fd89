// Indonesian and Polish are fetched when chosen: the first screen carries English only, and a
// reader of another language waits one small chunk (precached by the service worker, so offline too).
// Only the first screen's words: each area's messages come with its views (areas.ts).
import type { Lang } from './index.ts';
import type { FirstMessages } from './messages/en.ts';

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<FirstMessages>>> = {
  id: () => import('./messages/id.ts').then((m) => m.id),
  pl: () => import('./messages/pl.ts').then((m) => m.pl),
};

export function loadCatalogue(lang: Exclude<Lang, 'en'>): Promise<FirstMessages> {
  return LOADERS[lang]();
}
