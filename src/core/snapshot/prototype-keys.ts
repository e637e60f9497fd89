// Keys that reach an object's prototype when code copies or merges a parsed document. JSON.parse
// makes `__proto__` an own key (harmless there), but a later spread or deep merge would not.

export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first prototype key anywhere in a parsed JSON value, with its path, or null. Iterative: a
 * hostile file nested a million levels deep must not overflow the stack.
 */
export function findPrototypeKey(value: unknown): { key: string; path: string } | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}[${i}]`]);
      continue;
    }
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return { key, path: at };
      stack.push([(node as Record<string, unknown>)[key], at]);
    }
  }
  return null;
}
