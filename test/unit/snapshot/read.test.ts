import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SnapshotError, type SnapshotProblem } from '../../../src/core/snapshot/problems.ts';
import { findPrototypeKey } from '../../../src/core/snapshot/prototype-keys.ts';
import { readSnapshotBlob, readSnapshotText } from '../../../src/core/snapshot/read.ts';
import { decodeFrame } from '../../../src/core/snapshot/frame-codec.ts';

const FROZEN = new URL('../../fixtures/snapshots/', import.meta.url);
const frozen = (name: string) => readFileSync(new URL(name, FROZEN), 'utf8');

function problemOf(run: () => unknown): SnapshotProblem | null {
  try {
    run();
    return null;
  } catch (e) {
    if (e instanceof SnapshotError) return e.problem;
    throw e;
  }
}

async function asyncProblemOf(run: () => Promise<unknown>): Promise<SnapshotProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    if (e instanceof SnapshotError) return e.problem;
    throw e;
  }
}

describe('frozen version 1 files keep opening', () => {
  it('reads the full example with its rows, goal, rule and alert', () => {
    const { doc, applied } = readSnapshotText(frozen('v1-full.yardstick.json'));
    expect(applied).toEqual([]);
    if (doc.scope !== 'full') throw new Error('scope');
    expect(doc.workspace.name).toBe('Frozen v1');
    expect(doc.workspace.goals[0].targets[0]).toMatchObject({
      kind: 'reach',
      kpi: 'mrr',
      from: 100,
      to: 300,
    });
    expect(doc.workspace.alerts[0].id).toBe('rule-1|2025-01|raised');
    const frame = decodeFrame(doc.workspace.datasets[0].chunks[0]);
    if (typeof frame === 'string') throw new Error(frame);
    const amount = frame.columns.get('amount');
    const end = frame.columns.get('end');
    const plan = frame.columns.get('plan');
    expect(amount?.type === 'number' && Array.from(amount.values)).toEqual([100, 50, 100]);
    expect(end?.type === 'time' && Array.from(end.values)).toEqual([NaN, Date.UTC(2025, 2, 1), NaN]);
    expect(plan?.type === 'text' && [plan.dict, Array.from(plan.codes)]).toEqual([
      ['Pro', 'Basic'],
      [0, 1, 0],
    ]);
  });

  it('reads the kpis example with its three tables', () => {
    const { doc } = readSnapshotText(frozen('v1-kpis.yardstick.json'));
    if (doc.scope !== 'kpis') throw new Error('scope');
    expect(doc.workspace.kpis.month.values.mrr).toEqual([100, 150, 200]);
    expect(doc.workspace.kpis.quarter.months).toEqual(['2025-Q1']);
  });

  it('reads a gzip-compressed file the same', async () => {
    const text = frozen('v1-kpis.yardstick.json');
    const gz = await new Response(
      new Blob([text]).stream().pipeThrough(new CompressionStream('gzip')),
    ).blob();
    const { doc } = await readSnapshotBlob(gz);
    expect(doc.workspace.name).toBe('Frozen v1 KPIs');
  });
});

