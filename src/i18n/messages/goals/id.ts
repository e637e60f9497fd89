import type { GoalsMessages } from './en.ts';

export const goalsId: GoalsMessages = {};
