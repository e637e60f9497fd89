import type { GoalsMessages } from './en.ts';

export const goalsPl: GoalsMessages = {};
