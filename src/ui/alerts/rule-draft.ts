// The rule form's fields as typed, read into a rule draft with a reason for every field that is
// wrong. Pure, so the form and its tests share one reading.
import type { Condition, Op } from '../../core/alerts/model.ts';
import { parseTypedNumber } from '../../core/locale/typed.ts';
import type { Lang } from '../../i18n/index.ts';

export interface RuleFields {
  kpi: string;
  type: 'threshold' | 'change';
  op: Op;
  value: string;
  direction: 'rises_by' | 'falls_by';
  by: string;
  percent: boolean;
  min: string;
  forMonths: string;
  recover: string;
}

export type FieldError = 'number' | 'positive' | 'months' | 'recover-above' | 'recover-below';
export type FieldName = 'value' | 'by' | 'min' | 'forMonths' | 'recover';

export interface DraftReading {
  draft: { kpi: string; condition: Condition; forMonths: number } | null;
  errors: Partial<Record<FieldName, FieldError>>;
}

function optional(text: string, lang: Lang): number | null | undefined {
  if (text.trim() === '') return null;
  const n = parseTypedNumber(text, lang);
  return Number.isFinite(n) ? n : undefined;
}

export function readFields(f: RuleFields, lang: Lang): DraftReading {
  const errors: DraftReading['errors'] = {};
  const forMonths = Number(String(f.forMonths).trim());
  if (!Number.isInteger(forMonths) || forMonths < 1 || forMonths > 120) errors.forMonths = 'months';
  let condition: Condition | null = null;
  if (f.type === 'threshold') {
    const value = parseTypedNumber(f.value, lang);
    const recoverAt = optional(f.recover, lang);
    if (!Number.isFinite(value)) errors.value = 'number';
    if (recoverAt === undefined) errors.recover = 'number';
    else if (recoverAt !== null && Number.isFinite(value)) {
      const high = f.op === '>' || f.op === '>=';
      if (high && recoverAt > value) errors.recover = 'recover-above';
      if (!high && recoverAt < value) errors.recover = 'recover-below';
    }
    if (!errors.value && !errors.recover)
      condition = { type: 'threshold', op: f.op, value, recoverAt: recoverAt ?? null };
  } else {
    const by = parseTypedNumber(f.by, lang);
    const minValue = optional(f.min, lang);
    if (!Number.isFinite(by)) errors.by = 'number';
    else if (by <= 0) errors.by = 'positive';
    if (minValue === undefined) errors.min = 'number';
    if (!errors.by && !errors.min)
      condition = {
        type: 'change',
        direction: f.direction,
        by,
        percent: f.percent,
        minValue: minValue ?? null,
      };
  }
  const draft = condition && !errors.forMonths ? { kpi: f.kpi, condition, forMonths } : null;
  return { draft, errors };
}

/** A stored number written back into a field, in the interface language's decimal. */
export function typedText(n: number | null, lang: Lang): string {
  if (n === null) return '';
  const text = String(n);
  return lang === 'en' ? text : text.replace('.', ',');
}
