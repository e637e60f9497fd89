import type { Page } from '@playwright/test';

/** What the origin holds after an import, as the page sees it. */
export interface StorageUsage {
  /** `navigator.storage.estimate().usage`: every store of the origin (IndexedDB, caches, …). */
  usageBytes: number;
  /** Chromium's `usageDetails.indexedDB`, when it gives one. */
  indexedDbBytes: number | null;
}

export async function storageUsage(page: Page): Promise<StorageUsage> {
  return page.evaluate<StorageUsage>(`navigator.storage.estimate().then((e) => ({
    usageBytes: e.usage ?? 0,
    indexedDbBytes: e.usageDetails?.indexedDB ?? null,
  }))`);
}
