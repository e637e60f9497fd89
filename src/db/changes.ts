// Writes committed to the app's database, in this context or another (a tab, a worker): Dexie
// fires `storagemutated` for each, carried between contexts over a BroadcastChannel, naming the
// parts of each table that changed (`idb://<database>/<table>/<index>`).
import { Dexie, type ObservabilitySet } from 'dexie';

/** Calls `listener` after every committed write to one of `tables`, for as long as the context lives. */
export function onStoredChange(db: Dexie, tables: readonly string[], listener: () => void): void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) listener();
  });
}
