// English source of the strings of: The dashboard overview and first screen. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const overviewEn = {};

export type OverviewMessages = CatalogueOf<typeof overviewEn>;