describe('each bad file is refused with its own reason', () => {
  const good = JSON.parse(frozen('v1-kpis.yardstick.json')) as Record<string, unknown>;
  const text = (doc: unknown) => JSON.stringify(doc);

  it('empty', async () => {
    expect(await asyncProblemOf(() => readSnapshotBlob(new Blob([])))).toEqual({ code: 'empty' });
    expect(problemOf(() => readSnapshotText('  \n'))).toEqual({ code: 'empty' });
  });

  it('too big, before a byte is read', async () => {
    const blob = new Blob(['x'.repeat(100)]);
    // A blob whose reading would throw: the size alone must refuse it.
    Object.defineProperty(blob, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    expect(await asyncProblemOf(() => readSnapshotBlob(blob, 50))).toEqual({
      code: 'too-big',
      bytes: 100,
      limit: 50,
    });
  });

  it('truncated', () => {
    const whole = frozen('v1-kpis.yardstick.json');
    expect(problemOf(() => readSnapshotText(whole.slice(0, whole.length / 2)))).toEqual({
      code: 'truncated',
    });
  });

  it('a cut gzip file is truncated too', async () => {
    const gz = new Uint8Array(
      await new Response(
        new Blob([frozen('v1-full.yardstick.json')]).stream().pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    );
    expect(await asyncProblemOf(() => readSnapshotBlob(new Blob([gz.slice(0, gz.length - 20)])))).toEqual({
      code: 'truncated',
    });
  });

  it('not JSON', () => {
    expect(problemOf(() => readSnapshotText('customer_id,plan\nc1,Pro\n'))).toEqual({ code: 'not-json' });
    expect(problemOf(() => readSnapshotText('{"format": yardstick}'))).toEqual({ code: 'not-json' });
  });

  it('wrong format name', () => {
    expect(problemOf(() => readSnapshotText(text({ ...good, format: 'excalidraw' })))).toEqual({
      code: 'wrong-format',
    });
    expect(problemOf(() => readSnapshotText('[1,2]'))).toEqual({ code: 'wrong-format' });
  });

  it('newer version, naming it', () => {
    expect(problemOf(() => readSnapshotText(text({ ...good, version: 7 })))).toEqual({
      code: 'newer-version',
      version: 7,
      supported: 1,
    });
  });

  it('unknown version', () => {
    expect(problemOf(() => readSnapshotText(text({ ...good, version: 0 })))).toEqual({
      code: 'unknown-version',
      version: '0',
    });
    expect(problemOf(() => readSnapshotText(text({ ...good, version: '1' })))).toEqual({
      code: 'unknown-version',
      version: '"1"',
    });
  });

  it('prototype keys at any depth', () => {
    const hostile = frozen('v1-kpis.yardstick.json').replace(
      '"mrr": [',
      '"__proto__": {"polluted": 1}, "mrr": [',
    );
    expect(problemOf(() => readSnapshotText(hostile))).toMatchObject({
      code: 'prototype-key',
      key: '__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong types, saying where', () => {
    const doc = JSON.parse(frozen('v1-kpis.yardstick.json'));
    doc.workspace.kpis.month.values.mrr[1] = 'a lot';
    expect(problemOf(() => readSnapshotText(text(doc)))).toEqual({
      code: 'wrong-types',
      path: 'workspace.kpis.month.values.mrr.1',
    });
  });

  it('a series with more values than months is the wrong type', () => {
    const doc = JSON.parse(frozen('v1-kpis.yardstick.json'));
    doc.workspace.kpis.month.values.mrr.push(1);
    expect(problemOf(() => readSnapshotText(text(doc)))?.code).toBe('wrong-types');
  });

  it('a text code pointing past its dictionary cannot be decoded', () => {
    const doc = JSON.parse(frozen('v1-full.yardstick.json'));
    const plan = doc.workspace.datasets[0].chunks[0].columns[1];
    plan.dict = ['Pro'];
    const { doc: read } = readSnapshotText(text(doc));
    if (read.scope !== 'full') throw new Error('scope');
    expect(decodeFrame(read.workspace.datasets[0].chunks[0])).toBe('code');
  });
});

describe('prototype-key walk', () => {
  it('finds own __proto__ keys JSON.parse creates, constructor and prototype, with their path', () => {
    expect(findPrototypeKey(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toEqual({
      key: '__proto__',
      path: 'a[1].__proto__',
    });
    expect(findPrototypeKey(JSON.parse('{"a":{"constructor":{"prototype":1}}}'))?.key).toBe('constructor');
    expect(findPrototypeKey(JSON.parse('[[[{"prototype":null}]]]'))).toEqual({
      key: 'prototype',
      path: '[0][0][0].prototype',
    });
  });

  it('lets values named like them through: only keys are dangerous', () => {
    expect(findPrototypeKey(JSON.parse('{"name":"__proto__","list":["constructor"]}'))).toBeNull();
  });

  it('walks a document nested far deeper than the call stack', () => {
    const deep = '{"a":'.repeat(20000) + '{"__proto__":1}' + '}'.repeat(20000);
    expect(findPrototypeKey(JSON.parse(deep))?.key).toBe('__proto__');
  });
});
