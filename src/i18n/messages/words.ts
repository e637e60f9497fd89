// The logic that messages of every language share: each language gives its own words, the way they
// are picked or joined is written once here.

/** Lower-cases a leading capital, but not an acronym (NPS stays NPS). */
export const lower = (s: string): string =>
  /^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);

/** A KPI's name from a language's names; feature adoption and custom KPIs carry their own. */
export function kpiNamer(names: Readonly<Record<string, string>>, adoption: string) {
  return ({ id }: { id: string }): string =>
    id.startsWith('feature_adoption:')
      ? `${adoption}: ${id.slice(17)}`
      : id.startsWith('custom:')
        ? id.slice(7)
        : (names[id] ?? id);
}

/** An engine input's name: its own words, else the KPI of that name in lower case, else its id. */
export function inputNamer(inputs: Readonly<Record<string, string>>, kpis: Readonly<Record<string, string>>) {
  return ({ name }: { name: string }): string => inputs[name] ?? lower(kpis[name] ?? name.replace(/_/g, ' '));
}

/** A word from a table, or the key in words when the table has none. */
export function wordFrom(table: Readonly<Record<string, string>>, fallback = (key: string) => key) {
  return (key: string): string => table[key] ?? fallback(key);
}

/** `a, b and c`, with the language's word for "and". */
export function listWith(and: string) {
  return ({ items }: { items: readonly string[] }): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
