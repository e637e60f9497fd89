import type { DatasetKind } from '../core/datasets/kinds.ts';
import { DATASET_KINDS } from '../core/datasets/kinds.ts';
import { DEFAULT_SETTINGS, type MetricSettings } from '../core/workspace-data.ts';
import { UsageError } from './args.ts';

export interface FileOverride {
  kind?: DatasetKind;
  mapping?: Record<string, string | null>;
  /** False reads amounts named as cents (`plan_amount`…) as they are (datasets.md §8.6). */
  cents?: boolean;
}

export interface SettingsFile {
  settings: MetricSettings;
  overrides: Map<string, FileOverride>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads settings.json of the report command; anything malformed is a usage error, never ignored. */
export function parseSettingsFile(json: unknown): SettingsFile {
  if (!isRecord(json)) throw new UsageError('settings file must hold a JSON object');
  const settings: MetricSettings = { ...DEFAULT_SETTINGS, fx: {} };
  if (json.gross_margin !== undefined) {
    if (typeof json.gross_margin !== 'number' || !(json.gross_margin > 0 && json.gross_margin <= 1))
      throw new UsageError('settings: gross_margin must be a number in (0, 1]');
    settings.gross_margin = json.gross_margin;
  }
  if (json.activation_event !== undefined) {
    if (typeof json.activation_event !== 'string')
      throw new UsageError('settings: activation_event must be text');
    settings.activation_event = json.activation_event;
  }
  if (json.currency !== undefined) {
    if (typeof json.currency !== 'string')
      throw new UsageError('settings: currency must be a code such as USD');
    settings.currency = json.currency.toUpperCase();
  }
  if (json.fx !== undefined) {
    if (!isRecord(json.fx)) throw new UsageError('settings: fx must map currency codes to rates');
    for (const [code, rate] of Object.entries(json.fx)) {
      if (typeof rate !== 'number' || !(rate > 0))
        throw new UsageError(`settings: fx rate for ${code} must be > 0`);
      settings.fx[code.toUpperCase()] = rate;
    }
  }
  const overrides = new Map<string, FileOverride>();
  if (json.overrides !== undefined) {
    if (!isRecord(json.overrides))
      throw new UsageError('settings: overrides must map file names to {kind, mapping}');
    for (const [file, o] of Object.entries(json.overrides)) {
      if (!isRecord(o)) throw new UsageError(`settings: override for ${file} must be an object`);
      const entry: FileOverride = {};
      if (o.kind !== undefined) {
        if (!DATASET_KINDS.includes(o.kind as DatasetKind))
          throw new UsageError(`settings: override for ${file}: unknown kind "${String(o.kind)}"`);
        entry.kind = o.kind as DatasetKind;
      }
      if (o.mapping !== undefined) {
        if (!isRecord(o.mapping))
          throw new UsageError(`settings: override for ${file}: mapping must be an object`);
        entry.mapping = Object.fromEntries(
          Object.entries(o.mapping).map(([k, v]) => [k, typeof v === 'string' ? v : null]),
        );
      }
      if (o.cents !== undefined) {
        if (typeof o.cents !== 'boolean')
          throw new UsageError(`settings: override for ${file}: cents must be true or false`);
        entry.cents = o.cents;
      }
      overrides.set(file, entry);
    }
  }
  return { settings, overrides };
}
