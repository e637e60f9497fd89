// Sources of "Needs attention" items beyond the KPI bands. A source is a function read inside the
// dashboard's derived state, so whatever reactive state it reads (goals, statuses) keeps the list
// current. Goals register theirs with:
//   attention.add(() => targets.filter(at risk or off track).map(toAttentionItem))
export type AttentionLevel = 'bad' | 'off_track' | 'at_risk';

export interface AttentionItem {
  /** Unique among all items, e.g. `kpi:nrr` or `target:<id>`. */
  key: string;
  level: AttentionLevel;
  /** What needs attention, in the reader's language (a KPI or target name). */
  label: string;
  /** The value or status as shown, in the reader's language. */
  detail: string;
  /** Where the item leads: a KPI card on the dashboard, or any route. */
  to: { kpi: string } | { href: string };
}

export type AttentionSource = () => readonly AttentionItem[];

export class AttentionSources {
  sources: readonly AttentionSource[] = $state.raw([]);

  /** Adds a source; the returned function removes it. */
  add(source: AttentionSource): () => void {
    this.sources = [...this.sources, source];
    return () => {
      this.sources = this.sources.filter((s) => s !== source);
    };
  }

  /** Every registered source's items; a failing source is skipped, never the whole list. */
  items(): AttentionItem[] {
    return this.sources.flatMap((source) => {
      try {
        return [...source()];
      } catch {
        return [];
      }
    });
  }
}

export const attention = new AttentionSources();
