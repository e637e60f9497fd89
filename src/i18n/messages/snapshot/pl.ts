import type { SnapshotMessages } from './en.ts';

export const snapshotPl: SnapshotMessages = {};
