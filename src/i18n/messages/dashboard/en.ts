// English source of the dashboard strings; id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const dashboardEn = {
  periodLabel: 'Period',
};

export type DashboardMessages = CatalogueOf<typeof dashboardEn>;
