// A count in words, one helper per language that inflects for number: each picks the language's
// plural form by the CLDR rules Intl knows, and `#` in a form stands for the number. Indonesian
// does not inflect nouns for number, so its messages need none.
import { plural } from '../plural.ts';

/** 1 goal, 2 goals. */
export const countEn = (n: number, one: string, other: string): string => plural('en-US', n, { one, other });

/** 1 cel, 2–4 cele, 5+ celów (and 12–14 celów). */
export const countPl = (n: number, one: string, few: string, many: string): string =>
  plural('pl-PL', n, { one, few, many, other: many });
