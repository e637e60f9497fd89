import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvents } from './gen-events.ts';
import { generateSubscriptions } from './gen-subscriptions.ts';
import type { BenchOptions, GeneratedFile } from './types.ts';

export interface BenchData {
  folder: string;
  subscriptions: GeneratedFile | null;
  events: GeneratedFile | null;
  remove: () => Promise<void>;
}

/** Writes the files this run needs into a fresh temp folder (removed at the end unless --keep-data). */
export async function generateData(options: BenchOptions): Promise<BenchData> {
  const folder = await mkdtemp(join(tmpdir(), 'yardstick-bench-data-'));
  const started = performance.now();
  const subscriptions =
    options.only === 'events'
      ? null
      : await generateSubscriptions(
          join(folder, 'subscriptions.csv'),
          options.subscriptionRows,
          options.seed,
        );
  const events =
    options.only === 'subscriptions'
      ? null
      : await generateEvents(join(folder, 'events.csv'), options.eventRows, options.seed + 1);
  for (const file of [subscriptions, events]) {
    if (file)
      console.log(
        `  ${file.kind}: ${file.rows.toLocaleString('en-US')} rows, ${mb(file.bytes)} → ${file.path}`,
      );
  }
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return {
    folder,
    subscriptions,
    events,
    remove: () => (options.keepData ? Promise.resolve() : rm(folder, { recursive: true, force: true })),
  };
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
