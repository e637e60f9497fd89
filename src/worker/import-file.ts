import { analyse, ingest, type IngestOptions } from '../core/datasets/ingest.ts';
import type { DatasetRecord, YardstickDb } from '../db/schema.ts';
import { commitDataset, deleteDataset, readyDatasets, stageChunk, stageDataset } from '../db/datasets.ts';
import type { AnalysisAnswer, ImportedAnswer, ImportProgress } from './protocol.ts';
import { rememberMapping, recallMapping } from '../db/mappings.ts';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** The preview: what the import would do, with the mapping remembered for these headers. */
export async function analyseFile(
  db: YardstickDb,
  workspaceId: string,
  file: File,
  options: IngestOptions,
): Promise<AnalysisAnswer> {
  const bytes = await bytesOf(file);
  let analysis = analyse(bytes, file.name, options);
  let rememberedMapping = false;
  if (!options.kind && !options.mapping) {
    const memory = await recallMapping(db, analysis.headers);
    if (memory) {
      analysis = analyse(bytes, file.name, { ...options, kind: memory.kind, mapping: memory.mapping });
      rememberedMapping = true;
    }
  }
  const hash = await sha256Hex(bytes);
  const same = (await readyDatasets(db, workspaceId)).find((d) => d.hash === hash);
  return { analysis, hash, duplicateOf: same ? { id: same.id, name: same.name } : null, rememberedMapping };
}

export interface ImportControl {
  cancelled: () => boolean;
  progress: (p: ImportProgress) => void;
}

export class ImportCancelled extends Error {}

/**
 * Stores a file all-or-nothing: chunks are staged under a dataset id no query shows, then one
 * small transaction makes them visible. A failure or cancel removes what was staged.
 */
export async function importFile(
  db: YardstickDb,
  workspaceId: string,
  file: File,
  options: IngestOptions,
  control: ImportControl,
  replaceId?: string,
): Promise<ImportedAnswer> {
  const started = performance.now();
  const bytes = await bytesOf(file);
  const result = ingest(bytes, file.name, options);
  const id = crypto.randomUUID();
  const record: DatasetRecord = {
    id,
    workspaceId,
    state: 'staged',
    kind: result.kind!,
    name: file.name,
    fileName: file.name,
    size: file.size,
    hash: await sha256Hex(bytes),
    importedAt: Date.now(),
    encoding: result.encoding,
    delimiter: result.delimiter,
    decimal: result.decimal,
    dateOrder: result.dateOrder,
    mapping: result.mapping,
    rowsStored: result.rowsStored,
    rejected: result.rejected,
    chunkCount: result.frames.length,
    currencies: result.currencies,
  };
  try {
    await stageDataset(db, record);
    let rows = 0;
    for (const [index, frame] of result.frames.entries()) {
      if (control.cancelled()) throw new ImportCancelled();
      await stageChunk(db, id, index, frame);
      rows += frame.rows;
      const seconds = (performance.now() - started) / 1000;
      control.progress({
        rows,
        bytes: Math.round((rows / Math.max(1, result.rowsStored)) * bytes.length),
        totalBytes: bytes.length,
        rowsPerSecond: seconds > 0 ? rows / seconds : 0,
      });
    }
    if (control.cancelled()) throw new ImportCancelled();
    await commitDataset(db, record, replaceId);
  } catch (e) {
    await deleteDataset(db, id).catch(() => undefined);
    throw e;
  }
  await rememberMapping(db, result.headers, record.kind, record.mapping);
  const { rejected, ...dataset } = record;
  return { dataset: { ...dataset, state: 'ready' }, rejectedHead: rejected.slice(0, 100) };
}
