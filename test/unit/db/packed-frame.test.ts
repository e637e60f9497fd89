// Chunks stored packed read back as the frames that were stored, their text coded against one
// dictionary per dataset that each chunk extends.
import { describe, expect, it } from 'vitest';
import {
  compactFrame,
  concatFrames,
  numberColumn,
  textColumn,
  timeColumn,
  type Column,
  type Frame,
} from '../../../src/core/datasets/frame.ts';
import { frameRows } from '../../../src/core/datasets/frame-rows.ts';
import { ChunkPacker, ChunkUnpacker, unpackFrames } from '../../../src/db/packed-frame.ts';
import { unpackInts } from '../../../src/db/packed-numbers.ts';

function events(rows: [string | null, number, string][]): Frame {
  const users: string[] = [];
  const names: string[] = [];
  const code = (dict: string[], v: string | null) => {
    if (v === null) return -1;
    const at = dict.indexOf(v);
    return at >= 0 ? at : dict.push(v) - 1;
  };
  return {
    rows: rows.length,
    columns: new Map<string, Column>([
      [
        'user_id',
        textColumn(
          Int32Array.from(rows, (r) => code(users, r[0])),
          users,
        ),
      ],
      ['timestamp', timeColumn(Float64Array.from(rows, (r) => r[1]))],
      [
        'event',
        textColumn(
          Int32Array.from(rows, (r) => code(names, r[2])),
          names,
        ),
      ],
    ]),
  };
}

const first = events([
  ['u1', Date.UTC(2024, 0, 1, 10), 'login'],
  ['u2', Date.UTC(2024, 0, 1, 11), 'login'],
  [null, Date.UTC(2024, 0, 1, 12), 'search'],
]);
const second = events([
  ['u2', Date.UTC(2024, 0, 2, 9), 'search'],
  ['u3', Date.UTC(2024, 0, 2, 9, 30), 'login'],
  ['u1', NaN, 'export'],
]);

const rowsOf = (frame: Frame) => frameRows([frame]);

