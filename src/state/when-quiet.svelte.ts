/**
 * Resolves once `busy()` has read false for `quietMs` without a break, at the browser's next idle
 * moment after that. `busy` is read inside an effect, so any reactive state it reads restarts the
 * wait when it turns busy again.
 *
 * For work that can wait but competes for the CPU once started, such as the service worker's
 * install: on a two-core machine it made the page's own tasks during a file preview several times
 * longer.
 */
export function whenQuiet(busy: () => boolean, quietMs: number, idleTimeoutMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const stop = $effect.root(() => {
      $effect(() => {
        if (busy()) return;
        const timer = setTimeout(() => {
          if (settled) return;
          settled = true;
          stop();
          if (typeof requestIdleCallback === 'function')
            requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs });
          else resolve();
        }, quietMs);
        return () => clearTimeout(timer);
      });
    });
  });
}
