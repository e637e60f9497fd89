import { resolve } from 'node:path';
import { HarnessError } from './errors.ts';
import type { BenchOptions } from './types.ts';

const USAGE =
  'usage: npm run bench -- [--quick] [--runs N] [--only subs|events|snapshot] [--snapshot] [--seed N] [--keep-data]\n' +
  '                        [--dist DIR] [--profile] [--check] [--save] [--event-rows N] [--subscription-rows N]';

/** Parses `npm run bench -- …` arguments. `--quick`: 100k rows / 500k events, 1 run each. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let runs: number | null = null;
  let only: BenchOptions['only'] = null;
  let seed = 20_240_601;
  let keepData = false;
  let dist: string | null = null;
  let profile = false;
  let check = false;
  let save = false;
  let eventRows: number | null = null;
  let subscriptionRows: number | null = null;
  let snapshot = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new HarnessError(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--keep-data') keepData = true;
    else if (arg === '--profile') profile = true;
    else if (arg === '--check') check = true;
    else if (arg === '--save') save = true;
    else if (arg === '--event-rows') eventRows = positiveInt(arg, value());
    else if (arg === '--subscription-rows') subscriptionRows = positiveInt(arg, value());
    else if (arg === '--snapshot') snapshot = true;
    else if (arg === '--runs') runs = positiveInt(arg, value());
    else if (arg === '--seed') seed = positiveInt(arg, value());
    else if (arg === '--dist') dist = resolve(value());
    else if (arg === '--only') {
      const v = value();
      if (v === 'subs' || v === 'subscriptions') only = 'subscriptions';
      else if (v === 'events') only = 'events';
      else if (v === 'snapshot') [only, snapshot] = ['subscriptions', true];
      else throw new HarnessError(`--only takes subs, events or snapshot, got '${v}'\n${USAGE}`);
    } else if (arg === '--help' || arg === '-h') throw new HarnessError(USAGE);
    else throw new HarnessError(`unknown option '${arg}'\n${USAGE}`);
  }
  return {
    quick,
    runs: runs ?? (quick ? 1 : 3),
    only,
    subscriptionRows: subscriptionRows ?? (quick ? 100_000 : 1_000_000),
    eventRows: eventRows ?? (quick ? 500_000 : 5_000_000),
    seed,
    keepData,
    dist,
    profile,
    check,
    save,
    snapshot,
  };
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new HarnessError(`${name} takes a positive integer, got '${text}'`);
  return n;
}
