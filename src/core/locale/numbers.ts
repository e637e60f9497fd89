// Number cells as people type them: `1 234,50 zł`, `(1,234.00)`, `Rp 22.050.650,67`, `12%`,
// `5,58199E+12`. One char scan per cell, no regex: a million-row file runs this ten million times.

export type Decimal = '.' | ',';
export type DecimalEvidence = 'dot' | 'comma' | 'ambiguous' | 'none' | 'invalid';

// `Rp.` (with its dot, as many Indonesian invoices write it) before `Rp`: the first match wins.
const CURRENCIES: readonly number[][] = ['$', '€', '£', 'rp.', 'rp', 'idr', 'zł', 'pln', 'usd', 'eur'].map(
  (c) => [...c].map((ch) => ch.charCodeAt(0)),
);

// Results of trimCore, kept in module scope so the hot path allocates nothing.
let coreStart = 0;
let coreEnd = 0;
let coreNegative = false;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** ASCII letters compare case-insensitively; `€ £ ł` as they are. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x141 ? 0x142 : c;
}

function currencyAt(s: string, at: number, end: number): number {
  for (const cur of CURRENCIES) {
    if (at + cur.length > end) continue;
    let k = 0;
    while (k < cur.length && lower(s.charCodeAt(at + k)) === cur[k]) k++;
    if (k === cur.length) return k;
  }
  return 0;
}

function currencyBefore(s: string, end: number, start: number): number {
  for (const cur of CURRENCIES) {
    const at = end - cur.length;
    if (at < start) continue;
    let k = 0;
    while (k < cur.length && lower(s.charCodeAt(at + k)) === cur[k]) k++;
    if (k === cur.length) return k;
  }
  return 0;
}

/** Strips blanks, signs, parentheses, `%` and currency; false when the wrapping is malformed. */
function trimCore(s: string): boolean {
  let i = 0;
  let j = s.length;
  let minus = false;
  let open = false;
  let close = false;
  for (;;) {
    if (i >= j) return false;
    const c = s.charCodeAt(i);
    if (isDigit(c)) break;
    if (isSpace(c)) i++;
    else if (c === 45 || c === 0x2212) {
      if (minus) return false;
      minus = true;
      i++;
    } else if (c === 43) i++;
    else if (c === 40 && !open) {
      open = true;
      i++;
    } else {
      const n = currencyAt(s, i, j);
      if (n === 0) break;
      i += n;
    }
  }
  for (;;) {
    if (j <= i) return false;
    const c = s.charCodeAt(j - 1);
    if (isDigit(c)) break;
    if (isSpace(c) || c === 37) j--;
    else if (c === 41 && !close) {
      close = true;
      j--;
    } else {
      const n = currencyBefore(s, j, i);
      if (n === 0) break;
      j -= n;
    }
  }
  if (open !== close) return false;
  coreStart = i;
  coreEnd = j;
  coreNegative = minus !== open;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isGroupOnly(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39;
}

/**
 * decimalEvidence for digits with at most one `.` or `,` and nothing else (the wrapping scan
 * would keep the whole value); null for every other value.
 */
function plainEvidence(s: string): DecimalEvidence | null {
  const n = s.length;
  let mark = -1;
  let digits = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if ((c === 46 || c === 44) && mark < 0) mark = k;
    else return null;
  }
  if (digits === 0) return null;
  if (mark < 0) return 'none';
  const after = n - mark - 1;
  if (after === 3 && mark >= 1 && mark <= 3 && s.charCodeAt(0) !== 48) return 'ambiguous';
  return s.charCodeAt(mark) === 46 ? 'dot' : 'comma';
}

/** What one value says about its column's decimal separator. */
export function decimalEvidence(s: string): DecimalEvidence {
  const plain = plainEvidence(s);
  if (plain !== null) return plain;
  if (!trimCore(s)) return 'invalid';
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let spaces = 0;
  let exp = false;
  let digits = 0;
  for (let k = coreStart; k < coreEnd; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) digits++;
    else if (c === 46) {
      dots++;
      lastDot = k;
    } else if (c === 44) {
      commas++;
      lastComma = k;
    } else if (isGroupOnly(c)) spaces++;
    else if ((c === 69 || c === 101) && digits > 0) {
      exp = true;
      break;
    } else return 'invalid';
  }
  if (digits === 0) return 'invalid';
  if (dots > 0 && commas > 0) {
    if (lastDot > lastComma) return dots === 1 ? 'dot' : 'invalid';
    return commas === 1 ? 'comma' : 'invalid';
  }
  if (dots + commas === 0) return 'none';
  const isDot = dots > 0;
  const count = isDot ? dots : commas;
  // Several of one mark can only be grouping: the decimal is the other one.
  if (count > 1) return isDot ? 'comma' : 'dot';
  if (exp || spaces > 0) return isDot ? 'dot' : 'comma';
  const at = isDot ? lastDot : lastComma;
  const before = at - coreStart;
  const after = coreEnd - at - 1;
  const leadingZero = s.charCodeAt(coreStart) === 48;
  // `1,234` could be either; `0,234`, `1234,5` and `12,50` cannot be grouping.
  if (after === 3 && before >= 1 && before <= 3 && !leadingZero) return 'ambiguous';
  return isDot ? 'dot' : 'comma';
}

