// Numbers a person types into a form, read by the same parser as imported cells so that
// `15.800` means the same thing in the rate dialog, in Settings and in a CSV.
import { decimalEvidence, parseNumber, type Decimal } from './numbers';

export type TypedLanguage = 'en' | 'id' | 'pl';

/** The decimal mark each UI language writes. */
export function typedDecimal(lang: TypedLanguage): Decimal {
  return lang === 'en' ? '.' : ',';
}

/**
 * Reads `text` as a person writing in `lang` means it (en: `1,234.5`; id and pl: `1.234,5`,
 * `1 234,5`); NaN when it is no number. A value the language's convention cannot read but whose
 * own mark can only be a decimal (`0.5` typed in Polish, `12,5` in English) is read that way:
 * it has one meaning, and the preview beside the field shows it.
 */
export function parseTypedNumber(text: string, lang: TypedLanguage): number {
  const s = text.trim();
  if (s === '') return NaN;
  const decimal = typedDecimal(lang);
  const value = parseNumber(s, decimal);
  if (!Number.isNaN(value)) return value;
  const evidence = decimalEvidence(s);
  const other: Decimal = decimal === '.' ? ',' : '.';
  if ((evidence === 'dot' && other === '.') || (evidence === 'comma' && other === ',')) {
    return parseNumber(s, other);
  }
  return NaN;
}

/**
 * A stored number as a person of `lang` would type it back: no grouping, the language's decimal
 * mark (`12,5` in Indonesian and Polish), so the form reads it again as the same value.
 */
export function typedText(value: number, lang: TypedLanguage): string {
  const s = String(value);
  return typedDecimal(lang) === ',' ? s.replace('.', ',') : s;
}
