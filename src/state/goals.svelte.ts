// The current workspace's goals as the worker judged them, and every change a person makes to them.
// Statuses are computed only in the worker; a change here is stored, then judged again there.
import type { CheckIn, Goal, Status } from '../core/goals/model.ts';
import type { YardstickDb } from '../db/schema.ts';
import type { EvaluatedGoal, GoalsAnswer } from '../worker/goals.ts';
import type { EngineClient } from './engine-client.ts';

// The writes (and the stored goal's schema they check against) load with the first change a person
// makes, on the Goals or Board view: the first screen only reads the worker's answer.
const stored = () => import('../db/goals.ts');
const history = () => import('../core/goals/history.ts');

export class Goals {
  answer = $state.raw<GoalsAnswer | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  /** The workspace the answer belongs to. */
  workspaceId = $state<string | null>(null);
  #latest = 0;

  constructor(
    private readonly engine: () => EngineClient,
    private readonly db: () => YardstickDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Judges the workspace's goals again (after an import, a settings change or an edit). */
  async refresh(workspaceId: string | null): Promise<void> {
    const ticket = ++this.#latest;
    if (workspaceId !== this.workspaceId) this.answer = null;
    this.workspaceId = workspaceId;
    if (!workspaceId) {
      this.loading = false;
      return;
    }
    this.loading = true;
    try {
      const msg = await this.engine().request('goals', { workspaceId, today: this.now() });
      if (ticket !== this.#latest) return;
      this.answer = msg.answer;
      this.error = null;
    } catch (e) {
      if (ticket === this.#latest) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (ticket === this.#latest) this.loading = false;
    }
  }

  find(goalId: string): EvaluatedGoal | undefined {
    return this.answer?.goals.find((g) => g.goal.id === goalId);
  }

  /** Stores a goal from the form; an edit keeps the history stored meanwhile. */
  async save(goal: Goal): Promise<void> {
    const { putGoal, updateGoal } = await stored();
    const plain = $state.snapshot(goal) as Goal;
    const stamped = { ...plain, updatedAt: this.now() };
    const updated = await updateGoal(this.db(), plain.id, (stored) => ({
      ...stamped,
      createdAt: stored.createdAt,
      history: stored.history,
    }));
    if (!updated) await putGoal(this.db(), { ...stamped, createdAt: stamped.updatedAt });
    await this.refresh(this.workspaceId);
  }

  async setArchived(goalId: string, archived: boolean): Promise<void> {
    const { updateGoal } = await stored();
    await updateGoal(this.db(), goalId, (g) => ({ ...g, archived, updatedAt: this.now() }));
    await this.refresh(this.workspaceId);
  }

  async remove(goalId: string): Promise<void> {
    const { deleteGoal } = await stored();
    await deleteGoal(this.db(), goalId);
    await this.refresh(this.workspaceId);
  }

  async checkIn(goalId: string, targetId: string, checkIn: CheckIn): Promise<void> {
    const { updateGoal } = await stored();
    await updateGoal(this.db(), goalId, (g) => ({
      ...g,
      updatedAt: this.now(),
      targets: g.targets.map((t) =>
        t.id === targetId && (t.kind === 'reach' || t.kind === 'keep')
          ? { ...t, checkIns: [...t.checkIns, checkIn] }
          : t,
      ),
    }));
    await this.refresh(this.workspaceId);
  }

  /** A status set by hand (null, or the computed status, clears it). */
  async move(goalId: string, targetId: string, status: Status | null): Promise<void> {
    const computed = this.find(goalId)?.evaluation.targets.find((t) => t.id === targetId)?.computed;
    if (!computed) return;
    const [{ updateGoal }, { setManualStatus }] = await Promise.all([stored(), history()]);
    await updateGoal(this.db(), goalId, (g) => setManualStatus(g, targetId, status, computed, this.now()));
    await this.refresh(this.workspaceId);
  }

  async setReason(goalId: string, targetId: string, reason: string): Promise<void> {
    const [{ updateGoal }, { setOverrideReason }] = await Promise.all([stored(), history()]);
    await updateGoal(this.db(), goalId, (g) => setOverrideReason(g, targetId, reason.slice(0, 500)));
    await this.refresh(this.workspaceId);
  }

  /** "Start from benchmarks": a keep target per banded KPI, from the data's first month. */
  async startFromBenchmarks(name: string): Promise<void> {
    if (!this.workspaceId) return;
    const [{ putGoal }, { benchmarkGoal }] = await Promise.all([
      stored(),
      import('../core/goals/benchmarks.ts'),
    ]);
    const goal = benchmarkGoal({
      workspaceId: this.workspaceId,
      name,
      today: this.now(),
      firstMonth: this.answer?.firstMonth ?? null,
      newId: () => crypto.randomUUID(),
    });
    await putGoal(this.db(), goal);
    await this.refresh(this.workspaceId);
  }
}
