// Problems and notices are unions discriminated by `code`; each is worded by a table with one
// function per code, so a code added to a union fails to compile until it has words.

/** The words of every member of `P`, from a catalogue `T`. */
export type WordsByCode<P extends { code: string }, T> = {
  [C in P['code']]: (t: T, p: Extract<P, { code: C }>) => string;
};

/** `p` in words, by the table's entry for its code. */
export function wordByCode<P extends { code: string }, T>(words: WordsByCode<P, T>, t: T, p: P): string {
  // The entry for p.code takes exactly that member of P; TypeScript cannot follow it through the union.
  const word = words[p.code as P['code']] as (t: T, p: P) => string;
  return word(t, p);
}
