/** The generated data covers 24 whole months: 2023-01-01 up to (not including) 2025-01-01. */
export const WINDOW_START_MS = Date.UTC(2023, 0, 1);
export const WINDOW_DAYS = 731;
const DAY_MS = 86_400_000;

const isoDays: string[] = [];

/** ISO `YYYY-MM-DD` of a day offset from the window start (cached: generators format millions of dates). */
export function isoDay(dayOffset: number): string {
  let text = isoDays[dayOffset];
  if (text === undefined) {
    text = new Date(WINDOW_START_MS + dayOffset * DAY_MS).toISOString().slice(0, 10);
    isoDays[dayOffset] = text;
  }
  return text;
}

const two = (n: number): string => (n < 10 ? '0' : '') + n;

/** ISO `YYYY-MM-DDTHH:mm:ssZ` of a second offset from the window start. */
export function isoInstant(secondOffset: number): string {
  const day = Math.floor(secondOffset / 86_400);
  const rest = secondOffset - day * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  return `${isoDay(day)}T${two(h)}:${two(m)}:${two(rest % 60)}Z`;
}
