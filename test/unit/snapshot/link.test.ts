import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, needsPassphrase } from '../../../src/core/snapshot/link.ts';
import { SnapshotError } from '../../../src/core/snapshot/problems.ts';

const kpis = readFileSync(
  new URL('../../fixtures/snapshots/v1-kpis.yardstick.json', import.meta.url),
  'utf8',
);

async function codeOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (e) {
    if (e instanceof SnapshotError) return e.problem.code;
    throw e;
  }
}

describe('share links', () => {
  it('round-trips a snapshot without a passphrase, in URL-safe characters only', async () => {
    const s = await encodeLink(kpis);
    // interfaces.md §3: base64url of the gzip bytes, whose header always encodes as `H4sI`.
    expect(s).toMatch(/^H4sI[A-Za-z0-9_-]+$/);
    expect(s.length).toBeLessThan(kpis.length);
    const { doc } = await decodeLink(s);
    expect(doc).toEqual(JSON.parse(kpis));
  });

  it('round-trips with a passphrase that never appears in the link', async () => {
    const s = await encodeLink(kpis, 'correct horse');
    expect(needsPassphrase(s)).toBe(true);
    expect(s).not.toContain('correct');
    const { doc } = await decodeLink(s, 'correct horse');
    expect(doc.workspace.name).toBe('Frozen v1 KPIs');
    // The same data twice gives different links: salt and iv are fresh each time.
    expect(await encodeLink(kpis, 'correct horse')).not.toBe(s);
  });

  it('refuses a wrong passphrase and asks for a missing one', async () => {
    const s = await encodeLink(kpis, 'correct horse');
    expect(await codeOf(() => decodeLink(s, 'wrong horse'))).toBe('link-passphrase');
    expect(await codeOf(() => decodeLink(s))).toBe('link-needs-passphrase');
  });

  it('refuses damaged data in words of its own', async () => {
    const s = await encodeLink(kpis);
    expect(await codeOf(() => decodeLink(s.slice(0, s.length / 2)))).toBe('link-damaged');
    expect(await codeOf(() => decodeLink('zthis-is-not-gzip'))).toBe('link-damaged');
    expect(await codeOf(() => decodeLink('x' + s.slice(1)))).toBe('link-damaged');
    expect(await codeOf(() => decodeLink('z%%%'))).toBe('link-damaged');
  });

  it('checks the document inside a link like a file', async () => {
    const hostile = await encodeLink(
      kpis.replace('"name": "Frozen v1 KPIs"', '"name": "x", "constructor": {}'),
    );
    expect(await codeOf(() => decodeLink(hostile))).toBe('prototype-key');
    const newer = await encodeLink(kpis.replace('"version": 1', '"version": 2'));
    expect(await codeOf(() => decodeLink(newer))).toBe('newer-version');
  });

  it('opens data made as interfaces.md §3 spells it: base64url of the gzip bytes', async () => {
    // RFC 4648 §5 by hand, with Node's own gzip: nothing of the app's encoder.
    const s = Buffer.from(gzipSync(Buffer.from(kpis, 'utf8')))
      .toString('base64')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const { doc } = await decodeLink(s);
    expect(doc.workspace.name).toBe('Frozen v1 KPIs');
  });

  it('writes data any gzip reader opens', async () => {
    const bytes = Buffer.from(await encodeLink(kpis), 'base64url');
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(JSON.parse(kpis));
  });

  it('still opens a link written with the earlier `z` in front of its data', async () => {
    const { doc } = await decodeLink('z' + (await encodeLink(kpis)));
    expect(doc.workspace.name).toBe('Frozen v1 KPIs');
  });
});
