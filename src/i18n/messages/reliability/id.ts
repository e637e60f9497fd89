import type { ReliabilityMessages } from './en.ts';

export const reliabilityId: ReliabilityMessages = {};
