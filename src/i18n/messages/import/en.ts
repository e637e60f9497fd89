// English source of the import strings; id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const importEn = {
  importDropHint: 'Drop CSV files anywhere on this page, or choose them.',
};

export type ImportMessages = CatalogueOf<typeof importEn>;
