// A select's options written straight into it. As `{#each}` items (an effect per option) they were
// about half of an import preview's longest step (a select per field, up to 50 headers each) and
// a fifth of the dashboard's first render (its period list): long tasks on a 2-core machine.
import type { Attachment } from 'svelte/attachments';

export interface SelectChoice {
  value: string;
  text: string;
}

/** `{@attach selectOptions(choices, value)}`: the options, then the selected value. */
export function selectOptions(
  choices: readonly SelectChoice[],
  value: string,
): Attachment<HTMLSelectElement> {
  return (select) => {
    select.replaceChildren(...choices.map((c) => new Option(c.text, c.value)));
    select.value = value;
  };
}
