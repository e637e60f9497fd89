// The alert rules and alerts of the current workspace. Evaluation runs in the worker (whole
// workspace, no segment); rule edits and read marks are small writes through the page's own
// connection, each followed by what it changes: an evaluation, or only the unread count.
import type { Alert, AlertRule } from '../core/alerts/model.ts';
import type { YardstickDb } from '../db/schema.ts';
import type { AlertsAnswer } from '../worker/alerts.ts';
import type { EngineClient } from './engine-client.ts';
import { db, engine } from './engine.ts';

// The writes (and the stored rule's schema they check against) load with the first change a person
// makes: the first screen only reads the worker's answer.
const stored = () => import('../db/alerts.ts');

export type RuleDraft = Pick<AlertRule, 'kpi' | 'condition' | 'forMonths'>;

/** A rule of the workspace from a draft: new, active, not snoozed. */
function newRule(draft: RuleDraft, workspaceId: string, now: number): AlertRule {
  return {
    ...draft,
    id: crypto.randomUUID(),
    workspaceId,
    paused: false,
    snoozedUntil: null,
    snoozedUntilImport: false,
    createdAt: now,
    updatedAt: now,
  };
}

export class Alerts {
  answer = $state.raw<AlertsAnswer | null>(null);
  error = $state<string | null>(null);
  /** Newly raised alerts of the latest evaluation, for notifications; replaced on every answer. */
  fresh = $state.raw<Alert[]>([]);
  #workspaceId: string | null = null;
  #latest = 0;

  readonly rules = $derived(this.answer?.rules ?? []);
  readonly list = $derived(this.answer?.alerts ?? []);
  readonly unread = $derived(this.list.filter((a) => !a.read).length);

  constructor(
    private readonly engine: () => EngineClient,
    private readonly db: () => YardstickDb,
  ) {}

  /** Evaluates the workspace's rules; a slower answer to an older request never wins. */
  async refresh(workspaceId: string | null): Promise<void> {
    const ticket = ++this.#latest;
    if (workspaceId !== this.#workspaceId) this.answer = null;
    this.#workspaceId = workspaceId;
    if (!workspaceId) {
      this.answer = null;
      return;
    }
    try {
      const msg = await this.engine().request('alerts', { workspaceId, now: Date.now() });
      if (ticket !== this.#latest) return;
      this.answer = msg.answer;
      if (msg.answer.fresh.length) this.fresh = msg.answer.fresh;
      this.error = null;
    } catch (e) {
      if (ticket === this.#latest) this.error = e instanceof Error ? e.message : String(e);
    }
  }

  async #again(): Promise<void> {
    await this.refresh(this.#workspaceId);
  }

  async create(draft: RuleDraft): Promise<AlertRule | null> {
    const workspaceId = this.#workspaceId;
    if (!workspaceId) return null;
    const now = Date.now();
    const rule = newRule($state.snapshot(draft), workspaceId, now);
    const { putRule } = await stored();
    await putRule(this.db(), rule);
    await this.#again();
    return rule;
  }

  async update(
    rule: AlertRule,
    patch: Partial<Omit<AlertRule, 'id' | 'workspaceId' | 'createdAt'>>,
  ): Promise<void> {
    const { putRule } = await stored();
    await putRule(this.db(), { ...$state.snapshot(rule), ...$state.snapshot(patch), updatedAt: Date.now() });
    await this.#again();
  }

  async remove(ruleId: string): Promise<void> {
    const { deleteRule } = await stored();
    await deleteRule(this.db(), ruleId);
    await this.#again();
  }

  /** Adds the suggested rules; returns how many. */
  async addSuggested(drafts: readonly RuleDraft[]): Promise<number> {
    const workspaceId = this.#workspaceId;
    if (!workspaceId || drafts.length === 0) return 0;
    const now = Date.now();
    const { addRules } = await stored();
    await addRules(
      this.db(),
      drafts.map((d) => newRule(d, workspaceId, now)),
    );
    await this.#again();
    return drafts.length;
  }

  async markRead(ids: readonly string[]): Promise<void> {
    const { markRead } = await stored();
    await markRead(this.db(), ids);
    this.#setRead((a) => ids.includes(a.id));
  }

  async markAllRead(): Promise<void> {
    if (!this.#workspaceId) return;
    const { markAllRead } = await stored();
    await markAllRead(this.db(), this.#workspaceId);
    this.#setRead(() => true);
  }

  #setRead(which: (a: Alert) => boolean): void {
    const answer = this.answer;
    if (!answer) return;
    const alerts = answer.alerts.map((a) => (which(a) && !a.read ? { ...a, read: true } : a));
    this.answer = { ...answer, alerts, unread: alerts.filter((a) => !a.read).length };
  }
}

/** The page's one instance (kept here rather than in app.svelte.ts: one owner per area). */
export const alerts = new Alerts(engine, db);
