// The import session (and the parsing problems it words) stays out of the entry chunk: it loads
// with the Import view, or when files are dropped on another view, together with the messages it
// words its problems from.
import type { ImportSession } from './import.svelte.ts';
import { locale } from './locale.svelte.ts';

class ImportsOnDemand {
  /** The session once its module has loaded; reactive, so `busy` follows it from then on. */
  session: ImportSession | null = $state.raw(null);

  get busy(): boolean {
    return this.session?.busy ?? false;
  }

  async load(): Promise<ImportSession> {
    const [{ imports }] = await Promise.all([import('./import.svelte.ts'), locale.need('import', 'reasons')]);
    this.session = imports;
    return imports;
  }
}

export const importsOnDemand = new ImportsOnDemand();
