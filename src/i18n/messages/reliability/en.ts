// English source of the strings of: Storage and loading problems, reliability notices. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const reliabilityEn = {};

export type ReliabilityMessages = CatalogueOf<typeof reliabilityEn>;
