// The envelope and the kpis document, as plain JSON-ready values. The full document is written in
// parts by the worker (worker/snapshot-export.ts) and never held as one value or one string.
import { version as APP_VERSION } from '../../../package.json';
import type { Alert, AlertRule } from '../alerts/model.ts';
import type { Goal } from '../goals/model.ts';
import type { WorkspaceMetrics } from '../metrics/types.ts';
import { CURRENT_VERSION } from './migrations.ts';
import { SNAPSHOT_FORMAT } from './read.ts';

export type Scope = 'full' | 'kpis';

export interface SnapshotSettings {
  gross_margin: number;
  activation_event: string;
  fx: Record<string, number>;
  currency: string | null;
  locale: 'en-US' | 'en-GB' | 'id' | 'pl';
  staleDays?: number;
}

/** Months, quarters and years of the whole workspace, as the dashboard shows them. */
export interface KpiTables {
  month: WorkspaceMetrics;
  quarter: WorkspaceMetrics;
  year: WorkspaceMetrics;
}

export function envelope(scope: Scope, createdAt: Date) {
  return {
    format: SNAPSHOT_FORMAT,
    version: CURRENT_VERSION,
    scope,
    createdAt: createdAt.toISOString(),
    app: APP_VERSION,
  } as const;
}

/** Only the settings' own fields: a stored record's workspace id stays on this device. */
export function settingsOf(s: SnapshotSettings): SnapshotSettings {
  return {
    gross_margin: s.gross_margin,
    activation_event: s.activation_event,
    fx: { ...s.fx },
    currency: s.currency,
    locale: s.locale,
    ...(s.staleDays !== undefined && { staleDays: s.staleDays }),
  };
}

function tableOf(m: WorkspaceMetrics): WorkspaceMetrics {
  return {
    months: m.months,
    values: m.values,
    sources: m.sources,
    inputs: m.inputs,
    cohorts: m.cohorts,
    inProgress: m.inProgress,
  };
}

/** What every snapshot says of its workspace: the name, the settings, the goals and alert rules. */
function workspaceHead(input: {
  name: string;
  settings: SnapshotSettings;
  goals: readonly Goal[];
  alertRules: readonly AlertRule[];
}) {
  return {
    name: input.name,
    settings: settingsOf(input.settings),
    goals: [...input.goals],
    alertRules: [...input.alertRules],
  };
}

/**
 * A kpis snapshot: what the dashboard shows of the whole workspace and the goals and alert rules
 * built on it. Built only from computed results, never from rows, so no customer, lead or event
 * value can reach it.
 */
export function kpisDocument(input: {
  name: string;
  settings: SnapshotSettings;
  tables: KpiTables;
  goals: readonly Goal[];
  alertRules: readonly AlertRule[];
  createdAt: Date;
}) {
  return {
    ...envelope('kpis', input.createdAt),
    workspace: {
      ...workspaceHead(input),
      kpis: {
        month: tableOf(input.tables.month),
        quarter: tableOf(input.tables.quarter),
        year: tableOf(input.tables.year),
      },
    },
  };
}

/** The parts of a full snapshot that are not rows, written before the datasets. */
export function fullHead(input: {
  name: string;
  settings: SnapshotSettings;
  goals: readonly Goal[];
  alertRules: readonly AlertRule[];
  alerts: readonly Alert[];
  kpis: KpiTables | null;
  createdAt: Date;
}) {
  return {
    ...envelope('full', input.createdAt),
    workspace: {
      ...workspaceHead(input),
      alerts: [...input.alerts],
      ...(input.kpis && { kpis: input.kpis }),
    },
  };
}

/** `<workspace>-<date>.yardstick.json`, with what a file name cannot hold replaced. */
export function snapshotFileName(workspace: string, createdAt: Date, gzipped: boolean): string {
  const safe =
    workspace
      .normalize('NFC')
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\p{Cc}+/gu, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'workspace';
  return `${safe}-${createdAt.toISOString().slice(0, 10)}.yardstick.json${gzipped ? '.gz' : ''}`;
}
