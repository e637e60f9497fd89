// The first bytes of a file, from which core's planFromSource() decides a streamed import.

import { cutAtLineBreak } from '../core/datasets/prefix-plan.ts';

/**
 * Bytes read to decide the plan; files up to this size are decided on their whole content. The
 * preview and the import each parse it once more, and ~15,000 rows rarely decide otherwise than
 * the whole file (which is checked anyway).
 */
export const PREFIX_BYTES = 1024 * 1024;

/** Reads the prefix of a file: whole when it fits, else cut after a line break. */
export async function readPrefix(
  file: Blob,
  limit = PREFIX_BYTES,
): Promise<{ bytes: Uint8Array; whole: boolean }> {
  const whole = file.size <= limit;
  const bytes = new Uint8Array(await file.slice(0, Math.min(file.size, limit)).arrayBuffer());
  return { bytes: whole ? bytes : cutAtLineBreak(bytes), whole };
}
