// Header cleanup. Names must be unique and non-empty so every column can be addressed, and
// renaming must be predictable so the user can recognise the preview.

export interface CleanHeaders {
  names: string[];
  /** Human notes for every renamed column, e.g. `column 3 had no name: called column_3`. */
  renamed: string[];
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
  const renamed: string[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    if (names[i] !== undefined) continue;
    const base = trimmed[i] === '' ? `column_${i + 1}` : trimmed[i];
    let name = base;
    for (let n = 2; taken.has(name) || (name !== base && present.has(name)); n++) name = `${base}_${n}`;
    taken.add(name);
    names[i] = name;
    renamed.push(
      trimmed[i] === ''
        ? `column ${i + 1} has no name: called ${name}`
        : `column ${i + 1} repeats "${trimmed[i]}": called ${name}`,
    );
  }
  return { names, renamed };
}
