/**
 * Writes the demo CSV files to a folder so developers can open them in a
 * spreadsheet: `npm run demo:write -- [folder] [seed]` (default ./demo-data, seed 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDemoFiles } from '../src/core/demo/index.ts';

const folder = resolve(process.argv[2] ?? 'demo-data');
const seedArg = process.argv[3];
const seed = seedArg === undefined ? undefined : Number(seedArg);
if (seed !== undefined && !Number.isInteger(seed)) {
  console.error(`seed must be an integer, got '${seedArg}'`);
  process.exit(1);
}

mkdirSync(folder, { recursive: true });
for (const file of generateDemoFiles(seed === undefined ? {} : { seed })) {
  const path = join(folder, file.name);
  writeFileSync(path, file.text, 'utf8');
  console.log(`${file.kind.padEnd(14)} ${String(Buffer.byteLength(file.text)).padStart(9)} B  ${path}`);
}
