// Numbers a person types in a form, read with the decimal of the interface language (a comma in
// Indonesian and Polish), through the same parser as imported cells.
import { parseNumber } from './numbers.ts';

/** The number typed, or NaN when it cannot be read as one. */
export function parseTypedNumber(text: string, lang: 'en' | 'id' | 'pl'): number {
  const trimmed = text.trim();
  if (trimmed === '') return NaN;
  return parseNumber(trimmed, lang === 'en' ? '.' : ',');
}
