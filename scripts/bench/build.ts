import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { HarnessError } from './errors.ts';

/** What the build reads: if any of it is newer than dist/index.html, dist is stale. */
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'svelte.config.js', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function distIsFresh(root: string): boolean {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(join(root, input)) <= built);
}

/** Runs `npm run build` when dist/ is missing or older than its sources. */
export async function ensureBuilt(root: string): Promise<'fresh' | 'built'> {
  if (distIsFresh(root)) return 'fresh';
  console.log('  dist/ is missing or older than src/: npm run build');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0)
    throw new HarnessError(`npm run build failed (exit ${code}); fix the build, then rerun the bench`);
  return 'built';
}

/** The text of every .js and .html file of a build (small: the app is a few hundred kB). */
export function readBuiltFiles(dist: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (['.js', '.html'].includes(extname(entry.name))) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dist);
  return texts;
}

/**
 * Copies dist/ to a temp folder to serve from: a `npm run build` someone else starts during the
 * bench empties dist/, and the server would answer 404 halfway through a run.
 */
export async function snapshotDist(root: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'yardstick-bench-dist-'));
  await cp(join(root, 'dist'), folder, { recursive: true });
  return folder;
}
