import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { HarnessError } from './errors.ts';

// BENCH_PORT lets two checkouts run the benchmark side by side.
export const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4199);
const START_TIMEOUT_MS = 60_000;

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts `npx vite preview --port 4199 --strictPort` as a child and waits until it answers.
 * `outDir` serves another folder than dist/ (the harness's self-test against a mock app).
 */
export async function startPreview(root: string, outDir: string | null = null): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${PREVIEW_PORT}/`;
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    // Its own process group, so stopping it also stops the node process npx started.
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const kill = (): void => killGroup(child, 'SIGKILL');
  process.once('exit', kill);

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new HarnessError(
        `vite preview exited (${child.exitCode ?? child.signalCode}) before serving ${url}` +
          ` (port ${PREVIEW_PORT} busy?):\n${output.trim()}`,
      );
    }
    if (Date.now() > deadline) {
      kill();
      throw new HarnessError(`vite preview did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    stop: async () => {
      process.off('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(kill, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
