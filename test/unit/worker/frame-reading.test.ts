// The reading half of an import over a message port (as between the engine and the reader's
// worker): the same frames and totals as reading in this thread, errors that keep their kind, a
// failing sink that stops the reading, and a reader that never runs far ahead of the storing.
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/datasets/errors.ts';
import type { Frame } from '../../../src/core/datasets/frame.ts';
import type { IngestOptions } from '../../../src/core/datasets/ingest.ts';
import { planFromSource, prefixSource } from '../../../src/core/datasets/prefix-plan.ts';
import { storablePlan } from '../../../src/core/datasets/table-decision.ts';
import { frameBuffers } from '../../../src/core/datasets/buffer-pool.ts';
import { readFramesBeside } from '../../../src/worker/frame-reader.ts';
import { readFramesOn, serveFrameReading, type Port } from '../../../src/worker/frame-reading.ts';
import { readFrames, type ReadJob } from '../../../src/worker/read-frames.ts';
import { EncodingRestart } from '../../../src/worker/stream-rows.ts';

const FIXTURES = new URL('../../fixtures/public/', import.meta.url);

function jobFor(
  bytes: Uint8Array,
  fileName: string,
  locale: IngestOptions['locale'],
  more: Partial<ReadJob> = {},
): ReadJob {
  const options: IngestOptions = { locale };
  const source = prefixSource(bytes, fileName, locale === 'pl');
  const p = planFromSource(source, options);
  return {
    fileName,
    source: { encoding: source.encoding, delimiter: source.delimiter, preferPolish: locale === 'pl' },
    plan: storablePlan({ ...p, kindReason: p.kindReason! }, p.headers, fileName),
    headers: p.headers,
    headerLine: p.headerLine,
    options,
    checkWhole: true,
    chunkRows: 7,
    readBytes: 256,
    profile: false,
    ...more,
  };
}

