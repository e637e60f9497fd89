import type { OverviewMessages } from './en.ts';

export const overviewId: OverviewMessages = {};
