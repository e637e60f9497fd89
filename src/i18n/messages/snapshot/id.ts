import type { SnapshotMessages } from './en.ts';

export const snapshotId: SnapshotMessages = {};
