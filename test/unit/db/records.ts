import type { DatasetRecord } from '../../../src/db/schema.ts';

/** A staged dataset record with nothing in it but what a test names. */
export function stagedRecord(
  id: string,
  workspaceId: string,
  fields: Partial<DatasetRecord> = {},
): DatasetRecord {
  return {
    id,
    workspaceId,
    state: 'staged',
    kind: 'nps',
    name: `${id}.csv`,
    fileName: `${id}.csv`,
    size: 10,
    hash: id,
    importedAt: 0,
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    dateOrder: 'YMD',
    mapping: {},
    rowsStored: 0,
    rejected: [],
    chunkCount: 0,
    currencies: [],
    ...fields,
  };
}
