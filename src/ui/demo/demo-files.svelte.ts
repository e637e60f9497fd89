export interface DemoFileInfo {
  name: string;
  kind: string;
  size: number;
}

/** The demo files generated in the page, listed by name, kind and size in bytes. */
export class DemoFiles {
  status: 'idle' | 'loading' | 'ready' | 'failed' = $state('idle');
  files: DemoFileInfo[] = $state.raw([]);

  #request = 0;

  async load(seed?: number): Promise<void> {
    const request = ++this.#request;
    this.status = 'loading';
    try {
      // Loaded on demand: the generator is only needed by people who ask for the demo.
      const { generateDemoFiles } = await import('../../core/demo/index.ts');
      const encoder = new TextEncoder();
      const files = generateDemoFiles(seed === undefined ? {} : { seed }).map((file) => ({
        name: file.name,
        kind: file.kind,
        size: encoder.encode(file.text).byteLength,
      }));
      if (request !== this.#request) return;
      this.files = files;
      this.status = 'ready';
    } catch (error) {
      if (request !== this.#request) return;
      console.error('Demo files could not be generated', error);
      this.status = 'failed';
    }
  }

  clear(): void {
    this.#request++;
    this.status = 'idle';
    this.files = [];
  }
}
