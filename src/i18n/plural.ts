export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** Picks the CLDR plural form for count, e.g. Polish 1 plik / 3 pliki / 5 plików. */
export function plural(tag: string, count: number, forms: PluralForms): string {
  let rule = rules.get(tag);
  if (!rule) {
    rule = new Intl.PluralRules(tag);
    rules.set(tag, rule);
  }
  const category = rule.select(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined;
  return (form ?? forms.other).replace('#', String(count));
}
