// What a dataset's chunks hold, as frames with a dictionary of their own: how tests look at what
// an import or a restore wrote, whichever stored format the chunks have.
import { compactFrame, type Frame } from '../../../src/core/datasets/frame.ts';
import { ChunkUnpacker } from '../../../src/db/packed-frame.ts';
import type { YardstickDb } from '../../../src/db/schema.ts';

export async function storedFrames(db: YardstickDb, datasetId: string): Promise<Frame[]> {
  const chunks = await db.chunks.where('datasetId').equals(datasetId).sortBy('index');
  const unpacker = new ChunkUnpacker();
  return chunks.map((c) => compactFrame(c.packed ? unpacker.unpack(c.packed) : c.frame!));
}

/** Rows in a dataset's chunks, staged or committed. */
export async function storedRows(db: YardstickDb, datasetId: string): Promise<number> {
  return (await storedFrames(db, datasetId)).reduce((rows, f) => rows + f.rows, 0);
}
