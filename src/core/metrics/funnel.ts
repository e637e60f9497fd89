// Lead funnel (metrics.md §6), over arbitrary spans so quarters can be recomputed from records (§15).
import type { Frame } from '../datasets/frame.ts';
import { numbers } from './columns.ts';
import { DAY_MS, spanCount, spanLocator, type Spans } from './time.ts';
import { plainSeries, ratio, seriesOf, type Family } from './types.ts';

export function funnelMetrics(frame: Frame, spans: Spans): Family {
  const n = spanCount(spans);
  const at = spanLocator(spans);
  const created = numbers(frame, 'created_at');
  const pql = numbers(frame, 'pql_at');
  const converted = numbers(frame, 'converted_at');
  const leads = new Float64Array(n);
  const leadsConverted = new Float64Array(n);
  const pqls = new Float64Array(n);
  const pqlsConverted = new Float64Array(n);
  const conversions = new Float64Array(n);
  const cycleDays = new Float64Array(n);
  for (let r = 0; r < frame.rows; r++) {
    const c = created ? created[r] : NaN;
    const v = converted ? converted[r] : NaN;
    const isConverted = v === v;
    const ic = at(c);
    if (ic >= 0) {
      leads[ic]++;
      if (isConverted) leadsConverted[ic]++;
    }
    const ip = pql ? at(pql[r]) : -1;
    if (ip >= 0) {
      pqls[ip]++;
      if (isConverted) pqlsConverted[ip]++;
    }
    const iv = at(v);
    if (iv >= 0 && c === c) {
      conversions[iv]++;
      cycleDays[iv] += (v - c) / DAY_MS;
    }
  }
  const fam: Family = new Map();
  fam.set('leads', plainSeries(leads));
  // A share of converted ones among all, in percent, with both counts as its inputs.
  const conversionRate = (id: string, converted: [string, Float64Array], all: [string, Float64Array]) =>
    fam.set(
      id,
      seriesOf(n, (i) => [
        ratio(converted[1][i], all[1][i], 100),
        { [converted[0]]: converted[1][i], [all[0]]: all[1][i] },
      ]),
    );
  conversionRate('lead_conversion_rate', ['converted_leads', leadsConverted], ['leads', leads]);
  fam.set('pqls', plainSeries(pqls));
  conversionRate('pql_conversion_rate', ['converted_pqls', pqlsConverted], ['pqls', pqls]);
  fam.set(
    'sales_cycle_days',
    seriesOf(n, (i) => [
      ratio(cycleDays[i], conversions[i]),
      { total_cycle_days: cycleDays[i], converted_leads: conversions[i] },
    ]),
  );
  return fam;
}
