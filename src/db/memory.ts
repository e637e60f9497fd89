// The session's database when the browser gives no storage (a private window, storage blocked):
// the same schema over fake-indexeddb, kept in this tab's memory. Loaded only then.
import { YardstickDb } from './schema.ts';

export async function memoryDatabase(): Promise<YardstickDb> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const db = new YardstickDb('yardstick', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
}
