import type { ReliabilityMessages } from './en.ts';

export const reliabilityPl: ReliabilityMessages = {};
