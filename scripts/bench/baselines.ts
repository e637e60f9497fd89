import type { Page } from '@playwright/test';
import { withSession } from './browser.ts';
import { HarnessError } from './errors.ts';
import { PAPA_WORKER_SOURCE, callProbe, installProbes } from './page-scripts.ts';
import type { GeneratedFile } from './types.ts';

export interface BaselineRun {
  b0: number;
  b2: number;
  /** The file was too large for one string: B0 and B2 read it in the import's 1 MB slices. */
  sliced: boolean;
}

/**
 * Above this, the file's text would not fit in one string (V8 stops at ~536M characters), so the
 * baselines read it in the slices the import reads (src/worker/stream-rows.ts READ_BYTES).
 */
export const WHOLE_TEXT_MAX_BYTES = 400e6;
const SLICE_BYTES = 1024 * 1024;

const INPUT_ID = 'bench-file';

/** Opens the app's page and hands it our own hidden file input holding `file`. */
async function pageWithFile(page: Page, url: string, file: GeneratedFile): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await installProbes(page);
  await callProbe(page, 'attachFileInput', INPUT_ID);
  await page.locator(`#${INPUT_ID}`).setInputFiles(file.path);
}

/**
 * One run of each baseline, in a fresh browser on the app's origin:
 * B0 = arrayBuffer + TextDecoder + newline count; B2 = Papa.parse in a dedicated worker.
 * The app's service worker is kept out: its install would slow the baselines, flattering the
 * ratios measured against them.
 */
export async function measureBaselines(url: string, file: GeneratedFile): Promise<BaselineRun> {
  return withSession(
    async ({ page }) => {
      await pageWithFile(page, url, file);
      const slice = file.bytes > WHOLE_TEXT_MAX_BYTES ? SLICE_BYTES : 0;
      const b0 = await callProbe<{ ms: number; lines: number }>(page, 'readDecodeCount', INPUT_ID, slice);
      if (b0.lines !== file.rows + 1) {
        throw new HarnessError(`B0 counted ${b0.lines} lines in ${file.path}, expected ${file.rows + 1}`);
      }
      const b2 = await callProbe<{ ms: number; rows: number }>(
        page,
        'papaInWorker',
        INPUT_ID,
        PAPA_WORKER_SOURCE,
        slice,
      );
      if (b2.rows !== file.rows) {
        throw new HarnessError(`B2 parsed ${b2.rows} rows in ${file.path}, expected ${file.rows}`);
      }
      return { b0: b0.ms, b2: b2.ms, sliced: slice > 0 };
    },
    { blockServiceWorkers: true },
  );
}