const POW10: number[] = [];
for (let k = 0; k <= 22; k++) POW10.push(10 ** k);

/**
 * The common machine-written shape: digits with at most one decimal mark, nothing else, at most
 * 15 digits. Same arithmetic as parseNumber's exact branch, without the wrapping scan; NaN means
 * "not this shape" and the general reader decides.
 */
function plainNumber(s: string, dec: number): number {
  const n = s.length;
  if (n === 0 || n > 16) return NaN;
  let mantissa = 0;
  let frac = -1;
  let digits = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === dec && frac < 0) frac = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  return frac <= 0 ? mantissa : mantissa / POW10[frac];
}

/** Parses one value with the column's decimal separator; NaN when it is not a number. */
export function parseNumber(s: string, decimal: Decimal): number {
  const dec = decimal === '.' ? 46 : 44;
  const plain = plainNumber(s, dec);
  if (plain === plain) return plain;
  if (!trimCore(s)) return NaN;
  const grp = decimal === '.' ? 44 : 46;
  let mantissa = 0;
  let sig = 0;
  let frac = 0;
  let inFrac = false;
  let groups = 0;
  let run = 0;
  let digits = 0;
  let k = coreStart;
  for (; k < coreEnd; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) {
      if (sig > 0 || c !== 48) sig++;
      mantissa = mantissa * 10 + (c - 48);
      if (inFrac) frac++;
      run++;
      digits++;
    } else if (c === dec && !inFrac) {
      if (groups > 0 && run !== 3) return NaN;
      inFrac = true;
      run = 0;
    } else if ((c === grp || isGroupOnly(c)) && !inFrac) {
      // Groups are 1–3 digits first, then exactly three: `1.2.3` is no number. A first group
      // with a leading zero is none either: `0.235` is no 235.
      if (groups === 0 ? run < 1 || run > 3 || sig !== run : run !== 3) return NaN;
      groups++;
      run = 0;
    } else if ((c === 69 || c === 101) && digits > 0) break;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (groups > 0 && !inFrac && run !== 3) return NaN;
  let exponent = 0;
  if (k < coreEnd) {
    k++;
    let expNeg = false;
    const sign = s.charCodeAt(k);
    if (sign === 43 || sign === 45) {
      expNeg = sign === 45;
      k++;
    }
    if (k >= coreEnd) return NaN;
    for (; k < coreEnd; k++) {
      const c = s.charCodeAt(k);
      if (!isDigit(c)) return NaN;
      exponent = exponent * 10 + (c - 48);
    }
    if (expNeg) exponent = -exponent;
  }
  const e = exponent - frac;
  let value: number;
  if (sig <= 15 && e >= -22 && e <= 22) {
    // Exact integer mantissa and one correctly rounded operation: same result as Number(text).
    value = e >= 0 ? mantissa * POW10[e] : mantissa / POW10[-e];
  } else {
    value = Number(`${cleanDigits(s, dec)}e${exponent}`);
  }
  return coreNegative ? -value : value;
}

function cleanDigits(s: string, dec: number): string {
  let out = '';
  for (let k = coreStart; k < coreEnd; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) out += s[k];
    else if (c === dec) out += '.';
    else if (c === 69 || c === 101) break;
  }
  return out;
}

export interface DecimalTally {
  dot: number;
  comma: number;
  ambiguous: number;
  none: number;
  invalid: number;
}

export function emptyTally(): DecimalTally {
  return { dot: 0, comma: 0, ambiguous: 0, none: 0, invalid: 0 };
}

export function tallyDecimal(t: DecimalTally, s: string): void {
  t[decimalEvidence(s)]++;
}

/** Clear evidence first (majority); otherwise a `;` file means comma decimals; then the locale. */
export function decideDecimal(
  t: DecimalTally | null,
  delimiter: string,
  localeDecimal: Decimal,
): { decimal: Decimal; evident: boolean } {
  if (t && t.dot !== t.comma) return { decimal: t.dot > t.comma ? '.' : ',', evident: true };
  return { decimal: delimiter === ';' ? ',' : localeDecimal, evident: false };
}
