import type { OverviewMessages } from './en.ts';

export const overviewPl: OverviewMessages = {};
