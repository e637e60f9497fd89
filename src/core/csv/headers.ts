// Header cleanup. Names must be unique and non-empty so every column can be addressed, and
// renaming must be predictable so the user can recognise the preview.

/** A renamed column (1-based `column`), e.g. column 3 had no name and is called `column_3`. */
export type HeaderRename =
  | { code: 'header-unnamed'; column: number; name: string }
  | { code: 'header-repeated'; column: number; header: string; name: string };

export interface CleanHeaders {
  names: string[];
  /** A note for every renamed column, so the user recognises the preview. */
  renamed: HeaderRename[];
}

export function cleanHeaders(raw: readonly string[]): CleanHeaders {
  const trimmed = raw.map((h) => h.trim());
  const taken = new Set<string>();
  const names: string[] = new Array<string>(trimmed.length);
  const present = new Set(trimmed);
  // First occurrences keep their names, so a later duplicate can never steal one.
  for (let i = 0; i < trimmed.length; i++) {
    const h = trimmed[i];
    if (h !== '' && !taken.has(h)) {
      taken.add(h);
      names[i] = h;
    }
  }
  const renamed: HeaderRename[] = [];
  // The suffix each repeated name tries next: the ones below it are taken for good, so thousands
  // of copies of one header are renamed in linear time, to the names a search from 2 would give.
  const next = new Map<string, number>();
  for (let i = 0; i < trimmed.length; i++) {
    if (names[i] !== undefined) continue;
    const base = trimmed[i] === '' ? `column_${i + 1}` : trimmed[i];
    let name = base;
    let n = next.get(base) ?? 2;
    while (taken.has(name) || (name !== base && present.has(name))) name = `${base}_${n++}`;
    next.set(base, n);
    taken.add(name);
    names[i] = name;
    renamed.push(
      trimmed[i] === ''
        ? { code: 'header-unnamed', column: i + 1, name }
        : { code: 'header-repeated', column: i + 1, header: trimmed[i], name },
    );
  }
  return { names, renamed };
}
