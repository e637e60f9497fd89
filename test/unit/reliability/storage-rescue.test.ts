// When the app cannot open its stored data, it says why without mistaking existing data for none,
// and after a failed upgrade the stored rows can still be read out as CSV.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/core/csv/write.ts';
import { frameRows } from '../../../src/core/datasets/frame-rows.ts';
import {
  numberColumn,
  textColumn,
  timeColumn,
  type Column,
  type Frame,
} from '../../../src/core/datasets/frame.ts';
import { diagnoseOpenFailure } from '../../../src/db/diagnose.ts';
import { readRawDatasets } from '../../../src/db/raw-export.ts';

const named = (name: string) => Object.assign(new Error(name), { name });

/** A database as an older Yardstick (schema version 1, native 10) left it, with one dataset. */
function storedByVersion1(factory: IDBFactory, frame: Frame): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open('yardstick', 10);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('datasets', { keyPath: 'id' }).add({
        id: 'd1',
        name: 'Stripe',
        fileName: 'stripe.csv',
        state: 'ready',
      });
      db.createObjectStore('datasets-staged-elsewhere', { keyPath: 'id' });
      db.createObjectStore('chunks', { keyPath: ['datasetId', 'index'] }).add({
        datasetId: 'd1',
        index: 0,
        frame,
      });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

const frame: Frame = {
  rows: 2,
  columns: new Map<string, Column>([
    ['customer_id', textColumn(new Int32Array([0, 1]), ['c1', '=HYPERLINK("x")'])],
    ['start', timeColumn(new Float64Array([Date.UTC(2024, 0, 5), NaN]))],
    ['amount', numberColumn(new Float64Array([49.5, -3]))],
  ]),
};

describe('diagnoseOpenFailure', () => {
  it('tells an older database (a failed upgrade) from a newer one and from none', async () => {
    const factory = new IDBFactory();
    expect(await diagnoseOpenFailure(named('SecurityError'), factory)).toBe('unavailable');
    expect(await diagnoseOpenFailure(named('UnknownError'), factory)).toBe('unknown');
    await storedByVersion1(factory, frame);
    // Stored data exists: never "no storage", whatever the error says.
    expect(await diagnoseOpenFailure(named('InvalidStateError'), factory)).toBe('upgrade-failed');
    expect(await diagnoseOpenFailure(named('VersionError'), factory)).toBe('newer');
    expect(await diagnoseOpenFailure(named('UnknownError'), undefined)).toBe('unknown');
  });
});

describe('the raw export of stored rows', () => {
  it('reads the old version as it is and writes each dataset as CSV, formulas escaped', async () => {
    const factory = new IDBFactory();
    await storedByVersion1(factory, frame);
    const datasets = await readRawDatasets(factory);
    expect(datasets.map((d) => d.fileName)).toEqual(['stripe.csv']);
    expect(writeCsv(frameRows(datasets[0].frames))).toBe(
      'customer_id,start,amount\r\nc1,2024-01-05T00:00:00.000Z,49.5\r\n"\'=HYPERLINK(""x"")",,-3\r\n',
    );
    // Nothing was upgraded or added.
    const dbs = await factory.databases();
    expect(dbs).toEqual([{ name: 'yardstick', version: 10 }]);
  });

  it('finds nothing, and creates nothing, where no data was stored', async () => {
    const factory = new IDBFactory();
    await expect(readRawDatasets(factory)).rejects.toBeDefined();
    expect(await factory.databases()).toEqual([]);
  });
});
