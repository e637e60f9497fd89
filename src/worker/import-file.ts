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
import { CHUNK_ROWS, type Frame } from '../core/datasets/frame.ts';
import { frameBuffers } from '../core/datasets/buffer-pool.ts';
import type { DatasetRecord, YardstickDb } from '../db/schema.ts';
import {
  commitDataset,
  WorkspaceGone,
  deleteDataset,
  ReadBackError,
  readyDatasets,
  ChunkStager,
  stageDataset,
  stageEventAggregate,
  type SettingsChange,
} from '../db/datasets.ts';
import { EventAggregator } from '../core/events/build.ts';
import { rememberMapping, recallMapping } from '../db/mappings.ts';
import { holdStaging } from '../db/staging-locks.ts';
import type { AnalysisAnswer, ImportDestination, ImportedAnswer, ImportProgress } from './protocol.ts';
import { PREFIX_BYTES, readPrefix } from './read-prefix.ts';
import { planFromSource, prefixSource } from '../core/datasets/prefix-plan.ts';
import { planReading, storablePlan, type TableDecision } from '../core/datasets/table-decision.ts';
import { EncodingRestart, READ_BYTES } from './stream-rows.ts';
import { readFramesBeside } from './frame-reader.ts';
import type { EncodingLabel } from '../core/csv/decode.ts';
import { phaseClock, type PhaseClock } from './import-profile.ts';
import { contentHasher } from './content-hasher.ts';
import { CURRENT_SCHEME, schemeOf, type HashScheme } from './stream-hash.ts';

/** Slices read per step while hashing a whole file for the preview. */
const HASH_READ = 8 * 1024 * 1024;

/** The content hash that detects a re-import (defined in stream-hash.ts), read slice by slice. */
export async function contentHash(file: Blob, scheme: HashScheme = CURRENT_SCHEME): Promise<string> {
  const hash = contentHasher(scheme);
  try {
    for (let at = 0; at < file.size; at += HASH_READ)
      hash.add(new Uint8Array(await file.slice(at, at + HASH_READ).arrayBuffer()));
    return await hash.finish();
  } finally {
    hash.close();
  }
}

/** Tuning for tests: how much is analysed up front and how much is read per slice. */
export interface StreamTuning {
  prefixBytes?: number;
  readBytes?: number;
}

/** The most the preview reads to find a first row (the import itself streams any size). */
const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;

/** The preview: what the import would do (over a bounded prefix), with the remembered mapping. */
export async function analyseFile(
  db: YardstickDb,
  workspaceId: string,
  file: File,
  options: IngestOptions,
  tuning: StreamTuning = {},
): Promise<AnalysisAnswer> {
  const clock = phaseClock(file);
  const started = clock ? performance.now() : 0;
  let limit = tuning.prefixBytes ?? PREFIX_BYTES;
  let prefix = await readPrefix(file, limit);
  let analysis = analyse(prefix.bytes, file.name, options);
  // A first row longer than the prefix (one cell of megabytes) leaves only the header: the file
  // is not empty, so read on until a row fits.
  while (!prefix.whole && analysis.dataRows === 0 && limit < MAX_PREVIEW_BYTES) {
    limit *= 4;
    prefix = await readPrefix(file, limit);
    analysis = analyse(prefix.bytes, file.name, options);
  }
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
  // A prefix cut inside a quoted field would look unclosed: only the import can tell.
  if (!prefix.whole && analysis.unreadable) analysis = { ...analysis, unreadable: null };
  // Hashing reads the whole file: only worth it when a stored dataset has the very same size.
  // Each dataset is compared under the scheme it was hashed with (older imports: SHA-256).
  const sameSize = (await readyDatasets(db, workspaceId)).filter((d) => d.size === file.size);
  const hashes = new Map<HashScheme, string>();
  for (const scheme of new Set(sameSize.map((d) => schemeOf(d.hash))))
    hashes.set(scheme, await contentHash(file, scheme));
  const same = sameSize.find((d) => d.hash === hashes.get(schemeOf(d.hash)));
  clock?.add('preview', started);
  clock?.finish();
  return {
    analysis,
    duplicateOf: same ? { id: same.id, name: same.name } : null,
    rememberedMapping,
    partial: !prefix.whole,
  };
}

export interface ImportControl {
  cancelled: () => boolean;
  progress: (p: ImportProgress) => void;
  /**
   * Where a held import commits (protocol.ts `held`), awaited once everything is staged: the
   * file was read while its preview was shown, and the person has now confirmed (or not: null
   * discards it). Without it the import commits where it was asked to.
   */
  destination?: () => Promise<ImportDestination | null>;
  /**
   * Awaited right before the commit, with everything staged and its workspace known; throwing
   * discards the import. A settings change it returns is stored in the commit's transaction.
   */
  beforeCommit?: (
    record: Readonly<DatasetRecord>,
    replaceId: string | undefined,
  ) => Promise<SettingsChange | undefined | void>;
}

