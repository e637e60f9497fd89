/** A failure of the harness itself (a hook never appeared, the server did not start…), not a missed target. */
export class HarnessError extends Error {
  override name = 'HarnessError';
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
