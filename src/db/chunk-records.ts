// Chunks and event aggregates as records: written packed (schema version 5), read whatever format
// they were written in (stored-formats.ts names the steps). Apart from the dataset records so the
// first screen loads without this code.
import { compactFrame, type Frame } from '../core/datasets/frame.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { EventAggregate } from '../core/events/aggregate.ts';
import { aggregateFrames } from '../core/events/build.ts';
import { packAggregate, unpackAggregate } from './packed-aggregate.ts';
import { ChunkUnpacker, unpackFrames, type ChunkPacker } from './packed-frame.ts';
import type { ChunkRecord, DatasetRecord, EventAggregateRecord, YardstickDb } from './schema.ts';
import { readFrame } from './stored-formats.ts';

/**
 * Reads one dataset's chunk records as frames, in index order from the first: a packed chunk's
 * text codes point into values earlier chunks added (step `packed-chunks`).
 */
export class ChunkReader {
  private readonly unpacker = new ChunkUnpacker();
  private next = 0;

  constructor(private readonly kind: DatasetKind) {}

  read(chunk: ChunkRecord): Frame {
    if (chunk.index !== this.next)
      throw new Error(`chunk ${chunk.index} of dataset ${chunk.datasetId} read out of order`);
    this.next++;
    const frame = chunk.packed ? this.unpacker.unpack(chunk.packed) : chunk.frame!;
    return readFrame(this.kind, frame);
  }
}

/**
 * A dataset's rows as frames: one frame of all of them when its chunks are packed, else a frame
 * per chunk as stored (text columns of packed chunks share one dictionary either way).
 */
export async function datasetFrames(db: YardstickDb, dataset: DatasetRecord): Promise<Frame[]> {
  const chunks = await db.chunks.where('datasetId').equals(dataset.id).sortBy('index');
  const packed = chunks.flatMap((c, i) => (c.packed && c.index === i ? [c.packed] : []));
  if (packed.length && packed.length === chunks.length)
    return [readFrame(dataset.kind, unpackFrames(packed))];
  const reader = new ChunkReader(dataset.kind);
  return chunks.map((c) => reader.read(c));
}

/** The record that stores a dataset's chunk `index`, packed by the dataset's own packer. */
export function chunkRecord(
  packer: ChunkPacker,
  datasetId: string,
  index: number,
  frame: Frame,
): ChunkRecord {
  return { datasetId, index, packed: packer.pack(frame) };
}

export function aggregateRecord(datasetId: string, aggregate: EventAggregate): EventAggregateRecord {
  return { datasetId, packed: packAggregate(aggregate) };
}

/**
 * The stored aggregate of an events dataset; one stored before aggregates existed gets it built
 * from its chunks and stored, so old workspaces keep working (step `event-aggregates`).
 */
export async function eventAggregateOf(db: YardstickDb, dataset: DatasetRecord): Promise<EventAggregate> {
  const stored = await db.eventAggregates.get(dataset.id);
  if (stored?.packed) return unpackAggregate(stored.packed);
  if (stored?.aggregate) return stored.aggregate;
  // Each chunk on its own dictionary: the aggregator looks up every value of a chunk's dictionary.
  const aggregate = aggregateFrames((await datasetFrames(db, dataset)).map(compactFrame));
  // Stored only while the dataset is still there: a delete meanwhile must not leave an orphan.
  await db.transaction('rw', db.datasets, db.eventAggregates, async () => {
    if ((await db.datasets.get(dataset.id))?.state === 'ready')
      await db.eventAggregates.put(aggregateRecord(dataset.id, aggregate));
  });
  return aggregate;
}
