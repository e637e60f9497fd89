import { afterEach, describe, expect, it } from 'vitest';
import { phaseClock, type ImportProfile } from '../../../src/worker/import-profile.ts';
import { streamRecords } from '../../../src/worker/stream-rows.ts';

type Sink = { imports: ImportProfile[] };
const g = globalThis as { __yardstickProfile?: Sink };

afterEach(() => {
  delete g.__yardstickProfile;
});

const source = { encoding: 'utf-8', delimiter: ',', preferPolish: false } as const;
const csv = 'a,b\n1,"x\ny"\n2,z\n\n3,"unclosed\n';

async function records(profiled: boolean, readBytes: number) {
  const seen: unknown[] = [];
  const betweens: number[] = [];
  const clock = profiled ? phaseClock({ name: 'f.csv', size: csv.length }) : null;
  await streamRecords(
    new Blob([csv]),
    source,
    (fields, line, problem) => seen.push([fields, line, problem?.code ?? null, betweens.length]),
    async (bytes) => void betweens.push(bytes),
    readBytes,
    { clock },
  );
  return { seen, betweens };
}

describe('import profile', () => {
  it('times nothing unless the bench asked for it', () => {
    expect(phaseClock({ name: 'f.csv', size: 1 })).toBeNull();
  });

  it('records one profile per request, every phase starting at zero', () => {
    g.__yardstickProfile = { imports: [] };
    const clock = phaseClock({ name: 'f.csv', size: 10 })!;
    clock.add('parse', performance.now() - 5);
    clock.finish();
    const [p] = g.__yardstickProfile.imports;
    expect(p.file).toBe('f.csv');
    expect(p.bytes).toBe(10);
    expect(p.phases.parse).toBeGreaterThanOrEqual(5);
    expect(p.phases.read).toBe(0);
    expect(p.wallMs).toBeGreaterThanOrEqual(0);
  });

  it('hands the sink the same records, in the same slices, when profiled', async () => {
    for (const readBytes of [3, 7, 1024]) {
      const plain = await records(false, readBytes);
      g.__yardstickProfile = { imports: [] };
      const timed = await records(true, readBytes);
      delete g.__yardstickProfile;
      expect(timed).toEqual(plain);
      expect(plain.seen.length).toBeGreaterThan(2);
    }
  });
});

describe('the bytes of each slice', () => {
  it('are handed over once decoded: taking their buffer away changes no record', async () => {
    const plain = await records(false, 7);
    const seen: unknown[] = [];
    const handed: number[] = [];
    await streamRecords(
      new Blob([csv]),
      source,
      (fields, line, problem) => seen.push([fields, line, problem?.code ?? null]),
      async () => undefined,
      7,
      {
        bytesRead: (bytes) => {
          handed.push(bytes.length);
          // What the hash worker does with them: the buffer moves away.
          structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
        },
      },
    );
    expect(seen).toEqual(plain.seen.map((r) => (r as unknown[]).slice(0, 3)));
    expect(handed.reduce((a, b) => a + b, 0)).toBe(new Blob([csv]).size);
  });
});
