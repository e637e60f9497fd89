// Sample arguments for the messages that are functions: the catalogue tests render every message
// of every language with them (test/component/catalogue.test.ts). Each area lists its own in
// `<area>/samples.ts`; the arguments that many messages take are here, once.

type FunctionKeys<T> = { [K in keyof T]: T[K] extends (p: never) => string ? K : never }[keyof T];

/** One sample argument for every message of catalogue T that is a function. */
export type SampleParams<T> = {
  [K in FunctionKeys<T>]: T[K] extends (p: infer P) => string ? P : never;
};

/** Arguments shared by messages of several areas. */
export const SAMPLE = {
  name: { name: 'subs.csv' },
  workspace: { name: 'Acme' },
  failure: { message: 'disk full' },
  n: { n: 2 },
  count: { count: 3 },
  date: { date: 'Dec 31, 2025' },
  period: { period: 'June 2025' },
  kpi: { kpi: 'MRR' },
  columns: { columns: 'plan_amount' },
  rows: { count: '4', n: 4 },
} as const;

/** The same sample argument for several messages. */
export function alike<V, K extends string>(value: V, ...keys: readonly K[]): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>;
}
