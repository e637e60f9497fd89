// The reading half of a streamed import: slices of the file are read, hashed, decoded, parsed and
// normalised into Frames, handed on after every slice. The storing half (packing, the events
// aggregate, IndexedDB) is import-file.ts; the two run in different workers when the runtime has
// workers (frame-reader.ts), so each has a core of its own.

import { refuseUnreadable, type IngestOptions } from '../core/datasets/ingest.ts';
import type { Frame } from '../core/datasets/frame.ts';
import type { SpareBuffer } from '../core/datasets/buffer-pool.ts';
import { Normaliser, type NormaliseTotals } from '../core/datasets/normalise.ts';
import type { Plan } from '../core/datasets/plan.ts';
import { startTable } from '../core/datasets/decide.ts';
import { decideFromTable, feedStats, type TableDecision } from '../core/datasets/table-decision.ts';
import { unreadableRest } from '../core/csv/unreadable.ts';
import { streamRecords, type StreamSource } from './stream-rows.ts';
import { contentHasher } from './content-hasher.ts';
import { emptyPhases, PhaseClock, type ImportPhase } from './import-profile.ts';

/** Everything the reading needs, as plain data (it is posted to the reader's worker). */
export interface ReadJob {
  fileName: string;
  source: StreamSource;
  plan: Plan;
  headers: string[];
  /** Records up to this line are the header and the title rows above it (datasets.md §8.5). */
  headerLine: number;
  options: IngestOptions;
  /** Gather every row's statistics, to check the decision the prefix made (datasets.md). */
  checkWhole: boolean;
  chunkRows: number;
  readBytes: number;
  /** Time the phases (bench --profile). */
  profile: boolean;
}

export interface ReadResult {
  totals: NormaliseTotals;
  /** What the whole file implies, when `checkWhole` asked for it. */
  final: TableDecision | null;
  replacementChars: boolean;
  /** The content hash (stream-hash.ts) of every byte read. */
  hash: string;
  /** Milliseconds per phase of this reading, when `profile` asked for them. */
  phases: Partial<Record<ImportPhase, number>> | null;
}

/**
 * Where the frames go: called after every slice with the frames finished since the last call,
 * the bytes and records read so far. Reading goes on when the returned promise settles, and stops
 * with its error.
 */
export type FrameSink = (frames: Frame[], bytesRead: number, rows: number) => Promise<void>;

/** `spare`: buffers of frames already stored, for the columns of the next ones (buffer-pool.ts). */
export async function readFrames(
  file: Blob,
  job: ReadJob,
  sink: FrameSink,
  spare?: SpareBuffer,
): Promise<ReadResult> {
  const phases = job.profile ? emptyPhases() : null;
  const clock = phases ? new PhaseClock({ file: job.fileName, bytes: file.size, phases, wallMs: 0 }) : null;
  const { plan, options, fileName } = job;
  const hash = contentHasher();
  try {
    let pending: Frame[] = [];
    let rows = 0;
    const normaliser = new Normaliser(plan, (f) => pending.push(f), job.chunkRows, false, spare);
    // datasets.md decides conventions from whole columns: statistics of every row are gathered
    // beside the stream, and a plan they contradict reads the file again (the prefix decided it).
    const whole = job.checkWhole ? startTable(job.headers, options) : null;
    const read = await streamRecords(
      file,
      job.source,
      (fields, line, problem) => {
        if (line <= job.headerLine) return;
        // A quote never closed: the rest of the file is one record. Stored only by explicit choice.
        if (problem?.code === 'quote-unclosed')
          refuseUnreadable(unreadableRest(fields, line, rows), options, fileName);
        rows++;
        if (whole) feedStats(whole, fields, problem);
        normaliser.push(fields, line, problem);
      },
      (bytes) => {
        const frames = pending;
        pending = [];
        return sink(frames, bytes, rows);
      },
      job.readBytes,
      { clock, bytesRead: (bytes) => hash.add(bytes), spare: (bytes) => hash.spare(bytes) },
    );
    const totals = normaliser.finish();
    await sink(pending, file.size, rows);
    const final = whole ? decideFromTable(whole, job.headers, job.source.delimiter, options) : null;
    const since = clock ? performance.now() : 0;
    const digest = await hash.finish();
    clock?.add('hash', since);
    return { totals, final, replacementChars: read.replacementChars, hash: digest, phases };
  } finally {
    hash.close();
  }
}
