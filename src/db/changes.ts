// Writes committed to the app's database, in this context or another (a tab, a worker): Dexie
// fires `storagemutated` for each, carried between contexts over a BroadcastChannel, naming the
// parts of each table that changed (`idb://<database>/<table>/<index>`).
import { Dexie, type ObservabilitySet } from 'dexie';

/** Calls `listener` after every committed write to one of `tables`; returns the way to stop. */
export function onStoredChange(db: Dexie, tables: readonly string[], listener: () => void): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const watch = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) listener();
  };
  Dexie.on('storagemutated', watch);
  return () => Dexie.on('storagemutated').unsubscribe(watch);
}
