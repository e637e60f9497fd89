/** `name`, or `name 2`, `name 3`…: a new workspace must be told apart from the ones there are. */
export function unusedName(name: string, taken: readonly string[]): string {
  let n = 1;
  let candidate = name;
  while (taken.includes(candidate)) candidate = `${name} ${++n}`;
  return candidate;
}
