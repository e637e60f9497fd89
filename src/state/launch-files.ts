// Files opened with the installed app (the manifest's file_handlers) arrive on window.launchQueue:
// snapshots go where a chosen snapshot goes, anything else to the CSV import.
import { importsOnDemand } from './import-on-demand.svelte.ts';
import { router } from './router.svelte.ts';

interface LaunchParams {
  files: readonly { getFile(): Promise<File> }[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

export function consumeLaunchedFiles(win: Window & { launchQueue?: LaunchQueue } = window): void {
  win.launchQueue?.setConsumer((params) => {
    if (params.files.length === 0) return;
    void Promise.all(params.files.map((h) => h.getFile())).then((files) => {
      router.navigate('import');
      void importsOnDemand.load().then((imports) => imports.add(files));
    });
  });
}
