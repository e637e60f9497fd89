import type { DashboardMessages } from './en.ts';

export const dashboardId: DashboardMessages = {
  periodLabel: 'Periode',
};
