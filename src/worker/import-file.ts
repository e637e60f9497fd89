// Analyse and import one file in the worker. The import streams: slices of the file are decoded,
// parsed and normalised as they arrive, every Frame is staged as its own chunk, and one small
// transaction at the end makes the dataset visible. Memory stays bounded by one slice and one
// chunk; a cancel is honoured between slices; a failure or cancel removes everything staged.

import {
  analyse,
  ingest,
  IngestError,
  type IngestOptions,
  type RejectedRow,
} from '../core/datasets/ingest.ts';
import type { Frame } from '../core/datasets/frame.ts';
import { Normaliser } from '../core/datasets/normalise.ts';
import type { DatasetRecord, YardstickDb } from '../db/schema.ts';
import { commitDataset, deleteDataset, readyDatasets, stageChunk, stageDataset } from '../db/datasets.ts';
import { stageEventAggregate } from '../db/datasets.ts';
import { EventAggregator } from '../core/events/build.ts';
import { rememberMapping, recallMapping } from '../db/mappings.ts';
import type { AnalysisAnswer, ImportedAnswer, ImportProgress } from './protocol.ts';
import { planFromSource, prefixSource, readPrefix, PREFIX_BYTES } from './stream-plan.ts';
import { EncodingRestart, READ_BYTES, streamRecords } from './stream-rows.ts';
import type { EncodingLabel } from '../core/csv/decode.ts';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const HASH_SLICE = 8 * 1024 * 1024;

/**
 * The content hash that detects a re-import: SHA-256 of the bytes for files up to 8 MB; above,
 * SHA-256 over the SHA-256 of each 8 MB slice (WebCrypto has no streaming digest).
 */
export async function contentHash(file: Blob): Promise<string> {
  if (file.size <= HASH_SLICE) return sha256Hex(new Uint8Array(await file.arrayBuffer()));
  const parts: Uint8Array[] = [];
  for (let at = 0; at < file.size; at += HASH_SLICE) {
    const digest = await crypto.subtle.digest('SHA-256', await file.slice(at, at + HASH_SLICE).arrayBuffer());
    parts.push(new Uint8Array(digest));
  }
  const all = new Uint8Array(parts.length * 32);
  parts.forEach((p, i) => all.set(p, i * 32));
  return 'tree:' + (await sha256Hex(all));
}

/** Tuning for tests: how much is analysed up front and how much is read per slice. */
export interface StreamTuning {
  prefixBytes?: number;
  readBytes?: number;
}

/** The preview: what the import would do (over a bounded prefix), with the remembered mapping. */
export async function analyseFile(
  db: YardstickDb,
  workspaceId: string,
  file: File,
  options: IngestOptions,
  tuning: StreamTuning = {},
): Promise<AnalysisAnswer> {
  const prefix = await readPrefix(file, tuning.prefixBytes ?? PREFIX_BYTES);
  let analysis = analyse(prefix.bytes, file.name, options);
  let rememberedMapping = false;
  if (!options.kind && !options.mapping) {
    const memory = await recallMapping(db, analysis.headers);
    if (memory) {
      analysis = analyse(prefix.bytes, file.name, {
        ...options,
        kind: memory.kind,
        mapping: memory.mapping,
      });
      rememberedMapping = true;
    }
  }
  const hash = await contentHash(file);
  const same = (await readyDatasets(db, workspaceId)).find((d) => d.hash === hash);
  return {
    analysis,
    hash,
    duplicateOf: same ? { id: same.id, name: same.name } : null,
    rememberedMapping,
    partial: !prefix.whole,
  };
}

export interface ImportControl {
  cancelled: () => boolean;
  progress: (p: ImportProgress) => void;
}

export class ImportCancelled extends Error {}

const PROGRESS_MS = 100;
/** A transposed sheet must be read whole to be turned around; such sheets are small. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

interface Streamed {
  record: DatasetRecord;
  headers: string[];
}

/**
 * Stores a file all-or-nothing: chunks are staged under a dataset id no query shows, then one
 * small transaction makes them visible (replacing `replaceId` in the same transaction).
 */
export async function importFile(
  db: YardstickDb,
  workspaceId: string,
  file: File,
  options: IngestOptions,
  control: ImportControl,
  replaceId?: string,
  tuning: StreamTuning = {},
): Promise<ImportedAnswer> {
  const hash = await contentHash(file);
  let forced: EncodingLabel | undefined;
  let done: Streamed | null = null;
  for (let attempt = 0; attempt < 2 && !done; attempt++) {
    const id = crypto.randomUUID();
    try {
      done = await stream(db, id, workspaceId, file, options, control, tuning, forced);
      done.record.hash = hash;
      if (control.cancelled()) throw new ImportCancelled();
      await commitDataset(db, done.record, replaceId);
    } catch (e) {
      done = null;
      await deleteDataset(db, id).catch(() => undefined);
      if (e instanceof EncodingRestart && attempt === 0) {
        forced = e.encoding;
        continue;
      }
      throw e;
    }
  }
  const { record, headers } = done!;
  await rememberMapping(db, headers, record.kind, record.mapping);
  const { rejected, ...dataset } = record;
  return {
    dataset: { ...dataset, state: 'ready' },
    rejectedHead: rejected.slice(0, 100),
    rejectedCount: rejected.length,
  };
}

