/** Sets the location hash and waits for jsdom's (asynchronous) hashchange, as a browser would. */
export function goToHash(hash: string): Promise<void> {
  if (window.location.hash === hash || (hash === '#/' && window.location.hash === ''))
    return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener('hashchange', () => resolve(), { once: true });
    window.location.hash = hash;
  });
}
