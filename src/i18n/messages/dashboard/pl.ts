import type { DashboardMessages } from './en.ts';

export const dashboardPl: DashboardMessages = {
  periodLabel: 'Okres',
};
