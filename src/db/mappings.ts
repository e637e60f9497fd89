import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { MappingMemory, YardstickDb } from './schema.ts';

/** Files from the same source share their header row: that is the key a mapping is remembered by. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u001f');
}

export async function recallMapping(
  db: YardstickDb,
  headers: readonly string[],
): Promise<MappingMemory | undefined> {
  return db.mappings.get(headerSignature(headers));
}

export async function rememberMapping(
  db: YardstickDb,
  headers: readonly string[],
  kind: DatasetKind,
  mapping: Record<string, string | null>,
): Promise<void> {
  await db.mappings.put({ signature: headerSignature(headers), kind, mapping });
}
