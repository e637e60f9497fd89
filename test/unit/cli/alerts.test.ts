// `npm run report -- --alerts rules.json`: rules in either shape, evaluated over the whole
// workspace; a malformed rules file is a usage error (exit 2) naming the rule.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertsReport, parseAlertRules } from '../../../src/cli/alerts-file.ts';
import type { WorkspaceMetrics } from '../../../src/core/metrics/types.ts';

const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const subs = resolve(root, 'test/fixtures/public/subscriptions_stripe.csv');

const metrics: WorkspaceMetrics = {
  months: ['2024-01', '2024-02', '2024-03', '2024-04'],
  values: { mrr: [100, 80, 85, 70], nrr: [99, 94, null, 96] },
  sources: {},
  inputs: {},
  cohorts: null,
  inProgress: false,
};

describe('alerts rules file', () => {
  it('reads flat and stored shapes and echoes each rule with its months', () => {
    const flat = { kpi: 'nrr', type: 'threshold', op: '<', value: 95, for_months: 1 };
    const stored = {
      kpi: 'mrr',
      condition: { type: 'change', direction: 'falls_by', by: 10, percent: true, minValue: null },
      forMonths: 1,
    };
    // nrr: 94 < 95 raised in Feb, null keeps it in Mar, 96 resolves in Apr.
    // mrr: 100→80 −20 % (raised Feb), 80→85 (resolved Mar), 85→70 −17.6 % (raised Apr).
    expect(alertsReport(parseAlertRules({ rules: [flat, stored] }), metrics)).toEqual([
      { rule: flat, raised: ['2024-02'], resolved: ['2024-04'] },
      { rule: stored, raised: ['2024-02', '2024-04'], resolved: ['2024-03'] },
    ]);
  });
  it('a KPI without values raises nothing', () => {
    expect(alertsReport(parseAlertRules([{ kpi: 'nps', op: '>', value: 1 }]), metrics)).toEqual([
      { rule: { kpi: 'nps', op: '>', value: 1 }, raised: [], resolved: [] },
    ]);
  });
  it('refuses a malformed rule, naming it', () => {
    expect(() => parseAlertRules([{ kpi: 'mrr', op: '!', value: 1 }])).toThrow(/rule 1/);
    expect(() => parseAlertRules([{ kpi: 'mrr', op: '>', value: 1, for_months: 0 }])).toThrow(/for_months/);
    expect(() => parseAlertRules({})).toThrow(/array of rules/);
  });
  it('prints alerts beside the months from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ys-alerts-'));
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify([{ kpi: 'mrr', type: 'threshold', op: '>=', value: 0 }]));
    const r = spawnSync(tsx, ['src/cli/report.ts', '--alerts', rules, subs], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    const first = Object.keys(doc.months).sort()[0];
    expect(doc.alerts).toEqual([
      { rule: { kpi: 'mrr', type: 'threshold', op: '>=', value: 0 }, raised: [first], resolved: [] },
    ]);
    writeFileSync(rules, '[{"kpi": ""}]');
    const bad = spawnSync(tsx, ['src/cli/report.ts', '--alerts', rules, subs], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/alerts: rule 1: kpi/);
  });
});
