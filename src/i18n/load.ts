// Indonesian and Polish are fetched when chosen: the first screen carries English only, and a
// reader of another language waits one small chunk (precached by the service worker, so offline too).
import type { Lang, Messages } from './index.ts';

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Messages>>> = {
  id: () => import('./messages/id.ts').then((m) => m.id),
  pl: () => import('./messages/pl.ts').then((m) => m.pl),
};

export function loadCatalogue(lang: Exclude<Lang, 'en'>): Promise<Messages> {
  return LOADERS[lang]();
}
