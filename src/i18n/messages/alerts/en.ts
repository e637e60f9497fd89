// English source of the strings of: Alert rules and the alert centre. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const alertsEn = {};

export type AlertsMessages = CatalogueOf<typeof alertsEn>;