describe('packed chunks', () => {
  it('store each value of a text column once per dataset: a chunk adds only what is new', () => {
    const packer = new ChunkPacker();
    const a = packer.pack(first);
    const b = packer.pack(second);
    const added = (f: typeof a, name: string) => {
      const col = f.columns.get(name)!;
      return col.type === 'text' ? col.added : null;
    };
    expect(added(a, 'user_id')).toEqual(['u1', 'u2']);
    expect(added(b, 'user_id')).toEqual(['u3']);
    // The second chunk uses dataset codes 0 (u1), 1 (u2), 2 (u3); its rows hold places in that list.
    const users = b.columns.get('user_id')!;
    expect(users.type === 'text' && [[...unpackInts(users.used)], [...unpackInts(users.codes)]]).toEqual([
      [0, 1, 2],
      [1, 2, 0],
    ]);
    expect(added(b, 'event')).toEqual(['export']);
  });

  it('read back, in order, the rows that were stored', () => {
    const packer = new ChunkPacker();
    const stored = [packer.pack(first), packer.pack(second)];
    const unpacker = new ChunkUnpacker();
    const [a, b] = stored.map((p) => unpacker.unpack(p));
    expect(rowsOf(a)).toEqual(rowsOf(first));
    expect(rowsOf(b)).toEqual(rowsOf(second));
    expect(rowsOf(b)[1]).toEqual(['u2', '2024-01-02T09:00:00.000Z', 'search']);
  });

  it('read back a chunk whose dictionary lists a value twice (a hand-edited snapshot), the value stored once', () => {
    const twice: Frame = {
      rows: 4,
      columns: new Map<string, Column>([
        ['user_id', textColumn(Int32Array.from([0, 1, 2, 1]), ['u1', 'u9', 'u1'])],
      ]),
    };
    const packer = new ChunkPacker();
    const packed = packer.pack(twice);
    const users = packed.columns.get('user_id')!;
    expect(users.type === 'text' && [users.added, [...unpackInts(users.used)]]).toEqual([
      ['u1', 'u9'],
      [0, 1],
    ]);
    expect(rowsOf(new ChunkUnpacker().unpack(packed))).toEqual(rowsOf(twice));
  });

  it('list the dataset codes a chunk uses ascending and once, whether it uses many or a few of many', () => {
    const ids = (from: number, n: number, step: number) =>
      Array.from({ length: n }, (_, i) => `u${(from + i * step) % 5000}`);
    const chunk = (users: string[]): Frame => {
      // Each id listed twice in the chunk's dictionary, as a hand-edited snapshot may.
      const dict = users.flatMap((u) => [u, u]);
      const codes = Int32Array.from(users, (_, i) => 2 * i + (i % 2));
      return { rows: users.length, columns: new Map<string, Column>([['user_id', textColumn(codes, dict)]]) };
    };
    const chunks = [
      chunk(ids(0, 5000, 7)), // every user, in a scattered order: the dictionary's codes
      chunk(ids(4321, 3000, 13)), // most of them again
      chunk(['u17', 'u4999', 'u3', 'u17', 'u2500']), // a few of many
    ];
    const packer = new ChunkPacker();
    const unpacker = new ChunkUnpacker();
    for (const frame of chunks) {
      const packed = packer.pack(frame);
      const col = packed.columns.get('user_id')!;
      const used = col.type === 'text' ? [...unpackInts(col.used)] : [];
      const distinct = new Set(
        rowsOf(frame)
          .slice(1)
          .map((r) => r[0]),
      ).size; // after the header row
      expect(used.length).toBe(distinct);
      expect(used).toEqual([...used].sort((a, b) => a - b));
      expect(new Set(used).size).toBe(used.length);
      expect(rowsOf(unpacker.unpack(packed))).toEqual(rowsOf(frame));
    }
  });

  it('join into one frame without merging dictionaries, and split back into chunks of their own', () => {
    const packer = new ChunkPacker();
    const stored = [packer.pack(first), packer.pack(second)];
    const unpacker = new ChunkUnpacker();
    const frames = stored.map((p) => unpacker.unpack(p));
    const joined = concatFrames(frames);
    const users = joined.columns.get('user_id')!;
    expect(users.type === 'text' && users.dict).toBe(
      (frames[0].columns.get('user_id') as { dict: string[] }).dict,
    );
    expect(rowsOf(joined)).toEqual(rowsOf(concatFrames([first, second])));
    // A chunk on its own names only its own users, in order of first use.
    const alone = compactFrame(frames[1]).columns.get('user_id')!;
    expect(alone.type === 'text' && [alone.dict, [...alone.codes]]).toEqual([
      ['u2', 'u3', 'u1'],
      [0, 1, 2],
    ]);
  });

  it('unpack into one frame of all their rows, a column missing from a chunk empty there', () => {
    const packer = new ChunkPacker();
    const withPlan: Frame = {
      rows: 1,
      columns: new Map<string, Column>([
        ['user_id', textColumn(Int32Array.from([0]), ['u4'])],
        ['plan', textColumn(Int32Array.from([0]), ['Pro'])],
      ]),
    };
    const whole = unpackFrames([first, second, withPlan].map((f) => packer.pack(f)));
    expect(whole.rows).toBe(7);
    const rows = rowsOf(whole);
    expect(rows[0]).toEqual(['user_id', 'timestamp', 'event', 'plan']);
    expect(rows.slice(1)).toEqual([
      ...rowsOf(concatFrames([first, second]))
        .slice(1)
        .map((r) => [...r, null]),
      ['u4', null, null, 'Pro'],
    ]);
  });

  it('read a column that is text in one chunk and numbers in another as concatFrames does', () => {
    const numbers: Frame = {
      rows: 2,
      columns: new Map<string, Column>([['plan', numberColumn(Float64Array.from([1, 2]))]]),
    };
    const text = (values: string[]): Frame => ({
      rows: values.length,
      columns: new Map<string, Column>([
        [
          'plan',
          textColumn(
            Int32Array.from(values, (_, i) => i),
            values,
          ),
        ],
      ]),
    });
    const frames = [numbers, text(['Pro']), numbers];
    const packer = new ChunkPacker();
    const whole = unpackFrames(frames.map((f) => packer.pack(f)));
    expect(rowsOf(whole)).toEqual(rowsOf(concatFrames(frames)));
    const textFirst = [text(['Pro', 'Team']), numbers, text(['Team', 'Gold'])];
    const again = new ChunkPacker();
    expect(rowsOf(unpackFrames(textFirst.map((f) => again.pack(f))))).toEqual(
      rowsOf(concatFrames(textFirst)),
    );
  });

  it('keep numbers exactly, and empty cells empty', () => {
    const frame: Frame = {
      rows: 3,
      columns: new Map<string, Column>([
        ['amount', numberColumn(Float64Array.from([49.99, NaN, 0.1 + 0.2]))],
        ['plan', textColumn(Int32Array.from([-1, -1, -1]), [])],
      ]),
    };
    const back = new ChunkUnpacker().unpack(new ChunkPacker().pack(frame));
    expect(rowsOf(back)).toEqual(rowsOf(frame));
  });
});