async function stream(
  db: YardstickDb,
  id: string,
  workspaceId: string,
  file: File,
  options: IngestOptions,
  control: ImportControl,
  tuning: StreamTuning,
  forced: EncodingLabel | undefined,
): Promise<Streamed> {
  const started = performance.now();
  const prefix = await readPrefix(file, tuning.prefixBytes ?? PREFIX_BYTES);
  const source = prefixSource(prefix.bytes, file.name, options.locale === 'pl', forced);
  const p = planFromSource(source, options);
  const base: Omit<
    DatasetRecord,
    'kind' | 'mapping' | 'rowsStored' | 'rejected' | 'chunkCount' | 'currencies'
  > = {
    id,
    workspaceId,
    state: 'staged',
    name: file.name,
    fileName: file.name,
    size: file.size,
    hash: '',
    importedAt: Date.now(),
    encoding: source.encoding,
    delimiter: source.delimiter,
    decimal: p.decimal,
    dateOrder: p.dateOrder,
  };
  let lastReport = 0;
  let rows = 0;
  const report = (bytes: number, force = false) => {
    const now = performance.now();
    if (!force && now - lastReport < PROGRESS_MS) return;
    lastReport = now;
    const seconds = (now - started) / 1000;
    control.progress({ rows, bytes, totalBytes: file.size, rowsPerSecond: seconds > 0 ? rows / seconds : 0 });
  };

  if (p.dated) {
    // Maybe a transposed balance sheet: the core turns it around from the whole (small) text.
    if (file.size > MAX_BUFFERED_BYTES)
      throw new IngestError(
        'unreadable',
        file.name,
        'a sheet with dates as column headers this large cannot be read',
      );
    const result = ingest(new Uint8Array(await file.arrayBuffer()), file.name, options);
    const record: DatasetRecord = {
      ...base,
      encoding: result.encoding,
      decimal: result.decimal,
      dateOrder: result.dateOrder,
      kind: result.kind,
      mapping: result.mapping,
      rowsStored: 0,
      rejected: result.rejected,
      chunkCount: 0,
      currencies: result.currencies,
    };
    await stageDataset(db, record);
    for (const frame of result.frames) {
      if (control.cancelled()) throw new ImportCancelled();
      await stageChunk(db, id, record.chunkCount++, frame);
      rows += frame.rows;
    }
    record.rowsStored = result.rowsStored;
    report(file.size, true);
    return { record, headers: result.headers };
  }

  if (!p.plan || !p.kind) throw new IngestError('no-kind', file.name, p.kindReason);
  if (p.missing.length > 0) {
    throw new IngestError(
      'missing-column',
      file.name,
      `${p.kind} needs a column for ${p.missing.join(', ')} (headers: ${p.headers.join(', ')})`,
    );
  }
  const record: DatasetRecord = {
    ...base,
    kind: p.kind,
    mapping: p.mapping,
    rowsStored: 0,
    rejected: [],
    chunkCount: 0,
    currencies: [],
  };
  await stageDataset(db, record);
  const pending: Frame[] = [];
  const currencies = new Set<string>();
  const normaliser = new Normaliser(p.plan, (f) => pending.push(f), options.chunkRows ?? 65536);
  // Events: the engagement aggregate is built from the same frames and staged with the chunks.
  const eventAggregator = p.kind === 'events' ? new EventAggregator() : null;
  const flush = async () => {
    for (const frame of pending.splice(0)) {
      const currency = frame.columns.get('currency');
      if (p.kind === 'subscriptions' && currency?.type === 'text')
        for (const c of currency.dict) currencies.add(c);
      await stageChunk(db, id, record.chunkCount++, frame);
      eventAggregator?.add(frame);
    }
  };
  let header = true;
  await streamRecords(
    file,
    { encoding: source.encoding, delimiter: source.delimiter, preferPolish: options.locale === 'pl' },
    (fields, line, problem) => {
      if (header) {
        header = false;
        return;
      }
      rows++;
      normaliser.push(fields, line, problem);
    },
    async (bytes) => {
      if (control.cancelled()) throw new ImportCancelled();
      await flush();
      report(bytes);
    },
    tuning.readBytes ?? READ_BYTES,
  );
  const totals = normaliser.finish();
  await flush();
  if (eventAggregator) await stageEventAggregate(db, id, eventAggregator.finish());
  record.rowsStored = totals.rowsStored;
  record.rejected = totals.rejected as RejectedRow[];
  record.currencies = [...currencies].sort();
  report(file.size, true);
  return { record, headers: p.headers };
}
