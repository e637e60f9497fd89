// A `.catch` inside an IndexedDB transaction swallows the error that should abort it: the
// transaction then commits half of what it was asked to write. No code that talks to IndexedDB
// may do that; this test reads the sources and fails on one.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/db', 'src/worker'];

/** The text of every `transaction(...)` call's argument list, brackets matched. */
function transactionBodies(source: string): string[] {
  const bodies: string[] = [];
  const re = /\btransaction\s*\(/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    let quote: string | null = null;
    for (; i < source.length && depth > 0; i++) {
      const c = source[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    bodies.push(source.slice(start, i - 1));
  }
  return bodies;
}

function sources(): { file: string; text: string }[] {
  return ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: `${root}/${f}`, text: readFileSync(`${root}/${f}`, 'utf8') })),
  );
}

describe('transactions', () => {
  it('are found, and a .catch inside one is seen', () => {
    const bad =
      "await db.transaction('rw', db.chunks, async () => { await db.chunks.put(x).catch(() => undefined); });";
    expect(transactionBodies(bad)).toHaveLength(1);
    expect(transactionBodies(bad)[0]).toContain('.catch(');
    expect(sources().flatMap((s) => transactionBodies(s.text)).length).toBeGreaterThan(3);
  });

  it('never hold a .catch in src/db or src/worker', () => {
    const offenders = sources().flatMap(({ file, text }) =>
      transactionBodies(text)
        .filter((body) => /\.catch\s*\(|\bcatch\s*[({]/.test(body))
        .map(() => file),
    );
    expect(offenders).toEqual([]);
  });
});
