// Numbers a person types in a form, read with the interface language's decimal separator.
import { parseNumber } from './numbers.ts';

/** `12,5` in Indonesian or Polish, `12.5` in English; NaN when the text is no number. */
export function parseTypedNumber(text: string, lang: 'en' | 'id' | 'pl'): number {
  if (text.trim() === '') return NaN;
  return parseNumber(text, lang === 'en' ? '.' : ',');
}
