// Instants and months of §11: a start date is 00:00:00.000 UTC of its day, a due date the last
// millisecond of its day, and month keys `YYYY-MM` count as consecutive integers for the forecast.

const DAY = 86_400_000;

/** 00:00:00.000 UTC of an ISO day. */
export function dayStart(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The last millisecond of an ISO day. */
export function dayEnd(iso: string): number {
  return dayStart(iso) + DAY - 1;
}

/** `YYYY-MM` of an instant (UTC). */
export function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month number: consecutive months are consecutive integers. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** E(M): the last millisecond of month M. */
export function monthEnd(month: string): number {
  const i = monthIndex(month) + 1;
  return Date.UTC(Math.floor(i / 12), i % 12, 1) - 1;
}

/** `YYYY-MM-DD` of an instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
