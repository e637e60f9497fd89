// Net Promoter Score (metrics.md §7), over arbitrary spans (§15 recomputes it over a quarter's responses).
import type { Frame } from '../datasets/frame.ts';
import { numbers } from './columns.ts';
import { spanCount, spanLocator, type Spans } from './time.ts';
import { ratio, seriesOf, type Family } from './types.ts';

export function npsMetrics(frame: Frame, spans: Spans): Family {
  const n = spanCount(spans);
  const at = spanLocator(spans);
  const when = numbers(frame, 'responded_at');
  const score = numbers(frame, 'score');
  const responses = new Float64Array(n);
  const promoters = new Float64Array(n);
  const detractors = new Float64Array(n);
  for (let r = 0; when && score && r < frame.rows; r++) {
    const s = score[r];
    // Ingest rejects anything else; a stray value must still not skew the score.
    if (!Number.isInteger(s) || s < 0 || s > 10) continue;
    const i = at(when[r]);
    if (i < 0) continue;
    responses[i]++;
    if (s >= 9) promoters[i]++;
    else if (s <= 6) detractors[i]++;
  }
  const fam: Family = new Map();
  fam.set(
    'nps',
    seriesOf(n, (i) => [
      ratio(promoters[i] - detractors[i], responses[i], 100),
      {
        promoters: promoters[i],
        // Passives (7–8) do not enter the score; counted so the split over time can be shown.
        passives: responses[i] - promoters[i] - detractors[i],
        detractors: detractors[i],
        responses: responses[i],
      },
    ]),
  );
  fam.set(
    'nps_responses',
    seriesOf(n, (i) => [responses[i], null]),
  );
  return fam;
}
