// Where an import's time goes, phase by phase: gathered only while `npm run bench -- --profile`
// has set `self.__yardstickProfile` in this worker (over the DevTools protocol). Without it every
// hook is a null check per slice or per chunk, and the rows go through the usual path untimed.

export const IMPORT_PHASES = [
  'preview',
  'read',
  'decode',
  'parse',
  'normalise',
  'hash',
  'pack',
  'write',
  'aggregate',
  'commit',
  'wait',
] as const;

/** Phases of the reading half (read-frames.ts), timed in the reader's worker when it has one. */
export const READER_PHASES: readonly ImportPhase[] = ['read', 'decode', 'parse', 'normalise', 'hash'];

export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** One import (or preview) as the bench reads it back: milliseconds per phase, and the wall time. */
export interface ImportProfile {
  file: string;
  bytes: number;
  /** Milliseconds this worker spent in each phase (awaits included: read, write, the last digests). */
  phases: Record<ImportPhase, number>;
  /** From the request's start to its answer. */
  wallMs: number;
  /** The reading half ran in a worker of its own: its phases overlap this worker's time. */
  readerBeside?: boolean;
}

interface ProfileSink {
  imports: ImportProfile[];
}

export class PhaseClock {
  readonly #profile: ImportProfile;
  readonly #started = performance.now();

  constructor(profile: ImportProfile) {
    this.#profile = profile;
  }

  /** Adds the time since `since` (a performance.now()) to `phase`; returns now, for chaining. */
  add(phase: ImportPhase, since: number): number {
    const now = performance.now();
    this.#profile.phases[phase] += now - since;
    return now;
  }

  /** Times an awaited step. */
  async time<T>(phase: ImportPhase, work: Promise<T>): Promise<T> {
    const since = performance.now();
    try {
      return await work;
    } finally {
      this.add(phase, since);
    }
  }

  /** Adds phases timed elsewhere (the reader's worker). */
  merge(phases: Partial<Record<ImportPhase, number>>, beside: boolean): void {
    for (const [phase, ms] of Object.entries(phases) as [ImportPhase, number][])
      this.#profile.phases[phase] += ms;
    if (beside) this.#profile.readerBeside = true;
  }

  finish(): void {
    this.#profile.wallMs = performance.now() - this.#started;
  }
}

/** A clock for one import when a profile is being gathered, else null. */
export function phaseClock(file: { name: string; size: number }): PhaseClock | null {
  const sink = (globalThis as { __yardstickProfile?: ProfileSink }).__yardstickProfile;
  if (!sink || !Array.isArray(sink.imports)) return null;
  const profile: ImportProfile = { file: file.name, bytes: file.size, phases: emptyPhases(), wallMs: 0 };
  sink.imports.push(profile);
  return new PhaseClock(profile);
}

export function emptyPhases(): Record<ImportPhase, number> {
  return Object.fromEntries(IMPORT_PHASES.map((p) => [p, 0])) as Record<ImportPhase, number>;
}
