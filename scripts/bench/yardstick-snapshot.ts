// The full snapshot's memory: after the subscriptions import, Settings → "Back up this workspace"
// (the path the UI takes), timed to the dialog's size line, with the extra JS heap of page +
// workers over what they held just before. The bound: ≤ 2 × the stored size.
import type { CDPSession, Page } from '@playwright/test';
import type { Session } from './browser.ts';
import { HarnessError, describeError } from './errors.ts';
import { waitForHook } from './hooks.ts';
import type { DatasetResults } from './results.ts';
import { median } from './stats.ts';
import type { Target } from './targets.ts';

export interface SnapshotRun {
  crashed: boolean;
  /** Click on Back up → the dialog shows the file's size (the file is built). */
  exportMs: number;
  /** navigator.storage.estimate().usage just before the export (IndexedDB + the app's cache). */
  storedBytes: number;
  /** The snapshot file's size as the dialog reports it (gzip-compressed above 5 MB). */
  fileBytes: number;
  /** Page + workers heap (V8 used size) just before the export, after a garbage collection. */
  baseHeapBytes: number;
  /** Highest page + workers heap seen while building and saving, minus the base. */
  extraHeapBytes: number;
  /** The same with ArrayBuffer backing stores counted (outside the V8 heap). */
  extraWithBuffersBytes: number;
  samples: number;
}

const SNAP = {
  exportFull: '[data-testid="snapshot-export-full"]',
  size: '[data-testid="snapshot-size"]',
  save: '[data-testid="snapshot-save"]',
} as const;

/** Building 1M rows' snapshot on a busy machine. */
const EXPORT_TIMEOUT_MS = 600_000;
const SAMPLE_EVERY_MS = 100;

interface Usage {
  usedSize: number;
  backingStorageSize?: number;
}

/**
 * Page + worker heap probes over one CDP session. Workers answer through the nested mode
 * (`flatten: false`), as in heap.ts, for the same reason: Playwright drops flat child messages.
 */
class Probe {
  readonly #workers = new Set<string>();
  readonly #pending = new Map<number, (m: { result?: Usage }) => void>();
  #next = 1;

  private constructor(readonly cdp: CDPSession) {}

  static async open(page: Page): Promise<Probe> {
    const probe = new Probe(await page.context().newCDPSession(page));
    const { cdp } = probe;
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') probe.#workers.add(e.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (e) => probe.#workers.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: Usage };
      if (m.id === undefined) return;
      probe.#pending.get(m.id)?.(m);
      probe.#pending.delete(m.id);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    return probe;
  }

  get workers(): number {
    return this.#workers.size;
  }

