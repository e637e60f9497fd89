// The messages of the areas whose views load on demand. The first screen carries only its own
// words (messages/en.ts); a view names the areas it speaks (App.svelte) and renders once their
// messages are in, so no key shows untranslated. Each language of each area is a chunk of its own,
// precached by the service worker like every other chunk, so this works offline too.
import type { Lang } from './index.ts';
import type { AreaMessages } from './messages/en.ts';

export type Area = keyof AreaMessages;

/** Every area, in the order their messages are laid over each other (no two share a key). */
export const AREAS: readonly Area[] = ['import', 'reasons', 'goals', 'alerts', 'snapshot'];

// `messages/<area>/<lang>.ts` exports `<area><Lang>` (importEn, goalsPl…), typed against the area's
// English; the catalogue test loads every one of them through here.
const FILES = import.meta.glob<Record<string, unknown>>(
  './messages/{import,reasons,goals,alerts,snapshot}/{en,id,pl}.ts',
);

export async function loadArea<A extends Area>(area: A, lang: Lang): Promise<AreaMessages[A]> {
  const load = FILES[`./messages/${area}/${lang}.ts`];
  if (!load) throw new Error(`No messages for ${area} in ${lang}`);
  const module = await load();
  return module[`${area}${lang[0].toUpperCase()}${lang.slice(1)}`] as AreaMessages[A];
}
