// A select's options written straight into it: a preview's mapping has a select per field with up
// to 50 headers each, and as `{#each}` items (an effect per option) they were about half of the
// preview's longest step, a long task on a 2-core machine.
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
