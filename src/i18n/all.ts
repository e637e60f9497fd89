// Every catalogue at once, for code that words the same thing in all three languages (tests, the
// catalogue checks). The page loads Indonesian and Polish on demand (load.ts).
import type { Lang, Messages } from './index.ts';
import { en } from './messages/en.ts';
import { id } from './messages/id.ts';
import { pl } from './messages/pl.ts';

export const catalogues: Readonly<Record<Lang, Messages>> = { en, id, pl };