const ports: { close(): void }[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

/** A reader served on one end of a channel; the other end is what the engine holds. */
function channel(): Port {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveFrameReading(port1 as unknown as Port);
  return port2 as unknown as Port;
}

/** A frame as plain values, to compare frames that crossed a port with frames that did not. */
function plain(frame: Frame) {
  return {
    rows: frame.rows,
    columns: [...frame.columns].map(([name, c]) =>
      c.type === 'text' ? [name, c.type, [...c.codes], c.dict] : [name, c.type, [...c.values]],
    ),
  };
}

describe('reading an import beside the engine', () => {
  it.each([
    ['subscriptions_stripe.csv', 'en-US'],
    ['alt-formats/subscriptions_pl.csv', 'pl'],
    ['leads.csv', 'en-US'],
  ] as const)('gives the frames, totals and hash of reading in this thread for %s', async (name, locale) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
    const job = jobFor(bytes, name, locale);
    const here: Frame[] = [];
    const expected = await readFrames(new Blob([bytes]), job, async (frames) => void here.push(...frames));
    const beside: Frame[] = [];
    const progress: number[] = [];
    const result = await readFramesOn(channel(), new Blob([bytes]), job, async (frames, read) => {
      beside.push(...frames);
      progress.push(read);
    });
    expect(here.length).toBeGreaterThan(1);
    expect(beside.map(plain)).toEqual(here.map(plain));
    expect(result.totals).toEqual(expected.totals);
    expect(result.hash).toBe(expected.hash);
    expect(result.final?.mapping).toEqual(expected.final?.mapping);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('fills the buffers of stored frames again, with the values as read without them', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('subscriptions_stripe.csv', FIXTURES)));
    const job = jobFor(bytes, 'subscriptions_stripe.csv', 'en-US');
    const here: Frame[] = [];
    await readFrames(new Blob([bytes]), job, async (frames) => void here.push(...frames));

    // As the engine does: a frame's values are read (here: copied), then its buffers handed back.
    const read = (into: ReturnType<typeof plain>[], done: ArrayBuffer[]) => async (frames: Frame[]) => {
      into.push(...frames.map(plain));
      done.push(...frameBuffers(frames));
    };
    const sameThread: ReturnType<typeof plain>[] = [];
    const doneHere: ArrayBuffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    let refilled = 0;
    const reading = readFramesBeside(
      new Blob([bytes]),
      job,
      async (frames) => {
        for (const buffer of frameBuffers(frames)) {
          if (seen.has(buffer)) refilled++;
          seen.add(buffer);
        }
        await read(sameThread, doneHere)(frames);
      },
      () => doneHere.splice(0),
    );
    expect(reading.beside).toBe(false);
    await reading.result;
    expect(sameThread).toEqual(here.map(plain));
    expect(refilled).toBeGreaterThan(0);

    const beside: ReturnType<typeof plain>[] = [];
    const handedBack: ArrayBuffer[] = [];
    const doneBeside: ArrayBuffer[] = [];
    await readFramesOn(channel(), new Blob([bytes]), job, read(beside, doneBeside), () => {
      const spare = doneBeside.splice(0);
      handedBack.push(...spare);
      return spare;
    });
    expect(beside).toEqual(here.map(plain));
    // Moved to the reader, not copied: nothing of them is left on this side.
    expect(handedBack.length).toBeGreaterThan(0);
    expect(handedBack.every((b) => b.byteLength === 0)).toBe(true);
  });

  it('rejects a quote never closed as the same IngestError, file and line named', async () => {
    const text =
      'customer_id,plan,mrr,start_date\nc1,Pro,10,2024-01-01\nc2,"Pro,10,2024-02-01\nc3,Pro,10,2024-03-01\n';
    const bytes = new TextEncoder().encode(text);
    const job = jobFor(bytes, 'broken.csv', 'en-US');
    const here = await readFrames(new Blob([bytes]), job, async () => undefined).catch((e: unknown) => e);
    const beside = await readFramesOn(channel(), new Blob([bytes]), job, async () => undefined).catch(
      (e: unknown) => e,
    );
    expect(here).toBeInstanceOf(IngestError);
    expect(beside).toBeInstanceOf(IngestError);
    expect((beside as IngestError).code).toBe('unreadable');
    expect((beside as IngestError).fileName).toBe('broken.csv');
    expect((beside as IngestError).detail).toEqual((here as IngestError).detail);
  });

  it('asks for a restart in the legacy code page when UTF-8 fails past the prefix', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `c${i},Pro,10,2024-01-01`).join('\n');
    const head = new TextEncoder().encode(`customer_id,plan,mrr,start_date\n${rows}\nc-zł,`);
    // `ł` in windows-1250 (0xB3) after a UTF-8-looking prefix.
    const bytes = new Uint8Array([...head, 0xb3, ...new TextEncoder().encode(',Pro,10,2024-01-01\n')]);
    const job = jobFor(bytes.subarray(0, 1000), 'legacy.csv', 'pl');
    const here = await readFrames(new Blob([bytes]), job, async () => undefined).catch((err: unknown) => err);
    const e = await readFramesOn(channel(), new Blob([bytes]), job, async () => undefined).catch(
      (err: unknown) => err,
    );
    expect(here).toBeInstanceOf(EncodingRestart);
    expect(e).toBeInstanceOf(EncodingRestart);
    expect((e as EncodingRestart).encoding).toBe((here as EncodingRestart).encoding);
  });

  it('stops at the first sink failure (a cancel) and calls the sink no more', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('subscriptions_stripe.csv', FIXTURES)));
    const job = jobFor(bytes, 'subscriptions_stripe.csv', 'en-US');
    let calls = 0;
    const cancelled = new Error('cancelled');
    const e = await readFramesOn(channel(), new Blob([bytes]), job, async () => {
      if (++calls === 3) throw cancelled;
    }).catch((err: unknown) => err);
    expect(e).toBe(cancelled);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(3);
  });

  it('holds back while the frames posted are not stored, then reads on', async () => {
    // ~1 MB: 128 KB slices of ~4,600 rows each, so one slice gives 4 or 5 frames of 1,000 rows.
    const rows = Array.from({ length: 36_000 }, (_, i) => `c${100_000 + i},Pro,10,2024-01-01`);
    const bytes = new TextEncoder().encode(`customer_id,plan,mrr,start_date\n${rows.join('\n')}\n`);
    const job = jobFor(bytes, 'many.csv', 'en-US', { chunkRows: 1000, readBytes: 128 * 1024 });
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    serveFrameReading(port1 as unknown as Port);
    let frames = 0;
    let done = false;
    port2.on('message', (m: { type: string; frames?: Frame[] }) => {
      if (m.type === 'slice') frames += m.frames!.length;
      if (m.type === 'done') done = true;
    });
    port2.postMessage({ type: 'read', file: new Blob([bytes]), job });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Two frames ahead at most, plus those of the slice that went past the limit: not 36.
    expect(frames).toBeGreaterThan(0);
    expect(frames).toBeLessThanOrEqual(2 + 5);
    expect(done).toBe(false);
    const held = frames;
    port2.postMessage({ type: 'stored', frames: held, spare: [] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(frames).toBeGreaterThan(held);
  });
});
