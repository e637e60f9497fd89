import type { Rng } from './random.ts';

/*
 * Names mix English, Indonesian and Polish users (the app's three locales) and
 * deliberately include commas, quotes and non-ASCII letters, because real
 * exports do and the importer must take them in its stride.
 */
const FIRST = [
  'Emily',
  'Noah',
  'Priya',
  'John',
  'Siti',
  'Ahmad',
  'Dewi',
  'Budi',
  'Mateusz',
  'Agnieszka',
  'Krzysztof',
  'Małgorzata',
  'Zoë',
  'José',
  'Chloé',
  'Søren',
  'Grzegorz',
  'Olivia',
  'Rizky',
  'Łucja',
];
const LAST = [
  'Taylor',
  'Smith',
  'Johnson',
  'Brown',
  "O'Brien",
  'Santoso',
  'Hartono',
  'Setiawan',
  'Kusuma',
  'Wijaya',
  'Nugroho',
  'Wójcik',
  'Dąbrowska',
  'Lewandowski',
  'Wiśniewska',
  'Müller',
  'García',
  'Nowak',
  'Kowalski',
];
const COMPANIES = [
  'PT Maju Jaya',
  'CV Sinar Terang',
  'Acme Sp. z o.o.',
  'Nordic Ledger AB',
  'Café Crème SARL',
  'Żabka Analytics',
  'Bright, Bold & Co',
  'Kopi "Senja" Studio',
  'Bluefin Labs',
  'Harbor & Pine',
  'Kraków Cloud',
  'Warung Data',
  'Northwind Traders',
  'Sunrise Dental',
  'Delta Logistics',
];
const SOURCES: readonly (readonly [string, number])[] = [
  ['organic', 30],
  ['google_ads', 22],
  ['linkedin', 16],
  ['referral', 14],
  ['partner', 8],
  ['webinar', 6],
  ['product_hunt', 4],
];

export interface Person {
  name: string;
  email: string;
  description: string;
}

/** Email local parts keep ASCII letters only, as a sign-up form would. */
function emailLocal(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return ascii.slice(0, 13) || 'customer';
}

export function makePerson(rng: Rng, index: number): Person {
  const name = rng.chance(0.25) ? rng.pick(COMPANIES) : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const description = rng.weighted<string>([
    ['', 94],
    ['VIP, account manager: J. Doe', 4],
    ['Invoice by email\nsee note', 1],
    ['Migrated from "legacy" billing', 1],
  ]);
  return { name, email: `${emailLocal(name)}${index}@example.com`, description };
}

export function leadSource(rng: Rng): string {
  return rng.weighted(SOURCES);
}
