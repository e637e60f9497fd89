// A stored dataset's frames back as table rows (header first): the raw export of stored data
// when the app itself cannot open it. Instants are written as ISO text, empty cells as null.
import type { Frame } from './frame.ts';

export function frameRows(frames: readonly Frame[]): (string | number | null)[][] {
  const names: string[] = [];
  for (const f of frames) for (const name of f.columns.keys()) if (!names.includes(name)) names.push(name);
  const rows: (string | number | null)[][] = [names];
  for (const f of frames) {
    for (let r = 0; r < f.rows; r++) {
      rows.push(
        names.map((name) => {
          const col = f.columns.get(name);
          if (!col) return null;
          if (col.type === 'text') return col.codes[r] < 0 ? null : col.dict[col.codes[r]];
          const v = col.values[r];
          if (Number.isNaN(v)) return null;
          return col.type === 'time' ? new Date(v).toISOString() : v;
        }),
      );
    }
  }
  return rows;
}
