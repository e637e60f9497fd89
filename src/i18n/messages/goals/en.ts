// English source of the strings of: Goals, targets and the KPI board. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const goalsEn = {};

export type GoalsMessages = CatalogueOf<typeof goalsEn>;
