import { INTL_TAGS, type Lang } from './index.ts';

// Every helper defaults to the interface language. The language comes through a getter that the
// locale state installs: reading its rune inside the call is what makes a template that formats a
// value re-render on a language switch, while this module stays plain TypeScript usable in Node.
let currentLang: () => Lang = () => 'en';

/** Installs where the default language comes from (done once by the locale state). */
export function setLangSource(source: () => Lang): void {
  currentLang = source;
}

/** What a missing value (a KPI with a zero denominator, say) is shown as. */
export const MISSING = '—';

export interface NumberOptions {
  lang?: Lang;
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

export interface MoneyOptions {
  lang?: Lang;
  /** Whole units only, for large amounts where cents are noise. */
  whole?: boolean;
}

export interface DateOptions {
  lang?: Lang;
  style?: 'short' | 'medium' | 'long';
}

export interface MonthOptions {
  lang?: Lang;
  style?: 'short' | 'long';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

function tagOf(lang: Lang | undefined): string {
  return INTL_TAGS[lang ?? currentLang()];
}

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

// CLDR versions disagree on the rupiah's minor unit; Indonesian prices are written without one.
const WHOLE_CURRENCIES = new Set(['IDR']);

/** Plain or percent numbers with the digits `options` ask for (at most `max` by default). */
function digitsFormat(style: 'decimal' | 'percent', options: NumberOptions, max: number): Intl.NumberFormat {
  const tag = tagOf(options.lang);
  const most = options.maximumFractionDigits ?? max;
  const least = Math.min(options.minimumFractionDigits ?? 0, most);
  return cached(
    `${style}|${tag}|${least}|${most}`,
    () => new Intl.NumberFormat(tag, { style, minimumFractionDigits: least, maximumFractionDigits: most }),
  );
}

export function formatNumber(value: number | null | undefined, options: NumberOptions = {}): string {
  if (missing(value)) return MISSING;
  return digitsFormat('decimal', options, 2).format(value);
}

export function formatMoney(
  value: number | null | undefined,
  currency: string,
  options: MoneyOptions = {},
): string {
  if (missing(value)) return MISSING;
  const tag = tagOf(options.lang);
  const code = currency.toUpperCase();
  const whole = options.whole === true || WHOLE_CURRENCIES.has(code);
  return cached(
    `m|${tag}|${code}|${whole}`,
    () =>
      new Intl.NumberFormat(tag, {
        style: 'currency',
        currency: code,
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      }),
  ).format(value);
}

/** value is already in percent units: 12.5 → "12.5%". */
export function formatPercent(value: number | null | undefined, options: NumberOptions = {}): string {
  if (missing(value)) return MISSING;
  return digitsFormat('percent', options, 1).format(value / 100);
}

/**
 * A calendar date. Strings must be ISO `YYYY-MM-DD`; they and numbers (epoch ms) are shown in UTC,
 * so a date stored as midnight UTC never shows as the day before.
 */
export function formatDate(
  value: Date | number | string | null | undefined,
  options: DateOptions = {},
): string {
  if (value === null || value === undefined) return MISSING;
  const date = typeof value === 'string' ? parseIsoDate(value) : new Date(value);
  if (!date || Number.isNaN(date.getTime())) return MISSING;
  const tag = tagOf(options.lang);
  const style = options.style ?? 'medium';
  return cached(
    `d|${tag}|${style}`,
    () => new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' }),
  ).format(date);
}

const monthTexts = new Map<string, string>();

/** A month key `YYYY-MM` as "June 2025" / "Jun 2025" in the chosen language. */
export function formatMonth(month: string | null | undefined, options: MonthOptions = {}): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  const index = match ? Number(match[2]) - 1 : -1;
  if (!match || index < 0 || index > 11) return MISSING;
  const tag = tagOf(options.lang);
  const style = options.style ?? 'long';
  // A dashboard writes the same few dozen months again and again (the period list, chart axes,
  // tables), and each Intl format call costs tens of µs: each is formatted once.
  const key = `${tag}|${style}|${month}`;
  let text = monthTexts.get(key);
  if (text === undefined) {
    text = cached(
      `M|${tag}|${style}`,
      () => new Intl.DateTimeFormat(tag, { month: style, year: 'numeric', timeZone: 'UTC' }),
    ).format(Date.UTC(Number(match[1]), index, 1));
    monthTexts.set(key, text);
  }
  return text;
}

/** A number of months with its unit, localised: "8.2 months", "8,2 bulan", "8,2 miesiąca". */
export function formatMonths(value: number | null | undefined, options: NumberOptions = {}): string {
  if (missing(value)) return MISSING;
  const tag = tagOf(options.lang);
  const max = options.maximumFractionDigits ?? 1;
  return cached(
    `mo|${tag}|${max}`,
    () =>
      new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: 'month',
        unitDisplay: 'long',
        maximumFractionDigits: max,
      }),
  ).format(value);
}

/** A file size in SI units (kB = 1000 bytes), matching what operating systems show for downloads. */
export function formatFileSize(bytes: number, options: { lang?: Lang } = {}): string {
  // Intl's short "byte" unit reads "793 byte" in English; the symbol B is universal.
  if (bytes < 1e3) return `${formatNumber(bytes, { lang: options.lang, maximumFractionDigits: 0 })}\u00a0B`;
  const tag = tagOf(options.lang);
  const [unit, amount] =
    bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : (['kilobyte', bytes / 1e3] as const);
  return cached(
    `s|${tag}|${unit}`,
    () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
  ).format(amount);
}

function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(Date.UTC(year, month, day));
  // Reject 2025-02-30 instead of rolling it over to March.
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}
