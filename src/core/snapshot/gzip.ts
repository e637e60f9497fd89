// gzip through the platform's CompressionStream (browsers, workers and Node 20 alike).
import { refuse } from './problems.ts';

export const isGzip = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gzip(data: Blob): Promise<Blob> {
  return new Response(data.stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

/**
 * Inflates gzip bytes, refusing output past `limit` as it streams (a small bomb must not fill the
 * memory) and a damaged or cut stream as truncated.
 */
export async function gunzip(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        return refuse({ code: 'too-big', bytes: total, limit });
      }
      parts.push(value);
    }
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('snapshot refused')) throw e;
    return refuse({ code: 'truncated' });
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
