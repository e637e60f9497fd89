// English source of the strings of: Snapshots, share links and the read-only viewer. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const snapshotEn = {};

export type SnapshotMessages = CatalogueOf<typeof snapshotEn>;