export class ImportCancelled extends Error {}

/** The whole file implies another plan than its prefix did: the import reads it again. */
class PlanRestart extends Error {
  constructor(readonly decision: TableDecision) {
    super('the whole file reads differently from its first megabytes');
  }
}

/** The per-column choices of the preview, kept with the dataset so a re-map starts from them. */
function chosenConventions(options: IngestOptions): Pick<DatasetRecord, 'chosen'> {
  const { decimal, dateOrder } = options;
  const has = (o: object | undefined) => o !== undefined && Object.keys(o).length > 0;
  if (!has(decimal) && !has(dateOrder)) return {};
  return { chosen: { ...(has(decimal) && { decimal }), ...(has(dateOrder) && { dateOrder }) } };
}

const PROGRESS_MS = 100;
const WRITES_IN_FLIGHT = 2;
/** A transposed sheet must be read whole to be turned around; such sheets are small. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

interface Streamed {
  /** With its content hash, of every byte read. */
  record: DatasetRecord;
  headers: string[];
  /** Rows in the frames staged, summed as each was written. */
  parsedRows: number;
}

/**
 * Stores a file all-or-nothing: chunks are staged under a dataset id no query shows, then one
 * small transaction makes them visible (replacing `replaceId` in the same transaction). A held
 * import learns its workspace and the dataset it replaces from `control.destination` instead.
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
  const clock = phaseClock(file);
  let forced: EncodingLabel | undefined;
  let fixed: TableDecision | undefined;
  let done: Streamed | null = null;
  while (!done) {
    const id = crypto.randomUUID();
    const release = await holdStaging(id);
    try {
      done = await stream(db, id, workspaceId, file, options, control, tuning, forced, fixed, clock);
      if (done.parsedRows !== done.record.rowsStored)
        throw new ReadBackError(
          { rows: done.record.rowsStored, chunks: done.record.chunkCount },
          { rows: done.parsedRows, chunks: done.record.chunkCount },
        );
      if (control.destination) {
        const to = await control.destination();
        if (!to) throw new ImportCancelled();
        done.record.workspaceId = to.workspaceId;
        replaceId = to.replaceId;
      }
      const since = clock ? performance.now() : 0;
      const settings = await control.beforeCommit?.(done.record, replaceId);
      if (control.cancelled()) throw new ImportCancelled();
      // The rows parsed, counted as they were staged, against what the database holds.
      const parsed = { rows: done.parsedRows, chunks: done.record.chunkCount };
      await commitDataset(db, done.record, replaceId, settings ?? undefined, parsed);
      clock?.add('commit', since);
    } catch (e) {
      done = null;
      await deleteDataset(db, id).catch(() => undefined);
      // Each restart happens at most once: the second attempt runs with the decision fixed.
      if (e instanceof EncodingRestart && !forced) {
        forced = e.encoding;
        fixed = undefined;
        continue;
      }
      if (e instanceof PlanRestart && !fixed) {
        fixed = e.decision;
        continue;
      }
      // Its workspace was removed while it ran: nothing is stored, as after a cancel.
      throw e instanceof WorkspaceGone ? new ImportCancelled() : e;
    } finally {
      release();
    }
  }
  const { record, headers } = done!;
  // The rows are stored by now: the mapping kept for the next file of this shape is a help, and
  // failing to keep it (a full disk) must not report the stored import as failed.
  await rememberMapping(db, headers, record.kind, record.mapping).catch(() => undefined);
  clock?.finish();
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
  fixed: TableDecision | undefined,
  clock: PhaseClock | null,
): Promise<Streamed> {
  const started = performance.now();
  const prefix = await readPrefix(file, tuning.prefixBytes ?? PREFIX_BYTES);
  const source = prefixSource(prefix.bytes, file.name, options.locale === 'pl', forced);
  const p = { ...planFromSource(source, options), ...fixed };
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
    ...chosenConventions(options),
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
      throw new IngestError('unreadable', file.name, { code: 'dated-too-large' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = ingest(bytes, file.name, options);
    // Read: the bytes are handed over to the hash (no second read of the file).
    const hasher = contentHasher();
    hasher.add(bytes);
    const hash = await hasher.finish().finally(() => hasher.close());
    const record: DatasetRecord = {
      ...base,
      hash,
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
    const chunks = new ChunkStager(db, id);
    for (const frame of result.frames) {
      if (control.cancelled()) throw new ImportCancelled();
      await chunks.write(frame);
      record.chunkCount = chunks.count;
      rows += frame.rows;
    }
    record.rowsStored = result.rowsStored;
    record.emptiedOptional = result.emptiedOptional;
    if (result.warnings.some((w) => w.code === 'replacement-chars')) record.replacementChars = true;
    report(file.size, true);
    return { record, headers: result.headers, parsedRows: rows };
  }

  // Only a sheet with dates as headers has no kind reason yet, and it went through ingest() above.
  const plan = storablePlan({ ...p, kindReason: p.kindReason! }, p.headers, file.name);
  const record: DatasetRecord = {
    ...base,
    kind: plan.kind,
    mapping: p.mapping,
    rowsStored: 0,
    rejected: [],
    chunkCount: 0,
    currencies: [],
  };
  await stageDataset(db, record);
  const chunks = new ChunkStager(db, id);
  let staged = 0;
  // Events: the engagement aggregate is built from the same frames and staged with the chunks.
  const eventAggregator = plan.kind === 'events' ? new EventAggregator() : null;
  // Writes overlap the reading of the next slice: the frame is cloned when put() is called and the
  // commit happens outside this thread. At most WRITES_IN_FLIGHT frames wait, so memory stays bounded.
  const writing: Promise<void>[] = [];
  // Column buffers of frames whose chunk is written (IndexedDB cloned it): the reader fills them
  // again instead of fresh memory (buffer-pool.ts).
  const done: ArrayBuffer[] = [];
  // The caller removes the staged dataset on failure: no write may land after that removal.
  const settleWrites = (e: unknown) => Promise.allSettled(writing).then(() => Promise.reject(e));
  // Beside: the time this worker waits for frames is the reader's lead, timed as 'wait'.
  let beside = false;
  let waited = clock ? performance.now() : 0;
  const store = async (frames: Frame[], bytes: number, read: number) => {
    let since = clock ? performance.now() : 0;
    if (clock && beside) clock.add('wait', waited);
    if (control.cancelled()) throw new ImportCancelled();
    for (const frame of frames) {
      const packed = chunks.pack(frame);
      if (clock) since = clock.add('pack', since);
      const write = chunks.put(packed);
      record.chunkCount = chunks.count;
      staged += frame.rows;
      write.then(
        () => done.push(...frameBuffers([frame])),
        () => undefined,
      );
      writing.push(write);
      if (clock) since = clock.add('write', since);
      eventAggregator?.add(frame, chunks.datasetCodes);
      if (clock) since = clock.add('aggregate', since);
    }
    while (writing.length > WRITES_IN_FLIGHT) await writing.shift();
    rows = read;
    report(bytes);
    if (clock) waited = clock.add('write', since);
  };
  const reading = readFramesBeside(
    file,
    {
      fileName: file.name,
      source: {
        encoding: source.encoding,
        delimiter: source.delimiter,
        preferPolish: options.locale === 'pl',
      },
      plan,
      headers: p.headers,
      headerLine: p.headerLine,
      options,
      // A prefix that is the whole file decided from every row already.
      checkWhole: !(prefix.whole || fixed),
      chunkRows: options.chunkRows ?? CHUNK_ROWS,
      readBytes: tuning.readBytes ?? READ_BYTES,
      profile: clock !== null,
    },
    store,
    () => done.splice(0),
  );
  beside = reading.beside;
  const read = await reading.result.catch(settleWrites);
  if (read.phases) clock?.merge(read.phases, reading.beside);
  let since = clock ? performance.now() : 0;
  while (writing.length > 0) await writing.shift()!.catch(settleWrites);
  if (clock) since = clock.add('write', since);
  record.hash = read.hash;
  const totals = read.totals;
  if (read.final) {
    const final = read.final;
    if (planReading(final.plan) !== planReading(plan)) throw new PlanRestart(final);
    // Same reading of every value; the labels (conventions shown, extra columns) follow all rows.
    record.mapping = final.mapping;
    record.decimal = final.decimal;
    record.dateOrder = final.dateOrder;
  }
  if (eventAggregator) {
    const aggregate = eventAggregator.finish();
    if (clock) since = clock.add('aggregate', since);
    await stageEventAggregate(db, id, aggregate);
    clock?.add('write', since);
  }
  record.rowsStored = totals.rowsStored;
  record.emptiedOptional = totals.emptiedOptional;
  if (read.replacementChars) record.replacementChars = true;
  record.rejected = totals.rejected as RejectedRow[];
  // Stored rows only: a rejected row (a template's explanation row) never asks for rates (§8.9).
  record.currencies = totals.currencies;
  report(file.size, true);
  return { record, headers: p.headers, parsedRows: staged };
}
