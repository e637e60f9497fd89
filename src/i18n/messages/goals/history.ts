// A target's status history reads the same in every language: names and statuses are already
// in the reader's words, and an arrow needs no translation.
export const statusHistory = {
  historyChange: ({ target, from, to }: { target: string; from: string; to: string }) =>
    `${target}: ${from} → ${to}`,
  historyFirst: ({ target, to }: { target: string; to: string }) => `${target}: ${to}`,
};