  async #inWorker<T>(sessionId: string, method: string): Promise<T | null> {
    const id = this.#next++;
    const answer = new Promise<{ result?: unknown }>((resolve) => {
      this.#pending.set(id, resolve as (m: { result?: Usage }) => void);
      setTimeout(() => resolve({}), 10_000);
    });
    try {
      await this.cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    } catch {
      this.#pending.delete(id);
      return null;
    }
    return ((await answer).result as T | undefined) ?? null;
  }

  /** Collects garbage in the page and every worker, so the base holds only what is live. */
  async collect(): Promise<void> {
    await Promise.all([
      this.cdp.send('HeapProfiler.collectGarbage').catch(() => undefined),
      ...[...this.#workers].map((w) => this.#inWorker(w, 'HeapProfiler.collectGarbage')),
    ]);
  }

  /** [V8 used size, used size + ArrayBuffer backing stores], summed over page and workers. */
  async usage(): Promise<[number, number]> {
    const all = await Promise.all([
      this.cdp.send('Runtime.getHeapUsage').catch(() => null) as Promise<Usage | null>,
      ...[...this.#workers].map((w) => this.#inWorker<Usage>(w, 'Runtime.getHeapUsage')),
    ]);
    let used = 0;
    let buffers = 0;
    for (const u of all) {
      used += u?.usedSize ?? 0;
      buffers += u?.backingStorageSize ?? 0;
    }
    return [used, used + buffers];
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/**
 * On the page left by the reopen (the workspace just imported): opens Settings, backs up the
 * workspace through its button and the dialog's save, and watches the heap meanwhile.
 */
export async function runSnapshotExport(session: Session): Promise<SnapshotRun> {
  const { page } = session;
  await page.evaluate(() => (location.hash = '#/settings'));
  const button = page.locator(SNAP.exportFull);
  await waitForHook(button, `backup button ${SNAP.exportFull} on #/settings`, 60_000, session.crashed);
  await page.waitForFunction(
    (s) => !document.querySelector<HTMLButtonElement>(s)?.disabled,
    SNAP.exportFull,
    {
      timeout: 60_000,
    },
  );
  const storedBytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

  const probe = await Probe.open(page);
  try {
    // Let the workers attach and the page go quiet, then measure what is live before the export.
    await page.waitForTimeout(2_000);
    await probe.collect();
    await page.waitForTimeout(500);
    const [baseHeapBytes, baseWithBuffers] = await probe.usage();

    let peak = baseHeapBytes;
    let peakWithBuffers = baseWithBuffers;
    let samples = 0;
    let sampling = true;
    const loop = (async () => {
      while (sampling) {
        const [used, withBuffers] = await probe.usage();
        peak = Math.max(peak, used);
        peakWithBuffers = Math.max(peakWithBuffers, withBuffers);
        samples++;
        await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
      }
    })();

    const started = performance.now();
    let outcome: 'ok' | 'crashed';
    let exportMs = Number.NaN;
    let fileBytes = Number.NaN;
    try {
      await button.click();
      outcome = await waitForHook(
        page.locator(SNAP.size),
        `snapshot size ${SNAP.size} after Back up`,
        EXPORT_TIMEOUT_MS,
        session.crashed,
      );
      exportMs = performance.now() - started;
      if (outcome === 'ok') {
        fileBytes = Number(await page.locator(SNAP.size).getAttribute('data-bytes'));
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator(SNAP.save).click(),
        ]);
        await download.cancel().catch(() => undefined);
        await page.waitForTimeout(1_000);
      }
    } catch (error) {
      throw new HarnessError(`snapshot export: ${describeError(error)}`);
    } finally {
      sampling = false;
      await loop;
    }
    return {
      crashed: outcome === 'crashed',
      exportMs,
      storedBytes,
      fileBytes,
      baseHeapBytes,
      extraHeapBytes: peak - baseHeapBytes,
      extraWithBuffersBytes: peakWithBuffers - baseWithBuffers,
      samples,
    };
  } finally {
    await probe.close();
  }
}

/** Runs the export after an import, records it in `d` and returns the run's line for the log. */
export async function snapshotAfterImport(
  session: Session,
  d: DatasetResults,
  errors: string[],
  label: string,
): Promise<string> {
  try {
    const run = await runSnapshotExport(session);
    (d.snapshots ??= []).push(run);
    if (run.crashed) return 'backup CRASHED';
    const mb = (b: number): string => `${(b / 1e6).toFixed(0)} MB`;
    return (
      `backup ${Math.round(run.exportMs)} ms (${mb(run.fileBytes)} file), ` +
      `extra heap ${mb(run.extraHeapBytes)} / stored ${mb(run.storedBytes)}`
    );
  } catch (error) {
    errors.push(`${label}, snapshot: ${describeError(error)}`);
    return 'backup failed';
  }
}

const finished = (runs: readonly SnapshotRun[]): SnapshotRun[] => runs.filter((r) => !r.crashed);
const extraRatios = (runs: readonly SnapshotRun[], key: 'extraHeapBytes' | 'extraWithBuffersBytes') =>
  finished(runs).map((r) => r[key] / r.storedBytes);

/** The bound on the full snapshot, on the median over runs. */
export function snapshotTarget(runs: readonly SnapshotRun[]): Target {
  const r = median(extraRatios(runs, 'extraHeapBytes'));
  return {
    name: 'full snapshot: extra heap (page + workers) ≤ 2 × stored size',
    measured: r === null ? 'not measured' : `${r.toFixed(2)} × stored`,
    verdict: r === null ? 'N/A' : r <= 2 ? 'PASS' : 'FAIL',
  };
}

/** Report rows: figure, median, runs, ratio (as report.ts lays them out). */
export function snapshotRows(runs: readonly SnapshotRun[]): [string, string, string, string][] {
  const ok = finished(runs);
  const mbs = (values: number[]): string => values.map((v) => (v / 1e6).toFixed(0)).join(' / ') + ' MB';
  const mid = (values: number[]): string => {
    const m = median(values);
    return m === null ? '—' : `${(m / 1e6).toFixed(1)} MB`;
  };
  const times = (key: 'extraHeapBytes' | 'extraWithBuffersBytes'): string => {
    const m = median(extraRatios(runs, key));
    return m === null ? '—' : `${m.toFixed(2)} × stored`;
  };
  const rows: [string, string, string, string][] = [
    ['full snapshot (Back up → file built)', '', '', ''],
    [
      '  · time',
      `${Math.round(median(ok.map((r) => r.exportMs)) ?? Number.NaN)} ms`,
      ok.map((r) => `${Math.round(r.exportMs)} ms`).join(' / '),
      '',
    ],
    [
      '  · stored size (storage.estimate)',
      mid(ok.map((r) => r.storedBytes)),
      mbs(ok.map((r) => r.storedBytes)),
      '',
    ],
    ['  · file size', mid(ok.map((r) => r.fileBytes)), mbs(ok.map((r) => r.fileBytes)), ''],
    ['  · heap before', mid(ok.map((r) => r.baseHeapBytes)), mbs(ok.map((r) => r.baseHeapBytes)), ''],
    [
      '  · extra heap, page + workers',
      mid(ok.map((r) => r.extraHeapBytes)),
      mbs(ok.map((r) => r.extraHeapBytes)),
      times('extraHeapBytes'),
    ],
    [
      '  · extra heap + ArrayBuffers',
      mid(ok.map((r) => r.extraWithBuffersBytes)),
      mbs(ok.map((r) => r.extraWithBuffersBytes)),
      times('extraWithBuffersBytes'),
    ],
  ];
  if (runs.length > ok.length) rows.push(['  crashed runs', String(runs.length - ok.length), '', '']);
  return rows;
}
