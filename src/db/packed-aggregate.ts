// An events dataset's aggregate as stored from schema version 5: its instants and codes in the
// narrowest exact integers (packed-numbers.ts). Its lists of (user, day) and (pair, month) grow
// with the users, and at millions of events they outweighed the rows' own chunks.
import type { EventAggregate } from '../core/events/aggregate.ts';
import {
  TIME_GRAINS,
  packFloats,
  packGroups,
  packInts,
  unpackFloats,
  unpackGroups,
  unpackInts,
  type PackedFloats,
  type PackedGroups,
  type PackedInts,
} from './packed-numbers.ts';

const INSTANTS = ['first', 'last', 'pairFirst'] as const;
const CODES = ['pairUser', 'pairEvent', 'pairMonthOffset', 'pairMonth', 'dayOffset'] as const;
/** Grouped by the offsets named beside them, ascending within each group. */
const GROUPED = [['dayUser', 'dayOffset']] as const;

type Instants = (typeof INSTANTS)[number];
type Codes = (typeof CODES)[number];
type Grouped = (typeof GROUPED)[number][0];
type Plain = 'users' | 'events' | 'day0';
/** A field added to EventAggregate must be packed here too: this fails to compile until it is. */
export const EVERY_FIELD_PACKED: [keyof EventAggregate] extends [Plain | Instants | Codes | Grouped]
  ? true
  : never = true;

export type PackedAggregate = Pick<EventAggregate, Plain> & {
  [K in Instants]: Float64Array | PackedFloats;
} & { [K in Codes]: PackedInts } & { [K in Grouped]: PackedGroups | PackedInts };

export function packAggregate(a: EventAggregate): PackedAggregate {
  const packed = { users: a.users, events: a.events, day0: a.day0 } as PackedAggregate;
  for (const key of INSTANTS) packed[key] = packFloats(a[key], TIME_GRAINS);
  for (const key of CODES) packed[key] = packInts(a[key]);
  for (const [key, offset] of GROUPED) packed[key] = packGroups(a[key], a[offset]) ?? packInts(a[key]);
  return packed;
}

export function unpackAggregate(p: PackedAggregate): EventAggregate {
  const a = { users: p.users, events: p.events, day0: p.day0 } as EventAggregate;
  for (const key of INSTANTS) a[key] = unpackFloats(p[key]);
  for (const key of CODES) a[key] = unpackInts(p[key]);
  for (const [key, offset] of GROUPED) {
    const stored = p[key];
    a[key] = 'steps' in stored ? unpackGroups(stored, a[offset]) : unpackInts(stored);
  }
  return a;
}
