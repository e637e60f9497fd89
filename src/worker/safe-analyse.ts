// Core analyse() builds the preview's sample with the normaliser, which fails when the user left
// a required field of a chosen kind unmapped (reported to the core's owner). The preview must
// still show the kind and the mapping so the user can finish it: this answers without a sample.

import { requiredFields } from '../core/datasets/detect.ts';
import { analyse, IngestError, type Analysis, type IngestOptions } from '../core/datasets/ingest.ts';
import { CANCELED_AT, KIND_FIELDS } from '../core/datasets/synonyms.ts';

export function safeAnalyse(bytes: Uint8Array, fileName: string, options: IngestOptions): Analysis {
  try {
    return analyse(bytes, fileName, options);
  } catch (e) {
    if (e instanceof IngestError || !options.kind) throw e;
    const base = analyse(bytes, fileName, { locale: options.locale });
    const kind = options.kind;
    const mapping = Object.create(null) as Record<string, string | null>;
    for (const spec of KIND_FIELDS[kind]) if (spec.field !== CANCELED_AT) mapping[spec.field] = null;
    const present = new Map<string, number>();
    for (const [field, header] of Object.entries(options.mapping ?? {})) {
      const at = header === null ? -1 : base.headers.indexOf(header);
      mapping[field] = at >= 0 ? header : null;
      if (at >= 0) present.set(field, at);
    }
    const byHeader = new Map([...present].map(([field, i]) => [base.headers[i], field]));
    return {
      ...base,
      kind,
      kindReason: `chosen by you (detected: ${base.kind ?? 'none'})`,
      mapping,
      required: requiredFields(kind, present),
      columns: base.headers.map((header) => ({ header, field: byHeader.get(header) ?? null })),
      warnings: base.warnings,
      sample: [],
    };
  }
}
