import type { Locator } from '@playwright/test';
import { HarnessError } from './errors.ts';

/** The page hooks of interfaces.md §2 that the bench drives. */
export const HOOKS = {
  input: 'input[type=file][data-testid="import-input"]',
  confirm: '[data-testid="import-confirm"]',
  done: '[data-testid="import-done"]',
  kpiWithValue: '[data-kpi][data-value]:not([data-value=""])',
  computeMs: '[data-testid="compute-ms"], [data-compute-ms]',
  period: '[data-testid="period"]',
  /** The dashboard's segment bar (the app's own hooks; the URL hash query is the fallback). */
  segmentField: '[data-testid="segment-field"]',
  segmentValue: '[data-testid="segment-value"]',
  segmentAdd: '[data-testid="segment-add"]',
} as const;

export const TIMEOUTS = {
  /** The import view's file input after navigation. */
  input: 30_000,
  /** From choosing the file to the preview's confirm button. */
  confirm: 180_000,
  /** From confirming to the finished state, for the largest file. */
  done: 900_000,
  /** From a reload to the first KPI value. */
  kpi: 180_000,
} as const;

/**
 * Waits for a hook; a timeout becomes a HarnessError naming the hook, unless the page crashed,
 * in which case the caller gets `'crashed'` (a result to report, not a harness failure).
 */
export async function waitForHook(
  locator: Locator,
  what: string,
  timeout: number,
  crashed: () => boolean,
  state: 'visible' | 'attached' = 'visible',
): Promise<'ok' | 'crashed'> {
  try {
    await locator.first().waitFor({ state, timeout });
    return 'ok';
  } catch (error) {
    if (crashed()) return 'crashed';
    const reason =
      error instanceof Error && /Timeout/i.test(error.message)
        ? `not ${state} within ${timeout / 1000} s`
        : String(error);
    throw new HarnessError(`${what}: ${reason}`);
  }
}

/** The hooks' testids as they appear, as string literals, in any build that renders them. */
const BUILT_MARKERS = {
  import: ['import-input', 'import-confirm', 'import-done'],
  reopen: ['data-kpi'],
} as const;

/**
 * Which hooks the built app cannot render because their names appear nowhere in its files:
 * lets the bench report "not built yet" at once instead of waiting minutes for a timeout.
 */
export function missingFromBuild(files: readonly string[]): { import: string[]; reopen: string[] } {
  const has = (marker: string): boolean => files.some((text) => text.includes(marker));
  return {
    import: BUILT_MARKERS.import.filter((m) => !has(m)),
    reopen: BUILT_MARKERS.reopen.filter((m) => !has(m)),
  };
}
